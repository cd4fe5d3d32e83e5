"""Beyond the advisory (本站补充): the lures police warn about most, each with its source: points,
expired cards, ETC, tax refunds and subsidies, loans and credit records, paid tasks."""

from __future__ import annotations

from .. import sources
from ..languages import Phrase
from ..rule import CAUTION, DANGER, Example, Rule, sms
from .shared import HANG_UP, NO_LINK, OFFICIAL_WARNINGS, SCAMMED

LURES: tuple[Rule, ...] = (
    Rule(
        id="script-points",
        risk={"call": CAUTION, "sms": CAUTION, "sms-link": DANGER},
        page="more-scams",
        text="red-flags",
        marks=("points",),
        unless=OFFICIAL_WARNINGS,
        sources=(
            sources.TONGLIANG_FAKE_BASE_STATION,
            sources.ICBC_GUANGXI_SCRIPTS,
            sources.ZHENJIANG_NO_POINTS_CASH,
            sources.BEIJING_CARRIERS_106,
        ),
        decision=Phrase(
            zh="警方、银行和运营商都提醒过以积分兑换、积分清零为名的诈骗短信，常附木马或钓鱼链接；"
            "中国移动说不存在用手机积分兑换现金的业务。"
            "真的积分提醒也有，所以这类内容判为需谨慎，带链接的短信判为危险。",
            en="Police, banks and carriers have all warned of scam texts about redeeming points or points "
            "being cleared, often with a trojan or phishing link; China Mobile says there is no service that "
            "turns points into cash. Real points reminders exist too, so such content is rated Caution, and a text "
            "with a link is rated Danger.",
        ),
        title=Phrase(
            zh="积分兑换、积分清零：常见的诈骗借口",
            en="Points to redeem or about to expire: a common scam pretext",
        ),
        explanation=Phrase(
            zh="骗子以“积分即将清零”“积分兑换现金”为名，引你点链接，在假网站上填写银行卡和验证码。",
            en="Scammers say your points are about to expire or can be turned into cash, to get you to "
            "click a link and enter your card and codes on a fake site.",
        ),
        advice=(
            NO_LINK,
            Phrase(
                zh="积分要兑换，自己打开运营商或银行的官方 App 查看。",
                en="To use your points, open the carrier's or bank's official app yourself.",
            ),
            SCAMMED,
        ),
        matches=(
            sms("10655012345678", "您的积分即将清零，请尽快兑换"),
            sms("13812345678", "您的積分可兌換現金 t.cn/abc"),
            sms("13812345678", "Your reward points will expire today"),
        ),
        misses=(sms("13812345678", "本月话费 58 元"), sms("13812345678", "骗子常以积分兑换为名发送链接")),
    ),
    Rule(
        id="script-bank-expiry",
        risk={"call": CAUTION, "sms": CAUTION, "sms-link": DANGER},
        page="more-scams",
        text="red-flags",
        marks=("bank-expiry",),
        unless=OFFICIAL_WARNINGS,
        sources=(sources.ICBC_GUANGXI_SCRIPTS, sources.CBIRC_EXPIRY),
        decision=Phrase(
            zh="工商银行提醒“密码器过期、网银失效”的诈骗短信；银保监会（监管机构，不是警方、银行、运营商或工信部）说骗子声称手机银行、"
            "银行卡、身份证过期或失效，诱导点击链接进入假手机银行。这类内容判为需谨慎，带链接的短信判为危险。",
            en='ICBC warns of scam texts saying "your security token has expired" or "your online banking '
            'has lapsed"; the banking regulator (a regulator, not the police, a bank, a carrier or MIIT) says '
            "scammers claim that mobile banking, a bank card or an ID card has expired, to lure people to a "
            "fake mobile-banking site through a link. Such content is rated Caution; a text with a link is rated Danger.",
        ),
        title=Phrase(
            zh="网银失效、密码器过期、实名补录：假银行的借口",
            en="Online banking lapsed, security token expired, re-register your ID: a fake bank's pretext",
        ),
        explanation=Phrase(
            zh="骗子说你的网银、银行卡、密码器或身份证过期失效，要你点链接“升级”或“补录”，把你引到假的手机银行。",
            en="Scammers say your online banking, card, security token or ID has expired, and send a link "
            'to "upgrade" or "re-register" that leads to a fake mobile bank.',
        ),
        advice=(
            NO_LINK,
            Phrase(
                zh="自己拨打银行的 955xx 客服号码，或到网点核实。",
                en="Dial the bank's 955xx number yourself, or ask at a branch.",
            ),
            SCAMMED,
        ),
        matches=(
            sms("13812345678", "您的网银已失效，请登录 icbc-vip.top 升级"),
            Example("13812345678", "call", "您的U盾即将过期"),
            sms("13812345678", "您需要进行实名补录"),
            sms("13812345678", "Your mobile banking has expired, log in at bank-help.top"),
        ),
        misses=(sms("13812345678", "银行卡明天到账"), sms("95588", "请勿相信网银失效的短信，谨防诈骗")),
    ),
    Rule(
        id="script-etc",
        risk={"call": CAUTION, "sms": CAUTION, "sms-link": DANGER},
        page="more-scams",
        text="red-flags",
        marks=("etc-expiry",),
        unless=OFFICIAL_WARNINGS,
        sources=(sources.NINGBO_ETC,),
        decision=Phrase(
            zh="警方说 ETC 不存在二次认证。说你的 ETC 失效、要重新认证的内容判为需谨慎，带链接的短信判为危险。",
            en="Police say there is no second ETC verification. Content saying your ETC has lapsed and needs "
            "verifying again is rated Caution; a text with a link is rated Danger.",
        ),
        title=Phrase(
            zh="ETC 失效、需要认证：这是诈骗借口",
            en="Your ETC has lapsed and needs verifying: a scam pretext",
        ),
        explanation=Phrase(
            zh="ETC 不存在二次认证。骗子说你的 ETC 失效或停用，要你点链接认证，骗取银行卡和验证码。",
            en="There is no second ETC verification. Scammers say your ETC has lapsed or been suspended and "
            'send a link to "verify" it, to get your card details and codes.',
        ),
        advice=(
            NO_LINK,
            Phrase(
                zh="需要时，打开发卡银行或 ETC 服务方的官方 App 查看。",
                en="If in doubt, check in the official app of your bank or ETC provider.",
            ),
            SCAMMED,
        ),
        matches=(
            sms("13812345678", "【ETC】您的ETC已失效，请点击 etc-cn.top 重新认证"),
            sms("13812345678", "您的ETC卡已被禁用"),
            sms("13812345678", "Your ETC account has been suspended"),
        ),
        misses=(
            sms("13812345678", "apples, pears, etc. are on sale"),
            sms("13812345678", "ETC不存在二次认证，谨防诈骗"),
        ),
    ),
    Rule(
        id="script-tax-subsidy",
        risk={"call": CAUTION, "sms": CAUTION, "sms-link": DANGER},
        page="more-scams",
        text="red-flags",
        marks=("tax-subsidy",),
        unless=OFFICIAL_WARNINGS,
        sources=(sources.QUANZHOU_TAX, sources.YICHUN_SUBSIDY, sources.MOHRSS_SUBSIDY),
        decision=Phrase(
            zh="警方说所有退税都要通过国家税务总局“个人所得税”官方 App 办理，并提醒过冒充社保、医保局工作人员的骗局；"
            "人社部（政府部门，不是警方、银行、运营商或工信部）说从未向普通群众发放所谓的“五险一金补贴”。"
            "说退税或领补贴的内容判为需谨慎，带链接的短信判为危险。",
            en="Police say every tax refund goes through the State Taxation Administration's official "
            "Individual Income Tax app, and have warned of scammers posing as social or medical insurance "
            "staff; the human resources ministry (a government department, not the police, a bank, a carrier "
            "or MIIT) says it has never paid ordinary people any so-called social insurance subsidy. Content "
            "about a tax refund or a subsidy to claim is rated Caution; a text with a link is rated Danger.",
        ),
        title=Phrase(
            zh="退税、领补贴：常见的诈骗借口",
            en="A tax refund or a subsidy to claim: a common scam pretext",
        ),
        explanation=Phrase(
            zh="骗子冒充税务、社保、医保部门，说你可以退税或领补贴，要你点链接填写银行卡和验证码。"
            "退税只能在“个人所得税”官方 App 里办理。",
            en="Scammers pose as the tax, social insurance or medical insurance office, say you have a "
            "refund or subsidy to claim, and send a link for your card and codes. Tax refunds go only "
            "through the official Individual Income Tax app.",
        ),
        advice=(
            NO_LINK,
            Phrase(
                zh="退税只在“个人所得税”官方 App 里办理。",
                en="Claim a tax refund only in the official Individual Income Tax app.",
            ),
            SCAMMED,
        ),
        matches=(
            sms("13812345678", "您有一笔个税退税待领取，点击 tax-cn.top"),
            sms("13812345678", "请尽快领取社保补贴"),
            sms("13812345678", "Claim your tax refund now"),
        ),
        misses=(sms("13812345678", "周末去税务局办事"), sms("13812345678", "谨防退税诈骗")),
    ),
    Rule(
        id="script-loan-credit",
        risk=DANGER,
        page="more-scams",
        text="red-flags",
        marks=("loan-credit",),
        unless=OFFICIAL_WARNINGS,
        sources=(sources.GUANGZHOU_CAMPUS_LOAN, sources.CCA_CREDIT),
        decision=Phrase(
            zh="警方说“注销校园贷”是典型骗局；中国消费者协会（消费者组织，不是警方、银行、运营商或工信部）说个人征信无法人为修改，"
            "所以“征信修复”也是假的。这类内容判为危险。",
            en='Police call "cancel your campus loan" a typical scam; the China Consumers\' Association (a '
            "consumer body, not the police, a bank, a carrier or MIIT) says no one can change a credit record "
            'at will, so "credit repair" is false too. Such content is rated Danger.',
        ),
        title=Phrase(
            zh="注销校园贷、修复征信：这是诈骗",
            en="Cancel a campus loan, repair your credit: it is a scam",
        ),
        explanation=Phrase(
            zh="骗子说你的“校园贷”账户要注销，否则影响征信，或说能“修复征信”，然后让你贷款、转账。个人征信无法人为修改。",
            en='Scammers say your "campus loan" account must be cancelled or your credit will suffer, or '
            'offer to "repair your credit", then get you to borrow and transfer money. No one can change '
            "a credit record at will.",
        ),
        advice=(
            HANG_UP,
            Phrase(
                zh="不要贷款，不要转账。",
                en="Do not borrow and do not transfer any money.",
            ),
            SCAMMED,
        ),
        matches=(
            Example("13812345678", "call", "您大学时开通的校园贷账户需要注销"),
            sms("13812345678", "专业征信修复，快速洗白"),
            Example("+1-202-555-0143", "call", "we need to cancel your student loan account", "abroad"),
        ),
        misses=(sms("13812345678", "按时还款，保持良好信用"), sms("13812345678", "所谓征信修复都是骗局，谨防上当")),
    ),
    Rule(
        id="script-task-rebate",
        risk=DANGER,
        page="more-scams",
        text="red-flags",
        marks=("task-rebate",),
        unless=OFFICIAL_WARNINGS,
        sources=(sources.MPS_TASK_REBATE,),
        decision=Phrase(
            zh="公安部说刷单返利类诈骗发案率最高，约占三分之一。说刷单、点赞返利、做任务赚佣金的内容判为危险。",
            en="The Ministry of Public Security says task-rebate scams are the most common, about a third of "
            "all cases. Content about order brushing, paid likes or commission for tasks is rated Danger.",
        ),
        title=Phrase(
            zh="刷单返利、做任务赚佣金：这是诈骗",
            en="Paid tasks, likes for cash, order brushing: it is a scam",
        ),
        explanation=Phrase(
            zh="刷单返利是发案最多的诈骗：先给小额返利，再要你垫付更多钱“做任务”，最后钱要不回来。",
            en="Task-rebate scams are the most common of all: small payouts first, then you are asked to "
            'advance more and more money for "tasks", and it never comes back.',
        ),
        advice=(
            Phrase(
                zh="不要垫付任何钱。",
                en="Do not advance any money.",
            ),
            NO_LINK,
            SCAMMED,
        ),
        matches=(
            sms("13812345678", "在家刷单，日赚300，佣金当天结"),
            sms("13812345678", "點讚返利，做任務賺佣金"),
            sms("13812345678", "Earn commission for each task, join now"),
        ),
        misses=(sms("13812345678", "警方提醒：谨防刷单诈骗"), sms("13812345678", "今天的任务完成了吗")),
    ),
)
