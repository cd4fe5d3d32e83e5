"""Beyond the advisory (本站补充): numbers, each with its public source: 110, 800 and 106 numbers,
service numbers shown with +86 abroad, and local numbers where the reader is."""

from __future__ import annotations

from .. import sources
from ..languages import Phrase
from ..number import CN_INTL, DOMESTIC, LOCAL
from ..rule import CAUTION, DANGER, NOTICE, UNKNOWN, Example, Passage, Rule, abroad, sms
from .shared import AREA, CHINESE_DISPLAYS, NO_DETAILS, NO_LINK, OPEN_OFFICIAL, SERVICE, VERIFY_OFFICIAL

NUMBERS: tuple[Rule, ...] = (
    Rule(
        id="emergency-110",
        risk=CAUTION,
        page="more-scams",
        where=("cn",),
        displays=(DOMESTIC,),
        national=rf"{AREA}?110",
        sources=(sources.XINGXIAN_110, sources.PANJIN_PREFIX, sources.SHAOXING_OFFICIALS),
        decision=Phrase(
            zh="防骗提示没有提到 110 打来的电话。警方提醒，即便来电显示“110”，也不要轻易相信对方的身份。"
            "刚报过警的人可能接到民警回电，所以判为需谨慎而不是危险。只用于在中国大陆：在国外，110 可能是当地的号码。",
            en="The tips do not mention calls from 110. Police warn: even if your phone shows 110, do not "
            "readily believe who the caller says they are. Someone who has just called the police may get a "
            "call back, so it is rated Caution rather than Danger. For mainland China only: abroad, 110 may be a "
            "local number.",
        ),
        title=Phrase(
            zh="显示 110 的来电：先想想你是否刚报过警",
            en="A call showing 110: did you just call the police?",
        ),
        explanation=Phrase(
            zh="110 是报警电话，是你拨出去的号码。即便来电显示 110，也不能证明对方是警察。"
            "如果你没有报警，对方却说你涉案或要你转账，就是冒充警察的诈骗。",
            en="110 is the police emergency number, for you to dial. A call showing 110 does not prove the "
            "caller is the police. If you did not call the police and the caller talks of a case "
            "against you or asks for money, it is a scammer posing as the police.",
        ),
        advice=(
            Phrase(
                zh="没报过警就挂断，自己拨打 110 核实。",
                en="If you did not call the police, hang up and dial 110 yourself to check.",
            ),
            Phrase(
                zh="公检法不会通过电话办案，也没有所谓的“安全账户”。",
                en='The police do not handle cases by phone, and there is no such thing as a "safe account".',
            ),
        ),
        matches=("110", "021-110", sms("110")),
        misses=("+86 110", "1100", "1101", abroad("110")),
    ),
    Rule(
        id="prefix-800",
        risk=CAUTION,
        page="more-scams",
        displays=CHINESE_DISPLAYS,
        landline=False,
        national=r"800\d{7}",
        sources=(sources.ANSHAN_800,),
        decision=Phrase(
            zh="防骗提示没有提到 800 号码。警方提醒，400、800、95 开头的号码申请简单、价格低，骗子很容易开通；"
            "但很多正规企业也用 800 号码，警方没有说企业从不用它外呼，所以判为需谨慎，而不是危险。",
            en="The tips do not mention 800 numbers. Police warn that 400, 800 and 95 numbers are easy and "
            "cheap to get, so scammers open them easily; but many real companies use 800 numbers too, and "
            "the police do not say that companies never call from them, so it is rated Caution, not Danger.",
        ),
        title=Phrase(
            zh="800 开头的号码：骗子也容易开通，先核实",
            en="An 800 number: easy for scammers to get too, so check first",
        ),
        explanation=Phrase(
            zh="800 号码是企业的免费客服热线。这类号码申请简单、价格低，骗子也容易开通，用来冒充客服。",
            en="800 numbers are companies' toll-free customer lines. They are easy and cheap to get, so "
            "scammers get them too, to pose as customer service.",
        ),
        advice=(
            Phrase(
                zh="不要按来电的要求操作。",
                en="Do not do what the caller asks.",
            ),
            VERIFY_OFFICIAL,
        ),
        matches=("8008101234", "800-810-1234", "+86 800 810 1234"),
        misses=("80081012", "08008101234", "+1 800 555 0100"),
    ),
    Rule(
        id="prefix-106",
        risk={"call": CAUTION, "sms": CAUTION, "sms-link": DANGER},
        page="more-scams",
        displays=CHINESE_DISPLAYS,
        landline=False,
        national=r"106[0-8]\d{4,}",
        sources=(sources.SHENZHEN_106, sources.BEIJING_CARRIERS_106),
        decision=Phrase(
            zh="防骗提示只点名“1069”。深圳反诈中心提醒“106短信引流诈骗”，北京的运营商也提醒过 10683023xxxx "
            "发来的积分清零短信不是官方活动。所以本站把其他“106”号码的短信和“1069”同样对待：短信需谨慎，带链接的短信危险。"
            "没有来源说到 106 号码打来的电话，来电判为需谨慎。",
            en="The tips name only 1069. The Shenzhen anti-fraud centre warns of scams that lure people through "
            "106 texts, and Beijing's carriers warned that points-clearing texts from 10683023xxxx were no "
            "official offer. So this site treats texts from other 106 numbers like 1069: a text is rated Caution, "
            "a text with a link is rated Danger. No source speaks of calls from 106 numbers: a call is rated Caution.",
        ),
        title=Phrase(
            zh="“106”开头的号码：企业短信号码，也被骗子利用",
            en="A 106 number: a company bulk-text number that scammers use too",
        ),
        explanation=Phrase(
            zh="“106”号码是企业发验证码、通知和广告用的短信号码，也被骗子用来发诈骗短信，"
            "例如假的积分清零提醒。带链接的尤其危险。",
            en="106 numbers are the bulk-text numbers companies use for codes, notices and adverts, and "
            "scammers use them too, for example for fake points-expiry alerts. Those with links are the "
            "most dangerous.",
        ),
        advice=(
            NO_LINK,
            Phrase(
                zh="不要把验证码告诉任何人。",
                en="Never tell anyone a verification code.",
            ),
            OPEN_OFFICIAL,
        ),
        matches=(
            sms("10655012345678"),
            "1065902101234",
            sms("106810001234"),
            sms("10683023123456", "您的积分即将清零，点击 t.cn/abc 兑换"),
        ),
        misses=("106912345678", "010 6561 2308", "+86 10 6561 2308", "1065"),
    ),
    Rule(
        id="roaming-service-number",
        risk=CAUTION,
        page="more-scams",
        where=("abroad",),
        displays=(CN_INTL,),
        national=SERVICE,
        advisory=Passage(
            NOTICE,
            "外交部全球领事保护与服务应急热线(24小时):+86-10-12308",
            "The Foreign Ministry's global emergency hotline for consular protection and services "
            "(24 hours): +86-10-12308",
        ),
        sources=(sources.EMBASSY_LEBANON,),
        decision=Phrase(
            zh="在国外，从中国打来的电话显示 +86，连外交部公布的热线也写作 +86-10-12308，"
            "所以 +86 加服务号码可能只是漫游或国际线路的显示方式，不能据此判为诈骗。"
            "但来电显示可以伪装，驻外使馆也提醒过有人把号码伪装成使领馆公布的电话，"
            "所以判为需谨慎：挂断后自己拨打官方号码。",
            en="Abroad, calls from China show +86; the Foreign Ministry itself publishes its hotline as "
            "+86-10-12308. So +86 before a service number may only be how roaming or an international line "
            "shows it, and is no sign of a scam by itself. But a caller ID can be faked, and embassies have "
            "warned of numbers disguised as their published ones, so it is rated Caution: hang up and dial the "
            "official number yourself.",
        ),
        title=Phrase(
            zh="在国外看到 +86 加服务号码：可能是漫游显示，自己拨打官方号码核实",
            en="Abroad, a service number shown with +86: it may be how roaming shows it; dial the official "
            "number yourself",
        ),
        explanation=Phrase(
            zh="在国外，从国内打来的电话都带 +86，银行、公安、反诈中心的号码也可能这样显示。"
            "但来电显示可以伪装，显示官方号码不能证明对方身份。",
            en="Abroad, every call from China shows +86, and a bank's, the police's or the anti-fraud "
            "centre's number may show that way too. But a caller ID can be faked: showing an official "
            "number proves nothing about the caller.",
        ),
        advice=(
            Phrase(
                zh="不要按来电的要求操作；挂断后，自己拨打该机构公布的官方号码核实。",
                en="Do not do what the caller asks; hang up and dial the organisation's published number "
                "yourself to check.",
            ),
            NO_DETAILS,
        ),
        matches=(abroad("+8695588"), abroad("+86 96110"), abroad("0086 110"), abroad("+86 12381", "sms")),
        misses=("+8695588", abroad("00095588"), abroad("+86 138 1234 5678"), abroad("95588")),
    ),
    Rule(
        id="local-number",
        risk=UNKNOWN,
        page="more-scams",
        where=("abroad",),
        displays=(LOCAL,),
        unless=("hotline-12308",),
        sources=(sources.ADCC_PLUS_852, sources.EMBASSY_SINGAPORE_PLUS_65),
        decision=Phrase(
            zh="香港警方和中国驻新加坡使馆都提醒：当地的真实来电不显示“+852”“+65”这样的本地国家代码。"
            "所以本站把你所在地区不带 + 或 00 的号码，按当地手机显示本地来电的方式读取（例如在英国，020 开头是伦敦的座机，"
            "不是广州的），中国大陆号码的规则（400、95、106、800 等）不用于它。除此之外，没有来源说到本地号码本身："
            "本站判断，单看号码说明不了什么，要听对方要你做什么（见内容规则）。",
            en="Hong Kong police and the Chinese Embassy in Singapore both warn that genuine local calls do not show "
            "the local country code (+852, +65). So this site reads a number without + or 00 the way phones where you "
            "are show local calls (in the UK, 020 is a London landline, not Guangzhou), and the rules for mainland "
            "Chinese numbers (400, 95, 106, 800 and so on) do not apply to it. Beyond that, no source speaks of local "
            "numbers as such: this site decides that the number alone says nothing, and that what matters is what "
            "the caller asks for (see the rules on content).",
        ),
        title=Phrase(
            zh="当地号码：单看号码说明不了什么，听对方要你做什么",
            en="A local number: the number alone says nothing; listen to what they ask for",
        ),
        explanation=Phrase(
            zh="这是你所在地区的本地号码。单看号码，说明不了打来的是谁：骗子也用本地号码。",
            en="This is a local number where you are. The number alone says nothing about who is calling: "
            "scammers use local numbers too.",
        ),
        advice=(
            Phrase(
                zh="听对方要你做什么：要你转账、说出验证码或密码、下载 App 或共享屏幕的，就挂断。",
                en="Listen to what they ask for: if they want money, a code or a password, or want you to install an "
                "app or share your screen, hang up.",
            ),
            VERIFY_OFFICIAL,
        ),
        matches=(
            Example("020 7946 0000", where="GB"),
            Example("(212) 555-0147", where="US"),
            Example("800 555 0199", where="US"),
            Example("0412 345 678", "sms", where="AU"),
        ),
        misses=(
            Example("+44 20 7946 0000", where="GB"),
            "020 7946 0000",
            abroad("020 7946 0000"),
            Example("12308", where="GB"),
            Example("011 86 95588", where="US"),
        ),
    ),
)
