#!/usr/bin/env python3
"""Build the round-15 multi-turn conversations (deterministic, no randomness).

Writes conv.json (30), conv-dev.json (odd-numbered ids), conv-held.json (even-numbered ids).
Format and EXPECT keys as documented in /work/shared/eval/converse.py. Every expectation rests
on a fact in /work/shared/knowledge/scams.md or on the contract's definitions (contract.md).
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))

# ------------------------------------------------------------------ shared regexes
R110 = r"(?<!\d)110(?!\d)"                     # 110 itself, not 96110 / 962110
R96110 = r"96110"
# The bot must never ask the person for ID number, card number, password or code.
ASK = [
    r"(请|請)(您|你)?(提供|告诉我|告訴我|发给我|發給我|发送|發送|输入|輸入|报给我|報給我|回复|回覆|讲俾我|講俾我|话俾我|話俾我)(一下)?(您|你)?(的|嘅)?(完整的?)?(身份证|身份證|身分證|银行卡|銀行卡|卡号|卡號|密码|密碼|验证码|驗證碼|CVV|安全码|安全碼)",
    r"把(您|你)(的|嘅)(身份证号?|身份證號?|身分證號?|银行卡号|銀行卡號|卡号|卡號|密码|密碼|验证码|驗證碼)[^。，,！!？?\n]{0,6}(发|發|告诉|告訴|给|給|俾|畀)(我|我们|我們|我哋)",
    r"\b(send|tell|give|provide)\s+(me|us)\s+(your|the)\s+(full\s+)?(card number|card details|password|pin|otp|one[- ]time (pass)?code|verification code|code|id number|passport number|cvv)",
    r"\bplease\s+(provide|enter|confirm|type)\s+your\s+(full\s+)?(card number|password|pin|otp|verification code|id number|passport number|cvv)",
]
STOP_PAY = r"止付|stop[- ]?payment|冻结|凍結|freeze|拦截|攔截"
EVIDENCE = (r"证据|證據|截图|截圖|记录|記錄|紀錄|回单|回單|凭证|憑證|收据|收據|对方(的)?(账|帳)|對方(的)?(帳|賬)|"
            r"收款|账号|帳號|賬號|身份证|身份證|身分證|receipt|record|screenshot|evidence|chat log|account")
NO = r"不要|别|別|不能|不可|千万|千萬|切勿|勿|停止|唔好|咪|千祈|don'?t|do not|never|no more|stop|not"
SCAM = r"骗|騙|诈|詐|呃|假|冒充|scam|fraud|fake"
POLICE = r"派出所|警察局|警局|警署|公安|报警|報警|报案|報案|(?<!\d)110(?!\d)|police"
BANK_OFFICIAL = (r"卡背|背面|卡片上|卡上的|官方|官網|官网|银行(自己|本身)?的?(app|APP|App|客服|电话|熱線|热线)|"
                 r"銀行(自己|本身)?的?(app|APP|App|客服|電話|熱線)|back of (the|your) card|on (the|your) card|official|bank'?s own")
FREEZE = r"冻结|凍結|挂失|掛失|停卡|止付|freeze|frozen|block|cancel|lock|stop"
STOP_SHARE = (r"(停止|关闭|關閉|关掉|關掉|结束|結束|退出|停|关|關|熄)[^。\n]{0,6}(共享|分享|屏幕|螢幕|屏)|stop (the )?(screen[- ]?)?shar|"
              r"end (the )?shar|关机|關機|重启|重啟|restart|飞行模式|飛航模式|airplane|aeroplane|断网|斷網|offline")
REMOTE_OFF = (r"關機|关机|重啟|重启|飛航|飛行|飞行|斷網|断网|SIM|熄機|熄机|熄咗|拔|卸|離線|离线|offline|"
              r"網絡|网络|上網|上网|Wi-?Fi|數據|数据")
# Traditional replies should not fall back to Simplified-only characters (very common ones).
SIMP = r"[这说钱骗请没对账户]"
HOTLINE_ANY = r"(?<!\d)110(?!\d)|96110|12377|55056666"


def t(text, **expect):
    d = {"text": text}
    if expect:
        d["expect"] = expect
    return d


def conv(cid, lang, tags, turns, expect=None):
    s = {"id": cid, "tags": ["round15", "conv", lang] + tags, "lang": lang, "turns": turns}
    if expect:
        s["expect"] = expect
    return s


C = []

# 01 zh: police impersonation, money to safe account; follow-ups what now / what to bring / get it back
C.append(conv("r15c-01", "zh", ["loss", "followup", "police_judiciary"], [
    t("刚才一个自称公安局的人说我涉嫌洗钱，我按他说的把5万块转到安全账户了",
      urgent=True, risk=["high"], scamType=["police_judiciary"], match=[R110], nomatch=ASK),
    t("我现在该干嘛？", match=[R110 + "|" + STOP_PAY]),
    t("去派出所要带什么？", match=[EVIDENCE]),
    t("钱还能追回来吗？", match=[R110 + "|止付|派出所|公安|警方|报警|报案"]),
]))

# 02 zh: loan deposit paid, scammer asks for a second payment
C.append(conv("r15c-02", "zh", ["loss", "second_payment", "loan_credit"], [
    t("我给那个说帮我办贷款的人交了3000保证金", urgent=True, risk=["high"],
      scamType=["loan_credit"], match=[R110], nomatch=ASK),
    t("他又打来说我银行流水不够，还要再交5000解冻费才能放款和退钱", risk=["high"],
      match=[NO, SCAM]),
    t("那我先转一半试试行吗", match=[NO], nomatch=[r"可以(先)?转|可以先(试|付)"]),
]))

# 03 zh: recovery agent after a task-scam loss
C.append(conv("r15c-03", "zh", ["loss", "recovery"], [
    t("上个月被刷单骗了两万，今天有人加我微信说是国家反诈中心的，能帮我把钱追回来", risk=["high"],
      scamType=["recovery"], match=[SCAM, POLICE]),
    t("他说要先交10%的手续费", risk=["high"], match=[NO + "|" + SCAM]),
    t("那正规的退款怎么走？", match=[r"派出所|公安|警方|警察|报警|报案|(?<!\d)110(?!\d)"]),
]))

# 04 zh: mother gave a code; she is right beside the writer
C.append(conv("r15c-04", "zh", ["loss", "family", "code"], [
    t("我妈刚才把短信验证码告诉了一个自称银行客服的人，对方说要帮她提高额度", urgent=True,
      risk=["high"], scamType=["bank_finance", "customer_service"],
      match=[r"银行|bank", r"冻结|挂失|改密码|修改密码|停|止付|" + R110], nomatch=ASK),
    t("她人就在我旁边，我们先做什么", match=[r"银行|" + R110 + r"|冻结|挂失|密码"]),
    t("对方又打来了，要接吗", match=[r"不要|别|不接|挂|拉黑|不用|不必"]),
]))

# 05 en: card details given -> freeze through the number on the card
C.append(conv("r15c-05", "en", ["loss", "card", "bank_finance"], [
    t("I gave a caller my card number, the expiry date and the three digits on the back. He said he was from my bank's fraud team.",
      urgent=True, risk=["high"], scamType=["bank_finance"], english=True,
      match=[BANK_OFFICIAL, FREEZE], nomatch=ASK),
    t("He gave me a number to call back to confirm. Should I use it?", english=True,
      match=[r"\b(no|don'?t|do not|never|not)\b", r"back of (the|your) card|on (the|your) card|official|bank'?s own|card itself|printed"]),
    t("What else should I do?", match=[r"password|PIN|police|110|freeze|block|evidence|record|statement"]),
]))

# 06 zh: screen share still on (fake JD customer service, 百万保障)
C.append(conv("r15c-06", "zh", ["screen", "customer_service"], [
    t("我现在开着屏幕共享，对方说是京东客服要帮我关闭百万保障，他让我别关", urgent=True,
      risk=["high"], scamType=["customer_service"], match=[STOP_SHARE], nomatch=ASK),
    t("关了，但是之前我打开过支付宝", match=[r"密码|改|冻结|支付宝|银行|" + R110]),
    t("那个会议软件要删吗", match=[r"删|卸载|保留|证据|截图|重启|关机|断网|飞行|留着"]),
]))

# 07 yue HK: remote-control app installed and moving the phone
C.append(conv("r15c-07", "yue", ["remote", "police_judiciary"], [
    t("佢叫我裝咗個App，而家部電話自己郁緊，佢話係中國公安", urgent=True, risk=["high"],
      scamType=["police_judiciary"], match=[REMOTE_OFF], nomatch=ASK),
    t("我應該打去邊度求助？", match=[r"(?<!\d)110(?!\d)|96110|999|警"]),
    t("我戶口啲錢會唔會冇咗？", match=[r"銀行|银行|凍結|冻结|止付|密碼|密码|(?<!\d)110(?!\d)|bank"]),
]))

# 08 zh: direct questions about 96110, a prefixed 96110, and 紧急止付
C.append(conv("r15c-08", "zh", ["question", "96110", "stop_payment"], [
    t("96110是什么号码？打过来要接吗", urgent=False, scamType=[None],
      match=[R96110, r"反诈|反詐|预警|預警|咨询|諮詢|警", r"接"]),
    t("那来电显示+8696110的呢", urgent=False, match=[r"假|骗|诈|不是|冒充|伪|可疑|网络电话|境外|国际"]),
    t("紧急止付是什么意思", urgent=False, match=[R110, r"止付|冻结|拦截|截住|停止支付"]),
]))

# 09 zh: who are you, 安全账户, 资金清查
C.append(conv("r15c-09", "zh", ["question", "who", "safe_account"], [
    t("你是谁？", silent=False, urgent=False, scamType=[None]),
    t("什么是安全账户？公安真的会让人把钱转到安全账户吗", urgent=False,
      match=[r"没有|不存在|不会|从不|根本|骗|诈|假"]),
    t("那资金清查要配合吗", urgent=False, match=[r"骗|诈|假|不要|不会|没有|不用"]),
]))

# 10 zh: the founding case, 刘伟健 job number 9949, real address, refuses police station
C.append(conv("r15c-10", "zh", ["is_it_real", "cyberspace_admin"], [
    t("有个人说他是上海网信办的刘伟健，工号9949，说我的手机号要被停，还问我家保姆几点出门", risk=["high"],
      scamType=["cyberspace_admin"], urgent=False, match=[SCAM + "|" + HOTLINE_ANY]),
    t("他能说出网信办的地址，还让我过去当面谈，是不是就是真的？", risk=["high"],
      match=[r"不能|不代表|不等于|证明不了|说明不了|假|骗|诈|不是|不一定"]),
    t("我说一起去派出所，他就挂了", risk=["high"], scamType=["cyberspace_admin"],
      match=[SCAM + "|" + HOTLINE_ANY]),
], expect={"match": [r"不会|从不|不直接|不打|不给|没有.{0,6}(打|电话)|never"]}))

# 11 zh-Hant: 網信辦 video-call variant, WeChat group, face captured
C.append(conv("r15c-11", "zh-Hant", ["is_it_real", "cyberspace_admin", "video"], [
    t("剛剛有個FaceTime視訊，自稱上海網信辦的領導，說我的手機卡在海口發了兩萬多條詐騙簡訊，要我做筆錄",
      risk=["high"], scamType=["cyberspace_admin"], match=[r"不會|不会|從不|从不|never|不直接|不打|沒有|騙|詐"],
      nomatch=[SIMP]),
    t("他把我拉進一個微信群，有人問問題就被踢出去", risk=["high"],
      match=[r"退出|退群|離開|离开|leave|不要|別|别|勿"]),
    t("視訊的時候他看到我的臉了，要緊嗎", match=[r"報警|报警|備案|备案|(?<!\d)110(?!\d)|96110|派出所|警察|警局"]),
]))

# 12 en: community police reminder call (calm, real)
C.append(conv("r15c-12", "en", ["calm", "police_real"], [
    t("A community police officer called to remind me about phone scams. He didn't ask me for anything, just told me not to transfer money to strangers.",
      urgent=False, notRisk=["high"], english=True),
    t("He said I could call 96110 if I'm ever unsure. Is that a real number?", urgent=False,
      notRisk=["high"], english=True, match=[R96110, r"\b(yes|real|genuine|official|legit|national|anti-?fraud)"]),
    t("OK thanks, that's all.", urgent=False, notRisk=["high"]),
]))

# 13 zh: real courier call that asks nothing (取件码 is a code given TO the person)
C.append(conv("r15c-13", "zh", ["calm", "courier"], [
    t("快递员打电话说我的包裹放在小区门口驿站了，让我有空去取", urgent=False, notRisk=["high"]),
    t("他没问我要什么信息，就告诉了我一个取件码", urgent=False, notRisk=["high"]),
    t("这样是正常的吧", urgent=False, notRisk=["high"]),
]))

# 14 yue Guangdong: real clinic call
C.append(conv("r15c-14", "yue", ["calm", "clinic"], [
    t("诊所打嚟话我听日十点覆诊，叫我记得带医保卡", urgent=False, notRisk=["high"]),
    t("佢冇问我要密码或者验证码", urgent=False, notRisk=["high"]),
    t("我使唔使打返去问下？", urgent=False, notRisk=["high"], silent=False),
]))

# 15 zh-Hant: real bank card-renewal call
C.append(conv("r15c-15", "zh-Hant", ["calm", "bank_real"], [
    t("銀行打來說我的信用卡下個月到期，新卡已經寄出，收到後要開卡，沒有問任何資料", urgent=False,
      notRisk=["high"], nomatch=[SIMP]),
    t("他說開卡可以打卡片背面的客服電話", urgent=False, notRisk=["high"]),
    t("我已經收到新卡了", urgent=False, notRisk=["high"]),
]))

# 16 zh: forwarded bank SMS with a link
C.append(conv("r15c-16", "zh", ["sms", "bank_finance"], [
    t("收到一条短信：【工商银行】尊敬的客户，您的账户存在异常将被冻结，请点击 icbc-vip.cn/yz 验证身份。这是真的吗",
      urgent=False, risk=["high", "medium"], scamType=["bank_finance", "other"],
      match=[r"链接|網址|网址|连接|点|點|link"]),
    t("我还没点", urgent=False, risk=["high", "medium"]),
    t("那我该怎么确认", urgent=False,
      match=[r"官方|卡背|背面|银行.{0,4}(app|APP|App|客服|电话)|95588|柜台|网点|营业厅"]),
]))

# 17 zh: forwarded parcel SMS; opened the link, typed address and phone only (not urgent)
C.append(conv("r15c-17", "zh", ["sms", "parcel"], [
    t("短信说：您的快递因地址不详无法派送，请在24小时内点击 http://sf-exp.top/a 更新地址并支付1.5元补派费",
      urgent=False, risk=["high", "medium"], scamType=["customer_service", "other"],
      match=[r"链接|网址|连接|点|link|平台|官方|APP|app"]),
    t("我已经点开了，还没填", urgent=False, risk=["high", "medium"],
      match=[r"不要|别|关|填|输入|退出"]),
    t("填了个地址和电话，没填卡号，也没付钱", urgent=False),
]))

# 18 zh: forwarded traffic-fine SMS; where to report
C.append(conv("r15c-18", "zh", ["sms", "traffic_fine"], [
    t("收到短信【交管】您有一条交通违法未处理，逾期将影响驾驶证，请点击 jg12123-cn.com 处理罚款",
      urgent=False, risk=["high", "medium"], scamType=["government_other", "police_judiciary", "other"],
      match=[r"链接|网址|连接|官方|12123|点|link|假|骗|诈"]),
    t("我都没有车啊", urgent=False, risk=["high", "medium"]),
    t("要举报的话打哪个电话", match=[r"12321|96110|(?<!\d)110(?!\d)|12381"]),
]))

# 19 zh: ETC SMS, then ID photo + card number uploaded (urgent on turn 2)
C.append(conv("r15c-19", "zh", ["sms", "etc", "card"], [
    t("【ETC】您的ETC卡已失效，为避免影响通行请尽快点击 etc-xz.cc 进行认证，认证需上传身份证和银行卡。这个是真的吗",
      urgent=False, risk=["high", "medium"], scamType=["other", "customer_service", "bank_finance", "government_other"]),
    t("我已经上传了身份证照片，还填了银行卡号", urgent=True, risk=["high"],
      match=[r"银行|冻结|挂失|卡背|官方|" + R110], nomatch=ASK),
    t("银行卡号给出去了有什么风险", match=[r"冻结|挂失|密码|银行|" + R110 + r"|盗刷|扣款|留意|注意"]),
]))

# 20 zh group chat: two members, conversations keyed by (room, user)
C.append(conv("r15c-20", "zh", ["group", "code"], [
    {"text": "@callguard 我爸刚刚把短信验证码报给了一个说是医保局的人，怎么办", "user": "a", "room": "g",
     "mention": True, "expect": {"silent": False, "urgent": True, "nomatch": ASK}},
    {"text": "@callguard 96110是干嘛的", "user": "b", "room": "g", "mention": True,
     "expect": {"silent": False, "urgent": False, "match": [R96110]}},
    {"text": "@callguard 我们现在先去银行还是先打110", "user": "a", "room": "g", "mention": True,
     "expect": {"silent": False, "match": [r"(?<!\d)110(?!\d)|银行|銀行"]}},
]))

# 21 en: expat in Shanghai, safe account, second payment, what to write down
C.append(conv("r15c-21", "en", ["loss", "second_payment", "police_judiciary"], [
    t("I'm an expat in Shanghai. A 'police officer' on a video call told me to move my savings to a safe account. I transferred 80,000 yuan an hour ago.",
      urgent=True, risk=["high"], scamType=["police_judiciary"], english=True, match=[R110], nomatch=ASK),
    t("Now he says I must pay 10,000 more to 'unfreeze' it and get everything back.", risk=["high"],
      english=True, match=[r"\b(don'?t|do not|never|no more|stop|not)\b", r"scam|fraud|fake|criminal|lie"]),
    t("What should I write down before I go to the police?", english=True,
      match=[r"time|amount|account|receipt|record|screenshot|chat|evidence|bank|number"]),
]))

# 22 en: consulate robocall / parcel with fake passports; passport number not given; 12367
C.append(conv("r15c-22", "en", ["government_other", "foreigner"], [
    t("A recorded message said it was the Chinese consulate, a parcel in my name had fake passports in it, and then they put me through to the 'police'.",
      urgent=False, risk=["high", "medium"], scamType=["government_other", "police_judiciary"], english=True),
    t("They asked me to confirm my passport number. I haven't yet.", urgent=False, risk=["high", "medium"],
      english=True, match=[r"\b(don'?t|do not|never|not|no)\b"]),
    t("Who can I call to check my visa or residence permit status?", english=True, match=[r"12367"]),
]))

# 23 en: customs parcel fine; check with 12360, never 12333
C.append(conv("r15c-23", "en", ["government_other", "customs"], [
    t("A caller says a parcel in my name is being held at customs with contraband and I must pay a fine today.",
      urgent=False, risk=["high", "medium"], scamType=["government_other", "police_judiciary", "customer_service"],
      english=True),
    t("How do I check with customs myself?", english=True, match=[r"12360"], nomatch=[r"12333"]),
    t("I hung up and didn't pay anything.", urgent=False),
]))

# 24 yue HK: mother paid an AI face/voice fake of her son
C.append(conv("r15c-24", "yue", ["loss", "family", "acquaintance"], [
    t("我阿媽頭先收到條片，個樣同把聲都好似我細佬，話出咗事要即刻過三萬，佢已經過咗數", urgent=True,
      risk=["high"], scamType=["acquaintance"], match=[r"(?<!\d)110(?!\d)|報警|报警|999|警"], nomatch=ASK),
    t("點樣知係咪真係我細佬？",
      match=[r"(打|致電|致电|call).{0,10}(返|回|原|舊|旧)|原本|舊號碼|旧号码|只有.{0,8}知|問.{0,10}(問題|问题)|问.{0,10}问题|問佢|问佢|old number|call back"]),
    t("啲錢追唔追得返？", match=[r"(?<!\d)110(?!\d)|止付|警|銀行|银行"]),
]))

# 25 yue Guangdong: task rebate top-ups, pressure to top up once more
C.append(conv("r15c-25", "yue", ["loss", "second_payment", "task_rebate"], [
    t("做刷单返利，开头返咗几十蚊，之后叫我充值，我充咗三次总共一万二，而家话卡单要再充", urgent=True,
      risk=["high"], scamType=["task_rebate"], match=[R110], nomatch=ASK),
    t("佢话再充多一次就可以全部提现", risk=["high"], match=[NO + "|" + SCAM]),
    t("我要去边度报案", match=[r"派出所|公安|警|(?<!\d)110(?!\d)|反诈|反詐"]),
]))

# 26 zh-Hant Taiwan: ATM 'cancel duplicate charge' loss, what to bring, then a recovery offer
C.append(conv("r15c-26", "zh-Hant", ["loss", "recovery", "customer_service"], [
    t("剛剛照著蝦皮客服的指示去ATM操作，轉了四萬九給對方，說是要取消重複扣款", urgent=True, risk=["high"],
      scamType=["customer_service"], match=[R110], nomatch=ASK + [SIMP]),
    t("我現在要帶什麼去警察局？", match=[EVIDENCE]),
    t("有人私訊說可以幫我把錢追回來，要先付手續費", risk=["high"], scamType=["recovery", "customer_service"],
      match=[SCAM + "|" + NO]),
]))

# 27 zh-Hant: 'prosecutor' with an id number and a stamped document; refused
C.append(conv("r15c-27", "zh-Hant", ["is_it_real", "police_judiciary"], [
    t("有個自稱地檢署的檢察官，說他的編號是A10235，要我把存款轉到監管帳戶", urgent=False, risk=["high"],
      scamType=["police_judiciary"], nomatch=[SIMP]),
    t("他還傳了一張公文照片給我，上面有印章", risk=["high"], match=[r"假|偽|伪|騙|骗|詐|诈|不會|不会|fake|不能|不代表"]),
    t("我沒有轉，也掛掉了", urgent=False),
]))

# 28 mixed: investment 'teacher', near-miss first, then reveals a transfer
C.append(conv("r15c-28", "mixed", ["investment", "late_reveal"], [
    t("有个investment老师在WhatsApp group里，说跟他买crypto稳赚，我还没invest", urgent=False,
      risk=["high", "medium"], scamType=["investment"]),
    t("他让我先download一个trading app", urgent=False, match=[NO + "|" + SCAM]),
    t("其实我昨天已经transfer了两万进去，现在withdraw不了", urgent=True, risk=["high"],
      match=[R110], nomatch=ASK),
]))

# 29 mixed: a real 021-96110 warning call (calm, answer it)
C.append(conv("r15c-29", "mixed", ["calm", "96110_real"], [
    t("刚才接到一个电话，显示是021-96110，说最近有人冒充customer service，让我注意，没问我要任何东西",
      urgent=False, notRisk=["high"], match=[r"真|正规|正規|官方|反诈|反詐|real|genuine|official|警"]),
    t("他问我最近有没有接到说refund的电话，我说有一个但我没理", urgent=False),
    t("OK那我还要做什么吗", urgent=False, silent=False),
]))

# 30 zh: a 12381 warning SMS, then a telecom-regulator call; check with the carrier
C.append(conv("r15c-30", "zh", ["sms", "12381", "telecom"], [
    t("收到12381发的短信，说我可能正在遭受诈骗，让我提高警惕，里面没有链接", urgent=False,
      match=[r"12381|真|正规|官方|不用回|无需回复|不需要回复|不必回|提醒|预警|工信部|公安"]),
    t("昨天确实有个人说是通信管理局的，说我名下有个号码要被停", urgent=False, risk=["high", "medium"],
      scamType=["telecom"]),
    t("怎么核实我的号码有没有问题", match=[r"10086|10010|10000|营业厅|运营商|運營商|carrier"]),
]))


def validate(scen):
    ids = [s["id"] for s in scen]
    assert ids == [f"r15c-{i:02d}" for i in range(1, 31)], ids
    allowed = {"silent", "risk", "notRisk", "scamType", "urgent", "match", "nomatch", "english", "maxChars", "maxLines"}
    types = {"cyberspace_admin", "police_judiciary", "telecom", "government_other", "customer_service", "bank_finance",
             "loan_credit", "acquaintance", "investment", "task_rebate", "prize", "recovery", "other", None}
    for s in scen:
        assert 3 <= len(s["turns"]) <= 4, s["id"]
        exps = [tt.get("expect", {}) for tt in s["turns"]] + [s.get("expect", {})]
        for e in exps:
            assert set(e) <= allowed, (s["id"], set(e) - allowed)
            for rx in e.get("match", []) + e.get("nomatch", []):
                re.compile(rx, re.I | re.S)
            for v in e.get("scamType", []):
                assert v in types, (s["id"], v)
            for v in e.get("risk", []) + e.get("notRisk", []):
                assert v in ("high", "medium", "low", None), (s["id"], v)


def dump(path, obj):
    with open(os.path.join(HERE, path), "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    validate(C)
    dump("conv.json", C)
    dump("conv-dev.json", [s for s in C if int(s["id"][-2:]) % 2 == 1])
    dump("conv-held.json", [s for s in C if int(s["id"][-2:]) % 2 == 0])
    from collections import Counter
    print(len(C), Counter(s["lang"] for s in C), "turns", sum(len(s["turns"]) for s in C))
