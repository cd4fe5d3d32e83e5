"""Who to call in the UK, the US, Canada, Australia, New Zealand and Ireland."""

from __future__ import annotations

from ..rule import Citation
from .china import HOME_POLICE, HOTLINE
from .line import BANK, EMBASSY, EMERGENCY, REPORT, TEXTS, Contacts, line


def _en(publisher: str, publisher_en: str, kind: str, date: str, url: str, quote: str) -> Citation:
    """A source in English: its quote is its own English."""
    return Citation(publisher, publisher_en, kind, date, url, quote, quote, "en")


_DURHAM = "https://durham.police.uk/Report-It/101-Live-Chat/Dialwise.aspx"
GB = Contacts(
    "gb",
    (
        line(
            BANK,
            "如已付款：尽快联系你的银行。打银行卡背面的号码，或拨打 159 接通你的银行。",
            "If you have paid: contact your bank as soon as possible, on the number on the back of your card, "
            "or call 159 to reach your bank.",
            _en(
                "英国警方问答网站 Ask the Police",
                "Ask the Police (UK police FAQ)",
                "police",
                "",
                "https://www.askthe.police.uk/faq/?id=e22e8ed5-47fc-ec11-82e6-6045bd0e7a65",
                "If you think you have been the victim of a scam such as this, we recommend that you contact your "
                "bank as soon as possible.",
            ),
            _en(
                "Report Fraud（伦敦市警察局）",
                "Report Fraud (City of London Police)",
                "police",
                "",
                "https://www.reportfraud.police.uk/how-to-report-suspicious-activity/",
                "contact the organisation directly using an email address or phone number you know is correct, "
                "e.g. from your utility bills, via a search engine, on the back of your card or by calling 159 "
                "for banks",
            ),
            numbers=("159",),
        ),
        line(
            EMERGENCY,
            "有生命危险、有人受重伤、罪案正在发生或嫌疑人就在附近时，拨打 999；不紧急、罪案不是正在发生的，拨打 101。",
            "Dial 999 if life is at risk, someone is badly injured, a crime is happening now or the offenders are "
            "nearby; for anything not urgent, or a crime that is not happening now, call 101.",
            _en(
                "达勒姆警察局",
                "Durham Constabulary",
                "police",
                "",
                _DURHAM,
                "999 should only be used in situations where: • Life is at risk • Persons are badly injured • A "
                "crime is in the process of being committed • Offenders are nearby",
            ),
            _en(
                "达勒姆警察局",
                "Durham Constabulary",
                "police",
                "",
                _DURHAM,
                "When to call 101: • To report non-urgent incidents • When a crime is not happening now",
            ),
            numbers=("999", "101"),
        ),
        line(
            REPORT,
            "向 Report Fraud（原 Action Fraud）报告诈骗：网站 reportfraud.police.uk，电话 0300 123 2040。",
            "Report the fraud to Report Fraud (formerly Action Fraud): reportfraud.police.uk or 0300 123 2040.",
            _en(
                "诺丁汉郡警察局",
                "Nottinghamshire Police",
                "police",
                "",
                "https://www.nottinghamshire.police.uk/fraud",
                "You can also report to Action Fraud by calling 0300 123 2040",
            ),
            _en(
                "伦敦市警察局（英国政府新闻稿，Mirage News 转载）",
                "City of London Police (UK government release, reposted by Mirage News)",
                "police",
                "2025-12",
                "https://www.miragenews.com/city-police-launch-fraud-reporting-service-1583577",
                "Members of the public can report cyber crime and fraud at reportfraud.police.uk or by calling "
                "0300 123 2040 (the phone number remains unchanged).",
            ),
            numbers=("0300 123 2040",),
        ),
        line(
            TEXTS,
            "可疑短信免费转发到 7726，你的运营商会调查它的来源。",
            "Forward suspicious texts to 7726, free of charge, so your provider can investigate where they came from.",
            _en(
                "Action Fraud（伦敦市警察局）",
                "Action Fraud (City of London Police)",
                "police",
                "",
                "https://www.actionfraud.police.uk/reportscam",
                "Suspicious text messages should be forwarded to 7726. This free-of-charge short code enables your "
                "provider to investigate the origin of the text and take action, if found to be malicious.",
            ),
            numbers=("7726",),
        ),
        line(
            EMBASSY,
            "中国驻英国使馆领事保护与协助电话：+44-20-72998439。",
            "The Chinese Embassy in the UK, consular protection and assistance: +44-20-72998439.",
            Citation(
                "驻英国使领馆（来源：外交部领事司；knthsk.cn 转载）",
                "Chinese missions in the UK (from the MFA's Department of Consular Affairs; reposted by knthsk.cn)",
                "embassy",
                "2025-09-26",
                "http://www.knthsk.cn/zwgk/xxgk/gaj/ywflxx_561/hjgl/202509/t20250926_10286492.shtml",
                "駐英國使館領事保護與協助電話: +44-2072998439",
                "The Embassy in the UK, consular protection and assistance: +44-2072998439",
                "zh-Hant",
            ),
            numbers=("+44-20-72998439",),
        ),
        HOTLINE,
        HOME_POLICE,
    ),
)

_USA_GOV = (
    "美国政府网站 USA.gov（2023 年存档）",
    "USA.gov (archived 2023)",
    "government",
    "2023-03-27",
    "https://www.usa.gov/stop-scams-frauds",
)
US = Contacts(
    "us",
    (
        line(
            BANK,
            "如已通过银行电汇付款：马上要求银行撤回电汇（wire recall）。",
            "If you wired money through your bank: ask them right away for a wire recall.",
            _en(
                "Mission Valley Bank（转载美国联邦贸易委员会 FTC 的文章）",
                "Mission Valley Bank (reprinting an article by the Federal Trade Commission)",
                "bank",
                "",
                "https://www.missionvalleybank.com/news/fake-emails-could-cost-you-thousands",
                "If you’ve already sent in money to a scammer, act quickly: - If you wired money through your bank, "
                "ask them right away for a wire recall.",
            ),
        ),
        line(
            EMERGENCY,
            "罪案正在发生等紧急情况，拨打 911。",
            "For an emergency such as a crime in progress, call 911.",
            _en(
                "得克萨斯州朗德罗克市警察局",
                "City of Round Rock, Texas, Police Department",
                "police",
                "",
                "https://roundrocktexas.gov/city-departments/police/about-911",
                "9-1-1 should only be used for an emergency such as: - A Crime in Progress - A Fire - Situation "
                "Requiring an Ambulance",
            ),
            numbers=("911",),
        ),
        line(
            REPORT,
            "向联邦贸易委员会（FTC）报告诈骗：ReportFraud.ftc.gov，或电话 1-877-382-4357（美东时间 9:00–20:00）；"
            "有钱财损失的，也向当地警方报案。",
            "Report the scam to the Federal Trade Commission: ReportFraud.ftc.gov, or 1-877-382-4357 (9 am to 8 pm "
            "Eastern); if you lost money, report it to your local police too.",
            _en(*_USA_GOV, "Report the scam to the FTC online, or by phone at 1-877-382-4357 (9:00 AM - 8:00 PM, ET)."),
            _en(*_USA_GOV, "If you lost money or other possessions in a scam, report it to your local police too."),
            numbers=("1-877-382-4357",),
        ),
        line(
            TEXTS,
            "可疑短信转发到 7726。",
            "Forward suspicious texts to 7726.",
            _en(
                "AT&T（运营商）",
                "AT&T (carrier)",
                "carrier",
                "",
                "https://about.att.com/pages/cyberaware/ni/blog/forward_7726",
                "When you get a suspicious or scam text, you CAN do something about it. Forward the message to "
                "7726, so we can work together against the bad guys.",
            ),
            numbers=("7726",),
        ),
        line(
            EMBASSY,
            "中国驻美国使馆领事保护与协助电话：+1-202-4952216；驻纽约总领馆：+1-212-6953125；驻旧金山总领馆："
            "+1-415-9296998；驻洛杉矶总领馆：+1-213-8078052；驻芝加哥总领馆：+1-312-7800170。",
            "Chinese missions in the US, consular protection and assistance: Embassy +1-202-4952216; New York "
            "+1-212-6953125; San Francisco +1-415-9296998; Los Angeles +1-213-8078052; Chicago +1-312-7800170.",
            Citation(
                "中国驻美国大使馆（领事直通车，西安市人民政府外事办公室转载）",
                "Chinese Embassy in the US (via the MFA's consular WeChat, reposted by the Xi'an Foreign Affairs "
                "Office)",
                "embassy",
                "2023-12",
                "http://wqb.xa.gov.cn/xwzx/tzgg/1739196421810798593.html",
                "驻美国使馆:+1-202-4952216 驻纽约总领馆:+1-212-6953125 驻旧金山总领馆:+1-415-9296998 "
                "驻洛杉矶总领馆:+1-213-8078052 驻芝加哥总领馆:+1-312-7800170",
                "Embassy: +1-202-4952216; Consulate-General in New York: +1-212-6953125; San Francisco: "
                "+1-415-9296998; Los Angeles: +1-213-8078052; Chicago: +1-312-7800170",
            ),
            numbers=("+1-202-4952216", "+1-212-6953125", "+1-415-9296998", "+1-213-8078052", "+1-312-7800170"),
        ),
        HOTLINE,
        HOME_POLICE,
    ),
)

_CAFC = (
    "加拿大反诈骗中心",
    "Canadian Anti-Fraud Centre",
    "police",
    "",
    "https://antifraudcentre-centreantifraude.ca/scams-fraudes/victim-victime-eng.htm",
)
CA = Contacts(
    "ca",
    (
        line(
            BANK,
            "如已付款：向转出这笔钱的金融机构报告。",
            "If you have paid: report it to the financial institution that transferred the money.",
            _en(
                *_CAFC,
                "Contact your financial institutions — Report the incident to the financial institution "
                "that transferred the money.",
            ),
        ),
        line(
            EMERGENCY,
            "罪案正在发生或需要警察马上协助，拨打 911。",
            "To report a crime in progress, or for immediate police help, call 911.",
            _en(
                "加拿大皇家骑警（艾伯塔）",
                "Royal Canadian Mounted Police (Alberta)",
                "police",
                "",
                "https://www.rcmp-grc.gc.ca/ab/community-communaute/report-signalez-eng.htm",
                "To report a crime in progress, or for immediate police assistance: Call 9-1-1 or contact your "
                "local RCMP detachment or the police force in your area.",
            ),
            numbers=("911",),
        ),
        line(
            REPORT,
            "向当地警方报案并记下案件编号；也向加拿大反诈骗中心报告：免费电话 1-888-495-8501，或网上的 Fraud "
            "Reporting System。",
            "Report it to your local police and get a file number; and to the Canadian Anti-Fraud Centre, toll "
            "free at 1-888-495-8501 or through its Fraud Reporting System.",
            _en(
                *_CAFC,
                "Contact the police — Report the incident to your local police and get a file number for "
                "future reference.",
            ),
            _en(
                *_CAFC,
                "Contact the Canadian Anti-Fraud Centre toll free at 1-888-495-8501 or through the Fraud "
                "Reporting System.",
            ),
            numbers=("1-888-495-8501",),
        ),
        line(
            EMBASSY,
            "中国驻加拿大使领馆紧急求助值班电话：使馆 001-613-5621616；驻多伦多总领馆 001-416-5942308；驻温哥华总领馆 "
            "001-604-3369926；驻卡尔加里总领馆 001-403-5376907；驻蒙特利尔总领馆 001-514-9338891。",
            "Chinese missions in Canada, emergency duty lines: Embassy 001-613-5621616; Toronto 001-416-5942308; "
            "Vancouver 001-604-3369926; Calgary 001-403-5376907; Montreal 001-514-9338891.",
            Citation(
                "中国驻加拿大大使馆",
                "Chinese Embassy in Canada",
                "embassy",
                "2021-06-12",
                "http://ca.china-embassy.gov.cn/chn/lsyw/lsbh/202106/t20210612_9031325.htm",
                "中国驻加拿大使领馆紧急求助值班电话 驻加拿大使馆(领区为渥太华地区、新斯科舍省、爱德华王子岛省、"
                "纽芬兰及拉布拉多省、努纳武特地区):001-613-5621616;",
                "Emergency duty lines of the Chinese Embassy and Consulates in Canada: Embassy (Ottawa area, "
                "Nova Scotia, PEI, Newfoundland and Labrador, Nunavut): 001-613-5621616;",
            ),
            numbers=("001-613-5621616", "001-416-5942308", "001-604-3369926", "001-403-5376907", "001-514-9338891"),
        ),
        HOTLINE,
        HOME_POLICE,
    ),
)
