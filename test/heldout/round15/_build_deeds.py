#!/usr/bin/env python3
"""Build the round-15 'deeds' one-turn set (deterministic).

Writes deeds.scen.json (200), deeds-dev.scen.json (even index), deeds-held.scen.json (odd index).
Each item: (lang, label, persona, text). label 'gone' => expect urgent True, 'near' => False.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

G, N = "gone", "near"

# ---------------------------------------------------------------- Simplified Chinese (60)
ZH = [
    # --- gone (30)
    (G, "70s retiree, consequence only", "刚才那个客服挂了电话，我一看银行卡余额只剩三十几块了，早上还有四万多"),
    (G, "retired worker, concrete action", "我按他说的把六万块转到那个安全账户了，他说查完就退回来"),
    (G, "pinyin homophones (以经/专), terse", "以经专了两万"),
    (G, "wife reports husband's deed", "我老伴刚跟我说她把短信上那个验证码念给对方了，说是医保局的"),
    (G, "voice-to-text run-on, screen share still on", "喂你好我跟你说啊今天上午有个人说是公安局的说我身份证涉嫌洗钱然后让我下了个软件开了那个共享屏幕现在还开着呢他让我别挂我偷偷用老伴手机给你发的这个是不是骗子"),
    (G, "card number + CVV, question at end", "我把银行卡号和背面那三位数都告诉他了，这样会不会有事啊？"),
    (G, "cash handed to courier, amount in words", "取了八万块现金交给上门来的那个小伙子了，说是检察院派来收保证金的"),
    (G, "pinyin typos (验正码/李赔/前)", "我把验正码告诉他了 他说是快递李赔 现在我微信钱包里的前没了"),
    (G, "euphemism 交学费/打水漂", "这回算是交了学费了，三万块打水漂，那个老师群解散了"),
    (G, "northeastern flavour", "哎妈呀我寻思是真警察呢，嘎嘎就把钱给他打过去了，五万块啊这咋整"),
    (G, "Sichuan flavour, password", "我咋个这么瓜哦，密码都给他说了，现在卡上的钱遭划走了"),
    (G, "Henan flavour, code read out", "中不中啊，俺刚才把那个码给他念了，他说是给俺退钱哩，俺这会儿心里发慌"),
    (G, "Shandong flavour, mother transferred", "俺娘刚才给一个说是俺表哥的人转了一万，俺表哥压根没找她借钱"),
    (G, "Hunan flavour, screen share still on", "我咯样蠢，把那个共享屏幕点开了，他看到我输密码了，现在还没关"),
    (G, "task-scam top-ups", "做任务刷单，前面返了几十块，后来让我充了三次，一共一万二，现在说卡单了还要再充"),
    (G, "gold handed over", "我把家里的金条给了那个说帮我保管的人，他说是公安局资金清查"),
    (G, "gift cards photographed", "他让我去超市买了二十张购物卡，把卡号和密码拍照发给他了"),
    (G, "crypto to wallet", "按那个导师说的买了USDT转到他给的钱包地址，一共五万多，现在提不出来"),
    (G, "remote-control app installed", "他让我下了个叫什么会议的软件，装好了，他说能远程帮我操作退款，现在手机自己在动"),
    (G, "WeChat account handed over", "我把我的微信号和密码都给了那个说帮我解冻的人，现在我登不上了"),
    (G, "face scan + ID photos", "他让我对着手机眨眼摇头做了人脸识别，还拍了身份证正反面发过去"),
    (G, "consequence: locked out, code euphemism", "微信突然登不上了，说在别的手机上登录了，之前有人打电话让我报了个数字"),
    (G, "consequence: purchase SMS after card entered", "刚收到银行短信说我消费了九千九百块，我根本没买东西，之前那个客服让我点了个链接填了卡号"),
    (G, "grandparent bail", "那人说我孙子在外地打架被抓了要交保释金，我已经往他那个卡打了三万"),
    (G, "unfreezing fee for loan", "贷款说要先交解冻费，我交了两千八，现在又说流水不够还要交"),
    (G, "prize tax paid", "说是中奖了要先交个人所得税，我已经汇了一千五过去"),
    (G, "voice-to-text run-on, code buried in the middle", "我跟我闺女说了她不信我说那个人说话可客气了还知道我名字身份证号然后我就把那个六位数的码报给他了现在我闺女让我问问你咋办"),
    (G, "borrowed on loan apps and transferred", "他让我在几个贷款软件上借了钱再转到他指定的账户说是清空额度，借了七万都转了"),
    (G, "husband beside her transferred", "我老头子就在旁边，他刚才用手机银行给那个网信办的人转了一万块，现在咋办"),
    (G, "paid credit repair", "花了三千块找人修复征信，钱付了人就拉黑我了"),
    # --- near (30)
    (N, "refused code, hung up", "码没给他，挂了"),
    (N, "hung up on 网信办 caller", "说是网信办的要停我号，我一听就挂了电话，啥也没说"),
    (N, "about to go to bank, stopped self", "我正准备去银行给他转钱，走到门口想想不对，先问问你"),
    (N, "typed code, not sent", "验证码我都打到对话框里了，还没点发送，这个能发吗"),
    (N, "stopped by bank lobby manager", "我在ATM机前要转账，银行的大堂经理把我拦下来了，钱没转"),
    (N, "hypothetical safe account", "如果有人让我把钱转到安全账户，我该怎么办"),
    (N, "question about consequences, not done", "要是把验证码告诉别人会怎么样啊？我没告诉，就是问问"),
    (N, "neighbour's old loss", "楼下老李前年被冒充公安的骗了十万，我现在一接陌生电话就害怕"),
    (N, "news story about gold", "新闻上说有个老太太把金条交给了骗子，太吓人了，我们该怎么防"),
    (N, "ordinary market payment", "我刚在菜市场扫码付了二十八块钱买菜"),
    (N, "monthly transfer to daughter", "我每个月都给闺女转一千块生活费，这个月也转了，没问题吧"),
    (N, "official in-app refund", "淘宝上那个退货退款在APP里已经到账了，不是打电话来的"),
    (N, "froze card, nothing moved", "我怀疑被盯上了，已经打电话给银行把卡冻结了，钱一分没动"),
    (N, "called 96110, ignored caller", "接到个奇怪电话，我已经打了96110问过了，他们说是诈骗，我没理会"),
    (N, "real bank reminder asked nothing", "银行打电话来提醒我信用卡该还款了，没要密码也没要验证码"),
    (N, "已经 harmless: blocked number", "我已经把那个陌生号码拉黑了"),
    (N, "已经 harmless: ate already", "你好，我已经吃过饭了，想问问那个医保电话是不是真的"),
    (N, "northeastern refused app", "那犊子让我下个软件共享屏幕，我说你拉倒吧，没下"),
    (N, "Sichuan, caller hung up, money on card", "他喊我转钱，我说我要先问我儿子，他就把电话挂了，钱还在卡上"),
    (N, "Henan, granddaughter grabbed phone", "俺差点就把码给他了，俺孙女一把把手机夺过去挂了"),
    (N, "Shandong, offered police station", "俺没给他转，俺说上派出所当面说，他就不吭声了"),
    (N, "Hunan, refused ID photo", "他要我拍身份证，我冇拍，我讲我要去派出所问"),
    (N, "voice-to-text run-on, refused group", "今天有个人打电话说我快递丢了要赔我钱让我加个群我没加我说我自己去淘宝上看他就说那算了你说这是不是骗子啊"),
    (N, "pinyin typos (专帐/帐户), not sent", "他让我专帐到安全帐户 我没专 我想问下这个事真的吗"),
    (N, "pension received", "退休金今天到账了三千二百块，是社保局发的短信说的"),
    (N, "could not find screen share, caller hung up", "他让我开屏幕共享，我找不到在哪开，就没弄成，后来他挂了"),
    (N, "installed the official anti-fraud app", "我闺女帮我下了国家反诈中心APP，已经装好了"),
    (N, "community police warning asked nothing", "社区民警打电话说最近诈骗多，让我别给陌生人转账，啥也没问我要"),
    (N, "face scan at bank counter in person", "我在银行柜台办业务，柜员让我刷了个脸，这个正常吧"),
    (N, "son nearly paid fake boss, verified", "我儿子说他差点给冒充老板的人转钱，后来打电话一问是假的就没转"),
]

# ---------------------------------------------------------------- English (35)
EN = [
    # --- gone (18)
    (G, "UK pensioner, consequence only", "My pension account shows zero this morning. Yesterday a man from 'the bank' walked me through some steps on the phone."),
    (G, "UK elderly, code read out", "I read the six digit code from my text messages to the chap who said he was from BT."),
    (G, "terse, aspect only", "Money's gone. Sent it to him already."),
    (G, "wife reports husband gave card details", "My husband just told me he gave the caller our card number and the three numbers on the back."),
    (G, "US elderly, voice-to-text run-on, remote app on", "so this lady says shes amazon refunds i must install anydesk so i did and shes still on my computer now moving the mouse what do i do"),
    (G, "UK, gift cards, question at end", "I bought £500 of Google Play cards and gave him the numbers off the back, was that a mistake?"),
    (G, "US elderly, amount in words", "I wired twelve thousand dollars to the account the sheriff's office gave me to clear the warrant."),
    (G, "non-native, typos", "i give him the otp numbr he say he is from bank now my acount is empty"),
    (G, "UK slang", "Think I've been had, handed over the dosh to the 'police' courier at my door."),
    (G, "Singlish", "Aiyo I already transfer $8k to the MAS officer lah, he say my account got problem"),
    (G, "Indian English, UPI PIN", "Sir I have shared my UPI PIN with the customer care person, now debit message came for 49,999"),
    (G, "Filipino English, GCash OTP", "I already sent the GCash OTP to the guy who said I won a raffle, now my balance is zero po"),
    (G, "screen share still on", "He asked me to share my screen on the video call and I did, it's still sharing, he can see my banking app"),
    (G, "account handed over", "I gave the 'tech support' man my email password and now I can't log in to anything"),
    (G, "crypto ATM, slang amount", "I put thirty grand into the bitcoin ATM like the agent told me, to protect my savings"),
    (G, "grandparent bail cash, question", "Paid the bail for my grandson, $9,000 in cash to a man who came to the house. Was that real?"),
    (G, "ID photo and selfie sent", "I sent them a photo of my passport and a selfie holding it, they said it was for the refund"),
    (G, "task-scam top-ups", "The job app had me top up my account three times to unlock commissions, I'm in for $4,300 now"),
    # --- near (17)
    (N, "refused and hung up", "Hung up. Gave him nothing."),
    (N, "stopped by daughter", "I was about to read out the code but my daughter walked in and took the phone."),
    (N, "question about consequences", "What happens if someone gets my card number? Nobody has, I'm just asking."),
    (N, "neighbour's loss", "My neighbour lost her savings to a fake police call last year. How do I protect myself?"),
    (N, "ordinary bill payment", "I paid my electricity bill on the official app this morning, that's fine right?"),
    (N, "official refund", "Amazon refunded my order back to my card through the website, no phone call involved."),
    (N, "froze card, nothing taken", "I've already frozen my card with the bank after a weird call. Nothing was taken."),
    (N, "real GP surgery call", "The GP surgery rang to confirm my appointment on Tuesday. They didn't ask for anything."),
    (N, "typed code, deleted", "I typed the code into the chat but didn't press send. Deleted it."),
    (N, "already harmless", "Already had my breakfast, now tell me is a call from a +44 7 number normal?"),
    (N, "Singlish, refused fine", "The caller say I must pay fine, I tell him I go police station myself, he hang up liao. Never pay lah."),
    (N, "Indian English, did not install", "Sir one person asked me to install AnyDesk, I did not install, I blocked the number"),
    (N, "Filipino English, prize fee not paid", "Someone texted that I won a prize and must pay a fee first, I didn't pay po, just asking if it's scam"),
    (N, "hypothetical screen share", "If I had shared my screen, could they see my passwords?"),
    (N, "real bank fraud team, verified", "Bank fraud team called, said they blocked a dodgy payment, asked me for nothing. I rang back on the number on my card, it was real."),
    (N, "monthly transfer to son", "I sent money to my son at university, like every month, through my own bank app."),
    (N, "stopped by store clerk", "Was going to buy gift cards for the 'IRS' but the store clerk stopped me."),
]

# ---------------------------------------------------------------- zh+en code-mixed (25)
MIX = [
    # --- gone (12)
    (G, "young adult, OTP read out", "刚才那个customer service让我把OTP念给他，我念了，现在Alipay里的钱没了"),
    (G, "reports mother transferred", "我妈just told me她已经transfer了5万给那个police，怎么办"),
    (G, "screen share still on, question", "screen share还开着呢，他说不要关，我偷偷问你这个是不是scam？"),
    (G, "remote app installed", "他让我download一个app叫Teamviewer，装好了，他在remote控制我的手机"),
    (G, "card number + CVV", "我把credit card的number和CVV都给了，he said是verify用的"),
    (G, "investment top-ups", "那个invest老师让我top up了三次，total二十万，现在withdraw不了"),
    (G, "password, consequence locked", "password给他了，现在我的account被locked了，login不进去"),
    (G, "reports father gave code", "my dad 刚才 gave the caller 验证码, 对方说是 bank 的"),
    (G, "loan deposit paid", "已经pay了deposit 3000块, 他说 loan 马上放款"),
    (G, "face verification + ID upload", "我做了face verification 对着camera 转头眨眼，还upload了身份证 photo"),
    (G, "slang, crypto", "bro我好像被scam了，刚刚把USDT打到他的wallet，十万多"),
    (G, "consequence SMS after card number", "收到SMS说我的card刚刚spend了8000，我之前把card number给过那个客服"),
    # --- near (13)
    (N, "refused screen share", "他叫我share screen，我say no，直接hang up了"),
    (N, "hypothetical OTP", "如果我把OTP给别人会怎样？just asking，没给"),
    (N, "cancelled at last second", "我almost transfer了，最后一秒cancel掉，钱还在"),
    (N, "blocked and reported", "我已经block了那个number，也report到96110了"),
    (N, "colleague's loss", "my colleague 上个月被骗了三万，我想知道怎么prevent"),
    (N, "ordinary payment", "刚刚用WeChat Pay买了杯coffee，正常payment"),
    (N, "official in-app refund", "Taobao的refund在app里已经到账了，没有人打电话"),
    (N, "real bank expiry reminder", "bank打电话来提醒我card快expire了，没要任何password"),
    (N, "typed OTP not sent", "OTP我typed了但是没send，删掉了"),
    (N, "did not install app", "那个app我没install，他一直push我，我就挂了"),
    (N, "already harmless", "我已经吃完lunch了，问一下这个+86的video call是不是真的"),
    (N, "son verified fake boss", "我儿子差点transfer给假boss，幸好他call back原号码确认是fake"),
    (N, "real courier asked nothing", "courier打电话说package到了放门卫，什么都没ask"),
]

# ---------------------------------------------------------------- Cantonese (40): HK Traditional + Guangdong Simplified
YUE = [
    # --- gone (20)
    (G, "HK elderly, transferred", "頭先個職員話係入境處，我已經過咗三萬蚊落佢個戶口"),
    (G, "HK, typo 比/証, code read out", "我將個驗証碼讀咗比佢聽，佢話係銀行職員"),
    (G, "HK, reports mother gave card details", "我阿媽啱啱同我講佢俾咗張卡嘅號碼同背面三個字俾個打嚟嘅人"),
    (G, "HK, screen share still on", "我開咗個螢幕分享，佢而家仲睇緊我部電話，點算啊"),
    (G, "HK, remote app installed", "佢叫我裝咗個App，而家部手機自己郁嚟郁去"),
    (G, "HK, consequence only", "個戶口得返幾十蚊，琴日仲有成十萬，中間有個自稱公安嘅人打過嚟"),
    (G, "HK, cash to courier", "我俾咗五萬現金個上門嚟收嘅後生仔，佢話係內地公安要查資金"),
    (G, "HK, slang, gift cards", "俾人呃咗，買咗十張禮品卡將啲密碼影相send咗俾佢"),
    (G, "HK, e-banking password", "我將網上銀行密碼話咗俾佢知，佢話幫我凍結戶口"),
    (G, "HK, ID photo and selfie", "佢要我影身份證同埋自拍，我已經send咗過去"),
    (G, "Guangdong, safe account", "我啱啱转咗两万蚊过去佢话嘅安全账户，佢而家唔听电话"),
    (G, "Guangdong, father gave code", "我老豆话佢已经将个码报咗俾个自称系快递嘅人"),
    (G, "Guangdong, screen share still on, question", "屏幕共享仲开紧，佢话唔好熄，我系咪俾人呃咗"),
    (G, "Guangdong, task-scam top-ups", "做刷单任务充咗三次钱，总共八千几，而家话要再充先可以提现"),
    (G, "Guangdong, consequence SMS", "收到短信话我张卡啱啱碌咗九千蚊，我之前俾过卡号个客服"),
    (G, "Guangdong, locked out after code", "个微信登唔返，之前有人打嚟叫我讲咗个六位数"),
    (G, "Guangdong, kidnap ransom", "佢话我个仔俾人扣起，我已经过咗十万去赎人"),
    (G, "Guangdong, gold jewellery", "我将啲金饰交咗俾个话帮我保管嘅人"),
    (G, "Guangdong, voice-to-text run-on", "佢打嚟话我张身份证喺内地洗黑钱要我配合调查我就开咗个软件俾佢睇我手机然后我输咗密码佢话等阵会退钱俾我你话系咪真㗎"),
    (G, "HK, aspect only, deposit, question", "已經入咗數喇，一共三萬二，佢話係保證金，退唔退得返㗎？"),
    # --- near (20)
    (N, "HK, refused code", "冇講個碼，收咗線"),
    (N, "HK, stopped by daughter", "我差啲就過數，好彩個女喺隔籬制止咗我"),
    (N, "HK, hypothetical card number", "如果我俾咗張卡嘅號碼人會點？我冇俾，只係想問下"),
    (N, "HK, neighbour's loss", "隔籬屋陳太上個月俾人呃咗二十萬，我而家好驚"),
    (N, "HK, ordinary Octopus payment", "我頭先用八達通買咗早餐，正常嘅"),
    (N, "HK, froze card, nothing lost", "我已經打咗去銀行凍結咗張卡，一蚊都冇少"),
    (N, "HK, real clinic call", "診所打嚟提我聽日覆診，乜都冇問我攞"),
    (N, "HK, typed code not sent", "驗證碼我打咗落個對話框但係冇send，已經刪咗"),
    (N, "HK, refused app, blocked", "佢叫我裝App，我冇裝，仲block咗佢"),
    (N, "HK, already harmless", "我食咗飯已經，想問下+852打嚟話係入境處係咪真"),
    (N, "Guangdong, offered police station", "佢叫我转钱去安全账户，我话去派出所当面讲，佢就收线"),
    (N, "Guangdong, called 96110", "我已经打咗96110问过，佢哋话系诈骗，我冇理佢"),
    (N, "Guangdong, official refund", "淘宝退款喺app入面已经到账，冇人打电话嚟"),
    (N, "Guangdong, could not open screen share", "佢叫我开屏幕共享，我唔识开，佢就收咗线"),
    (N, "Guangdong, monthly transfer to mother", "我每个月都转一千蚊俾阿妈做家用，今个月都转咗"),
    (N, "Guangdong, news", "新闻讲有个阿伯俾假公安呃咗金条，我哋点样防"),
    (N, "Guangdong, real courier", "快递打嚟话个包裹放咗喺驿站，乜都冇问"),
    (N, "Guangdong, son verified fake boss", "我个仔差啲俾假老板呃，佢打返去原本个号码问，系假嘅，冇转钱"),
    (N, "Guangdong, voice-to-text run-on, refused", "今日有个人打嚟话系银行要我提高额度叫我讲个验证码我话我自己去银行柜台办佢就收线我张卡冇事㗎嘛"),
    (N, "Guangdong, hypothetical face scan", "如果有人叫我扫脸我应该点做？暂时未有人叫"),
]

# ---------------------------------------------------------------- Traditional Chinese, Taiwan (40)
TW = [
    # --- gone (20)
    (G, "Taiwan elderly, ATM 解除分期", "剛剛照著客服說的去ATM操作解除分期付款，結果帳戶被轉走四萬多"),
    (G, "Taiwan, code read out", "我把簡訊的驗證碼唸給他了，他說是蝦皮客服"),
    (G, "Taiwan, reports mother remitted", "我媽剛跟我說她已經匯了三十萬到檢察官說的監管帳戶"),
    (G, "Taiwan, game point cards", "他叫我去超商買了兩萬塊的遊戲點數，序號都拍給他了"),
    (G, "Taiwan, screen share still on, question", "螢幕分享還開著，他說不能掛斷，不然會被通緝，這是詐騙嗎"),
    (G, "Taiwan, app installed", "我裝了他傳的那個APP，現在手機會自己跳來跳去"),
    (G, "Taiwan, full card details", "信用卡號、到期日跟背面三碼都給他了，他說要幫我取消訂單"),
    (G, "Taiwan, e-banking password", "網銀密碼給了一個說是銀行專員的人，現在登不進去了"),
    (G, "Taiwan, investment group", "投資群組的老師叫我入金，已經入了一百二十萬，現在說要繳稅才能出金"),
    (G, "Taiwan, consequence only", "帳戶只剩一百多塊，昨天還有八萬，中間有個自稱健保局的打來"),
    (G, "Taiwan, account handed over", "把存摺跟提款卡寄給那個說要幫我辦貸款的人了"),
    (G, "Taiwan, grandfather cash to fake clerk", "我阿公剛剛領了五十萬現金交給來家裡的「法院書記官」"),
    (G, "Taiwan, consequence SMS after card entered", "手機收到刷卡簡訊，在國外消費了三萬，我前天有把卡號填在一個退款網頁上"),
    (G, "Taiwan, LINE code, account stolen", "LINE帳號被盜了，之前有個朋友傳訊息叫我把認證碼傳給他，我就傳了"),
    (G, "Taiwan, ID photos and selfie", "依照對方指示拍了身分證正反面跟自拍照上傳，說是要核對身分"),
    (G, "Taiwan, voice-to-text run-on, cash", "就是有一個人打來說是中華電信說我的門號被盜用要轉給警察然後警察說我涉嫌洗錢要我把錢領出來我就去領了二十萬交給一個小姐他說會還我"),
    (G, "Taiwan, terse aspect", "匯了，九萬八"),
    (G, "Taiwan, husband paid loan deposit", "我先生剛把保證金匯過去了，對方說貸款要先繳保證金才能撥款，現在聯絡不到人"),
    (G, "Taiwan, zhuyin-input typos", "驗證瑪已經給他ㄌ 怎麼辦"),
    (G, "Taiwan slang 盤子/飛了", "那個假檢察官把我當盤子，十幾萬就這樣飛了"),
    # --- near (20)
    (N, "Taiwan, refused code", "他要我唸驗證碼，我沒唸，直接掛掉"),
    (N, "Taiwan, stopped by teller", "我差一點就去匯款了，銀行行員關懷提問把我攔下來"),
    (N, "Taiwan, hypothetical ID photo", "如果把身分證拍給別人會怎樣？我沒拍，只是問問"),
    (N, "Taiwan, neighbour's loss", "鄰居阿伯被假檢察官騙了兩百萬，好可怕，要怎麼預防"),
    (N, "Taiwan, ordinary payment", "我剛剛在超商用悠遊卡買了咖啡"),
    (N, "Taiwan, stopped card, nothing given", "已經打給銀行把卡停掉了，對方什麼都沒拿到，錢都還在，接下來還要做什麼嗎"),
    (N, "Taiwan, official in-app refund", "蝦皮退款已經在APP裡退回我的錢包了，沒有人打電話"),
    (N, "Taiwan, real clinic call", "診所打來提醒明天回診，沒有問任何資料"),
    (N, "Taiwan, checked with 165", "我已經打165確認過了，是詐騙，我沒理他"),
    (N, "Taiwan, typed code not sent", "驗證碼我打好了但還沒按送出，現在刪掉了"),
    (N, "Taiwan, refused app", "他叫我下載APP，我沒下載，把他封鎖了"),
    (N, "Taiwan, monthly remittance to daughter", "我每個月都匯一萬給在台北唸書的女兒，這個月也匯了"),
    (N, "Taiwan, already harmless", "我已經吃飽了，想問一下剛才那通+886的電話是真的嗎"),
    (N, "Taiwan, news", "新聞說很多人被假投資群組騙，我們長輩要注意什麼"),
    (N, "Taiwan, deferred screen share", "他叫我開螢幕分享，我說我要先問我兒子，他就掛了"),
    (N, "Taiwan, real delivery call", "宅配打來說包裹放管理室，什麼都沒問"),
    (N, "Taiwan, real police warning", "警察局打來提醒最近假檢察官很多，沒要我提供任何東西"),
    (N, "Taiwan, voice-to-text run-on, did not go", "就是剛剛有一個人說他是銀行的說我的帳戶有異常要我去ATM我就說好啊我現在去銀行櫃檯他就掛掉了我都還沒出門這樣沒事吧"),
    (N, "Taiwan, son verified fake boss", "我兒子差點被假的老闆騙，幸好他打原來的電話確認，錢沒有匯"),
    (N, "Taiwan, hypothetical with 已經", "要是我已經把卡號給了，該怎麼辦？還沒給啦，先問"),
]

GROUPS = [("zh", ZH), ("en", EN), ("mixed", MIX), ("yue", YUE), ("zh-Hant", TW)]


def build():
    items = []
    for lang, rows in GROUPS:
        for label, persona, text in rows:
            assert label in (G, N)
            assert 4 <= len(text) <= 140, (len(text), text)
            items.append({"lang": lang, "label": label, "persona": persona, "text": text})
    assert len(items) == 200, len(items)
    assert sum(i["label"] == G for i in items) == 100
    texts = [i["text"] for i in items]
    assert len(set(texts)) == len(texts), "duplicate text"

    rng = random.Random(15)
    rng.shuffle(items)

    # Balance dev (even index) / held (odd index) at 50/50: swap the two members of the
    # earliest mixed pairs (2k, 2k+1) until the even positions hold exactly 50 'gone'.
    def dev_gone():
        return sum(items[k]["label"] == G for k in range(0, 200, 2))
    k = 0
    while dev_gone() != 50 and k < 200:
        a, b = items[k], items[k + 1]
        d = dev_gone()
        if a["label"] != b["label"] and ((d > 50 and a["label"] == G) or (d < 50 and a["label"] == N)):
            items[k], items[k + 1] = b, a
        k += 2
    assert dev_gone() == 50

    scen = []
    for n, it in enumerate(items, 1):
        scen.append({
            "id": f"r15d-{n:03d}",
            "tags": ["round15", "deeds", it["lang"], it["label"]],
            "lang": it["lang"],
            "label": it["label"],
            "persona": it["persona"],
            "turns": [{"text": it["text"], "expect": {"urgent": it["label"] == G}}],
        })
    return scen


def dump(path, obj):
    with open(os.path.join(HERE, path), "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    s = build()
    dump("deeds.scen.json", s)
    dump("deeds-dev.scen.json", s[0::2])
    dump("deeds-held.scen.json", s[1::2])
    from collections import Counter
    print("all", Counter((x["lang"], x["label"]) for x in s))
    for name, part in (("dev", s[0::2]), ("held", s[1::2])):
        print(name, len(part), Counter(x["label"] for x in part), Counter(x["lang"] for x in part))
