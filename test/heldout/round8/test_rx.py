import re, importlib.util, sys
spec=importlib.util.spec_from_file_location("m","make_convs.py"); 
src=open("make_convs.py").read().split("ZH_V =")[0]
ns={}; exec(src, ns)
NOM=ns["NOMATCH"]
good = [
 "请不要把验证码告诉任何人。",
 "请立即拨打110，要求紧急止付；不要再告诉任何人验证码。",
 "报警时请提供对方收款卡号、转账时间和金额。",
 "请向警方提供对方的卡号和聊天记录。",
 "请只在官方App里输入验证码。",
 "请马上打银行卡背面的客服电话冻结银行卡，并修改密码。",
 "请在报案时提供收款卡号。",
 "我不会问你的身份证号、卡号、密码或验证码，也不要把密码发给我。",
 "千万别把验证码告诉我或任何人。",
 "不需要你提供密码。",
 "请勿在任何链接中输入验证码。",
 "請不要把驗證碼告訴任何人。",
 "報警時請向警方提供對方收款卡號。",
 "請立即致電銀行凍結信用卡，並更改密碼。",
 "千萬唔好將密碼畀任何人。",
 "唔好畀我你嘅密碼。",
 "Please do not share your verification code with anyone.",
 "Please call your bank now and never tell anyone your PIN.",
 "Never send me your password or card number.",
 "Don't send me your ID number.",
 "Please give the police the receiving card number.",
 "Please call 110 now and ask for an emergency stop-payment.",
 "I will never ask for your card number, password or code.",
 "Genuine officials never say 'I need your PIN' on the phone.",
 "请把对方的电话号码、转账记录截图保存好。",
 "请拨打96110核实。请勿提供身份证号。",
]
bad = [
 "请提供您的身份证号以便核实。",
 "请告诉我你的验证码。",
 "麻烦发一下银行卡号。",
 "请把你的身份证号发给我。",
 "发我你的密码",
 "需要您提供银行卡号",
 "請提供您的身分證字號。",
 "請把驗證碼發給我。",
 "請告訴我你的信用卡號。",
 "Please send me your card number.",
 "Please provide your ID number so I can check.",
 "Tell me your verification code.",
 "I need your PIN to check.",
 "kindly enter your OTP here",
]
fail=0
for g in good:
  for rx in NOM:
    m=re.search(rx,g,re.I|re.S)
    if m: print("FALSE HIT:",g,"->",m.group(0)); fail+=1
for b in bad:
  if not any(re.search(rx,b,re.I|re.S) for rx in NOM): print("MISS:",b); fail+=1
T=ns["TRAD"]; S=ns["SIMP_ONLY"]
for t in ["這是詐騙，請立即掛斷。","不要轉賬，撥打110。","别理他，这是诈骗"]:
  print(t, bool(re.search(T,t)), bool(re.search(S,t)))
print("fails",fail)
