"""Beyond the advisory (本站补充): numbers that pass for a known service number (lookalikes, letters,
an area code before a bank's), and real service numbers a fake base station borrows."""

from __future__ import annotations

from .. import sources
from ..languages import Phrase
from ..number import DOMESTIC, LETTERS
from ..rule import CAUTION, DANGER, SAFE, Example, Rule, abroad, sms
from ..services import BANKS
from .shared import (
    AREA,
    CHINESE_DISPLAYS,
    HANG_UP,
    LOOKALIKE,
    NO_DETAILS,
    NO_LINK,
    OPEN_OFFICIAL,
    SCAMMED,
    VOUCHED,
    either,
)

# What neither a bank nor the police' 96110 ever asks for in a text: money, codes and details, a chat
# elsewhere, a link to follow. (A bank does ask you to call it or to use its own app.)
BAIT = (
    "asks-transfer",
    "safe-account",
    "designated-account",
    "asks-fee",
    "asks-gift-card",
    "asks-money",
    "code-request",
    "asks-details",
    "screen-sharing",
    "asks-contact",
    "asks-click",
)

IMITATIONS: tuple[Rule, ...] = (
    Rule(
        id="lookalike-number",
        risk=DANGER,
        page="more-scams",
        displays=CHINESE_DISPLAYS,
        national=LOOKALIKE,
        sources=(
            sources.ICBC_GUANGXI_NUMBERS,
            sources.ICBC_GANZHOU_SENDER,
            sources.ICBC_GANZHOU_ONLY,
            sources.XUANHUA_100860,
            sources.HEFEI_96110,
        ),
        decision=Phrase(
            zh="银行和警方举出的仿冒号码，都是在真号码前后加几位（40095588、10600095588、100860）。"
            "本站把这类号码判为危险：银行、运营商、公安、反诈和领保热线的号码前面加上 400、800、106…00，"
            "后面多一位，或银行、运营商号码少一位（前两位以外）。服务短号不会是更长号码的开头，所以这样的号码不会是真的。"
            "区号加 955xx 另见 area-code-bank；+86、0086、00 前缀见 spoofed-service-number。",
            en="The fake numbers banks and police name are real numbers with digits added before or after "
            "them (40095588, 10600095588, 100860). This site rates as Danger any bank, carrier, police, "
            "anti-fraud or consular number with 400, 800 or 106…00 in front, one digit added at the end, "
            "or a bank or carrier number with one digit (after the first two) left out. A short service "
            "number is never the start of a longer number, so such a number is not the real one. Area "
            "code + 955xx: see area-code-bank; +86, 0086 and 00 in front: see spoofed-service-number.",
        ),
        title=Phrase(
            zh="像官方号码但多了或少了几位：这是仿冒号码",
            en="Looks like an official number, with digits added or missing: it is an imitation",
        ),
        explanation=Phrase(
            zh="骗子在银行、运营商、公安等服务号码前后加几位数，或少一位，让号码看起来像官方号码，"
            "例如 40095588、10600095588、100860。真正的号码只有那几位，多一位、少一位都不是。",
            en="Scammers add digits before or after the service number of a bank, a carrier or the police, "
            "or leave one out, so that their number looks official: 40095588, 10600095588 or 100860. The "
            "real number is exactly those digits; one more or one less is not it.",
        ),
        advice=(
            HANG_UP,
            NO_LINK,
            Phrase(
                zh="需要联系这个机构时，自己拨打它公布的号码，例如 95588、10086。",
                en="If you need that organisation, dial its published number yourself, such as 95588 or 10086.",
            ),
            NO_DETAILS,
        ),
        matches=(
            "40095588",
            sms("10600095588", "您的积分即将清零"),
            sms("100860"),
            "955880",
            "9558",
            "1008",
            "80010086",
            "400110",
            "961100",
            "123080",
            abroad("40095588"),
        ),
        misses=("95588", "10086", "110", "96110", "4008001234", "1065795555123", "951058"),
    ),
    Rule(
        id="letters-in-number",
        risk=DANGER,
        page="more-scams",
        displays=(LETTERS,),
        sources=(sources.ICBC_GANZHOU_ONLY, sources.XINJINGBAO_L0086),
        decision=Phrase(
            zh="号码里夹着看起来像数字的字母（小写 l 或大写 I 像 1，字母 O 像 0），而把字母换成数字后正好是一个已知的服务号码，"
            "就是在冒充它：真正的号码只由数字组成。只有换完正好是已知服务号码时才这样读；其他带字母的输入仍是“不是电话号码”。",
            en="A number with letters that look like digits (a small l or a capital I for 1, the letter O for "
            "0), which reads as a known service number once they are taken as digits, imitates that number: "
            "the real one is digits only. Letters are read this way only when the result is a known service "
            "number; any other input with letters is still no phone number.",
        ),
        title=Phrase(
            zh="号码里夹着字母，冒充官方号码（如 l0086）",
            en="Letters posing as digits in an official-looking number (such as l0086)",
        ),
        explanation=Phrase(
            zh="这个发送号码里有像数字的字母，例如把小写字母 l 当作 1 的“l0086”，看起来和 10086 一样。"
            "真正的服务号码只由数字组成。",
            en='This sender number has letters that look like digits, such as "l0086", with a small '
            "letter l for the 1, which looks just like 10086. Real service numbers are digits only.",
        ),
        advice=(
            NO_LINK,
            NO_DETAILS,
            Phrase(
                zh="需要联系这个机构时，自己拨打它公布的号码，或打开它的官方 App。",
                en="If you need that organisation, dial its published number yourself or open its official app.",
            ),
        ),
        matches=(sms("l0086", "您的积分即将清零，点击兑换"), sms("1OO86"), "I10", sms("9558O"), abroad("l0086", "sms")),
        misses=("10086", "95580", "110"),
    ),
    Rule(
        id="area-code-bank",
        risk=CAUTION,
        page="more-scams",
        displays=(DOMESTIC,),
        landline=True,
        national=rf"{AREA}955\d\d",
        sources=(sources.QILU_AREA_CODE, sources.ICBC_GUANGXI_NUMBERS),
        decision=Phrase(
            zh="警方和工商银行都提醒过“区号+955xx”的来电。但银行员工也说过，银行后台外呼时可能显示所在地的区号"
            "（长江日报 2015 年 2 月 4 日报道，本站未找到原文网址），所以判为需谨慎，而不是危险：挂断后自己拨打 955xx 核实。",
            en='Police and ICBC have warned of calls from "area code + 955xx". But bank staff have also said '
            "that a bank's own outgoing calls may show its local area code (reported by "
            "Changjiang Daily on 4 February 2015; we could not find the article's address), so it is "
            "rated Caution, not Danger: hang up and dial the 955xx number yourself.",
        ),
        title=Phrase(
            zh="区号加银行客服号码（如 010-95588）：先挂断，自己拨打 955xx 核实",
            en="An area code before a bank's number (such as 010-95588): hang up and dial the 955xx number yourself",
        ),
        explanation=Phrase(
            zh="银行客服号码是 95588 这样的 5 位号码。前面加了区号的来电常被骗子用来冒充银行，"
            "但也可能是银行后台外呼，无法从号码判断。",
            en="A bank's customer-service number is five digits, such as 95588. Scammers often pose as a "
            "bank with an area code in front, but a bank's own outgoing calls may also look like that: the "
            "number alone cannot tell.",
        ),
        advice=(
            Phrase(
                zh="不要按来电的要求操作；挂断后自己拨打银行的 955xx 客服号码核实。",
                en="Do not do what the caller asks; hang up and dial the bank's 955xx number yourself to check.",
            ),
            NO_DETAILS,
        ),
        matches=("010-95588", "021 95533", "0755-95555", abroad("010-95588")),
        misses=("95588", "0951 1234567", "0755-9555512", "+86 10 95588"),
    ),
    Rule(
        id="carrier-government-number",
        risk={"call": SAFE, "sms": SAFE, "sms-link": DANGER},
        page="more-scams",
        displays=(DOMESTIC,),
        national=r"100(?:86|10|00)|12315",
        sources=(
            sources.TONGLIANG_FAKE_BASE_STATION,
            sources.ZHENJIANG_SAME_THREAD,
            sources.GUANGDONG_TELECOM,
            sources.YIYANG_12315,
        ),
        decision=Phrase(
            zh="10086、10010、10000 是三家运营商的客服号码，12315 是市场监管部门的投诉举报电话，来电可以接听。"
            "但警方和运营商提醒，伪基站能冒充 10086 这样的官方号码发短信，假短信还会和以前的真短信排在一起；"
            "所以这些号码发来的带链接的短信判为危险。12315 的来源是市场监管部门（不是警方、银行、运营商或工信部），"
            "它说骗子自称 12315 客服；伪基站冒用号码的手法由警方和运营商记载。没有找到冒充 12345 的公开来源，所以不收 12345。",
            en="10086, 10010 and 10000 are the three carriers' customer-service numbers, and 12315 is the "
            "market regulator's complaint line: you can answer their calls. But police and carriers warn "
            "that fake base stations send texts showing official numbers such as 10086, and the fake text "
            "lands among the real ones; so a text with a link from these numbers is rated Danger. The 12315 source "
            "is a market regulator (not the police, a bank, a carrier or MIIT): it says scammers claim to be "
            "12315 staff; the fake base stations are documented by police and carriers. We found no public "
            "source about 12345 being imitated, so 12345 is not included.",
        ),
        title=Phrase(
            zh="运营商或 12315 的号码：号码本身没问题，但带链接的短信可能是伪基站发的",
            en="A carrier's number or 12315: the number itself is fine, but a text with a link may come from a "
            "fake base station",
        ),
        explanation=Phrase(
            zh="10086、10010、10000 是运营商的客服号码，12315 是市场监管投诉举报电话。"
            "伪基站可以冒用这些号码发短信，假短信还会排在以前的真短信里，看起来和真的一样。"
            "它们常以积分兑换为名，放一个木马或钓鱼链接。",
            en="10086, 10010 and 10000 are the carriers' customer-service numbers, and 12315 is the market "
            "regulator's complaint line. A fake base station can send texts showing these numbers, and "
            "the fake text lands among the real ones, looking just like them. They often offer to turn "
            "points into cash, with a trojan or phishing link.",
        ),
        advice=(
            Phrase(
                zh="对方要验证码、密码或转账时，挂断后自己拨打这个号码核实。",
                en="If the caller asks for a code, a password or money, hang up and dial the number yourself to check.",
            ),
            NO_LINK,
            OPEN_OFFICIAL,
        ),
        matches=("10086", "10010", "10000", "12315", sms("10086"), sms("10086", "您的积分可兑换现金 t.cn/abc")),
        misses=("100860", "+86 10086", "1008", "12345", "010-10086"),
    ),
    Rule(
        id="service-number-content",
        risk=CAUTION,
        page="more-scams",
        displays=(DOMESTIC,),
        national=VOUCHED,
        text="flagged",
        unless=("fake-12381", "lookalike-number", "bank-number-bait"),
        sources=(sources.TONGLIANG_FAKE_BASE_STATION, sources.TONGLIANG_SAME_THREAD, sources.ZHENJIANG_SAME_THREAD),
        decision=Phrase(
            zh="防骗提示说 95 号码可以接听、96110 一定要接、12381 一定要看。但伪基站能冒用这些号码（警方点名了 95533），"
            "假短信会和真短信排在一起。所以这些号码的内容里有链接或诈骗话术时，本站至少判为需谨慎，不让号码单独说了算。",
            en="The tips say 95 numbers can be answered, 96110 must be answered and 12381 must be read. But "
            "fake base stations can use these numbers (police named 95533), and the fake text sits among the "
            "real ones. So when the content from these numbers has a link or a scam phrase, this site rates "
            "it Caution or worse: the number alone does not decide.",
        ),
        title=Phrase(
            zh="官方号码发来的内容有链接或诈骗话术：号码不能证明是真的",
            en="An official number's message has a link or a scam phrase: the number proves nothing",
        ),
        explanation=Phrase(
            zh="伪基站和改号软件能冒用银行、96110、12381 等官方号码，假短信还会和以前的真短信排在一起。"
            "号码看起来是官方的，内容却有链接或诈骗话术时，要当作可能是假的。",
            en="Fake base stations and caller-ID spoofing software can use the numbers of banks, 96110 or "
            "12381, and a fake text lands among the real ones. When an official-looking number sends a "
            "link or a scam phrase, treat it as possibly fake.",
        ),
        advice=(
            NO_LINK,
            NO_DETAILS,
            OPEN_OFFICIAL,
        ),
        matches=(
            sms("95519", "您的积分可兑换现金，点击 t.cn/abc"),
            Example("95588", "call", "您的网银已失效，请登录 icbc-help.top 重新激活"),
            Example("96110", "call", "请把钱转到安全账户"),
            sms("12381", "请下载会议 App 开启屏幕共享"),
        ),
        misses=(
            sms("95588", "您的验证码为 123456，请勿向任何人透露。"),
            sms("12381", "您可能正在遭遇诈骗，请勿转账，公安机关不会要求转账到安全账户。"),
            "96110",
            sms("12381", "请点击 https://12381.example.com 核实"),
        ),
    ),
    Rule(
        id="bank-number-bait",
        risk=DANGER,
        page="more-scams",
        channels=("sms",),
        displays=(DOMESTIC,),
        national=rf"{either(BANKS)}|{AREA}?96110",
        text="link-or-marks",
        marks=BAIT,
        sources=(
            sources.JIULONGPO_BANK_TEXTS,
            sources.TONGLIANG_BANK_NUMBERS,
            sources.TONGLIANG_SAME_THREAD,
            sources.ZHENGZHOU_NO_TRANSFER,
        ),
        decision=Phrase(
            zh="重庆九龙坡警方提醒：“95588”“95533”这样的银行号码发来的短信，如果要你点链接，很有可能是骗子用伪基站冒充银行发的。"
            "铜梁警方也说，骗子把号码伪装成 95533、95588，骗取银行账户、个人信息和验证密码；郑州警方说公安机关绝不会要求"
            "转账到任何账户。所以本站把银行客服号码（955xx）和 96110 发来的、带链接或要你转账、说验证码、提供信息、加好友的"
            "短信判为危险，和运营商号码带链接的短信一样。银行要你回电或用它自己的 App，不算在内。",
            en="Jiulongpo police in Chongqing warn that a text from a bank number such as 95588 or 95533 that asks you "
            "to click a link is very likely sent by a scammer through a fake base station. Tongliang police add that "
            "scammers disguise their numbers as 95533 or 95588 to get bank accounts, personal details and "
            "verification passwords, and Zhengzhou police say the police never ask anyone to pay into any account. "
            "So this site rates a text from a bank's number (955xx) or 96110 as Danger when it has a link, or asks "
            "you to pay, give a code or your details, or add someone on a chat app, like a carrier's number with a "
            "link. A bank asking you to call it or to use its own app does not count.",
        ),
        title=Phrase(
            zh="银行号码或 96110 发来的短信要你点链接、转账或给验证码：这是冒用的号码",
            en="A text from a bank's number or 96110 asks you to tap a link, pay or give a code: the number is faked",
        ),
        explanation=Phrase(
            zh="伪基站能冒用 95588 这样的银行号码和 96110 发短信，假短信还会排在以前的真短信里。"
            "真的银行和民警不会在短信里放链接让你操作，也不会要你转账、说验证码或提供银行卡信息。",
            en="A fake base station can send texts that show a bank's number such as 95588, or 96110, and the fake "
            "lands among the real texts before it. A real bank or police officer does not send a link for you to act "
            "on, and does not ask you to pay, give a code or send your card details.",
        ),
        advice=(
            NO_LINK,
            Phrase(
                zh="不要回复，不要照短信说的做；要核实，自己拨打银行卡背面的号码。",
                en="Do not reply or do what the text says; to check, dial the number on the back of your card yourself.",
            ),
            NO_DETAILS,
            SCAMMED,
        ),
        matches=(
            sms("95588", "您的积分可兑换现金，请登录 icbc-jf.top 领取"),
            sms("95533", "您的账户存在异常，请提供银行卡号和验证码核实"),
            sms("96110", "您的资金涉嫌洗钱，请转到安全账户配合调查"),
            sms("025-96110", "请加民警微信 jingguan2024 配合调查"),
        ),
        misses=(
            sms("95588", "您尾号1234的卡于12月1日支出500元。"),
            sms("95588", "如有疑问，请致电95588。"),
            sms("96110", "您可能正在遭遇诈骗，请勿转账，公安机关不会要求转账到安全账户。"),
            sms("10086", "您的积分可兑换现金 t.cn/abc"),
            "95588",
            sms("+8695588", "请登录 icbc-jf.top 领取"),
        ),
    ),
)
