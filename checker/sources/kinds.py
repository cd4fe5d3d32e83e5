"""Sources for the kinds of fraud in China and what scammers there ask for."""

from __future__ import annotations

from ..rule import Citation

__all__ = [
    "APP_AND_GROUPS",
    "BOSS_ACQUAINTANCE",
    "BOSS_NEW_ACCOUNT",
    "CARD_NUMBER_TEXT",
    "CARD_NUMBER_TEXT_CASE",
    "CONSULATE_MANCHESTER_DOCUMENTS",
    "CREDIT_RECORD",
    "DETAILS_REQUEST",
    "EMBASSY_GERMANY_ROBOCALL",
    "GAME_TRADE",
    "GIFT_CARDS",
    "GOVERNMENT_IMPERSONATION",
    "HEALTH_OFFICIAL_IMPERSONATION",
    "HK_ADCC_MAINLAND_OFFICIALS",
    "INVESTMENT",
    "LOAN_UNFREEZE_FEE",
    "MFA_ABROAD_IMPERSONATION",
    "MPS_LOAN_LURE",
    "MPS_STATE_ORGANS_SAFE_ACCOUNT",
    "MPS_TOP_TYPES",
    "NAFC_WHENEVER_BOSS",
    "NAFC_WHENEVER_DETAILS",
    "NAFC_WHENEVER_PRIZE",
    "NAFC_WHENEVER_RELATIVE",
    "PBOC_CREDIT",
    "POLICE_IMPERSONATION",
    "PRIZE_FEES",
    "RELATIVE_IN_TROUBLE",
    "ROMANCE",
    "SERVICE_MEMBERSHIP",
    "SERVICE_REFUND",
    "SHOPPING",
]

# Kinds of fraud and what scammers ask for.
MPS_TOP_TYPES = Citation(
    publisher="公安部（中新社报道，转载）",
    publisher_en="Ministry of Public Security (reported by China News Service, as reposted)",
    kind="police",
    date="2024-06-25",
    url="http://urin79.com/newsn/articlej.php?SAiX=JrU.html",
    quote="冒充领导熟人类诈骗,冒充公检法及政府机关类诈骗,网络婚恋、交友类诈骗,网络游戏产品虚假交易类诈骗",
    quote_en="Impersonating leaders and acquaintances; impersonating police, procuratorate, court and government "
    "organs; online dating and friendship fraud; fake online-game product trades.",
)
MPS_STATE_ORGANS_SAFE_ACCOUNT = Citation(
    publisher="公安部（新华社报道，张家口新闻网转载）",
    publisher_en="Ministry of Public Security (reported by Xinhua, carried by Zhangjiakou News)",
    kind="police",
    date="2022-05-12",
    url="http://www.zjknews.com/news/fazhi/fazhi/202205/12/371363.html",
    quote="自称公检法等国家机关工作人员并要求把钱款转到 “安全账户”的一定是诈骗",
    quote_en="Anyone who claims to be staff of the police, procuratorate, court or another state organ and asks "
    'you to move money into a "safe account" is certainly a scammer.',
)
POLICE_IMPERSONATION = Citation(
    publisher="银川市公安局（金凤区反诈中心）",
    publisher_en="Yinchuan Municipal Public Security Bureau (Jinfeng District Anti-Fraud Centre)",
    kind="police",
    date="2026-02-05",
    url="https://police.yinchuan.gov.cn/xwdt/cjjx/jffj/202602/t20260205_5160547.html",
    quote="王女士已在骗子诱导下,通过“共享屏幕”泄露了名下所有银行卡的余额信息",
    quote_en="Led on by the scammer, Ms Wang had already given away the balances of all her bank cards through "
    '"screen sharing".',
)
GOVERNMENT_IMPERSONATION = Citation(
    publisher="公安部刑事侦查局（中国之声“陈士渠防骗讲堂”，51好读转载）",
    publisher_en="Ministry of Public Security Criminal Investigation Department (Chen Shiqu's anti-fraud lecture, "
    "Voice of China; as reposted by 51haodu)",
    kind="police",
    date="2016-12-22",
    url="http://51haodu.com/t/TzlZeWxxa1Jkag==",
    quote="犯罪分子首先冒充社保、医保中心工作人员,谎称受害人医保、社保出现异常,可能被他人冒用、透支,涉嫌犯罪",
    quote_en="The criminals first pose as staff of the social security or medical insurance centre and falsely "
    "claim the victim's insurance shows anomalies, may have been misused or overdrawn by someone else, and is "
    "implicated in a crime.",
)
HEALTH_OFFICIAL_IMPERSONATION = Citation(
    publisher="兰州市公安局（每日甘肃·兰州报道）",
    publisher_en="Lanzhou Municipal Public Security Bureau (reported by xinxilanzhou.com)",
    kind="police",
    date="2022-04-06",
    url="https://xinxilanzhou.com/2022/0406/165230.shtml",
    quote="对方冒充“兰州市疾控中心”谎称市民为“密接者”,以“配合调查”为由,要求市民转账或提供银行卡、验证码等信息",
    quote_en='The caller posed as the "Lanzhou CDC", falsely said the person was a "close contact" and, to '
    '"assist the investigation", demanded a transfer or bank-card details and verification codes.',
)
EMBASSY_GERMANY_ROBOCALL = Citation(
    publisher="中国驻德国大使馆",
    publisher_en="Chinese Embassy in Germany",
    kind="embassy",
    date="2020-11-20",
    url="http://de.china-embassy.gov.cn/lsfw/202011/t20201121_2822027.htm",
    quote="我馆电话是直拨电话,不会通过语音提示拨打8、9等分机号码跳转至人工服务;",
    quote_en="Our phones are direct lines; we never use voice prompts telling you to dial extension 8, 9 or the "
    "like to be put through to an operator.",
)
CONSULATE_MANCHESTER_DOCUMENTS = Citation(
    publisher="中国驻曼彻斯特总领事馆",
    publisher_en="Chinese Consulate-General in Manchester",
    kind="embassy",
    date="2018-06-08",
    url="http://manchester.china-consulate.org/passport/lsbh/201806/t20180608_3971312.htm",
    quote="这些电话以“有重要文件需签领”、“银行卡被盗刷”或“在国内涉案”为由头,恐吓催逼当事人汇出巨款。",
    quote_en='These calls open with "an important document needs signing for", "your bank card has been '
    'fraudulently used" or "you are involved in a case in China", and frighten people into remitting large sums.',
)
MFA_ABROAD_IMPERSONATION = Citation(
    publisher="中国驻法国使馆（外交部中国领事服务网刊载）",
    publisher_en="Chinese Embassy in France (published on the MFA's China Consular Affairs website)",
    kind="embassy",
    date="2025-09-16",
    url="https://cs.mfa.gov.cn/gyls/lsgz/fwxx/202509/t20250916_11709287.shtml",
    quote="冒充驻外使领馆或国内公检法人员,声称当事人涉嫌某“重大刑事案件”且“案件涉密程度高”,需缴纳所谓“保证金”申请“取保候审”。",
    quote_en="They pose as Chinese missions abroad or as police, procuratorate or court staff in China, claim the "
    'person is a suspect in a "major criminal case" that is "highly classified", and say a so-called '
    '"deposit" must be paid to apply for "bail".',
)
HK_ADCC_MAINLAND_OFFICIALS = Citation(
    publisher="香港警务处反诈骗协调中心",
    publisher_en="Hong Kong Police Force Anti-Deception Coordination Centre (ADCC)",
    kind="police",
    date="",
    url="https://www.adcc.gov.hk/en-hk/alerts-detail/alerts-1444920522000367618.html",
    quote="the calls are forwarded to fraudsters impersonating Mainland law enforcement officers",
    quote_en="the calls are forwarded to fraudsters impersonating Mainland law enforcement officers",
    quote_lang="en",
)
SERVICE_REFUND = Citation(
    publisher="上海浦东反诈中心（新华报业网报道）",
    publisher_en="Shanghai Pudong Anti-Fraud Centre (reported by xhby.net)",
    kind="police",
    date="",
    url="https://www.xhby.net/content/s69154e3ee4b069abf3719020.html",
    quote="商品在运输途中不慎损坏,按照公司规定可提供理赔服务",
    quote_en="The goods were accidentally damaged in transit, and under company rules a compensation claim can be "
    "offered.",
)
SERVICE_MEMBERSHIP = Citation(
    publisher="公安部（能源100网转载）",
    publisher_en="Ministry of Public Security (as reposted by nengyuan100.com)",
    kind="police",
    date="2025-06-22",
    url="http://www.nengyuan100.com/news/show-1891750.html",
    quote="或以受害人误购买“百万保障”等为由与其建立联系",
    quote_en='Or they make contact on the pretext that the victim mistakenly bought "Million-yuan Protection" '
    "or the like.",
)
CREDIT_RECORD = Citation(
    publisher="云南长安网（中共云南省委政法委，麻栗坡县案例通报）",
    publisher_en="Yunnan Chang'an Net (Yunnan Political-Legal Affairs Commission; Malipo County cases)",
    kind="police",
    date="2022-11",
    url="https://www.yncaw.gov.cn/html/2022/kaizhanquanminfanzha_1122/99171.html",
    quote="虚假征信类诈骗是指骗子冒充各种平台客服人员,用专业术语如“影响个人征信”“注销贷款”“消除贷款记录”等进行诱骗",
    quote_en="Fake credit-record fraud is when scammers pose as customer service of various platforms and use jargon "
    'such as "affects your personal credit record", "cancel the loan" and "erase the loan record" to deceive.',
)
PBOC_CREDIT = Citation(
    publisher="中国人民银行征信中心（金融时报报道，转载）",
    publisher_en="People's Bank of China Credit Reference Center (reported by Financial News, as reposted)",
    kind="regulator",
    date="2023-05-15",
    url="http://www.gspiyao.com.cn/html/2023/xwjj_0515/6389.html",
    quote="当诈骗分子冒充金融机构或征信中心客服人员,以“注销白条”“注销校园贷”,否则影响个人征信等理由要求注销账户和清空贷款额度时",
    quote_en="When scammers pose as customer service of a financial institution or the Credit Reference Center and, "
    'saying "cancel your Baitiao" or "cancel your campus loan" or your credit record will suffer, ask you to '
    "close accounts and clear your loan limit...",
)
LOAN_UNFREEZE_FEE = Citation(
    publisher="市反诈中心（晋中日报报道）",
    publisher_en="Municipal anti-fraud centre (reported by Jinzhong Daily)",
    kind="police",
    date="2024-05-15",
    url="http://wbpaper.jzrb.com/Article/index/aid/8332364.html",
    quote="会称受害人个人信息或账号错误,需要转账支付解冻金等才能办理贷款业务",
    quote_en="They will say the victim's personal details or account number are wrong, and that a transfer to pay "
    'an "unfreezing fee" or the like is needed before the loan can go through.',
)
MPS_LOAN_LURE = Citation(
    publisher=MPS_STATE_ORGANS_SAFE_ACCOUNT.publisher,
    publisher_en=MPS_STATE_ORGANS_SAFE_ACCOUNT.publisher_en,
    kind="police",
    date="2022-05-12",
    url=MPS_STATE_ORGANS_SAFE_ACCOUNT.url,
    quote="任何声称“无抵押、无资质要求、低利率、放款快”的网贷平台都有极大风险",
    quote_en='Any online lending platform that claims "no collateral, no qualifications needed, low interest, fast '
    'payout" is very risky.',
)
INVESTMENT = Citation(
    publisher="南通市公安局",
    publisher_en="Nantong Municipal Public Security Bureau",
    kind="police",
    date="2026-01-20",
    url="https://gaj.nantong.gov.cn/ntsgaj/jfts/content/216cf628-bf53-4d47-a31d-054688b7b3b3.html",
    quote="不加入陌生荐股群、不下载非正规理财App",
    quote_en="Don't join stock-tip groups run by strangers; don't download unofficial wealth-management apps.",
)
SHOPPING = Citation(
    publisher="运城市公安局",
    publisher_en="Yuncheng Municipal Public Security Bureau",
    kind="police",
    date="2024-02-06",
    url="http://gaj.yuncheng.gov.cn/site/public/showinfo.aspx?id=2024020610581154130108",
    quote="进而以私下交易可节省手续费或更加方便等理由,要求受害人私下转账",
    quote_en="Then, saying a private deal saves fees or is more convenient, they ask the victim to pay them directly.",
)
GAME_TRADE = Citation(
    publisher="黄山警方（黄山市司法局网站转载）",
    publisher_en="Huangshan police (as reposted on the Huangshan Justice Bureau website)",
    kind="police",
    date="2022-12-02",
    url="https://sfj.huangshan.gov.cn/fzxc/9086415.html",
    quote="以交纳各种费用为由的游戏账号、装备交易,一般都是诈骗",
    quote_en="Game account or gear trades that require paying various fees are generally scams.",
)
ROMANCE = Citation(
    publisher="杭州市公安局余杭区分局（羊城晚报报道，丹东市信用网转载）",
    publisher_en="Hangzhou Yuhang police (reported by Yangcheng Evening News, carried by Credit Dandong)",
    kind="police",
    date="2024-03-21",
    url="https://ddcredit.dandong.gov.cn/zh/News_46374.html",
    quote="骗子假冒军官并以婚恋为幌子接近当地一名单亲妈妈实施诈骗",
    quote_en="A scammer posed as an army officer and, under the cover of courtship, approached a local single "
    "mother to defraud her.",
)
BOSS_ACQUAINTANCE = Citation(
    publisher="公安部刑侦局、深圳市反电信网络诈骗中心（转载）",
    publisher_en="Ministry of Public Security Criminal Investigation Bureau and Shenzhen Anti-Telecom-Fraud Centre "
    "(as reposted)",
    kind="police",
    date="2023-02",
    url="http://zhishi5.com/redianxinwen/202302/288585_2.html",
    quote="利用“花式”理由要求你转账,转账理由多种多样,比如垫资、代付、借款、送礼、请客等。",
    quote_en='They use all kinds of "fancy" reasons to ask you to transfer money: advancing funds, paying on '
    "their behalf, a loan, a gift, treating someone to a meal, and so on.",
)
BOSS_NEW_ACCOUNT = Citation(
    publisher="丹江口市公安局六里坪派出所（人民网湖北频道报道）",
    publisher_en="Liuliping police station, Danjiangkou (reported by People's Daily Online, Hubei)",
    kind="police",
    date="2020-08-17",
    url="http://hb.people.com.cn/n2/2020/0817/c194063-34232589.html",
    quote="刘X,这是我新私号,收到请回复,备存。(吴某某)。",
    quote_en="Liu X, this is my new private number. Reply when you get this, and save it. (Wu XX).",
)
RELATIVE_IN_TROUBLE = Citation(
    publisher="泰州市公安局海陵分局城西派出所（我苏网报道）",
    publisher_en="Chengxi police station, Hailing branch of Taizhou police (reported by ourjiangsu.com)",
    kind="police",
    date="2022-05-09",
    url="http://www.ourjiangsu.com/a/20220509/1652102190943.shtml",
    quote="奶奶,救救我,我开车把别人给撞了,人家正在医院抢救,如果不给医药费,就要报警!",
    quote_en="Grandma, save me! I hit someone with the car and they're in emergency care at the hospital; if I "
    "don't pay the medical bills they'll call the police!",
)
NAFC_WHENEVER_PRIZE = Citation(
    publisher="中国建设银行山东省分行",
    publisher_en="China Construction Bank, Shandong Branch",
    kind="bank",
    date="2017-09-15",
    url="http://ccb.com/sd/cn/common/20170915_1505464064.html",
    quote="凡是通知中奖的、领取补助要你先交钱的;",
    quote_en="Whoever tells you that you won a prize, or can collect a subsidy, and wants you to pay first;",
)
NAFC_WHENEVER_DETAILS = Citation(
    publisher=NAFC_WHENEVER_PRIZE.publisher,
    publisher_en=NAFC_WHENEVER_PRIZE.publisher_en,
    kind="bank",
    date="2017-09-15",
    url=NAFC_WHENEVER_PRIZE.url,
    quote="凡是索要个人和银行卡信息及短信验证码的;",
    quote_en="Whoever asks for personal and bank-card information and SMS verification codes;",
)
NAFC_WHENEVER_RELATIVE = Citation(
    publisher=NAFC_WHENEVER_PRIZE.publisher,
    publisher_en=NAFC_WHENEVER_PRIZE.publisher_en,
    kind="bank",
    date="2017-09-15",
    url=NAFC_WHENEVER_PRIZE.url,
    quote="凡是通知家属出事要先汇款的;",
    quote_en="Whoever tells you a family member is in trouble and wants money sent first;",
)
NAFC_WHENEVER_BOSS = Citation(
    publisher=NAFC_WHENEVER_PRIZE.publisher,
    publisher_en=NAFC_WHENEVER_PRIZE.publisher_en,
    kind="bank",
    date="2017-09-15",
    url=NAFC_WHENEVER_PRIZE.url,
    quote="凡是自称老板(领导)要求打款的;",
    quote_en="Whoever claims to be your boss (leader) and asks you to send money;",
)
PRIZE_FEES = Citation(
    publisher="河池市公安局金城江分局（绍兴市公安局网站转载）",
    publisher_en="Jinchengjiang branch of Hechi police (as carried on the Shaoxing police website)",
    kind="police",
    date="2016-01-04",
    url="https://ga.sx.gov.cn/art/2016/1/4/art_1488128_17798817.html",
    quote="骗子通常以热播的综艺娱乐节目中大奖为幌子,以缴纳保证金、手续费、个人所得税等为借口,步步套牢受害人,最终骗取受害人汇款。",
    quote_en="Scammers usually use a big prize from a hit variety show as cover and a deposit, handling fee or "
    "personal income tax as excuses, trapping victims step by step until they remit money.",
)
CARD_NUMBER_TEXT = Citation(
    publisher="安康市公安局",
    publisher_en="Ankang Municipal Public Security Bureau",
    kind="police",
    date="",
    url="https://gaj.ankang.gov.cn/Content-287227.html",
    quote="或是“我的银行卡号换为XXXX,请将钱打入该处”",
    quote_en='Or "My bank card number has changed to XXXX; please pay the money into it".',
)
CARD_NUMBER_TEXT_CASE = Citation(
    publisher="嘉善县公安局西塘派出所（浙江在线报道）",
    publisher_en="Xitang police station, Jiashan (reported by Zhejiang Online)",
    kind="police",
    date="2009-06-10",
    url="http://zjnews.zjol.com.cn/05zjnews/system/2009/06/10/015581358.shtml",
    quote="除了开户行、户名及账号外,还有这么一行字:“请将款汇到这个账号,谢谢。”",
    quote_en='Apart from the bank, the account name and the account number, there was just one line: "Please '
    'remit the payment to this account, thanks."',
)
DETAILS_REQUEST = Citation(
    publisher="海南警方（海南日报客户端报道）",
    publisher_en="Hainan police (reported by the Hainan Daily app)",
    kind="police",
    date="2022-08-29",
    url="http://webtv.i2863.com/qzdst/gd/kgz/27967261.shtml",
    quote="会被要求填写相关个人信息(姓名、身份证号、银行卡号、银行卡密码、验证码等)",
    quote_en="...will be asked to fill in personal information (name, ID number, bank card number, card password, "
    "verification code and so on).",
)
APP_AND_GROUPS = Citation(
    publisher="公安部刑侦局（“20个防诈关键词”，转载）",
    publisher_en='Ministry of Public Security Criminal Investigation Bureau ("20 anti-fraud keywords", as reposted)',
    kind="police",
    date="2025",
    url="http://www.xgll.com.cn/zt/2025gjwlaqz/content_445248.htm",
    quote="引导受害人扫码添加联系方式,再将其拉入诈骗群聊中,进而实施诈骗。",
    quote_en="They get the victim to scan a code and add a contact, then pull them into a scam group chat, and "
    "defraud them from there.",
)
GIFT_CARDS = Citation(
    publisher="公安部刑侦局（网易号转载）",
    publisher_en="Ministry of Public Security Criminal Investigation Bureau (as reposted from a NetEase account)",
    kind="police",
    date="",
    url="https://chujupifa.com/read/-dy-article-JQIFMDTD0514FTVB.html",
    quote="陌生人要求“买卡转账”的均属诈骗;",
    quote_en='Any stranger who asks you to "buy cards to transfer money" is a scammer;',
)
