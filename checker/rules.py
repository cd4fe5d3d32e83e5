"""The rule table: every rule of the advisory, and every decision beyond it, as data.

This table is the one source for the checker, the site's rules page, the widget's
explanations and the tests (each rule's ``matches`` and ``misses`` are run). Rule ids
are public: the site links to ``<page>/#<id>`` and the widget reports them.
"""

from __future__ import annotations

from .number import CN_INTL, DOMESTIC, INTL, MALFORMED_INTL
from .rule import CAUTION, DANGER, OFFICIAL, SAFE, Decision, Example, Passage, Rule, Texts, sms

# Where a number may be shown for a rule about Chinese numbers. Domestic-only rules
# (the safe and official ones) must never vouch for a number shown with +86 or 00.
CHINESE = (DOMESTIC, CN_INTL)
# Chinese area codes (without the trunk 0): 10 and 2x, else three digits from 3xx to 9xx.
AREA = r"(?:10|2\d|[3-9]\d\d)"
# Numbers that only exist inside China: 1xx emergency, 1xxxx public services,
# 95xxx(x) company lines, and 96110 with or without an area code.
SERVICE = rf"1\d\d|1\d{{4}}|95\d{{3,4}}|{AREA}?96110"

# Advice shared by several rules, written once.
HANG_UP = ("立即挂断。", "Hang up at once.")
NO_CALLBACK = ("不要点击通话记录回拨。", "Do not call back from your call log.")
NO_DETAILS = (
    "不要透露个人信息、验证码或密码，不要转账汇款。",
    "Do not give personal details, codes or passwords, and do not transfer money.",
)
NO_LINK = ("不要点击短信里的链接。", "Do not click any link in the text.")
VERIFY_OFFICIAL = (
    "如需核实，挂断后自己拨打该机构公布的官方号码。",
    "To check, hang up and dial the organisation's published number yourself.",
)
SCAMMED = (
    "如已转账或泄露信息，第一时间拨打 110 报警。",
    "If you have already paid or given details, call 110 at once.",
)


def _advice(*pairs: tuple[str, str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return tuple(zh for zh, _ in pairs), tuple(en for _, en in pairs)


def _texts(title: tuple[str, str], explanation: tuple[str, str], *advice: tuple[str, str]) -> dict[str, Texts]:
    zh_advice, en_advice = _advice(*advice)
    return {
        "zh": Texts(title[0], explanation[0], zh_advice),
        "en": Texts(title[1], explanation[1], en_advice),
    }


PLUS_00 = Passage(
    "根据工信部有关规定,境外电话进入我国通信网络时,必须在主叫号码前添加国际冠字“00”"
    "(部分手机将“00”翻译为“+”),且严禁在传送过程中删除该冠字。"
    "如果没有海外业务或亲友,这类来电基本可以判定是海外诈骗电话。",
    "Under the rules of the Ministry of Industry and Information Technology, a call from abroad "
    "that enters China's network must carry the international prefix 00 before the caller's number "
    "(some phones show 00 as +), and the prefix may not be removed on the way. If you have no "
    "business or family abroad, such a call can basically be judged an overseas scam call.",
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="hotline-12308",
        risk=DANGER,
        page="hotline-12308",
        shown=CHINESE,
        national=r"(?:10)?(?:656)?12308",
        advisory=Passage(
            "热线不会主动拨打公民电话,通知其有个人事项或违法犯罪情况待处理;"
            "不会将来电通话转呼至任何其他部门;不会在通话中要求来电人向指定账户转账汇款。",
            "The hotline does not call citizens to tell them of personal matters or criminal cases "
            "awaiting them; it does not transfer a call to any other department; and it does not ask "
            "a caller to transfer money to a designated account.",
        ),
        **_texts(
            (
                "显示 12308 领保热线号码的来电：热线不会主动给你打电话",
                "A call showing the 12308 consular hotline: the hotline does not call people",
            ),
            (
                "外交部12308领保热线不会主动拨打公民电话通知个人事项或违法犯罪情况，"
                "不会把通话转接到其他部门，也不会要求向指定账户转账汇款。"
                "不法分子用技术手段冒用这个号码来电。",
                "The Foreign Ministry's 12308 consular protection hotline never calls citizens about "
                "personal matters or criminal cases, never transfers a call to another department and "
                "never asks for money to be sent to a designated account. Scammers use technical tricks "
                "to make their calls show this number.",
            ),
            HANG_UP,
            (
                "如需核实，自己拨打 +86-10-12308，或用“中国领事”App、小程序里的“12308”功能咨询。",
                "To check, dial +86-10-12308 yourself, or use the 12308 button in the official "
                "China Consular app or mini-program.",
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
            "该号码仅用于接听,正规企业通常不会通过“400”号码拨打电话。"
            "若接到这类来电,建议不要接听,可能是诈骗分子利用改号软件伪装成企业进行诈骗。",
            "These numbers only receive calls; legitimate companies generally do not call out from a "
            "400 number. If one calls you, it is best not to answer: it may be scammers using "
            "number-changing software to pose as a company.",
        ),
        **_texts(
            ("400 开头的号码：正规企业不会用它打给你", "A 400 number: real companies do not call from one"),
            (
                "“400”开头的号码是企业专用电话，一般用作客服、售后电话，只用于接听。"
                "接到“400”来电，可能是骗子用改号软件伪装成企业。",
                "Numbers starting with 400 belong to companies, which use them for customer service "
                "and only to receive calls. A call from a 400 number may be a scammer using "
                "number-changing software to pose as a company.",
            ),
            ("不要接听；已接通就挂断。", "Do not answer; if you already have, hang up."),
            VERIFY_OFFICIAL,
            NO_CALLBACK,
        ),
        matches=("4008001234", "400-800-1234", "400 820 8820", "+86 400 800 1234", sms("4006695566")),
        misses=("40080012", "400800123456", "04008001234", "+1 400 800 1234"),
    ),
    Rule(
        id="spoofed-service-number",
        risk=DANGER,
        page="numbers",
        shown=(CN_INTL, MALFORMED_INTL),
        national=SERVICE,
        advisory=PLUS_00,
        decision=Decision(
            "110、96110、12381、12308、95xxx 这类服务号码只在国内使用，从不带国家代码显示。"
            "带 +86、0086 或错误的 00 前缀（如 00095588）显示的服务号码，是经国际线路改号的来电，"
            "所以判为危险，而不是它冒充的官方或安全号码。",
            "Service numbers such as 110, 96110, 12381, 12308 and 95xxx exist only inside China and "
            "are never shown with a country code. One shown with +86, 0086 or a malformed 00 prefix "
            "(such as 00095588) came in through an international line with a faked caller ID, so it "
            "is danger, never the official or safe number it imitates.",
        ),
        **_texts(
            (
                "带国际前缀的服务号码：这是伪装的来电",
                "A service number with an international prefix: the caller ID is faked",
            ),
            (
                "银行、公安、反诈中心等服务号码只在国内使用，不会带 +86、0086 或 00 显示。"
                "这样显示的号码是境外来电冒充的。",
                "Service numbers of banks, the police or the anti-fraud centre work only inside China "
                "and never show +86, 0086 or 00 in front. A number shown that way is a call from abroad "
                "in disguise.",
            ),
            HANG_UP,
            (
                "需要联系这个机构时，自己直接拨打不带前缀的官方号码。",
                "If you need that organisation, dial its official number yourself, without any prefix.",
            ),
            NO_CALLBACK,
        ),
        matches=("+8695588", "00095588", "+86 96110", "0086 12381", "+86 110", "+86 025 96110", "+000110"),
        misses=("95588", "96110", "+86 138 1234 5678", "+86 10 12308", "+95 588"),
    ),
    Rule(
        id="international",
        risk=DANGER,
        page="numbers",
        shown=(INTL, MALFORMED_INTL),
        advisory=PLUS_00,
        decision=Decision(
            "前缀后面的国家代码不是 86（包括不存在的国家代码）都算境外来电。"
            "住在国外的读者会常常接到当地号码，本规则针对的是你不认识的来电。",
            "Any country code other than 86 after the prefix counts as a call from abroad, including "
            "codes that do not exist. Readers who live abroad get local calls all the time: the rule "
            "is about callers you do not know.",
        ),
        **_texts(
            (
                "“00”或“+”开头的境外号码：没有海外业务或亲友就别接",
                "A number starting with 00 or +: a call from abroad",
            ),
            (
                "境外电话进入我国网络时必须带国际冠字“00”（部分手机显示为“+”）。"
                "如果你没有海外业务或亲友，这类来电基本可以判定是境外诈骗电话。"
                "注意：“+95”是缅甸的国家代码，不是“95”开头的客服号码。",
                "A call from abroad must reach China's network with the international prefix 00, "
                "which some phones show as +. If you have no business or family abroad, such a call is "
                "almost certainly an overseas scam. Note that +95 is the country code of Myanmar, not "
                "a 95 customer-service line.",
            ),
            (
                "没有海外业务或亲友，就不要接听、不要回拨。",
                "Unless you have business or family abroad, do not answer and do not call back.",
            ),
            NO_DETAILS,
        ),
        matches=("+95 1 234 567", "+44 20 7946 0958", "001 212 555 0100", "+1-202-555-0143", "00095588", "+999 123 456"),
        misses=("+86 138 1234 5678", "0086 10 12308", "95588", "013812345678"),
    ),
    Rule(
        id="cn-international-prefix",
        risk=CAUTION,
        page="numbers",
        shown=(CN_INTL,),
        unless=("hotline-12308", "spoofed-service-number"),
        advisory=PLUS_00,
        decision=Decision(
            "公告只说“00”或“+”开头的是境外来电。国内号码前显示 +86 或 0086，"
            "可能是经境外线路打来的改号电话，也可能是漫游或网络电话，所以判为需谨慎，而不是危险。",
            "The advisory says only that a 00 or + in front marks a call from abroad. A Chinese number "
            "shown with +86 or 0086 may be a call routed from abroad under a faked number, or roaming "
            "or an internet phone line, so it is caution rather than danger.",
        ),
        **_texts(
            (
                "国内号码前带 +86 或 0086：可能经境外线路打来",
                "A Chinese number shown with +86 or 0086: it may come from abroad",
            ),
            (
                "国内的来电一般不会显示 +86 或 0086。这样显示的号码可能经境外线路打来，也可能是漫游或网络电话。",
                "Calls from inside China do not normally show +86 or 0086. A number shown that way may "
                "have come in from abroad, or be roaming or an internet phone line.",
            ),
            (
                "如果不认识这个号码，不要轻信来电内容。",
                "If you do not know the number, do not trust what the caller says.",
            ),
            NO_DETAILS,
        ),
        matches=("+86 138 1234 5678", "0086 13812345678", "+86 21 6123 4567", "+86 400 800 1234", "+86-10-88886666"),
        misses=("13812345678", "+8695588", "+86 10 12308", "+1 415 555 0100"),
    ),
    Rule(
        id="prefix-95-short",
        risk=SAFE,
        page="numbers",
        shown=(DOMESTIC,),
        landline=False,
        national=r"95\d{3,4}",
        advisory=Passage(
            "“95”开头的号码,长度一般为5或6位,是银行、证券、保险、航空、物流(快递)、石油、铁路、"
            "电力行业里大型企业所用的客户服务号码,可放心接听。",
            "Numbers starting with 95 are usually 5 or 6 digits long. They are the customer-service "
            "numbers of large companies in banking, securities, insurance, aviation, logistics "
            "(couriers), oil, railways and electric power, and are safe to answer.",
        ),
        **_texts(
            (
                "5 到 6 位的“95”号码：大企业的客服电话",
                "A 95 number of 5 or 6 digits: a large company's customer service",
            ),
            (
                "5 或 6 位的“95”开头号码是银行、证券、保险、航空、快递、石油、铁路、电力等大企业的客服号码，可以放心接听。",
                "A number of 5 or 6 digits starting with 95 is the customer-service line of a large "
                "company in banking, securities, insurance, aviation, couriers, oil, railways or "
                "electric power. It is safe to answer.",
            ),
            ("可以接听。", "You can answer it."),
            (
                "如果对方要你转账、提供验证码或密码，先挂断，再自己拨打这个号码核实。",
                "If the caller asks for money, a code or a password, hang up and dial the number "
                "yourself to check.",
            ),
        ),
        matches=("95588", "95599", "955-88", "951058", sms("95555")),
        misses=("9558", "9558800", "+8695588", "00095588", "0951 1234567", "+95 588"),
    ),
    Rule(
        id="prefix-95-long",
        risk=DANGER,
        page="numbers",
        shown=CHINESE,
        landline=False,
        national=r"95\d{5,}",
        advisory=Passage(
            "如果接到超过6位的“95”开头电话,尽量不要接听。诈骗分子通常用买来或租借的“95”号段号码"
            "捆绑语音机器人,一天内拨出成千上万个电话,漫天撒网后筛选出重点对象进行引流,"
            "再通过人工客服实施精准诈骗。",
            "If a number starting with 95 and longer than 6 digits calls you, try not to answer. "
            "Scammers tie bought or rented 95 numbers to voice robots that make thousands of calls a "
            "day, cast a wide net to pick out targets, and then hand them to human operators for a "
            "tailored scam.",
        ),
        **_texts(
            (
                "超过 6 位的“95”号码：常被骗子用来群呼",
                "A 95 number longer than 6 digits: often a scammers' robocall line",
            ),
            (
                "正规的“95”客服号码只有 5 或 6 位。超过 6 位的“95”号码常被骗子买来或租来，"
                "用语音机器人一天拨出成千上万个电话，筛选目标后再由人工实施诈骗。",
                "Real 95 customer-service numbers have only 5 or 6 digits. Longer 95 numbers are often "
                "bought or rented by scammers, whose voice robots dial thousands of people a day to "
                "pick out targets for a human scammer.",
            ),
            ("尽量不要接听；已接通就挂断。", "Try not to answer; if you already have, hang up."),
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
            "部分拥有“1069”资质的企业,违规将“1069”号码层层出售、转包,最终被诈骗分子利用实施诈骗。"
            "收到“1069”开头的电话或短信,尤其是内容中带有链接的,务必谨慎操作。",
            "Some companies licensed for 1069 numbers illegally resell and sublet them, and they end "
            "up in scammers' hands. Be very careful with any call or text from a number starting with "
            "1069, above all one whose content has a link.",
        ),
        decision=Decision(
            "公告把 1069 列为“别接、别回、别点”的号码之一，并说要谨慎。本工具把来电判为危险，"
            "普通短信判为需谨慎，带链接的短信判为危险。",
            "The advisory lists 1069 among the numbers not to answer, call back or click, and asks "
            "for care. The checker grades a call as danger, a text as caution, and a text with a link "
            "as danger.",
        ),
        **_texts(
            (
                "“1069”开头的号码：常被转卖给骗子的短信号码",
                "A 1069 number: bulk-text numbers often resold to scammers",
            ),
            (
                "“1069”号码由第三方短信平台经营，为企业发送短信。部分企业违规层层转卖，"
                "最终被骗子用来打电话或发短信，带链接的尤其危险。",
                "1069 numbers are run by third-party platforms that send texts for companies. Some "
                "companies illegally resell them down a chain until scammers use them to call and text; "
                "texts with links are the most dangerous.",
            ),
            ("来电不要接听，也不要回拨。", "Do not answer a call from it, and do not call back."),
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
        advisory=Passage("做到未知链接不点击", "Never click unknown links."),
        decision=Decision(
            "任何短信里的链接都会提示，不论发送号码是什么：包括 http(s)、www.、不带前缀的域名和短链接。",
            "A link in any text is flagged, whoever sent it: http(s), www., bare domains and short links.",
        ),
        **_texts(
            ("短信里有链接：不要点", "The text contains a link: do not click it"),
            (
                "骗子常在短信里放链接，引你进入假网站或下载涉诈 App。",
                "Scammers put links in texts to lead you to fake websites or to fraudulent apps.",
            ),
            NO_LINK,
            (
                "需要办理业务时，自己打开官方 App 或官网。",
                "If you need the service, open its official app or website yourself.",
            ),
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
            "“96110”是全国统一的反诈预警劝阻电话。如果接到“96110”来电,说明你或你的亲朋好友正在遭遇电信网络诈骗。",
            "96110 is the nationwide anti-fraud warning line. If 96110 calls you, you or someone close "
            "to you is being targeted by a telecom or online scam.",
        ),
        decision=Decision(
            "各地反诈中心常以“区号 + 96110”外呼（如 025-96110），所以带区号的形式也算。",
            "Local anti-fraud centres often call as area code + 96110 (such as 025-96110), so that form "
            "counts too.",
        ),
        **_texts(
            ("96110：反诈预警电话，一定要接", "96110: the anti-fraud warning line. Answer it"),
            (
                "“96110”是全国统一的反诈预警劝阻电话。接到它的来电，说明你或你的亲友可能正在遭遇电信网络诈骗。",
                "96110 is China's nationwide anti-fraud warning line. A call from it means that you, "
                "or someone close to you, may be the target of a scam right now.",
            ),
            ("接听，并按民警的提醒做。", "Answer it and follow the officer's advice."),
            (
                "立即停止与可疑人员联系，不要转账。",
                "Stop all contact with the suspected scammer and do not transfer money.",
            ),
        ),
        matches=("96110", "025-96110", "010 96110", "0755-96110", sms("96110")),
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
            "若收到12381涉诈预警劝阻短信,应提高警惕,及时终止与诈骗分子联系或止付资金。",
            "If you receive an anti-fraud warning text from 12381, be on your guard: stop contact with "
            "the scammers at once, or stop the payment.",
        ),
        **_texts(
            ("12381：反诈预警短信，一定要看", "12381: the anti-fraud warning text. Read it"),
            (
                "12381 是工信部和公安部的涉诈预警劝阻短信系统，提示你可能正面临电信网络诈骗。",
                "12381 is the anti-fraud warning text system of the Ministry of Industry and "
                "Information Technology and the Ministry of Public Security. Its text means you may be "
                "facing a scam.",
            ),
            ("认真看完这条短信，提高警惕。", "Read the text carefully and be on your guard."),
            (
                "立即停止与可疑人员联系，正在付的款马上停止。",
                "Stop contact with the suspected scammer now, and stop any payment under way.",
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
        decision=Decision(
            "公告说 12381 短信要看。真正的 12381 预警短信只提醒你停止联系、停止付款，不带链接；"
            "带链接的“12381”短信是仿冒的，判为危险。",
            "The advisory says to read 12381 texts. Genuine 12381 warnings tell you to stop contact "
            "and stop paying, and carry no links; a \"12381\" text with a link imitates them, and is "
            "danger.",
        ),
        **_texts(
            ("带链接的“12381”短信：这是仿冒的", "A \"12381\" text with a link: it is fake"),
            (
                "真正的 12381 预警短信不带链接。这条短信有链接，是冒充预警系统的诈骗短信。",
                "Genuine 12381 warning texts carry no links. This one has a link, so it imitates the "
                "warning system.",
            ),
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
        unless=("anti-fraud-96110", "anti-fraud-12381"),
        advisory=Passage(
            "有不法分子通过技术手段冒用12308领保热线号码致电,以个人资料泄露、涉嫌散布非法信息、"
            "涉嫌违法犯罪等为由,诱骗接电人提供个人信息、“接受调查”、缴纳“保释金”等实施诈骗。",
            "Criminals have used technical means to call from the 12308 hotline's number, claiming "
            "that the person's data has leaked, that they are suspected of spreading illegal "
            "information or of crimes, to trick them into giving personal details, \"accepting an "
            "investigation\" or paying \"bail\".",
        ),
        decision=Decision(
            "这些话术在任何号码的来电或短信里出现都判为危险；96110 和 12381 的官方提醒会引用这些话术来警告你，所以不算。",
            "These phrases mean danger from any number, on a call or in a text; the official 96110 and "
            "12381 warnings quote them to warn you, so they do not count there.",
        ),
        **_texts(
            ("内容带有诈骗话术：不要相信", "The message uses the scam script: do not believe it"),
            (
                "“个人资料泄露”“涉嫌散布非法信息”“涉嫌违法犯罪”“接受调查”“缴纳保释金”“转账到指定账户”"
                "“把电话转接到其他部门”，都是冒充官方的诈骗话术。",
                "\"Your personal data has leaked\", \"you are suspected of spreading illegal "
                "information\" or \"of a crime\", \"accept an investigation\", \"pay bail\", \"transfer "
                "money to a designated account\", \"I will transfer your call to another department\": "
                "these are the lines of scammers posing as officials.",
            ),
            HANG_UP,
            NO_DETAILS,
            SCAMMED,
        ),
        matches=(
            sms("13812345678", "您的个人资料泄露，涉嫌违法犯罪，请接受调查"),
            Example("+44 20 7946 0958", "call", "需要缴纳保釋金"),
            Example("13812345678", "call", "You are suspected of money laundering; pay bail to a safe account"),
            Example("95588", "call", "请把钱转到安全账户"),
            Example("12308", "call", "我帮您把电话轉接到公安局"),
        ),
        misses=(
            Example("13812345678", "call", "明天一起吃饭"),
            Example("96110", "call", "有人冒充公检法要你缴纳保释金，请不要相信"),
            sms("12381", "公安机关不会要求转账到安全账户"),
        ),
    ),
    Rule(
        id="emergency-110",
        risk=CAUTION,
        page="check",
        shown=(DOMESTIC,),
        national=rf"{AREA}?110",
        decision=Decision(
            "公告没有提到 110 打来的电话。110 是你报警时拨打的号码；刚报过警的人可能接到民警回电，"
            "但没报警却接到显示 110 的来电或短信，说你涉案、要你转账，是常见的冒充手法。所以判为需谨慎。",
            "The advisory does not mention calls from 110. 110 is the number you dial for the police; "
            "someone who has just called 110 may get a call back, but an unexpected call or text "
            "showing 110 that speaks of a case against you or asks for money is a common "
            "impersonation. So it is caution.",
        ),
        **_texts(
            ("显示 110 的来电：先想想你是否刚报过警", "A call showing 110: did you just call the police?"),
            (
                "110 是报警电话，是你拨出去的号码。如果你没有报警却接到显示 110 的来电或短信，"
                "对方说你涉案或要你转账，就是冒充警察的诈骗。",
                "110 is the police emergency number, for you to dial. If you did not just call the "
                "police and a call or text showing 110 talks of a case against you or asks for money, "
                "it is a scammer posing as the police.",
            ),
            (
                "没报过警就挂断，自己拨打 110 核实。",
                "If you did not call the police, hang up and dial 110 yourself to check.",
            ),
            (
                "警察不会在电话里要你转账或提供密码。",
                "The police never ask for money or passwords over the phone.",
            ),
        ),
        matches=("110", "021-110", sms("110")),
        misses=("+86 110", "1100", "1101"),
    ),
    Rule(
        id="prefix-800",
        risk=CAUTION,
        page="check",
        shown=CHINESE,
        landline=False,
        national=r"800\d{7}",
        decision=Decision(
            "公告没有提到 800 号码。800 和 400 一样是企业的免费客服热线，只用于接听，"
            "所以同样提醒；公告没有直接说，判为需谨慎而不是危险。",
            "The advisory does not mention 800 numbers. Like 400 numbers they are companies' "
            "toll-free lines that only receive calls, so they get the same warning; since the "
            "advisory does not say so itself, it is caution rather than danger.",
        ),
        **_texts(
            ("800 开头的号码：企业免费热线一般不外呼", "An 800 number: toll-free lines rarely call out"),
            (
                "800 号码是企业的免费客服热线，和 400 号码一样一般只用于接听。",
                "800 numbers are companies' toll-free customer lines. Like 400 numbers, they are "
                "normally used only to receive calls.",
            ),
            ("最好不要接听。", "It is best not to answer."),
            VERIFY_OFFICIAL,
        ),
        matches=("8008101234", "800-810-1234", "+86 800 810 1234"),
        misses=("80081012", "08008101234", "+1 800 555 0100"),
    ),
    Rule(
        id="prefix-106",
        risk=CAUTION,
        page="check",
        shown=CHINESE,
        landline=False,
        national=r"106[0-8]\d{4,}",
        decision=Decision(
            "公告只点名“1069”。其他“106”号码也是企业短信平台号码，常用于发验证码和通知，也可能被滥用；"
            "来电不正常，短信要当心链接，所以判为需谨慎。",
            "The advisory names only 1069. Other 106 numbers are also bulk-text platform numbers, "
            "used for verification codes and notices but open to the same abuse; a call from one "
            "is abnormal and its texts' links need care, so it is caution.",
        ),
        **_texts(
            ("“106”开头的号码：企业短信平台号码", "A 106 number: a company bulk-text number"),
            (
                "“106”号码是企业用来发验证码和通知的短信号码，一般不会打电话，也可能被骗子利用。",
                "106 numbers are used by companies to send codes and notices by text. They do not "
                "normally call, and scammers can abuse them too.",
            ),
            NO_LINK,
            (
                "不要把验证码告诉任何人。",
                "Never tell anyone a verification code.",
            ),
            VERIFY_OFFICIAL,
        ),
        matches=(sms("10655012345678"), "1065902101234", sms("106810001234")),
        misses=("106912345678", "010 6561 2308", "+86 10 6561 2308", "1065"),
    ),
)

RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
