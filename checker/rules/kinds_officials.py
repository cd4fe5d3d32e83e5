"""Beyond the advisory (本站补充): kinds of fraud that pose as officials: embassies, police, government, credit records. Each is the Ministry of Public Security's,
the National Anti-Fraud Center's, an embassy's or a foreign regulator's, and cites them."""

from __future__ import annotations

from .. import sources
from ..languages import Phrase
from ..rule import Example, Rule, abroad, sms
from .scheme import MOBILE, MONEY, NO_APP, NO_TRANSFER, REMOTE, SECRETS, UK, kind
from .shared import HANG_UP, NO_DETAILS, VERIFY_OFFICIAL

KINDS_OFFICIALS: tuple[Rule, ...] = (
    kind(
        "embassy",
        Phrase("冒充使领馆", "an embassy or consulate impersonation scam"),
        pretexts=("claims-embassy",),
        demands=(*MONEY, *SECRETS, "asks-press-key", "call-transfer", "asks-callback", "asks-contact"),
        sources=(
            sources.EMBASSY_GERMANY_ROBOCALL,
            sources.CONSULATE_MANCHESTER_DOCUMENTS,
            sources.MFA_ABROAD_IMPERSONATION,
        ),
        explanation=Phrase(
            zh="冒充使领馆的电话常以“有重要文件需签领”“你的银行卡被冒用”“你在国内涉案”开头（中国驻曼彻斯特总领馆）。"
            "中国驻德国使馆说，使馆电话都是直拨，从不用语音提示让你按 8、9 等分机转人工。骗子还会冒充国内公检法，"
            "说你涉嫌重大案件（外交部）。",
            en='Calls posing as a consulate often open with "an important document needs signing for", "your bank '
            'card has been used fraudulently" or "you are involved in a case in China" (Chinese Consulate-General '
            "in Manchester). The Chinese Embassy in Germany says its phones are direct lines and never use voice "
            "prompts telling you to dial extension 8, 9 or the like for an operator. Scammers also pose as the "
            "police, prosecutors or courts in China and say you are a suspect in a major case (Foreign Ministry).",
        ),
        advice=(
            HANG_UP,
            Phrase(
                zh="要核实，自己查使领馆官网上的电话再打过去。",
                en="To check, look up the embassy's number on its official website and call it yourself.",
            ),
            NO_DETAILS,
        ),
        matches=(
            abroad("+44 20 7946 0000", "call", "这里是中国驻英国大使馆，您有一份重要文件未领取，请按1"),
            abroad("+1 212 555 0100", "call", "中國駐紐約總領事館通知：您的護照出現異常，請按9查詢"),
            abroad("+61 2 5550 1234", "call", "This is the Chinese Embassy. You have an important document, press 1"),
        ),
        misses=(
            abroad("+44 20 7946 0000", "call", "中国驻英国大使馆提醒：使馆不会来电要求按键或转账"),
            sms(MOBILE, "大使馆的签证办好了，明天来取"),
        ),
    ),
    kind(
        "police",
        Phrase("冒充公检法", "a fake police, prosecutor or court scam"),
        pretexts=("claims-police", "crime", "investigation", "data-leak", "illegal-information", "police-by-phone"),
        demands=(
            *MONEY,
            *SECRETS,
            *REMOTE,
            "bail",
            "secrecy",
            "call-transfer",
            "asks-contact",
            "asks-click",
            "asks-press-key",
            "asks-follow-steps",
        ),
        sources=(
            sources.SHAOXING_OFFICIALS,
            sources.MPS_STATE_ORGANS_SAFE_ACCOUNT,
            sources.POLICE_IMPERSONATION,
            sources.HK_ADCC_MAINLAND_OFFICIALS,
        ),
        explanation=Phrase(
            zh="公检法等机关不会通过电话、短信、微信、QQ 在线上办案（绍兴市公安局）；自称公检法等国家机关工作人员、"
            "要你把钱转到“安全账户”的，一定是诈骗（公安部）。骗子还会让你开屏幕共享，看走你银行卡里的余额（银川市公安局）。",
            en="The police, prosecutors and courts do not handle cases online by phone, text, WeChat or QQ "
            "(Shaoxing police); anyone who claims to be from them or another state body and asks you to move money "
            'to a "safe account" is certainly a scammer (Ministry of Public Security). Scammers also have you '
            "share your screen and so see your bank balances (Yinchuan police).",
        ),
        advice=(HANG_UP, NO_TRANSFER, VERIFY_OFFICIAL),
        matches=(
            Example(MOBILE, "call", "我是市公安局民警，你涉嫌一起洗钱案，需要把资金转到安全账户核查"),
            sms(MOBILE, "這裡是公安局，請下載這個App配合調查"),
            abroad(
                "+1 415 555 0100", "call", "This is the police. You are suspected of fraud; buy gift cards to pay bail"
            ),
        ),
        misses=(
            sms(MOBILE, "民警提醒：不要把钱转给陌生人"),
            Example(MOBILE, "call", "派出所通知你明天来领身份证"),
        ),
    ),
    kind(
        "government",
        Phrase("冒充社保、医保、税务等部门", "a fake government-office scam (tax, social security, health)"),
        pretexts=("claims-government",),
        demands=(
            *MONEY,
            *SECRETS,
            *REMOTE,
            "asks-contact",
            "asks-click",
            "asks-press-key",
            "call-transfer",
            "asks-follow-steps",
        ),
        sources=(sources.GOVERNMENT_IMPERSONATION, sources.HEALTH_OFFICIAL_IMPERSONATION),
        explanation=Phrase(
            zh="冒充社保局、医保局、税务局或疾控中心的人，说你的社保卡、医保卡异常或被冒用，或者你接触过病例，"
            "再要你提供银行卡号、验证码，或把电话转给“公安”。",
            en="People posing as the social-security, medical-insurance, tax or disease-control office say your "
            "card is suspended or misused, or that you met an infected person, then ask for your card number or "
            'code, or put you through to "the police".',
        ),
        advice=(HANG_UP, NO_DETAILS, VERIFY_OFFICIAL),
        matches=(
            Example(MOBILE, "call", "我是医保局的，您的医保卡异常，请提供身份证号和银行卡号"),
            sms(MOBILE, "社保局通知：您的社保卡已停用，请点击链接办理"),
            abroad(UK, "call", "Social Security: your number is suspended, press 1 now"),
        ),
        misses=(
            sms(MOBILE, "社保局提醒：请勿向陌生人提供银行卡号"),
            sms(MOBILE, "疾控中心提醒您按时接种疫苗"),
        ),
    ),
    kind(
        "credit",
        Phrase("虚假征信", "a fake credit-record scam"),
        pretexts=("claims-credit", "loan-credit"),
        demands=(*MONEY, *SECRETS, *REMOTE, "asks-contact"),
        sources=(sources.CREDIT_RECORD, sources.PBOC_CREDIT),
        explanation=Phrase(
            zh="骗子冒充平台或征信中心的客服，说你的校园贷、网贷账户没注销会影响征信，再要你开屏幕共享、"
            "借钱“清空额度”转给他们。",
            en="Scammers pose as a platform's or the credit bureau's staff and say an old student or online loan "
            'account will hurt your credit record, then have you share your screen and borrow money to "clear '
            'the quota" into their account.',
        ),
        advice=(HANG_UP, NO_APP, NO_TRANSFER),
        matches=(
            Example(MOBILE, "call", "不注销校园贷账户会影响你的征信，请下载会议App开启屏幕共享"),
            sms(MOBILE, "你的网贷账户未注销，征信会受影响，请把额度转到指定账户"),
            abroad(
                UK, "call", "Your credit record will be affected unless you cancel your student loan: download this app"
            ),
        ),
        misses=(
            sms(MOBILE, "征信中心提醒：个人征信无法人为修改"),
            sms(MOBILE, "请按时还款，以免影响您的征信"),
        ),
    ),
)
