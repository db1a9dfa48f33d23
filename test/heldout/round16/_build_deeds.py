#!/usr/bin/env python3
"""Round 16 held-out one-turn set: 200 hand-written deeds (gone) and near-misses (near).

Deterministic: items are written out below in a fixed order, shuffled with
random.Random(16), balanced so the even positions hold exactly 50 'gone', and
split into dev (even positions) and held (odd positions).
"""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

G, N = "gone", "near"

ITEMS = [
    # ---------------- zh (Simplified), gone: 30 ----------------
    ("zh", G, "northeastern grandpa, 70s", "哎呀妈呀 刚才那个说是公安的让我把钱转到啥安全账户 说自证清白 我寻思着就转了三万 这可咋整啊"),
    ("zh", G, "Sichuan daughter reporting her mother", "我妈刚刚给那个说是医保局的人转了两万块，说是啥子解冻费，现在才晓得不对头"),
    ("zh", G, "Henan grandpa", "中不中啊 俺把手机上那个六位数哩码念给他了 他说是核验身份用哩"),
    ("zh", G, "voice-to-text, retired woman", "刚才有个人说是京东客服说我开了什么百万保障要关掉不然每个月扣钱然后让我下了个会议软件开了屏幕共享现在还开着呢他还在讲"),
    ("zh", G, "Shanghainese grandma (Wu)", "阿拉屋里老头子刚刚拿存折密码讲拨伊听了，伊讲是银行查账，现在哪能办"),
    ("zh", G, "retired teacher, consequence only", "卡里的钱怎么一下子没了 就剩几块钱 昨天那个客服一直跟我开着视频"),
    ("zh", G, "Shandong farmer", "俺把银行卡号还有背面那三个数都报给他了，他说给俺办退款"),
    ("zh", G, "Hunan grandma", "我屋里伢子讲他在外头出事要交保证金，电话号码是新的，我已经打了五千过去哒"),
    ("zh", G, "Minnan-influenced grandson", "阮阿嬷刚刚把金条拢交给来厝里拿的那个人了，讲是警察要做证物"),
    ("zh", G, "middle-aged woman, task scam", "转了一万二 分三笔 对方说是刷单返利垫付的 现在又说卡单了还要再充"),
    ("zh", G, "pinyin typos", "我已经吧yanzhengma发给他了怎么版啊"),
    ("zh", G, "very short reply", "码发过去了"),
    ("zh", G, "worried retiree, question at end", "他说是公安局的，说我涉嫌洗钱要做笔录，还让我下了个APP给他看手机，现在还连着，我是不是该关掉？"),
    ("zh", G, "claim first, deed at the end", "对方说他是上海网信办的刘主任，工号9949，说我的手机卡在海口发了两万多条诈骗短信，要追究责任……我身份证正反面都拍给他了"),
    ("zh", G, "young man, face video", "按他说的对着手机眨眼摇头录了一段视频，身份证也拍了发过去"),
    ("zh", G, "son reporting his father", "我爸说有人打电话讲他社保卡异常，他按了1，然后把卡号和密码都说了"),
    ("zh", G, "chatty grandma, irrelevant chatter", "今天菜市场白菜又涨价了，哦对了，上午有人说我孙子打架进了派出所要交保释金，我去银行汇了八千"),
    ("zh", G, "retired worker, gift cards", "他让我去超市买了十张京东E卡，卡密都拍照发给他了"),
    ("zh", G, "middle-aged investor", "那个投资老师带我们群里买币，我已经充了二十万进去，现在提不出来"),
    ("zh", G, "office worker, loans passed on", "他说我征信有问题要清空额度，我在好几个借款app上借了钱都转到他指定的账户了"),
    ("zh", G, "young woman, credit repair", "花了三千八找人修复征信，钱一付完对方就把我拉黑了"),
    ("zh", G, "elderly man, courier pickup", "上午快递小哥上门取走了一个装现金的信封，是那个检察院的人安排的"),
    ("zh", G, "consequence via SMS", "刚收到银行短信说我卡上消费了49800，我啥也没买，之前那个客服让我开过共享屏幕"),
    ("zh", G, "farmer, prize fee", "说我中了二等奖，要先交个人所得税才能领，我交了两千八"),
    ("zh", G, "small shop owner, loan fee", "贷款还没下来，先交了三千块解冻费，说我填错了银行卡号被冻结了"),
    ("zh", G, "slang, blunt", "钱已经打过去了 人也联系不上了 这是遇上骗子了吧"),
    ("zh", G, "company cashier", "老板微信让我先给客户打款，我已经付了十五万出去，后来打电话给老板他说根本没这回事"),
    ("zh", G, "Sichuan voice-to-text run-on", "那个人说他是航空公司的航班取消了要退钱给我我按他说的在支付宝上操作了半天结果钱反倒少了五千多哦"),
    ("zh", G, "Henan auntie, relative abroad", "俺孩子他舅说在外国遇到事了要交手续费 俺昨儿个给他汇了六千 今儿打他原来的电话他说啥都不知道"),
    ("zh", G, "retiree, remote control", "装了他发的那个链接里的软件，说是远程帮我办退费，现在手机自己在动"),
    # ---------------- zh (Simplified), near: 30 ----------------
    ("zh", N, "elderly man, refused", "有人打电话说是公安局的让我转钱到安全账户，我直接挂了，还骂了他一顿"),
    ("zh", N, "grandma, stopped by husband", "差一点就把验证码念出去了，幸亏老伴在旁边把电话抢过去挂了"),
    ("zh", N, "typed but not sent", "验证码在微信对话框里打好了，还没按发送，我觉得不对劲就删掉了"),
    ("zh", N, "grandpa, stopped by teller", "我去银行要汇钱给那个说是我侄子的人，柜台小姑娘拦下来了，说我可能遇到骗子，钱没汇"),
    ("zh", N, "curious retiree, hypothetical", "要是有人让我开屏幕共享会怎么样？我还没开过"),
    ("zh", N, "neighbour's loss", "楼下王大妈被人骗走了八万块，就是说什么医保卡冻结的，我好怕啊"),
    ("zh", N, "news story", "看新闻说有人冒充网信办打视频电话，叫人做笔录，我们这儿会不会也有"),
    ("zh", N, "market QR payment", "刚在菜市场扫码付了十二块买鸡蛋，这个安全吧"),
    ("zh", N, "bills paid", "我已经交了这个月的电费和燃气费，用的是国家电网的app"),
    ("zh", N, "tuition in person", "给孙子交了学费，是去学校财务室当面交的，拿了收据"),
    ("zh", N, "money to family", "我给闺女转了两千块生活费，她当面跟我要的"),
    ("zh", N, "pension received", "今天退休金到账了，卡上多了三千多，这是正常的吧"),
    ("zh", N, "refund received", "淘宝退款到账了 是我自己在淘宝app里申请的"),
    ("zh", N, "parcel collected", "快递已经取了，在驿站拿的，也没人给我打电话"),
    ("zh", N, "froze card as a precaution", "接了个怪电话，啥都没给他，保险起见我打银行卡背面的电话把卡冻结了"),
    ("zh", N, "changed password", "刚改了支付宝密码，因为看到小区群里说最近骗子多"),
    ("zh", N, "called 96110", "我打了96110问过了，他们说那是诈骗电话，我啥都没给"),
    ("zh", N, "blocked and reported", "那个号码我已经拉黑举报了"),
    ("zh", N, "real bank call", "银行打电话来说我的信用卡快到期了，让我去网点换卡，没问密码也没要验证码"),
    ("zh", N, "clinic reminder", "社区医院打电话提醒我明天去打疫苗，这种电话没事吧"),
    ("zh", N, "police stopped it", "民警打电话到我家说我可能正在被骗，叫我别转，我就没转"),
    ("zh", N, "anti-fraud app installed", "我儿子给我装了国家反诈中心app，已经注册好了"),
    ("zh", N, "face scan at bank counter", "今天去银行柜台办卡，工作人员让我对着机器刷了个脸"),
    ("zh", N, "already, harmless", "我已经吃完饭了，刚才那个电话说我快递丢了要赔我钱，我没理他"),
    ("zh", N, "asking about a planned payment", "有人说能帮我修复征信，要先交一千块，我还没交，能交吗"),
    ("zh", N, "northeastern grandma, refused", "那犊子说我孙子被抓了要拿钱，我说你让我孙子接电话，他就挂了，钱一分没给"),
    ("zh", N, "voice-to-text run-on, refused", "刚才有个女的打电话说我什么医保卡被盗刷要冻结让我按一我没按就挂了后面又打来我也没接"),
    ("zh", N, "colleague's loss", "我们单位同事被假冒领导的微信骗了十万，那个头像跟真的一模一样"),
    ("zh", N, "Hunan grandpa", "我崽要我莫信那些打电话要钱的，上次那个讲我中奖的我冇理他咯"),
    ("zh", N, "Shanghainese grandma, refused", "伊讲是公安局的，叫我开视频，我讲侬到派出所来寻我，伊就挂脱了"),
    # ---------------- en, gone: 18 ----------------
    ("en", G, "UK pensioner", "A man from my bank rang and said my account was compromised, so I moved £8,000 into the safe account he gave me. Was that silly?"),
    ("en", G, "US grandma", "I bought $1,500 in Apple gift cards at Walgreens and read him the numbers on the back. He said it was for the IRS."),
    ("en", G, "Singlish uncle", "Wah lau, I already give him the OTP liao, he say from DBS one"),
    ("en", G, "Indian retiree", "Sir, I have shared my screen with the customer care person, AnyDesk is still running, what to do"),
    ("en", G, "Filipino nurse reporting her aunt", "My tita already sent 20k pesos to the one claiming to be my cousin in Dubai, new number daw"),
    ("en", G, "Malaysian auntie", "I already transfer RM5000 to the police officer account lah, he said my IC used for money laundering"),
    ("en", G, "non-native speaker in Shanghai", "I am give my bank password to the man who call, he say he is from Chinese police"),
    ("en", G, "consequence only", "WeChat just logged me out and now says my password is wrong. Earlier some guy asked me for the 6-digit code"),
    ("en", G, "US retiree, bitcoin ATM", "Went to the bitcoin machine at the gas station and fed in $9,000 cash like the sheriff's office guy told me"),
    ("en", G, "UK widow, courier pickup", "A courier came round this morning and took my gold coins, the detective on the phone said they had to be checked"),
    ("en", G, "very short reply", "Sent it already."),
    ("en", G, "student, task scam", "Did the hotel review tasks, got paid twice, then had to top up 3,000 USDT to unlock my account. Now they want more."),
    ("en", G, "expat, selfie video", "They had me film a selfie video turning my head left and right, and I sent them a photo of my passport for 'verification'"),
    ("en", G, "US man, card details", "Gave him my card number, expiry and the 3 digits on the back. He said he was from Amazon refunds."),
    ("en", G, "foreign resident, question at end", "The customs officer said my parcel had fake passports, so I paid the 12,000 yuan 'clearance deposit'. Was that real?"),
    ("en", G, "mother reporting her son", "My son says he already sent his online banking login to a 'recruiter' on Telegram, is that bad?"),
    ("en", G, "consequence via SMS", "Just got a text from HSBC saying a new device was added to my account. I never did that, but I did install the app the caller sent me"),
    ("en", G, "lowercase run-on", "guy says hes from the chinese embassy theres a warrant on me so i paid bail thru wise like 4 grand and now he wont answer"),
    # ---------------- en, near: 17 ----------------
    ("en", N, "UK pensioner, refused", "Someone rang claiming to be from the bank and asked for my PIN. I told him to sod off and hung up."),
    ("en", N, "US grandma, stopped by cashier", "Was about to buy gift cards for the 'IRS' but the cashier at Target stopped me. Didn't buy any."),
    ("en", N, "Singlish, hung up", "Got call say from MOH, I never give anything, just hang up only. Is it scam?"),
    ("en", N, "Indian, hypothetical", "What happens if I give the OTP? I have not given, just asking."),
    ("en", N, "Filipino, neighbour's loss", "My neighbor got scammed 50k by a fake bank agent po, so scary"),
    ("en", N, "Malaysian, bill paid", "Paid my TNB bill through the official app just now, that's ok right?"),
    ("en", N, "hypothetical remote app", "If a caller asks me to install TeamViewer, should I?"),
    ("en", N, "froze card, nothing taken", "I've already called my bank and had the card frozen just in case. Nothing was taken and I gave nothing out."),
    ("en", N, "real courier call", "DHL called to confirm my delivery address, didn't ask for any payment or code"),
    ("en", N, "refund received", "My refund from the airline came through to my card, I applied on their website myself"),
    ("en", N, "rent paid", "Paid rent to my landlord like every month, same account as always"),
    ("en", N, "typed but not sent", "I typed the code into the chat but didn't hit send. Deleted it."),
    ("en", N, "protective steps", "Changed all my passwords and installed the anti-fraud app my daughter recommended"),
    ("en", N, "news story", "Saw on the news that people are losing money to fake police video calls. How can I tell?"),
    ("en", N, "non-native, refused", "The man say he is police, I say I come to police station myself, he hang up. I give nothing."),
    ("en", N, "already, harmless", "I already told my wife about the weird call, we're both fine, didn't pay"),
    ("en", N, "asking about a plan", "A guy on WhatsApp says he can get back the money my friend lost, for a fee. I haven't paid. Legit?"),
    # ---------------- mixed zh+en, gone: 12 ----------------
    ("mixed", G, "young professional", "刚才那个customer service让我开了screen share，现在还on着"),
    ("mixed", G, "Chinglish student", "OTP我已经give他了，他说是bank的"),
    ("mixed", G, "office worker", "我transfer了5k到那个safe account，说是police要查"),
    ("mixed", G, "daughter reporting her mother", "我妈已经把card number和CVV都报给他了"),
    ("mixed", G, "retiree, remote app", "下载了那个AnyDesk，他说help我退款，现在我Alipay余额没了"),
    ("mixed", G, "company accountant", "boss在WeChat上叫我urgent转账，我已经转了20万给那个supplier account"),
    ("mixed", G, "crypto newbie", "那个investment mentor让我deposit了10万USDT，现在withdraw不出来"),
    ("mixed", G, "anxious student", "我的password已经tell他了，怎么办呀"),
    ("mixed", G, "Singapore Chinese", "Already 转了 la, 三千块 for the unfreeze fee"),
    ("mixed", G, "young woman, ID photos", "他要我拍ID card front and back，已经send过去了"),
    ("mixed", G, "gamer", "我已经buy了五张steam card，code都发给他了"),
    ("mixed", G, "son reporting his father", "My dad 已经把 pension card 交给 那个上门的 'officer' 了"),
    # ---------------- mixed zh+en, near: 13 ----------------
    ("mixed", N, "hung up", "那个call说是customs，我直接hang up了，nothing给"),
    ("mixed", N, "stopped by daughter", "我差点share screen，我女儿stop了我"),
    ("mixed", N, "hypothetical", "如果我give了OTP会怎样？just asking"),
    ("mixed", N, "colleague's loss", "colleague被fake boss骗了，我们公司现在很紧张"),
    ("mixed", N, "money to family", "我用PayNow给我mum转了生活费，normal的"),
    ("mixed", N, "salary received", "salary到账了，HR发的email也confirm了"),
    ("mixed", N, "called 96110", "我已经call了96110，他们说是scam，我没pay"),
    ("mixed", N, "face scan at counter", "bank staff在counter帮我scan了face，办新卡"),
    ("mixed", N, "anti-fraud app", "我download了国家反诈中心app，register好了"),
    ("mixed", N, "did not click", "那个refund link我没click，直接delete了"),
    ("mixed", N, "asking about a plan", "想把money放进friend推荐的investment app，safe吗？还没放"),
    ("mixed", N, "parcel collected", "Parcel已经collect了，from驿站，no problem"),
    ("mixed", N, "froze card as precaution", "我已经freeze了我的card，保险起见，没有give任何info"),
    # ---------------- yue (Cantonese), gone: 20 ----------------
    ("yue", G, "HK retiree", "頭先有個自稱入境處嘅人話我身份證被盜用，我已經過咗兩萬蚊去佢話嘅戶口"),
    ("yue", G, "very short reply", "已經轉咗"),
    ("yue", G, "HK son reporting his mother", "我阿媽將個驗證碼讀咗俾嗰個話係銀行嘅人聽"),
    ("yue", G, "HK grandpa, remote app", "佢叫我裝咗個app話幫我退款，而家部手機自己郁"),
    ("yue", G, "HK auntie, screen share on", "屏幕分享仲開緊，佢仲喺度同我講嘢，點算"),
    ("yue", G, "Guangdong daughter, Simplified", "我阿爸啱啱畀咗三千蚊个快递佬，话系海关罚款"),
    ("yue", G, "Guangdong mother, Simplified", "个仔话喺外地俾公安扣咗要保释金，我已经汇咗五万过去"),
    ("yue", G, "HK elderly woman, point cards", "我喺便利店買咗十張點數卡，密碼影咗相send俾佢"),
    ("yue", G, "HK man, card details", "張卡連埋背面三個字都報咗俾佢"),
    ("yue", G, "HK housewife, task scam", "上網做兼職幫人like片，頭幾次有錢收，後尾充咗八千蚊入去做任務，而家話要再充先攞得返"),
    ("yue", G, "HK retiree, consequence only", "戶口啲錢冇晒，淨返幾蚊，之前有個自稱警察嘅人同我視像咗成晚"),
    ("yue", G, "HK student, face video", "佢要我對住鏡頭擰頭眨眼，仲影埋身份證，我做咗"),
    ("yue", G, "HK grandpa, password", "我已經將銀行密碼話咗俾佢知"),
    ("yue", G, "HK investor", "嗰個投資導師叫我買虛擬幣，我投咗三十萬入去，而家個app登入唔到"),
    ("yue", G, "HK wife reporting husband", "我老公將張提款卡同密碼交咗俾上門嗰個「調查員」"),
    ("yue", G, "HK mother, relative on WhatsApp", "WhatsApp有個人扮我個女，話換咗新號碼，要我幫佢找數，我已經轉咗一萬二"),
    ("yue", G, "Guangdong grandpa, Simplified", "佢话我社保卡有问题，我按咗1，跟住将张卡嘅号码同密码都讲咗"),
    ("yue", G, "HK young man, loans passed on", "喺幾個網貸平台借咗錢轉俾佢，佢話清咗額度就會幫我刪記錄"),
    ("yue", G, "HK woman, consequence via SMS", "頭先收到短訊話我張信用卡簽咗一萬八，我冇簽過，不過之前有人問過我張卡嘅資料，我講咗"),
    ("yue", G, "Guangdong grandma, Simplified", "我将啲金器交畀咗落嚟收嘅人，佢话系检察院要封存"),
    # ---------------- yue (Cantonese), near: 20 ----------------
    ("yue", N, "HK retiree, refused", "有個人話係警察，叫我開視像錄口供，我話去差館先講，佢即刻收線"),
    ("yue", N, "HK grandma, stopped by son", "差啲就俾咗驗證碼，好彩個仔喺隔籬搶咗部電話"),
    ("yue", N, "typed but not sent", "驗證碼打咗落對話框但冇send，我刪咗"),
    ("yue", N, "HK man, stopped by teller", "去銀行想匯錢，職員問我係咪俾人呃，最後冇匯到"),
    ("yue", N, "hypothetical", "如果我俾人睇我個屏幕會點？我未開過"),
    ("yue", N, "neighbour's loss", "隔籬屋陳太俾人呃咗十萬，話係入境處打嚟"),
    ("yue", N, "news story", "睇新聞話有人扮網信辦打視像電話，好得人驚"),
    ("yue", N, "market payment", "頭先喺街市用八達通俾錢買菜，冇問題㗎嘛"),
    ("yue", N, "bills paid", "交咗電費同水費，用嘅係官方app"),
    ("yue", N, "money to family", "俾咗個女兩千蚊生活費，佢當面同我攞嘅"),
    ("yue", N, "allowance received", "長者生活津貼過咗數，多咗四千幾"),
    ("yue", N, "froze card as precaution", "我已經打咗去銀行卡背面個電話凍結咗張卡，咩都冇俾過人"),
    ("yue", N, "changed password", "改咗網上銀行密碼，因為群組有人話最近好多騙案"),
    ("yue", N, "Guangdong, called 96110, Simplified", "打咗96110问过，佢哋话系诈骗，我冇理佢"),
    ("yue", N, "real hospital call", "醫管局打嚟提我聽日覆診，冇問我攞任何資料"),
    ("yue", N, "blocked", "個電話話我包裹有問題，我冇理，直接block咗"),
    ("yue", N, "Guangdong grandpa, anti-fraud app, Simplified", "我个孙帮我装咗国家反诈中心app，仲帮我注册埋"),
    ("yue", N, "face scan at counter", "今日去銀行櫃位開戶，職員幫我影咗相掃咗塊面"),
    ("yue", N, "asking about a recovery fee", "有人話幫我攞返之前俾人呃嘅錢，要先俾手續費，我未俾，應唔應該俾？"),
    ("yue", N, "already, harmless", "食咗飯啦，頭先個電話話我中咗獎要交稅，我收咗線"),
    # ---------------- zh-Hant (Taiwan), gone: 20 ----------------
    ("zh-Hant", G, "Taiwan office worker", "剛剛有人說是蝦皮客服，說我被設成批發商要解除，我照他說的去ATM操作，轉了四萬九"),
    ("zh-Hant", G, "Taiwan son reporting his mother", "我媽被假檢察官騙，已經把存摺跟印章交給來拿的人了"),
    ("zh-Hant", G, "Taiwan grandpa, game points", "在超商買了兩萬塊的遊戲點數，序號都拍照傳給他了"),
    ("zh-Hant", G, "zhuyin particle typing", "驗證碼我已經傳給他ㄌ，他說是中華電信的"),
    ("zh-Hant", G, "Taiwan retiree, remote app", "他叫我下載一個APP說要遠端協助，現在手機畫面一直被操控"),
    ("zh-Hant", G, "Taiwan investor", "LINE上的投資老師要我入金，已經匯了八十萬，現在出不了金"),
    ("zh-Hant", G, "Taiwan woman, password", "我已經把網銀密碼講給那個說是銀行專員的人"),
    ("zh-Hant", G, "Taiwan granddaughter reporting", "我阿公把卡號跟卡片背面三碼都念給他了"),
    ("zh-Hant", G, "Taiwan auntie, screen share on", "畫面分享還開著，他還在線上，我該怎麼辦"),
    ("zh-Hant", G, "Taiwan grandma, chain story", "說我健保卡被盜用，轉給警察，再轉檢察官，最後要我把錢轉到監管帳戶，我轉了三十萬"),
    ("zh-Hant", G, "zhuyin typo, consequence", "窩的LINE突然被登出，再登入說帳號在別的裝置，之前有人跟我要簡訊認證碼"),
    ("zh-Hant", G, "very short reply", "已經匯了"),
    ("zh-Hant", G, "Taiwan woman, romance customs fee", "網路上認識的男友說要寄禮物來要付關稅，我已經付了三萬二"),
    ("zh-Hant", G, "Taiwan man, loans passed on", "借了好幾家信貸，把錢轉給說要幫我美化帳戶的代辦"),
    ("zh-Hant", G, "Taiwan student, face video", "照他的指示對著鏡頭轉頭、張嘴，還拍了身分證正反面傳過去"),
    ("zh-Hant", G, "Taiwan retiree, consequence only", "戶頭裡的錢不見了，只剩兩百多，昨天有個人一直跟我視訊"),
    ("zh-Hant", G, "Taiwan father reporting son", "我兒子說他把提款卡寄給一個說要幫他辦貸款的人了"),
    ("zh-Hant", G, "Taiwan man, crypto ATM", "虛擬貨幣ATM投了十五萬現金進去，是那個說是調查局的人叫我投的"),
    ("zh-Hant", G, "Taiwan grandma, prize fees", "一開始說我中獎要先繳稅金，繳了以後又說要保證金，總共給了六萬多"),
    ("zh-Hant", G, "Taiwan voice-to-text run-on", "就是一個自稱台北地檢署的打來說我涉嫌洗錢要監管帳戶不然要收押我很怕就照著做了去郵局領了五十萬交給他們派來的人"),
    # ---------------- zh-Hant (Taiwan), near: 20 ----------------
    ("zh-Hant", N, "Taiwan grandma, refused", "有人打來說是健保局，我說我自己打去問，他就掛了，我什麼都沒給"),
    ("zh-Hant", N, "stopped by store clerk", "差點去ATM操作，還好便利商店店員發現不對勁幫我報警"),
    ("zh-Hant", N, "did not go", "有人叫我去ATM解除分期付款，我沒去，這是詐騙吧"),
    ("zh-Hant", N, "called 165", "打了165問過了，他們說是詐騙，我沒有匯錢"),
    ("zh-Hant", N, "hypothetical", "如果我把認證碼給別人會怎樣？我還沒給"),
    ("zh-Hant", N, "neighbour's loss", "隔壁的阿姨被假投資騙了兩百萬，好可怕"),
    ("zh-Hant", N, "news story", "新聞說最近很多假冒檢察官的電話，要怎麼分辨"),
    ("zh-Hant", N, "bills paid", "剛繳了水費跟電費，用的是台電的官方app"),
    ("zh-Hant", N, "night market payment", "在夜市用LINE Pay付了一百塊買雞排"),
    ("zh-Hant", N, "money to family", "給我女兒轉了五千塊學費，她自己跟我講的"),
    ("zh-Hant", N, "pension received", "老人年金入帳了，比上個月多一點"),
    ("zh-Hant", N, "froze card as precaution", "我已經打銀行官方客服把卡片停用了，也沒給過對方任何資料"),
    ("zh-Hant", N, "changed password", "剛改了網銀密碼，因為看到群組有人在提醒"),
    ("zh-Hant", N, "real post office call", "郵局打電話來說我的包裹在櫃台，叫我有空去領，沒有要我付錢"),
    ("zh-Hant", N, "police outreach", "警察局的人來社區宣導防詐騙，還發了傳單"),
    ("zh-Hant", N, "blocked and reported", "我已經把那個號碼封鎖檢舉了"),
    ("zh-Hant", N, "face scan at counter", "去銀行臨櫃辦事，行員要我做人臉辨識"),
    ("zh-Hant", N, "asking about a plan", "朋友說要介紹我一個穩賺的投資群組，我還沒加，可以加嗎"),
    ("zh-Hant", N, "already, harmless", "已經吃飽了啦，剛剛那通說我包裹有問題的電話我直接掛掉"),
    ("zh-Hant", N, "zhuyin, nothing given", "窩沒有給他任何東西ㄛ，只是聽他講完就掛了"),
]

WANT_LANG = {"zh": 60, "en": 35, "mixed": 25, "yue": 40, "zh-Hant": 40}


def validate(items):
    assert len(items) == 200, len(items)
    langs = Counter(i[0] for i in items)
    assert dict(langs) == WANT_LANG, langs
    labels = Counter(i[1] for i in items)
    assert labels[G] == 100 and labels[N] == 100, labels
    texts = [i[3] for i in items]
    dup = [t for t, c in Counter(texts).items() if c > 1]
    assert not dup, dup
    for lang, label, persona, text in items:
        assert 4 <= len(text) <= 140, (len(text), text)
        assert label in (G, N) and persona


def balance(items):
    """Swap members of the earliest mixed pairs until the even positions hold 50 gone."""
    items = list(items)
    even_gone = sum(1 for i in items[0::2] if i[1] == G)
    k = 0
    while even_gone != 50:
        a, b = items[2 * k], items[2 * k + 1]
        if even_gone > 50 and a[1] == G and b[1] == N:
            items[2 * k], items[2 * k + 1] = b, a
            even_gone -= 1
        elif even_gone < 50 and a[1] == N and b[1] == G:
            items[2 * k], items[2 * k + 1] = b, a
            even_gone += 1
        k += 1
    return items


def main():
    validate(ITEMS)
    items = list(ITEMS)
    random.Random(16).shuffle(items)
    items = balance(items)
    scen = []
    for n, (lang, label, persona, text) in enumerate(items, 1):
        scen.append({
            "id": f"r16d-{n:03d}",
            "tags": ["round16", "deeds", lang, label],
            "lang": lang,
            "label": label,
            "persona": persona,
            "turns": [{"text": text, "expect": {"urgent": label == G}}],
        })
    dev, held = scen[0::2], scen[1::2]
    assert sum(s["label"] == G for s in dev) == 50 and sum(s["label"] == G for s in held) == 50
    for name, data in (("deeds.scen.json", scen), ("deeds-dev.scen.json", dev), ("deeds-held.scen.json", held)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print(f"deeds: {len(scen)} (dev {len(dev)}, held {len(held)})")
    for part, data in (("all", scen), ("dev", dev), ("held", held)):
        c = Counter((s["lang"], s["label"]) for s in data)
        print(part, {f"{l}/{b}": c[(l, b)] for l in WANT_LANG for b in (G, N)})


if __name__ == "__main__":
    main()
