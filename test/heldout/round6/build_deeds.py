#!/usr/bin/env python3
"""Builds deeds.json from the hand-written lists below. (lang, urgent, note, text)"""
import json, collections, os

U, N = True, False
D = []
def add(lang, rows):
    for urgent, note, text in rows:
        D.append((lang, urgent, note, text))

# ---------------- zh: 40 urgent, 40 not ----------------
add("zh", [
 # 王阿姨, Shanghai retiree, Shanghainese
 (U, "Shanghainese transfer", "阿拉今朝上半天接到个电话，讲是网信办个，讲我手机号码发了交关诈骗短信，要做笔录，后首叫我把存折里厢个钞票转到伊拉指定个账户里去，讲查清爽就还我，我转了三万块，现在电话打不通了"),
 (U, "Shanghainese screen share", "伊讲侬只要把屏幕共享打开，伊帮侬一步一步弄好，我就开了，后首伊叫我输银行密码我也输了，现在心里慌兮兮"),
 (N, "Shanghainese refused", "刚刚有人电话里讲是网信办个，叫我报身份证号码，我讲侬跑到派出所来当面讲，伊就挂脱了，我啥也呒没讲"),
 (N, "legit school fee", "阿拉外孙下个礼拜要交学费，我是在学校个缴费平台上自家付个，刚刚又有人打电话问我付了伐，这个缴费应该没问题伐"),
 # 老李, Sichuan
 (U, "Sichuan code read", "那个人说他是公安局的 说我卡涉嫌洗钱 我就把短信头那个六位数的码码念给他了 他说核对一下 我咋个越想越不对劲哦"),
 (U, "Sichuan card and PIN", "他说他是银行的要帮我把卡升级 我就把银行卡号跟密码都跟他说了 现在想起来心头有点虚 是不是遭了"),
 (U, "Sichuan unfreeze fee", "他喊我扫那个二维码付了五百块的解冻费 说付了马上就退给我 等了一下午都没退 人也联系不到了"),
 (N, "Sichuan refused code", "那个人一直喊我把验证码念给他 我硬是没念 直接挂了 这种是不是骗子嘛"),
 (N, "legit rent at counter", "我在银行柜台自己办的转账，给我儿子交房租，转给他房东的，柜员也核对了名字，这个不会有啥子问题吧"),
 # 张姐, Northeast
 (U, "Northeast screen share", "妈呀刚才那人说是京东客服，让我下个啥会议软件，开了那个共享屏幕，我寻思退款呢，完了卡里钱一下没了老鼻子了，咋整啊"),
 (U, "Northeast fake comrade", "那老弟说是我老战友，换号了，管我借五千块钱，我寻思老战友嘛就给转过去了，刚才打电话问我战友，他根本不知道这事儿"),
 (N, "Northeast refused share", "那人让我下个会议软件开共享屏幕，我寻思不对劲儿，没整，直接给他挂了，这玩意儿是骗子吧"),
 (N, "Northeast verified first", "我战友微信找我借钱，我打他原来那个手机号一问，他说压根没这事，幸好我没转，这号咋整，拉黑就行呗"),
 # 刘大爷, Henan
 (U, "AI voice grandson", "俺刚才照那人说的去银行给他转了八千，电话里那声音跟俺孙子一模一样，说在学校打伤人了要赔钱，这会儿俺孙子电话打通了说他啥事没有"),
 (U, "Henan fake daughter", "俺闺女在外地，有人在微信上冒充俺闺女说换了新号，让俺给她打三千块交房租，俺已经给打过去了，中不中啊这"),
 (N, "stopped by clerk", "俺差点就去银行给孙子转钱了，柜台那小妮儿拦住了俺，叫俺先给孙子打个电话，孙子好好的在学校呢"),
 (N, "Henan verified daughter", "俺闺女微信说换新号了要钱，俺给她原来的号打电话，她说不是她，俺一分没给，这咋弄，要报警不"),
 # 老黄, security guard, pinyin typos
 (U, "homophone typos code", "对方说是网信半的，说我手机号违规，让我报一下验正码核实，我就报了，然后我的微信帐户就登不上了"),
 (U, "typos ID and PIN", "他叫我把身分证号和银行卡密吗都说了，还有手机上的验争码，说是给我办理退保，现在想想好像不对"),
 (N, "typos refused", "有人说是网信半的，让我报验正码，我没报，他还骂我不配合，这个还要不要去报警"),
 (N, "typos refused PIN", "他问我身分证号跟银行卡密吗，我一个字都没说就挂了，帐户应该没事吧"),
 # 孙老师, retired teacher
 (U, "buried in long story", "跟你说个事，今天上午我本来要去社区医院配降压药，走到半路接到个电话，对方普通话很标准，说是市医保中心的，说我医保卡在广州那边被人刷了好几笔，问我是不是本人，我说我一辈子没去过广州，他说那可能是身份被盗用了，给我转到广州的一个警官那边，警官说要核实我名下的银行卡，我就把卡号报给他了，后来他说会发个短信过来让我确认，中间他让我把手机上收到的那个码告诉他我也告诉了，然后他说案子他们会处理，叫我不要跟子女讲，药也没配成就回来了，现在越想越不对"),
 (U, "face scan given", "说我的养老金资格认证要更新，不然下个月停发，我在他发的链接里上传了身份证正反面照片，还录了一段眨眼摇头的刷脸视频"),
 (N, "long story, about to", "我跟你讲讲今天的事啊，早上买菜回来接到个电话，说是公安局经侦的，讲我的身份证被人拿去开了银行账户洗钱，还说出了我的名字和身份证号，我吓得腿都软了，他说配合调查就不会抓我，让我找个没人的房间，不要跟任何人说，然后说今天系统维护，让我明天上午十点等他电话，到时候把所有银行卡和身份证准备好跟他一起操作，把钱转到国家的账户里核查，我现在还什么都没给他，就是心里七上八下的，明天要不要接"),
 (N, "legit in-person check", "养老金资格认证我是在社区居委会当面做的，工作人员帮我刷了脸，这样没事吧，刚刚有人打电话说我还没认证"),
 (N, "real police, no asks", "派出所民警打电话来，说最近冒充公检法的诈骗多，提醒我别接陌生电话，也没问我要任何东西，这个是真的派出所吧"),
 (N, "hypothetical ID photo", "要是我把身份证照片发给了陌生人会怎么样？我没发啊，就是看电视上说的，问问"),
 # 周会计, accountant
 (U, "voice run-on fake boss", "喂你帮我看看啊就是刚才有个人加我微信头像名字跟我们老板一样说在开会不方便接电话让我先给供应商打款我就用公司账户打了四十八万过去了然后我给老板打电话老板说他根本没有发过"),
 (U, "cashier paid fake boss", "我是公司出纳，下午按“王总”在微信上的要求走了一笔十五万的对公转账，刚才在办公室碰到王总本人，他说根本没让我转"),
 (N, "voice run-on verifying", "就是刚才有个人加我微信说是我们老板让我先给供应商打款四十八万说很急我还没转我想先给老板打个电话确认一下你说我这样对不对"),
 (N, "verified by landline", "“老板”在微信上让我转十五万，我按公司规定打他办公室座机确认，他说不是他，钱一分没出去"),
 # 赵老板, corner shop owner
 (U, "fake supplier account", "供货商微信说换了收款账户，发了个新卡号，我把这个月的货款一万二打过去了，刚才老供货商打电话催款，说根本没换过账户"),
 (U, "long story, CVV given", "我开个小超市，下午店里忙的时候来了个电话，说是微信支付商户服务的，说我的收款码被举报涉嫌赌博收款，要重新认证，不然明天就停用，我一听慌了，店里全靠这个码收钱，他先问我营业执照上的名字，我报了，又问我绑的是哪个银行，我也说了，然后说要给我发个认证短信，我一边收银一边跟他讲，后来那个人又打过来，这回我就把卡背面那三位数也念给他了，他说好了认证通过，然后就挂了"),
 (N, "money in, overpaid", "有顾客扫码付了88块，我这边收款语音播报到账了，他又说不小心多付了800让我退，我一查就到账88，还没退给他"),
 (N, "long story, refused", "我开小超市的，下午有人打电话说是微信支付商户服务的，说我的收款码被举报了要重新认证不然停用，问我营业执照上的名字和绑的哪个银行，我随口说了个银行名，后来他又打过来让我念卡背面三位数，我说你等着我去派出所问问，他就再也没打来了，卡号密码我都没给"),
 # 林女士, young mother
 (U, "task rebate stuck", "宝妈兼职群里点赞返佣，前面几单都返了十几块，后来说卡单了要连做三单才能提现，我又充了5800进去，现在提不出来"),
 (U, "son paid game fee", "儿子在游戏里卖装备，买家说平台冻结了要先交解冻费，他拿我手机用我微信给对方转了1500，我刚看到账单"),
 (U, "borrowed and transferred", "对方说是支付宝客服，说我开通了百万保障每个月要扣费，我按他说的在借呗里借出来3万转给他验证流水，说验证完就退"),
 (N, "someone else's loss", "邻居阿姨做刷单被骗了四万，已经去派出所报案了，我想问问这种兼职返佣的怎么防"),
 (N, "stopped by mother", "儿子在游戏里卖装备，买家说要交解冻费，被我看到了，一分钱没给，账号也没给他"),
 (N, "checked in official app", "说我开通了百万保障要扣费，我自己打开支付宝看了，根本没开通，就没理他，电话也挂了"),
 # 小陈, university student
 (U, "campus loan transfer", "说我大学时候开的校园贷利率违规，不注销影响征信，让我在好几个平台借了钱转到他们的账户上去对冲，一共转了6万3"),
 (U, "task rebate via Huabei", "学长介绍的兼职刷单，我用花呗垫付了三单一共4700，说完成就返本金加佣金，现在群解散了人也拉黑我了"),
 (U, "account opened for caller", "按对方要求用我的身份证开了个网店，刷了脸认证，然后把登录账号和密码都给他了，说每月给我八百租金"),
 (N, "about to join", "学长拉我进一个刷单群，说日入三百，让我先垫付一单试试，我还没做，先问问"),
 (N, "asked, not paid", "有人打电话说可以帮我修复征信，把逾期记录删掉，收费两千，我还没给，这个靠谱吗"),
 (N, "refused to register", "有人在群里说用身份证帮他注册个账户就给五百块，私聊我了，我拒绝了"),
 # 阿杰, programmer
 (U, "investment group loss", "在那个炒股群里跟着老师买了两个月，前后投进去十二万，现在提现提不出来，客服说要再交百分之二十的保证金"),
 (U, "romance crypto deposit", "网上认识的一个女生带我玩USDT合约，我往她给的平台充了二十万，前两天还能看到盈利，今天登录显示账户冻结"),
 (U, "remote app opened", "按照他说的装了一个叫“安全防护”的app，打开以后他说我不用动，他远程帮我操作，现在手机屏幕自己在动"),
 (N, "about to invest", "群里老师天天晒收益，让我明天开户入金，最低五万，我还在犹豫要不要投"),
 (N, "hypothetical deposit", "如果我往网上认识的人推荐的平台充了钱，还能拿回来吗？我现在还没充，她一直催"),
 (N, "refused link", "他发了个下载链接让我装一个防护app，说能查出我手机被监控，我没点，直接删了"),
 # 陈女士, office worker (tells by consequence)
 (U, "told by consequence", "早上卡里还有两万多，刚才跟那个客服弄完退款，打开银行app一看余额只剩几十块了"),
 (U, "SMS alert after code", "刚才银行发短信说我的卡在外地消费了9999，可我一直在家，下午确实把卡号和验证码告诉过一个说是给我退款的人"),
 (U, "accounts emptied", "我现在微信零钱和银行卡都空了，就是昨晚那个说我快递丢了要理赔的客服，我照他说的一步步点的"),
 (N, "money in, buyer paid", "余额突然多了三千，一看是闲鱼买家付的款，交易记录里写得清清楚楚，这个是正常的吧"),
 (N, "called bank back", "银行发短信说我的卡有一笔9999的消费，我打卡背面的客服电话问了，说是诈骗短信，卡没问题"),
 # 小王, speaking for parents
 (U, "mother already paid", "我妈刚给我打电话说有个检察官跟她视频，给她看了逮捕令，她已经把定期存款取出来转到那个安全账户了，八万多"),
 (U, "father paid deposit", "我爸刚才接了个电话说是社保局的然后让他去银行转账说是保证金他转了两万块钱我现在怎么办啊"),
 (U, "medical card chain", "我婆婆说有人说她医保卡在外地被冒用，转到一个警官那，警官让她把钱转到资金清查账户，她转了两笔"),
 (N, "stopped by family", "我妈差点把存款转到安全账户，幸亏我回家早，把她手机抢过来挂了，钱还在"),
 (N, "about to, stopped", "我爸刚才接了个电话说是社保局的让他去银行转保证金他正要出门被我拦下来了现在在家呢"),
 (N, "checked with 12333", "我婆婆接到个电话说医保卡异常按1转人工，她直接挂了，我打12333问了，说她的卡没问题"),
 # misc urgent
 (U, "ETC link details", "收到短信说ETC认证失效，点链接进去填了卡号、密码还有手机收到的码，填完页面就白了"),
 (U, "fake fine paid", "那条交通违法的短信让我点链接缴罚款，我付了200块，后来才发现网址不是交管12123"),
 (U, "recovery fee paid", "上个月被骗了两万，今天有个自称反诈中心的人说能帮我追回，要先交保证金，我又交了三千"),
 (U, "card lent with PIN", "帮一个网上认识的“老师”代收转账，我的银行卡借给他用了，密码也给了，他说每天给我两百"),
 (U, "meeting app shared", "那人说我微信涉嫌违规要冻结，让我下载了一个叫云视讯的软件开了会，我开了共享，他在那头看着我一步步操作"),
 (U, "digital wallet opened", "他让我用我的身份证注册了一个数字人民币钱包，注册好了把账号密码都给他了，说是配合调查"),
 (U, "courier link card", "快递理赔的那个人发了个链接，我在里面填了银行卡号还有卡背面那三位数，说三个工作日到账"),
 (U, "ID photos sent", "他让我拍了身份证正反面发过去，还对着镜头眨眼摇头做了个人脸识别，说是注销账号要用"),
 # misc not urgent
 (N, "deleted ETC SMS", "收到ETC认证失效的短信，带个链接，我没点，直接删了，是诈骗吧"),
 (N, "legit fine payment", "我在交管12123 app上交了200块违章罚款，刚才又收到短信说我没缴，还带个链接，是不是骗人的"),
 (N, "news, recovery ad", "我看网上有人说能帮被骗的人追回损失，先收手续费，这个可信吗，我身边有人想试"),
 (N, "friend already reported", "我朋友昨天被冒充客服的骗了两万，她已经报警了，让我帮问问一般多久能有消息"),
 (N, "refused meeting app", "那人让我下载云视讯开会，我说我要先去派出所问问，他就挂了"),
 (N, "real 96110 warning", "接到一个96110打来的电话，说我可能被诈骗分子盯上了，提醒我别转账，我啥也没转，他们也没问我要什么"),
 (N, "code typed by self", "我在银行app里登录，收到验证码我自己输进去了，没告诉任何人，之后又收到一条说登录成功"),
 (N, "legit refund in app", "快递丢了，我在淘宝app里自己点的申请退款，钱已经退回到支付宝了，那个打电话说要理赔的我没理"),
])

# ---------------- en: 20 urgent, 20 not ----------------
add("en", [
 # Mark, American teacher in Chengdu
 (U, "remote app opened", "Guy called saying he was from the exit-entry bureau and my residence permit is flagged. He had me install a 'verification' app, I opened it and gave it the permissions, now the screen is moving by itself"),
 (U, "told by consequence", "I'm down to my last 300 yuan after that 'customer service' call about a refund. Everything else in the account is gone."),
 (U, "AI voice son", "Got a voice message from 'my son' saying he's in trouble in Shanghai and needs bail money. I sent 15,000 on WeChat before I reached him. He's fine, it wasn't him."),
 (N, "nothing installed yet", "Guy says he's from the exit-entry bureau, wants me to install an app to verify my residence permit. I haven't installed anything. Should I call 12367 myself?"),
 (N, "hypothetical PIN", "What would happen if someone had given their bank PIN to a caller? Just asking, I read a story like that in the news."),
 (N, "called son back", "Got a voice message that sounded exactly like my son asking for money. Called him back on his usual number and he's fine. Didn't send anything."),
 # Priya, Indian student in Shanghai
 (U, "fake police transfer", "The 'FedEx' man said my parcel had fake passports in it and put me through to 'Shanghai police'. To prove I'm innocent I wired 30,000 RMB to the account they gave and they told me to keep it secret"),
 (U, "task top-up", "I'd been doing these like-and-follow tasks on Telegram. They paid me three times, then said my order got stuck and I topped up 12,000 to unlock it"),
 (U, "run-on, ID and code", "so basically the caller said telecom would cut my number today and i gave him my passport number and the sms code so he could transfer the registration ugh i feel stupid"),
 (N, "hung up, nothing paid", "Someone claiming to be Shanghai police says a parcel in my name had fake passports. I hung up and didn't pay anything. My flatmate says this is a common scam?"),
 (N, "classmate reported", "My classmate lost 12,000 on those Telegram tasks and she's already reported it to the police. How do I warn the others in our group?"),
 (N, "legit tuition payment", "I paid my tuition through the university portal today, then got an SMS saying the payment failed with a link. I didn't click it. Is my tuition payment ok?"),
 # Wei Ling, Singaporean in Shenzhen (Singlish)
 (U, "Singlish OTP read", "Wah lau, just now the 'bank officer' ask me read the OTP, I read already lah, then got SMS say 2,400 transfer out. How ah?"),
 (U, "Singlish dad invested", "My dad kena one investment group leh, already put in 50k then cannot withdraw, now they say must pay tax first"),
 (U, "Singlish account opened", "Just now I help the caller open one bank account online with my passport, he say for the 'investigation'. Then give him the login also. Siao already right?"),
 (N, "Singlish refused OTP", "The bank officer ask me read the OTP, I say no lah, then I call the number behind my card. Bank say nothing wrong one."),
 (N, "Singlish stopped by teller", "My dad almost join one investment group, he went to transfer 50k but the bank teller stop him. Now he ok, money still there."),
 (N, "Singlish refused account", "Caller ask me open one bank account with my passport for 'investigation'. I say I go police station with him, he hang up straight away."),
 # Ahmed, Pakistani trader in Yiwu (learner English)
 (U, "learner customs fee", "I send him 2000 yesterday for customs fee, he say my container is stop in port. Today he want more money and not answer phone"),
 (U, "learner face video", "Man say he is police, my visa have problem. I give him my passport photo and the face video he ask, he say for check"),
 (U, "learner loan deposit", "loan company tell me pay 3000 deposit first for loan 50000, I pay by alipay, now no loan and no money"),
 (N, "money in, overpay", "My customer pay me 2000 for goods, money come in my account today. Then he say he pay too much, ask me return 500. I not return yet."),
 (N, "going to station", "Police call me come to station with my passport to update my registration. I will go to the station myself tomorrow, I not give anything on phone."),
 (N, "learner about to pay", "Loan company want 3000 deposit before they give loan 50000. I think to pay tomorrow, is ok?"),
 # Brian, Kenyan student (learner English)
 (U, "friend's hacked WeChat", "My friend WeChat ask me borrow 800 yuan urgent, I transfer already. Now my friend tell me his account is hacked"),
 (U, "game unfreeze fee", "I sell my game account to a buyer, he say platform freeze the trade, I pay 600 for unfreeze and then he block me"),
 (U, "campus loan transfer", "the man from campus loan say close my account or bad credit. I borrow from 3 apps and send all to him, 21000"),
 (N, "verified friend", "Friend WeChat ask me borrow 800. I call his phone first and he say not him. I didn't send."),
 (N, "refused unfreeze fee", "Buyer for my game account say I must pay 600 unfreeze fee. I not pay, I ask my brother first."),
 (N, "nothing borrowed", "man say close my campus loan or bad credit. I have not borrowed anything, I never had campus loan. What should I do?"),
 # Sophie, French expat, speaks for mother-in-law
 (U, "in-law gave PIN", "My mother-in-law got a video call from a 'procuratorate officer' showing a warrant, and she gave them her bank card number and PIN. She only told us tonight."),
 (U, "code read, loan taken", "The courier compensation guy walked me through Alipay and I read the code to him. Then Alipay said a loan was taken out in my name."),
 (N, "in-law hung up", "My mother-in-law got a call from a 'procuratorate officer' but she hung up and called us. She didn't give anything."),
 (N, "refund inside platform", "Courier lost my parcel. I requested the refund inside Taobao myself and got the money back. Then someone called offering double compensation, I hung up."),
 # Tom, British retiree in Suzhou
 (U, "screen shared login", "Chap rang claiming to be from my bank's fraud team, talked me through 'securing' my account and I shared my screen on Zoom while I logged in. Probably daft of me."),
 (U, "toll SMS card", "Got a text about an unpaid toll, clicked it, put in my card number, expiry and the three digits on the back. Only afterwards noticed the web address was odd."),
 (U, "wife moved savings", "My wife's been in a WeChat 'stock tips' group for weeks and has quietly moved 200,000 into their app. She can't withdraw any of it."),
 (N, "real bank call", "Bank rang, said there was an odd charge, asked for nothing, told me to ring the number on my card. I did and it was genuine. All fine, I think?"),
 (N, "deleted toll SMS", "Got a text about an unpaid toll with a link. Didn't click it, deleted it. Is that the right move?"),
 (N, "wife only reading", "My wife was added to a WeChat stock tips group. She's only been reading, hasn't put a penny in. Should she leave?"),
])

# ---------------- mixed: 15 urgent, 15 not ----------------
add("mixed", [
 # Kelly, Shanghai marketing
 (U, "screen sharing refund", "刚才那个自称Alipay customer service的人让我开了screen sharing，说帮我cancel那个会员，结果我的balance直接没了"),
 (U, "mom transferred", "我妈刚刚被一个fake police的video call吓到了，已经transfer了5万到所谓的safe account"),
 (U, "CVV read out", "那个bank的人说我credit card有risk，我就把card number、expiry date和CVV都读给他了"),
 (U, "told by consequence", "跟那个customer service弄完之后，我的花呗和借呗都被maxed out了，notification我一个都没注意"),
 (N, "checked in app", "Alipay customer service说我开了会员要扣费，让我开screen sharing，我没开，直接在Alipay app里查了，根本没开会员"),
 (N, "stopped by clerk", "我妈差点transfer到safe account，bank counter的staff拦住了，还帮她报了警"),
 (N, "refused CVV", "bank的人问我credit card的CVV，我说我自己call卡背面的hotline，就挂了"),
 (N, "refused SMS link", "刚收到一条SMS说我有一笔refund要claim，有个link，我没点，这个是scam吧"),
 # Tony, returnee in finance
 (U, "USDT deposit", "有个HR拉我进一个investment group，我按照mentor说的在他们app里入金了十万USDT，现在withdraw不了"),
 (U, "fake boss wire", "Boss在WeChat上说要urgent付一笔deposit给client，头像名字都一样，我已经wire了二十万，后来才发现是新加的account"),
 (U, "credit repair fee", "有人说能帮我repair credit report，把逾期删掉，我付了2999的service fee，现在人找不到了"),
 (U, "customs fee paid", "我按照那个customs officer说的付了清关fee一万二，他说包裹里有违禁品要处理"),
 (N, "about to invest", "HR拉我进investment group，mentor让我明天入金，我还没转，感觉有点sus"),
 (N, "verified boss", "Boss在WeChat上让我付deposit，我按公司policy打了他office phone，他说not him，没付"),
 (N, "asked, not paid", "如果有人帮我repair credit report收service fee，这是legit的吗？我还没付"),
 (N, "refused, checks 12360", "Customs打电话说我的package有问题要交fee，我说我自己打12360查，他就挂了"),
 # 小雨, student gamer
 (U, "game code given", "我在游戏里卖skin，buyer说平台要verify我的account，我把login的验证码给他了，现在号被盗了"),
 (U, "task top-up", "兼职group说做tasks返利，前面返了几十块，后面说卡单了我又top up了三千多"),
 (U, "account opened for stranger", "我用我的ID帮一个网友注册了个payment account，password也给他了，他说每个月给我rent"),
 (U, "AI voice father", "那个AI voice的'我爸'打电话说出车祸了急用钱，我就给他转了两千，刚才真的我爸打给我说没事"),
 (N, "refused code", "buyer说要verify我的account让我给验证码，我没给，还把他block了"),
 (N, "friend reported", "同学做tasks返利被骗了，她已经report给police了，我要怎么劝她别再充钱"),
 (N, "refused registration", "网友让我用我的ID帮他注册payment account，说每个月给rent，我说no"),
 (N, "code typed by self", "我自己在bank app里login，收到的验证码我自己输进去了，这样ok吧"),
 # Jason, IT at a foreign company
 (U, "ID and OTP given", "对方说我的SIM card被用来发spam，要transfer registration，我把身份证号和OTP都告诉他了"),
 (U, "remote app permissions", "下了一个叫SafeGuard的app，打开以后给了所有permission，现在手机自己在点东西"),
 (U, "courier link details", "快递理赔的人发来一个link，我fill in了bank card信息还有SMS code"),
 (N, "checks with 10086", "对方说我的SIM card发spam要停机，我说我自己call 10086问，他就挂了"),
 (N, "link not clicked", "有人让我download一个SafeGuard app说保护账户，我没装，link也没点"),
 (N, "legit refund in app", "快递丢了，我在JD app里自己apply的refund，钱已经back到我卡上了"),
])

# ---------------- yue (Cantonese): 13 urgent, 12 not ----------------
add("yue", [
 # 陳太, HK employer of a domestic helper
 (U, "helper passport sent", "頭先有個自稱入境處嘅人打嚟，話我工人姐姐簽證有問題，叫我影咗佢護照同我身份證傳過去，我已經傳咗俾佢"),
 (U, "helper paid deposit", "我工人姐姐話佢喺網上搵兼職，已經俾咗兩千蚊按金畀人，而家完全冇咗聯絡"),
 (U, "card and CVV entered", "速遞公司話我包裹唔見咗賠雙倍，我跟住佢條link入咗張信用卡號碼同埋背面三個字"),
 (U, "daughter paid game fee", "我個女玩遊戲賣裝備，買家叫佢交解凍費，佢用我張卡俾咗一千蚊"),
 (U, "voice run-on PIN code", "我頭先同個自稱銀行職員講電話佢話我張卡有可疑交易叫我講埋個密碼同驗證碼佢先幫我凍結我講咗啦點算"),
 (N, "refused, will check", "有個自稱入境處嘅人叫我影工人姐姐護照傳過去，我話我自己去入境處問，佢即刻收線"),
 (N, "stopped helper", "我工人姐姐想俾兩千蚊按金搵兼職，我叫佢咪俾住，佢未俾"),
 (N, "legit refund in app", "速遞話包裹唔見要賠，我自己喺淘寶app申請退款，錢已經退返嚟，佢再打嚟我冇理"),
 (N, "legit school fee", "我個女交學費，係喺學校網站正常渠道俾嘅，之後收到學校收據，咁冇問題啩"),
 # 黃伯, HK retiree
 (U, "code given, locked out", "我頭先畀咗個驗證碼俾嗰個話係銀行嘅人，佢話幫我升級戶口，而家我個戶口登入唔到"),
 (U, "fake grandson paid", "有個後生仔打嚟叫我爺爺，話佢撞咗人要賠錢，我去銀行過咗五萬畀佢個朋友，點知我個孫根本喺屋企"),
 (U, "safe account transfer", "佢話係公安，話我涉及洗黑錢，叫我將啲錢轉去安全賬戶，我轉咗二十萬，佢叫我唔好同人講"),
 (U, "face scan given", "佢叫我對住部電話眨眼擰頭，話做人臉認證，我照做咗，仲影埋身份證"),
 (N, "refused, called bank", "個人話係銀行嘅叫我講驗證碼，我冇講，打咗去卡背面個電話問，銀行話冇呢回事"),
 (N, "stopped by clerk", "個孫仔打嚟話要賠錢，我去到銀行，職員叫我打俾我個孫先，原來佢喺屋企，冇過到數"),
 (N, "neighbour reported", "隔籬屋嘅李伯俾人扮公安呃咗二十萬，佢已經報咗警，我想知點樣防"),
 (N, "hypothetical ID photo", "如果我畀咗身份證相畀人，會點？我冇畀，只係問下"),
 # 阿明, Guangzhou shop owner
 (U, "fake supplier paid", "有個人扮我供應商老細喺微信叫我過數，我已經過咗三萬蚊去佢個新戶口"),
 (U, "told by consequence", "佢叫我裝咗個app開咗屏幕共享，話幫我退款，而家個戶口得返幾蚊"),
 (U, "crypto tax fee", "我喺個投資群度跟老師買咗啲虛擬貨幣，入咗八萬，而家話要交稅先可以提款，我又交咗一萬"),
 (U, "fake fine paid", "頭先收到短訊話交通罰款未交，我撳入去俾咗三百蚊，之後先發覺網址唔係官方嘅"),
 (N, "verified supplier", "微信有人扮我供應商老細叫我過數，我打返佢舊電話問，佢話唔係佢，所以冇過"),
 (N, "money in, overpay", "有客人用微信付咗款畀我，錢已經到咗，佢又話俾多咗叫我退，我查過冇多，未退"),
 (N, "about to invest", "投資群個老師叫我聽日入金，話穩賺，我仲諗緊，未入"),
 (N, "code typed by self", "我自己喺銀行app登入，收到個驗證碼自己打入去，冇話畀人知"),
])

# ---------------- hant (Traditional, TW/HK written): 12 urgent, 13 not ----------------
add("hant", [
 # 陳伯伯, Taiwanese retiree (台商 family, lives part-time in Kunshan)
 (U, "procuratorate transfer", "剛剛有人打來說是檢察院的檢察官，說我的帳戶涉及洗錢，要我把定存解約匯到監管帳戶，我已經匯了一百二十萬"),
 (U, "fake daughter paid", "我女兒LINE說她換手機，要我先幫她付貨款三萬，我已經轉帳了，打給她才知道不是她"),
 (U, "told by consequence", "戶頭裡的退休金本來有八十幾萬，跟那個「警察」講完電話照他說的操作後，剩不到一千塊"),
 (N, "refused to remit", "有人說是檢察院的，要我匯款到監管帳戶，我說我去警察局找你，他就掛了，我一毛都沒匯"),
 (N, "verified daughter", "女兒LINE說要借錢，我打她原本的手機確認，她說帳號被盜了，我沒轉"),
 (N, "stopped by teller", "我本來要去銀行把錢匯給那個「警察」，行員覺得不對幫我報警，錢還在戶頭"),
 (N, "legit rent counter", "我每個月都在郵局臨櫃繳房租給房東，今天也繳了，收據也拿了，應該沒問題吧"),
 # 張老師, Taiwanese teacher
 (U, "ATM guided transfer", "在網拍賣東西，買家說要我先認證賣家帳戶，我照他給的客服指示到ATM操作，結果轉出去兩萬九"),
 (U, "code read to caller", "對方說是銀行客服，我把簡訊驗證碼唸給他了，現在網銀一直顯示登入異常"),
 (U, "ETC link card", "點了那則說ETC欠費的簡訊連結，輸入了信用卡卡號跟背面的安全碼"),
 (N, "refused ATM trip", "買家說我要先認證賣家帳戶，叫我去ATM，我覺得怪怪的就沒去"),
 (N, "real bank, no asks", "銀行打來提醒我有一筆可疑交易，什麼都沒問我，叫我自己打卡片背面的電話確認，這是真的銀行嗎"),
 (N, "news story", "新聞說有老師被假檢警騙了三百萬，好可怕，要怎麼提醒家裡長輩"),
 # 李小姐, HK office worker (formal written)
 (U, "ID photos sent", "有人自稱是政府部門職員，要求我把身份證正反面拍照傳過去作核實，我已經傳了"),
 (U, "mother gave PIN", "我母親剛接到自稱醫保局的電話，已把銀行卡號和密碼告訴對方"),
 (U, "screen shared login", "在視像通話中按對方要求開啟了螢幕分享，並登入了網上銀行"),
 (N, "ignored request", "有人自稱政府職員要我傳身份證相片，我沒有理會，直接掛線"),
 (N, "mother refused", "我母親接到自稱醫保局的電話，要她提供銀行卡號，她沒有講就掛了"),
 (N, "hypothetical sharing", "如果我在視像通話中開了螢幕分享，對方會看到甚麼？我沒有開，只是想知道"),
 # 吳先生, Taiwanese snack-shop owner
 (U, "investment deposit", "LINE上有個投資群組的老師帶我買股票，我已經匯了五十萬進他們的平台，現在說要繳保證金才能出金"),
 (U, "remote app opened", "他叫我下載一個遠端協助的APP，打開之後說要幫我處理分期付款設定錯誤，我手機畫面就自己在動"),
 (U, "account and card mailed", "幫一個網友用我的名字開了銀行帳戶，把存摺跟提款卡寄給他了，密碼也寫在裡面，他說一個月給我五千"),
 (N, "about to invest", "投資群組的老師一直叫我入金，我還沒匯，想先問問看"),
 (N, "refused download", "他叫我下載遠端協助APP，說分期付款設定錯誤，我沒下載，電話直接掛掉"),
 (N, "money in", "客人用轉帳付了便當錢，錢已經進來了，這樣正常吧"),
])

out, seen = [], collections.Counter()
for lang, urgent, note, text in D:
    seen[lang] += 1
    out.append({"id": f"r6-deed-{lang}-{seen[lang]:03d}", "text": text, "lang": lang,
                "urgent": urgent, "note": note})
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "deeds.json"), "w", encoding="utf-8") as fh:
    json.dump(out, fh, ensure_ascii=False, indent=1)
c = collections.Counter((d["lang"], d["urgent"]) for d in out)
for lang in ("zh", "en", "mixed", "yue", "hant"):
    print(lang, "total", c[(lang, True)] + c[(lang, False)], "urgent", c[(lang, True)], "not", c[(lang, False)])
print("all", len(out), "urgent", sum(d["urgent"] for d in out))
bad = [d["id"] for d in out if not 2 <= len(d["note"].split()) <= 4]
print("notes not 2-4 words:", bad)
texts = [d["text"] for d in out]
print("duplicate texts:", len(texts) - len(set(texts)))
