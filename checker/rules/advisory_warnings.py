"""The advisory's rules on what a call or text says: links, the anti-fraud warning lines 96110 and
12381 (and a 12381 text with a link), and the notice's script."""

from __future__ import annotations

from .. import sources
from ..languages import Phrase
from ..marks import NOTICE_MARKS
from ..number import DOMESTIC
from ..rule import CAUTION, DANGER, NOTICE, OFFICIAL, TIPS, Example, Passage, Rule, abroad, sms
from .shared import AREA, HANG_UP, NO_DETAILS, NO_LINK, OFFICIAL_WARNINGS, OPEN_OFFICIAL, SCAMMED

ADVISORY_WARNINGS: tuple[Rule, ...] = (
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
        displays=(DOMESTIC,),
        national=rf"{AREA}?96110",
        advisory=Passage(
            TIPS,
            "“96110”是全国统一的反诈预警劝阻电话。如果接到“96110”来电,说明你或你的亲朋好友正在遭遇电信网络诈骗。",
            "96110 is the nationwide anti-fraud warning line. If 96110 calls you, you or someone close "
            "to you is being targeted by a phone or online scam.",
        ),
        sources=(sources.WEIFANG_96110,),
        decision=Phrase(
            zh="各地反诈中心以“区号 + 96110”外呼（如 025-96110），潍坊警方说来电会显示“地区区号+96110”，所以带区号的形式也算。",
            en="Local anti-fraud centres call as area code + 96110 (such as 025-96110); Weifang police say the "
            'phone shows "area code + 96110", so that form counts too.',
        ),
        title=Phrase(
            zh="96110：反诈预警电话，一定要接",
            en="96110: the anti-fraud warning line. Answer it",
        ),
        explanation=Phrase(
            zh="“96110”是全国统一的反诈预警劝阻电话。接到它的来电，说明你或你的亲友正在遭遇电信网络诈骗。",
            en="96110 is China's nationwide anti-fraud warning line. A call from it means that you, or "
            "someone close to you, is being targeted by a phone or online scam.",
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
        displays=(DOMESTIC,),
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
        displays=(DOMESTIC,),
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
            'and stop paying, and does not ask you to click a link; a "12381" text with a link imitates it, and '
            "is rated Danger.",
        ),
        title=Phrase(
            zh="带链接的“12381”短信：这是仿冒的",
            en='A "12381" text with a link: it is fake',
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
            'information or of crimes, to trick them into giving personal details, "accepting an '
            'investigation" or paying "bail".',
        ),
        decision=Phrase(
            zh="这些话术在任何号码的来电或短信里出现都判为危险；96110 和 12381 的官方提醒会引用这些话术来警告你，"
            "所以不算（这时见 service-number-content）。写在“不会”“请勿”“谨防”之后的话术是提醒，也不算。"
            "提醒说热线不会把通话“转呼至任何其他部门”；本站把说要转接到公安、检察院、法院等部门的话也算作这一条。",
            en="These phrases are rated Danger from any number, on a call or in a text; the official 96110 and "
            "12381 warnings quote them to warn you, so they do not count there (see "
            'service-number-content). A phrase after "does not", "never" or "beware" is a warning and '
            'does not count either. The notice says the hotline does not transfer a call "to any other '
            'department"; this site counts talk of transferring you to the police, prosecutors or a court as '
            "that.",
        ),
        title=Phrase(
            zh="内容带有冒充 12308 的诈骗话术：不要相信",
            en="The message uses the 12308 impersonators' script: do not believe it",
        ),
        explanation=Phrase(
            zh="“个人资料泄露”“涉嫌散布非法信息”“涉嫌违法犯罪”“接受调查”“缴纳保释金”是冒充领保热线的诈骗话术；"
            "“转账到指定账户”“把电话转接到其他部门”是热线不会做的事。",
            en='"Your personal data has leaked", "you are suspected of spreading illegal '
            'information" or "of a crime", "accept an investigation", "pay bail" are the lines of '
            'scammers posing as the consular hotline; "transfer money to a designated account" and "I '
            'will transfer your call to another department" are what the hotline does not do.',
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
)
