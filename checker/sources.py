"""The public sources the rules beyond the advisory rest on: who said it, when, where, in their words.

Police, banks, carriers, MIIT and embassies only; a regulator, consumer body or newspaper only
backs one of those up, and the rule table says so. Many pages survive only as reposts: the
publisher names the paper that reported it, and the URL is the copy the quote was read in.
"""

from __future__ import annotations

from .rule import Citation

# Lookalike and spoofed service numbers.
ICBC_GUANGXI_NUMBERS = Citation(
    publisher="中国工商银行广西分行（中新广西网报道，中国日报广西频道转载）",
    publisher_en="ICBC Guangxi Branch (reported by Chinanews Guangxi, carried by China Daily's Guangxi channel)",
    kind="bank",
    date="2015-01-27",
    url="http://global.chinadaily.com.cn/dfpd/gx/2015-01/28/content_19427888.htm",
    quote="一是伪装成00095588、40095588、+8695588、地区号95588等类似工行95588的电话号码",
    quote_en="First, numbers disguised to look like ICBC's 95588, such as 00095588, 40095588, +8695588 or "
    "an area code followed by 95588.",
)
ICBC_GUANGXI_SCRIPTS = Citation(
    publisher=ICBC_GUANGXI_NUMBERS.publisher,
    publisher_en=ICBC_GUANGXI_NUMBERS.publisher_en,
    kind="bank",
    date="2015-01-27",
    url=ICBC_GUANGXI_NUMBERS.url,
    quote="四是提示“密码器过期(升级、校准)、网银失效、积分兑换”等等",
    quote_en="Fourth, messages saying that \"your password device has expired (needs an upgrade or "
    "calibration), your online banking has lapsed, your points can be redeemed\", and so on.",
)
ICBC_GANZHOU_SENDER = Citation(
    publisher="中国工商银行（赣州晚报报道）",
    publisher_en="ICBC (reported by Ganzhou Evening News)",
    kind="bank",
    date="2013-11-04",
    url="http://gzjrw.cn/Item/181137.aspx",
    quote="短信的发送号码显示为“10600095588”",
    quote_en="The text's sender number showed as \"10600095588\".",
)
ICBC_GANZHOU_ONLY = Citation(
    publisher=ICBC_GANZHOU_SENDER.publisher,
    publisher_en=ICBC_GANZHOU_SENDER.publisher_en,
    kind="bank",
    date="2013-11-04",
    url=ICBC_GANZHOU_SENDER.url,
    quote="号码都为95588,如果不是,应该是诈骗电话和短信",
    quote_en="Its numbers are all 95588; if not, it should be a scam call or text.",
)
QILU_AREA_CODE = Citation(
    publisher="警方（齐鲁晚报报道）",
    publisher_en="Police (reported by Qilu Evening News)",
    kind="police",
    date="2014-12-18",
    url="https://epaper.qlwb.com.cn/qlwb/content/20141218/ArticelW06009FM.htm",
    quote="警方多次发布预警,提醒市民警惕“区号+955XX”和以“400”开头的电话诈骗",
    quote_en="Police have warned many times that people should beware of scam calls from \"area code + "
    "955XX\" numbers and from numbers starting with 400.",
)
PANJIN_PREFIX = Citation(
    publisher="盘锦市公安局",
    publisher_en="Panjin Public Security Bureau",
    kind="police",
    date="2012-05-16",
    url="https://gaj.panjin.gov.cn/2012_05/16_20/content-237542.html",
    quote="此类电话多在正常的报警电话前面多了诸如“+10”、“+”等符号",
    quote_en="Such calls mostly have something extra such as \"+10\" or \"+\" in front of the real police "
    "number.",
)
XUANHUA_100860 = Citation(
    publisher="宣化公安分局（12312 网站预警信息，转载）",
    publisher_en="Xuanhua police sub-bureau (a warning on the 12312 website, as reposted)",
    kind="police",
    date="2011-10-15",
    url="https://vfdstudio.com/rdkx/2011-10/15/66733.html",
    quote="由于100860与10086只相差一个尾号数字,多数群众认为是移动公司的服务项目信息",
    quote_en="Because 100860 differs from 10086 only by one digit at the end, most people took it for "
    "a service message from the mobile company.",
)
HEFEI_96110 = Citation(
    publisher="合肥市公安局（安徽商报报道，5月14日，年份不详；转载）",
    publisher_en="Hefei Public Security Bureau (reported by Anhui Business Daily on 14 May, year not "
    "given; as reposted)",
    kind="police",
    date="",
    url="http://www.mccaee.com/a/xinwendongtai/54.html",
    quote="如果来电显示“96110”加有其他前缀的,可能是诈骗分子改号冒充。",
    quote_en="If a call shows 96110 with any other prefix, it may be scammers posing with a changed "
    "number.",
)
WEIFANG_96110 = Citation(
    publisher="潍坊市公安局（安丘市政府网站）",
    publisher_en="Weifang Public Security Bureau (on the Anqiu city government website)",
    kind="police",
    date="2021-11-17",
    url="http://www.anqiu.gov.cn/xxgk/sgaj/202111/t20211119_5976307.html",
    quote="接到96110专号时,电话上会显示“地区区号+96110”",
    quote_en="When the 96110 line calls, the phone shows \"area code + 96110\".",
)
XINGXIAN_110 = Citation(
    publisher="兴县公安局",
    publisher_en="Xing County Public Security Bureau",
    kind="police",
    date="2013-03-29",
    url="http://ga.lvliang.gov.cn/site/public/showinfo.aspx?id=2013040118203678120111",
    quote="即便您的手机或座机显示的是“110”,也不要轻易相信对方的身份",
    quote_en="Even if your mobile or landline shows \"110\", do not readily believe who the caller says "
    "they are.",
)
ANSHAN_800 = Citation(
    publisher="市公安局防控中心（网络转载，页面标为鞍山，原发布日期不详）",
    publisher_en="A city police prevention centre (an online repost tagged Anshan; original date unknown)",
    kind="police",
    date="",
    url="https://zzfmdn.com/art/鞍山防控局电话号码.html",
    quote="比如,400、800、95开头的电话,因为申请手续简单、使用价格低廉,导致诈骗分子能很方便地申请开通,"
    "并与其所使用的电话绑定实施诈骗。",
    quote_en="For example, numbers starting with 400, 800 or 95 are simple to apply for and cheap to use, "
    "so scammers can easily get one and bind it to the phone they scam from.",
)
XINJINGBAO_L0086 = Citation(
    publisher="新京报评论（马上评，转载）",
    publisher_en="The Beijing News commentary (as reposted)",
    kind="press",
    date="2025-10-30",
    url="http://www.ilovedushubiji.com/post/58272.html",
    quote="杨先生就因一条酷似“10086”的“l0086”短信被骗走7739元",
    quote_en="Mr Yang lost 7,739 yuan to a text from \"l0086\", which looks just like \"10086\".",
)

# Fake base stations: texts that show a real service number and land in its thread.
TONGLIANG_FAKE_BASE_STATION = Citation(
    publisher="铜梁警方、建行铜梁支行（重庆晨报报道）",
    publisher_en="Tongliang police and CCB Tongliang sub-branch (reported by Chongqing Morning Post)",
    kind="police",
    date="2018-06-14",
    url="https://cqcb.com/county/tongliangqu/tongliangquxinwen/2018-06-14/898826.html",
    quote="近期有不法分子利用伪基站发送诈骗短信,冒充10086、95533等官方服务号,以积分兑换现金为名发送木马链接",
    quote_en="Criminals have recently used fake base stations to send scam texts posing as official "
    "service numbers such as 10086 and 95533, sending trojan links in the name of turning points "
    "into cash.",
)
TONGLIANG_SAME_THREAD = Citation(
    publisher=TONGLIANG_FAKE_BASE_STATION.publisher,
    publisher_en=TONGLIANG_FAKE_BASE_STATION.publisher_en,
    kind="police",
    date="2018-06-14",
    url=TONGLIANG_FAKE_BASE_STATION.url,
    quote="因为号码相同,诈骗短信往往会和以前建行发出的短信排列在一起",
    quote_en="Because the number is the same, the scam text often sits together with the texts CCB "
    "sent before.",
)
ZHENJIANG_SAME_THREAD = Citation(
    publisher="镇江移动、镇江市无线电管理处（金山网报道）",
    publisher_en="China Mobile Zhenjiang and the Zhenjiang radio administration (reported by Jinshan Net)",
    kind="carrier",
    date="2014-12-10",
    url="http://news.jsw.com.cn/zjnews/2014-12/10/content_3218297.htm",
    quote="这条短信与以前10086发来的短信叠加在一个信息源里显示",
    quote_en="This text showed in one thread, stacked with the texts 10086 had sent before.",
)
ZHENJIANG_NO_POINTS_CASH = Citation(
    publisher=ZHENJIANG_SAME_THREAD.publisher,
    publisher_en=ZHENJIANG_SAME_THREAD.publisher_en,
    kind="carrier",
    date="2014-12-10",
    url=ZHENJIANG_SAME_THREAD.url,
    quote="目前不存在以手机积分兑换现金的业务",
    quote_en="There is currently no service that turns mobile points into cash.",
)
GUANGDONG_TELECOM = Citation(
    publisher="广东电信（广州日报报道，转载）",
    publisher_en="China Telecom Guangdong (reported by Guangzhou Daily, as reposted)",
    kind="carrier",
    date="2008-10-17",
    url="http://nbnewpower.cn/it/txxw/news/2008/10-22/1420983.shtml",
    quote="不法分子冒充中國電信工作人員致電用戶(來電號碼多為以00開頭的國際長途)",
    quote_en="Criminals call customers posing as China Telecom staff (the calls mostly show an "
    "international number starting with 00).",
    quote_lang="zh-Hant",
)
YIYANG_12315 = Citation(
    publisher="益阳市市场监督管理局",
    publisher_en="Yiyang Administration for Market Regulation",
    kind="regulator",
    date="2024-11-06",
    url="http://yiyang.gov.cn/yysscjgj/13827/13828/content_2008427.html",
    quote="诈骗分子自称是“12315”维权平台的客服,以“维权”“退款”为由进行诈骗",
    quote_en="Scammers claim to be customer service of the 12315 consumer-rights platform and scam "
    "people in the name of \"defending your rights\" or \"a refund\".",
)

# 106 SMS ports.
MPS_1069 = Citation(
    publisher="公安部（“云剑-2020”行动通报，转载）",
    publisher_en="Ministry of Public Security (the Cloud Sword 2020 operation, as reposted)",
    kind="police",
    date="2020-05-07",
    url="http://qmys.org/keji/internet/4807.html",
    quote="一些有资质的1069短信平台披着合法的“外衣”,干着非法的“勾当”,违规将1069号码层层转售、层层代理",
    quote_en="Some licensed 1069 SMS platforms, under a legal cover, do illegal business: they resell "
    "1069 numbers down chains of resellers and agents.",
)
SHENZHEN_106 = Citation(
    publisher="深圳市反电信网络诈骗中心（厦门日报转载）",
    publisher_en="Shenzhen Anti-Fraud Centre (reposted by Xiamen Daily)",
    kind="police",
    date="2025-03-19",
    url="http://51haodu.com/t/cUFCclJsaVlxag==",
    quote="106短信引流诈骗再度变种",
    quote_en="Scams that lure people through 106 texts have changed form again.",
)
BEIJING_CARRIERS_106 = Citation(
    publisher="北京联通、北京移动（北京青年报报道）",
    publisher_en="China Unicom Beijing and China Mobile Beijing (reported by Beijing Youth Daily)",
    kind="carrier",
    date="2022-12",
    url="https://163.com/dy/article/HOR3S5NA0514R9KQ.html",
    quote="收到“10683023xxxx”发来的三条短信,提示自己的手机积分即将清零",
    quote_en="She got three texts from \"10683023xxxx\" saying that her phone points were about to be "
    "cleared.",
)

# Scripts police warn about.
SHAOXING_OFFICIALS = Citation(
    publisher="绍兴市公安局",
    publisher_en="Shaoxing Public Security Bureau",
    kind="police",
    date="2025-05-12",
    url="https://ga.sx.gov.cn/art/2025/5/12/art_1488089_58945562.html",
    quote="“公检法”等机关不会采取电话、短信、微信、QQ等形式互联网“线上”办案",
    quote_en="The police, prosecutors and courts do not handle cases \"online\" by phone, text, WeChat, "
    "QQ or the like.",
)
SHAOXING_SAFE_ACCOUNT = Citation(
    publisher=SHAOXING_OFFICIALS.publisher,
    publisher_en=SHAOXING_OFFICIALS.publisher_en,
    kind="police",
    date="2025-05-12",
    url=SHAOXING_OFFICIALS.url,
    quote="没有所谓的“安全账户”",
    quote_en="There is no such thing as a \"safe account\".",
)
SHAOXING_SECRECY = Citation(
    publisher=SHAOXING_OFFICIALS.publisher,
    publisher_en=SHAOXING_OFFICIALS.publisher_en,
    kind="police",
    date="2025-05-12",
    url=SHAOXING_OFFICIALS.url,
    quote="不断强调,要求受害人只与其保持联络,不得向任何人透露信息",
    quote_en="They keep insisting that the victim stays in contact with them alone and tells no one "
    "anything.",
)
MPS_NO_PHONE_STATEMENT = Citation(
    publisher="公安部刑事侦查局（青岛新闻网报道）",
    publisher_en="Criminal Investigation Department, Ministry of Public Security (reported by Qingdao News)",
    kind="police",
    date="2017-03-13",
    url="https://news.qingdaonews.com/zonghe/2017-03/13/content_11968474.htm",
    quote="公安机关是不会通过电话做笔录的",
    quote_en="The police do not take statements over the phone.",
)
ZIXING_SCREEN_SHARING = Citation(
    publisher="资兴市公安局",
    publisher_en="Zixing Public Security Bureau",
    kind="police",
    date="2025-07-24",
    url="https://www.zixingxinwen.com/content/646941/68/15153212.html",
    quote="屏幕共享陷阱类电信诈骗",
    quote_en="Telecom scams that use the screen-sharing trap.",
)
ANTI_FRAUD_CENTER_MEETINGS = Citation(
    publisher="国家反诈中心（转载）",
    publisher_en="National Anti-Fraud Center (as reposted)",
    kind="police",
    date="2021-04-23",
    url="http://web.cmc.gcable.cn/sxxgbdst_html/app/gjsh/1038384.shtml",
    quote="国家反诈中心发现有不法分子利用这些功能实施诈骗",
    quote_en="The National Anti-Fraud Center has found criminals using these functions (video "
    "meetings and screen sharing) to scam people.",
)
ZIXING_CODES = Citation(
    publisher=ZIXING_SCREEN_SHARING.publisher,
    publisher_en=ZIXING_SCREEN_SHARING.publisher_en,
    kind="police",
    date="2025-07-24",
    url=ZIXING_SCREEN_SHARING.url,
    quote="将收到的短信验证码全部点开给对方看",
    quote_en="(The victim was made) to open every verification code received by text for the other "
    "side to see.",
)
CBIRC_SENSITIVE_INFO = Citation(
    publisher="银保监会（每日经济新闻报道）",
    publisher_en="China Banking and Insurance Regulatory Commission (reported by National Business Daily)",
    kind="regulator",
    date="2021-04-29",
    url="https://m.nbd.com.cn/articles/2021-04-29/1725230.html",
    quote="三看对方索要信息是否为个人重要敏感信息",
    quote_en="Third, check whether what they ask for is important, sensitive personal information.",
)
CBIRC_EXPIRY = Citation(
    publisher="银保监会消费者权益保护局（上海证券报报道）",
    publisher_en="Consumer Protection Bureau of the China Banking and Insurance Regulatory Commission "
    "(reported by Shanghai Securities News)",
    kind="regulator",
    date="2021-03-16",
    url="https://www.cititic.com/news/mm/1576478-20210316.htm",
    quote="声称客户手机银行、银行卡、身份证等过期或失效,诱导客户点击短信中网站链接访问虚假手机银行系统",
    quote_en="They claim that the customer's mobile banking, bank card or ID card has expired or "
    "lapsed, and lure the customer into clicking a link in the text to a fake mobile banking site.",
)
NINGBO_ETC = Citation(
    publisher="鄞州公安分局明楼派出所（中国宁波网报道）",
    publisher_en="Minglou police station, Yinzhou police sub-bureau (reported by Ningbo China Net)",
    kind="police",
    date="2020-06-12",
    url="http://news.cnnb.com.cn/system/2020/06/12/030161202.shtml",
    quote="民警提醒广大车主,ETC不存在二次认证",
    quote_en="Officers remind drivers that there is no such thing as a second ETC verification.",
)
QUANZHOU_TAX = Citation(
    publisher="泉州市反诈骗中心（东南网报道）",
    publisher_en="Quanzhou Anti-Fraud Centre (reported by Southeast Net)",
    kind="police",
    date="2025-12-10",
    url="http://qz.fjsen.com/2025-12/10/content_32094536.htm",
    quote="所有退税事项必须通过国家税务总局“个人所得税”官方APP办理",
    quote_en="Every tax refund must go through the State Taxation Administration's official Individual "
    "Income Tax app.",
)
YICHUN_SUBSIDY = Citation(
    publisher="宜春市公安局反电信网络诈骗中心（转载，日期不详）",
    publisher_en="Yichun police anti-fraud centre (as reposted, undated)",
    kind="police",
    date="",
    url="http://cosair.com.cn/News/418.html",
    quote="謊稱自己是社保局、醫保局工作人員",
    quote_en="They falsely claim to be staff of the social security or medical insurance bureau.",
    quote_lang="zh-Hant",
)
MOHRSS_SUBSIDY = Citation(
    publisher="人力资源和社会保障部（三秦都市报报道）",
    publisher_en="Ministry of Human Resources and Social Security (reported by Sanqin Metropolis Daily)",
    kind="regulator",
    date="2025-04-12",
    url="https://epaper.sanqin.com/html/202504/12/content_903691.html",
    quote="从未面向普通群众发放过所谓的“五险一金补贴”",
    quote_en="It has never paid ordinary people any so-called \"social insurance and housing fund "
    "subsidy\".",
)
GUANGZHOU_CAMPUS_LOAN = Citation(
    publisher="广州公安（转载）",
    publisher_en="Guangzhou police (as reposted)",
    kind="police",
    date="2021-06-26",
    url="http://www.hsxyk.com/xykdk/7492.html",
    quote="这是典型的“注销校园贷”骗局",
    quote_en="This is the typical \"cancel your campus loan\" scam.",
)
CCA_CREDIT = Citation(
    publisher="中国消费者协会（转载）",
    publisher_en="China Consumers' Association (as reposted)",
    kind="consumer-body",
    date="2020-11-08",
    url="http://jiangsulong.com/a/2020/1108/110R525B12020_2.html",
    quote="个人征信信息也无法人为修改",
    quote_en="Nor can anyone alter a personal credit record by hand.",
)
MPS_TASK_REBATE = Citation(
    publisher="公安部（中新社报道，转载）",
    publisher_en="Ministry of Public Security (reported by China News Service, as reposted)",
    kind="police",
    date="2022-05-11",
    url="http://www.21caijing.net/caijing/2022/0511/42606.html",
    quote="刷单返利类诈骗发案率最高,占发案总数的三分之一左右",
    quote_en="Task-rebate (fake order) scams are the most common, about a third of all cases.",
)

# Abroad.
EMBASSY_LEBANON = Citation(
    publisher="中国驻黎巴嫩使馆",
    publisher_en="Chinese Embassy in Lebanon",
    kind="embassy",
    date="2018-05-11",
    url="http://lb.china-embassy.org/chn/zyts/201805/t20180511_1498761.htm",
    quote="不法分子采用技术手段将电话号码伪装成使领馆对外公布电话",
    quote_en="Criminals use technical means to disguise their numbers as the embassy's published "
    "numbers.",
)

# Kinds of fraud (checker/kinds.py) and what scammers ask for.
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
    "you to move money into a \"safe account\" is certainly a scammer.",
)
POLICE_IMPERSONATION = Citation(
    publisher="银川市公安局（金凤区反诈中心）",
    publisher_en="Yinchuan Municipal Public Security Bureau (Jinfeng District Anti-Fraud Centre)",
    kind="police",
    date="2026-02-05",
    url="https://police.yinchuan.gov.cn/xwdt/cjjx/jffj/202602/t20260205_5160547.html",
    quote="王女士已在骗子诱导下,通过“共享屏幕”泄露了名下所有银行卡的余额信息",
    quote_en="Led on by the scammer, Ms Wang had already given away the balances of all her bank cards through "
    "\"screen sharing\".",
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
    quote_en="The caller posed as the \"Lanzhou CDC\", falsely said the person was a \"close contact\" and, to "
    "\"assist the investigation\", demanded a transfer or bank-card details and verification codes.",
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
    quote_en="These calls open with \"an important document needs signing for\", \"your bank card has been "
    "fraudulently used\" or \"you are involved in a case in China\", and frighten people into remitting large sums.",
)
MFA_ABROAD_IMPERSONATION = Citation(
    publisher="中国驻法国使馆（外交部中国领事服务网刊载）",
    publisher_en="Chinese Embassy in France (published on the MFA's China Consular Affairs website)",
    kind="embassy",
    date="2025-09-16",
    url="https://cs.mfa.gov.cn/gyls/lsgz/fwxx/202509/t20250916_11709287.shtml",
    quote="冒充驻外使领馆或国内公检法人员,声称当事人涉嫌某“重大刑事案件”且“案件涉密程度高”,需缴纳所谓“保证金”申请“取保候审”。",
    quote_en="They pose as Chinese missions abroad or as police, procuratorate or court staff in China, claim the "
    "person is a suspect in a \"major criminal case\" that is \"highly classified\", and say a so-called "
    "\"deposit\" must be paid to apply for \"bail\".",
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
    quote_en="Or they make contact on the pretext that the victim mistakenly bought \"Million-yuan Protection\" "
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
    "such as \"affects your personal credit record\", \"cancel the loan\" and \"erase the loan record\" to deceive.",
)
PBOC_CREDIT = Citation(
    publisher="中国人民银行征信中心（金融时报报道，转载）",
    publisher_en="People's Bank of China Credit Reference Center (reported by Financial News, as reposted)",
    kind="regulator",
    date="2023-05-15",
    url="http://www.gspiyao.com.cn/html/2023/xwjj_0515/6389.html",
    quote="当诈骗分子冒充金融机构或征信中心客服人员,以“注销白条”“注销校园贷”,否则影响个人征信等理由要求注销账户和清空贷款额度时",
    quote_en="When scammers pose as customer service of a financial institution or the Credit Reference Center and, "
    "saying \"cancel your Baitiao\" or \"cancel your campus loan\" or your credit record will suffer, ask you to "
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
    "an \"unfreezing fee\" or the like is needed before the loan can go through.",
)
MPS_LOAN_LURE = Citation(
    publisher=MPS_STATE_ORGANS_SAFE_ACCOUNT.publisher,
    publisher_en=MPS_STATE_ORGANS_SAFE_ACCOUNT.publisher_en,
    kind="police",
    date="2022-05-12",
    url=MPS_STATE_ORGANS_SAFE_ACCOUNT.url,
    quote="任何声称“无抵押、无资质要求、低利率、放款快”的网贷平台都有极大风险",
    quote_en="Any online lending platform that claims \"no collateral, no qualifications needed, low interest, fast "
    "payout\" is very risky.",
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
    quote_en="Then, saying a private deal saves fees or is more convenient, they ask the victim to pay them "
    "directly.",
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
    quote_en="They use all kinds of \"fancy\" reasons to ask you to transfer money: advancing funds, paying on "
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
    quote_en="Or \"My bank card number has changed to XXXX; please pay the money into it\".",
)
CARD_NUMBER_TEXT_CASE = Citation(
    publisher="嘉善县公安局西塘派出所（浙江在线报道）",
    publisher_en="Xitang police station, Jiashan (reported by Zhejiang Online)",
    kind="police",
    date="2009-06-10",
    url="http://zjnews.zjol.com.cn/05zjnews/system/2009/06/10/015581358.shtml",
    quote="除了开户行、户名及账号外,还有这么一行字:“请将款汇到这个账号,谢谢。”",
    quote_en="Apart from the bank, the account name and the account number, there was just one line: \"Please "
    "remit the payment to this account, thanks.\"",
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
    publisher_en="Ministry of Public Security Criminal Investigation Bureau (\"20 anti-fraud keywords\", as "
    "reposted)",
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
    quote_en="Any stranger who asks you to \"buy cards to transfer money\" is a scammer;",
)
FTC_PARCEL = Citation(
    publisher="美国联邦贸易委员会（FTC）",
    publisher_en="U.S. Federal Trade Commission (FTC)",
    kind="regulator",
    date="",
    url="https://consumer.ftc.gov/node/88113",
    quote="unpaid postage, a missed delivery, or you need to update your shipping preferences",
    quote_en="unpaid postage, a missed delivery, or you need to update your shipping preferences",
    quote_lang="en",
)
ACMA_PARCEL = Citation(
    publisher="澳大利亚通信和媒体管理局（ACMA）",
    publisher_en="Australian Communications and Media Authority (ACMA)",
    kind="regulator",
    date="2022-02",
    url="https://www.acma.gov.au/articles/2022-02/scam-alert-text-about-package-scam",
    quote="parcel delivery SMS and email messages with unusual looking links or requests to pay a fee to complete "
    "delivery",
    quote_en="parcel delivery SMS and email messages with unusual looking links or requests to pay a fee to "
    "complete delivery",
    quote_lang="en",
)
TOLL_TEXTS = Citation(
    publisher="加拿大竞争局（经 Newswire.ca 发布）",
    publisher_en="Competition Bureau Canada (news release via Newswire.ca)",
    kind="regulator",
    date="2025-07-08",
    url="https://www.newswire.ca/news-releases/ding-scammers-are-hiding-in-your-text-messages-876346015.html",
    quote="Unpaid highway toll detected on your vehicle. Pay now to avoid fines.",
    quote_en="Unpaid highway toll detected on your vehicle. Pay now to avoid fines.",
    quote_lang="en",
)
BANK_ALERT_TEXTS = Citation(
    publisher="美国联邦贸易委员会（FTC）",
    publisher_en="U.S. Federal Trade Commission (FTC)",
    kind="regulator",
    date="2023-06",
    url="https://www.ftc.gov/news-events/news/press-releases/2023/06/new-ftc-data-analysis-shows-bank-impersonation-"
    "most-reported-text-message-scam",
    quote="These texts are designed to create a sense of urgency, often by asking people to verify a large "
    "transaction they did not make.",
    quote_en="These texts are designed to create a sense of urgency, often by asking people to verify a large "
    "transaction they did not make.",
    quote_lang="en",
)
BANK_ALERT_EXAMPLE = Citation(
    publisher=TOLL_TEXTS.publisher,
    publisher_en=TOLL_TEXTS.publisher_en,
    kind="regulator",
    date="2025-07-08",
    url=TOLL_TEXTS.url,
    quote="We've detected suspicious activity on your account – verify now",
    quote_en="We've detected suspicious activity on your account – verify now",
    quote_lang="en",
)
IRS_TEXTS = Citation(
    publisher="美国国税局（IRS）",
    publisher_en="U.S. Internal Revenue Service (IRS)",
    kind="regulator",
    date="",
    url="https://www.irs.gov/ru/newsroom/heres-how-to-avoid-irs-text-message-scams-youtube-video-text-script",
    quote="the IRS will not contact them by text message or social media and ask for personal or financial "
    "information",
    quote_en="the IRS will not contact them by text message or social media and ask for personal or financial "
    "information",
    quote_lang="en",
)
CRA_TEXTS = Citation(
    publisher="加拿大政府“Get Cyber Safe”网络安全项目",
    publisher_en="Get Cyber Safe, Government of Canada",
    kind="police",
    date="",
    url="https://pensezcybersecurite.gc.ca/en/blogs/threats-intimidation-pay-your-tax-bill-spot-tax-season-scams",
    quote="Your tax refund is now available. Click here to receive your payment.",
    quote_en="Your tax refund is now available. Click here to receive your payment.",
    quote_lang="en",
)
OFCOM_PREMIUM = Citation(
    publisher="英国通信管理局（Ofcom）",
    publisher_en="Ofcom (UK communications regulator)",
    kind="regulator",
    date="",
    url="https://ofcom.org.uk/phones-telecoms-and-internet/advice-for-consumers/scams/missed-call-scams",
    quote="Calls will typically be from a number beginning 070 or 076 (which look like mobile numbers but cost "
    "considerably more to call) or from non-geographic numbers such as those beginning 084, 087, 090, 091 or 118.",
    quote_en="Calls will typically be from a number beginning 070 or 076 (which look like mobile numbers but cost "
    "considerably more to call) or from non-geographic numbers such as those beginning 084, 087, 090, 091 or 118.",
    quote_lang="en",
)
PSA_PREMIUM = Citation(
    publisher="英国电话付费服务管理局（PSA）",
    publisher_en="Phone-paid Services Authority (PSA)",
    kind="regulator",
    date="2015-07-15",
    url="https://psauthority.org.uk/blogs/2015/july/citizens-advice-scams-awareness-month",
    quote="Numbers starting 09, 0870, 0871, 0872, 0873 and 118 are premium rate services and may cost more to call.",
    quote_en="Numbers starting 09, 0870, 0871, 0872, 0873 and 118 are premium rate services and may cost more to "
    "call.",
    quote_lang="en",
)
SCAMWATCH_PRIZE = Citation(
    publisher="澳大利亚竞争与消费者委员会（ACCC）Scamwatch",
    publisher_en="Scamwatch, Australian Competition and Consumer Commission (ACCC)",
    kind="regulator",
    date="",
    url="https://www.scamwatch.gov.au/news-alerts/sms-windfall-for-scammers",
    quote="An unsolicited text message is sent to your mobile phone telling you that you have won an unexpected "
    "prize.",
    quote_en="An unsolicited text message is sent to your mobile phone telling you that you have won an "
    "unexpected prize.",
    quote_lang="en",
)
HI_MUM = Citation(
    publisher="澳大利亚通信和媒体管理局（ACMA）",
    publisher_en="Australian Communications and Media Authority (ACMA)",
    kind="regulator",
    date="2024-01",
    url="https://www.acma.gov.au/articles/2024-01/scam-alert-re-emergence-hi-mum-scam",
    quote="a family member claiming to have damaged their phone and asking you to message them back on a different "
    "number",
    quote_en="a family member claiming to have damaged their phone and asking you to message them back on a "
    "different number",
    quote_lang="en",
)
FTC_TASK_JOBS = Citation(
    publisher="美国联邦贸易委员会（FTC）",
    publisher_en="U.S. Federal Trade Commission (FTC)",
    kind="regulator",
    date="2024-12",
    url="https://ftc.gov/news-events/news/press-releases/2024/12/new-ftc-data-show-skyrocketing-consumer-reports-"
    "about-game-online-job-scams",
    quote="Task scams often start with a text or WhatsApp message to a consumer about online work, but with few "
    "specifics.",
    quote_en="Task scams often start with a text or WhatsApp message to a consumer about online work, but with few "
    "specifics.",
    quote_lang="en",
)
SUBSCRIPTION_RENEWAL = Citation(
    publisher="美国参议院联邦信用合作社（USSFCU）",
    publisher_en="U.S. Senate Federal Credit Union (USSFCU)",
    kind="bank",
    date="2025-08-24",
    url="https://www.ussfcu.org/media-center/security-corner/blog-detail-security-corner.html?cId=105212&title="
    "subscription-renewal-scams-don-t-fall-for-phony-payment-requests",
    quote="Fraudulent emails or text messages that claim your subscription is about to renew or that your last "
    "payment failed",
    quote_en="Fraudulent emails or text messages that claim your subscription is about to renew or that your last "
    "payment failed",
    quote_lang="en",
)
FBI_PIG_BUTCHERING = Citation(
    publisher="美国联邦调查局（FBI）",
    publisher_en="U.S. Federal Bureau of Investigation (FBI)",
    kind="police",
    date="",
    url="https://www.fbi.gov/how-we-can-help-you/victim-services/national-crimes-and-victim-resources/"
    "cryptocurrency-investment-fraud",
    quote="Scammers text victims pretending they misdialed a number, sending a photo of themselves",
    quote_en="Scammers text victims pretending they misdialed a number, sending a photo of themselves",
    quote_lang="en",
)
