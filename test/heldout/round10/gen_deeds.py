import json
P = {
 "P01":"王阿姨, 70s Shanghai, voice-to-text run-on, no punctuation",
 "P02":"老李, retired, pinyin homophone typos (注消/真信/会义/帐户)",
 "P03":"granddaughter typing for 张奶奶",
 "P04":"陈先生, middle-aged son writing for his father",
 "P05":"小刘, university student",
 "P06":"赵大爷, northeastern dialect (俺/咋整/整)",
 "P07":"周阿姨, Sichuan dialect (啥子/咋个/嘛)",
 "P08":"林女士, office worker, terse formal",
 "P23":"黄婆婆, rural, homophone typos (短心码/电心局/认正)",
 "P09":"Margaret, elderly British expat in Shanghai, polite long sentences",
 "P10":"Raj, Indian student in China, learner English",
 "P11":"Wei Ling, Singaporean, Singlish",
 "P12":"Mr Zhou, Chinglish",
 "P13":"Tom, American teacher in Beijing, casual",
 "P24":"Maria, Filipino domestic helper, learner English",
 "P14":"Kevin, office worker, zh-en code-switching",
 "P15":"Amy, overseas student writing for her parents, zh-en",
 "P16":"老马, half pinyin half hanzi",
 "P25":"Jason, Malaysian Chinese, Manglish + zh",
 "P17":"陳伯, Hong Kong elderly, Cantonese in Traditional",
 "P18":"阿May, young HK woman writing for 媽咪, Cantonese",
 "P19":"黎姐, Guangzhou, Cantonese in Simplified",
 "P20":"grandson typing for 林阿嬤, Taiwan Traditional",
 "P21":"王先生, Taipei, formal Traditional",
 "P22":"小芳, young Taiwanese woman, chatty Traditional",
}
D = []
def add(lang, urg, p, text, why):
    D.append((lang, urg, p, text, why))
T, F = True, False
# ---------- zh TRUE 30
add("zh",T,"P01","刚才那个说是医保局的叫我把卡上的钱先挪到他给的账户里说查完就退回来我去银行柜台转了两万现在电话打不通了","money moved to caller's 'checking' account")
add("zh",T,"P01","我按他说的在手机上点了那个共享屏幕的按钮然后他一直让我打开银行app我都照做了现在还开着呢","screen shared, bank app opened")
add("zh",T,"P01","那个人说是我外孙的同学说外孙出事了在医院我就把退休金打给他了八千块后来打外孙电话他说没这回事","money sent to fake acquaintance")
add("zh",T,"P01","网信办那个领导让我做笔录我把家里地址微信号还有银行卡号都跟他讲了他还把我拉进了一个群","card number given to fake CAC")
add("zh",T,"P01","那个人说是派出所的让我把微信的账号密码给他说要查我的聊天记录我给了现在微信登不上了","account password given")
add("zh",T,"P02","对方说是京东金条客服要帮我注消账户不然影响真信 我就把手机上收到的那个六位数念给他了","code read out (homophones 注消/真信)")
add("zh",T,"P02","他让我下了个叫什么会义的软件 我打开了他说能看到我屏幕 我就按他说的点了转帐","meeting app opened + transfer")
add("zh",T,"P02","昨天那个警官说我卡涉嫌洗钱 让我把存款转到安全帐户自正清白 我转了三笔一共五万六","safe account transfer (自正=自证)")
add("zh",T,"P02","我在那个链接里输了银行卡密码 他说是退快递的赔偿款 结果卡里少了三千八","password typed into link, money gone")
add("zh",T,"P03","我奶奶刚才接了个视频电话 对方穿着警服 奶奶把身份证正反面对着镜头拍了 还按他说的眨眼摇头","ID photo + face scan on video call")
add("zh",T,"P03","帮我奶奶问一下 她上午把银行卡号和卡背面那三个数字都告诉一个说是银行的人了 说是帮她提额度","card number + CVV given")
add("zh",T,"P03","我奶奶说她把存折的密码告诉电话里那个“检察官”了，对方说明天会有人上门取存折","passbook PIN given")
add("zh",T,"P04","我爸刚才说有个“社保局”的人打电话 他把银行卡密码报给对方了 说是要核对养老金发放","PIN given to fake social-security")
add("zh",T,"P04","我父亲被一个打电话来的“理财老师”拉进群 按群里说的在一个app里充了三万 现在提不出来","investment deposit paid")
add("zh",T,"P04","我爸按对方说的把手机屏幕共享了快一个小时 期间还登录了手机银行 现在刚挂","screen shared + bank login")
add("zh",T,"P05","说是学信网的 说我校园贷没注销 我在他们发来的链接里填了身份证号和银行卡还有收到的验证码","ID, card, code typed into link")
add("zh",T,"P05","客服说我开通了百万保障每月扣费 教我在支付宝借了两笔转过去 说是清空额度 借了一万二","borrowed and transferred")
add("zh",T,"P05","刚才有个电话说是游戏平台客服 说我账号交易被冻结 让我先交保证金才能解冻 我已经付了800 他又让我付2000","deposit paid")
add("zh",T,"P06","俺刚才让那人给整懵了 他说是移动公司的 俺就把手机收到的那个码念给他了 咋整啊","code read out to fake carrier")
add("zh",T,"P06","俺老伴儿按电话里那人说的装了个软件 打开以后他能远程弄俺家手机 卡里钱少了一部分","remote app installed and opened")
add("zh",T,"P06","俺家闺女说是老板在微信上让她转钱 她转了四万八 后来打老板电话老板说没这事","family member paid fake boss")
add("zh",T,"P07","那个人说是快递理赔的 我在他发的网页上把支付宝的账号密码都输进去了 咋个办嘛","account login typed into link")
add("zh",T,"P07","我妈听那个电话说她名下的卡被冻结了 就跑到ATM机上按他说的转了一万块钱给他 啥子情况哦","mother transferred at ATM")
add("zh",T,"P07","我刚才把那个人发过来的二维码扫了 付了498 说是征信修复的费用 咋个现在又要钱","paid credit-repair fee")
add("zh",T,"P08","已转。对方自称公安，给了个账户，3万。现在联系不上。","terse: money sent")
add("zh",T,"P08","验证码刚才给出去了，对方说是银行风控，现在才觉得不对。","terse: code given")
add("zh",T,"P08","对方自称抖音客服，我已按要求开了腾讯会议并共享屏幕，还没关。","meeting app + screen share still on")
add("zh",T,"P23","我刚才把手机上来的短心码告诉那个说是电心局的人了 他说不说就停我号","code given (短心码=短信码)")
add("zh",T,"P23","那个人叫我拿身分证对着手机照了一张 又让我照了个脸 说是实名认正","ID photo + face")
add("zh",T,"P23","我那会儿把银行卡上的那串数字跟后头三个小字都报给他了 他说是给我退保险钱","card number + CVV read out")
# ---------- zh FALSE 30
add("zh",F,"P01","今天去交了房租是转给房东本人的房东我认识十几年了这个没问题吧我就是看新闻吓怕了","rent to known landlord")
add("zh",F,"P01","我邻居王老太前天被骗了五万块说是公安局打电话你说这些骗子怎么这么坏我要注意些什么","neighbour's loss")
add("zh",F,"P01","刚才有人打电话说是银行的我说我去柜台问他就挂了我什么都没给他","caller got nothing")
add("zh",F,"P01","那个人叫我共享屏幕我不会弄就没弄成后来我女儿回来说是骗子我就拉黑了","screen share attempted, failed")
add("zh",F,"P01","我儿子用他自己的老微信给我打视频说家里电费该交了我自己在国家电网app上交了两百这个没事吧","own bill paid in official app")
add("zh",F,"P02","我刚才收到银行app里的验证码 是我自己登录手机银行输进去的 没有人打电话给我 这样安全吧","code into own bank app")
add("zh",F,"P02","去年被人骗了两万 已经报警立按了 今天又有人说能帮我追回来 我没理他","old loss reported; recovery offer ignored")
add("zh",F,"P02","那个人让我下载个软件 我下了但是没打开就删掉了 什么也没输 应该没事吧","app installed, deleted unopened")
add("zh",F,"P02","我在医院缴费窗口交了住院押金五千 这个不是骗子吧 我就是确认一下","hospital deposit at counter")
add("zh",F,"P03","我奶奶差点给一个“孙子”转钱 幸好银行柜员拦住了 一分钱没转出去","stopped by clerk")
add("zh",F,"P03","帮奶奶问下 如果她已经把验证码告诉别人了该怎么办 她现在还没给 只是想先知道","hypothetical")
add("zh",F,"P03","我奶奶刚才收到一条短信说退款 她没点链接 直接拿给我看了","SMS not clicked")
add("zh",F,"P04","我爸说他姐姐找他借钱 我打我姑妈原来的手机号确认了 确实是她本人要的 已经转了 这个应该没问题吧","relative verified by call-back")
add("zh",F,"P04","孩子的餐费和校服费我是在学校一直用的那个缴费平台交的 老师在家长群里也通知了 这个没问题吧","school fees via usual platform")
add("zh",F,"P04","我爸的退休金到账了 是社保正常发的 后来又有个电话说要核对 我爸没理直接挂了","money in; caller ignored")
add("zh",F,"P05","闲鱼上卖了个旧耳机 买家已经付款了 钱我收到了 买家又问我要不要走线下 我拒绝了","money received")
add("zh",F,"P05","淘宝退款到账了 是我在淘宝app里自己申请的 没加任何人 这个是真的吧","refund received in-app")
add("zh",F,"P05","室友被骗了三千 说是游戏充值 他已经报警了 我什么都没给过","roommate's loss")
add("zh",F,"P06","俺刚才接了个电话 说是公安局的 要俺报身份证号 俺没报 直接挂了 俺儿子说做得对","refused")
add("zh",F,"P06","俺差点就转了 俺儿子回来一看说是骗子 把俺手机拿过去删了那个人 钱一分没动","stopped by son")
add("zh",F,"P06","俺去年让人骗了一万 早就报过警了 派出所也立案了 今天就是想问问还有没有啥要注意的","old loss reported")
add("zh",F,"P07","我打卡背面那个电话过去问 银行说确实是他们反诈部门找我 提醒我有一笔可疑交易 让我别理陌生人 这个是真的嘛","real bank fraud team verified")
add("zh",F,"P07","我朋友说她被骗了好几万 是做刷单 她已经去派出所报案了 我该咋个劝她嘛","friend's loss")
add("zh",F,"P07","那个人要我的银行卡号 我说我儿子在旁边 他就挂了 我啥子都没说","caller got nothing")
add("zh",F,"P08","问个假设：如果我已经转了钱给骗子，第一步该做什么？目前没有转。","hypothetical")
add("zh",F,"P08","对方要验证码，我没给，挂了。号码是+86开头的。","refused")
add("zh",F,"P08","已经在京东官方app里申请了售后退款，客服是app内的在线客服，没加微信。确认一下是否安全。","in-app refund")
add("zh",F,"P23","我今天在银行柜台给我孙子交学费 柜台的小妹还问了我好多问题 最后是转到学校账户的","school fee at bank counter")
add("zh",F,"P23","电视上说有个老头被骗了十万 我怕死了 我没接过这种电话 你说我该咋防","news story")
add("zh",F,"P23","我把验证码差一点就念出来了 我孙女一把把手机抢过去挂了","almost; stopped by granddaughter")
# ---------- en TRUE 18
add("en",T,"P09","Dear, a man rang saying he was from the Shanghai police and my bank card was used for laundering. I went to the bank this morning and sent 40,000 yuan to the 'safe account' he gave me. Now he doesn't answer.","safe account transfer")
add("en",T,"P09","I'm afraid I read him the six digit number that came by text message. He said it was to stop my number being cut off. Was that wrong?","code read out")
add("en",T,"P09","The lady on the phone had me download something called ZOOM and press share screen, and I did, and she watched while I opened my banking app.","screen shared + bank app")
add("en",T,"P10","sir one person call me he say from immigration, my visa have problem, i send him my passport photo and also one selfie video, he say for verify","ID photo + face video")
add("en",T,"P10","he is telling me pay deposit for the customs parcel, i already pay 3500 rmb by alipay to his account, now he ask more","money paid")
add("en",T,"P10","i am give him my bank card number and the cvv back side because he say refund from airline for my cancel flight","card + CVV")
add("en",T,"P11","Wah lao just now the guy say he from DBS fraud team, I give him the OTP already lah. Then he hang up. How now","OTP given")
add("en",T,"P11","My mum already transfer $5k to the 'police officer' lah, he say her account got money laundering. Aiyo what to do","mother transferred")
add("en",T,"P11","I key in my Singpass login and password into the link the caller send, he say must update, now I cannot login","login typed into link")
add("en",T,"P12","The people call me say he is the customer service of Taobao, let me open the meeting software and share my screen, I am already open it, now he is still watching","meeting app + screen share")
add("en",T,"P12","I have already told him my bank password because he say my card is abnormal need to check, it is very urgent","password given")
add("en",T,"P12","My father is give the verification code to a man say he is China Telecom, now his WeChat is logout","father gave code")
add("en",T,"P13","ok so I kinda messed up. guy claiming to be Beijing PSB got me on a video call, I showed my passport on camera and then wired him 20k to 'prove my innocence'","ID shown + money wired")
add("en",T,"P13","so a 'bank agent' walked me through installing AnyDesk, I opened it and gave him the code on the screen. he's been moving stuff around on my phone","remote app opened")
add("en",T,"P13","sent 2,000 USDT to a 'mentor' who cold-called me about an investment group, withdrawals are 'stuck' and now they want a fee. pretty sure I'm screwed","investment money sent")
add("en",T,"P24","Madam's phone, a man call say he is from her bank, I read him the numbers on madam card front and back because he say card will be block. Madam not home yet","speaks for employer: card + CVV")
add("en",T,"P24","I already send 2000 rmb to my cousin new number, he call crying said emergency hospital, but now my real cousin say he is fine","money to fake relative")
add("en",T,"P24","the caller say I win prize from shopee, I pay the tax fee 600 already using gcash then he ask more","prize fee paid")
# ---------- en FALSE 17
add("en",F,"P09","A gentleman rang claiming to be from the tax office and asked for my bank card number. I told him I'd ring the tax office myself and he hung up. I gave him nothing at all.","caller got nothing")
add("en",F,"P09","My neighbour across the hall lost all her savings to a 'police' caller last week. Dreadful. What should I tell her to do?","neighbour's loss")
add("en",F,"P09","I paid my cleaning lady her monthly wages by WeChat as usual. Just making sure that's all right, I'm so jumpy lately.","wages to known person")
add("en",F,"P10","what if i already send money to scammer, what i must do first? i not send yet, only asking for knowledge","hypothetical")
add("en",F,"P10","one man ask me install app for 'visa check', i install but i never open it, then i delete. i not type anything","app deleted unopened")
add("en",F,"P10","my friend he get scam 5000 rmb last year, he already report to police station, now he is ok. i just want learn","friend's old reported loss")
add("en",F,"P11","Eh the caller say he from bank but I call the number behind my card, the bank say really got suspicious transaction, they block already for me. So is legit right?","real bank fraud team verified")
add("en",F,"P11","Almost transfer to the 'CID officer' sia, then the bank teller stop me and call police. Never send anything. Phew","stopped by clerk")
add("en",F,"P11","Buyer on Carousell already paid me, money in my account already, then he ask me click link to 'receive'. I never click lah","money received; link not clicked")
add("en",F,"P12","I type the verification code into my bank own app by myself to login, no people call me. It is safe?","code into own bank app")
add("en",F,"P12","My son school fee I pay on the school app which we always use, teacher also tell in the group. no problem?","school fee usual app")
add("en",F,"P13","got a call from my 'nephew' asking for cash. called him back on his usual number, it was really him, sent him 500. that's fine right?","relative verified by call-back")
add("en",F,"P13","the refund from Ctrip for my cancelled flight just landed in my account, did it all inside the app. someone then called offering to 'speed it up', I hung up","refund in; caller refused")
add("en",F,"P13","hypothetically if someone shared their screen with a scammer what should they do? asking for my dad, he didn't do it, he hung up","hypothetical")
add("en",F,"P24","Someone call say he is police, ask madam ID number, I say wait for madam, he hang up. I did not give anything","caller got nothing")
add("en",F,"P24","My friend Joy she lose money to a fake recruiter, she already go to police. I never talk to that person","friend's loss")
add("en",F,"P24","I send my salary to my family in Philippines using remittance center like always. Is okay?","ordinary remittance")
# ---------- mixed TRUE 12
add("mixed",T,"P14","刚才那个自称PayPal customer service的人让我download了一个app，我打开了，他说要remote帮我退款，现在他在控制我手机","remote app opened")
add("mixed",T,"P14","我已经把OTP给那个说是bank的人了，他说account有异常要verify一下，现在才反应过来","OTP given")
add("mixed",T,"P14","对方说是我boss，WeChat上新加的，打电话声音也像，让我先转50k给一个client，我已经transfer了","money to fake boss")
add("mixed",T,"P15","My mum刚刚接到一个'公安'的video call，她已经把身份证拍给对方了，还按他的要求scan了脸","ID + face scan")
add("mixed",T,"P15","帮我妈问一下，她把银行card number和背后的CVV都告诉了一个说是credit card center的人","card + CVV")
add("mixed",T,"P15","My dad 被一个打电话来的'老师'拉进investment群，已经转了十万块了，现在withdraw不了","investment money")
add("mixed",T,"P16","wo gang cai ba yanzhengma gaosu na ge ren le 他说是yidong的 要停我号","code given (pinyin)")
add("mixed",T,"P16","ta rang wo zhuan qian dao anquan zhanghu 我转了 liang wan kuai","safe account (pinyin)")
add("mixed",T,"P16","我把mima告诉他了 ta shuo shi yinhang kefu","password given (pinyin)")
add("mixed",T,"P25","Just now the guy call say 他是LHDN的, my tax got problem, 我已经pay了RM3000 去他的account liao","money paid")
add("mixed",T,"P25","那个caller叫我download一个apk说是Pos Laju的, 我install了也开了, 然后我的bank account少了钱","apk opened, money gone")
add("mixed",T,"P25","我有share screen给那个说是Shopee客服的人，他叫我开bank app，我开了 leh","screen share + bank app")
# ---------- mixed FALSE 13
add("mixed",F,"P14","我刚在官方的银行app里自己输了OTP去login，没有人call我，应该OK吧","OTP into own app")
add("mixed",F,"P14","那个说是DHL的人叫我install一个app，我download了但是没open就delete了，什么都没输","app deleted unopened")
add("mixed",F,"P14","同事昨天被scam了两万，他已经报警了，我想问问怎么提醒team里其他人","colleague's loss")
add("mixed",F,"P15","我妈的rent是transfer给房东的，房东是熟人，每个月都这样，这个没问题吧","rent")
add("mixed",F,"P15","我妈差点被骗，银行的counter staff拦下来了，money一分没转出去","stopped by clerk")
add("mixed",F,"P15","如果我妈已经把verification code告诉别人了该怎么办？她还没有，just asking","hypothetical")
add("mixed",F,"P16","youren dadianhua 说是gong'an ju 要我shenfenzheng hao, wo mei gei, 直接gua le","refused (pinyin)")
add("mixed",F,"P16","wo erzi de xuefei 是在学校的app上交的 一直用的那个 meiwenti ba","school fee (pinyin)")
add("mixed",F,"P16","tuikuan daozhang le 是在taobao app里面申请的 没有加别人","refund in-app (pinyin)")
add("mixed",F,"P25","Bank 的人call我说有suspicious transaction, 我挂了然后打卡背后的号码check, 真的是bank的fraud team, 这样OK吗","real bank fraud team verified")
add("mixed",F,"P25","我Carousell卖东西, buyer已经pay了, 钱进了我的account, 这个是正常的吧","money received")
add("mixed",F,"P25","The caller 要我给OTP, 我说我儿子在旁边 he hang up liao, 我没给什么","caller got nothing")
add("mixed",F,"P25","去年被骗的那笔钱已经report police了，今天有人说可以help我recover，我没理他","old loss; recovery ignored")
# ---------- yue TRUE 10
add("yue",T,"P17","頭先有個自稱入境處嘅人打嚟 話我張身份證俾人冒用 我同佢講咗身份證號碼 仲影咗張相send咗俾佢","ID number + photo")
add("yue",T,"P17","我按佢講 去銀行過咗三萬蚊去個咩安全戶口 而家打唔通佢電話","safe account transfer")
add("yue",T,"P17","佢叫我裝咗個app 我開咗 佢話可以幫我睇住個戶口 跟住我個手機自己郁嚟郁去","remote app opened")
add("yue",T,"P18","我媽咪頭先將手機收到嗰個六位數字讀咗俾個話係銀行職員嘅人聽 點算好","mother read code")
add("yue",T,"P18","我阿媽以為係我細佬打嚟 話出咗事要錢 佢已經過咗兩萬去對方戶口 後尾搵到我細佬 佢話冇呢回事","fake relative paid")
add("yue",T,"P18","我自己撳咗個人send嚟嘅link 入咗網上銀行嘅登入名同密碼 個人話係順豐退款 而家戶口少咗錢","login typed into link")
add("yue",T,"P18","我分享咗螢幕俾個自稱淘寶客服嘅人 佢仲叫我開埋支付寶 我開咗 而家先覺得唔妥","screen share")
add("yue",T,"P19","头先有个人话系公安 叫我将存款转去佢嘅账户证明清白 我已经转咗五万","safe account")
add("yue",T,"P19","佢话我医保卡有问题 我将张银行卡嘅号码同埋后面三个数都讲咗俾佢听","card + CVV")
add("yue",T,"P19","我已经喺个视频通话度对住镜头摇头眨眼 佢话系做人脸认证 仲影咗身份证俾佢","face scan + ID")
# ---------- yue FALSE 10
add("yue",F,"P17","有個人話係警察打嚟 問我身份證號碼 我話我去差館先講 佢即刻收線 我乜都冇講","caller got nothing")
add("yue",F,"P17","隔離屋嘅陳太前日俾人呃咗十萬 佢已經報咗警 我想知點樣提醒佢以後小心","neighbour's loss")
add("yue",F,"P17","我今日喺銀行櫃位交咗差餉 係俾政府嘅 冇問題嘛","rates paid at counter")
add("yue",F,"P18","如果我媽咪已經過咗錢俾騙徒 應該點做先？佢未過 我淨係想預早知","hypothetical")
add("yue",F,"P18","我媽咪差啲就過數 好彩銀行職員截住佢 一蚊都冇過到","stopped by clerk")
add("yue",F,"P18","我喺Carousell賣嘢 買家已經俾咗錢 錢入咗我戶口 冇問題吖嘛","money received")
add("yue",F,"P18","我自己開銀行app登入 收到驗證碼就自己入咗落app度 冇人打俾我 咁安全嘛","code into own app")
add("yue",F,"P19","有个人叫我装个app 我装咗但系冇打开过就删咗 乜都冇输入","app deleted unopened")
add("yue",F,"P19","银行话有可疑交易 我收线之后打卡背面个号码返去问 真系银行嘅反诈部 咁系咪冇问题","real bank verified")
add("yue",F,"P19","我个仔话学校要交书簿费 我系喺学校平时用开嘅缴费系统交嘅 老师都有喺群度讲","school fee usual system")
# ---------- hant TRUE 10
add("hant",T,"P20","我阿嬤剛剛接到說是健保署的電話 說她健保卡被盜用 她已經照對方說的去ATM轉了五萬塊","grandmother transferred")
add("hant",T,"P20","阿嬤把存摺的密碼跟那個自稱檢察官的人講了 對方說等一下會派人來拿","passbook PIN")
add("hant",T,"P20","我阿嬤照電話裡的人說的 把手機收到的簡訊驗證碼唸給他聽了","code read out")
add("hant",T,"P20","阿嬤以為是我打電話給她說出車禍 她已經匯了八萬到對方給的帳戶 可是我根本沒打","fake grandson paid")
add("hant",T,"P21","剛剛那位自稱中華電信的人要我下載一個App，我已經安裝並打開，他說可以遠端幫我處理，現在手機自己在動","remote app opened")
add("hant",T,"P21","我在對方傳來的連結裡輸入了網路銀行的帳號和密碼，他說是蝦皮退款，現在戶頭少了兩萬多","login typed into link")
add("hant",T,"P21","對方打來說是我的主管，用新的LINE帳號，叫我先幫忙匯十萬給廠商，我已經匯出去了","fake boss paid")
add("hant",T,"P22","欸我剛剛把信用卡卡號跟背面的三碼都給了一個說是客服的人 說要取消分期付款 嗚嗚","card + CVV")
add("hant",T,"P22","我剛剛開了視訊還分享螢幕給一個說是銀行專員的人 還當著他的面登入網銀 現在才覺得怪怪的","screen share + bank login")
add("hant",T,"P22","我剛剛拿身分證正反面拍照傳給一個說是刑警的人 還錄了一段臉部的影片","ID photo + face video")
# ---------- hant FALSE 10
add("hant",F,"P20","阿嬤的鄰居上禮拜被騙了三十萬 已經去派出所報案了 阿嬤很緊張 我們該怎麼提醒她","neighbour's loss")
add("hant",F,"P20","阿嬤差點去匯款 還好郵局的行員覺得不對勁 叫了警察 錢都沒有匯出去","stopped by clerk")
add("hant",F,"P20","阿嬤去年被騙的錢已經報案了 最近有人打來說可以幫忙追回 要先付手續費 我們沒理他","old loss; recovery ignored")
add("hant",F,"P21","有人打來說是銀行 我掛掉後打信用卡背面的客服電話確認 銀行說確實是他們的防詐專員打的 提醒我有一筆可疑刷卡 這樣應該沒問題吧","real bank verified")
add("hant",F,"P21","對方要我下載一個App 我下載了但沒有打開就刪掉了 什麼資料都沒輸入","app deleted unopened")
add("hant",F,"P21","我自己在銀行的官方App裡面輸入簡訊驗證碼登入 沒有任何人打電話給我 這樣安全嗎","code into own app")
add("hant",F,"P22","我在蝦皮賣東西 買家已經付款 錢也入帳了 買家說要我加LINE 我沒加","money received")
add("hant",F,"P22","如果我已經把驗證碼給別人了要怎麼辦？我還沒給喔 只是先問問","hypothetical")
add("hant",F,"P22","我繳房租是轉給房東本人 每個月都一樣 房東也有收到 這樣沒事吧","rent")
add("hant",F,"P22","室友昨天被假客服騙了 她已經報警了 我什麼都沒給過別人","roommate's loss")

out = []
cnt = {}
from collections import Counter
for lang, urg, p, text, why in D:
    cnt[lang] = cnt.get(lang, 0) + 1
    out.append({"id": f"r10-deed-{lang}-{cnt[lang]:03d}", "text": text, "lang": lang, "urgent": urg,
                "note": f"{p} {P[p]}; {'TRUE' if urg else 'FALSE'}: {why}"})
json.dump(out, open("/tmp/round10/deeds.json", "w"), ensure_ascii=False, indent=1)
c = Counter((d[0], d[1]) for d in D)
print(len(D), sum(d[1] for d in D), dict(c))
pp = Counter((d[2], d[1]) for d in D)
print(len(set(d[2] for d in D)), [p for p in P if pp[(p,True)]==0 or pp[(p,False)]==0])
print(len(set(d[3] for d in D)))
