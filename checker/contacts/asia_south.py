"""Who to call in Thailand, the Philippines, Vietnam and the UAE."""

from __future__ import annotations

from ..languages import Phrase
from ..rule import Citation
from .china import HOME_POLICE, HOTLINE
from .line import BANK, EMBASSY, EMERGENCY, REPORT, Contacts, line

_TH_EMBASSY = (
    "驻泰国使馆（领事直通车，东南网转载）",
    "Chinese Embassy in Thailand (via the MFA's consular WeChat, reposted by FJSEN)",
    "embassy",
    "2024-06-19",
    "http://overseas.fjsen.com/wap/2024-06/19/content_31668498.htm",
)
TH = Contacts(
    "th",
    (
        line(
            BANK,
            "如已受骗：第一时间向泰国警方和国内户籍所在地公安机关报案，尽快联系本人开户行，要求止付、冻结。",
            "If you have been cheated: report it at once to the Thai police and to the police where your household "
            "registration (hukou) is in China, and contact your own bank as soon as possible to ask it to stop or freeze the "
            "payment.",
            Citation(
                "中国驻泰国大使馆（中新社报道，yuduxx.com 转载）",
                "Chinese Embassy in Thailand (reported by China News Service, reposted by yuduxx.com)",
                "embassy",
                "2024-06-12",
                "http://m.yuduxx.com/new/hua.php?LQ=A.html",
                "第一时间向泰国当地警方和国内户籍所在地公安机关报案,尽快联系本人开户行并要求采取止付、冻结等相应措施。",
                "report at once to the local Thai police and to the public security organ where your household "
                "registration (hukou) is in China, and contact your own bank as soon as possible to ask it to stop payment, "
                "freeze the account and the like.",
            ),
        ),
        line(
            EMERGENCY,
            "泰国报警电话：191；旅游警察热线：1155（含中文服务）。",
            "The police in Thailand: 191; the Tourist Police hotline: 1155 (with Chinese-language service).",
            Citation(
                *_TH_EMBASSY,
                "泰国报警电话 191 / 泰国急救电话 1669 / 泰国旅游警察热线 1155(含中文服务)",
                "Thailand police: 191; ambulance: 1669; Tourist Police hotline 1155 (with Chinese-language service)",
            ),
            numbers=("191", "1155"),
        ),
        line(
            REPORT,
            "网络诈骗可拨打泰国反网络诈骗中心（AOC）24 小时热线 1441，它协助受害人立即冻结相关银行账户。",
            "For online scams, call the Anti Online Scam Operation Centre's 24-hour hotline 1441, which helps "
            "victims get the accounts involved suspended at once.",
            Citation(
                "泰国数字经济与社会部部长（VietnamPlus 报道）",
                "Thailand's Minister of Digital Economy and Society (reported by VietnamPlus)",
                "government",
                "2023-11-03",
                "https://en.vietnamplus.vn/thailand-establishes-antionline-scam-centre/270678.vnp",
                "DES Minister Prasert Jantararuangthong said the AOC's roles include supporting the immediate "
                "suspension of affected bank accounts as requested by victims",
                "DES Minister Prasert Jantararuangthong said the AOC's roles include supporting the immediate "
                "suspension of affected bank accounts as requested by victims",
                "en",
            ),
            Citation(
                "VietnamPlus（报道泰国设立反网络诈骗中心）",
                "VietnamPlus (reporting Thailand's new Anti Online Scam Operation Centre)",
                "press",
                "2023-11-03",
                "https://en.vietnamplus.vn/thailand-establishes-antionline-scam-centre/270678.vnp",
                "the centre's 24-hour hotline number for the public is 1441.",
                "the centre's 24-hour hotline number for the public is 1441.",
                "en",
            ),
            numbers=("1441",),
        ),
        line(
            EMBASSY,
            "中国驻泰国使馆领事保护与协助电话：02-245-7010；驻清迈总领馆：081-882-3283；驻宋卡总领馆：081-766-5560；"
            "驻孔敬总领馆：080-936-6070；驻宋卡总领馆驻普吉领事办公室：094-595-6158。",
            "Chinese missions in Thailand, consular protection and assistance: Embassy 02-245-7010; Chiang Mai "
            "081-882-3283; Songkhla 081-766-5560; Khon Kaen 080-936-6070; Phuket office 094-595-6158.",
            Citation(
                *_TH_EMBASSY,
                "驻泰国使馆领事保护与协助电话: 02-245-7010",
                "Embassy in Thailand, consular protection and assistance: 02-245-7010",
            ),
            Citation(
                *_TH_EMBASSY,
                "驻清迈总领馆领事保护与协助电话: 081-882-3283 / 驻宋卡总领馆领事保护与协助电话: 081-766-5560 / "
                "驻孔敬总领馆领事保护与协助电话: 080-936-6070 / 驻宋卡总领馆驻普吉领事办公室领事保护与协助电话: 094-595-6158",
                "Consulate-General in Chiang Mai, consular protection and assistance: 081-882-3283; Songkhla: "
                "081-766-5560; Khon Kaen: 080-936-6070; the Songkhla Consulate-General's office in Phuket: 094-595-6158",
            ),
            numbers=("02-245-7010", "081-882-3283", "081-766-5560", "080-936-6070", "094-595-6158"),
        ),
        HOTLINE,
        HOME_POLICE,
    ),
)

_PH_EMBASSY = (
    "中国外交部和驻菲律宾使馆（bole90.com 转载）",
    "China's Foreign Ministry and Embassy in the Philippines (reposted by bole90.com)",
    "embassy",
    "2025",
    "https://bole90.com/portalview-127487.html",
)
PH = Contacts(
    "ph",
    (
        line(
            BANK,
            "账户或个人资料泄露时，立即联系你的银行或电子钱包的官方渠道。",
            "If your account or personal details have been compromised, contact your bank's or e-money issuer's "
            "official channels at once.",
            Citation(
                "菲律宾中央银行（渣打银行菲律宾网站转载）",
                "Bangko Sentral ng Pilipinas (reproduced by Standard Chartered Philippines)",
                "regulator",
                "2025-03-04",
                "https://www.sc.com/ph/2025/03/bsp-security-tips-maging-alerto-urgent-messages",
                "Makipag-ugnayan agad sa official channels ng inyong bangko o e-money issuer kung nakumpromiso "
                "ang inyong account o personal na impormasyon.",
                "Immediately contact the official channels of your bank or e-money issuer if your account or "
                "personal information has been compromised.",
                "tl",
            ),
        ),
        line(
            EMERGENCY,
            "菲律宾报警急救电话：911。",
            "Police and ambulance in the Philippines: 911.",
            Citation(*_PH_EMBASSY, "菲律濱報警急救電話:911", "Philippines police and ambulance: 911", "zh-Hant"),
            numbers=("911",),
        ),
        line(
            REPORT,
            "网络诈骗受害人可拨打 I-ARC 热线 1326 报告（24 小时，免费）。",
            "Victims of online scams can report them on the I-ARC hotline 1326 (24/7, toll-free).",
            Citation(
                "菲律宾网络犯罪调查协调中心 CICC 执行主任（Philippines Times 报道）",
                "Executive Director of the Cybercrime Investigation and Coordinating Center (reported by the "
                "Philippines Times)",
                "government",
                "2024-11",
                "https://philippines-times.com/iulat-ang-mga-cybercrime-sa-iarc-hotline-1326-hindi-sa-social-"
                "media-cicc",
                "Ang IARC hotline 1326 ay toll-free at gumagana 24/7, mula Lunes hanggang Linggo, kabilang ang mga "
                "holiday.",
                "The IARC hotline 1326 is toll-free and operates 24/7, Monday to Sunday, including holidays.",
                "tl",
            ),
            numbers=("1326",),
        ),
        line(
            EMBASSY,
            "中国驻菲律宾使馆领事保护与协助电话：0063-2-82311033。",
            "The Chinese Embassy in the Philippines, consular protection and assistance: 0063-2-82311033.",
            Citation(
                *_PH_EMBASSY,
                "中國駐菲律濱使館領事保護與協助電話: 0063-2-82311033",
                "Embassy in the Philippines, consular protection and assistance: 0063-2-82311033",
                "zh-Hant",
            ),
            numbers=("0063-2-82311033",),
        ),
        HOTLINE,
        HOME_POLICE,
    ),
)

VN = Contacts(
    "vn",
    (
        line(
            BANK,
            "如已被骗转账：立即联系银行和金融机构报告诈骗，要求停止一切正在或将要转给骗子的交易；并向当地公安机关报案。",
            "If you have been tricked into paying: contact your bank and financial institutions at once to report "
            "the fraud and ask them to stop every transaction to the fraudster, in progress or to come; and report it "
            "to the local police.",
            Citation(
                "越南平福省信息与传媒厅",
                "Binh Phuoc Department of Information and Communications (Vietnam)",
                "government",
                "",
                "https://binhphuoc.gov.vn/vi/stttt/tuyen-truyen-ve-an-toan-thong-tin/5-dieu-can-lam-sau-khi-bi-"
                "lua-chuyen-tien-qua-mang-2529.html",
                "Người dân cần liên hệ ngay lập tức với ngân hàng và tổ chức tài chính để báo cáo lừa đảo và yêu "
                "cầu họ dừng mọi giao dịch đang và sẽ gửi đến đối tượng lừa đảo.",
                "People should immediately contact their bank and financial institution to report the fraud and "
                "ask them to stop all transactions in progress or about to be sent to the fraudster.",
                "vi",
            ),
        ),
        line(
            EMERGENCY,
            "越南报警电话：113。",
            "The police in Vietnam: 113.",
            Citation(
                "中国驻越南使馆（vietchina.org 转载）",
                "Chinese Embassy in Vietnam (reposted by vietchina.org)",
                "embassy",
                "2017-08-18",
                "http://vietchina.org/ssxw/7862.html",
                "越南报警电话:113",
                "Vietnam police: 113",
            ),
            numbers=("113",),
        ),
        HOTLINE,
        HOME_POLICE,
    ),
    missing=Phrase(
        "本站没有找到越南专门的反诈电话（官方建议向最近的公安机关报案）；中国驻越南使馆的领保电话，新旧来源说法不一，所以没有列出。",
        "This site found no dedicated fraud line in Vietnam (the official advice is to report to the nearest "
        "police); sources old and new give different numbers for the Chinese Embassy's consular line, so none "
        "is listed.",
    ),
)

_AE_EMBASSY = (
    "中国驻阿联酋大使馆和驻迪拜总领馆（alkdhj.cn 转载）",
    "Chinese Embassy in the UAE and Consulate-General in Dubai (reposted by alkdhj.cn)",
    "embassy",
    "",
    "https://mip.alkdhj.cn/article/287253.html",
)
_AE_MOI = (
    "阿联酋内政部（Gulf News 报道）",
    "UAE Ministry of Interior (reported by Gulf News)",
    "police",
    "2022-06",
    "https://gulfnews.com/living-in-uae/safety-security/received-a-fraudulent-message-claiming-to-be-from-the-"
    "police-call-these-numbers-1.1655820792969",
)
AE = Contacts(
    "ae",
    (
        line(
            BANK,
            "如已转账（使馆就换汇诈骗这样提醒）：立即联系银行、支付平台冻结转账，保存证据，及时向阿联酋警方和国内银行所在地公安机关报案。",
            "If you have paid (as the embassy advises for currency-exchange scams): contact your bank or payment "
            "platform at once to freeze the transfer, keep the evidence, and report it to the UAE police and to the "
            "police where your bank in China is.",
            Citation(
                *_AE_EMBASSY,
                "三、如遭遇换汇诈骗,请立即联系银行、支付平台等机构冻结转账,并注意保存对方身份信息、涉案账号、"
                "交易流水、转账记录等证据,及时向阿当地警方和中国国内银行所在地公安机关报案",
                "If you meet a currency-exchange scam, contact your bank, payment platform or the like at once to "
                "freeze the transfer, keep evidence such as their identity, the account numbers and the "
                "transaction records, and report it promptly to the local police and to the police where your "
                "bank in China is.",
            ),
        ),
        line(
            EMERGENCY,
            "阿联酋报警电话：999（紧急）、901（非紧急）。",
            "The police in the UAE: 999 (emergency), 901 (not an emergency).",
            Citation(
                *_AE_EMBASSY,
                "阿联酋报警电话:999(紧急)/901(非紧急)",
                "UAE police: 999 (emergency) / 901 (non-emergency)",
            ),
            numbers=("999", "901"),
        ),
        line(
            REPORT,
            "网络犯罪可向最近的警察局报案，或通过阿布扎比警方 Aman 服务（800 2626）报告。",
            "Report cybercrime at the nearest police station, or through Abu Dhabi Police's Aman service (800 2626).",
            Citation(
                *_AE_MOI,
                "You can also report cybercrimes to the nearest police station in your area, or call 999 for help.",
                "You can also report cybercrimes to the nearest police station in your area, or call 999 for help.",
                "en",
            ),
            Citation(
                *_AE_MOI,
                "• Aman service by Abu Dhabi Police – Call 800 2626",
                "• Aman service by Abu Dhabi Police – Call 800 2626",
                "en",
            ),
            numbers=("800 2626",),
        ),
        line(
            EMBASSY,
            "中国驻阿联酋使馆（阿布扎比领区）24 小时领保值班电话：+971-504176589。",
            "The Chinese Embassy in the UAE (Abu Dhabi consular district), 24-hour consular protection duty line: "
            "+971-504176589.",
            Citation(
                "驻迪拜总领馆微信公众号（dubairen.com 转载）",
                "Chinese Consulate-General in Dubai's WeChat (reposted by dubairen.com)",
                "embassy",
                "2021-02-23",
                "http://dubairen.com/81341.html",
                "驻阿联酋使馆(阿布扎比领区)24小时领保值班电话:+971-504176589",
                "Embassy in the UAE (Abu Dhabi consular district), 24-hour consular protection duty line: "
                "+971-504176589",
            ),
            numbers=("+971-504176589",),
        ),
        line(
            EMBASSY,
            "中国驻迪拜总领馆领保值班电话：+971-43947588（迪拜和北部酋长国）。",
            "The Chinese Consulate-General in Dubai, consular protection duty line: +971-43947588 (Dubai and the "
            "northern emirates).",
            Citation(
                "中国驻迪拜总领馆（环球网报道，zgcsjs.org.cn 转载）",
                "Chinese Consulate-General in Dubai (reported by Huanqiu, reposted by zgcsjs.org.cn)",
                "embassy",
                "2026-03-10",
                "https://zgcsjs.org.cn/cms/shows/34/1475.html",
                "驻迪拜总领馆领保值班电话:+971-43947588",
                "Consulate-General in Dubai, consular protection duty line: +971-43947588",
            ),
            numbers=("+971-43947588",),
        ),
        HOTLINE,
        HOME_POLICE,
    ),
)
