"""Who to call in Japan, South Korea, Singapore, Malaysia, Thailand, the Philippines, Vietnam and the UAE."""

from __future__ import annotations

from ..rule import Citation
from .china import HOME_POLICE, HOTLINE
from .line import ADVICE, BANK, EMBASSY, EMERGENCY, REPORT, Contacts, line

_GOV_ONLINE = (
    "日本内阁府政府广报室（政府広報オンライン）",
    "Government of Japan, Cabinet Office (Gov-Online)",
    "government",
    "2015-11",
    "https://www.gov-online.go.jp/pr/media/cd/201511/201511_08.html",
)
JP = Contacts(
    "jp",
    (
        line(
            BANK,
            "发现被骗，立即联系你汇入的那家银行（收款账户所在的金融机构）；骗子把钱取走后就无法救济。",
            "As soon as you notice, contact the bank you paid into at once: once the criminal has withdrawn the "
            "money, there is no relief.",
            Citation(
                "日本金融厅（キズナ見守りサービス网页引用）",
                "Financial Services Agency of Japan (quoted on the kizuna-mimamori.co.jp company page)",
                "regulator",
                "",
                "http://kizuna-mimamori.co.jp/furikomesagi.html",
                "○被害に気付いたら、直ちに振込先の金融機関等へ連絡を! ○犯人が預金口座等からお金を引き出してしまうと"
                "救済は受けられません!",
                "As soon as you notice the loss, contact the financial institution you paid into immediately! "
                "Once the criminal withdraws the money from the account, no relief is possible!",
                "ja",
            ),
        ),
        line(
            EMERGENCY,
            "需要警察马上赶来的事件和事故，拨打 110。",
            "Dial 110 for incidents and accidents where you need a police officer to come now.",
            Citation(
                *_GOV_ONLINE,
                "110番は、今すぐ警察官に駆けつけてもらいたい事件や事故などを受け付ける緊急通報用電話です。",
                "110 is the emergency number for incidents and accidents where you want a police officer to "
                "come right now.",
                "ja",
            ),
            numbers=("110",),
        ),
        line(
            REPORT,
            "不紧急但想找警察商量（包括汇款诈骗、网络犯罪），拨打警察咨询专线 #9110。",
            "When it is not urgent but you want to consult the police (bank-transfer fraud and cybercrime "
            "included), call the police consultation line #9110.",
            Citation(
                *_GOV_ONLINE,
                "110番するような緊急性はないけれど警察に相談したい、そんな時に皆さんの力になってくれるのが"
                "警察相談専用電話#9110です。",
                "When it is not urgent enough for 110 but you want to consult the police, the police "
                "consultation line #9110 is there to help.",
                "ja",
            ),
            numbers=("#9110",),
        ),
        line(
            EMBASSY,
            "中国驻日本使馆领事保护与协助电话：+81-3-6450-2195。",
            "The Chinese Embassy in Japan, consular protection and assistance: +81-3-6450-2195.",
            Citation(
                "中国驻日本大使馆（TNT Times 转载）",
                "Chinese Embassy in Japan (reposted by TNT Times)",
                "embassy",
                "2026-01-03",
                "https://www.tnttimes.org/society/68520.html?variant=zh-tw",
                "駐日本大使館領事保護與協助電話:+81-3-6450-2195",
                "Embassy in Japan, consular protection and assistance: +81-3-6450-2195",
                "zh-Hant",
            ),
            numbers=("+81-3-6450-2195",),
        ),
        HOTLINE,
        HOME_POLICE,
    ),
)

_CHANGZHOU_KR = (
    "常州市人民政府外事办公室（转载驻韩国使馆提醒）",
    "Changzhou Foreign Affairs Office (reposting the Chinese Embassy in Korea's notice)",
    "embassy",
    "2024-06-05",
    "https://wsb.changzhou.gov.cn/html/wsb/2024/MBCNJFPA_0605/6233.html",
)
KR = Contacts(
    "kr",
    (
        line(
            BANK,
            "如已汇款：立即打电话给收款或汇款银行的客服中心，报告受骗并申请账户止付（也可以通过警察 112 或金融监督院 1332 转接）。",
            "If you have paid: call the call centre of the receiving or the sending bank at once to report it and "
            "ask for a stop-payment on the account (Police 112 or the Financial Supervisory Service 1332 can also "
            "connect you).",
            Citation(
                "韩国金融监督院“保护你免受语音诈骗”（DB 生命保险网页引用）",
                "Financial Supervisory Service of Korea, voice-phishing guard (quoted by DB Life Insurance)",
                "regulator",
                "",
                "https://www.idblife.com/support/protect/fraud_tips",
                "1. 입금 금융회사 또는 송금 금융회사 콜센터에 즉시 전화하여 피해신고 및 계좌 지급정지* 신청 (경찰청 112 및 금감원 "
                "1332에서도 연결 가능)",
                "1. Immediately call the call centre of the receiving or the sending financial company to report "
                "the loss and request a stop-payment on the account (you can also be connected via Police 112 or "
                "FSS 1332).",
                "ko",
            ),
            numbers=("112", "1332"),
        ),
        line(
            REPORT,
            "报告语音诈骗损失：警察 112、182；金融监督院 1332。",
            "To report a voice-phishing loss: Police 112 or 182; Financial Supervisory Service 1332.",
            Citation(
                "韩国政府政策简报网站 korea.kr",
                "Korea.kr (the government's policy briefing portal)",
                "government",
                "",
                "https://www.korea.kr/multi/mediaNewsView.do?newsId=148893974",
                "[보이스피싱 피해 신고] - 경찰 ☎112, ☎182 - 금융감독원 ☎1332",
                "[Reporting voice-phishing losses] Police ☎112, ☎182; Financial Supervisory Service ☎1332",
                "ko",
            ),
            numbers=("112", "182", "1332"),
        ),
        line(
            EMBASSY,
            "中国驻韩国使馆领事保护与协助电话：02-755-0572；驻釜山总领馆：010-8519-8748；驻光州总领馆：062-361-8880；驻济州总领馆：064-722-8802。",
            "Chinese missions in Korea, consular protection and assistance: Embassy 02-755-0572; Busan 010-8519-8748; "
            "Gwangju 062-361-8880; Jeju 064-722-8802.",
            Citation(
                *_CHANGZHOU_KR,
                "驻韩国使馆领事保护与协助电话: 02-755-0572 领事保护与协助邮箱: seoul_lb@csm.mfa.gov.cn 驻釜山总领馆领事保护与协助电话: "
                "010-8519-8748 驻光州总领馆领事保护与协助电话: 062-361-8880 驻济州总领馆领事保护与协助电话: 064-722-8802",
                "Embassy in Korea, consular protection and assistance: 02-755-0572; email: seoul_lb@csm.mfa.gov.cn; "
                "Consulate-General in Busan: 010-8519-8748; Gwangju: 062-361-8880; Jeju: 064-722-8802",
            ),
            numbers=("02-755-0572", "010-8519-8748", "062-361-8880", "064-722-8802"),
        ),
        HOTLINE,
        HOME_POLICE,
    ),
)

_ASK_SG = (
    "新加坡政府问答网站 Ask.gov.sg（ScamShield）",
    "Ask.gov.sg (ScamShield)",
    "government",
    "",
    "https://ask.gov.sg/scamshield/questions/cmdijc89900qfitgm2z721jcw",
)
SG = Contacts(
    "sg",
    (
        line(
            BANK,
            "如已被骗钱：立即联系你的银行取消诈骗交易，并马上在网上或到最近的警岗（Neighbourhood Police Post）报案。",
            "If you have lost money: contact your bank immediately to cancel the fraudulent transactions, and file "
            "a police report at once, online or at the nearest Neighbourhood Police Post.",
            Citation(
                *_ASK_SG,
                "Please also contact your bank immediately to cancel the fraudulent transaction(s).",
                "Please also contact your bank immediately to cancel the fraudulent transaction(s).",
                "en",
            ),
            Citation(
                *_ASK_SG,
                "If you've lost money to a potential scam, please immediately file a police report "
                "online or in person at the nearest Neighbourhood Police Post.",
                "If you've lost money to a potential scam, please immediately file a police report online or "
                "in person at the nearest Neighbourhood Police Post.",
                "en",
            ),
        ),
        line(
            EMERGENCY,
            "需要警察紧急协助，拨打 999。",
            "If you need urgent police help, call 999.",
            Citation(
                *_ASK_SG,
                "If urgent police assistance is required, please call ‘999’.",
                "If urgent police assistance is required, please call ‘999’.",
                "en",
            ),
            numbers=("999",),
        ),
        line(
            ADVICE,
            "ScamShield 热线 1799（24 小时）：查证是不是诈骗，受骗的可以转接到你的银行；它不能替你报案。",
            "The ScamShield Helpline 1799 (24/7): check whether something is a scam, and, if you are a victim, get "
            "directed to your bank. It cannot make police reports.",
            Citation(
                "新加坡政府 ScamShield",
                "ScamShield (Government of Singapore)",
                "government",
                "",
                "https://scamshield.gov.sg/scamshield-helpline",
                "You can use the helpline to: - Get directed to your bank if you're a victim of a scam - Check if "
                "something is a scam - Receive advice on how to protect yourself from scams",
                "You can use the helpline to: - Get directed to your bank if you're a victim of a scam - Check if "
                "something is a scam - Receive advice on how to protect yourself from scams",
                "en",
            ),
            numbers=("1799",),
        ),
        line(
            EMBASSY,
            "中国驻新加坡使馆领事保护与协助紧急求助电话：+65-64750165。",
            "The Chinese Embassy in Singapore, emergency consular protection and assistance: +65-64750165.",
            Citation(
                "中国驻新加坡大使馆（中新网消息，toutiaosg 转载）",
                "Chinese Embassy in Singapore (China News Service, reposted by toutiaosg)",
                "embassy",
                "",
                "https://toutiaosg.com/?p=459939",
                "中国驻新加坡使馆领事保护与协助紧急求助电话:+65-64750165",
                "Embassy in Singapore, emergency consular protection and assistance: +65-64750165",
            ),
            numbers=("+65-64750165",),
        ),
        HOTLINE,
        HOME_POLICE,
    ),
)

_MY_EMBASSY = (
    "中国驻马来西亚大使馆",
    "Chinese Embassy in Malaysia",
    "embassy",
    "2021-12-31",
    "http://my.china-embassy.org/zytz/202112/t20211231_10477917.htm",
)
MY = Contacts(
    "my",
    (
        line(
            BANK,
            "发现被骗，马上打电话给你的银行或国家诈骗应对中心 997，以免损失扩大；在报警之前先打。",
            "As soon as you find you have been scammed, call your bank or the National Scam Response Centre on 997 "
            "to prevent losses, before you make the police report.",
            Citation(
                "马来西亚国家诈骗应对中心 NSRC（The Sun 报道）",
                "National Scam Response Centre (reported by The Sun)",
                "government",
                "2022-11-16",
                "https://www.thesundaily.my/local/nsrc-urges-malaysians-to-immediately-call-997-hotline-if-"
                "scammed-IB10223209",
                "It is important that you call your bank or 997 as soon as you discover that you've been scammed "
                "to prevent losses.",
                "It is important that you call your bank or 997 as soon as you discover that you've been scammed "
                "to prevent losses.",
                "en",
            ),
            Citation(
                "马来西亚国家诈骗应对中心 NSRC（The Sun 报道）",
                "National Scam Response Centre (reported by The Sun)",
                "government",
                "2022-11-16",
                "https://www.thesundaily.my/local/nsrc-urges-malaysians-to-immediately-call-997-hotline-if-"
                "scammed-IB10223209",
                "In the interest of time, you should reach out to your bank or the NSRC's hotline before making the "
                "police report,",
                "In the interest of time, you should reach out to your bank or the NSRC's hotline before making the "
                "police report,",
                "en",
            ),
            numbers=("997",),
        ),
        line(
            EMERGENCY,
            "马来西亚报警电话：999。",
            "The police in Malaysia: 999.",
            Citation(
                *_MY_EMBASSY,
                "如有疑问,应及时报警求助(马来西亚报警电话:999,中国国内公安机关报案电话:110)。",
                "If in doubt, call the police promptly (Malaysia police: 999; police in China: 110).",
            ),
            numbers=("999",),
        ),
        line(
            EMBASSY,
            "中国驻马来西亚使馆领事保护与协助电话：+60321645301。",
            "The Chinese Embassy in Malaysia, consular protection and assistance: +60321645301.",
            Citation(
                *_MY_EMBASSY,
                "驻马来西亚使馆领事保护与协助电话: +60321645301",
                "Embassy in Malaysia, consular protection and assistance: +60321645301",
            ),
            numbers=("+60321645301",),
        ),
        HOTLINE,
        HOME_POLICE,
    ),
)
