"""The marks of scam messages, as data: what is said, found by a pattern.

A message is read folded (text.fold): NFKC, lower case, and Traditional characters in their
Simplified forms, so every pattern is written in Simplified Chinese and English only, and
Traditional input (Hong Kong's 我係, 請按, 短訊 among it) meets the same marks.

Three groups, each mark named by the rules that use it (checker/rules.py, checker/kinds.py):
- SCRIPTS: lines that police or the notice call a scam on their own ("转到安全账户").
- PRETEXTS: who the sender claims to be, or what the message is about ("我是公安局的", "退款").
  Genuine messages and the news say these too, so a pretext alone decides nothing.
- DEMANDS: what the message asks of you ("转到这个卡上", "下载 App", "加 QQ"). A kind of fraud
  (kinds.py) is a pretext with one of the demands its sources name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .languages import Phrase

SCRIPT, PRETEXT, DEMAND = "script", "pretext", "demand"
GROUPS = (SCRIPT, PRETEXT, DEMAND)

# Banks as Chinese texts name them, alone or by their short names, and the rural credit unions.
_BANK = r"银行|工行|农行|建行|中行|交行|招行|邮政|邮储|信用社|农信|农商|工商|农业|建设|浦发|兴业|民生|光大|中信|华夏|广发"
# A card or account number: 12 or more digits, written in groups (with spaces, commas, stops or
# hyphens between) or masked (6222 **** 1234, xxxx), read from its first digit only, so a long run
# of digits is read once, not once per digit.
_GAP = r"[ \t,，。.-]"
# (The first digit comes before the look-behinds that check what precedes it, so a regex can skip
# ahead to a digit.)
_CARD = (
    rf"[0-9x*](?<![0-9x*][0-9x*])(?<![0-9x*]{_GAP}[0-9x*])(?<![0-9x*]{_GAP}{{2}}[0-9x*])"
    rf"(?<![0-9x*]{_GAP}{{3}}[0-9x*])(?:{_GAP}{{0,3}}[0-9x*]){{11,}}"
)
# A sentence or clause: marks look no further than this for the words they join.
_NEAR = r"[^。！？!?；;，,\n]"


@dataclass(frozen=True, slots=True)
class Mark:
    id: str
    group: str
    name: Phrase  # what it says, as a rule's decision names it: "要你的验证码或密码"
    pattern: str


MARKS: tuple[Mark, ...] = (
    # --- SCRIPTS: the notice's (its first seven), then the scripts police warn about most.
    Mark(
        "data-leak",
        SCRIPT,
        Phrase("说你的个人信息泄露", "your data has leaked"),
        r"(?:资料|信息|身份证)(?:被|已经|已)?(?:泄露|泄漏|外泄)"
        r"|(?:personal |your )?(?:data|information|details|identity)\s+(?:has been |have been |was |were |is |are )?"
        r"(?:leaked|compromised|stolen)",
    ),
    Mark(
        "illegal-information",
        SCRIPT,
        Phrase("说你散布非法信息", "you spread illegal information"),
        r"散(?:布|播|发)(?:了)?(?:非法|违法|不良|谣言)"
        r"|spread(?:ing|s)?\s+(?:illegal|unlawful|false)\s+(?:information|content|messages|rumou?rs)",
    ),
    Mark(
        "crime",
        SCRIPT,
        Phrase("说你涉嫌犯罪、洗钱", "you are suspected of a crime or money laundering"),
        # "Suspected of a crime" said to the reader: a sentence about someone else's crime is news.
        rf"洗钱|逮捕令|通缉|(?:你|您){_NEAR}{{0,12}}?(?:涉嫌|涉案|犯罪)"
        r"|(?:\byou\b|\byour\b)[^.,;!?\n]{0,40}?(?:suspect(?:ed)?\s+(?:of|in)\b|criminal\s+case)"
        r"|money\s+laundering|arrest\s+warrant",
    ),
    Mark(
        "investigation",
        SCRIPT,
        Phrase("要你配合调查", "you must assist an investigation"),
        r"(?:接受|配合)(?:警方|公安|我们|你的|您的)?(?:的)?调查"
        r"|(?:accept|cooperate\s+with|assist(?:\s+with)?)\s+(?:an?\s+|the\s+|our\s+)?investigation",
    ),
    Mark("bail", SCRIPT, Phrase("要你交保释金", "you must pay bail"), r"保释|\bbail\b"),
    Mark(
        "designated-account",
        SCRIPT,
        Phrase("要你转到指定账户", "pay into a designated account"),
        r"指定(?:的)?(?:银行|对公)?(?:账户|帐户|账号|帐号)|指定的?对公|(?:designated|specified)\s+(?:bank\s+)?account",
    ),
    Mark(
        "call-transfer",
        SCRIPT,
        Phrase("把电话转接到公安等部门", "your call is put through to the police or another department"),
        r"(?:转接|转到|转至|转给)[^。.!?！？]{0,10}(?:公安|警察|警方|派出所|检察|法院|部门)"
        r"|transfer(?:red|ring)?\s+(?:you|your\s+call|the\s+call|this\s+call)\s+to\b",
    ),
    Mark(
        "safe-account",
        SCRIPT,
        Phrase("要你转到“安全账户”", "move money to a \"safe account\""),
        r"(?:安全|监管|清查)(?:的)?(?:银行)?(?:账户|帐户|账号|帐号)"
        r"|(?:转|转移|存|汇)(?:到|至|入)[^，。]{0,8}?(?:进行)?(?:监管|保管|清查|核查)"
        r"|(?:safe|secure|safety|supervised|supervision)\s+(?:bank\s+)?account",
    ),
    Mark(
        "police-by-phone",
        SCRIPT,
        Phrase("公检法在电话里办案、做笔录", "the police handle your case by phone"),
        r"公检法|(?:电话|视频|线上|网上|远程)(?:做|制作|录)?(?:笔录|口供|审讯|办案|销案)|做(?:个|一下)?笔录|录口供"
        r"|(?:笔录|口供|审讯)视频"
        r"|(?:statement|deposition|interrogation|hearing)\s+(?:over|by|via)\s+(?:the\s+)?(?:phone|video)"
        r"|(?:police|prosecutors?|court)\s+(?:will\s+)?(?:handle|handles|handling)\s+(?:your|the|this)\s+case"
        r"\s+(?:over\s+the\s+phone|by\s+phone|online)",
    ),
    Mark(
        "secrecy",
        SCRIPT,
        Phrase("要你保密、别告诉家人", "keep it secret from your family"),
        r"(?:不要|不能|不准|不许|不得|别)(?:告诉|告知|透露给|跟|和|对)(?:你的|您的)?"
        r"(?:家人|家里人|家属|亲友|亲人|子女|银行|民警|警察)"
        r"|只(?:能)?(?:与|和|跟)(?:我|我们)(?:单线)?(?:保持)?(?:联系|联络)"
        r"|单线联系|(?:必须|需要)(?:严格)?保密|保密(?:协议|义务)|(?:不得|不要|不能|别)向(?:任何人|其他人|别人|家人)透露"
        r"|(?:身边|旁边)(?:没有|不要有|不能有)(?:人|其他人|别人)|找(?:一个|个)?(?:安静|没人|无人)的(?:地方|房间)"
        r"|(?:do\s+not|don't|never|must\s+not)\s+tell\s+(?:your\s+)?(?:family|relatives|children|bank|the\s+police)"
        r"|keep\s+(?:this|it)\s+(?:a\s+)?(?:secret|confidential)|(?:talk|speak)\s+only\s+to\s+(?:me|us)"
        r"|only\s+(?:talk|speak)\s+to\s+(?:me|us)",
    ),
    Mark(
        "screen-sharing",
        SCRIPT,
        Phrase("要你开屏幕共享、远程控制或会议 App", "share your screen, allow remote control or join a meeting app"),
        # 向日葵 is also a sunflower, and "todesk" the end of "autodesk": only as the remote-control apps.
        r"屏幕共享|共享屏幕|屏幕分享|分享屏幕|投屏"
        r"|远程(?:控制|操控|协助|桌面|指导|操作)|腾讯会议|视频会议|云会议|会议(?:号|id|软件|app)|加入会议"
        r"|向日葵(?:远程|app|软件|客户端)|(?:下载|安装|打开)向日葵|\b(?:todesk|anydesk|teamviewer)\b"
        r"|screen[\s-]?shar|share\s+(?:your|the)\s+screen|remote\s+(?:control|access|desktop|assistance)"
        r"|meeting\s+(?:id|code|app)|zoom\s+meeting",
    ),
    Mark(
        "code-request",
        SCRIPT,
        Phrase("要你的验证码或密码", "give your code or password"),
        r"(?:提供|告知|告诉|报给|发给|念|读|说出|透露|索要|索取|报)(?:给)?(?:一下)?"
        r"(?:我|我们|客服|工作人员|对方)?(?:你|您)?(?:收到)?(?:的)?(?:手机)?(?:短信|短讯)?"
        r"(?:验证码|校验码|动态码|动态密码|密码)"
        r"|(?:验证码|校验码|动态码|密码)(?:发|报|告诉|念|读|给)(?:给)?(?:我|我们|客服|工作人员)"
        r"|(?:tell|give|send|read|share|provide|forward)\s+(?:me|us)\s+(?:the\s+|your\s+)?"
        r"(?:verification\s+|security\s+|one-time\s+|sms\s+)?(?:code|password|pin|otp)\b",
    ),
    Mark(
        "points",
        SCRIPT,
        Phrase("积分即将清零或兑换现金", "points about to expire or to turn into cash"),
        # A bare 积分兑换 is every shop's and bank's offer: the script is points about to lapse, or for cash.
        r"积分(?:即将|将于|将|已经|已)?(?:清零|到期|过期|失效)|积分(?:可以?)?(?:兑换|换)(?:成)?现金"
        r"|(?:reward\s+)?points?\s+(?:will\s+)?(?:expire|expiring|be\s+cleared|be\s+reset)"
        r"|redeem\s+(?:your\s+)?(?:reward\s+)?points",
    ),
    Mark(
        "bank-expiry",
        SCRIPT,
        Phrase("网银、密码器过期，实名补录", "online banking or a security token has expired"),
        r"(?:网银|网上银行|手机银行|银行卡|身份证)(?:已经|已|即将|将|被)?(?:过期|失效|停用|冻结|升级)"
        r"|(?:密码器|u盾|k宝|动态令牌)(?:已|即将|将)?(?:过期|失效|到期|升级|校准)"
        r"|实名(?:制)?(?:补录|认证失效|过期)"
        r"|(?:online|mobile)\s+banking\s+(?:has\s+|will\s+|is\s+)?(?:expired?|expiring|been\s+(?:suspended|frozen|disabled))"
        r"|(?:security\s+token|u-?key)\s+(?:has\s+|will\s+|is\s+)?(?:expired?|expiring)"
        r"|real-name\s+(?:re-?)?(?:registration|verification)",
    ),
    Mark(
        "etc-expiry",
        SCRIPT,
        Phrase("ETC 失效、要认证", "your ETC has lapsed and needs verifying"),
        r"etc(?:卡|账户|帐户|服务)?(?:已经|已|即将|将)?被?"
        r"(?:失效|过期|停用|禁用|异常|注销|认证|二次认证|重新认证|激活)"
        r"|\betc\s+(?:card|account|tag|service)\s+(?:(?:has|will|is|been|be)\s+)*"
        r"(?:expired?|expiring|suspended|disabled|deactivated|invalid|re-?verif\w*|verif\w*|authenticat\w*)",
    ),
    Mark(
        "tax-subsidy",
        SCRIPT,
        Phrase("退税、领补贴", "a tax refund or a subsidy to claim"),
        r"退税|(?:领取|申领|发放)[^，。,.]{0,8}(?:补贴|补助|津贴)|(?:补贴|补助|津贴)(?:领取|申领|发放|到账)"
        r"|tax\s+refund|(?:claim|collect|receive)\s+(?:your\s+|a\s+|the\s+)?(?:\w+\s+)?(?:subsidy|allowance|grant)\b",
    ),
    Mark(
        "loan-credit",
        SCRIPT,
        Phrase("注销校园贷、征信修复", "close a student loan, repair your credit record"),
        r"(?:注销|关闭)(?:你的|您的)?(?:校园贷|学生贷)|(?:校园贷|学生贷)(?:账户|帐户|账号|帐号)?(?:需要|必须|要)?(?:未注销|注销)"
        r"|征信(?:修复|洗白)|(?:修复|洗白)(?:你的|您的)?征信"
        r"|(?:cancel|close|deactivate)\s+(?:your\s+)?(?:student|campus)\s+loan"
        r"|(?:repair|fix|clean|restore)\s+(?:your\s+)?credit\s+(?:record|report|score|history)|credit\s+repair",
    ),
    Mark(
        "task-rebate",
        SCRIPT,
        Phrase("刷单、做任务返利", "paid tasks, likes or order brushing"),
        r"刷单|刷信誉|刷好评|点赞[^，。,.]{0,6}(?:返利|返现|佣金|赚钱)"
        r"|做任务(?:返|赚|领|拿)|(?:返利|返现)任务|垫付任务"
        r"|brush(?:ing)?\s+orders|order[\s-]brushing|task\s+(?:rebate|commission)s?"
        r"|(?:commission|rebate)\s+(?:for|per)\s+(?:each\s+)?(?:task|order|like|review)s?\b"
        r"|(?:earn|make)\s+(?:money|commission)\s+(?:by|for)\s+(?:liking|rating|reviewing|completing\s+tasks)",
    ),
    # --- PRETEXTS: who the sender claims to be, or what it is about.
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
        rf"我是{_NEAR}{{0,10}}?(?:领导|老板|上司|主任|局长|处长|科长|校长|院长|书记|经理|总经理|董事长|主管|老总|厂长)"
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
        rf"|我是{_NEAR}{{0,8}}?(?:的)?(?:隔壁|家)?(?:邻居|亲戚|老同学|同学|同事|老乡|朋友|孙子|孙女|外孙|侄子|外甥|儿子|女儿)"
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
    # --- DEMANDS: what the message asks of you.
    Mark(
        "asks-transfer",
        DEMAND,
        Phrase("转账到某个卡号或账户", "pay money into an account or card"),
        rf"(?:转|汇|打|存|付|充|缴|交)(?:账|款|钱)?(?:[0-9x]+(?:元|块|万)?)?(?:到|至|入|进){_NEAR}{{0,8}}?(?:银行)?"
        r"(?:卡|账户|帐户|账号|帐号|户头|卡号)"
        rf"|(?:打|汇|转|存)到{_NEAR}{{0,12}}?卡上|(?:转|汇|打)(?:一笔|笔)?(?:钱|款)(?:给|过来|到)"
        rf"|(?:{_BANK})[^\n]{{0,24}}?{_CARD}|{_CARD}[^\n]{{0,16}}?(?:{_BANK})|(?:户名|收款人|卡号|账号|帐号)[:：]"
        rf"|(?:向|往|给){_NEAR}{{0,12}}?(?:账号|账户|帐号|帐户|卡号|卡){_NEAR}{{0,12}}?(?:转|汇|打|充|存)"
        r"|(?:send|transfer|wire|pay|deposit)\s+(?:the\s+|your\s+|a\s+|us\s+|me\s+|him\s+|her\s+)?"
        r"(?:money|funds|payment|deposit|cash)\b|(?:transfer|wire|send)\s+(?:me\s+|us\s+)?[$£€]\s?\d"
        r"|pay\s+(?:via|by|with|using)\s+(?:bank\s+transfer|wire|bitcoin|crypto|zelle|venmo|cash\s*app|gift\s*cards?)",
    ),
    Mark(
        "asks-details",
        DEMAND,
        Phrase("提供身份证号、银行卡号等信息", "give your ID, card or account details"),
        r"(?:提供|告知|告诉|报|发|填写|填上|填入|填|输入|登记|核对|确认|上传)(?:一下)?(?:我|我们)?(?:你|您)?(?:的)?(?:姓名[、和及]?)?"
        r"(?:身份证|银行卡|卡号|个人信息|个人资料|账户信息|帐户信息|户籍|家庭住址|信用卡|支付密码)"
        r"|(?:提供|填写|上传)(?:一些|一下)?(?:详细|相关|你的|您的|个人)(?:的)?(?:个人)?(?:信息|资料)|(?:核实|确认|验证)(?:一下)?(?:你|您)的身份"
        r"|(?:confirm|verify|update|provide|enter|submit|re-?enter|validate)\s+(?:your\s+|the\s+)?"
        r"(?:personal\s+|bank(?:ing)?\s+|card\s+|account\s+|billing\s+|payment\s+|delivery\s+|shipping\s+)?"
        r"(?:details|information|info|address|identity|card|account|payment\s+method)\b"
        r"|(?:send|provide|give|reply\s+with)\s+(?:us\s+|me\s+)?(?:your\s+)?(?:full\s+)?"
        r"(?:name|address|phone\s+number|bank\s+details|account\s+number)\b",
    ),
    Mark(
        "asks-fee",
        DEMAND,
        Phrase("先交保证金、手续费、解冻费等", "pay a fee, deposit or charge first"),
        rf"(?:交|缴|付|支付|缴纳|交纳|先交|先付|充值|转){_NEAR}{{0,12}}?"
        r"(?:保证金|手续费|解冻费|解冻金|激活费|工本费|服务费|押金|会员费|认证费|税费|个人所得税|验资|流水|预付款|关税|清关费|违约金)"
        rf"|(?:保证金|手续费|解冻费|激活费|工本费|验资|刷流水|个人所得税|税费){_NEAR}{{0,8}}?"
        r"(?:才能|后才|方可|才可以|即可)(?:放款|下款|到账|提现|解冻|领取|领奖|发货)"
        r"|(?:资金|账户|帐户)解冻|解冻(?:资金|账户|帐户)|(?:需要|要)(?:进行)?解冻(?:处理)?|刷流水|验证金|转账测试|测试转账|作为保证金"
        r"|(?:customs|redelivery|re-delivery|processing|release|admin|administration|handling|clearance|small)\s+"
        r"(?:fee|charge|payment|dut(?:y|ies))s?\b|(?:pay|settle)\s+(?:the\s+|a\s+|your\s+)?(?:outstanding\s+|unpaid\s+)?"
        r"(?:fee|fine|balance|toll|charge|amount)s?\b|(?:unpaid|outstanding)\s+(?:balance|amount|fee|charge)"
        r"|avoid\s+(?:late\s+|additional\s+|further\s+)?(?:fees?|fines?|penalt(?:y|ies)|charges?)",
    ),
    Mark(
        "asks-gift-card",
        DEMAND,
        Phrase("买礼品卡、充值卡", "buy gift or top-up cards"),
        # To buy them and send their numbers: a shop that gives a card away asks for nothing.
        rf"(?:买|购买|去买|充值){_NEAR}{{0,8}}?(?:礼品卡|购物卡|充值卡|点卡|(?:苹果|itunes|steam|谷歌)卡)"
        r"|(?:卡号|卡密)(?:拍|发|报)(?:给|过来)"
        r"|(?:buy|purchase|get|pay\s+(?:with|in|using))\s+(?:\w+\s+){0,3}(?:gift|itunes|google\s+play|steam)\s*cards?"
        r"|gift\s?card\s+(?:codes?|numbers?)",
    ),
    Mark(
        "asks-premium-call",
        DEMAND,
        Phrase("回拨 09 等付费号码、发短信到短号", "ring a premium-rate number or text a short code"),
        # UK premium-rate (09, 087, 070) numbers to ring back, and short codes to text to.
        r"(?:call|ring|dial|phone)\s+(?:now\s+|us\s+|free\s+|today\s+|back\s+|on\s+|from\s+(?:a\s+)?landline\s+)*"
        r"0(?:9|87|70)\d(?:[ -]?\d){6,}|(?:text|txt|send|reply)\s+(?:\w+\s+){0,3}(?:to|2)\s+[0-9]{5}\b"
        r"|(?<![0-9])0(?:9[01]|87|70)[0-9]{7,8}",
    ),
    Mark(
        "asks-app",
        DEMAND,
        Phrase("下载某个 App", "download an app"),
        # An app of theirs: "下载官方 App" is what genuine companies say.
        rf"(?:下载|安装|下个|装个)(?!官方)(?:一个|一下)?(?:(?!官方){_NEAR}){{0,14}}?(?:app|软件|客户端|应用|apk)"
        r"|(?:app|软件|客户端)(?:供你|供您|给你|给您)?(?:下载|安装)|(?:点击|打开)(?:这个|该)?(?:链接|网址)[^，。]{0,6}?(?:下载|安装)"
        r"|(?:download|install)\s+(?:the\s+|our\s+|this\s+|an?\s+)?(?:\w+\s+){0,2}(?:app|application|apk|software)\b",
    ),
    Mark(
        "asks-contact",
        DEMAND,
        Phrase("加 QQ、微信或进群", "add them on QQ, WeChat, WhatsApp or join a group"),
        r"(?:加|添加|联系)(?:一下)?(?:我的?|我们的?|客服的?|老师的?|对方的?|他的?)?(?:qq|微信|vx|wx|v信|薇信|好友|群|飞机|telegram|tg)"
        rf"|(?:qq|微信|vx|wx)(?:号|群)?[:：]\s*[a-z0-9_-]{{5,}}|(?:进|入|拉你进|拉你入|加入)(?:一个|我们的)?{_NEAR}{{0,6}}?群"
        r"|(?:你|您)的(?:qq|微信)(?:号)?|通过(?:qq|微信)(?:进行)?(?:联系|视频|沟通|通话|添加)|(?:qq|微信)视频"
        r"|(?:加|添加)[^，。]{0,8}?(?:qq|微信|vx|wx)(?:好友|号)?|扫(?:描)?(?:二维)?码(?:联系|添加|加)"
        r"|(?:add|message|text|contact|chat\s+with|reach)\s+(?:me|us)\s+(?:on|via|at)\s+(?:whatsapp|telegram|wechat|line|signal)"
        r"|join\s+(?:our|the|my)\s+(?:\w+\s+){0,2}(?:group|channel)"
        r"|(?:e-?mail|contact|write\s+to)\b[^\n]{0,30}?[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+"
        r"|\bwhats\s?app\b[^.!?\n]{0,20}?\+?[0-9](?:[ -]?[0-9]){6,}",
    ),
    Mark(
        "asks-click",
        DEMAND,
        Phrase("点链接去验证、领取、支付", "click to verify, claim or pay"),
        rf"(?:点击|点开|打开|登录|登陆|进入|访问){_NEAR}{{0,20}}?"
        r"(?:验证|认证|领取|激活|核实|办理|申请|退款|理赔|更新|解冻|升级|确认|补录|缴费|支付|解除)"
        r"|(?:click|tap|visit|go\s+to|follow|open|use|log\s*(?:in|on))\b[^.!?\n]{0,40}?\b(?:to\s+)?"
        r"(?:verify|confirm|claim|update|validate|unlock|restore|reactivate|reschedule|pay|avoid|release|receive"
        r"|redeliver|collect|secure)\b",
    ),
    Mark(
        "asks-callback",
        DEMAND,
        Phrase("回电话给他们", "call them back"),
        rf"(?:回电|致电|拨打|回拨|联系)(?:电话|号码|客服|我们)?(?:至|到)?[:：]?\s*\+?[0-9](?:[ -]?[0-9]){{6,}}"
        r"|(?:call|ring|phone|dial)\b[^.!?\n]{0,40}?\b(?:on|at|now|back|us)?\s*\+?[0-9](?:[ ()-]{0,2}[0-9]){6,}"
        r"|call\s+(?:us\s+)?(?:now|back|immediately)\b|contact\b[^.!?\n]{0,30}?\+?[0-9](?:[ -]?[0-9]){6,}"
        r"|\b(?:ph|tel|phone)\b[:.\s-]*\+?[0-9](?:[ -]?[0-9]){6,}|reply\s+(?:with\s+)?(?:claim|win|prize)\b",
    ),
    Mark(
        "asks-follow-steps",
        DEMAND,
        Phrase("按他们说的一步步操作", "follow their instructions step by step"),
        r"(?:按照|按|根据|听从)(?:我|我们|客服|工作人员|对方)?(?:的)?(?:要求|提示|指示|指引|指导|步骤|说的)(?:来)?(?:进行|完成)?(?:操作|办理|去做)"
        rf"|配合(?:我们|我)?(?:进行|完成|做)(?:一些|一下|相关)?操作|指导(?:你|您){_NEAR}{{0,6}}?操作"
        r"|(?:按照|按|听从)(?:我|我们|客服|工作人员|对方)?(?:的)?(?:指示|指引|指导|说的)(?:一步步|一步一步)?(?:来|做|进行)"
        r"|follow\s+(?:my|our|the)\s+(?:instructions|steps|guidance)",
    ),
    Mark(
        "asks-money",
        DEMAND,
        Phrase("借钱、垫付、帮忙付款", "lend, advance or pay money for them"),
        r"借(?:点|些|一些|一笔|笔)?钱|借(?:点|些|一些|一笔|笔)?(?:钱)?给我|垫付|垫资|代付|帮(?:我|忙)(?:先)?(?:转|汇|付|支付|垫|出|交|充)"
        r"|(?:转账|汇款|打款)(?:这笔|一笔|给我)|需要(?:你|您)(?:进行|帮忙)?(?:转账|汇款)"
        r"|(?:转|汇|打)(?:点|些|一些|一点|一笔|笔)(?:钱|款)|(?:转|汇|打)(?:点|些|一些|一点)给我|给(?:这个|我的?)?(?:账户|帐户|账号|帐号|卡)[^，。]{0,8}?转|送(?:个)?红包"
        r"|把[^，。]{0,8}?(?:钱|款|赔偿金|费用)(?:转|汇|打)(?:给|到|过去)"
        r"|(?:需要|要|请)(?:你|您)?(?:立即|马上|尽快)?(?:支付|缴纳|交)[^，。]{0,6}?(?:医疗费|医药费|手术费|赔偿金?|罚款)"
        r"|(?:lend|borrow)\s+(?:me\s+)?(?:some\s+)?(?:money|cash)|(?:can|could)\s+you\s+(?:pay|send|transfer|lend)\b",
    ),
    Mark(
        "asks-press-key",
        DEMAND,
        Phrase("按键转人工", "press a key to speak to someone"),
        r"按(?:[0-9]|[一二三九零])(?:键)?|按键|press\s+(?:[0-9]|one|nine)\b",
    ),
)

BY_ID = {mark.id: mark for mark in MARKS}
if len(BY_ID) != len(MARKS) or any(mark.group not in GROUPS for mark in MARKS):
    raise RuntimeError("every mark needs its own id and a known group")
IN_GROUP = {group: tuple(mark.id for mark in MARKS if mark.group == group) for group in GROUPS}
# The notice's script: the rule that quotes it uses these seven.
NOTICE_MARKS = IN_GROUP[SCRIPT][:7]
