"""The advisory's rules on numbers: the 12308 hotline, the 400, 95 and 1069 prefixes, and calls shown
with + or 00. Each quotes the notice (NOTICE) or the tips its republisher added (TIPS)."""

from __future__ import annotations

from .. import sources
from ..languages import Phrase
from ..number import CN_INTL, DOMESTIC, INTL, LOCAL, MALFORMED_INTL
from ..rule import CAUTION, DANGER, NOTICE, SAFE, TIPS, Example, Passage, Rule, abroad, sms
from .shared import CHINESE_DISPLAYS, HANG_UP, NO_CALLBACK, NO_DETAILS, NO_LINK, SERVICE, VERIFY_OFFICIAL

PLUS_00 = Passage(
    TIPS,
    "根据工信部有关规定,境外电话进入我国通信网络时,必须在主叫号码前添加国际冠字“00”"
    "(部分手机将“00”翻译为“+”),且严禁在传送过程中删除该冠字。"
    "如果没有海外业务或亲友,这类来电基本可以判定是海外诈骗电话。",
    "Under the rules of the Ministry of Industry and Information Technology, a call from abroad "
    "that enters China's network must carry the international prefix 00 before the caller's number "
    "(some phones show 00 as +), and the prefix may not be removed on the way. If you have no "
    "business or family abroad, such a call can almost always be taken for a scam call from abroad.",
)
ADVISORY_NUMBERS: tuple[Rule, ...] = (
    Rule(
        id="hotline-12308",
        risk=DANGER,
        page="hotline-12308",
        displays=(*CHINESE_DISPLAYS, LOCAL),
        national=r"(?:10)?(?:656)?12308",
        advisory=Passage(
            NOTICE,
            "热线不会主动拨打公民电话,通知其有个人事项或违法犯罪情况待处理;"
            "不会将来电通话转呼至任何其他部门;不会在通话中要求来电人向指定账户转账汇款。",
            "The hotline does not proactively call citizens to tell them that they have a personal matter or a "
            "criminal case to deal with; it does not transfer a call to any other department; and it does not ask "
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
            "to tell them that they have a personal matter or a criminal case to deal with, does not transfer a call "
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
                en="You can also ask through the 12308 button in the official China Consular app or mini-program.",
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
            Example("12308", where="GB"),
            Example("+86 10 12308", where="HK"),
        ),
        misses=("123080", "1230", "010-65612309", "+1 12308", "+44 10 12308", Example("123080", where="GB")),
    ),
    Rule(
        id="prefix-400",
        risk=DANGER,
        page="numbers",
        displays=CHINESE_DISPLAYS,
        landline=False,
        national=r"400\d{7}",
        advisory=Passage(
            TIPS,
            "该号码仅用于接听,正规企业通常不会通过“400”号码拨打电话。"
            "若接到这类来电,建议不要接听,可能是诈骗分子利用改号软件伪装成企业进行诈骗。",
            "These numbers only receive calls; legitimate companies generally do not call out from a "
            "400 number. If one calls you, it is best not to answer: it may be scammers using "
            "caller-ID spoofing software to pose as a company.",
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
            "from a 400 number may be a scammer using caller-ID spoofing software to pose as a company.",
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
            "4008001234",
            "400-800-1234",
            "400 820 8820",
            "+86 400 800 1234",
            sms("4006695566"),
            abroad("+86 400 800 1234"),
        ),
        misses=("40080012", "400800123456", "04008001234", "+1 400 800 1234"),
    ),
    Rule(
        id="spoofed-service-number",
        risk=DANGER,
        page="numbers",
        displays=(CN_INTL, MALFORMED_INTL),
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
            "caller ID, so it is rated Danger, not Official or OK to answer as the number it imitates would be. 12308 is "
            "published with its country code (+86-10-12308) for people abroad to dial; calls showing 12308 "
            "are covered by hotline-12308. Abroad, +86 before a service number may only be how roaming "
            "shows it (see roaming-service-number); a malformed 00 prefix is rated Danger anywhere.",
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
            "+8695588",
            "00095588",
            "+86 96110",
            "0086 12381",
            "+86 110",
            "+86 025 96110",
            "+000110",
            abroad("00095588"),
        ),
        misses=("95588", "96110", "+86 138 1234 5678", "+86 10 12308", "+95 588", abroad("+8695588")),
    ),
    Rule(
        id="international",
        risk=DANGER,
        page="numbers",
        where=("cn",),
        displays=(INTL, MALFORMED_INTL),
        advisory=PLUS_00,
        decision=Phrase(
            zh="前缀后面的国家代码不是 86（包括不存在的国家代码）都算境外来电。这条提示是给在中国大陆的手机的："
            "在中国大陆以外，带“+”或“00”的号码可能只是所在地或第三国的正常来电，所以选了中国大陆以外的地方时不用这条规则。",
            en="Any country code other than 86 after the prefix counts as a call from abroad, including "
            "codes that do not exist. The tip is for a phone in mainland China: elsewhere, a number with + or 00 "
            "may be an ordinary call from where you are or a third country, so it does not apply there.",
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
            "almost always be taken for a scam from abroad. Note that +95 is the country code of Myanmar, not "
            "a 95 customer-service line.",
        ),
        advice=(
            Phrase(
                zh="没有海外业务或亲友，就不要接听、不要回拨。",
                en="Unless you have business or family abroad, do not answer and do not call back.",
            ),
            NO_DETAILS,
        ),
        matches=(
            "+95 1 234 567",
            "+44 20 7946 0958",
            "001 212 555 0100",
            "+1-202-555-0143",
            "00095588",
            "+999 123 456",
        ),
        misses=(
            "+86 138 1234 5678",
            "0086 10 12308",
            "95588",
            "013812345678",
            abroad("+44 20 7946 0958"),
            abroad("+1-202-555-0143"),
        ),
    ),
    Rule(
        id="cn-international-prefix",
        risk=CAUTION,
        page="numbers",
        where=("cn",),
        displays=(CN_INTL,),
        unless=("hotline-12308", "spoofed-service-number", "lookalike-number"),
        advisory=PLUS_00,
        decision=Phrase(
            zh="公告只说“00”或“+”开头的是境外来电。在中国大陆，国内号码前显示 +86 或 0086，"
            "可能是经境外线路打来的改号电话，也可能是漫游或网络电话，所以判为需谨慎，而不是危险。"
            "在国外，来自国内的电话本来就显示 +86，所以选了“我在国外”时不用这条规则。",
            en="The advisory says only that a 00 or + in front marks a call from abroad. In mainland China, a "
            "Chinese number shown with +86 or 0086 may be a call routed from abroad under a faked number, "
            "or roaming or an internet phone line, so it is rated Caution rather than Danger. Abroad, calls from "
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
        displays=(DOMESTIC,),
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
            zh="5 到 6 位的“95”号码：大企业的客服号码，号码本身没问题",
            en="A 95 number of 5 or 6 digits: a large company's customer-service line; the number itself is fine",
        ),
        explanation=Phrase(
            zh="“95”开头的号码长度一般为 5 或 6 位，是银行、证券、保险、航空、快递、石油、铁路、电力等大企业的客服号码，"
            "号码本身没问题，但来电显示可以伪装，要听对方说什么。",
            en="Numbers starting with 95 are usually 5 or 6 digits long; those are the customer-service "
            "lines of large companies in banking, securities, insurance, aviation, couriers, oil, "
            "railways or electric power. The number itself is fine, but a caller ID can be faked: listen to what "
            "they say.",
        ),
        advice=(
            Phrase(
                zh="可以接听，但要听对方说什么。",
                en="You can answer it, but listen to what they say.",
            ),
            Phrase(
                zh="如果对方要你转账、提供验证码或密码，先挂断，再自己拨打这个号码核实。",
                en="If the caller asks for money, a code or a password, hang up and dial the number yourself to check.",
            ),
        ),
        matches=("95588", "95599", "955-88", "951058", sms("95555"), abroad("95588")),
        misses=("9558", "9558800", "+8695588", "00095588", "0951 1234567", "+95 588", "955880"),
    ),
    Rule(
        id="prefix-95-long",
        risk=DANGER,
        page="numbers",
        displays=CHINESE_DISPLAYS,
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
        displays=CHINESE_DISPLAYS,
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
            en="The tips list 1069 among the numbers not to answer, call back or click links from, and ask for care. "
            "The checker rates a call Danger, a text Caution, and a text with a link Danger. "
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
        matches=(
            "10690000123456",
            "1069 0123 4567 8",
            sms("106912345678"),
            sms("10691234567890", "点击 t.cn/abc 领取"),
        ),
        misses=("1068012345678", "010 6912 3456", "+86 10 6912 3456", "1069"),
    ),
)
