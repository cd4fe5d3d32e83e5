"""Who to call in Australia, New Zealand and Ireland."""

from __future__ import annotations

from ..rule import Citation
from .china import HOME_POLICE, HOTLINE
from .line import BANK, EMBASSY, EMERGENCY, REPORT, Contacts, line


def _en(publisher: str, publisher_en: str, kind: str, date: str, url: str, quote: str) -> Citation:
    return Citation(publisher, publisher_en, kind, date, url, quote, quote, "en")


_WA = (
    "西澳大利亚州警察局",
    "Western Australia Police Force",
    "police",
    "",
    "https://www.police.wa.gov.au/contact-us/about-calling-000-and-131-444",
)
_SCAMWATCH = (
    "澳大利亚竞争与消费者委员会 Scamwatch",
    "Scamwatch (ACCC)",
    "regulator",
    "",
    "https://www.scamwatch.gov.au/stay-protected/what-to-do-if-youve-been-scammed",
)
AU = Contacts(
    "au",
    (
        line(
            BANK,
            "如已付款：立即联系你的银行或发卡机构报告诈骗，要求停止所有交易。",
            "If you have paid: contact your bank or card provider immediately to report the scam, and ask them to "
            "stop any transactions.",
            _en(
                *_SCAMWATCH,
                "Contact your bank or card provider immediately to report the scam. Ask them to stop any transactions.",
            ),
        ),
        line(
            EMERGENCY,
            "只在紧急或危及生命时拨打 000，例如严重罪案正在发生；不紧急的（例如报告已经发生的事），拨打警察协助热线 131 444。",
            "Call 000 only in an emergency or when life is at risk, such as a serious crime in progress; when it "
            "is not an emergency, such as reporting something that has already happened, call 131 444.",
            _en(
                *_WA,
                "Only call 000 in an emergency or life-threatening situation, when urgent police assistance is "
                "needed, for example: • a serious crime is in progress, being witnessed or just committed;",
            ),
            _en(
                *_WA,
                "Call 131 444 for police assistance or attendance and when it is not an emergency, for "
                "example: ... reporting something which has happened in the past;",
            ),
            numbers=("000", "131 444"),
        ),
        line(
            REPORT,
            "向 Scamwatch（scamwatch.gov.au）报告诈骗；网络犯罪可向澳大利亚网络安全中心的 ReportCyber 报告。",
            "Report the scam to Scamwatch (scamwatch.gov.au); report cybercrime to the Australian Cyber Security "
            "Centre's ReportCyber.",
            _en(*_SCAMWATCH, "you can help us try to stop the scam or to warn others by reporting the scam to us."),
            _en(
                "澳大利亚网络安全中心",
                "Australian Cyber Security Centre",
                "government",
                "",
                "https://www.cyber.gov.au/online-shopping/if-things-go-wrong",
                "If you have been a victim of cybercrime or you think your information is at risk report it to the "
                "Australian Cyber Security Centre's ReportCyber.",
            ),
        ),
        line(
            EMBASSY,
            "中国驻澳大利亚使馆领事保护与协助电话：0061-02-62283948；驻悉尼总领馆：0061-02-95505519；驻墨尔本总领馆："
            "0061-03-98248810；驻珀斯总领馆：0061-08-92213729；驻布里斯班总领馆：0061-07-30128090；驻阿德莱德总领馆："
            "0061-08-82688806。",
            "Chinese missions in Australia, consular protection and assistance: Embassy 0061-02-62283948; Sydney "
            "0061-02-95505519; Melbourne 0061-03-98248810; Perth 0061-08-92213729; Brisbane 0061-07-30128090; "
            "Adelaide 0061-08-82688806.",
            Citation(
                "国家移民管理局（转发外交部和驻澳使馆提醒）",
                "National Immigration Administration of China (relaying the MFA's and the embassy's notice)",
                "government",
                "2020-06",
                "https://nia.gov.cn/n741440/n741542/c1319122/content.html",
                "驻澳大利亚使馆领事保护与协助电话:0061-02-62283948 驻悉尼总领馆领事保护与协助电话: 0061-02-95505519 "
                "驻墨尔本总领馆领事保护与协助电话: 0061-03-98248810 驻珀斯总领馆领事保护与协助电话: 0061-08-92213729 "
                "驻布里斯班总领馆领事保护与协助电话: 0061-07-30128090 驻阿德莱德总领馆领事保护与协助电话: 0061-08-82688806",
                "Embassy in Australia, consular protection and assistance: 0061-02-62283948; Consulate-General "
                "in Sydney: 0061-02-95505519; Melbourne: 0061-03-98248810; Perth: 0061-08-92213729; Brisbane: "
                "0061-07-30128090; Adelaide: 0061-08-82688806",
            ),
            numbers=(
                "0061-02-62283948",
                "0061-02-95505519",
                "0061-03-98248810",
                "0061-08-92213729",
                "0061-07-30128090",
                "0061-08-82688806",
            ),
        ),
        HOTLINE,
        HOME_POLICE,
    ),
)

_NZ_POLICE = (
    "新西兰警方（开通 105 的声明，Vector Group 转载）",
    "New Zealand Police (statement launching 105, reposted by Vector Group)",
    "police",
    "2019-05-10",
    "https://www.vectorgroup.org.nz/vector-group-latest-news/police-announce-non-emergency-number-its-105/",
)
NZ = Contacts(
    "nz",
    (
        line(
            BANK,
            "如已把钱转给骗子，或发现账户里的钱被取走：尽快联系你的银行，银行可以尝试撤回这笔付款。",
            "If you have transferred money to a scammer, or money has been taken from your account: contact your "
            "bank as soon as you can. Your bank can try to reverse the payment.",
            _en(
                "Own Your Online（新西兰国家网络安全中心）",
                "Own Your Online (National Cyber Security Centre, New Zealand)",
                "government",
                "",
                "https://ownyouronline.govt.nz/personal/get-help-now",
                "If you realise you have transferred money to a scammer, or notice money has been taken out of your "
                "account, contact your bank as soon as you can. Your bank can try to reverse the payment.",
            ),
        ),
        line(
            EMERGENCY,
            "罪案正在发生或生命财产受到威胁时，立即拨打 111；不紧急的，拨打 105（24 小时，免费）。",
            "Call 111 at once if a crime is taking place or there is a threat to life or property; for anything "
            "not urgent, call 105 (24/7, free).",
            _en(
                *_NZ_POLICE,
                "111, on the other hand, should still be called immediately if a crime is taking place "
                "or there’s a threat to life or property.",
            ),
            _en(
                *_NZ_POLICE,
                "105 is a national non-emergency number that will be answered 24/7 by highly trained "
                "Police staff. It is free to call from all landline and mobile numbers.",
            ),
            numbers=("111", "105"),
        ),
        line(
            REPORT,
            "向 Netsafe 报告诈骗：netsafe.org.nz 或 0508 638 723。",
            "Report the scam to Netsafe: netsafe.org.nz or 0508 638 723.",
            _en(
                "新西兰商业、创新与就业部 Consumer Protection",
                "Consumer Protection (MBIE)",
                "government",
                "",
                "https://www.consumerprotection.govt.nz/get-guidance/scams-and-online-safety/identity-fraud/",
                "Report a scam to Netsafe.org.nz(external link) or 0508 638 723.",
            ),
            numbers=("0508 638 723",),
        ),
        line(
            EMBASSY,
            "中国驻新西兰使馆领事保护与协助电话：+64-4-4995022；驻克赖斯特彻奇总领馆：+64-3-3411016。",
            "Chinese missions in New Zealand, consular protection and assistance: Embassy +64-4-4995022; "
            "Christchurch +64-3-3411016.",
            Citation(
                "重庆市公安局出入境管理局（引外交部领事司；kaiyunapp.org 转载）",
                "Chongqing Exit-Entry Administration (citing the MFA's Department of Consular Affairs; reposted "
                "by kaiyunapp.org)",
                "police",
                "2022-11-08",
                "http://www.kaiyunapp.org/bm/qgafj_63641/crjxx/202211/t20221108_11276319.html",
                "驻新西兰使馆领事保护与协助电话:04-4995022(新西兰境外拨打方式为+64-4-4995022)",
                "Embassy in New Zealand, consular protection and assistance: 04-4995022 (from outside New "
                "Zealand, +64-4-4995022)",
            ),
            Citation(
                "常州市人民政府外事办公室（来源：领事直通车）",
                "Changzhou Foreign Affairs Office (from the MFA's consular WeChat)",
                "government",
                "2025-06-10",
                "https://wsb.changzhou.gov.cn/html/wsb/2025/MBCNJFPA_0610/7558.html",
                "驻克赖斯特彻奇总领馆领事保护与协助电话: +64-3-3411016",
                "Consulate-General in Christchurch, consular protection and assistance: +64-3-3411016",
            ),
            numbers=("+64-4-4995022", "+64-3-3411016"),
        ),
        HOTLINE,
        HOME_POLICE,
    ),
)

_OIREACHTAS = (
    "爱尔兰司法部长议会书面答复",
    "Minister for Justice, written answer in the Dáil",
    "government",
    "2025-11-25",
    "https://www.kildarestreet.com/wrans/?id=2025-11-25a.1853",
)
IE = Contacts(
    "ie",
    (
        line(
            BANK,
            "如认为自己被骗：立即修改密码，并向你的银行和警方（An Garda Síochána）报告。",
            "If you believe you have been the victim of fraud: change your passwords at once, and report it to your "
            "bank as well as to An Garda Síochána.",
            _en(
                "爱尔兰警方发言人（Irish Independent 报道）",
                "A Garda spokesperson (reported by the Irish Independent)",
                "police",
                "",
                "https://www.independent.ie/news/phone-text-and-email-fraud-offences-up-370pc-last-year-as-gardai-"
                "urge-vigilance-41312571.html",
                "ask people to change their passwords immediately and report the matter to your bank as well as to "
                "An Garda Síochána if they believe they have been the victim of fraud.",
            ),
        ),
        line(
            EMERGENCY,
            "紧急情况（生命危险、可能重伤、罪案正在或即将发生）拨打 112 或 999；其他情况联系当地警察局（Garda station）。",
            "In an emergency (a danger to life, a risk of serious injury, a crime in progress or about to happen), "
            "call 112 or 999; otherwise contact your local Garda station.",
            _en(
                *_OIREACHTAS,
                "An Garda Síochána have published advice on their website encouraging members of the "
                "public to always call 112 or 999 in an emergency.",
            ),
            _en(
                *_OIREACHTAS,
                "Gardaí advise that in all other circumstances when reporting a crime, members of the "
                "public should contact their local Garda Station",
            ),
            numbers=("112", "999"),
        ),
        line(
            EMBASSY,
            "中国驻爱尔兰使馆领事保护与协助电话：+353-87-2239198（不是证件咨询电话）。",
            "The Chinese Embassy in Ireland, consular protection and assistance: +353-87-2239198 (not for document "
            "enquiries).",
            Citation(
                "驻爱尔兰使馆（gztypiano.com 政府信息公开页面转载）",
                "Chinese Embassy in Ireland (reposted on a local-government information page, gztypiano.com)",
                "embassy",
                "2024-02",
                "http://sj.gztypiano.com/ycszfbgs/wsgl/202402/5bb9b10754a24785ad5872df18b95226.shtml",
                "驻爱尔兰使馆领事保护与协助电话: +353-87-2239198(非证件咨询电话)",
                "Embassy in Ireland, consular protection and assistance: +353-87-2239198 (not for document enquiries)",
            ),
            numbers=("+353-87-2239198",),
        ),
        HOTLINE,
        HOME_POLICE,
    ),
)
