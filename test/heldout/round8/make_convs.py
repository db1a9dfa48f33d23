#!/usr/bin/env python3
"""Builds /tmp/round8/conversations.json for converse.py."""
import json
import re

# ---- never ask for an ID number, card number, password or code -------------
# Simplified: "请(你)提供/告诉/发送/输入…身份证号/卡号/密码/验证码", unless a negation follows
# 请 closely, or the thing belongs to the other side (对方/收款) or goes to 警方/银行/官方.
ASK_HANS = [
    r"(?:请|麻烦|烦请)(?:您|你)?(?![^，。！？；：,.!?;:\n]{0,8}(?:不|别|勿|千万|切勿))"
    r"[^，。！？；：,.!?;:\n对收警银官]{0,6}(?:提供|告诉|发送|输入|发给|发一下|发来|报一下|报给|填写|回复)(?:一下|给我)?"
    r"(?:您的|你的)?[^，。！？；：,.!?;:\n对收]{0,4}(?:身份证号|银行卡号|卡号|密码|验证码|CVV)",
    r"(?<![不别勿无])(?<!不要)(?<!不用)(?<!千万)(?<!不必)(?:发给|告诉|报给|发)我(?:一下)?(?:您的|你的)?"
    r"(?:身份证号|银行卡号|卡号|密码|验证码)",
    r"(?<![不别勿])(?<!不要)(?<!不用)(?<!千万)(?<!无需)(?<!不必)把(?:您的|你的)?(?:身份证号码?|银行卡号|卡号|密码|验证码)"
    r"[^，。！？,.!?\n]{0,4}(?:发给我|告诉我|发我|报给我)",
    r"(?<![不无])(?:需要|麻烦)(?:您|你)(?:先)?(?:提供|告诉我|发送|输入|报)[^，。！？,.!?\n]{0,4}(?:身份证号|银行卡号|卡号|密码|验证码)",
]
ASK_HANT = [
    r"(?:請|麻煩|煩請)(?:您|你)?(?![^，。！？；：,.!?;:\n]{0,8}(?:不|別|勿|千萬|切勿|唔好))"
    r"[^，。！？；：,.!?;:\n對收警銀官]{0,6}(?:提供|告訴|發送|輸入|發給|發一下|發來|報一下|報給|填寫|回覆|講|畀)(?:一下|給我|我)?"
    r"(?:您的|你的|你嘅)?[^，。！？；：,.!?;:\n對收]{0,4}(?:身份證號|身分證字號|身分證號|銀行卡號|信用卡號|卡號|密碼|驗證碼|認證碼|CVV)",
    r"(?<![不別勿無])(?<!不要)(?<!不用)(?<!千萬)(?<!不必)(?<!唔好)(?:發給|告訴|報給|發|畀)我(?:一下)?(?:您的|你的|你嘅)?"
    r"(?:身份證號|身分證字號|身分證號|銀行卡號|信用卡號|卡號|密碼|驗證碼|認證碼)",
    r"(?<![不別勿])(?<!不要)(?<!不用)(?<!千萬)(?<!無需)(?<!唔好)(?:把|將)(?:您的|你的|你嘅)?"
    r"(?:身份證號碼?|身分證字號|銀行卡號|信用卡號|卡號|密碼|驗證碼|認證碼)[^，。！？,.!?\n]{0,4}(?:發給我|告訴我|發我|報給我|畀我)",
]
ASK_EN = [
    r"\b(?:please|kindly|pls|plz)\b(?![^.!?\n]{0,30}\b(?:not|never|don't|dont|do not)\b)[^.!?\n]{0,30}"
    r"\b(?:send|provide|tell|give|share|enter|type|read|reply with)\b(?:\s+(?:me|us))?(?:\s+(?:your|the))?\s+"
    r"(?:ID number|ID card number|passport number|card number|bank card number|password|passcode|"
    r"verification code|OTP|PIN|CVV|security code)\b",
    r"(?<!n't )(?<!not )(?<!never )(?<!dont )\b(?:send|tell|give|text|read)\s+me\s+(?:your\s+)?"
    r"(?:ID number|ID card number|passport number|card number|password|passcode|verification code|OTP|PIN|CVV)\b",
    r"(?<!never )(?<!not )(?<![\'\"‘“])\bI (?:need|will need|'ll need)\s+your\s+"
    r"(?:ID number|card number|password|PIN|CVV|verification code|OTP)\b",
]
NOMATCH = ASK_HANS + ASK_HANT + ASK_EN

# ---- reusable lenient patterns ---------------------------------------------
SCAM = r"诈骗|詐騙|骗|騙|呃人|scam|fraud|fake|假"
POLICE = r"110|96110|派出所|报警|報警|报案|報案|警方|警察|police"
EMERG = r"110|止付|报警|報警|警方|police|冻结|凍結|freeze|frozen|挂失|掛失|银行|銀行|bank"
BANKSTEP = r"银行|銀行|bank|冻结|凍結|freeze|挂失|掛失|改密码|修改密码|改密碼|修改密碼|password|110|止付|stop.?payment"
TRAD = r"[這們說應該個電話報銀錢請詐騙對會為詢撥絡還與從沒]"
SIMP_ONLY = r"诈骗|骗子|请不要|这是|应该|我们|电话"

ZH_V = {"maxChars": 150, "maxLines": 6}
EN_V = {"maxChars": 350, "maxLines": 6}
MIX_V = {"maxChars": 350, "maxLines": 6}   # reply language may be English; see WRITER.md


def turn(text, **expect):
    t = {"text": text}
    extra = {k: expect.pop(k) for k in ("room", "mention", "user", "type", "admin", "name") if k in expect}
    t.update(extra)
    if expect:
        t["expect"] = expect
    return t


def scen(n, slug, lang, tags, turns, **expect):
    expect.setdefault("nomatch", [])
    expect["nomatch"] = expect["nomatch"] + NOMATCH
    return {"id": f"r8c-{n:02d}-{slug}", "tags": [lang] + tags, "lang": lang, "turns": turns, "expect": expect}


S = []

# ---- emergencies, some revealed only on turn 2 --------------------------------
S.append(scen(1, "police-loss-on-turn2", "zh", ["urgent", "followup", "late-loss"], [
    turn("刚才有个自称公安局的打电话，说我银行卡涉嫌洗钱，让我配合资金清查", urgent=False, silent=False, **ZH_V),
    turn("我已经按他说的转了三万到他给的安全账户", urgent=True, match=[r"110|止付|报警|警方"]),
    turn("现在打哪个电话", urgent=True, match=[r"110"]),
], risk=["high"], scamType=["police_judiciary"], urgent=True))

S.append(scen(2, "code-given-what-now", "zh", ["urgent", "followup"], [
    turn("我把验证码告诉那个说是银行客服的人了", urgent=True, silent=False, **ZH_V),
    turn("然后呢，我现在该干嘛", urgent=True, match=[BANKSTEP]),
    turn("要不要报警", urgent=True, match=[r"报警|110|派出所|报案|警方"]),
], risk=["high"], scamType=["bank_finance", "customer_service", "other"], urgent=True))

S.append(scen(3, "screen-share-en", "en", ["urgent", "followup"], [
    turn("A 'bank security' guy on the phone had me share my screen on a meeting app and I opened my banking app while sharing. I stopped it a minute ago.",
         urgent=True, silent=False, english=True, **EN_V),
    turn("what now?", urgent=True, english=True, match=[r"bank|freeze|password|110|police"]),
    turn("should I report it to the police?", urgent=True, english=True, match=[r"110|police|report"]),
], risk=["high"], scamType=["bank_finance", "other"], urgent=True, english=True))

S.append(scen(4, "courier-screen-on-turn2", "zh", ["urgent", "followup", "late-loss"], [
    turn("有个快递客服打电话说我的快递丢了要双倍赔偿，让我下载一个会议软件", urgent=False, silent=False,
         risk=["high", "medium"], **ZH_V),
    turn("我下了，还开了共享屏幕，照他说的把支付宝也打开了", urgent=True, match=[r"共享|屏幕|stop|结束|停止|关闭|关掉|断开|银行|支付宝|冻结|110"]),
    turn("是真的吗？他说是正规理赔", urgent=True, match=[SCAM]),
], risk=["high"], scamType=["customer_service"], urgent=True))

S.append(scen(14, "hant-tw-atm-loss", "hant", ["urgent", "followup", "traditional"], [
    turn("我剛剛照假客服說的去ATM操作解除分期，帳戶少了三萬多", urgent=True, silent=False,
         match=[TRAD], nomatch=[SIMP_ONLY], **ZH_V),
    turn("現在怎麼辦？", urgent=True, match=[EMERG, TRAD], nomatch=[SIMP_ONLY]),
    turn("是不是要報案？", urgent=True, match=[r"報警|報案|110|派出所|警", TRAD], nomatch=[SIMP_ONLY]),
], risk=["high"], scamType=["customer_service", "bank_finance"], urgent=True))

S.append(scen(15, "yue-police-loss", "yue", ["urgent", "followup", "cantonese"], [
    turn("頭先有個自稱公安嘅人打嚟，我已經照佢講過咗兩萬蚊去佢個戶口", urgent=True, silent=False, **ZH_V),
    turn("跟住點算", urgent=True, match=[EMERG]),
], risk=["high"], scamType=["police_judiciary"], urgent=True))

S.append(scen(22, "visa-paid-on-turn2", "en", ["urgent", "foreigner", "visa", "late-loss"], [
    turn("Got a call saying my visa is invalid and I'll be deported unless I sort it out today.", urgent=False, silent=False,
         english=True, **EN_V),
    turn("I already paid them 8000 yuan by WeChat transfer half an hour ago", urgent=True, english=True,
         match=[r"110|police|stop.?payment|emergency"]),
    turn("Should I also call the immigration line?", urgent=True, english=True, match=[r"110|police"]),
], risk=["high"], scamType=["government_other", "police_judiciary"], urgent=True, english=True))

S.append(scen(23, "ai-voice-mother-paid-turn2", "zh", ["urgent", "acquaintance", "late-loss", "family"], [
    turn("我妈接到个电话，声音跟我弟一模一样，说出车祸了急用钱", urgent=False, silent=False, **ZH_V),
    turn("她已经转了两万过去了，刚打给我弟，我弟好好的", urgent=True, match=[r"110|止付|报警|警方"]),
    turn("我们要不要报警", urgent=True, match=[r"110|报警|派出所|报案"]),
], risk=["high"], scamType=["acquaintance"], urgent=True))

S.append(scen(24, "mixed-otp-then-recovery", "mixed", ["urgent", "followup", "recovery"], [
    turn("刚刚那个call说是支付宝客服，我already把verification code给他了", urgent=True, silent=False, **MIX_V),
    turn("what should I do now", urgent=True, match=[BANKSTEP + r"|支付宝|Alipay"]),
    turn("他又call过来说可以help我recover损失", urgent=True, match=[SCAM + r"|不要|别|don't|do not|never"]),
], risk=["high"], scamType=["customer_service", "bank_finance", "recovery", "other"], urgent=True))

S.append(scen(30, "typo-credit-repair-paid", "zh", ["urgent", "followup", "typos"], [
    turn("那人打电话说我征信有问题要修付，我以经转帐五千交手续废了", urgent=True, silent=False, **ZH_V),
    turn("打哪个电话", urgent=True, match=[r"110"]),
    turn("他说交了就能帮我修好征信，是真的吗", urgent=True, match=[SCAM + r"|不能|不会|没有|无法"]),
], risk=["high"], scamType=["loan_credit"], urgent=True))

# ---- follow-up questions, no loss --------------------------------------------
S.append(scen(5, "what-is-safe-account", "zh", ["followup", "near-miss"], [
    turn("有个说是检察院的人打电话，说我涉嫌一个案子，要把钱转到安全账户", urgent=False, silent=False,
         risk=["high"], **ZH_V),
    turn("什么是安全账户？", urgent=False, match=[SCAM + r"|没有|不存在|根本"]),
], risk=["high"], scamType=["police_judiciary"], urgent=False))

S.append(scen(6, "what-is-safe-account-en", "en", ["followup", "near-miss"], [
    turn("A caller from the 'procuratorate' says I must move my savings into a 安全账户 to prove I'm innocent. I haven't done anything yet.",
         urgent=False, silent=False, english=True, risk=["high"], **EN_V),
    turn("what is 安全账户 exactly?", urgent=False, english=True,
         match=[r"no such|not exist|doesn't exist|does not exist|there is no|scam|fraud|fake"]),
], risk=["high"], scamType=["police_judiciary"], urgent=False, english=True))

S.append(scen(25, "campus-loan-refused-questions", "zh", ["followup", "near-miss"], [
    turn("有人打电话说是京东金融的，要我注销校园贷，不然影响征信，我没理他", urgent=False, silent=False,
         risk=["high", "medium"], **ZH_V),
    turn("征信真的会受影响吗", urgent=False, match=[SCAM + r"|不会|不能|没有"]),
    turn("要不要举报这个号码", urgent=False, match=[r"12321|96110|举报|反诈|110"]),
], risk=["high", "medium"], scamType=["loan_credit"], urgent=False))

S.append(scen(26, "stopped-at-bank", "zh", ["near-miss", "followup"], [
    turn("有人冒充公安让我转钱，我都到银行了，柜员拦住了我，钱没转出去", urgent=False, silent=False, **ZH_V),
    turn("那我还要做什么吗", urgent=False),
    turn("他又打来了", urgent=False, match=[r"别接|不要接|不接|挂|拉黑|别理|不理|不要理|110|96110|报警"]),
], risk=["high", "medium"], scamType=["police_judiciary"], urgent=False))

S.append(scen(27, "shanghainese-cac-address", "zh", ["cac", "dialect", "followup"], [
    turn("阿拉姆妈接着个电话，讲是网信办格，讲伊手机卡有问题，要伊讲家里几个人，保姆啥辰光出去", silent=False,
         risk=["high"], **ZH_V),
    turn("伊讲出了办公室地址，还叫阿拉过去当面谈，是真格伐", match=[SCAM + r"|不能说明|证明不了|不代表|说明不了|不等于"]),
    turn("阿拉要打啥电话", match=[r"96110|110|55056666|12377|派出所"]),
], risk=["high"], scamType=["cyberspace_admin"]))

S.append(scen(13, "hant-cac-video", "hant", ["cac", "traditional", "followup"], [
    turn("剛剛有人用視訊打來，自稱上海網信辦的主任，說我的手機卡發了兩萬多條詐騙簡訊，要我做筆錄", silent=False,
         risk=["high"], match=[TRAD], nomatch=[SIMP_ONLY], **ZH_V),
    turn("他還說要拉我進一個微信群，我該怎麼做？", match=[r"不要|別|不|群", TRAD], nomatch=[SIMP_ONLY]),
    turn("要打哪個電話？", match=[r"96110|110|55056666|12377", TRAD], nomatch=[SIMP_ONLY]),
], risk=["high"], scamType=["cyberspace_admin"]))

# ---- legitimate calls stay calm ---------------------------------------------
S.append(scen(7, "legit-96110-warning", "zh", ["legit", "followup"], [
    turn("刚接到一个电话，显示021-96110，说是反诈中心，提醒我最近有人冒充客服，让我别给陌生人转账，没问我任何信息",
         silent=False, notRisk=["high"], **ZH_V),
    turn("这是真的吗", notRisk=["high"], match=[r"真|正规|官方|可信|96110|是的"]),
], notRisk=["high"], scamType=[None], urgent=False))

S.append(scen(8, "legit-courier-call", "zh", ["legit", "followup"], [
    turn("刚才顺丰快递员打电话说包裹到了，问我放门口还是放驿站，没要任何信息", silent=False,
         notRisk=["high"], **ZH_V),
    turn("那我需要报警吗", notRisk=["high"], match=[r"不用|不需要|无需|正常|没必要|不必"]),
], notRisk=["high"], scamType=[None], urgent=False))

S.append(scen(9, "legit-bank-callback-en", "en", ["legit", "followup"], [
    turn("My bank called about a card payment I made. I hung up, called the number on the back of my card, and they confirmed it was them. They never asked for any codes or passwords.",
         silent=False, english=True, notRisk=["high"], **EN_V),
    turn("so it's fine?", english=True, notRisk=["high"]),
], notRisk=["high"], scamType=[None], urgent=False, english=True))

S.append(scen(28, "sichuan-legit-police-station", "zh", ["legit", "dialect", "police-real"], [
    turn("屋头来个电话，说是我们片区派出所的，喊我有空去所头拿新办的身份证，啥子都没问我，证是我自己去派出所办的",
         silent=False, notRisk=["high"], **ZH_V),
    turn("那我去拿的时候要带啥子", notRisk=["high"]),
], notRisk=["high"], urgent=False))

S.append(scen(29, "hant-legit-bank-callback", "hant", ["legit", "traditional"], [
    turn("銀行剛剛來電說我的信用卡有一筆可疑交易，我掛線後自己打卡背面的熱線，確認是銀行打的，他們沒有問我密碼或驗證碼",
         silent=False, notRisk=["high"], match=[TRAD], nomatch=[SIMP_ONLY], **ZH_V),
    turn("所以沒事吧？", notRisk=["high"], match=[TRAD], nomatch=[SIMP_ONLY]),
], notRisk=["high"], scamType=[None], urgent=False))

# ---- forwarded SMS ----------------------------------------------------------
S.append(scen(10, "fwd-sms-fake-medical", "zh", ["sms", "followup"], [
    turn("收到一条短信：【医保服务】您的医保卡存在异常，将于今日冻结，请点击 http://yb-jiedong.cc 办理解冻。这是真的吗",
         urgent=False, silent=False, risk=["high", "medium"], match=[SCAM + r"|不要点|别点|勿点"], **ZH_V),
    turn("我没点，要怎么举报", urgent=False, match=[r"12321|举报|96110|反诈|12333"]),
], risk=["high", "medium"], scamType=["government_other"], urgent=False))

S.append(scen(11, "fwd-sms-carrier-bill", "zh", ["sms", "legit"], [
    turn("转发一条短信给你看看：【中国移动】尊敬的客户，您好！您5月账单已出，本月消费58.00元，详情可登录中国移动App查询。这个是不是骗子",
         silent=False, notRisk=["high"], **ZH_V),
    turn("那我需要做什么吗", notRisk=["high"]),
], notRisk=["high"], scamType=[None], urgent=False))

S.append(scen(12, "fwd-sms-12381-then-task", "zh", ["sms", "followup", "task"], [
    turn("收到12381发来的短信，说我可能正在遭受电信网络诈骗，提醒我不要转账，里面没有链接。这个是真的吗？",
         silent=False, match=[r"12381|真|官方|正规|预警"], **ZH_V),
    turn("我最近确实有人拉我做兼职刷单，我还没转钱", urgent=False, risk=["high", "medium"]),
], risk=["high", "medium"], scamType=["task_rebate"], urgent=False))

# ---- group chats ------------------------------------------------------------
S.append(scen(16, "group-chitchat", "zh", ["group", "quiet"], [
    turn("今晚谁去跳广场舞", room="g", silent=True),
    turn("我去，七点楼下见", room="g", user="v", silent=True),
    turn("顺便问下谁家有多的鸡蛋", room="g", silent=True),
]))

S.append(scen(17, "group-warning-forwarded", "zh", ["group", "quiet"], [
    turn("【转】警方提醒：近期有人冒充公检法打电话，要求转账到安全账户，大家千万别信！", room="g", silent=True),
    turn("收到，谢谢提醒", room="g", user="v", silent=True),
    turn("[强][强]", room="g", user="w", silent=True),
]))

S.append(scen(18, "group-mention-cac", "zh", ["group", "mention", "cac", "followup"], [
    turn("有人知道那个说网信办的电话是不是真的吗", room="g"),
    turn("@防骗助手 刚才有人打电话说是网信办的，说我手机号要停用，让我加微信做笔录", room="g", mention=True,
         silent=False, risk=["high"], **ZH_V),
    turn("@防骗助手 那我该打哪个电话核实", room="g", mention=True, silent=False,
         match=[r"96110|110|55056666|12377|派出所"]),
], risk=["high"], scamType=["cyberspace_admin"]))

S.append(scen(19, "group-en-mention-customs", "en", ["group", "mention", "foreigner", "customs"], [
    turn("lol who's up for hotpot friday", room="g", silent=True),
    turn("@bot a guy called saying he's from customs and my parcel had fake passports, then put me through to 'police'. Scam?",
         room="g", mention=True, silent=False, english=True, risk=["high"], **EN_V),
    turn("@bot ok how do I check with customs myself?", room="g", mention=True, silent=False, english=True,
         match=[r"12360|110|police"], nomatch=[r"12333"]),
], risk=["high"], scamType=["government_other", "police_judiciary"], english=True, nomatch=[r"12333"]))

# ---- foreigners: customs, visa ---------------------------------------------
S.append(scen(20, "foreigner-customs-robocall", "en", ["foreigner", "customs", "followup"], [
    turn("Hi, I'm a foreign teacher in Hangzhou. A recorded voice said a package under my name is held at customs, press 1. I pressed 1 and a man said it contained fake passports.",
         urgent=False, silent=False, english=True, risk=["high", "medium"], **EN_V),
    turn("How can I check if customs really has my parcel?", english=True, match=[r"12360"]),
    turn("He now says I need to talk to the police on a video call. Should I?", english=True,
         match=[r"\bno\b|don't|do not|never|hang up|police station|scam|fraud"]),
], risk=["high"], scamType=["government_other", "police_judiciary"], urgent=False, english=True, nomatch=[r"12333"]))

S.append(scen(21, "foreigner-visa-fine", "en", ["foreigner", "visa", "followup"], [
    turn("Someone from the 'National Immigration Administration' called, said my residence permit will be cancelled unless I pay a fine today.",
         urgent=False, silent=False, english=True, risk=["high"], **EN_V),
    turn("What number can I call to check?", english=True, match=[r"12367"]),
    turn("Ok I didn't pay anything. Thanks", urgent=False, english=True),
], risk=["high"], scamType=["government_other", "police_judiciary"], urgent=False, english=True, nomatch=[r"12333"]))

S.sort(key=lambda s: s["id"])


def check_all(scens):
    ids = set()
    for s in scens:
        assert s["id"] not in ids, s["id"]
        ids.add(s["id"])
        assert 2 <= len(s["turns"]) <= 4, s["id"]
        for ex in [s.get("expect", {})] + [t.get("expect", {}) for t in s["turns"]]:
            for k in ex:
                assert k in {"silent", "risk", "notRisk", "scamType", "urgent", "match", "nomatch",
                             "english", "maxChars", "maxLines"}, (s["id"], k)
            for rx in ex.get("match", []) + ex.get("nomatch", []):
                re.compile(rx, re.I | re.S)
        verdicts = [t for t in s["turns"] if "maxChars" in t.get("expect", {})]
        assert len(verdicts) <= 1, s["id"]


check_all(S)
with open("/tmp/round8/conversations.json", "w", encoding="utf-8") as fh:
    json.dump(S, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print(len(S), "scenarios")
