"""Pretexts: who the sender claims to be, or what the message is about ("我是公安局的", "退款")."""

from __future__ import annotations

from ..languages import Phrase
from .mark import NEAR, PRETEXT, Mark

PRETEXT_MARKS: tuple[Mark, ...] = (
    Mark(
        "claims-police",
        PRETEXT,
        Phrase("公安、检察院、法院", "the police, prosecutors or a court"),
        r"公安(?:局|厅|部|分局|机关)|派出所|刑侦|经侦|刑警|民警|警官|警察|警方|检察院|检察官|法院|法官|网警|专案组"
        r"|\b(?:police|detective|sheriff|fbi|interpol|prosecutor|magistrate)\b|department\s+of\s+justice"
        r"|\bcourt\s+(?:summons|order|case|hearing|date)",
    ),
    Mark(
        "claims-government",
        PRETEXT,
        Phrase("税务、社保、医保、疾控等政府部门", "a tax, social-security, health or other government office"),
        r"税务(?:局|稽查|部门|机关|总局)|社保(?:局|中心|部门)|医保(?:局|中心|部门)|人社(?:局|部门)|卫健委|疾控|防疫|流调"
        r"|市场监管局|海关|移民局|出入境|民政局|(?:社保|医保)卡(?:已经|已|被)?(?:异常|冒用|停用|冻结|暂停|失效)"
        r"|\b(?:hmrc|irs|dmv|medicare|social\s+security|revenue\s+agency|tax\s+office|inland\s+revenue|immigration)\b",
    ),
    Mark(
        "claims-embassy",
        PRETEXT,
        Phrase("大使馆、领事馆", "an embassy or consulate"),
        r"大使馆|领事馆|使领馆|总领馆|使馆|领馆|领事部|领事处|\b(?:embassy|consulate|high\s+commission)\b",
    ),
    Mark(
        "claims-service",
        PRETEXT,
        Phrase("客服、退款理赔、取消会员", "customer service, a refund or compensation, cancelling a membership"),
        r"客服|售后|理赔|退款|赔付|赔偿|退费|退保|质量问题|代理商|代理(?:身份|资格)|误操作|误将|白条|金条|备用金|花呗|借呗"
        r"|(?:平台|官方|公司)(?:的)?工作人员|(?:快递|包裹|商品|货物)(?:丢失|丢件|破损|损坏|有问题|异常)"
        r"|(?:取消|关闭)(?:你的|您的)?(?:会员|vip|分期|百万保障|自动续费|金融服务|直播会员)|(?:会员|vip)(?:自动)?(?:续费|扣费)"
        r"|customer\s+(?:service|support|care)|support\s+team|\brefund\b|\bsubscription\b|\bbilling\b"
        r"|(?:amazon|paypal|netflix|apple\s+id|apple\s+support|icloud|microsoft)\b",
    ),
    Mark(
        "claims-delivery",
        PRETEXT,
        Phrase("快递、包裹", "a delivery or parcel"),
        r"快递|包裹|物流|派送|投递|签收|邮件|\b(?:usps|ups|fedex|dhl|evri|hermes|parcelforce|auspost)\b"
        r"|royal\s*mail|canada\s+post|australia\s+post|post\s+office|\b(?:package|parcel|shipment|delivery)\b",
    ),
    Mark(
        "claims-toll",
        PRETEXT,
        Phrase("未付的过路费、ETC", "an unpaid road toll"),
        r"unpaid\s+tolls?|toll\s+(?:balance|bill|charges?|fees?|invoice|notice|violation|road|service)"
        r"|\b(?:e-?zpass|fastrak|sunpass|txtag|peach\s+pass|i-?pass)\b|etc(?:卡|账户|帐户|服务)",
    ),
    Mark(
        "claims-bank-alert",
        PRETEXT,
        Phrase("账户异常、被冻结或锁定", "an account locked, frozen or showing unusual activity"),
        r"(?:账户|帐户|账号|帐号|银行卡|信用卡|储蓄卡|网银|手机银行|支付宝|微信)(?:存在|出现|有|发生)?"
        r"(?:异常|风险|被冻结|冻结|被锁|锁定|被盗|被限制|受限|停用|被停用|违规)"
        r"|(?:account|card|debit|profile|access|banking)\s+(?:has\s+been\s+|was\s+|is\s+|will\s+be\s+|temporar(?:il)?y\s+|been\s+|just\s+)*"
        r"(?:l[o0]cked|suspended|bl[o0]cked|restricted|disabled|frozen|on\s+hold|deactivated|limited|compromised)"
        r"|(?:unusual|suspicious)\s+(?:activity|sign-?in|login|transaction|charge)"
        r"|unauthori[sz]ed\s+(?:transaction|charge|purchase|payment|access|login)|(?:fraud|security)\s+alert"
        r"|\b(?:kyc|atm\s+card|debit\s+card|bvn|pan\s+card)\b[^.!?\n]{0,30}?(?:expired|de-?activated|blocked|suspended|frozen)"
        r"|(?:was|been|were)\s+(?:charged|debited)\s+(?:on|to)\s+your\s+(?:card|account)|complete\s+(?:your\s+)?kyc\b"
        r"|(?:account|card)\s+has\s+been\s+(?:charged|debited)|did\s+not\s+(?:authori[sz]e|make|perform)\s+(?:this|the)\b",
    ),
    Mark(
        "claims-prize",
        PRETEXT,
        Phrase("中奖、领奖", "a prize you have won"),
        r"中奖|获奖|抽中|幸运(?:观众|用户|客户|儿)|(?:恭喜|祝贺)(?:您|你)(?:获得|成为|被|中)|奖品|大奖|领奖|奖金"
        r"|\byou(?:'ve|\s+have)?\s+(?:won|been\s+(?:selected|chosen|awarded))|\bwinners?\b|\bprizes?\b|\bawarded\b"
        r"|\bjackpot\b|\blottery\b|sweepstakes|lucky\s+draw|\bwon\s+(?:a|an|the|\d|[$£€])|\b(?:you|u)\s+(?:are|r)\s+entitled"
        r"|\b(?:you|u)(?:'ve|\s+have|\s+are|\s+r)?\s+(?:been\s+)?(?:specially\s+)?(?:selected|chosen)\b|\bto\s+claim\b"
        r"|selected\s+to\s+receive|\bguaranteed\s+(?:cash|prize|award|[$£€])|\bbonus\s+(?:prize|caller)|\bwin\s+(?:a|an|[$£€]\d)"
        r"|\bfree\s+(?:gift|entry|holiday|vacation|cash|camera|phone|iphone|ringtones?|tones?|msgs?|minutes|mins)\b",
    ),
    Mark(
        "claims-lender",
        PRETEXT,
        Phrase("贷款、额度、放款", "a loan or credit offer"),
        r"贷款|借款|网贷|信用贷|小额贷|放款|下款|无抵押|低息|免息|秒到账|黑户|代办信用卡|信用卡(?:代办|提额|套现)|提额|套现"
        r"|\bloans?\b|pre-?approved|debt\s+(?:relief|help|consolidation|free)|cash\s+advance",
    ),
    Mark(
        "claims-credit",
        PRETEXT,
        Phrase("征信受影响、网贷账户", "your credit record at risk"),
        r"征信(?:受|有|出现|会)?(?:影响|问题|不良|污点|黑名单|受损|逾期)|(?:影响|消除|删除)(?:你的|您的)?(?:个人)?征信"
        r"|(?:校园贷|学生贷|网贷)(?:账户|帐户|账号|帐号)|credit\s+(?:score|record|report|rating)\s+(?:will|is|has)",
    ),
    Mark(
        "claims-boss",
        PRETEXT,
        Phrase("你的领导、老板", "your boss or manager"),
        rf"我是{NEAR}{{0,10}}?(?:领导|老板|上司|主任|局长|处长|科长|校长|院长|书记|经理|总经理|董事长|主管|老总|厂长)"
        r"|我是[\u4e00-\u9fff](?:总|局|处|科|主任|校长|书记|经理|董)(?![\u4e00-\u9fff]{2})"
        r"|(?:明天|明早|上午|下午|一会儿?|待会儿?)(?:来|到)我(?:的)?办公室"
        r"|this\s+is\s+your\s+(?:boss|manager|ceo|director|supervisor)|\bi\s*(?:'m|\s+am)\s+your\s+(?:boss|manager|ceo)",
    ),
    Mark(
        "claims-acquaintance",
        PRETEXT,
        Phrase("熟人、亲友、换了新号码", "a friend or relative, or someone with a new number"),
        r"我是(?:你|您)(?:的)?(?:老?同学|同事|朋友|老乡|战友|邻居|亲戚|表哥|表姐|表弟|表妹|堂哥|堂姐|舅舅|叔叔|阿姨|姑姑|侄子|侄女"
        r"|外甥|外孙|孙子|孙女|儿子|女儿|辅导员|班主任)"
        rf"|我是{NEAR}{{0,8}}?(?:的)?(?:隔壁|家)?(?:邻居|亲戚|老同学|同学|同事|老乡|朋友|孙子|孙女|外孙|侄子|外甥|儿子|女儿)"
        r"|作为(?:你|您|他|她)的(?:孙子|孙女|外孙|侄子|外甥|儿子|女儿|朋友|同学)|亲爱的(?:朋友|同学)"
        r"|猜猜我是谁|听不出我|(?:换|新)(?:了)?(?:个|一个)?(?:新)?(?:手机)?号(?:码)?了|这是我的?新(?:手机)?号"
        r"|\b(?:hi|hey|hello)\s+(?:mum|mom|mam|dad|mummy|mommy|daddy)\b|my\s+new\s+(?:number|phone|mobile)"
        r"|\bnew\s+number\b|(?:lost|broke|dropped|smashed)\s+my\s+phone",
    ),
    Mark(
        "claims-trouble",
        PRETEXT,
        Phrase("亲友出事、急需用钱", "a relative in trouble who needs money now"),
        r"(?:出|发生)(?:了)?(?:车祸|事故|意外)|出事了|住院|急诊|手术费|医药费|被(?:抓|拘留|扣留|警察带走)|嫖娼|撞(?:了|伤)人"
        r"|急需(?:用)?(?:钱|一笔钱|资金|一笔资金)|急用钱|紧急(?:情况|的事)|遇到(?:了)?(?:一些|一点|点)?(?:麻烦|困难|紧急)"
        r"|资金周转|手头(?:有些|有点)?紧|医疗费|\b(?:car\s+accident|in\s+(?:the\s+)?hospital|been\s+arrested|in\s+jail)\b",
    ),
    Mark(
        "claims-investment",
        PRETEXT,
        Phrase("投资导师、稳赚不赔、虚拟币", "an investment mentor, guaranteed returns, crypto"),
        r"(?:导师|老师|专家|分析师|大师)(?:带|指导|推荐|喊单)|带(?:你|您|大家)(?:投资|理财|炒股|赚钱|操作)|荐股"
        r"|(?:股票|投资|理财|炒股|炒币)群|内幕消息|稳赚|只赚不赔|保本保息|高回报|高收益|高额回报|零风险|无风险|翻倍|日收益"
        r"|虚拟币|数字货币|usdt|比特币|炒币|原始股|博彩|彩票(?:计划|导师)|投资平台|理财平台"
        r"|guaranteed\s+(?:returns?|profits?|income)|investment\s+(?:opportunity|platform|plan)|\bcrypto(?:currency)?\b"
        r"|\bbitcoin\b|trading\s+(?:platform|signals?|mentor|group)|(?:double|triple)\s+your\s+(?:money|investment)"
        r"|passive\s+income|\bforex\b",
    ),
    Mark(
        "claims-job",
        PRETEXT,
        Phrase("兼职、在家赚钱", "a part-time or work-from-home job"),
        r"兼职|日结|在家(?:就能)?(?:赚钱|工作)|手机(?:就能)?赚钱|轻松(?:赚|月入|日入)|月入过万|日入|打字员|点赞员"
        r"|part[\s-]?time\s+(?:job|work|position)|work\s+from\s+home|remote\s+(?:job|work|position)|\bhiring\b"
        r"|job\s+(?:offer|opportunity)|(?:rate|like|review)\s+(?:\w+\s+){0,2}(?:hotels?|products?|videos?|apps?)\b|(?:earn|make)\s+[$£€]?\d[\d,]*\s*(?:per|a|an|/)\s*(?:day|hour|week)",
    ),
    Mark(
        "claims-game",
        PRETEXT,
        Phrase("游戏账号、装备交易", "a game account or item trade"),
        r"游戏(?:账号|帐号|装备|币|皮肤|道具|点券)|(?:买卖|出售|收购|交易)(?:游戏)?(?:账号|帐号|装备)|代练",
    ),
    Mark(
        "claims-shopping",
        PRETEXT,
        Phrase("私下交易、代购、低价转让", "a deal outside the shopping platform"),
        r"私下交易|绕开平台|脱离平台|(?:加|添加)(?:微信|qq)(?:付款|下单|交易)|(?:扫码|二维码)付款|代购|内部价|低价(?:出售|转让)",
    ),
    Mark(
        "claims-romance",
        PRETEXT,
        Phrase("网恋、交友对象", "an online romance"),
        r"网恋|婚恋|交友平台|相亲网站|(?:亲爱的|宝贝)[，,。!！]",
    ),
)
