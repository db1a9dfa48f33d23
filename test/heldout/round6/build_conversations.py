#!/usr/bin/env python3
"""Builds conversations.json (converse.py scenario format)."""
import json, os

SCAM = "诈骗|骗子|骗局|骗|詐騙|騙|呃|scam|fraud"
POLICE = "110|96110|派出所|报警|報警|警察局|警署|police"
TRAD = "[詐騙說這電話報銀戶關們請對會]"  # characters that differ from their simplified forms
EMERGENCY_ZH = "止付|冻结|凍結|挂失|掛失|110|改密|stop.?payment|freeze"
BANK = "银行|銀行|bank"
NOASK = [
    "(请|麻烦)(?![^，。,.\\n]{0,6}(不|别|勿))[^，。,.\\n]{0,6}(提供|告诉|发送|输入|发给)[^，。,.\\n]{0,8}(身份证号|银行卡号|卡号|密码|验证码)",
    "(請|麻煩)(?![^，。,.\\n]{0,6}(不|別|勿))[^，。,.\\n]{0,6}(提供|告訴|發送|輸入|發給)[^，。,.\\n]{0,8}(身份證號|銀行卡號|卡號|密碼|驗證碼)",
    "\\b(please|kindly)\\b(?![^.\\n]{0,20}\\b(not|never|don't)\\b)[^.\\n]{0,20}\\b(send|provide|tell|give|share|enter)\\b[^.\\n]{0,20}\\b(ID number|card number|password|verification code|PIN)\\b",
]
CALLED_SCAM = "(这|這)(个|個|通|条|條)(电话|電話|来电|來電|短信|簡訊)(是|就是|肯定是)[^\\n，。]{0,3}(诈骗|詐騙|骗局|騙局)|\\b(this|that) call (is|was) (a|definitely a) (scam|fraud)"
ZH_FIRST = {"maxChars": 150, "maxLines": 6}
EN_FIRST = {"maxChars": 350, "maxLines": 6}


def sc(sid, tags, lang, turns, end=None):
    e = {"nomatch": list(NOASK)}
    if end:
        e.update(end)
    return {"id": sid, "tags": [lang] + tags, "lang": lang, "turns": turns, "expect": e}


def t(text, expect=None, **kw):
    d = {"text": text}
    d.update(kw)
    if expect:
        d["expect"] = expect
    return d


S = [
 sc("r6c-01-cac-video", ["cac", "flow", "followup"], "zh", [
    t("刚才有个+86开头的视频电话，说是上海网信办的领导，说我手机卡在海口发了两万多条诈骗短信，要我配合做笔录",
      {"risk": ["high"], "scamType": ["cyberspace_admin"], "match": [SCAM], **ZH_FIRST}),
    t("可是他连网信办的地址都说得出来，还让我去当面谈，这应该是真的吧？",
      {"risk": ["high"], "match": ["(不能|不代表|不说明|证明不了|说明不了|并不|假|骗|冒充|公开)"]}),
    t("那我应该打哪个电话核实或者举报",
      {"risk": ["high"], "match": ["96110|110|021-?55056666|12377"]}),
 ]),
 sc("r6c-02-safe-account-question", ["police", "flow", "faq"], "zh", [
    t("自称公安局的人说我银行卡涉嫌洗钱，要我把钱转到安全账户配合调查",
      {"risk": ["high"], "scamType": ["police_judiciary"], "urgent": False, "match": [SCAM], **ZH_FIRST}),
    t("什么是安全账户？",
      {"risk": ["high"], "match": ["(没有|不存在|根本|骗|诈骗)"]}),
    t("我还没转，那我现在该怎么办",
      {"risk": ["high"], "urgent": False, "match": ["挂|" + POLICE]}),
 ]),
 sc("r6c-03-urgent-stays-in-front", ["urgent", "customer_service", "followup"], "zh", [
    t("我刚才按那个快递客服说的开了屏幕共享，还把手机收到的验证码告诉他了",
      {"urgent": True, "risk": ["high"], "match": [BANK, EMERGENCY_ZH + "|共享|分享|挂断"], **ZH_FIRST}),
    t("他说他是淘宝官方客服，那个号码是真的吗",
      {"urgent": True, "match": [EMERGENCY_ZH + "|银行|停止共享|关闭共享|结束共享"]}),
    t("好的，我还要去派出所吗",
      {"urgent": True, "match": ["派出所|报案|报警|110|证据|记录|截图"]}),
 ]),
 sc("r6c-04-money-sent-en", ["urgent", "police", "followup", "recovery"], "en", [
    t("About an hour ago I transferred 20,000 yuan to a 'safe account' that a police officer on a video call gave me",
      {"urgent": True, "risk": ["high"], "scamType": ["police_judiciary"], "english": True,
       "match": ["110", "stop.?payment|freeze|emergency|紧急止付|right now|immediately|at once"], **EN_FIRST}),
    t("Should I also report it somewhere else?",
      {"urgent": True, "english": True, "match": ["police station|110|96110|evidence|record|receipt"]}),
    t("Now someone on WeChat says they can get my money back for a small fee",
      {"urgent": True, "english": True, "scamType": ["police_judiciary", "recovery"],
       "match": ["scam|fraud|don't|do not|never|refuse|only .{0,30}police"]}),
 ]),
 sc("r6c-05-legit-bank-call", ["legit", "bank"], "zh", [
    t("刚才银行打电话说我的卡有一笔异常消费，让我自己打卡背面的客服电话核实，没问我要任何信息",
      {"notRisk": ["high"], "urgent": False, **ZH_FIRST}),
    t("我打了卡背面的电话，确认是银行打的，那笔是我自己网购的",
      {"notRisk": ["high"], "urgent": False, "scamType": [None], "nomatch": [CALLED_SCAM]}),
 ]),
 sc("r6c-06-real-96110", ["legit", "hotline"], "zh", [
    t("刚接到一个显示021-96110的电话，说我可能被诈骗分子盯上了，提醒我别给陌生人转账，别的什么都没问",
      {"notRisk": ["high"], "urgent": False, **ZH_FIRST}),
    t("那以后这个号码打来我要接吗",
      {"notRisk": ["high"], "urgent": False, "scamType": [None], "match": ["96110"], "nomatch": [CALLED_SCAM]}),
 ]),
 sc("r6c-07-forwarded-etc-sms", ["sms", "forwarded"], "zh", [
    t("【ETC服务】尊敬的用户，您的ETC认证已失效，请于24小时内点击 http://etc-renz.cc/v 重新认证，逾期将停用。",
      {"silent": False}),
    t("刚收到上面这条短信，是真的吗？",
      {"risk": ["high", "medium"], "urgent": False,
       "match": ["(别|不要|勿|千万别|不能)[^\\n]{0,8}(点|打开|填|链接)|链接|don't click|link"], **ZH_FIRST}),
    t("我没点，要举报到哪里",
      {"urgent": False, "match": ["12321|96110|反诈|12381|110"]}),
 ]),
 sc("r6c-08-forwarded-12381", ["sms", "forwarded", "legit", "hotline"], "zh", [
    t("【12381】您好，您近期接触的电话号码涉嫌诈骗，请提高警惕，不要轻信，不要转账。",
      {"silent": False}),
    t("这条短信是真的还是骗人的？要回复吗",
      {"urgent": False, "match": ["12381"],
       "nomatch": ["(是|属于)(诈骗|虚假|假冒)短信"], **ZH_FIRST}),
 ]),
 sc("r6c-09-group-chitchat", ["group", "silent"], "zh", [
    t("周末大家去哪里吃饭？", {"silent": True}, room="g", user="a", name="阿芳"),
    t("转发一下：最近有人冒充网信办打+86视频电话，说手机卡违规，大家千万别接", {"silent": True}, room="g", user="b", name="老周"),
    t("哈哈收到，我妈上周就接到过一个，她直接挂了", {"silent": True}, room="g", user="c", name="小丽"),
 ]),
 sc("r6c-10-group-mention-medical", ["group", "mention", "government_other"], "zh", [
    t("今天好热啊", {"silent": True}, room="g", user="a"),
    t("帮我看看，有个电话说我医保卡被冻结了，按1转人工，这是骗子吗", {
        "silent": False, "risk": ["high", "medium"], "scamType": ["government_other"],
        "match": ["12333|12345"], **ZH_FIRST}, room="g", user="b", mention=True),
 ]),
 sc("r6c-11-group-warning-relay", ["group", "silent", "mention", "identity"], "hant", [
    t("大家小心，最近有人冒充檢察官打電話，要求匯款到監管帳戶，千萬不要匯", {"silent": True}, room="g", user="a"),
    t("收到，謝謝提醒", {"silent": True}, room="g", user="b"),
    t("你是誰？可以幫忙看電話是不是詐騙嗎", {"silent": False, "match": ["詐騙|诈骗|騙|骗|來電|来电|電話|电话|scam|call"]},
      room="g", user="c", mention=True),
 ]),
 sc("r6c-12-who-are-you-telecom", ["identity", "telecom", "followup"], "en", [
    t("hi, who are you?", {"silent": False, "english": True, "match": ["scam|fraud|call|check"], "notRisk": ["high"]}),
    t("A man called saying he's from China Mobile and my number will be cut off in two hours unless I press 1 and talk to their officer",
      {"risk": ["high", "medium"], "scamType": ["telecom"], "english": True, "match": ["10086"], **EN_FIRST}),
    t("is this number real? the call showed +86 10086",
      {"risk": ["high", "medium"], "english": True,
       "match": ["spoof|fake|forged|internet|international|not proof|doesn't prove|does not prove|can be|anyone can|prefix"]}),
 ]),
 sc("r6c-13-foreigner-customs-visa", ["government_other", "foreigner", "followup"], "en", [
    t("A caller said a parcel under my name is held at customs with fake passports in it, and he is transferring me to the police",
      {"risk": ["high"], "scamType": ["government_other", "police_judiciary", "customer_service"], "english": True,
       "match": [SCAM, "12360|110|police station|in person|96110"], **EN_FIRST}),
    t("He also said my residence permit will be cancelled. Where can I check that?",
      {"risk": ["high"], "english": True, "match": ["12367"], "nomatch": ["12333"]}),
 ]),
 sc("r6c-14-yue-grandson-voice", ["acquaintance", "ai_voice", "followup"], "yue", [
    t("頭先有個人打嚟，把聲好似我個孫，話佢出咗事要我即刻過錢，但係訊號好差，講兩句就收咗線",
      {"risk": ["high", "medium"], "scamType": ["acquaintance"],
       "match": ["打返|打番|回撥|回拨|致電|致电|打電話|打电话|打俾|聯絡|联系|call"], **ZH_FIRST}),
    t("我仲未過錢，咁我而家應該點做？",
      {"urgent": False,
       "match": ["(舊|旧|原來|原来|平時|平时|本人|自己|佢)[^\\n]{0,12}(號碼|号码|電話|电话)|知道|問|问"]}),
 ]),
 sc("r6c-15-yue-code-given", ["urgent", "bank_finance", "followup"], "yue", [
    t("我頭先畀咗驗證碼俾個自稱銀行嘅人，仲講埋張卡嘅號碼",
      {"urgent": True, "risk": ["high"], "match": [BANK, EMERGENCY_ZH + "|密碼|密码"], **ZH_FIRST}),
    t("佢話佢係中國銀行嘅客服，係咪真㗎？",
      {"urgent": True, "match": ["卡背面|背面|官方|app|冒充|假|" + EMERGENCY_ZH]}),
    t("我要唔要報警？",
      {"urgent": True, "match": ["110|報警|报警|派出所|警署|警"]}),
 ]),
 sc("r6c-16-hant-procuratorate-then-paid", ["police", "urgent", "traditional", "followup"], "hant", [
    t("我是台商，在昆山工作。剛剛有人打電話自稱上海市檢察院，說我的帳戶涉及洗錢，要我把錢轉到監管帳戶配合調查",
      {"risk": ["high"], "scamType": ["police_judiciary"], "match": [SCAM, TRAD], **ZH_FIRST}),
    t("什麼是監管帳戶？真的有這種帳戶嗎",
      {"risk": ["high"], "match": ["沒有|没有|不存在|根本|騙|骗|假"]}),
    t("可是我剛才已經轉了五萬過去了",
      {"urgent": True, "risk": ["high"], "match": ["110", "止付|凍結|冻结|銀行|银行"]}),
 ]),
 sc("r6c-17-hant-legit-teacher", ["legit", "traditional"], "hant", [
    t("孩子學校的班導打電話來，提醒明天要繳午餐費，說會在學校平台上繳，沒有要我轉帳給她",
      {"notRisk": ["high"], "urgent": False, **ZH_FIRST}),
    t("這樣需要擔心嗎？",
      {"notRisk": ["high"], "urgent": False, "scamType": [None], "nomatch": [CALLED_SCAM]}),
 ]),
 sc("r6c-18-mixed-investment", ["investment", "followup"], "mixed", [
    t("有个mentor拉我进一个stock group，说保证monthly return 30%，让我下载他们的app入金",
      {"risk": ["high", "medium"], "scamType": ["investment"], "match": [SCAM], **ZH_FIRST}),
    t("但是他们先给我返了200块profit，应该是real的吧？",
      {"risk": ["high", "medium"], "match": ["小额|先给|甜头|返利|诱|套路|bait|骗|scam|提现|withdraw"]}),
    t("OK我不入金了，要不要report？",
      {"urgent": False, "match": ["96110|110|反诈|12321|police|report|举报|报警"]}),
 ]),
 sc("r6c-19-mixed-fake-boss-paid", ["acquaintance", "urgent", "followup"], "mixed", [
    t("我boss在WeChat上加我，头像一样，说在开会不方便接电话，让我先transfer 5万给一个client",
      {"risk": ["high", "medium"], "scamType": ["acquaintance"],
       "match": ["电话|call|当面|核实|确认|verify"], **ZH_FIRST}),
    t("我已经转了",
      {"urgent": True, "risk": ["high"], "match": ["110", "止付|stop|冻结|银行|bank"]}),
    t("老板本人刚打电话说他没发过，我好慌",
      {"urgent": True, "match": ["110|报警|派出所|police"]}),
 ]),
 sc("r6c-20-en-task-rebate", ["task_rebate", "followup"], "en", [
    t("A recruiter on Telegram pays me to like videos. I got three small payments, now she wants me to pay 500 to join the 'VIP task'",
      {"risk": ["high", "medium"], "scamType": ["task_rebate"], "english": True, "match": ["scam|fraud"], **EN_FIRST}),
    t("I haven't paid yet. What now?",
      {"urgent": False, "english": True, "match": ["don't|do not|stop|block|leave|no more|never"]}),
 ]),
 sc("r6c-21-en-legit-police-registration", ["legit", "police", "foreigner"], "en", [
    t("Police from my local station called to say I need to register my new address and come in with my passport. They didn't ask for money or codes.",
      {"notRisk": ["high"], "urgent": False, "english": True, **EN_FIRST}),
    t("Should I go to the station?",
      {"notRisk": ["high"], "urgent": False, "english": True, "scamType": [None],
       "match": ["station|in person|yes|fine|110|number"], "nomatch": [CALLED_SCAM]}),
 ]),
 sc("r6c-22-loan-credit-repair", ["loan_credit", "followup"], "zh", [
    t("有人打电话说我之前开的京东金条利率不合规，不注销会影响征信，要我配合注销",
      {"risk": ["high"], "scamType": ["loan_credit"], "match": [SCAM], **ZH_FIRST}),
    t("他还说可以帮我修复征信，收两千手续费",
      {"risk": ["high"], "match": [SCAM, "征信|信用"]}),
    t("我没给钱，电话也挂了",
      {"urgent": False}),
 ]),
 sc("r6c-23-courier-double-compensation", ["customer_service", "followup"], "zh", [
    t("快递客服打电话说我的包裹丢了，要双倍赔偿，让我加理赔群下载会议软件",
      {"risk": ["high"], "scamType": ["customer_service"], "match": [SCAM], **ZH_FIRST}),
    t("他现在让我开屏幕共享，我还没开",
      {"risk": ["high"], "urgent": False, "match": ["(不要|别|勿|千万别|不能)[^\\n]{0,8}(开|共享|分享)"]}),
    t("他说不开就没法理赔，那我到底该怎么理赔",
      {"urgent": False, "match": ["平台|淘宝|京东|app|官方|订单|客服电话"]}),
 ]),
 sc("r6c-24-medical-to-police-chain", ["government_other", "police", "followup"], "zh", [
    t("电话里机器人说我医保卡异常要冻结，按1转人工，然后那个人说我的卡在外地买了违禁药品",
      {"risk": ["high"], "scamType": ["government_other", "police_judiciary"], "match": ["12333|12345|" + POLICE], **ZH_FIRST}),
    t("现在他说要把电话转给公安局的警官做笔录，让我别挂",
      {"risk": ["high"], "scamType": ["government_other", "police_judiciary"], "match": ["挂|骗|诈骗|不要"]}),
 ]),
 sc("r6c-25-video-face-captured", ["video", "followup"], "zh", [
    t("刚才有个陌生号码打视频电话，我手快接了，对方没说话几秒钟就挂了，会不会把我的脸录下来了",
      {"silent": False, "match": ["备案|报警|派出所|110|96110"]}),
    t("以后再有陌生人视频电话怎么办",
      {"match": ["不要接|别接|不接|拒接|挂断|挂掉|不理|别理"]}),
 ]),
 sc("r6c-26-neighbour-loss-advice", ["near_miss", "advice"], "zh", [
    t("楼下张阿姨被冒充公检法的骗了十万，已经报警了，我该怎么提醒我爸妈",
      {"silent": False, "urgent": False, "match": ["公检法|警察|公安|安全账户|视频|转账|挂"]}),
    t("我爸总说他不会上当，我该怎么跟他说",
      {"silent": False, "urgent": False}),
 ]),
 sc("r6c-27-yue-group-loss-mention", ["group", "mention", "urgent"], "yue", [
    t("今晚去邊度飲茶？", {"silent": True}, room="g", user="a"),
    t("我頭先照個自稱公安嘅人講，轉咗三萬去安全賬戶，點算？",
      {"silent": False, "urgent": True, "risk": ["high"], "match": ["110"], **ZH_FIRST}, room="g", user="b", mention=True),
 ]),
 sc("r6c-28-en-group-admin-warning", ["group", "silent", "mention", "hotline"], "en", [
    t("Reminder from the building committee: never share verification codes with anyone who calls you, and hang up on 'police' video calls.",
      {"silent": True}, room="g", user="admin", admin=True),
    t("thanks, good to know", {"silent": True}, room="g", user="b"),
    t("is 96110 a real number? they called me yesterday to warn me about scams",
      {"silent": False, "english": True, "notRisk": ["high"], "match": ["96110"]}, room="g", user="c", mention=True),
 ]),
 sc("r6c-29-hant-cac-group", ["cac", "traditional", "followup"], "hant", [
    t("有人用網路視訊打來，自稱上海網信辦的領導，說我的手機卡被非法註冊，發了兩萬多條詐騙簡訊",
      {"risk": ["high"], "scamType": ["cyberspace_admin"], "match": [SCAM, TRAD], **ZH_FIRST}),
    t("他要我加入一個微信群做筆錄",
      {"risk": ["high"], "match": ["(不要|別|别|勿|不能|千萬|千万)[^\\n]{0,8}(加|進|进|入)"]}),
    t("要打哪個電話查證？",
      {"risk": ["high"], "match": ["96110|021-?55056666|110|12377"]}),
 ]),
 sc("r6c-30-mixed-balance-gone", ["urgent", "customer_service", "recovery", "followup"], "mixed", [
    t("那个Alipay的customer service弄完之后，我打开app一看balance只剩12块了",
      {"urgent": True, "risk": ["high"], "match": ["110", "止付|冻结|银行|bank|stop"], **ZH_FIRST}),
    t("他又打电话来说可以帮我refund，要我再verify一次",
      {"urgent": True, "risk": ["high"], "match": ["骗|scam|fraud|不要|别|勿|挂|拒"]}),
 ]),
]

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "conversations.json"), "w", encoding="utf-8") as fh:
    json.dump(S, fh, ensure_ascii=False, indent=1)
import re, collections
ids = [s["id"] for s in S]
assert len(ids) == len(set(ids)) == 30, len(ids)
allowed = {"silent", "risk", "notRisk", "scamType", "urgent", "match", "nomatch", "english", "maxChars", "maxLines"}
for s in S:
    assert re.fullmatch(r"r6c-\d\d-[a-z0-9-]+", s["id"]), s["id"]
    assert 2 <= len(s["turns"]) <= 4, s["id"]
    for e in [s.get("expect", {})] + [t.get("expect", {}) for t in s["turns"]]:
        assert set(e) <= allowed, (s["id"], set(e) - allowed)
        for rx in e.get("match", []) + e.get("nomatch", []):
            re.compile(rx)
print("scenarios", len(S), collections.Counter(s["lang"] for s in S))
print("groups", sum(any("room" in t for t in s["turns"]) for s in S))
