"""Beyond the advisory (本站补充): the scripts police warn about most, each with its source: a safe
account, police by phone, secrecy, screen sharing, codes."""

from __future__ import annotations

from .. import sources
from ..languages import Phrase
from ..rule import DANGER, Example, Rule, sms
from .shared import HANG_UP, NO_DETAILS, OFFICIAL_WARNINGS, SCAMMED

SCRIPTS: tuple[Rule, ...] = (
    Rule(
        id="script-safe-account",
        risk=DANGER,
        page="more-scams",
        text="red-flags",
        marks=("safe-account",),
        unless=OFFICIAL_WARNINGS,
        sources=(sources.SHAOXING_SAFE_ACCOUNT,),
        decision=Phrase(
            zh="警方说没有所谓的“安全账户”。要你把钱转到“安全账户”“监管账户”的，不论来自哪个号码，都判为危险。",
            en='Police say there is no such thing as a "safe account". Being told to move money to a "safe" '
            'or "supervised" account is rated Danger, whatever the number.',
        ),
        title=Phrase(
            zh="要你把钱转到“安全账户”：这是诈骗",
            en='Told to move money to a "safe account": it is a scam',
        ),
        explanation=Phrase(
            zh="没有所谓的“安全账户”。说你的钱不安全、要你转到“安全账户”或“监管账户”的，都是骗子。",
            en='There is no such thing as a "safe account". Anyone who says your money is at risk and '
            'must go to a "safe" or "supervised" account is a scammer.',
        ),
        advice=(
            HANG_UP,
            Phrase(
                zh="不要转账。",
                en="Do not transfer any money.",
            ),
            SCAMMED,
        ),
        matches=(
            Example("13812345678", "call", "为了保护您的资金，请转到安全账户"),
            sms("95588", "请将资金转入監管賬戶"),
            Example("+44 20 7946 0958", "call", "move your savings to a safe account", "abroad"),
        ),
        misses=(
            sms("12381", "公安机关不会要求转账到安全账户"),
            sms("13812345678", "没有所谓的“安全账户”"),
            sms("95588", "为保障您的账户安全，请勿泄露密码"),
        ),
    ),
    Rule(
        id="script-police-by-phone",
        risk=DANGER,
        page="more-scams",
        text="red-flags",
        marks=("police-by-phone",),
        unless=OFFICIAL_WARNINGS,
        sources=(sources.SHAOXING_OFFICIALS, sources.MPS_NO_PHONE_STATEMENT),
        decision=Phrase(
            zh="警方说公检法不会用电话、短信、微信、QQ 在线上办案，也不会通过电话做笔录。来电或短信说公检法找你、"
            "要在电话或视频通话里做笔录的，判为危险。",
            en="Police say that the police, prosecutors and courts do not handle cases online by phone, text, "
            "WeChat or QQ, and do not take statements over the phone. A call or text that brings in the "
            "police, prosecutors or courts, or wants a statement by phone or video, is rated Danger.",
        ),
        title=Phrase(
            zh="“公检法”在电话里办案、做笔录：这是诈骗",
            en='"The police" handling your case by phone: it is a scam',
        ),
        explanation=Phrase(
            zh="公安、检察院、法院不会通过电话、短信、微信或 QQ 在线上办案，也不会通过电话做笔录。",
            en="The police, prosecutors and courts do not handle cases online by phone, text, WeChat or "
            "QQ, and do not take statements over the phone.",
        ),
        advice=(
            HANG_UP,
            NO_DETAILS,
            SCAMMED,
        ),
        matches=(
            Example("13812345678", "call", "我是公检法的，现在给你做电话笔录"),
            Example("+86 21 6123 4567", "call", "我们要通过视频做笔录"),
            Example("13812345678", "call", "We will take your statement over the phone"),
        ),
        misses=(
            Example("13812345678", "call", "我是派出所民警，提醒您注意防范"),
            sms("96110", "谨防冒充公检法诈骗"),
            sms("13812345678", "公安机关不会通过电话做笔录"),
        ),
    ),
    Rule(
        id="script-secrecy",
        risk=DANGER,
        page="more-scams",
        text="red-flags",
        marks=("secrecy",),
        unless=OFFICIAL_WARNINGS,
        sources=(sources.SHAOXING_SECRECY,),
        decision=Phrase(
            zh="警方说，骗子会不断强调要受害人只与他们联系、不得向任何人透露，这些都是诈骗。要你对家人、银行或民警保密的，判为危险。",
            en="Police say scammers keep insisting that the victim talks to them alone and tells no one, and "
            "that all of this is a scam. Being told to keep it from your family, your bank or the police "
            "is rated Danger.",
        ),
        title=Phrase(
            zh="要你保密、别告诉家人：这是诈骗",
            en="Told to keep it secret from your family: it is a scam",
        ),
        explanation=Phrase(
            zh="骗子会要你“只和我联系”“不要告诉家人”“不要告诉银行”。警方说，这样要求的都是诈骗。",
            en='Scammers tell you to "talk only to me", "don\'t tell your family" or "don\'t tell the '
            'bank". Police say that this is always a scam.',
        ),
        advice=(
            HANG_UP,
            Phrase(
                zh="马上告诉家人或信任的人。",
                en="Tell your family or someone you trust right away.",
            ),
            SCAMMED,
        ),
        matches=(
            Example("13812345678", "call", "这件事不要告诉家人，只能与我们单线联系"),
            Example("+1-202-555-0143", "call", "Do not tell your family about this", "abroad"),
            sms("13812345678", "案件需要严格保密，不得向任何人透露"),
        ),
        misses=(
            sms("95588", "您的验证码为 123456，请勿向任何人透露。"),
            sms("13812345678", "骗子会让你不要告诉家人"),
            sms("95588", "验证码请注意保密"),
        ),
    ),
    Rule(
        id="script-screen-sharing",
        risk=DANGER,
        page="more-scams",
        text="red-flags",
        marks=("screen-sharing",),
        unless=OFFICIAL_WARNINGS,
        sources=(sources.ZIXING_SCREEN_SHARING, sources.ANTI_FRAUD_CENTER_MEETINGS),
        decision=Phrase(
            zh="国家反诈中心和资兴警方都提醒过骗子用视频会议、屏幕共享实施诈骗：对方能看到你收到的验证码和银行卡信息。"
            "要你开屏幕共享、远程控制或下载会议 App 的，判为危险。",
            en="The National Anti-Fraud Center and Zixing police have warned of scams through video meetings "
            "and screen sharing: the other side sees the codes and card details on your screen. Being asked "
            "to share your screen, allow remote control or install a meeting app is rated Danger.",
        ),
        title=Phrase(
            zh="要你共享屏幕或开会议 App：这是诈骗",
            en="Asked to share your screen or join a meeting app: it is a scam",
        ),
        explanation=Phrase(
            zh="打开屏幕共享或远程控制，对方就能看到你收到的验证码和银行卡信息。",
            en="With screen sharing or remote control on, the other side sees the codes and card details you receive.",
        ),
        advice=(
            Phrase(
                zh="不要开屏幕共享或远程控制，已经打开就马上关掉。",
                en="Do not share your screen or allow remote control; if you have, stop it now.",
            ),
            HANG_UP,
            SCAMMED,
        ),
        matches=(
            Example("13812345678", "call", "请下载腾讯会议，开启屏幕共享"),
            sms("13812345678", "请打開螢幕共享配合操作"),
            Example("+44 20 7946 0958", "call", "please share your screen with me", "abroad"),
        ),
        misses=(
            sms("95588", "请勿开启屏幕共享，谨防诈骗"),
            sms("13812345678", "明天的会议改到下午"),
        ),
    ),
    Rule(
        id="script-code-request",
        risk=DANGER,
        page="more-scams",
        text="red-flags",
        marks=("code-request",),
        unless=OFFICIAL_WARNINGS,
        sources=(sources.ZIXING_CODES, sources.CBIRC_SENSITIVE_INFO),
        decision=Phrase(
            zh="警方记载的屏幕共享骗局，就是让受害人把收到的短信验证码给对方看；银保监会也提醒要看对方索要的是不是重要敏感信息"
            "（银保监会是监管机构，不是警方、银行、运营商或工信部）。向你要验证码或密码的，判为危险；"
            "真短信里“请勿向任何人透露验证码”这样的提醒不算。",
            en="The screen-sharing scam police describe works by getting the victim to show the codes received "
            "by text; the banking regulator also warns to check whether what is asked for is sensitive "
            "personal information (a regulator, not the police, a bank, a carrier or MIIT). Being asked for "
            'a code or password is rated Danger; a real text\'s reminder such as "never tell anyone this code" '
            "does not count.",
        ),
        title=Phrase(
            zh="向你要验证码或密码：这是诈骗",
            en="Asked for a verification code or password: it is a scam",
        ),
        explanation=Phrase(
            zh="验证码和密码能让别人转走你的钱。向你要验证码或密码，是警方记载的诈骗手法。",
            en="A verification code or password lets someone else take your money. Asking you for one is a "
            "scam method police describe.",
        ),
        advice=(
            Phrase(
                zh="不要把验证码或密码告诉任何人。",
                en="Never tell anyone a code or password.",
            ),
            HANG_UP,
            SCAMMED,
        ),
        matches=(
            Example("95588", "call", "请把收到的验证码告诉我"),
            Example("13812345678", "call", "麻烦您念一下短信验证码"),
            Example("+44 20 7946 0958", "call", "please tell me the verification code", "abroad"),
        ),
        misses=(
            sms("95588", "您的验证码为 123456，请勿向任何人透露。"),
            sms("95588", "工作人员不会向您索取验证码"),
            sms("10086", "Never share this code with anyone"),
        ),
    ),
)
