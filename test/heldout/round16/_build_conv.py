#!/usr/bin/env python3
"""Round 16 held-out multi-turn set: 30 hand-written conversations.

Writes conv.json (all 30), conv-dev.json (odd-numbered ids) and conv-held.json
(even-numbered ids). Every content regex rests on /work/shared/knowledge/scams.md
and is written to accept Simplified and Traditional wordings and synonyms.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))

HI = ["high"]
HM = ["high", "medium"]

# ---- content regexes (re.I | re.S) ----
POLICE_110 = r"110|止付|報警|报警|报案|報案|police"
STOP_PAY = r"110|止付|stop[- ]?payment|报警|報警"
FREEZE = r"冻结|凍結|挂失|掛失|停卡|停用|冻卡|凍卡|锁卡|鎖卡|freez|frozen|\bblock|cancel|lock"
BANK_OFFICIAL = r"背面|官方|官网|官網|银行app|銀行app|手机银行|手機銀行|网点|網點|柜台|櫃台|櫃檯|分行|back of (the|your) card|official|bank'?s own"
CHANGE_PW = r"改密码|修改密码|更改密码|重设密码|重置密码|改密碼|修改密碼|更改密碼|重設密碼|重置密碼|换密码|換密碼|密码.{0,4}(改|换|重设)|密碼.{0,4}(改|換|重設)|change.{0,20}password|reset.{0,20}password|new password"
STOP_SHARE = r"停止共享|结束共享|結束共享|关闭共享|關閉共享|停止分享|结束分享|結束分享|关闭分享|關閉分享|关掉|關掉|关闭|關閉|关咗|閂咗|熄咗|挂断|掛斷|挂掉|掛掉|断开|斷開|收线|收線|stop shar|end the shar|hang up|disconnect"
UNINSTALL = r"卸载|卸載|删除|刪除|删掉|刪掉|移除|删咗|刪咗|uninstall|remove|delete"
EVIDENCE = r"证据|證據|截图|截圖|聊天记录|聊天記錄|聊天紀錄|记录|記錄|紀錄|凭证|憑證|回单|回單|收据|收據|单据|單據|流水|账号|賬號|帳號|账户|賬戶|帳戶|户口|戶口|evidence|screenshot|receipt|record"
STATION = r"派出所|公安局|公安机关|公安機關|警署|差馆|差館|警察局|报案|報案|立案|报警|報警|110|police"
NO_MORE_PAY = r"不要再|别再|別再|不再|千万不要|千萬不要|切勿|不要.{0,6}(转|轉|付|交|汇|匯|给|給|俾|畀)|唔好.{0,6}(转|轉|俾|畀|过|過|付|交)|不能.{0,4}(再|转|轉|付|交)|don'?t.{0,12}(pay|send|transfer)|do not.{0,12}(pay|send|transfer)|no (more|further)|stop paying|never pay|拒绝|拒絕"
RECOVERY_SCAM = r"骗|騙|诈骗|詐騙|呃|scam|fraud|二次"
RECOVERY_POLICE = r"派出所|公安|警方|警察|警署|报案|報案|police"
CALLBACK = r"原来的号码|原來的號碼|原号码|原號碼|旧号码|舊號碼|以前的号码|以前的號碼|原本|打返|打番|回拨|回撥|打电话|打電話|致电|致電|电话核实|電話核實|当面|當面|核实|核實|确认|確認|核对|核對|求证|求證|call (him|her|them|back)|old number|verify|in person"
AI_FAKE = r"(?<![A-Za-z])AI(?![A-Za-z])|换脸|換臉|合成|伪造|偽造|假冒|冒充|仿冒|deepfake|fake"
LINK = r"链接|鏈接|連結|网址|網址|网站|網站|link|url|点开|點開|点击|點擊|撳|按入"
SCAMWORD = r"骗|騙|诈骗|詐騙|呃|假|冒充|scam|fraud|fake"
NOT_PROOF = r"不能说明|不能證明|不能证明|證明不了|证明不了|说明不了|說明不了|不代表|不等于|不等於|并不|並不|没用|沒用|查得到|公开|公開|不会.{0,10}(打电话|来电|打給|联系)|不會.{0,10}(打電話|來電|聯繫|聯絡)|不会直接|不會直接|proves nothing|doesn'?t prove|not proof"
CAC_LINES = r"96110|12377|021-?55056666|110"
DONT_GIVE = r"不要|别|別|不能|切勿|千万|千萬|唔好|don'?t|do not|never|refuse|not give|no legitimate"
SELF = r"机器人|機器人|助手|助理|(?<![A-Za-z])bot(?![A-Za-z])|assistant|(?<![A-Za-z])AI(?![A-Za-z])|帮你|幫你|帮您|幫您|核查|查证|查證|识别|識別|防骗|防騙|反诈|反詐|callguard"

# never ask for personal data (applied to every conversation, all turns)
NEVER_ASK = [
    r"(请|請|麻烦|麻煩)(你|您)?(把|将|將)?(你|您)?的?(银行|銀行)?(卡号|卡號|密码|密碼|验证码|驗證碼|身份证号码?|身份證號碼?|身分證字號)(发|發|告诉|告訴|给|給|报|報|传|傳)(给|給|俾|畀)?我",
    r"(请|請|麻烦|麻煩)(你|您)?(先)?(发|發|告诉|告訴|报|報|提供)(给|給)?我.{0,6}(卡号|卡號|密码|密碼|验证码|驗證碼|身份证号|身份證號|身分證字號)",
    r"(?<!n't )(?<!not )(?<!never )(?<!Never )(send|give|tell|provide)\s+me\s+your\s+(card|password|pin|otp|code|verification|id)",
]


def t(text, **expect):
    d = {"text": text}
    if expect:
        d["expect"] = expect
    return d


CONVS = [
    # ----------------------------- zh (15) -----------------------------
    ("zh", ["cyberspace_admin", "question"], [
        t("刚才有个+86开头的视频电话，说是上海网信办的领导，说我手机卡在海口发了两万多条诈骗短信",
          risk=HM, scamType=["cyberspace_admin"], urgent=False),
        t("他还要我做笔录，把我拉进了一个微信群", risk=HM, urgent=False, match=[r"群"]),
        t("他说的办公地址是真的，网上查得到，那是不是就是真的？", risk=HM, match=[NOT_PROOF]),
        t("那我该打哪个电话问？", match=[CAC_LINES], scamType=["cyberspace_admin"]),
    ]),
    ("zh", ["loss", "followup", "police_judiciary"], [
        t("他说是公安局的，说我的卡涉嫌洗钱，我把五万块转到他说的安全账户了",
          urgent=True, risk=HI, match=[STOP_PAY]),
        t("去派出所报案要带什么东西？", match=[EVIDENCE]),
        t("这钱还能要回来吗", match=[r"止付|110|尽快|盡快|越快|越早|马上|馬上|立即|派出所|报案|報案|立案"]),
        t("要不要跟我儿子说一下", silent=False,
          nomatch=[r"(不要|别|不用)(告诉|跟|和).{0,4}(儿子|家人|孩子|子女)"]),
    ]),
    ("zh", ["loss", "second_payment", "recovery", "task_rebate"], [
        t("上周给一个带我刷单返利的人转了八千，现在提不出来", urgent=True, risk=HI,
          scamType=["task_rebate"], match=[STOP_PAY]),
        t("他又打电话来说要再交三千才能把之前的钱解冻提现", risk=HI, match=[NO_MORE_PAY]),
        t("又有个人加我，说是国家反诈中心的，能帮我追回损失，收两千手续费", risk=HI,
          scamType=["recovery", "task_rebate"], match=[RECOVERY_SCAM, RECOVERY_POLICE]),
    ]),
    ("zh", ["code_given", "bank_finance", "followup"], [
        t("我把验证码告诉那个说是银行客服的人了", urgent=True, risk=HI),
        t("现在怎么办", match=[FREEZE + "|" + CHANGE_PW, r"银行|銀行"]),
        t("他给了我一个号码，让我回拨过去核实一下", match=[BANK_OFFICIAL + r"|不要.{0,8}(回拨|打)|别.{0,6}(回拨|打)|他给的|对方给的|对方提供|不能"]),
    ]),
    ("zh", ["screen_share", "customer_service"], [
        t("那个京东客服让我开了屏幕共享，现在还开着，他还在电话里讲", urgent=True, risk=HI,
          match=[STOP_SHARE]),
        t("共享我关掉了，但是他之前让我下的那个会议软件还在手机上", match=[UNINSTALL]),
        t("刚才共享的时候我输过一次支付密码", match=[CHANGE_PW + "|" + FREEZE]),
        t("还要注意什么", silent=False, scamType=["customer_service"]),
    ]),
    ("zh", ["legit", "bank_call"], [
        t("工商银行打电话来说我的卡快过期了，让我有空去网点换新卡，没问我要任何东西",
          urgent=False, notRisk=["high"]),
        t("我自己打了卡背面的电话问过，确实是要换卡", urgent=False, notRisk=["high"]),
        t("那我明天直接去网点就行了吧", urgent=False, notRisk=["high"], scamType=[None]),
    ]),
    ("zh", ["sms", "fine"], [
        t("收到一条短信：【交管】您有一条交通违法记录未处理，逾期将影响驾驶证，请点击 http://jg-12123.cc/wz 处理。这是真的吗",
          risk=HM, urgent=False, match=[LINK]),
        t("是我儿子转给我的，他问要不要点", urgent=False),
        t("他点开看了一眼就关了，啥都没填，也没下载东西", urgent=False),
    ]),
    ("zh", ["question", "96110", "identity"], [
        t("96110是什么电话", match=[r"反诈|反詐|预警|預警|咨询|諮詢|劝阻|勸阻|警方|公安"], urgent=False),
        t("刚才就是96110打来的，说我可能被骗了，我要接吗",
          match=[r"接|真|官方|警方|公安|提醒|预警|預警|区号|區號"], urgent=False),
        t("来电显示是+86 96110，前面多了个加号", match=[r"假|冒|不是|诈骗|詐騙|骗|騙|国际|國際|网络|網絡|境外|前缀|前綴|加号|加號"]),
        t("你是谁啊", silent=False, match=[SELF]),
    ]),
    ("zh", ["government_other", "medical_insurance", "near"], [
        t("有个电话说我医保卡异常要冻结，让我按1转人工", risk=HM, scamType=["government_other"]),
        t("按了以后转到一个说是警察的人，说我医保卡在外地买了违禁药品", risk=HI,
          scamType=["government_other", "police_judiciary"]),
        t("他要我把钱转到安全账户配合调查，我还没转", urgent=False, risk=HI,
          match=[r"12333|12345|110|派出所|安全账户|安全賬戶|安全帳戶"]),
        t("好，我不转了，已经挂了", urgent=False),
    ]),
    ("zh", ["acquaintance", "boss"], [
        t("我们老板加了我一个新微信，头像一样，让我马上给一个供应商账户转38万，说他在开会不方便接电话",
          risk=HM, scamType=["acquaintance"], urgent=False, match=[CALLBACK]),
        t("他还发了一张转账截图，说已经把钱打到公司账户了",
          match=[r"截图|截圖|假|伪造|偽造|p图|P图|不能|核实|核實|确认|確認|到账|到賬|查"]),
        t("我打了老板原来的手机号，他说根本没这回事，我还没转", risk=HI, urgent=False),
    ]),
    ("zh", ["acquaintance", "relative_abroad"], [
        t("一个自称我在美国的侄子，说在机场被扣了要交两万手续费", risk=HM,
          scamType=["acquaintance"], urgent=False),
        t("声音有点像，视频只说了几秒就说信号不好挂了", match=[AI_FAKE]),
        t("我问他小时候家里养的狗叫啥，他答不上来", risk=HI, urgent=False),
    ]),
    ("zh", ["correction", "code"], [
        t("我把验证码发给他了", urgent=True),
        t("不好意思说错了，我其实没有发，打好了没按发送就删了", urgent=False),
        t("那我现在还要做什么", urgent=False, silent=False),
    ]),
    ("zh", ["loss", "handled", "recovery"], [
        t("昨天被假客服骗着转了两万", urgent=True, risk=HI, match=[STOP_PAY]),
        t("我已经打了110，也去派出所做了笔录，卡也冻结了", silent=False),
        t("现在有人加我，说交点钱可以帮我把钱要回来", risk=HI,
          scamType=["recovery", "customer_service"], match=[RECOVERY_SCAM]),
    ]),
    ("zh", ["police_judiciary", "procuratorate"], [
        t("有人说是北京市检察院的，视频里还穿着制服，给我看了逮捕令", risk=HI,
          scamType=["police_judiciary"], urgent=False,
          match=[r"当面|當面|派出所|公安局|110|不会.{0,10}(视频|视讯|电话)|不會.{0,10}(視頻|視訊|電話)|假|骗|騙|诈骗|詐騙"]),
        t("他叫我保密，不要告诉家里人，还让我去买个新手机",
          match=[r"保密|骗|騙|诈骗|詐騙|家人|家里|家裡"]),
        t("打来的号码是00开头的", match=[r"00|国际|國際|境外|网络电话|網絡電話|网路电话|網路電話"], risk=HI),
    ]),
    ("zh", ["government_other", "customs", "loss"], [
        t("一个说是海关的打电话说我有个包裹里查出假护照，要转给警察处理", risk=HM,
          scamType=["government_other", "police_judiciary"], match=[r"12360|海关|海關"]),
        t("他要我交一万保证金才能不被起诉，我已经交了", urgent=True, risk=HI, match=[STOP_PAY]),
        t("对方又发来一张什么回执单，说交了就没事了", match=[STATION + "|" + SCAMWORD]),
    ]),
    # ----------------------------- en (5) -----------------------------
    ("en", ["card_given", "bank_finance", "second_payment"], [
        t("I gave my card number and the CVV to someone who said he was from my bank", urgent=True, risk=HI,
          english=True),
        t("What should I do now?", english=True, match=[FREEZE, r"bank"]),
        t("He's calling again saying there's a fee to reverse the charge", english=True, match=[NO_MORE_PAY]),
    ]),
    ("en", ["sms", "parcel"], [
        t("Got this text: 'Your parcel is held at the depot due to an incomplete address. Update within 24h: http://cn-post-track.top' Is it real?",
          risk=HM, urgent=False, english=True, match=[LINK]),
        t("I haven't clicked it.", urgent=False, english=True),
        t("Who do I report it to?", english=True, match=[r"12321|report"]),
    ]),
    ("en", ["government_other", "consulate", "foreign_resident"], [
        t("A recorded message in Chinese and English said it was the Chinese consulate and my passport has a problem",
          risk=HM, scamType=["government_other"], english=True,
          match=[r"12367|immigration|hang up|scam|fake|fraud"]),
        t("Then they put me through to a 'police officer' who said I must pay bail or be deported", risk=HI,
          scamType=["government_other", "police_judiciary"], english=True,
          match=[r"110|police station|in person|scam|fake|fraud"]),
        t("I paid nothing, I just hung up", urgent=False, english=True),
    ]),
    ("en", ["legit", "clinic"], [
        t("The clinic called to remind me about my appointment tomorrow. They didn't ask for anything.",
          urgent=False, notRisk=["high"], english=True),
        t("So it's fine to just go?", urgent=False, notRisk=["high"], english=True),
        t("Great, thanks", urgent=False, notRisk=["high"], scamType=[None]),
    ]),
    ("en", ["cyberspace_admin", "question"], [
        t("Someone on a video call said he's from the Cyberspace Administration and my number will be suspended",
          risk=HM, scamType=["cyberspace_admin"], english=True,
          match=[r"don'?t|do not|never|hang up|96110|12377|scam|fake|fraud"]),
        t("Is the number real? It started with +86 and came in as a WeChat video call", english=True,
          match=[r"internet|online|spoof|fake|scam|fraud|not"]),
        t("He wants my ID number to 'verify' me", english=True, match=[DONT_GIVE]),
        t("What's 12377?", english=True, match=[r"Cyberspace|CAC|report"]),
    ]),
    # ----------------------------- yue (4) -----------------------------
    ("yue", ["acquaintance", "loss", "followup"], [
        t("頭先有人WhatsApp話係我阿仔，換咗新號碼，叫我幫佢過數三萬", risk=HM,
          scamType=["acquaintance"], match=[CALLBACK]),
        t("我已經過咗啦", urgent=True, risk=HI, match=[r"110|999|報警|报警|警察|警署|止付|銀行|银行"]),
        t("咁我要帶啲咩去警署", match=[EVIDENCE]),
    ]),
    ("yue", ["screen_share", "remote_control"], [
        t("个客服叫我开咗屏幕共享，而家仲开紧", urgent=True, risk=HI, match=[STOP_SHARE]),
        t("关咗喇，但系之前我输过银行密码", match=[CHANGE_PW + "|" + FREEZE]),
        t("部手机好似仲有人控制紧", match=[r"重启|重啟|重開|关机|關機|拔|SIM|飞行|飛行|断网|斷網|离线|離線|熄机|熄機|卸载|卸載"]),
    ]),
    ("yue", ["sms", "bank_points"], [
        t("收到短信：【XX银行】您的积分即将过期，可兑换现金礼品，详情点击 jf-bank-xx.cn 。系咪真㗎", risk=HM,
          match=[LINK]),
        t("我冇撳入去", urgent=False),
        t("咁我係咪要打去銀行問下", match=[BANK_OFFICIAL + r"|銀行|银行"]),
    ]),
    ("yue", ["identity", "police_judiciary", "near"], [
        t("你係邊個㗎", silent=False, match=[SELF]),
        t("有個自稱公安嘅人話我涉嫌洗黑錢，要我轉錢去安全賬戶", risk=HI, scamType=["police_judiciary"]),
        t("我冇轉，收咗線", urgent=False),
    ]),
    # ----------------------------- zh-Hant (4) -----------------------------
    ("zh-Hant", ["acquaintance", "boss", "second_payment"], [
        t("有人用LINE說他是我主管，要我先幫他匯款給廠商", risk=HM, scamType=["acquaintance"], match=[CALLBACK]),
        t("我已經匯了十五萬", urgent=True, risk=HI, match=[STOP_PAY + r"|銀行"]),
        t("他現在又說還要再匯一筆", match=[NO_MORE_PAY]),
    ]),
    ("zh-Hant", ["code", "correction", "telecom"], [
        t("我把簡訊驗證碼給了說是電信公司的人", urgent=True, risk=HI),
        t("現在該怎麼辦", match=[FREEZE + "|" + CHANGE_PW]),
        t("抱歉我搞錯了，我其實沒有給他，唸到一半就掛掉了", urgent=False),
    ]),
    ("zh-Hant", ["sms", "etc"], [
        t("收到簡訊說我的ETC通行費欠繳，要點連結補繳，不然要罰款", risk=HM, match=[LINK]),
        t("我沒點", urgent=False),
        t("這種要去哪裡檢舉", match=[r"12321|檢舉|举报|舉報|報案|报案|165|報警"]),
    ]),
    ("zh-Hant", ["legit", "police_call"], [
        t("派出所打電話說我上週報遺失的證件找到了，叫我有空去所裡領，沒問我要任何資料",
          urgent=False, notRisk=["high"]),
        t("我有打派出所的公開電話確認過了", urgent=False, notRisk=["high"]),
        t("那我直接過去領就好了嗎", urgent=False, notRisk=["high"], scamType=[None]),
    ]),
    # ----------------------------- mixed (2) -----------------------------
    ("mixed", ["investment", "loss", "recovery"], [
        t("那个investment mentor在group里说稳赚，我已经deposit了5万，现在withdraw不了", urgent=True, risk=HI,
          scamType=["investment"]),
        t("他说要先pay 20%的tax才能withdraw", match=[NO_MORE_PAY]),
        t("现在有人说可以help me recover the money，收一点fee", scamType=["recovery", "investment"],
          match=[RECOVERY_SCAM]),
    ]),
    ("mixed", ["telecom", "near"], [
        t("一个自称telecom的call说我的SIM卡被illegal use，要suspend", risk=HM, scamType=["telecom"],
          match=[r"10086|10010|10000|运营商|運營商|营业厅|營業廳|carrier"]),
        t("他说他们的landline不能record，要我加WeChat开video", risk=HI,
          match=[r"骗|騙|诈骗|詐騙|scam|fraud|fake|不要|别|別|don'?t"]),
        t("OK 我挂了，nothing given", urgent=False),
    ]),
]


def main():
    assert len(CONVS) == 30
    out = []
    for n, (lang, tags, turns) in enumerate(CONVS, 1):
        assert 3 <= len(turns) <= 4, n
        for tr in turns:
            ex = tr.get("expect", {})
            for rx in ex.get("match", []) + ex.get("nomatch", []):
                re.compile(rx, re.I | re.S)
        for rx in NEVER_ASK:
            re.compile(rx, re.I | re.S)
        out.append({
            "id": f"r16c-{n:02d}",
            "tags": ["round16", "conv", lang] + tags,
            "lang": lang,
            "turns": turns,
            "expect": {"nomatch": list(NEVER_ASK)},
        })
    dev = [s for s in out if int(s["id"][-2:]) % 2 == 1]
    held = [s for s in out if int(s["id"][-2:]) % 2 == 0]
    for name, data in (("conv.json", out), ("conv-dev.json", dev), ("conv-held.json", held)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    from collections import Counter
    print(f"conv: {len(out)} (dev {len(dev)}, held {len(held)})",
          dict(Counter(s["lang"] for s in out)),
          "turns", dict(Counter(len(s["turns"]) for s in out)))


if __name__ == "__main__":
    main()
