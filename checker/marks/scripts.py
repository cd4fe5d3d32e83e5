"""Scripts: lines that police or the notice call a scam on their own ("转到安全账户").

The notice's seven come first: the rule that quotes it uses them (NOTICE_MARKS)."""

from __future__ import annotations

from ..languages import Phrase
from .mark import NEAR, SCRIPT, Mark

SCRIPT_MARKS: tuple[Mark, ...] = (
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
        rf"洗钱|逮捕令|通缉|(?:你|您){NEAR}{{0,12}}?(?:涉嫌|涉案|犯罪)"
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
        Phrase("要你转到“安全账户”", 'move money to a "safe account"'),
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
)
