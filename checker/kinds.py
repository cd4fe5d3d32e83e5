"""The kinds of fraud, as rows of the rule table: who the scammer claims to be, and what they ask for.

Most scams show in the words, not in the number. Each kind is the Ministry of Public Security's,
the National Anti-Fraud Center's, an embassy's or a foreign regulator's, and cites them. A kind
matches when a message has one of its pretexts (marks.py: "我是公安局的", "您的包裹") and one of
its demands ("转到这个账户", "下载这个 App"); a pretext alone decides nothing, because genuine
organisations and the news say the same words. A kind's title names the scam, and heads the
verdict (verdict.py).

demands() gives the rows for a demand with no pretext: the few that police call a scam on their
own (a bare card number to pay into, a fee first, gift cards) are caution. Downloading an app, adding
a contact, clicking, calling back or pressing a key are what genuine shops ask too: alone they
decide nothing.
"""

from __future__ import annotations

from . import sources
from .languages import BY_CODE, Phrase
from .marks import BY_ID as MARKS
from .rule import CAUTION, DANGER, Citation, Example, Rule, abroad, sms
from .shared import HANG_UP, NO_DETAILS, NO_LINK, OFFICIAL_WARNINGS, SCAMMED, VERIFY_OFFICIAL

# What the demands of most kinds have in common: money, codes and details, and remote control.
MONEY = ("asks-transfer", "safe-account", "designated-account", "asks-fee", "asks-gift-card")
SECRETS = ("code-request", "asks-details")
REMOTE = ("screen-sharing", "asks-app")

NO_TRANSFER = Phrase(
    zh="不要转账，不要先交任何费用。",
    en="Do not transfer money or pay any fee first.",
)
NO_APP = Phrase(
    zh="不要下载对方发来的 App，不要开屏幕共享；已经开了，马上关掉并断开网络。",
    en="Do not install an app they send or share your screen; if you already have, close it and go offline.",
)


def _names(marks: tuple[str, ...], lang: str) -> str:
    return BY_CODE[lang].separator.join(getattr(MARKS[mark].name, lang) for mark in marks)


def _kind(
    id: str,
    name: Phrase,
    *,
    pretexts: tuple[str, ...],
    demands: tuple[str, ...],
    sources: tuple[Citation, ...],
    explanation: Phrase,
    advice: tuple[Phrase, ...],
    matches: tuple[Example, ...],
    misses: tuple[Example, ...],
) -> Rule:
    """A kind of fraud as a row: danger, on the more-scams page, worded from its name and marks."""
    return Rule(
        id=f"kind-{id}",
        risk=DANGER,
        page="more-scams",
        text="scheme",
        pretexts=pretexts,
        demands=demands,
        unless=OFFICIAL_WARNINGS,
        sources=sources,
        title=Phrase(zh=f"这很像{name.zh}的诈骗", en=f"This looks like {name.en}"),
        explanation=explanation,
        decision=Phrase(
            zh=f"内容既有这些说法之一：{_names(pretexts, 'zh')}，又有这些要求之一：{_names(demands, 'zh')}，"
            "判为危险。只有说法、没有要求的不判：真的机构和新闻也会这样说。",
            en=f"A message with one of these claims: {_names(pretexts, 'en')}; and one of these demands: "
            f"{_names(demands, 'en')}; is danger. The claim alone is not judged: genuine organisations and the "
            "news say it too.",
        ),
        advice=(*advice, SCAMMED),
        matches=matches,
        misses=misses,
    )


def _demand(
    mark: str,
    stand_down: tuple[str, ...],
    *,
    sources: tuple[Citation, ...],
    decision: Phrase,
    title: Phrase,
    explanation: Phrase,
    advice: tuple[Phrase, ...],
    matches: tuple[Example, ...],
    misses: tuple[Example, ...],
) -> Rule:
    """A demand that is caution on its own, unless a rule in ``stand_down`` says better what the message is."""
    return Rule(
        id=f"demand-{mark.removeprefix('asks-')}",
        risk=CAUTION,
        page="more-scams",
        text="red-flags",
        marks=(mark,),
        unless=OFFICIAL_WARNINGS + stand_down,
        sources=sources,
        decision=decision,
        title=title,
        explanation=explanation,
        advice=advice,
        matches=matches,
        misses=misses,
    )


MOBILE = "13812345678"
UK = "+44 7700 900123"

KINDS: tuple[Rule, ...] = (
    _kind(
        "embassy",
        Phrase("冒充使领馆", "an embassy or consulate impersonation scam"),
        pretexts=("claims-embassy",),
        demands=(*MONEY, *SECRETS, "asks-press-key", "call-transfer", "asks-callback", "asks-contact"),
        sources=(sources.EMBASSY_GERMANY_ROBOCALL, sources.CONSULATE_MANCHESTER_DOCUMENTS,
                 sources.MFA_ABROAD_IMPERSONATION),
        explanation=Phrase(
            zh="冒充使领馆的电话常以“有重要文件需签领”“你的银行卡被冒用”“你在国内涉案”开头（中国驻曼彻斯特总领馆）。"
            "中国驻德国使馆说，使馆电话都是直拨，从不用语音提示让你按 8、9 等分机转人工。骗子还会冒充国内公检法，"
            "说你涉嫌重大案件（外交部）。",
            en="Calls posing as a consulate often open with \"an important document needs signing for\", \"your bank "
            "card has been used fraudulently\" or \"you are involved in a case in China\" (Chinese Consulate-General "
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
    _kind(
        "police",
        Phrase("冒充公检法", "a fake police, prosecutor or court scam"),
        pretexts=("claims-police", "crime", "investigation", "data-leak", "illegal-information", "police-by-phone"),
        demands=(*MONEY, *SECRETS, *REMOTE, "bail", "secrecy", "call-transfer", "asks-contact", "asks-click",
                 "asks-press-key", "asks-follow-steps"),
        sources=(sources.SHAOXING_OFFICIALS, sources.MPS_STATE_ORGANS_SAFE_ACCOUNT, sources.POLICE_IMPERSONATION,
                 sources.HK_ADCC_MAINLAND_OFFICIALS),
        explanation=Phrase(
            zh="公检法等机关不会通过电话、短信、微信、QQ 在线上办案（绍兴市公安局）；自称公检法等国家机关工作人员、"
            "要你把钱转到“安全账户”的，一定是诈骗（公安部）。骗子还会让你开屏幕共享，看走你银行卡里的余额（银川市公安局）。",
            en="The police, prosecutors and courts do not handle cases online by phone, text, WeChat or QQ "
            "(Shaoxing police); anyone who claims to be from them or another state body and asks you to move money "
            "to a \"safe account\" is certainly a scammer (Ministry of Public Security). Scammers also have you "
            "share your screen and so see your bank balances (Yinchuan police).",
        ),
        advice=(HANG_UP, NO_TRANSFER, VERIFY_OFFICIAL),
        matches=(
            Example(MOBILE, "call", "我是市公安局民警，你涉嫌一起洗钱案，需要把资金转到安全账户核查"),
            sms(MOBILE, "這裡是公安局，請下載這個App配合調查"),
            abroad("+1 415 555 0100", "call", "This is the police. You are suspected of fraud; buy gift cards to pay bail"),
        ),
        misses=(
            sms(MOBILE, "民警提醒：不要把钱转给陌生人"),
            Example(MOBILE, "call", "派出所通知你明天来领身份证"),
        ),
    ),
    _kind(
        "government",
        Phrase("冒充社保、医保、税务等部门", "a fake government-office scam (tax, social security, health)"),
        pretexts=("claims-government",),
        demands=(*MONEY, *SECRETS, *REMOTE, "asks-contact", "asks-click", "asks-press-key", "call-transfer",
                 "asks-follow-steps"),
        sources=(sources.GOVERNMENT_IMPERSONATION, sources.HEALTH_OFFICIAL_IMPERSONATION),
        explanation=Phrase(
            zh="冒充社保局、医保局、税务局或疾控中心的人，说你的社保卡、医保卡异常或被冒用，或者你接触过病例，"
            "再要你提供银行卡号、验证码，或把电话转给“公安”。",
            en="People posing as the social-security, medical-insurance, tax or disease-control office say your "
            "card is suspended or misused, or that you met an infected person, then ask for your card number or "
            "code, or put you through to \"the police\".",
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
    _kind(
        "credit",
        Phrase("虚假征信", "a fake credit-record scam"),
        pretexts=("claims-credit", "loan-credit"),
        demands=(*MONEY, *SECRETS, *REMOTE, "asks-contact"),
        sources=(sources.CREDIT_RECORD, sources.PBOC_CREDIT),
        explanation=Phrase(
            zh="骗子冒充平台或征信中心的客服，说你的校园贷、网贷账户没注销会影响征信，再要你开屏幕共享、"
            "借钱“清空额度”转给他们。",
            en="Scammers pose as a platform's or the credit bureau's staff and say an old student or online loan "
            "account will hurt your credit record, then have you share your screen and borrow money to \"clear "
            "the quota\" into their account.",
        ),
        advice=(HANG_UP, NO_APP, NO_TRANSFER),
        matches=(
            Example(MOBILE, "call", "不注销校园贷账户会影响你的征信，请下载会议App开启屏幕共享"),
            sms(MOBILE, "你的网贷账户未注销，征信会受影响，请把额度转到指定账户"),
            abroad(UK, "call", "Your credit record will be affected unless you cancel your student loan: download this app"),
        ),
        misses=(
            sms(MOBILE, "征信中心提醒：个人征信无法人为修改"),
            sms(MOBILE, "请按时还款，以免影响您的征信"),
        ),
    ),
    _kind(
        "service",
        Phrase("冒充电商、物流客服退款理赔", "a fake customer-service refund scam"),
        pretexts=("claims-service",),
        demands=(*MONEY, *SECRETS, *REMOTE, "asks-contact", "asks-click", "asks-follow-steps"),
        sources=(sources.SERVICE_REFUND, sources.SERVICE_MEMBERSHIP, sources.MPS_TOP_TYPES),
        explanation=Phrase(
            zh="骗子冒充网购平台或快递的客服，说商品有问题、快递丢了要退款理赔，或者要取消会员、百万保障，"
            "再要你提供卡号和验证码、下载 App、开屏幕共享或转账。",
            en="Scammers pose as a shop's or courier's customer service: a faulty item, a lost parcel to "
            "refund, a membership to cancel. Then they want your card number and code, an app, your screen, or "
            "a transfer.",
        ),
        advice=(
            HANG_UP,
            Phrase(
                zh="退款、理赔只在购物 App 里自己查看办理。",
                en="Check refunds and claims yourself, inside the shop's own app.",
            ),
            NO_APP,
            NO_DETAILS,
        ),
        matches=(
            Example(MOBILE, "call", "我是淘宝客服，您买的商品有质量问题，要给您退款，请提供银行卡号和验证码"),
            sms(MOBILE, "快遞丟失，客服為您理賠，請下載App辦理"),
            abroad(UK, "sms", "Amazon customer service: to get your refund, download this app and share your screen"),
        ),
        misses=(
            sms(MOBILE, "您的退款已原路退回，请注意查收"),
            sms(MOBILE, "客服提醒：请勿向任何人透露验证码"),
        ),
    ),
    _kind(
        "loan",
        Phrase("虚假网络贷款", "a fake loan scam"),
        pretexts=("claims-lender",),
        # Genuine lenders ask for an ID too: that alone does not give it away.
        demands=(*MONEY, *REMOTE, "code-request", "asks-contact", "asks-follow-steps"),
        sources=(sources.LOAN_UNFREEZE_FEE, sources.MPS_LOAN_LURE),
        explanation=Phrase(
            zh="“无抵押、低利息、放款快”的网贷，放款前要你先交保证金、手续费、解冻费或“刷流水”，"
            "或者说你银行卡号填错、账户被冻结，要交钱解冻。警方说，声称无抵押、低利率、放款快的网贷平台都有极大风险。",
            en="An online loan with \"no collateral, low interest, fast payout\" that wants a deposit, a fee or "
            "an \"unfreezing\" payment before the money comes, or says you typed your card number wrong and must "
            "pay to unfreeze it. Police say any platform that promises no collateral, low interest and a fast payout "
            "is very risky.",
        ),
        advice=(NO_TRANSFER, VERIFY_OFFICIAL),
        matches=(
            sms(MOBILE, "无抵押低息贷款，秒到账，先交保证金才能放款"),
            Example(MOBILE, "call", "您的贷款审核通过了，但卡号填错被冻结，要交解冻费才能下款"),
            abroad(UK, "sms", "Your loan is approved. Pay a small processing fee to release the funds"),
        ),
        misses=(
            sms(MOBILE, "贷款请通过银行官方渠道办理"),
            sms(MOBILE, "您的房贷本月已扣款成功"),
        ),
    ),
    _kind(
        "investment",
        Phrase("虚假投资理财", "a fake investment scam"),
        pretexts=("claims-investment",),
        demands=(*MONEY, "asks-app", "asks-contact", "asks-click"),
        sources=(sources.INVESTMENT, sources.MPS_TOP_TYPES),
        explanation=Phrase(
            zh="“导师”“老师”拉你进荐股群、下载投资 App，说有内幕消息、稳赚不赔、高回报。警方提醒：不要进陌生人的荐股群，"
            "不要下载非官方的理财 App。",
            en="A \"mentor\" or \"teacher\" pulls you into a stock-tips group or an investment app with inside tips, "
            "guaranteed returns and high profits. Police say: don't join strangers' stock-tip groups, and don't "
            "download unofficial wealth-management apps.",
        ),
        advice=(
            Phrase(
                zh="不要下载对方推荐的投资 App，不要进荐股群；投资只用正规券商和银行。",
                en="Do not install the app they recommend or join their tips group; invest only through licensed "
                "brokers and banks.",
            ),
            NO_TRANSFER,
        ),
        matches=(
            sms(MOBILE, "下载APP跟老师投资，稳赚不赔"),
            sms(MOBILE, "加入股票群，导师带你炒股，高收益"),
            abroad(UK, "sms", "Guaranteed returns! Join our crypto trading group on WhatsApp"),
        ),
        misses=(
            sms(MOBILE, "投资有风险，理财需谨慎"),
            sms(MOBILE, "今天股市收涨，沪指涨1%"),
        ),
    ),
    _kind(
        "task-rebate",
        Phrase("刷单返利", "a paid-tasks (order brushing) scam"),
        pretexts=("task-rebate", "claims-job"),
        demands=(*MONEY, "code-request", "asks-app", "asks-contact", "asks-click"),
        sources=(sources.MPS_TASK_REBATE, sources.FTC_TASK_JOBS),
        explanation=Phrase(
            zh="说兼职做任务、点赞、刷单就能赚钱，拉你进群或下载 App，先返小钱，再要你垫付越来越多的钱“做任务”。",
            en="A part-time job of tasks, likes or fake orders: they pull you into a group or an app, pay out a "
            "little, then make you advance more and more for \"tasks\".",
        ),
        advice=(
            Phrase(
                zh="不要垫付任何钱；刷单本身就是诈骗。",
                en="Do not advance any money: paid order brushing is itself the scam.",
            ),
            NO_APP,
        ),
        matches=(
            sms(MOBILE, "招兼职，在家刷单，加QQ群领任务"),
            abroad(UK, "sms", "Part-time job: earn $300 per day, message us on WhatsApp"),
        ),
        misses=(
            sms(MOBILE, "公司招聘正式员工，周末双休"),
            sms(MOBILE, "警方提醒：刷单就是诈骗"),
        ),
    ),
    _kind(
        "romance",
        Phrase("网络婚恋交友", "an online-romance scam"),
        pretexts=("claims-romance",),
        demands=(*MONEY, "asks-app"),
        sources=(sources.ROMANCE, sources.FBI_PIG_BUTCHERING),
        explanation=Phrase(
            zh="网上认识的“恋人”取得信任后，带你去某个平台投资、博彩，或者以各种理由要你转钱。",
            en="Someone you met online wins your trust, then leads you to invest or gamble on a platform, or asks "
            "for money for one reason after another.",
        ),
        advice=(
            Phrase(
                zh="没见过面的网友让你投资或转钱，就是诈骗。",
                en="An online friend you have never met who wants you to invest or send money is a scammer.",
            ),
            NO_TRANSFER,
        ),
        matches=(
            sms(MOBILE, "亲爱的，你下载这个App，跟我一起赚钱"),
            sms(MOBILE, "宝贝，我急需一笔钱，你先转到我的账户"),
        ),
        misses=(sms(MOBILE, "亲爱的，晚上一起吃饭吧"), sms(MOBILE, "婚恋平台提醒：谨防网恋诈骗")),
    ),
    _kind(
        "game",
        Phrase("网络游戏虚假交易", "a fake game-trade scam"),
        pretexts=("claims-game",),
        demands=(*MONEY, "code-request", "asks-app", "asks-contact", "asks-click"),
        sources=(sources.GAME_TRADE, sources.MPS_TOP_TYPES),
        explanation=Phrase(
            zh="买卖游戏账号、装备时，要你先交各种费用（保证金、解冻费）的，警方说一般都是诈骗。",
            en="Police say that a trade in game accounts or items that asks you to pay fees first (a deposit, an "
            "\"unfreezing\" fee) is generally a scam.",
        ),
        advice=(
            Phrase(
                zh="游戏交易只在游戏官方平台里做，不要私下转账。",
                en="Trade game items only on the game's own platform, never by private transfer.",
            ),
            NO_TRANSFER,
        ),
        matches=(sms(MOBILE, "你的游戏账号卖出了，要先交保证金才能提现"),),
        misses=(sms(MOBILE, "游戏装备限时打折"),),
    ),
    _kind(
        "shopping",
        Phrase("虚假购物", "a fake shopping scam"),
        pretexts=("claims-shopping",),
        demands=MONEY,
        sources=(sources.SHOPPING, sources.MPS_TOP_TYPES),
        explanation=Phrase(
            zh="以低价、代购、内部价为诱饵，说私下交易省手续费、更方便，让你离开购物平台直接付款给他们。",
            en="Low prices, proxy buying or \"staff prices\", and a private deal that \"saves fees\" or is \"more "
            "convenient\": you are asked to leave the shopping platform and pay them directly.",
        ),
        advice=(
            Phrase(
                zh="只在购物平台里下单付款，不要私下转账。",
                en="Order and pay only inside the shopping platform, never by private transfer.",
            ),
        ),
        matches=(sms(MOBILE, "手机低价转让，私下交易，先付定金转到我的卡上"),),
        misses=(sms(MOBILE, "全场低价，平台包邮"),),
    ),
    _kind(
        "boss",
        Phrase("冒充领导、熟人", "a fake boss or acquaintance scam"),
        pretexts=("claims-boss", "claims-acquaintance"),
        demands=("asks-transfer", "asks-money", "designated-account", "asks-fee", "asks-gift-card", "code-request"),
        sources=(sources.BOSS_ACQUAINTANCE, sources.BOSS_NEW_ACCOUNT, sources.NAFC_WHENEVER_BOSS, sources.HI_MUM),
        explanation=Phrase(
            zh="冒充你的领导、老板、老同学或亲友，用新号码或新的 QQ、微信联系你，再以垫资、借钱、送礼为由要你转账。",
            en="Someone posing as your boss, an old classmate or a relative, on a new number or a new chat "
            "account, asks you to pay or lend money for them.",
        ),
        advice=(
            Phrase(
                zh="转账前，打对方原来的电话或当面核实。",
                en="Before paying anything, call them on the number you already have, or ask them in person.",
            ),
            NO_TRANSFER,
        ),
        matches=(
            Example(MOBILE, "call", "我是你领导，明天来我办公室，先帮我转笔钱给这个账户"),
            sms(MOBILE, "猜猜我是谁？我换号码了，急用钱，转到这个卡上"),
            abroad(UK, "sms", "Hi Mum, this is my new number. Can you transfer the money today?"),
        ),
        misses=(
            sms(MOBILE, "我是你领导，明天开会别迟到"),
            abroad(UK, "sms", "Hi mum, I'm home"),
        ),
    ),
    _kind(
        "relative",
        Phrase("亲友出事急需用钱", "a relative-in-trouble scam"),
        pretexts=("claims-trouble",),
        demands=("asks-transfer", "asks-money", "designated-account", "asks-gift-card", "secrecy"),
        sources=(sources.RELATIVE_IN_TROUBLE, sources.NAFC_WHENEVER_RELATIVE),
        explanation=Phrase(
            zh="说你的亲人出了车祸、住院或被抓，急需用钱，要你马上把钱打到某个卡上，还常说别告诉家里人。",
            en="You are told a relative has had an accident, is in hospital or was arrested and needs money now, "
            "paid into some account at once, and often to keep it from the family.",
        ),
        advice=(
            Phrase(
                zh="先挂断，打亲人本人或其他家人的电话核实。",
                en="Hang up and call the relative, or another family member, yourself.",
            ),
            NO_TRANSFER,
        ),
        matches=(
            Example(MOBILE, "call", "奶奶，我出了车祸，急需用钱，你把钱打到这个卡上，别告诉爸妈"),
            abroad(UK, "call", "Mum, I've been arrested, please send the money now"),
        ),
        misses=(sms(MOBILE, "爷爷住院了，周末回去看他"),),
    ),
    _kind(
        "prize",
        Phrase("中奖、领奖", "a prize scam"),
        pretexts=("claims-prize",),
        # Shops' "恭喜您获得优惠券，点击领取" is no scam: a click alone does not make this kind.
        demands=(*MONEY, *SECRETS, "asks-premium-call", "asks-callback", "asks-contact"),
        sources=(sources.NAFC_WHENEVER_PRIZE, sources.PRIZE_FEES, sources.OFCOM_PREMIUM, sources.PSA_PREMIUM,
                 sources.SCAMWATCH_PRIZE),
        explanation=Phrase(
            zh="通知你中奖、获奖，要你先交手续费、保证金或税，或者要你回拨一个收费电话、发短信到短号码领奖。",
            en="You are told you have won a prize, and must first pay a fee, a deposit or tax, or ring a "
            "premium-rate number or text a short code to claim it.",
        ),
        advice=(
            Phrase(
                zh="通知你中奖、要你先交钱的，国家反诈中心说都是诈骗。",
                en="A prize you must pay for first is a scam, says the National Anti-Fraud Center.",
            ),
            Phrase(
                zh="不要回拨短信里的号码。",
                en="Do not ring back the number in the text.",
            ),
        ),
        matches=(
            sms(MOBILE, "恭喜您被抽中二等奖，请先交手续费才能领取奖品"),
            abroad(UK, "sms", "Congratulations! You have won a prize. To claim call 09012345678"),
            abroad(UK, "sms", "You have WON a guaranteed cash award! Txt CLAIM to 81010"),
        ),
        misses=(
            sms(MOBILE, "恭喜您获得一张优惠券，点击领取"),
            abroad(UK, "sms", "We won the match last night!"),
        ),
    ),
    _kind(
        "delivery",
        Phrase("假快递通知", "a fake delivery text"),
        pretexts=("claims-delivery",),
        demands=(*MONEY, *SECRETS, "asks-click"),
        sources=(sources.FTC_PARCEL, sources.ACMA_PARCEL),
        explanation=Phrase(
            zh="说你的包裹投递失败、地址有误或要付关税、重新派送费，让你点链接填写地址、银行卡信息或付款。",
            en="A parcel that could not be delivered, a wrong address, customs or redelivery fees: a link to "
            "enter your address and card details, or to pay.",
        ),
        advice=(
            NO_LINK,
            Phrase(
                zh="快递状态在快递公司的官方 App 或网站里自己查。",
                en="Check a delivery yourself in the courier's own app or website.",
            ),
        ),
        matches=(
            abroad(UK, "sms", "Royal Mail: your parcel could not be delivered. Pay the redelivery fee at rm-parcel.top"),
            abroad("+1 202 555 0100", "sms", "USPS: the package cannot be delivered, please update your address"),
            sms(MOBILE, "您的包裹地址有误，请点击链接更新地址"),
        ),
        misses=(
            abroad(UK, "sms", "Your parcel is out for delivery today"),
            sms(MOBILE, "您的快递已到驿站，请凭取件码领取"),
        ),
    ),
    _kind(
        "toll",
        Phrase("未付过路费短信", "an unpaid-toll text"),
        pretexts=("claims-toll", "etc-expiry"),
        demands=(*MONEY, *SECRETS, "asks-click"),
        sources=(sources.TOLL_TEXTS, sources.NINGBO_ETC),
        explanation=Phrase(
            zh="说你有未付的过路费或 ETC 失效，要你点链接付款或认证，否则罚款。",
            en="An unpaid road toll or a lapsed ETC tag, and a link to pay or verify \"to avoid fines\".",
        ),
        advice=(
            NO_LINK,
            Phrase(
                zh="过路费自己登录收费公司的官方网站或 App 查。",
                en="Check tolls yourself on the toll operator's own website or app.",
            ),
        ),
        matches=(
            abroad("+1 202 555 0100", "sms", "Unpaid toll balance on your vehicle. Pay now to avoid late fees"),
            sms(MOBILE, "您的ETC已失效，请点击链接重新认证"),
        ),
        misses=(abroad("+1 202 555 0100", "sms", "Toll road closed for repairs this weekend"),),
    ),
    _kind(
        "bank-alert",
        Phrase("账户异常、冻结的假通知", "a fake bank-alert scam"),
        pretexts=("claims-bank-alert", "bank-expiry"),
        # A bank's own alert names no number to call back but the one on your card.
        demands=(*MONEY, *SECRETS, *REMOTE, "asks-click", "asks-callback"),
        sources=(sources.BANK_ALERT_TEXTS, sources.BANK_ALERT_EXAMPLE, sources.CBIRC_EXPIRY),
        explanation=Phrase(
            zh="说你的银行账户异常、被冻结或锁定，网银过期，要你点链接验证、提供卡号和验证码，或把钱转走“保护”。",
            en="Your account is locked, frozen or shows unusual activity, or your online banking has expired: a "
            "link to verify, a request for your card number and code, or money to move \"to keep it safe\".",
        ),
        advice=(
            NO_LINK,
            Phrase(
                zh="自己拨打银行卡背面的电话核实。",
                en="Call the number on the back of your bank card yourself.",
            ),
            NO_DETAILS,
        ),
        matches=(
            abroad(UK, "sms", "Your account has been locked due to unusual activity. Verify your details here"),
            sms(MOBILE, "您的银行卡存在异常，已被冻结，请提供卡号和验证码解冻"),
        ),
        misses=(
            sms(MOBILE, "您的账户存在异常交易，如非本人操作请致电银行客服"),
            abroad(UK, "sms", "Your card has been blocked. Never share your PIN with anyone"),
        ),
    ),
    _kind(
        "tax-refund",
        Phrase("退税、补贴", "a fake tax-refund or subsidy scam"),
        pretexts=("tax-subsidy",),
        demands=(*MONEY, *SECRETS, "asks-app", "asks-click"),
        sources=(sources.QUANZHOU_TAX, sources.IRS_TEXTS, sources.CRA_TEXTS),
        explanation=Phrase(
            zh="说你有退税、补贴可领，要你点链接、填银行卡号和验证码。在中国，退税只能在国家税务总局“个人所得税”App "
            "里办（泉州市反诈骗中心）；美国国税局说，它不会用短信向你索要个人或财务信息。",
            en="A tax refund or subsidy waiting for you, and a link to enter your card number and code. In China, "
            "tax refunds go only through the State Taxation Administration's Individual Income Tax app (Quanzhou "
            "anti-fraud centre); the IRS says it will not text you to ask for personal or financial information.",
        ),
        advice=(NO_LINK, NO_DETAILS),
        matches=(
            sms(MOBILE, "您有一笔退税待领取，请点击链接填写银行卡号"),
            abroad(UK, "sms", "HMRC: you are due a tax refund. Click to claim and confirm your bank details"),
        ),
        misses=(sms(MOBILE, "退税请在个人所得税App中办理，谨防诈骗"),),
    ),
)

def demands(stand_down: tuple[str, ...]) -> tuple[Rule, ...]:
    """The demands that are caution alone; each stands down for the rules in ``stand_down``."""
    return (
        _demand(
            "asks-transfer", stand_down,
            sources=(sources.CARD_NUMBER_TEXT, sources.CARD_NUMBER_TEXT_CASE),
            decision=Phrase(
                zh="警方记载了只写着银行、户名和卡号，或说“换了卡号，把钱打到这个卡上”的诈骗短信。本站把要你转到某个卡号"
                "或账户的内容判为需谨慎：看不出是谁时，先打电话给认识的人核实。",
                en="Police record scam texts that hold only a bank, a name and a card number, or say \"my card has "
                "changed, pay into this one\". This site rates any request to pay into an account or card as caution: "
                "when you cannot tell who it is, call the person you know first.",
            ),
            title=Phrase(
                zh="要你把钱转到某个卡号或账户：先核实",
                en="Asked to pay into an account or card: check first",
            ),
            explanation=Phrase(
                zh="一条只有银行名、户名和卡号的短信，或者说“换了卡号”的短信，是常见的诈骗：骗子赌你正好要给人转钱。",
                en="A text with only a bank, a name and a card number, or one saying \"my card has changed\", is a "
                "common scam: it bets on your owing someone money just then.",
            ),
            advice=(
                Phrase(
                    zh="转账前，打电话给收款的人本人核实卡号。",
                    en="Before paying, call the person you are paying, on a number you already have, to check the "
                    "account.",
                ),
                SCAMMED,
            ),
            matches=(
                sms(MOBILE, "中国农业银行 6228 4800 1234 5678 910 户名张三"),
                sms(MOBILE, "我的银行卡号换了，房租打到这个卡上：工行 6222 0212 3456 7890"),
            ),
            misses=(sms(MOBILE, "房租已经转给你了"), sms(MOBILE, "不要转账到陌生账户")),
        ),
        _demand(
            "asks-money", stand_down,
            sources=(sources.BOSS_ACQUAINTANCE, sources.NAFC_WHENEVER_BOSS, sources.RELATIVE_IN_TROUBLE),
            decision=Phrase(
                zh="警方记载，冒充领导、熟人、亲友的骗子以垫资、代付、借款、送礼为由要钱。没有其他线索时，本站把"
                "要你借钱、垫付或帮忙付款的短信和来电判为需谨慎：先用你原有的号码打给本人核实。",
                en="Police record that people posing as your boss, a friend or a relative ask for money to advance, "
                "pay on their behalf, lend or give as a gift. With nothing else to go on, this site rates a text or "
                "call asking you to lend, advance or pay money for someone as caution: call them first on the "
                "number you already have.",
            ),
            title=Phrase(
                zh="要你借钱、垫付或帮忙付款：先打电话核实",
                en="Asked to lend, advance or pay money for someone: call them first",
            ),
            explanation=Phrase(
                zh="骗子冒充领导、熟人或亲友，用新号码或新账号联系你，说急用钱，要你借钱、垫付或帮忙付款。",
                en="Scammers pose as your boss, a friend or a relative, on a new number or account, say they need "
                "money urgently, and ask you to lend, advance or pay it for them.",
            ),
            advice=(
                Phrase(
                    zh="用你原有的号码打给本人，或当面问清楚，再决定。",
                    en="Call the person on the number you already have, or ask them in person, before you decide.",
                ),
                SCAMMED,
            ),
            matches=(
                sms(MOBILE, "能不能先借点钱给我，明天还你"),
                abroad(UK, "sms", "Could you lend me some money until Friday?"),
            ),
            misses=(sms(MOBILE, "钱已经还给你了"), sms(MOBILE, "不要借钱给陌生人")),
        ),
        _demand(
            "asks-details", stand_down,
            sources=(sources.NAFC_WHENEVER_DETAILS, sources.DETAILS_REQUEST),
            decision=Phrase(
                zh="国家反诈中心说，索要个人和银行卡信息及短信验证码的都是诈骗。没有其他线索时，本站把索要身份证号、"
                "银行卡号等信息的内容判为需谨慎。",
                en="The National Anti-Fraud Center says that anyone asking for your personal and bank card details "
                "and text codes is a scammer. With nothing else to go on, this site rates a request for ID or card "
                "details as caution.",
            ),
            title=Phrase(
                zh="索要身份证号、银行卡号等信息：先核实",
                en="Asked for your ID or card details: check first",
            ),
            explanation=Phrase(
                zh="有了你的身份证号、银行卡号，骗子就能冒充你办业务。真的机构不会在电话、短信里这样要。",
                en="With your ID and card numbers a scammer can act in your name. Genuine organisations do not ask "
                "for them by phone or text.",
            ),
            advice=(NO_DETAILS, VERIFY_OFFICIAL, SCAMMED),
            matches=(
                sms(MOBILE, "请提供你的身份证号和银行卡号"),
                abroad(UK, "sms", "Please confirm your card details to continue"),
            ),
            misses=(sms(MOBILE, "请勿向他人提供银行卡号"), sms(MOBILE, "身份证办好了，请来领取")),
        ),
        _demand(
            "asks-fee", stand_down,
            sources=(sources.PRIZE_FEES, sources.LOAN_UNFREEZE_FEE),
            decision=Phrase(
                zh="警方记载，领奖、贷款、解冻前要先交保证金、手续费、个人所得税的都是诈骗。没有其他线索时，本站把"
                "要你先交这些费用的内容判为需谨慎。",
                en="Police record that a deposit, fee or tax to pay before a prize, a loan or an \"unfreezing\" is a "
                "scam. With nothing else to go on, this site rates a request to pay such a fee first as caution.",
            ),
            title=Phrase(
                zh="要你先交保证金、手续费：先核实",
                en="Asked to pay a fee or deposit first: check first",
            ),
            explanation=Phrase(
                zh="先交钱才能放款、领奖、解冻、发货，是诈骗最常用的一步。",
                en="Paying first to release a loan, a prize, a frozen sum or a parcel is the most common step of a "
                "scam.",
            ),
            advice=(NO_TRANSFER, SCAMMED),
            matches=(
                sms(MOBILE, "先交保证金才能解冻"),
                abroad(UK, "sms", "A customs fee is due before we can release your item"),
            ),
            misses=(sms(MOBILE, "本店免手续费"), sms(MOBILE, "谨防先交手续费的骗局")),
        ),
        _demand(
            "asks-gift-card", stand_down,
            sources=(sources.GIFT_CARDS,),
            decision=Phrase(
                zh="公安部刑侦局说，陌生人要求“买卡转账”的都是诈骗。要你买礼品卡、充值卡的内容判为需谨慎。",
                en="The Ministry of Public Security's Criminal Investigation Department says that a stranger's request "
                "to \"buy cards\" as a payment is always a scam. Being asked to buy gift or top-up cards is caution.",
            ),
            title=Phrase(
                zh="要你买礼品卡、充值卡付钱：这是诈骗手法",
                en="Asked to pay with gift or top-up cards: a scam's way to be paid",
            ),
            explanation=Phrase(
                zh="公安部刑侦局说，陌生人要你“买卡转账”的都是骗子：买了卡再把卡号发过去，钱就被取走了。",
                en="The Ministry of Public Security's Criminal Investigation Department says any stranger who asks you "
                "to \"buy cards to transfer money\" is a scammer: once you send the card numbers, the money is gone.",
            ),
            advice=(NO_TRANSFER, SCAMMED),
            matches=(sms(MOBILE, "去超市买几张购物卡，把卡号拍给我"), abroad(UK, "sms", "Buy two Apple gift cards and send me the codes")),
            misses=(sms(MOBILE, "谨防要求购买礼品卡的骗局"),),
        ),
        _demand(
            "asks-premium-call", stand_down,
            sources=(sources.OFCOM_PREMIUM, sources.PSA_PREMIUM),
            decision=Phrase(
                zh="英国付费电话监管机构说，09、0870 到 0873 开头的号码是高价收费服务；英国通信管理局（Ofcom）说，"
                "让你回拨的未接来电通常来自 070、076（像手机号，回拨却贵得多）或 084、087、090、091、118 开头的号码。"
                "本站把要你回拨 09、087、070 开头的号码，或发短信到五位短号码的内容判为需谨慎。",
                en="The Phone-paid Services Authority says numbers starting 09 and 0870 to 0873 are premium-rate "
                "services; Ofcom says the missed calls meant to be rung back typically come from numbers starting 070 "
                "or 076 (which look like mobiles but cost much more) or 084, 087, 090, 091 or 118. This site rates a "
                "request to ring a number starting 09, 087 or 070, or to text a five-digit short code, as caution.",
            ),
            title=Phrase(
                zh="要你回拨高价收费号码或发短信到短号码：先别回",
                en="Asked to ring a premium-rate number or text a short code: don't",
            ),
            explanation=Phrase(
                zh="09、087、070 开头的英国号码，和要你回复的五位短号码，通话和短信按高价收费。",
                en="UK numbers starting 09, 087 or 070, and five-digit short codes to text, are charged at premium "
                "rates.",
            ),
            advice=(
                Phrase(
                    zh="不要回拨，也不要回复。",
                    en="Do not ring back or reply.",
                ),
            ),
            matches=(abroad(UK, "sms", "Call 09061234567 now"), abroad(UK, "sms", "Txt STOP to 87239 now")),
            misses=(abroad(UK, "sms", "Call me when you get home"), abroad(UK, "sms", "Call 0800 123 4567")),
        ),
    )
