#!/usr/bin/env python3
"""Generate conversations.json: 30 multi-turn scenarios in converse.py's format.

converse.py supports per-turn and per-scenario EXPECT keys:
silent, risk, notRisk, scamType, urgent, match, nomatch, english, maxChars, maxLines.
Turn expects are checked against that turn's replies and that turn's output fields;
the scenario expect against all replies joined and the last turn's fields.
The scenario 'lang' field is documented as zh|en|mixed; Cantonese and Traditional
scenarios carry lang "zh" plus a tag "yue" / "hant".
"""
import json, re

# ---- forbidden: the bot asking the user for ID number / card number / password / code ----
NEG = r"(?<!不要)(?<!不用)(?<!无需)(?<!無需)(?<!不必)(?<!别)(?<!別)(?<!勿)(?<!唔好)(?<!唔使)"
ITEM_S = r"(身份证号|身份证号码|银行卡号|卡号|密码|验证码|CVV)"
ITEM_T = r"(身份證號|身份證號碼|銀行卡號|卡號|密碼|驗證碼|CVV)"
NOMATCH = [
    # zh: 发给我/告诉我 ... 验证码   (not 对方's account; not negated)
    NEG + r"(发|告诉|提供|报|输入)给?(我|我们)(?![^。！？\n]{0,8}(对方|骗子|收款|他的|他们的))[^。！？\n]{0,8}?" + ITEM_S,
    # zh: 请(你)把(你的)验证码发给我
    r"(请|麻烦)(你|您)?把?(你的|您的)?" + ITEM_S + r"(发给我|告诉我|发我|给我)",
    # zh: 请提供一下您的身份证号
    r"(请|麻烦)(你|您)?(提供|发送|告诉|报)一下(你的|您的)?" + ITEM_S,
    # zh: 你的密码是多少
    r"(你|您)的" + ITEM_S + r"是(多少|什么|几)",
    # yue / hant
    NEG + r"(發|話|講|畀|俾|提供|告訴|傳)(給|俾|畀)?(我|我哋|我們)(?![^。！？\n]{0,8}(對方|騙子|收款|佢嘅|他的))[^。！？\n]{0,8}?" + ITEM_T,
    r"(請|麻煩)(你|您)?(將|把)?(你|您)?(嘅|的)?" + ITEM_T + r"(發|傳|俾|畀|告訴)(給)?我",
    r"請(你|您)?提供(一下)?(你|您)?(嘅|的)?" + ITEM_T,
    # en
    r"(?<!n't )(?<!not )(?<!never )(?<!no need to )\b(send|tell|give|provide|share|text|read)\s+(me|us)\s+(your|the)\s+(full\s+)?(id( number)?|card number|bank card( number)?|password|pin|verification code|otp|code|cvv)\b",
    r"\bwhat('s| is) your (id number|card number|password|pin|otp|verification code|cvv)\b",
]
SHOULD_TRIP = [
    "请把验证码发给我", "麻烦您提供一下身份证号", "为了核实，请告诉我你的银行卡号", "您的密码是多少？",
    "發給我你嘅驗證碼", "請提供你的身份證號碼", "請你將驗證碼發給我", "話我知你張卡號碼",
    "Please send me your verification code.", "Tell me the card number so I can check.",
    "What is your PIN?", "give me your password",
]
MUST_PASS = [
    "不要把验证码告诉任何人", "请勿向任何人提供验证码", "银行和警察都不会要你的验证码。",
    "请拨打银行卡背面的官方电话，冻结银行卡并修改密码。", "记下对方的收款账户、卡号和户名。",
    "请不要把密码发给我，我也不需要。", "不用告诉我你的验证码。", "如果有人说“把验证码发给我”，那就是诈骗。",
    "唔好將驗證碼話俾任何人知", "切勿向任何人透露驗證碼", "不要把驗證碼告訴任何人", "請致電銀行凍結卡片。",
    "Never give anyone your code.", "Don't send me your card number or password.",
    "Do not tell anyone your PIN.", "I will never ask you for your password or code.",
    "Call your bank on the number on the back of your card and freeze it.",
    "Write down the receiving account number and bank.",
    "马上打110，请求紧急止付。", "Call 110 now and ask for an emergency stop-payment.",
]
for rx in NOMATCH:
    re.compile(rx)
for s in SHOULD_TRIP:
    assert any(re.search(rx, s, re.I | re.S) for rx in NOMATCH), ("should trip", s)
for s in MUST_PASS:
    for rx in NOMATCH:
        m = re.search(rx, s, re.I | re.S)
        assert not m, ("false alarm", s, rx, m.group(0))

# ---- loose advice regexes (facts from scams.md) ----
MONEY_ADVICE = r"110|止付|stop.?pay|冻结|凍結|freez"           # money sent -> 110, emergency stop-payment
CODE_ADVICE = r"银行|銀行|bank|冻结|凍結|freez|挂失|掛失|改密码|改密碼|修改密码|修改密碼|change.{0,20}password"
REPORT = r"110|报警|報警|police|派出所|警署|公安"
STOP_MORE = r"不要|别再|別再|不能|停止|唔好|唔好再|切勿|不可|don'?t|do not|stop|no more|never|not send"
HANGUP = r"挂|掛|hang up|不要|别|別|唔好|don'?t|do not"

def T(text, **expect):
    t = {"text": text}
    e = dict(expect)
    e["nomatch"] = NOMATCH + e.get("nomatch", [])
    t["expect"] = e
    return t

def S(sid, tags, lang, turns, **expect):
    e = dict(expect)
    e["nomatch"] = NOMATCH + e.get("nomatch", [])
    return {"id": sid, "tags": ["r11"] + tags, "lang": lang, "turns": turns, "expect": e}

SC = []
# ======================= 10 loss scenarios =======================
SC.append(S("r11c-01-zh-procuratorate-paid", ["zh", "loss", "followup"], "zh", [
    T("刚才那个说是检察院的，让我把六万转到安全账户，我已经转了", urgent=True, match=[MONEY_ADVICE]),
    T("接下来咋弄", urgent=True, match=[MONEY_ADVICE]),
    T("他又让我再转一笔，说转了就能解冻", urgent=True, match=[STOP_MORE]),
], urgent=True, match=[r"110"]))
SC.append(S("r11c-02-zh-dongbei-code-later", ["zh", "loss", "reveal-later"], "zh", [
    T("有个人说是银行的，说俺卡异常，要帮俺处理一下", urgent=False),
    T("他让俺把手机上来的验证码报给他，俺报了", urgent=True, match=[CODE_ADVICE]),
    T("俺儿子说没事吧？卡里钱还在呢", urgent=True, match=[CODE_ADVICE]),
], urgent=True))
SC.append(S("r11c-03-en-screen-share-drained", ["en", "loss", "followup"], "en", [
    T("Someone from 'Alipay customer service' had me share my screen to cancel a membership, and I typed my payment password while it was on.", urgent=True),
    T("Just checked. 9,000 yuan is gone from my balance.", urgent=True, match=[MONEY_ADVICE]),
    T("what do I do now", urgent=True, match=[MONEY_ADVICE]),
], urgent=True, english=True))
SC.append(S("r11c-04-mixed-otp-police", ["mixed", "loss", "followup"], "mixed", [
    T("我给了那个所谓police的人OTP，还有我的card number", urgent=True, match=[CODE_ADVICE]),
    T("要不要报警？", urgent=True, match=[REPORT]),
    T("他说如果我报警的话我的case会更serious", urgent=True, match=[REPORT]),
], urgent=True))
SC.append(S("r11c-05-yue-immigration-transfer", ["yue", "loss", "followup"], "zh", [
    T("我喺深圳返工，頭先有人話係入境處，叫我轉五萬去安全戶口，我已經轉咗", urgent=True, match=[MONEY_ADVICE + r"|報警|报警"]),
    T("跟住要點做？", urgent=True, match=[MONEY_ADVICE + r"|報警|报警"]),
    T("佢又打嚟叫我再轉多三萬", urgent=True, match=[STOP_MORE]),
], urgent=True))
SC.append(S("r11c-06-hant-police-video-later", ["hant", "loss", "reveal-later"], "zh", [
    T("我是在上海工作的台灣人，剛剛有個自稱公安的人跟我視訊，說我的帳戶涉及洗錢", urgent=False),
    T("他要我保密，我已經照他說的把錢匯到他給的帳戶了，二十八萬", urgent=True, match=[MONEY_ADVICE]),
    T("接下來怎麼辦", urgent=True, match=[MONEY_ADVICE + r"|報警"]),
], urgent=True))
SC.append(S("r11c-07-zh-cac-idcard-group", ["zh", "loss", "reveal-later", "cac"], "zh", [
    T("网信办的一个领导打视频给我，说我手机卡发了两万多条诈骗短信，要我做笔录", urgent=False, risk=["high"]),
    T("他让我把身份证拍给他，还有银行卡正反面，我都发过去了", urgent=True, match=[CODE_ADVICE]),
    T("现在他把我拉进一个群，让我在群里等通知", urgent=True, match=[r"退群|退出|离开|不要|别|leave"]),
], urgent=True, risk=["high"]))
SC.append(S("r11c-08-en-grandson-wired", ["en", "loss", "reveal-later", "acq"], "en", [
    T("A young man rang saying he is my grandson and in trouble with the police in Shanghai.", urgent=False),
    T("I sent him 20,000 yuan by bank transfer about an hour ago.", urgent=True, match=[MONEY_ADVICE]),
    T("He has rung again asking for more money for a lawyer.", urgent=True, match=[STOP_MORE]),
], urgent=True, english=True))
SC.append(S("r11c-09-mixed-investment-withdraw", ["mixed", "loss", "followup", "investment"], "mixed", [
    T("我在一个investment group里跟mentor做了一个月，已经充值了15万，现在withdraw不了，说要交20%的tax才能提", urgent=True),
    T("要不要先交tax把钱拿回来？", urgent=True, match=[STOP_MORE + r"|骗|scam"]),
    T("what do I do now", urgent=True, match=[MONEY_ADVICE + r"|报警|police"]),
], urgent=True))
SC.append(S("r11c-10-hant-mother-pin", ["hant", "loss", "followup"], "zh", [
    T("我媽媽把提款卡密碼告訴那個自稱銀行的人了", urgent=True, match=[CODE_ADVICE]),
    T("她說對方明天還會再打來", urgent=True),
    T("我們要報警嗎", urgent=True, match=[REPORT]),
], urgent=True))

# ======================= 8 clear scams, nothing lost =======================
SC.append(S("r11c-11-zh-police-safe-account", ["zh", "scam", "police"], "zh", [
    T("有个自称公安局的警官打电话，说我的银行卡涉嫌洗钱，要发逮捕令，让我把钱转到安全账户配合资金清查", urgent=False),
    T("他说不能告诉家人，要保密，我还没转", urgent=False, risk=["high"]),
], risk=["high"], urgent=False, scamType=["police_judiciary"], match=[r"110|派出所|挂|骗|诈骗"]))
SC.append(S("r11c-12-en-procuratorate-app", ["en", "scam", "police"], "en", [
    T("A man called saying he's from the procuratorate in Shanghai. On a video call he showed me a warrant with my name, and says my account will be frozen unless I cooperate.", urgent=False),
    T("He's asking me to download an app so he can check my bank records. I haven't yet.", urgent=False, risk=["high"]),
], risk=["high"], urgent=False, scamType=["police_judiciary"], english=True,
   match=[r"don'?t|do not|hang up|110|police station"]))
SC.append(S("r11c-13-hant-cac-video", ["hant", "scam", "cac"], "zh", [
    T("有人用網路視訊打來，自稱上海網信辦的領導，說我的手機卡在海口發了兩萬多條詐騙簡訊，要我做筆錄", urgent=False),
    T("他說要加我微信，拉我進一個群", urgent=False, risk=["high"]),
], risk=["high"], urgent=False, scamType=["cyberspace_admin"],
   match=[r"96110|110|派出所|詐騙|诈骗|不要|别|別"]))
SC.append(S("r11c-14-yue-refund-screen", ["yue", "scam", "cs"], "zh", [
    T("有個話係淘寶客服嘅人打嚟，話我買嘅嘢有質量問題要雙倍賠償，叫我下載個會議app開屏幕分享", urgent=False),
    T("我仲未開，佢喺度等緊", urgent=False, risk=["high"]),
], risk=["high"], urgent=False, scamType=["customer_service"],
   match=[r"唔好|不要|別|别|平台|掛|挂"]))
SC.append(S("r11c-15-mixed-jintiao-loan", ["mixed", "scam", "loan"], "mixed", [
    T("一个自称京东金融的customer service说我的金条rate违规，不close account的话会影响征信，要我在几个app借钱转过去", urgent=False),
    T("我还没借，他说今天之内必须操作", urgent=False, risk=["high"]),
], risk=["high"], urgent=False, scamType=["loan_credit"], match=[r"征信|骗|诈骗|不要|别|scam|don'?t"]))
SC.append(S("r11c-16-en-stock-teacher", ["en", "scam", "investment"], "en", [
    T("A 'teacher' from a stock chat group called me. He says there's a platform with a guaranteed 30% return and wants me to deposit 50k tomorrow.", urgent=False),
    T("They showed screenshots of other members withdrawing. I haven't put anything in.", urgent=False, risk=["high"]),
], risk=["high"], urgent=False, scamType=["investment"], english=True))
SC.append(S("r11c-17-zh-fake-son-wechat", ["zh", "scam", "acq"], "zh", [
    T("有个新微信号用我儿子的头像，说手机掉了换了新号，急着交押金让我转三万，还说别打他电话信号不好", urgent=False),
    T("我还没转，他一直在催", urgent=False, risk=["high"]),
], risk=["high"], urgent=False, scamType=["acquaintance"],
   match=[r"打.{0,8}(电话|原来|旧|老)|回拨|核实|确认|本人"]))
SC.append(S("r11c-18-yue-fake-boss", ["yue", "scam", "acq"], "zh", [
    T("我老細嘅微信叫我即刻轉十萬去一個新戶口，話客戶急，又話佢開緊會唔好打電話畀佢", urgent=False),
    T("我未轉住", urgent=False, risk=["high"]),
], risk=["high"], urgent=False, scamType=["acquaintance"]))

# ======================= 6 calm / real calls =======================
SC.append(S("r11c-19-yue-real-courier", ["yue", "legit"], "zh", [
    T("速遞員打嚟問我屋企有冇人，話包裹放門口定係放智能櫃", urgent=False),
    T("佢乜都冇問我攞，咁正常嘛？", urgent=False, notRisk=["high"]),
], notRisk=["high"], urgent=False))
SC.append(S("r11c-20-en-dental-clinic", ["en", "legit"], "en", [
    T("The dental clinic I go to called to confirm my appointment on Thursday at 3pm. They didn't ask me for anything.", urgent=False),
    T("Should I be worried about it?", urgent=False, notRisk=["high"]),
], notRisk=["high"], urgent=False, english=True))
SC.append(S("r11c-21-zh-police-lost-wallet", ["zh", "legit", "police"], "zh", [
    T("派出所的民警打电话说有人捡到了我丢的钱包，让我有空带身份证本人去所里领", urgent=False),
    T("电话里没让我转钱也没要验证码，就让我自己过去拿", urgent=False, notRisk=["high"]),
], notRisk=["high"], urgent=False))
SC.append(S("r11c-22-hant-bank-alert-verified", ["hant", "legit", "bank"], "zh", [
    T("銀行傳簡訊說我信用卡有一筆可疑刷卡，我沒點任何連結，直接打卡片背面的客服電話，客服確認是他們發的，已經幫我擋下那筆", urgent=False),
    T("這樣就可以了吧？", urgent=False, notRisk=["high"]),
], notRisk=["high"], urgent=False))
SC.append({"id": "r11c-23-mixed-group-notice", "tags": ["r11", "mixed", "legit", "group"], "lang": "mixed",
    "turns": [
        {"text": "【转发】社区民警提醒：近期有冒充网信办工作人员的视频电话诈骗，大家不要接陌生视频来电，有疑问拨打96110", "user": "a", "room": "g1",
         "expect": {"urgent": False, "notRisk": ["high"], "nomatch": NOMATCH}},
        {"text": "@callguard 这个notice靠谱吗？", "user": "b", "room": "g1", "mention": True,
         "expect": {"urgent": False, "notRisk": ["high"], "silent": False, "nomatch": NOMATCH}},
    ],
    "expect": {"urgent": False, "nomatch": NOMATCH}})
SC.append(S("r11c-24-en-real-96110", ["en", "legit", "96110"], "en", [
    T("I got a call showing 021-96110. The officer said someone may be targeting me with a fake police scam and told me not to transfer money to anyone. He didn't ask for anything.", urgent=False),
    T("Is that real?", urgent=False, notRisk=["high"], match=[r"96110"]),
], notRisk=["high"], urgent=False, english=True))

# ======================= 6 questions =======================
SC.append(S("r11c-25-en-what-is-96110", ["en", "question"], "en", [
    T("what is 96110", urgent=False, match=[r"96110", r"anti.?fraud|fraud|scam|warn"]),
    T("If a call comes from 96110, should I pick it up?", urgent=False, match=[r"answer|pick|take|yes"]),
    T("How can I tell a fake one?", urgent=False, match=[r"area code|prefix|suffix|extra|spoof|fake|call back|quote"]),
], urgent=False, english=True))
SC.append(S("r11c-26-zh-cac-calls-people", ["zh", "question", "cac"], "zh", [
    T("网信办会打电话给个人吗", urgent=False, match=[r"不会|不直接|不打|骗|诈骗"]),
    T("那要是接到了咋办", urgent=False, match=[r"96110|110|派出所|挂|不理|不要|别"]),
], urgent=False))
SC.append(S("r11c-27-mixed-how-to-report", ["mixed", "question", "report"], "mixed", [
    T("how do I report 一个诈骗电话？", urgent=False, match=[r"12321|110|96110|police|派出所|反诈|anti.?fraud"]),
    T("我在上海，有没有local的number？", urgent=False, nomatch=[r"(?<!\d)962110(?!\d)"]),
], urgent=False, nomatch=[r"(?<!\d)962110(?!\d)"]))
SC.append(S("r11c-28-yue-who-are-you", ["yue", "question", "about"], "zh", [
    T("你係邊個嚟㗎？可以幫我做乜？", urgent=False, silent=False, match=[r"電話|电话|來電|来电|詐騙|诈骗|騙|骗|防"]),
    T("我可唔可以將個可疑號碼send俾你睇吓？", urgent=False, silent=False),
], urgent=False))
SC.append(S("r11c-29-zh-00-number-police", ["zh", "question", "number", "police"], "zh", [
    T("来电显示00852110，说是公安局的，这个号码是真的吗", urgent=False, match=[r"00|境外|国际|网络|冒充|伪造|假|骗"]),
    T("他说他是刑侦队的，还知道我身份证号", urgent=False, match=[r"泄露|不能证明|不代表|说明不了|不等于|买|卖|骗"]),
], urgent=False, risk=["high", "medium"]))
SC.append(S("r11c-30-hant-12381-sms", ["hant", "question", "12381"], "zh", [
    T("收到12381的簡訊，說我可能遇到詐騙，要回覆嗎？", urgent=False, match=[r"12381", r"不用|不需|無需|毋須|不必|不要回|無須|唔使|不需要"]),
    T("簡訊裡面沒有連結也沒有電話，這是真的嗎", urgent=False),
], urgent=False))

def main():
    assert len(SC) == 30
    ids = [s["id"] for s in SC]
    assert len(set(ids)) == 30
    for s in SC:
        assert 2 <= len(s["turns"]) <= 5, s["id"]
        assert re.match(r"^r11c-\d\d-[a-z0-9-]+$", s["id"]), s["id"]
        for t in s["turns"]:
            assert "nomatch" in t["expect"], s["id"]
            for rx in t["expect"].get("match", []) + t["expect"]["nomatch"]:
                re.compile(rx)
        for rx in s["expect"].get("match", []) + s["expect"]["nomatch"]:
            re.compile(rx)
    with open("conversations.json", "w", encoding="utf-8") as fh:
        json.dump(SC, fh, ensure_ascii=False, indent=1)
    import collections
    print(collections.Counter(next(t for t in s["tags"] if t in ("zh", "en", "mixed", "yue", "hant")) for s in SC))
    print(collections.Counter(next(t for t in s["tags"] if t in ("loss", "scam", "legit", "question")) for s in SC))

if __name__ == "__main__":
    main()
