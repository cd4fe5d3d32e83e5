"""Sources for the script rules: what police warn scammers say, at home and abroad."""

from __future__ import annotations

from ..rule import Citation

__all__ = [
    "ANTI_FRAUD_CENTER_MEETINGS",
    "CBIRC_EXPIRY",
    "CBIRC_SENSITIVE_INFO",
    "CCA_CREDIT",
    "EMBASSY_LEBANON",
    "GUANGZHOU_CAMPUS_LOAN",
    "MOHRSS_SUBSIDY",
    "MPS_NO_PHONE_STATEMENT",
    "MPS_TASK_REBATE",
    "NINGBO_ETC",
    "QUANZHOU_TAX",
    "SHAOXING_OFFICIALS",
    "SHAOXING_SAFE_ACCOUNT",
    "SHAOXING_SECRECY",
    "YICHUN_SUBSIDY",
    "ZIXING_CODES",
    "ZIXING_SCREEN_SHARING",
]

# Scripts police warn about.
SHAOXING_OFFICIALS = Citation(
    publisher="绍兴市公安局",
    publisher_en="Shaoxing Public Security Bureau",
    kind="police",
    date="2025-05-12",
    url="https://ga.sx.gov.cn/art/2025/5/12/art_1488089_58945562.html",
    quote="“公检法”等机关不会采取电话、短信、微信、QQ等形式互联网“线上”办案",
    quote_en='The police, prosecutors and courts do not handle cases "online" by phone, text, WeChat, QQ or the like.',
)
SHAOXING_SAFE_ACCOUNT = Citation(
    publisher=SHAOXING_OFFICIALS.publisher,
    publisher_en=SHAOXING_OFFICIALS.publisher_en,
    kind="police",
    date="2025-05-12",
    url=SHAOXING_OFFICIALS.url,
    quote="没有所谓的“安全账户”",
    quote_en='There is no such thing as a "safe account".',
)
SHAOXING_SECRECY = Citation(
    publisher=SHAOXING_OFFICIALS.publisher,
    publisher_en=SHAOXING_OFFICIALS.publisher_en,
    kind="police",
    date="2025-05-12",
    url=SHAOXING_OFFICIALS.url,
    quote="不断强调,要求受害人只与其保持联络,不得向任何人透露信息",
    quote_en="They keep insisting that the victim stays in contact with them alone and tells no one anything.",
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
    quote_en="Phone and online scams that use the screen-sharing trap.",
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
    quote_en="(The victim was made) to open every verification code received by text for the other side to see.",
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
    quote_en="Every tax refund must go through the State Taxation Administration's official Individual Income Tax app.",
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
    quote_en='It has never paid ordinary people any so-called "social insurance and housing fund subsidy".',
)
GUANGZHOU_CAMPUS_LOAN = Citation(
    publisher="广州公安（转载）",
    publisher_en="Guangzhou police (as reposted)",
    kind="police",
    date="2021-06-26",
    url="http://www.hsxyk.com/xykdk/7492.html",
    quote="这是典型的“注销校园贷”骗局",
    quote_en='This is the typical "cancel your campus loan" scam.',
)
CCA_CREDIT = Citation(
    publisher="中国消费者协会（转载）",
    publisher_en="China Consumers' Association (as reposted)",
    kind="consumer-body",
    date="2020-11-08",
    url="http://jiangsulong.com/a/2020/1108/110R525B12020_2.html",
    quote="个人征信信息也无法人为修改",
    quote_en="Nor can anyone change personal credit information at will.",
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
    quote_en="Criminals use technical means to disguise their numbers as the embassy's published numbers.",
)
