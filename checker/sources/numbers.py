"""Sources for the rules on numbers: lookalike and spoofed service numbers, fake base stations, 106 ports."""

from __future__ import annotations

from ..rule import Citation

__all__ = [
    "ADCC_PLUS_852",
    "ANSHAN_800",
    "BEIJING_CARRIERS_106",
    "EMBASSY_SINGAPORE_PLUS_65",
    "GUANGDONG_TELECOM",
    "HEFEI_96110",
    "ICBC_GANZHOU_ONLY",
    "ICBC_GANZHOU_SENDER",
    "ICBC_GUANGXI_NUMBERS",
    "ICBC_GUANGXI_SCRIPTS",
    "JIULONGPO_BANK_TEXTS",
    "MPS_1069",
    "PANJIN_PREFIX",
    "QILU_AREA_CODE",
    "SHENZHEN_106",
    "TONGLIANG_BANK_NUMBERS",
    "TONGLIANG_FAKE_BASE_STATION",
    "TONGLIANG_SAME_THREAD",
    "WEIFANG_96110",
    "XINGXIAN_110",
    "XINJINGBAO_L0086",
    "XUANHUA_100860",
    "YIYANG_12315",
    "ZHENGZHOU_NO_TRANSFER",
    "ZHENJIANG_NO_POINTS_CASH",
    "ZHENJIANG_SAME_THREAD",
]

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
    quote_en='Fourth, messages saying that "your security token has expired (needs an upgrade or '
    'calibration), your online banking has lapsed, your points can be redeemed", and so on.',
)
ICBC_GANZHOU_SENDER = Citation(
    publisher="中国工商银行（赣州晚报报道）",
    publisher_en="ICBC (reported by Ganzhou Evening News)",
    kind="bank",
    date="2013-11-04",
    url="http://gzjrw.cn/Item/181137.aspx",
    quote="短信的发送号码显示为“10600095588”",
    quote_en='The text\'s sender number showed as "10600095588".',
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
    quote_en='Police have warned many times that people should beware of scam calls from "area code + '
    '955XX" numbers and from numbers starting with 400.',
)
PANJIN_PREFIX = Citation(
    publisher="盘锦市公安局",
    publisher_en="Panjin Public Security Bureau",
    kind="police",
    date="2012-05-16",
    url="https://gaj.panjin.gov.cn/2012_05/16_20/content-237542.html",
    quote="此类电话多在正常的报警电话前面多了诸如“+10”、“+”等符号",
    quote_en='Such calls mostly have something extra such as "+10" or "+" in front of the real police number.',
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
    quote_en="If a call shows 96110 with any other prefix, it may be scammers posing with a changed number.",
)
WEIFANG_96110 = Citation(
    publisher="潍坊市公安局（安丘市政府网站）",
    publisher_en="Weifang Public Security Bureau (on the Anqiu city government website)",
    kind="police",
    date="2021-11-17",
    url="http://www.anqiu.gov.cn/xxgk/sgaj/202111/t20211119_5976307.html",
    quote="接到96110专号时,电话上会显示“地区区号+96110”",
    quote_en='When the 96110 line calls, the phone shows "area code + 96110".',
)
XINGXIAN_110 = Citation(
    publisher="兴县公安局",
    publisher_en="Xing County Public Security Bureau",
    kind="police",
    date="2013-03-29",
    url="http://ga.lvliang.gov.cn/site/public/showinfo.aspx?id=2013040118203678120111",
    quote="即便您的手机或座机显示的是“110”,也不要轻易相信对方的身份",
    quote_en='Even if your mobile or landline shows "110", do not readily believe who the caller says they are.',
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
    quote_en='Mr Yang lost 7,739 yuan to a text from "l0086", which looks just like "10086".',
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
    quote_en="Because the number is the same, the scam text often sits together with the texts CCB sent before.",
)
JIULONGPO_BANK_TEXTS = Citation(
    publisher="重庆市九龙坡区警方（新华社报道，转载）",
    publisher_en="Jiulongpo District police, Chongqing (reported by Xinhua, as reposted)",
    kind="police",
    date="2016-04",
    url="http://chengdu.baogaosu.com/xinwen/%E5%86%92%E5%85%85%E9%93%B6%E8%A1%8C%E5%AE%98%E6%96%B9%E5%8F%B7%E7%A0%81"
    "%E8%BF%9B%E8%A1%8C%E7%9F%AD%E4%BF%A1%E8%AF%88%E9%AA%97/45713076",
    quote="如果短信内容提请你点击网站链接,那很有可能是骗子借助伪基站冒充银行官方号码发来的诈骗短信。",
    quote_en="If the text asks you to click a link to a website, it is very likely a scam text that a fraudster sent "
    "through a fake base station, posing as the bank's official number.",
)
# What the police never ask, whatever number shows: 96110 is theirs.
ZHENGZHOU_NO_TRANSFER = Citation(
    publisher="郑州警方（河南交通广播报道，转载）",
    publisher_en="Zhengzhou police (reported by Henan Traffic Radio, as reposted)",
    kind="police",
    date="2020-09-21",
    url="http://556gg.com/202009/21/149440.html",
    quote="公安機關絕不會要求公民向任何賬戶進行轉賬。",
    quote_en="The police will never ask anyone to transfer money to any account.",
    quote_lang="zh-Hant",
)
TONGLIANG_BANK_NUMBERS = Citation(
    publisher="铜梁警方（重庆晨报报道）",
    publisher_en="Tongliang police (reported by Chongqing Morning Post)",
    kind="police",
    date="2018-06-14",
    url=TONGLIANG_FAKE_BASE_STATION.url,
    quote="不法分子通过伪基站、改号软件等方式,将号码伪装成95533、95588等银行官方号码,诱骗受害人打开短信链接或拨打短信提供的联系电话,"
    "骗取用户银行账户、个人信息及转帐验证密码",
    quote_en="Criminals use fake base stations and caller-ID spoofing software to disguise their numbers as banks' "
    "official numbers such as 95533 and 95588, and trick victims into opening the link in the text or calling the "
    "number it gives, to obtain their bank accounts, personal details and transfer verification passwords.",
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
    'people in the name of "defending your rights" or "a refund".',
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
    quote_en='She got three texts from "10683023xxxx" saying that her phone points were about to be cleared.',
)

# Local calls show no country code: a call showing the reader's own one is the faked one.
ADCC_PLUS_852 = Citation(
    publisher="香港警务处反诈骗协调中心",
    publisher_en="Hong Kong Police Force, Anti-Deception Coordination Centre",
    kind="police",
    date="",
    url="https://www.adcc.gov.hk/en-hk/alerts-detail/alerts-1444920522000367618.html",
    quote="If you receive an unknown call with the prefix “+852”, it is a scam call pretending to be from a local number.",
    quote_en="If you receive an unknown call with the prefix “+852”, it is a scam call pretending to be from a local "
    "number.",
    quote_lang="en",
)
EMBASSY_SINGAPORE_PLUS_65 = Citation(
    publisher="中国驻新加坡大使馆（中国网转载其微信公众号消息）",
    publisher_en="Chinese Embassy in Singapore (its WeChat notice, carried by China.com.cn)",
    kind="embassy",
    date="2021-11-03",
    url="http://travel.china.com.cn/txt/2021-11/03/content_77847993.html",
    quote="本地电话不应显示“+65”前缀,此类电话均为诈骗分子通过虚拟方式伪造的电话号码。",
    quote_en="Local calls should not show a “+65” prefix; all such calls use numbers faked by scammers.",
)
