"""Beyond the advisory (本站补充): demands with no pretext. The few that police call a scam on their own
(a bare card number to pay into, a fee first, gift cards) are caution. Downloading an app, adding a
contact, clicking, calling back or pressing a key are what genuine shops ask too: alone they decide nothing."""

from __future__ import annotations

from .. import sources
from ..languages import Phrase
from ..rule import Rule, abroad, sms
from .scheme import MOBILE, NO_TRANSFER, UK, demand
from .shared import NO_DETAILS, SCAMMED, VERIFY_OFFICIAL


def demands(stand_down: tuple[str, ...]) -> tuple[Rule, ...]:
    """The demands that are caution alone; each stands down for the rules in ``stand_down``."""
    return (
        demand(
            "asks-transfer",
            stand_down,
            sources=(sources.CARD_NUMBER_TEXT, sources.CARD_NUMBER_TEXT_CASE),
            decision=Phrase(
                zh="警方记载了只写着银行、户名和卡号，或说“换了卡号，把钱打到这个卡上”的诈骗短信。本站把要你转到某个卡号"
                "或账户的内容判为需谨慎：看不出是谁时，先打电话给认识的人核实。",
                en='Police record scam texts that hold only a bank, a name and a card number, or say "my card has '
                'changed, pay into this one". This site rates any request to pay into an account or card as Caution: '
                "when you cannot tell who it is, call the person you know first.",
            ),
            title=Phrase(
                zh="要你把钱转到某个卡号或账户：先核实",
                en="Asked to pay into an account or card: check first",
            ),
            explanation=Phrase(
                zh="一条只有银行名、户名和卡号的短信，或者说“换了卡号”的短信，是常见的诈骗：骗子赌你正好要给人转钱。",
                en='A text with only a bank, a name and a card number, or one saying "my card has changed", is a '
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
        demand(
            "asks-money",
            stand_down,
            sources=(sources.BOSS_ACQUAINTANCE, sources.NAFC_WHENEVER_BOSS, sources.RELATIVE_IN_TROUBLE),
            decision=Phrase(
                zh="警方记载，冒充领导、熟人、亲友的骗子以垫资、代付、借款、送礼为由要钱。没有其他线索时，本站把"
                "要你借钱、垫付或帮忙付款的短信和来电判为需谨慎：先用你原有的号码打给本人核实。",
                en="Police record that people posing as your boss, a friend or a relative ask for money to advance, "
                "pay on their behalf, lend or give as a gift. With nothing else to go on, this site rates a text or "
                "call asking you to lend, advance or pay money for someone as Caution: call them first on the "
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
        demand(
            "asks-details",
            stand_down,
            sources=(sources.NAFC_WHENEVER_DETAILS, sources.DETAILS_REQUEST),
            decision=Phrase(
                zh="国家反诈中心说，索要个人和银行卡信息及短信验证码的都是诈骗。没有其他线索时，本站把索要身份证号、"
                "银行卡号等信息的内容判为需谨慎。",
                en="The National Anti-Fraud Center says that anyone asking for your personal and bank card details "
                "and text codes is a scammer. With nothing else to go on, this site rates a request for ID or card "
                "details as Caution.",
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
        demand(
            "asks-fee",
            stand_down,
            sources=(sources.PRIZE_FEES, sources.LOAN_UNFREEZE_FEE),
            decision=Phrase(
                zh="警方记载，领奖、贷款、解冻前要先交保证金、手续费、个人所得税的都是诈骗。没有其他线索时，本站把"
                "要你先交这些费用的内容判为需谨慎。",
                en='Police record that a deposit, fee or tax to pay before a prize, a loan or an "unfreezing" is a '
                "scam. With nothing else to go on, this site rates a request to pay such a fee first as Caution.",
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
        demand(
            "asks-gift-card",
            stand_down,
            sources=(sources.GIFT_CARDS,),
            decision=Phrase(
                zh="公安部刑侦局说，陌生人要求“买卡转账”的都是诈骗。要你买礼品卡、充值卡的内容判为需谨慎。",
                en="The Ministry of Public Security's Criminal Investigation Department says that a stranger's request "
                'to "buy cards" as a payment is always a scam. Being asked to buy gift or top-up cards is rated Caution.',
            ),
            title=Phrase(
                zh="要你买礼品卡、充值卡付钱：这是诈骗手法",
                en="Asked to pay with gift or top-up cards: a scam's way to be paid",
            ),
            explanation=Phrase(
                zh="公安部刑侦局说，陌生人要你“买卡转账”的都是骗子：买了卡再把卡号发过去，钱就被取走了。",
                en="The Ministry of Public Security's Criminal Investigation Department says any stranger who asks you "
                'to "buy cards to transfer money" is a scammer: once you send the card numbers, the money is gone.',
            ),
            advice=(NO_TRANSFER, SCAMMED),
            matches=(
                sms(MOBILE, "去超市买几张购物卡，把卡号拍给我"),
                abroad(UK, "sms", "Buy two Apple gift cards and send me the codes"),
            ),
            misses=(sms(MOBILE, "谨防要求购买礼品卡的骗局"),),
        ),
        demand(
            "asks-premium-call",
            stand_down,
            sources=(sources.OFCOM_PREMIUM, sources.PSA_PREMIUM),
            decision=Phrase(
                zh="英国付费电话监管机构说，09、0870 到 0873 开头的号码是高价收费服务；英国通信管理局（Ofcom）说，"
                "让你回拨的未接来电通常来自 070、076（像手机号，回拨却贵得多）或 084、087、090、091、118 开头的号码。"
                "本站把要你回拨 09、087、070 开头的号码，或发短信到五位短号码的内容判为需谨慎。",
                en="The Phone-paid Services Authority says numbers starting 09 and 0870 to 0873 are premium-rate "
                "services; Ofcom says the missed calls meant to be rung back typically come from numbers starting 070 "
                "or 076 (which look like mobiles but cost much more) or 084, 087, 090, 091 or 118. This site rates a "
                "request to ring a number starting 09, 087 or 070, or to text a five-digit short code, as Caution.",
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
