"""The rule table: every rule of the advisory, and every rule beyond it, as data.

This table is the one source for the checker, the site's rules page, the widget's
explanations and the tests (each rule's ``matches`` and ``misses`` are run). Rule ids
are public: the site links to ``<page>/#<id>`` and the widget reports them.

The advisory is two texts (advisory/README.md): the Consular Protection Center's notice
(NOTICE) and the tips its republisher added (TIPS); each quote names which. Rules beyond
the advisory cite public police, bank, carrier, MIIT or embassy notices (sources.py).
"""

from __future__ import annotations

from . import sources
from .languages import Phrase
from .number import CN_INTL, DOMESTIC, INTL, LETTERS, MALFORMED_INTL
from .rule import (
    CAUTION, DANGER, NOTICE, OFFICIAL, SAFE, TIPS, Example, Passage, Rule, abroad, sms,
)
from .services import BANKS, CARRIERS, KNOWN
from .shared import (
    HANG_UP, NO_CALLBACK, NO_DETAILS, NO_LINK, OFFICIAL_WARNINGS, OPEN_OFFICIAL, SCAMMED, VERIFY_OFFICIAL,
)
from .kinds import KINDS, demands
from .marks import NOTICE_MARKS

# Where a number may be shown for a rule about Chinese numbers. Domestic-only rules
# (the safe and official ones) must never vouch for a number shown with +86 or 00.
CHINESE = (DOMESTIC, CN_INTL)
# Chinese area codes (without the trunk 0): 10 and 2x, else three digits from 3xx to 9xx.
AREA = r"(?:10|2\d|[3-9]\d\d)"
# Numbers that only exist inside China: 1xx emergency, 1xxxx public services,
# 95xxx(x) company lines, and 96110 with or without an area code.
SERVICE = rf"1\d\d|1\d{{4}}|95\d{{3,4}}|{AREA}?96110"


def _either(numbers) -> str:
    """A regex matching any of ``numbers``, as a trie: a number that starts wrong fails at once."""
    numbers = set(numbers)
    if numbers == {""}:
        return ""
    heads = sorted({number[:1] for number in numbers if number})
    branches = [head + _group({n[1:] for n in numbers if n[:1] == head}) for head in heads]
    return "|".join(branches) + ("|" if "" in numbers else "")


def _group(numbers: set[str]) -> str:
    inner = _either(numbers)
    return inner if "|" not in inner else f"(?:{inner})"


# A known service number with something glued in front (400, 800, a 106 port and 00), one
# digit added at its end, or a bank or carrier number with one digit (after the first two) left out.
# No real number looks like that: short codes are never the start of a longer number.
LOOKALIKE = (
    rf"(?:400|800|1060{{2,3}})(?:{_either(KNOWN)})|(?:{_either(KNOWN)})\d"
    rf"|{_either(n[:i] + n[i + 1:] for n in BANKS + CARRIERS for i in range(2, len(n)))}"
)
# The numbers the advisory calls answerable or official, which a message's content can still betray.
VOUCHED = rf"95\d{{3,4}}|12381|{AREA}?96110"

PLUS_00 = Passage(
    TIPS,
    "根据工信部有关规定,境外电话进入我国通信网络时,必须在主叫号码前添加国际冠字“00”"
    "(部分手机将“00”翻译为“+”),且严禁在传送过程中删除该冠字。"
    "如果没有海外业务或亲友,这类来电基本可以判定是海外诈骗电话。",
    "Under the rules of the Ministry of Industry and Information Technology, a call from abroad "
    "that enters China's network must carry the international prefix 00 before the caller's number "
    "(some phones show 00 as +), and the prefix may not be removed on the way. If you have no "
    "business or family abroad, such a call can basically be judged an overseas scam call.",
)
RULES: tuple[Rule, ...] = (
    # --- The advisory: the notice of 19 January 2026 (NOTICE) and the tips its republisher added (TIPS).
    Rule(
        id="hotline-12308",
        risk=DANGER,
        page="hotline-12308",
        shown=CHINESE,
        national=r"(?:10)?(?:656)?12308",
        advisory=Passage(
            NOTICE,
            "热线不会主动拨打公民电话,通知其有个人事项或违法犯罪情况待处理;"
            "不会将来电通话转呼至任何其他部门;不会在通话中要求来电人向指定账户转账汇款。",
            "The hotline does not proactively call citizens to tell them of personal matters or criminal "
            "cases awaiting them; it does not transfer a call to any other department; and it does not ask "
            "a caller to transfer money to a designated account.",
        ),
        title=Phrase(
            zh="显示 12308 领保热线号码的来电：热线不会主动来电通知个人事项或违法犯罪情况",
            en="A call showing the 12308 consular hotline: it does not call to tell you of personal matters "
               "or criminal cases",
        ),
        explanation=Phrase(
            zh="外交部12308领保热线不会主动拨打公民电话，通知其有个人事项或违法犯罪情况待处理；"
               "不会把通话转接到其他部门，也不会在通话中要求向指定账户转账汇款。"
               "不法分子用技术手段冒用这个号码来电，所以来电显示 12308 不能证明对方是热线。",
            en="The Foreign Ministry's 12308 consular protection hotline does not proactively call citizens "
               "to tell them of personal matters or criminal cases awaiting them, does not transfer a call "
               "to another department, and does not ask for money to be sent to a designated account during "
               "a call. Scammers use technical means to make their calls show this number, so a call showing "
               "12308 does not prove that it is the hotline.",
        ),
        advice=(
            HANG_UP,
            Phrase(
                zh="如果你曾请热线回电，也同样先挂断，再自己拨打 +86-10-12308 核实。",
                en="If you did ask the hotline to call you back, still hang up and dial +86-10-12308 yourself "
                   "to check.",
            ),
            Phrase(
                zh="也可以用“中国领事”App 或小程序里的“12308”功能咨询。",
                en="You can also ask through the 12308 button in the official China Consular app or "
                   "mini-program.",
            ),
            NO_CALLBACK,
            NO_DETAILS,
        ),
        matches=(
            "12308",
            "010-12308",
            "65612308",
            "010-65612308",
            "+86-10-12308",
            "+86 10 6561 2308",
            "0086 10 12308",
            "+86 (0)10 12308",
            "+86 12308",
            sms("12308", "您的护照涉嫌违法"),
            abroad("+86-10-12308"),
            abroad("+86 10 6561 2308"),
        ),
        misses=("123080", "1230", "010-65612309", "+1 12308", "+44 10 12308"),
    ),
    Rule(
        id="prefix-400",
        risk=DANGER,
        page="numbers",
        shown=CHINESE,
        landline=False,
        national=r"400\d{7}",
        advisory=Passage(
            TIPS,
            "该号码仅用于接听,正规企业通常不会通过“400”号码拨打电话。"
            "若接到这类来电,建议不要接听,可能是诈骗分子利用改号软件伪装成企业进行诈骗。",
            "These numbers only receive calls; legitimate companies generally do not call out from a "
            "400 number. If one calls you, it is best not to answer: it may be scammers using "
            "number-changing software to pose as a company.",
        ),
        title=Phrase(
            zh="400 开头的号码：正规企业通常不会用它打来",
            en="A 400 number: legitimate companies generally do not call from one",
        ),
        explanation=Phrase(
            zh="“400”开头的号码是企业专用电话，一般用作客服、售后电话，只用于接听，正规企业通常不会用它拨打电话。"
               "接到“400”来电，可能是骗子用改号软件伪装成企业。",
            en="Numbers starting with 400 belong to companies, which use them for customer service and "
               "only to receive calls; legitimate companies generally do not call out from them. A call "
               "from a 400 number may be a scammer using number-changing software to pose as a company.",
        ),
        advice=(
            Phrase(
                zh="不要接听；已接通就挂断。",
                en="Do not answer; if you already have, hang up.",
            ),
            VERIFY_OFFICIAL,
            NO_CALLBACK,
        ),
        matches=(
            "4008001234", "400-800-1234", "400 820 8820", "+86 400 800 1234", sms("4006695566"),
            abroad("+86 400 800 1234"),
        ),
        misses=("40080012", "400800123456", "04008001234", "+1 400 800 1234"),
    ),
    Rule(
        id="spoofed-service-number",
        risk=DANGER,
        page="numbers",
        shown=(CN_INTL, MALFORMED_INTL),
        national=SERVICE,
        unless=("roaming-service-number",),
        advisory=PLUS_00,
        sources=(sources.ICBC_GUANGXI_NUMBERS, sources.PANJIN_PREFIX, sources.HEFEI_96110),
        decision=Phrase(
            zh="110、96110、12381、95xxx 这类服务号码在中国大陆从国内网络打来，不带国家代码。"
               "在中国大陆接到带 +86、0086 或错误的 00 前缀（如 00095588）显示的服务号码，"
               "是经国际线路改号冒充的来电，判为危险，而不是它冒充的官方号码或可以接听的号码。"
               "12308 对外公布的号码带国家代码（+86-10-12308），是给在国外的人拨打的；显示 12308 的来电见 hotline-12308。"
               "在国外，+86 加服务号码可能只是漫游时的显示，见 roaming-service-number；错误的 00 前缀在哪里都判为危险。",
            en="In mainland China, service numbers such as 110, 96110, 12381 and 95xxx call from inside the "
               "country, without a country code. In mainland China, a service number shown with +86, 0086 or "
               "a malformed 00 prefix (such as 00095588) came in through an international line with a faked "
               "caller ID, so it is danger, never the official or answerable number it imitates. 12308 is "
               "published with its country code (+86-10-12308) for people abroad to dial; calls showing 12308 "
               "are covered by hotline-12308. Abroad, +86 before a service number may only be how roaming "
               "shows it (see roaming-service-number); a malformed 00 prefix is danger anywhere.",
        ),
        title=Phrase(
            zh="带国际前缀的服务号码：这是伪装的来电",
            en="A service number with an international prefix: the caller ID is faked",
        ),
        explanation=Phrase(
            zh="在中国大陆，银行、公安、反诈中心等服务号码从国内网络打来，不会带 +86、0086 或 00 显示。"
               "这样显示的服务号码，是经境外线路改号冒充的。",
            en="In mainland China, service numbers of banks, the police or the anti-fraud centre call from "
               "inside the country and do not show +86, 0086 or 00 in front. A service number shown that "
               "way came in from abroad with a faked caller ID.",
        ),
        advice=(
            HANG_UP,
            Phrase(
                zh="需要联系这个机构时，自己直接拨打不带前缀的官方号码。",
                en="If you need that organisation, dial its official number yourself, without any prefix.",
            ),
            NO_CALLBACK,
        ),
        matches=(
            "+8695588", "00095588", "+86 96110", "0086 12381", "+86 110", "+86 025 96110", "+000110",
            abroad("00095588"),
        ),
        misses=("95588", "96110", "+86 138 1234 5678", "+86 10 12308", "+95 588", abroad("+8695588")),
    ),
    Rule(
        id="international",
        risk=DANGER,
        page="numbers",
        where=("cn",),
        shown=(INTL, MALFORMED_INTL),
        advisory=PLUS_00,
        decision=Phrase(
            zh="前缀后面的国家代码不是 86（包括不存在的国家代码）都算境外来电。这条提示是给在中国大陆的手机的："
               "在国外，当地的每个来电都带“+”和国家代码，所以选了“我在国外”时不用这条规则。",
            en="Any country code other than 86 after the prefix counts as a call from abroad, including "
               "codes that do not exist. The tip is for a phone in mainland China: abroad, every local call "
               "shows + and a country code, so the rule does not apply when you say you are abroad.",
        ),
        title=Phrase(
            zh="“00”或“+”开头的境外号码：没有海外业务或亲友就别接",
            en="A number starting with 00 or +: a call from abroad",
        ),
        explanation=Phrase(
            zh="境外电话进入我国网络时必须带国际冠字“00”（部分手机显示为“+”）。"
               "如果你没有海外业务或亲友，这类来电基本可以判定是境外诈骗电话。"
               "注意：“+95”是缅甸的国家代码，不是“95”开头的客服号码。",
            en="A call from abroad must reach China's network with the international prefix 00, "
               "which some phones show as +. If you have no business or family abroad, such a call can "
               "basically be judged an overseas scam. Note that +95 is the country code of Myanmar, not "
               "a 95 customer-service line.",
        ),
        advice=(
            Phrase(
                zh="没有海外业务或亲友，就不要接听、不要回拨。",
                en="Unless you have business or family abroad, do not answer and do not call back.",
            ),
            NO_DETAILS,
        ),
        matches=("+95 1 234 567", "+44 20 7946 0958", "001 212 555 0100", "+1-202-555-0143", "00095588", "+999 123 456"),
        misses=(
            "+86 138 1234 5678", "0086 10 12308", "95588", "013812345678",
            abroad("+44 20 7946 0958"), abroad("+1-202-555-0143"),
        ),
    ),
    Rule(
        id="cn-international-prefix",
        risk=CAUTION,
        page="numbers",
        where=("cn",),
        shown=(CN_INTL,),
        unless=("hotline-12308", "spoofed-service-number", "lookalike-number"),
        advisory=PLUS_00,
        decision=Phrase(
            zh="公告只说“00”或“+”开头的是境外来电。在中国大陆，国内号码前显示 +86 或 0086，"
               "可能是经境外线路打来的改号电话，也可能是漫游或网络电话，所以判为需谨慎，而不是危险。"
               "在国外，来自国内的电话本来就显示 +86，所以选了“我在国外”时不用这条规则。",
            en="The advisory says only that a 00 or + in front marks a call from abroad. In mainland China, a "
               "Chinese number shown with +86 or 0086 may be a call routed from abroad under a faked number, "
               "or roaming or an internet phone line, so it is caution rather than danger. Abroad, calls from "
               "home show +86 anyway, so the rule does not apply when you say you are abroad.",
        ),
        title=Phrase(
            zh="国内号码前带 +86 或 0086：可能经境外线路打来",
            en="A Chinese number shown with +86 or 0086: it may come from abroad",
        ),
        explanation=Phrase(
            zh="在中国大陆，国内的来电一般不会显示 +86 或 0086。这样显示的号码可能经境外线路打来，也可能是漫游或网络电话。",
            en="In mainland China, calls from inside the country do not normally show +86 or 0086. A number "
               "shown that way may have come in from abroad, or be roaming or an internet phone line.",
        ),
        advice=(
            Phrase(
                zh="如果不认识这个号码，不要轻信来电内容。",
                en="If you do not know the number, do not trust what the caller says.",
            ),
            NO_DETAILS,
        ),
        matches=("+86 138 1234 5678", "0086 13812345678", "+86 21 6123 4567", "+86 400 800 1234", "+86-10-88886666"),
        misses=("13812345678", "+8695588", "+86 10 12308", "+1 415 555 0100", abroad("+86 138 1234 5678")),
    ),
    Rule(
        id="prefix-95-short",
        risk=SAFE,
        page="numbers",
        shown=(DOMESTIC,),
        landline=False,
        national=r"95\d{3,4}",
        unless=("lookalike-number",),
        advisory=Passage(
            TIPS,
            "“95”开头的号码,长度一般为5或6位,是银行、证券、保险、航空、物流(快递)、石油、铁路、"
            "电力行业里大型企业所用的客户服务号码,可放心接听。",
            "Numbers starting with 95 are usually 5 or 6 digits long. They are the customer-service "
            "numbers of large companies in banking, securities, insurance, aviation, logistics "
            "(couriers), oil, railways and electric power, and can be answered without worry.",
        ),
        title=Phrase(
            zh="5 到 6 位的“95”号码：大企业的客服电话，可以接听",
            en="A 95 number of 5 or 6 digits: a large company's customer service, answerable",
        ),
        explanation=Phrase(
            zh="“95”开头的号码长度一般为 5 或 6 位，是银行、证券、保险、航空、快递、石油、铁路、电力等大企业的客服号码，"
               "可以放心接听。",
            en="Numbers starting with 95 are usually 5 or 6 digits long; those are the customer-service "
               "lines of large companies in banking, securities, insurance, aviation, couriers, oil, "
               "railways or electric power, and you can answer them.",
        ),
        advice=(
            Phrase(
                zh="可以接听。",
                en="You can answer it.",
            ),
            Phrase(
                zh="如果对方要你转账、提供验证码或密码，先挂断，再自己拨打这个号码核实。",
                en="If the caller asks for money, a code or a password, hang up and dial the number "
                   "yourself to check.",
            ),
        ),
        matches=("95588", "95599", "955-88", "951058", sms("95555"), abroad("95588")),
        misses=("9558", "9558800", "+8695588", "00095588", "0951 1234567", "+95 588", "955880"),
    ),
    Rule(
        id="prefix-95-long",
        risk=DANGER,
        page="numbers",
        shown=CHINESE,
        landline=False,
        national=r"95\d{5,}",
        advisory=Passage(
            TIPS,
            "如果接到超过6位的“95”开头电话,尽量不要接听。诈骗分子通常用买来或租借的“95”号段号码"
            "捆绑语音机器人,一天内拨出成千上万个电话,漫天撒网后筛选出重点对象进行引流,"
            "再通过人工客服实施精准诈骗。",
            "If a number starting with 95 and longer than 6 digits calls you, try not to answer. "
            "Scammers usually tie bought or rented 95 numbers to voice robots that make thousands of calls "
            "a day, cast a wide net to pick out targets, and then hand them to human operators for a "
            "tailored scam.",
        ),
        title=Phrase(
            zh="超过 6 位的“95”号码：尽量不要接听",
            en="A 95 number longer than 6 digits: try not to answer",
        ),
        explanation=Phrase(
            zh="“95”客服号码一般为 5 或 6 位。骗子通常用买来或租来的“95”号码捆绑语音机器人，"
               "一天拨出成千上万个电话，筛选目标后再由人工实施诈骗。",
            en="95 customer-service numbers are usually 5 or 6 digits long. Scammers usually tie bought or "
               "rented 95 numbers to voice robots that dial thousands of people a day, to pick out targets "
               "for a human scammer.",
        ),
        advice=(
            Phrase(
                zh="尽量不要接听；已接通就挂断。",
                en="Try not to answer; if you already have, hang up.",
            ),
            NO_DETAILS,
            NO_CALLBACK,
        ),
        matches=("9551234567", "95 0123 4567 89", "9558800", "+86 9501 2345 6789", sms("95123456789")),
        misses=("95588", "955888", "0951 1234567", "+95 1 234 567"),
    ),
    Rule(
        id="prefix-1069",
        risk={"call": DANGER, "sms": CAUTION, "sms-link": DANGER},
        page="numbers",
        shown=CHINESE,
        landline=False,
        national=r"1069\d{4,}",
        advisory=Passage(
            TIPS,
            "部分拥有“1069”资质的企业,违规将“1069”号码层层出售、转包,最终被诈骗分子利用实施诈骗。"
            "收到“1069”开头的电话或短信,尤其是内容中带有链接的,务必谨慎操作。",
            "Some companies licensed for 1069 numbers illegally resell and sublet them, and they end "
            "up in scammers' hands. Be very careful with any call or text from a number starting with "
            "1069, above all one whose content has a link.",
        ),
        sources=(sources.MPS_1069,),
        decision=Phrase(
            zh="防骗提示把 1069 列为“别接、别回、别点”的号码之一，并说要谨慎。本工具把来电判为危险，"
               "普通短信判为需谨慎，带链接的短信判为危险。公安部 2020 年也通报过 1069 号码被层层转售给诈骗团伙。",
            en="The tips list 1069 among the numbers not to answer, call back or click, and ask for care. "
               "The checker grades a call as danger, a text as caution, and a text with a link as danger. "
               "The Ministry of Public Security also reported in 2020 that 1069 numbers were resold down to "
               "scam gangs.",
        ),
        title=Phrase(
            zh="“1069”开头的号码：部分企业违规转卖，被骗子利用",
            en="A 1069 number: some licensed companies illegally resell them, and scammers use them",
        ),
        explanation=Phrase(
            zh="“1069”号码由第三方短信平台经营，为企业发送短信。部分拥有“1069”资质的企业违规层层出售、转包，"
               "最终被骗子用来打电话或发短信；内容带链接的尤其要谨慎。",
            en="1069 numbers are run by third-party platforms that send texts for companies. Some companies "
               "licensed for them illegally resell and sublet them down a chain until scammers use them to "
               "call and text; take the most care with one whose content has a link.",
        ),
        advice=(
            Phrase(
                zh="来电不要接听，也不要回拨。",
                en="Do not answer a call from it, and do not call back.",
            ),
            NO_LINK,
            VERIFY_OFFICIAL,
        ),
        matches=("10690000123456", "1069 0123 4567 8", sms("106912345678"), sms("10691234567890", "点击 t.cn/abc 领取")),
        misses=("1068012345678", "010 6912 3456", "+86 10 6912 3456", "1069"),
    ),
    Rule(
        id="sms-link",
        risk=CAUTION,
        page="numbers",
        channels=("sms",),
        text="link",
        advisory=Passage(TIPS, "做到未知链接不点击", "Never click unknown links."),
        decision=Phrase(
            zh="任何短信里的链接都会提示，不论发送号码是什么：包括 http(s)、www.、不带前缀的域名和短链接。",
            en="A link in any text is flagged, whoever sent it: http(s), www., bare domains and short links.",
        ),
        title=Phrase(
            zh="短信里有链接：不要点",
            en="The text contains a link: do not click it",
        ),
        explanation=Phrase(
            zh="骗子常在短信里放链接，引你进入假网站或下载涉诈 App。",
            en="Scammers put links in texts to lead you to fake websites or to fraudulent apps.",
        ),
        advice=(
            NO_LINK,
            OPEN_OFFICIAL,
        ),
        matches=(
            sms("13812345678", "您的包裹异常，请访问 https://example.com/a"),
            sms("13812345678", "点击www.abc.com领取"),
            sms("10655012345678", "积分兑换 t.cn/A6xYz 即将过期"),
            sms("13812345678", "Your parcel is held: bit.ly/3abc"),
            sms("13812345678", "ｗｗｗ．ｆａｋｅ．ｃｏｍ"),
        ),
        misses=(
            sms("13812345678", "明天下午 3.5 点见，e.g. 在公司门口"),
            sms("13812345678"),
            Example("13812345678", "call", "打开 www.abc.com 看看"),
        ),
    ),
    Rule(
        id="anti-fraud-96110",
        risk=OFFICIAL,
        page="prevention",
        shown=(DOMESTIC,),
        national=rf"{AREA}?96110",
        advisory=Passage(
            TIPS,
            "“96110”是全国统一的反诈预警劝阻电话。如果接到“96110”来电,说明你或你的亲朋好友正在遭遇电信网络诈骗。",
            "96110 is the nationwide anti-fraud warning line. If 96110 calls you, you or someone close "
            "to you is being targeted by a telecom or online scam.",
        ),
        sources=(sources.WEIFANG_96110,),
        decision=Phrase(
            zh="各地反诈中心以“区号 + 96110”外呼（如 025-96110），潍坊警方说来电会显示“地区区号+96110”，所以带区号的形式也算。",
            en="Local anti-fraud centres call as area code + 96110 (such as 025-96110); Weifang police say the "
               "phone shows \"area code + 96110\", so that form counts too.",
        ),
        title=Phrase(
            zh="96110：反诈预警电话，一定要接",
            en="96110: the anti-fraud warning line. Answer it",
        ),
        explanation=Phrase(
            zh="“96110”是全国统一的反诈预警劝阻电话。接到它的来电，说明你或你的亲友正在遭遇电信网络诈骗。",
            en="96110 is China's nationwide anti-fraud warning line. A call from it means that you, or "
               "someone close to you, is being targeted by a telecom or online scam.",
        ),
        advice=(
            Phrase(
                zh="接听，并按民警的提醒做。",
                en="Answer it and follow the officer's advice.",
            ),
            Phrase(
                zh="立即停止与可疑人员联系，不要转账。",
                en="Stop all contact with the suspected scammer and do not transfer money.",
            ),
        ),
        matches=("96110", "025-96110", "010 96110", "0755-96110", sms("96110"), abroad("96110")),
        misses=("+86 96110", "961100", "9611", "00096110"),
    ),
    Rule(
        id="anti-fraud-12381",
        risk=OFFICIAL,
        page="prevention",
        channels=("sms",),
        shown=(DOMESTIC,),
        national=r"12381",
        text="no-link",
        advisory=Passage(
            TIPS,
            "若收到12381涉诈预警劝阻短信,应提高警惕,及时终止与诈骗分子联系或止付资金。",
            "If you receive an anti-fraud warning text from 12381, be on your guard: stop contact with "
            "the scammers at once, or stop the payment.",
        ),
        title=Phrase(
            zh="12381：反诈预警短信，一定要看",
            en="12381: the anti-fraud warning text. Read it",
        ),
        explanation=Phrase(
            zh="12381 是工信部和公安部的涉诈预警劝阻短信系统，提示你可能正面临电信网络诈骗。",
            en="12381 is the anti-fraud warning text system of the Ministry of Industry and "
               "Information Technology and the Ministry of Public Security. Its text means you may be "
               "facing a scam.",
        ),
        advice=(
            Phrase(
                zh="认真看完这条短信，提高警惕。",
                en="Read the text carefully and be on your guard.",
            ),
            Phrase(
                zh="立即停止与可疑人员联系，正在付的款马上停止。",
                en="Stop contact with the suspected scammer now, and stop any payment under way.",
            ),
        ),
        matches=(sms("12381"), sms("12381", "您可能正在遭遇诈骗，请勿转账，公安机关不会要求转账到安全账户。")),
        misses=("12381", sms("+86 12381"), sms("12381", "请点击 https://12381.example.com 核实"), sms("123810")),
    ),
    Rule(
        id="fake-12381",
        risk=DANGER,
        page="prevention",
        channels=("sms",),
        shown=(DOMESTIC,),
        national=r"12381",
        text="link",
        advisory=Passage(
            TIPS,
            "若收到12381涉诈预警劝阻短信,应提高警惕,及时终止与诈骗分子联系或止付资金。",
            "If you receive an anti-fraud warning text from 12381, be on your guard: stop contact with "
            "the scammers at once, or stop the payment.",
        ),
        decision=Phrase(
            zh="防骗提示说 12381 短信要看。它描述的 12381 预警短信只提醒你停止联系、停止付款，没有要你点链接；"
               "带链接的“12381”短信是仿冒的，判为危险。",
            en="The tips say to read 12381 texts. The 12381 warning they describe tells you to stop contact "
               "and stop paying, and asks you to click nothing; a \"12381\" text with a link imitates it, and "
               "is danger.",
        ),
        title=Phrase(
            zh="带链接的“12381”短信：这是仿冒的",
            en="A \"12381\" text with a link: it is fake",
        ),
        explanation=Phrase(
            zh="12381 预警短信提醒你停止联系、停止付款，不会让你点链接。这条短信有链接，是冒充预警系统的诈骗短信。",
            en="12381 warnings tell you to stop contact and stop paying, not to click a link. This one has "
               "a link, so it imitates the warning system.",
        ),
        advice=(
            NO_LINK,
            NO_DETAILS,
        ),
        matches=(sms("12381", "请点击 https://12381.example.com 核实"), sms("12381", "登录 gov-12381.cn 处理")),
        misses=(sms("12381", "请勿转账"), "12381"),
    ),
    Rule(
        id="script-red-flags",
        risk=DANGER,
        page="hotline-12308",
        text="red-flags",
        marks=NOTICE_MARKS,
        unless=OFFICIAL_WARNINGS,
        advisory=Passage(
            NOTICE,
            "有不法分子通过技术手段冒用12308领保热线号码致电,以个人资料泄露、涉嫌散布非法信息、"
            "涉嫌违法犯罪等为由,诱骗接电人提供个人信息、“接受调查”、缴纳“保释金”等实施诈骗。",
            "Criminals have used technical means to call from the 12308 hotline's number, claiming "
            "that the person's data has leaked, that they are suspected of spreading illegal "
            "information or of crimes, to trick them into giving personal details, \"accepting an "
            "investigation\" or paying \"bail\".",
        ),
        decision=Phrase(
            zh="这些话术在任何号码的来电或短信里出现都判为危险；96110 和 12381 的官方提醒会引用这些话术来警告你，"
               "所以不算（这时见 service-number-content）。写在“不会”“请勿”“谨防”之后的话术是提醒，也不算。"
               "提醒说热线不会把通话“转呼至任何其他部门”；本站把说要转接到公安、检察院、法院等部门的话也算作这一条。",
            en="These phrases mean danger from any number, on a call or in a text; the official 96110 and "
               "12381 warnings quote them to warn you, so they do not count there (see "
               "service-number-content). A phrase after \"does not\", \"never\" or \"beware\" is a warning and "
               "does not count either. The notice says the hotline does not transfer a call \"to any other "
               "department\"; this site counts talk of transferring you to the police, prosecutors or a court as "
               "that.",
        ),
        title=Phrase(
            zh="内容带有冒充 12308 的诈骗话术：不要相信",
            en="The message uses the 12308 impersonators' script: do not believe it",
        ),
        explanation=Phrase(
            zh="“个人资料泄露”“涉嫌散布非法信息”“涉嫌违法犯罪”“接受调查”“缴纳保释金”是冒充领保热线的诈骗话术；"
               "“转账到指定账户”“把电话转接到其他部门”是热线不会做的事。",
            en="\"Your personal data has leaked\", \"you are suspected of spreading illegal "
               "information\" or \"of a crime\", \"accept an investigation\", \"pay bail\" are the lines of "
               "scammers posing as the consular hotline; \"transfer money to a designated account\" and \"I "
               "will transfer your call to another department\" are what the hotline does not do.",
        ),
        advice=(
            HANG_UP,
            NO_DETAILS,
            SCAMMED,
        ),
        matches=(
            sms("13812345678", "您的个人资料泄露，涉嫌违法犯罪，请接受调查"),
            Example("+44 20 7946 0958", "call", "需要缴纳保釋金"),
            Example("13812345678", "call", "You are suspected of money laundering; pay bail"),
            Example("95588", "call", "请把钱转到指定账户"),
            Example("12308", "call", "我帮您把电话轉接到公安局"),
            abroad("+44 20 7946 0958", "call", "您涉嫌洗钱，请配合调查"),
        ),
        misses=(
            Example("13812345678", "call", "明天一起吃饭"),
            Example("96110", "call", "有人冒充公检法要你缴纳保释金，请不要相信"),
            sms("12381", "公安机关不会要求转账到安全账户"),
            sms("13812345678", "12308热线不会要求向指定账户转账"),
        ),
    ),
    # --- Beyond the advisory (本站补充): numbers, each with its public source.
    Rule(
        id="emergency-110",
        risk=CAUTION,
        page="more-scams",
        where=("cn",),
        shown=(DOMESTIC,),
        national=rf"{AREA}?110",
        sources=(sources.XINGXIAN_110, sources.PANJIN_PREFIX, sources.SHAOXING_OFFICIALS),
        decision=Phrase(
            zh="防骗提示没有提到 110 打来的电话。警方提醒，即便来电显示“110”，也不要轻易相信对方的身份。"
               "刚报过警的人可能接到民警回电，所以判为需谨慎而不是危险。只用于在中国大陆：在国外，110 可能是当地的号码。",
            en="The tips do not mention calls from 110. Police warn: even if your phone shows 110, do not "
               "readily believe who the caller says they are. Someone who has just called the police may get a "
               "call back, so it is caution rather than danger. For mainland China only: abroad, 110 may be a "
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
                en="The police do not handle cases by phone, and there is no such thing as a \"safe account\".",
            ),
        ),
        matches=("110", "021-110", sms("110")),
        misses=("+86 110", "1100", "1101", abroad("110")),
    ),
    Rule(
        id="prefix-800",
        risk=CAUTION,
        page="more-scams",
        shown=CHINESE,
        landline=False,
        national=r"800\d{7}",
        sources=(sources.ANSHAN_800,),
        decision=Phrase(
            zh="防骗提示没有提到 800 号码。警方提醒，400、800、95 开头的号码申请简单、价格低，骗子很容易开通；"
               "但很多正规企业也用 800 号码，警方没有说企业从不用它外呼，所以判为需谨慎，而不是危险。",
            en="The tips do not mention 800 numbers. Police warn that 400, 800 and 95 numbers are easy and "
               "cheap to get, so scammers open them easily; but many real companies use 800 numbers too, and "
               "the police do not say that companies never call from them, so it is caution, not danger.",
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
        shown=CHINESE,
        landline=False,
        national=r"106[0-8]\d{4,}",
        sources=(sources.SHENZHEN_106, sources.BEIJING_CARRIERS_106),
        decision=Phrase(
            zh="防骗提示只点名“1069”。深圳反诈中心提醒“106短信引流诈骗”，北京的运营商也提醒过 10683023xxxx "
               "发来的积分清零短信不是官方活动。所以本站把其他“106”号码的短信和“1069”同样对待：短信需谨慎，带链接的短信危险。"
               "没有来源说到 106 号码打来的电话，来电判为需谨慎。",
            en="The tips name only 1069. The Shenzhen anti-fraud centre warns of scams that lure people through "
               "106 texts, and Beijing's carriers warned that points-clearing texts from 10683023xxxx were no "
               "official offer. So this site treats texts from other 106 numbers like 1069: a text is caution, "
               "a text with a link is danger. No source speaks of calls from 106 numbers: a call is caution.",
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
            sms("10655012345678"), "1065902101234", sms("106810001234"),
            sms("10683023123456", "您的积分即将清零，点击 t.cn/abc 兑换"),
        ),
        misses=("106912345678", "010 6561 2308", "+86 10 6561 2308", "1065"),
    ),
    Rule(
        id="roaming-service-number",
        risk=CAUTION,
        page="more-scams",
        where=("abroad",),
        shown=(CN_INTL,),
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
               "warned of numbers disguised as their published ones, so it is caution: hang up and dial the "
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
        id="lookalike-number",
        risk=DANGER,
        page="more-scams",
        shown=CHINESE,
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
               "them (40095588, 10600095588, 100860). This site grades as danger a bank, carrier, police, "
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
            "40095588", sms("10600095588", "您的积分即将清零"), sms("100860"), "955880", "9558", "1008",
            "80010086", "400110", "961100", "123080", abroad("40095588"),
        ),
        misses=("95588", "10086", "110", "96110", "4008001234", "1065795555123", "951058"),
    ),
    Rule(
        id="letters-in-number",
        risk=DANGER,
        page="more-scams",
        shown=(LETTERS,),
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
            en="This sender number has letters that look like digits, such as \"l0086\", with a small "
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
        shown=(DOMESTIC,),
        landline=True,
        national=rf"{AREA}955\d\d",
        sources=(sources.QILU_AREA_CODE, sources.ICBC_GUANGXI_NUMBERS),
        decision=Phrase(
            zh="警方和工商银行都提醒过“区号+955xx”的来电。但银行员工也说过，银行后台外呼时可能显示所在地的区号"
               "（长江日报 2015 年 2 月 4 日报道，本站未找到原文网址），所以判为需谨慎，而不是危险：挂断后自己拨打 955xx 核实。",
            en="Police and ICBC have warned of calls from \"area code + 955xx\". But bank staff have also said "
               "that a bank's back office may show its local area code when it calls out (reported by "
               "Changjiang Daily on 4 February 2015; we could not find the article's address), so it is "
               "caution, not danger: hang up and dial the 955xx number yourself.",
        ),
        title=Phrase(
            zh="区号加银行客服号码（如 010-95588）：先挂断，自己拨打 955xx 核实",
            en="An area code before a bank's number (such as 010-95588): hang up and dial the 955xx number "
               "yourself",
        ),
        explanation=Phrase(
            zh="银行客服号码是 95588 这样的 5 位号码。前面加了区号的来电常被骗子用来冒充银行，"
               "但也可能是银行后台外呼，无法从号码判断。",
            en="A bank's customer-service number is five digits, such as 95588. Scammers often pose as a "
               "bank with an area code in front, but a bank's back office may also call that way: the "
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
        shown=(DOMESTIC,),
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
               "lands among the real ones; so a text with a link from these numbers is danger. The 12315 source "
               "is a market regulator (not the police, a bank, a carrier or MIIT): it says scammers claim to be "
               "12315 staff; the fake base stations are documented by police and carriers. We found no public "
               "source about 12345 being imitated, so 12345 is not included.",
        ),
        title=Phrase(
            zh="运营商或 12315 的号码：来电可以接听，带链接的短信可能是伪基站发的",
            en="A carrier's number or 12315: answerable on a call, but a text with a link may come from a "
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
                zh="来电可以接听；对方要验证码、密码或转账时，挂断后自己拨打这个号码核实。",
                en="You can answer a call; if the caller asks for a code, a password or money, hang up and dial "
                   "the number yourself to check.",
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
        shown=(DOMESTIC,),
        national=VOUCHED,
        text="flagged",
        unless=("fake-12381", "lookalike-number"),
        sources=(sources.TONGLIANG_FAKE_BASE_STATION, sources.TONGLIANG_SAME_THREAD, sources.ZHENJIANG_SAME_THREAD),
        decision=Phrase(
            zh="防骗提示说 95 号码可以接听、96110 一定要接、12381 一定要看。但伪基站能冒用这些号码（警方点名了 95533），"
               "假短信会和真短信排在一起。所以这些号码的内容里有链接或诈骗话术时，本站至少判为需谨慎，不让号码单独说了算。",
            en="The tips say 95 numbers can be answered, 96110 must be answered and 12381 must be read. But "
               "fake base stations can use these numbers (police named 95533), and the fake text sits among the "
               "real ones. So when the content from these numbers has a link or a scam phrase, this site grades "
               "it caution at least: the number alone does not decide.",
        ),
        title=Phrase(
            zh="官方号码发来的内容有链接或诈骗话术：号码不能证明是真的",
            en="An official number's message has a link or a scam phrase: the number proves nothing",
        ),
        explanation=Phrase(
            zh="伪基站和改号软件能冒用银行、96110、12381 等官方号码，假短信还会和以前的真短信排在一起。"
               "号码看起来是官方的，内容却有链接或诈骗话术时，要当作可能是假的。",
            en="Fake base stations and number-changing software can use the numbers of banks, 96110 or "
               "12381, and a fake text lands among the real ones. When an official-looking number sends a "
               "link or a scam phrase, treat it as possibly fake.",
        ),
        advice=(
            NO_LINK,
            NO_DETAILS,
            OPEN_OFFICIAL,
        ),
        matches=(
            sms("95533", "您的积分可兑换现金，点击 t.cn/abc"),
            sms("95588", "您的网银已失效，请登录 icbc-help.top 重新激活"),
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
    # --- Beyond the advisory (本站补充): the scripts police warn about most, each with its source.
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
            en="Police say there is no such thing as a \"safe account\". Being told to move money to a \"safe\" "
               "or \"supervised\" account is danger, whatever the number.",
        ),
        title=Phrase(
            zh="要你把钱转到“安全账户”：这是诈骗",
            en="Told to move money to a \"safe account\": it is a scam",
        ),
        explanation=Phrase(
            zh="没有所谓的“安全账户”。说你的钱不安全、要你转到“安全账户”或“监管账户”的，都是骗子。",
            en="There is no such thing as a \"safe account\". Anyone who says your money is at risk and "
               "must go to a \"safe\" or \"supervised\" account is a scammer.",
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
               "要在电话或视频里做笔录的，判为危险。",
            en="Police say that the police, prosecutors and courts do not handle cases online by phone, text, "
               "WeChat or QQ, and do not take statements over the phone. A call or text that brings in the "
               "police, prosecutors or courts, or wants a statement by phone or video, is danger.",
        ),
        title=Phrase(
            zh="“公检法”在电话里办案、做笔录：这是诈骗",
            en="\"The police\" handling your case by phone: it is a scam",
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
               "is danger.",
        ),
        title=Phrase(
            zh="要你保密、别告诉家人：这是诈骗",
            en="Told to keep it secret from your family: it is a scam",
        ),
        explanation=Phrase(
            zh="骗子会要你“只和我联系”“不要告诉家人”“不要告诉银行”。警方说，这样要求的都是诈骗。",
            en="Scammers tell you to \"talk only to me\", \"don't tell your family\" or \"don't tell the "
               "bank\". Police say that this is always a scam.",
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
               "to share your screen, allow remote control or install a meeting app is danger.",
        ),
        title=Phrase(
            zh="要你共享屏幕或开会议 App：这是诈骗",
            en="Asked to share your screen or join a meeting app: it is a scam",
        ),
        explanation=Phrase(
            zh="打开屏幕共享或远程控制，对方就能看到你收到的验证码和银行卡信息。",
            en="With screen sharing or remote control on, the other side sees the codes and card details "
               "you receive.",
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
               "a code or password is danger; a real text's reminder such as \"never tell anyone this code\" "
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
               "turns points into cash. Real points reminders exist too, so such content is caution, and a text "
               "with a link is danger.",
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
            en="ICBC warns of scam texts saying \"your password device has expired\" or \"your online banking "
               "has lapsed\"; the banking regulator (a regulator, not the police, a bank, a carrier or MIIT) says "
               "scammers claim that mobile banking, a bank card or an ID card has expired, to lure people to a "
               "fake mobile-banking site through a link. Such content is caution; a text with a link is danger.",
        ),
        title=Phrase(
            zh="网银失效、密码器过期、实名补录：假银行的借口",
            en="Online banking lapsed, password device expired, re-register your ID: a fake bank's pretext",
        ),
        explanation=Phrase(
            zh="骗子说你的网银、银行卡、密码器或身份证过期失效，要你点链接“升级”或“补录”，把你引到假的手机银行。",
            en="Scammers say your online banking, card, password device or ID has expired, and send a link "
               "to \"upgrade\" or \"re-register\" that leads to a fake mobile bank.",
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
               "verifying again is caution; a text with a link is danger.",
        ),
        title=Phrase(
            zh="ETC 失效、需要认证：这是诈骗借口",
            en="Your ETC has lapsed and needs verifying: a scam pretext",
        ),
        explanation=Phrase(
            zh="ETC 不存在二次认证。骗子说你的 ETC 失效或停用，要你点链接认证，骗取银行卡和验证码。",
            en="There is no second ETC verification. Scammers say your ETC has lapsed or been suspended and "
               "send a link to \"verify\" it, to get your card details and codes.",
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
        misses=(sms("13812345678", "apples, pears, etc. are on sale"), sms("13812345678", "ETC不存在二次认证，谨防诈骗")),
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
               "about a tax refund or a subsidy to claim is caution; a text with a link is danger.",
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
            en="Police call \"cancel your campus loan\" a typical scam; the China Consumers' Association (a "
               "consumer body, not the police, a bank, a carrier or MIIT) says no one can alter a credit record "
               "by hand, so \"credit repair\" is false too. Such content is danger.",
        ),
        title=Phrase(
            zh="注销校园贷、修复征信：这是诈骗",
            en="Cancel a campus loan, repair your credit: it is a scam",
        ),
        explanation=Phrase(
            zh="骗子说你的“校园贷”账户要注销，否则影响征信，或说能“修复征信”，然后让你贷款、转账。个人征信无法人为修改。",
            en="Scammers say your \"campus loan\" account must be cancelled or your credit will suffer, or "
               "offer to \"repair your credit\", then get you to borrow and transfer money. No one can alter "
               "a credit record by hand.",
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
               "all cases. Content about order brushing, paid likes or commission for tasks is danger.",
        ),
        title=Phrase(
            zh="刷单返利、做任务赚佣金：这是诈骗",
            en="Paid tasks, likes for cash, order brushing: it is a scam",
        ),
        explanation=Phrase(
            zh="刷单返利是发案最多的诈骗：先给小额返利，再要你垫付更多钱“做任务”，最后钱要不回来。",
            en="Task-rebate scams are the most common of all: small payouts first, then you are asked to "
               "advance more and more money for \"tasks\", and it never comes back.",
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

# --- Beyond the advisory (本站补充): the kinds of fraud, and demands that are caution alone (kinds.py).
# A demand alone stands down where a script or a kind says better what the message is.
DEMANDS = demands(stand_down=tuple(rule.id for rule in RULES + KINDS if rule.text in ("red-flags", "scheme")))
RULES += KINDS + DEMANDS

RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
