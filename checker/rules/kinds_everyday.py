"""Beyond the advisory (本站补充): kinds of fraud of everyday life: services, loans, investments, jobs, romance, shops, people you know, prizes, parcels and bills. Each is the Ministry of Public Security's,
the National Anti-Fraud Center's, an embassy's or a foreign regulator's, and cites them."""

from __future__ import annotations

from .. import sources
from ..languages import Phrase
from ..rule import Example, Rule, abroad, sms
from .scheme import MOBILE, MONEY, NO_APP, NO_TRANSFER, REMOTE, SECRETS, UK, kind
from .shared import HANG_UP, NO_DETAILS, NO_LINK, VERIFY_OFFICIAL

KINDS_EVERYDAY: tuple[Rule, ...] = (
    kind(
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
    kind(
        "loan",
        Phrase("虚假网络贷款", "a fake loan scam"),
        pretexts=("claims-lender",),
        # Genuine lenders ask for an ID too: that alone does not give it away.
        demands=(*MONEY, *REMOTE, "code-request", "asks-contact", "asks-follow-steps"),
        sources=(sources.LOAN_UNFREEZE_FEE, sources.MPS_LOAN_LURE),
        explanation=Phrase(
            zh="“无抵押、低利息、放款快”的网贷，放款前要你先交保证金、手续费、解冻费或“刷流水”，"
            "或者说你银行卡号填错、账户被冻结，要交钱解冻。警方说，声称无抵押、低利率、放款快的网贷平台都有极大风险。",
            en='An online loan with "no collateral, low interest, fast payout" that wants a deposit, a fee or '
            'an "unfreezing" payment before the money comes, or says you typed your card number wrong and must '
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
    kind(
        "investment",
        Phrase("虚假投资理财", "a fake investment scam"),
        pretexts=("claims-investment",),
        demands=(*MONEY, "asks-app", "asks-contact", "asks-click"),
        sources=(sources.INVESTMENT, sources.MPS_TOP_TYPES),
        explanation=Phrase(
            zh="“导师”“老师”拉你进荐股群、下载投资 App，说有内幕消息、稳赚不赔、高回报。警方提醒：不要进陌生人的荐股群，"
            "不要下载非官方的理财 App。",
            en='A "mentor" or "teacher" pulls you into a stock-tips group or an investment app with inside tips, '
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
    kind(
        "task-rebate",
        Phrase("刷单返利", "a paid-tasks (order brushing) scam"),
        pretexts=("task-rebate", "claims-job"),
        demands=(*MONEY, "code-request", "asks-app", "asks-contact", "asks-click"),
        sources=(sources.MPS_TASK_REBATE, sources.FTC_TASK_JOBS),
        explanation=Phrase(
            zh="说兼职做任务、点赞、刷单就能赚钱，拉你进群或下载 App，先返小钱，再要你垫付越来越多的钱“做任务”。",
            en="A part-time job of tasks, likes or fake orders: they pull you into a group or an app, pay out a "
            'little, then make you advance more and more for "tasks".',
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
    kind(
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
    kind(
        "game",
        Phrase("网络游戏虚假交易", "a fake game-trade scam"),
        pretexts=("claims-game",),
        demands=(*MONEY, "code-request", "asks-app", "asks-contact", "asks-click"),
        sources=(sources.GAME_TRADE, sources.MPS_TOP_TYPES),
        explanation=Phrase(
            zh="买卖游戏账号、装备时，要你先交各种费用（保证金、解冻费）的，警方说一般都是诈骗。",
            en="Police say that a trade in game accounts or items that asks you to pay fees first (a deposit, an "
            '"unfreezing" fee) is generally a scam.',
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
    kind(
        "shopping",
        Phrase("虚假购物", "a fake shopping scam"),
        pretexts=("claims-shopping",),
        demands=MONEY,
        sources=(sources.SHOPPING, sources.MPS_TOP_TYPES),
        explanation=Phrase(
            zh="以低价、代购、内部价为诱饵，说私下交易省手续费、更方便，让你离开购物平台直接付款给他们。",
            en='Low prices, proxy buying or "staff prices", and a private deal that "saves fees" or is "more '
            'convenient": you are asked to leave the shopping platform and pay them directly.',
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
    kind(
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
    kind(
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
    kind(
        "prize",
        Phrase("中奖、领奖", "a prize scam"),
        pretexts=("claims-prize",),
        # Shops' "恭喜您获得优惠券，点击领取" is no scam: a click alone does not make this kind.
        demands=(*MONEY, *SECRETS, "asks-premium-call", "asks-callback", "asks-contact"),
        sources=(
            sources.NAFC_WHENEVER_PRIZE,
            sources.PRIZE_FEES,
            sources.OFCOM_PREMIUM,
            sources.PSA_PREMIUM,
            sources.SCAMWATCH_PRIZE,
        ),
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
    kind(
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
            abroad(
                UK, "sms", "Royal Mail: your parcel could not be delivered. Pay the redelivery fee at rm-parcel.top"
            ),
            abroad("+1 202 555 0100", "sms", "USPS: the package cannot be delivered, please update your address"),
            sms(MOBILE, "您的包裹地址有误，请点击链接更新地址"),
        ),
        misses=(
            abroad(UK, "sms", "Your parcel is out for delivery today"),
            sms(MOBILE, "您的快递已到驿站，请凭取件码领取"),
        ),
    ),
    kind(
        "toll",
        Phrase("未付过路费短信", "an unpaid-toll text"),
        pretexts=("claims-toll", "etc-expiry"),
        demands=(*MONEY, *SECRETS, "asks-click"),
        sources=(sources.TOLL_TEXTS, sources.NINGBO_ETC),
        explanation=Phrase(
            zh="说你有未付的过路费或 ETC 失效，要你点链接付款或认证，否则罚款。",
            en='An unpaid road toll or a lapsed ETC tag, and a link to pay or verify "to avoid fines".',
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
    kind(
        "bank-alert",
        Phrase("账户异常、冻结的假通知", "a fake bank-alert scam"),
        pretexts=("claims-bank-alert", "bank-expiry"),
        # A bank's own alert names no number to call back but the one on your card.
        demands=(*MONEY, *SECRETS, *REMOTE, "asks-click", "asks-callback"),
        sources=(sources.BANK_ALERT_TEXTS, sources.BANK_ALERT_EXAMPLE, sources.CBIRC_EXPIRY),
        explanation=Phrase(
            zh="说你的银行账户异常、被冻结或锁定，网银过期，要你点链接验证、提供卡号和验证码，或把钱转走“保护”。",
            en="Your account is locked, frozen or shows unusual activity, or your online banking has expired: a "
            'link to verify, a request for your card number and code, or money to move "to keep it safe".',
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
    kind(
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
