import json, re
KEY_ZH = "(身份证号|身份證號|身分證字號|身分證號|身份证号码|身份證號碼|银行卡号|銀行卡號|卡号|卡號|密码|密碼|验证码|驗證碼)"
NOM = [
 # zh-Hans / zh-Hant: "请提供/告诉我你的…"; the verb must follow within 4 chars and no 不/别/勿 nearby
 "(请|請|麻烦|麻煩)(?![^，。,.！!？?\\n]{0,6}(不|别|別|勿|无需|無需|不用|切勿))[^，。,.！!？?\\n]{0,4}(提供|告诉|告訴|发送|發送|发给|發給|报|報)(一下)?(给我|給我|我)?(您|你)?的?" + KEY_ZH,
 # 把-construction that ends in "…给我"
 "(?<![“「『\"'‘])(把|将|將)(您|你)?的?" + KEY_ZH + "[^，。,.！!？?\\n]{0,4}(发给|發給|告诉|告訴|报给|報給|给|給|发|發)我",
 # 请问你的…是多少
 "(?<![“「『\"'‘])(请问|請問)(您|你)的?" + KEY_ZH + "是(多少|什么|什麼)",
 # English: please/can you + verb immediately + (me/us) your X
 "\\b(please|kindly|can you|could you|would you)\\s+(send|provide|tell|give|read)\\s+(me\\s+|us\\s+)?(your|the)\\s+(\\w+\\s+)?(ID number|ID card number|card number|password|verification code|PIN|OTP|CVV|passcode)\\b",
 "(?<!never )(?<!not )(?<!don't )(?<![\"'‘“])\\b(send me|tell me|give me)\\s+your\\s+(\\w+\\s+)?(ID number|card number|password|verification code|PIN|OTP|CVV)\\b",
]
def rx_ok(patterns):
    for p in patterns: re.compile(p)
rx_ok(NOM)
# sanity: warnings must not trip, asks must trip
ok_texts = ["请不要告诉任何人验证码", "請不要把驗證碼告訴任何人", "别把密码告诉别人", "请立即拨打110，并联系银行冻结卡号", "请勿提供身份证号给陌生人",
            "请尽快致电银行官方电话挂失银行卡号", "任何人要你的验证码都是骗子", "Please do not share your PIN with anyone.", "Please don't tell anyone your verification code",
            "Never send me your password", "Please call the bank and tell them your card number was exposed", "Please never give your OTP to a caller",
            "骗子会说“把验证码发给我”", "请不要提供您的身份证号", "請勿報出您的密碼", "I will never ask for your card number", "please call 110 now"]
bad_texts = ["请提供您的身份证号", "請告訴我你的驗證碼", "麻烦报一下卡号", "把验证码发给我", "請把你的密碼給我", "请问您的卡号是多少",
             "Please send me your verification code", "Could you tell me your card number?", "please provide your ID number", "tell me your PIN"]
for t in ok_texts:
    for p in NOM:
        assert not re.search(p, t, re.I | re.S), (t, p)
for t in bad_texts:
    assert any(re.search(p, t, re.I | re.S) for p in NOM), t

def base(extra=None):
    e = {"nomatch": list(NOM)}
    if extra: e.update(extra)
    return e
LEGIT = {"notRisk": ["high"], "urgent": False, "scamType": [None]}
CALM = {"urgent": False}
def mc(lang): return {"maxChars": 350 if lang == "en" else 150, "maxLines": 6}
URG_MATCH = ["110|96110|银行|銀行|bank|止付|报警|報警|police|警察"]

S = []
def sc(num, slug, lang, tags, turns, expect):
    S.append({"id": f"r10c-{num:02d}-{slug}", "tags": [lang] + tags, "lang": lang, "turns": turns, "expect": expect})

# ---- calm: legitimate calls (scamType null)
sc(1, "real-96110", "zh", ["legit", "calm"], [
  {"text": "刚才接了个电话，显示的是021-96110，说是反诈中心的，提醒我最近可能有人冒充客服骗我，叫我别转账，没问我要任何信息", "expect": dict(mc("zh"), **LEGIT)},
  {"text": "那我需要回个电话过去吗？我什么都没给"}],
  base(dict(LEGIT, match=["96110"])))
sc(2, "bank-fraud-team-verified", "en", ["legit", "calm", "nearmiss"], [
  {"text": "My bank called about a strange charge on my card. I hung up, rang the number on the back of the card, and they confirmed it was their fraud team. They blocked the charge and never asked me for any code.", "expect": dict(mc("en"), **LEGIT)},
  {"text": "Do I need to do anything else?", "expect": {"english": True}}],
  base(dict(LEGIT, english=True)))
sc(3, "carrier-renewal", "hant", ["legit", "calm"], [
  {"text": "中華電信門市的小姐打來說我的手機合約下個月到期，問我要不要續約，我說我自己去門市辦，她說好，沒有問我任何資料", "expect": dict(mc("hant"), **LEGIT)},
  {"text": "這樣應該不是詐騙吧？"}],
  base(LEGIT))
sc(4, "hospital-reminder", "yue", ["legit", "calm"], [
  {"text": "頭先有個電話話係瑪麗醫院打嚟，提我聽日覆診，冇問我攞任何資料，我打返醫院總機佢哋都話係", "expect": dict(mc("yue"), **LEGIT)},
  {"text": "咁我使唔使擔心？"}],
  base(LEGIT))
sc(5, "neighbourhood-committee", "zh", ["legit", "calm", "elderly"], [
  {"text": "居委会的小张给我打电话问我下礼拜社区体检去不去她我认识的声音也对打来的也是居委会的座机", "expect": dict(mc("zh"), **LEGIT)},
  {"text": "这个不是骗子吧我就是现在看啥都怕"}],
  base(LEGIT))
sc(6, "courier-pickup-code", "zh", ["legit", "calm", "nearmiss"], [
  {"text": "快递员打电话说我的快递放小区门口的快递柜了，取件码短信发给我了，他没问我要任何东西，我自己去取了", "expect": dict(mc("zh"), **LEGIT)},
  {"text": "取件码也是码，这个没关系吧？"}],
  base(LEGIT))
sc(7, "police-lost-wallet", "en", ["legit", "calm"], [
  {"text": "The local police station called to say someone handed in my lost wallet and I can collect it at the station in person. I checked the station's number on the official website and it matches. They didn't ask for anything on the phone.", "expect": dict(mc("en"), **LEGIT)},
  {"text": "Should I just go there tomorrow?", "expect": {"english": True}}],
  base(dict(LEGIT, english=True)))
sc(8, "own-bank-app-code", "en", ["nearmiss", "calm"], [
  {"text": "I typed the SMS code into my bank's own app to log in. Nobody called me, I did it myself. Then I saw the news about codes and got scared.", "expect": dict(mc("en"), **LEGIT)},
  {"text": "So I'm fine?", "expect": {"english": True}}],
  base(dict(LEGIT, english=True)))
sc(9, "money-received", "mixed", ["nearmiss", "calm"], [
  {"text": "我在闲鱼卖了个旧相机，buyer已经在平台上pay了，钱到我账户了", "expect": dict(mc("zh"), **LEGIT)},
  {"text": "他没叫我点什么link，也没加微信，就正常确认收货了"}],
  base(LEGIT))
sc(10, "grandson-verified", "en", ["nearmiss", "calm", "acq"], [
  {"text": "My grandson texted asking for money for a train ticket home. I called him back on his usual number and it was really him, so I sent him 300 yuan.", "expect": dict(mc("en"), **LEGIT)},
  {"text": "Was that OK?", "expect": {"english": True}}],
  base(dict(LEGIT, english=True)))
sc(11, "hypothetical-code", "hant", ["nearmiss", "calm", "hypothetical"], [
  {"text": "如果我已經把驗證碼給別人了要怎麼辦？", "expect": {"urgent": False}},
  {"text": "我還沒給喔，只是想先知道", "expect": LEGIT}],
  base(LEGIT))
# ---- calm: scam call but nothing given (urgent false only)
sc(12, "cac-hung-up", "zh", ["nearmiss", "calm", "cac", "elderly"], [
  {"text": "刚才有个人说是网信办的说我手机号要停用让我报身份证号我没报直接挂了", "expect": dict(mc("zh"), **CALM)},
  {"text": "我什么都没说 这个要紧吗", "expect": CALM}],
  base(dict(CALM, match=["骗|诈|不会"])))
sc(13, "clerk-stopped", "zh", ["nearmiss", "calm", "police"], [
  {"text": "我妈今天差点给一个说是警察的人转钱，银行柜员拦下来了，一分钱都没转出去", "expect": dict(mc("zh"), **CALM)},
  {"text": "现在那个人还在一直打她电话", "expect": CALM},
  {"text": "她什么都没给过他，卡号密码都没说", "expect": CALM}],
  base(CALM))
sc(14, "app-deleted-unopened", "yue", ["nearmiss", "calm", "cs"], [
  {"text": "有個自稱順豐嘅人叫我裝個app，我裝咗但係冇開過就即刻刪咗，乜都冇輸入", "expect": dict(mc("yue"), **CALM)},
  {"text": "我使唔使報警？", "expect": CALM}],
  base(CALM))
# ---- turns into a real loss
sc(15, "cs-then-screen-share", "zh", ["loss", "cs"], [
  {"text": "有个说是淘宝客服的打电话来，说我买的东西有质量问题要给我退款", "expect": dict(mc("zh"), urgent=False)},
  {"text": "他让我下了个会议软件，我已经打开了，还点了共享屏幕", "expect": {"urgent": True}},
  {"text": "现在怎么办", "expect": {"urgent": True}}],
  base({"urgent": True, "match": URG_MATCH}))
sc(16, "immigration-then-passport", "en", ["loss", "gov"], [
  {"text": "A man says he's from the immigration administration and my residence permit has a problem that must be fixed today.", "expect": dict(mc("en"), urgent=False)},
  {"text": "I already sent him a photo of my passport and did a face scan on the video call he asked for.", "expect": {"urgent": True}},
  {"text": "what now?", "expect": {"urgent": True, "english": True}}],
  base({"urgent": True, "english": True, "match": ["110|12367|police|bank|report"]}))
sc(17, "police-then-transfer", "yue", ["loss", "police"], [
  {"text": "有個話係警察嘅人打嚟，話我個戶口涉及洗黑錢，要我配合調查", "expect": dict(mc("yue"), urgent=False)},
  {"text": "我已經照佢講過咗五萬蚊去個安全戶口", "expect": {"urgent": True}}],
  base({"urgent": True, "match": ["999|110|96110|銀行|银行|bank|止付|報警|报警|警"]}))
sc(18, "nhi-then-code", "hant", ["loss", "gov"], [
  {"text": "我阿嬤接到說是健保署的電話，說她的健保卡被冒用，要她配合處理", "expect": dict(mc("hant"), urgent=False)},
  {"text": "她剛剛已經把手機簡訊的驗證碼唸給對方了", "expect": {"urgent": True}},
  {"text": "那現在要先做什麼？", "expect": {"urgent": True}}],
  base({"urgent": True, "match": URG_MATCH}))
sc(19, "hesitate-then-sent", "zh", ["loss", "elderly", "nearmiss"], [
  {"text": "那个人说我的卡涉嫌洗钱要我转钱到安全账户我还没转我在想", "expect": dict(mc("zh"), urgent=False)},
  {"text": "我刚才还是转了转了一万", "expect": {"urgent": True}},
  {"text": "他现在又叫我再转五千", "expect": {"urgent": True}}],
  base({"urgent": True, "match": URG_MATCH}))
sc(20, "verified-bank-then-otp", "mixed", ["loss", "bank", "nearmiss"], [
  {"text": "Bank的人call我说我的card有异常交易，我挂了打卡背后的号码check，真的是bank的fraud team", "expect": dict(mc("zh"), urgent=False, notRisk=["high"])},
  {"text": "但是刚才又有一个人call，说是同一个bank的，我把OTP给他了", "expect": {"urgent": True}}],
  base({"urgent": True, "match": URG_MATCH}))

allowed = {"silent", "risk", "notRisk", "scamType", "urgent", "match", "nomatch", "english", "maxChars", "maxLines"}
for s in S:
    assert 2 <= len(s["turns"]) <= 3
    for e in [s["expect"]] + [t.get("expect", {}) for t in s["turns"]]:
        assert set(e) <= allowed, e
        for p in e.get("match", []) + e.get("nomatch", []): re.compile(p)
    assert sum("maxChars" in t.get("expect", {}) for t in s["turns"]) <= 1
json.dump(S, open("/tmp/round10/conversations.json", "w"), ensure_ascii=False, indent=1)
print(len(S), sum("loss" in s["tags"] for s in S), sum(s["expect"].get("scamType") == [None] for s in S))
