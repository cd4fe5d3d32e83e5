"""Who to call in Germany, France, Spain and the Netherlands."""

from __future__ import annotations

from ..rule import Citation
from .china import HOME_POLICE, HOTLINE
from .line import BANK, EMBASSY, EMERGENCY, REPORT, TEXTS, Contacts, line

_DE_EMBASSY = (
    "中国驻德国大使馆",
    "Chinese Embassy in Germany",
    "embassy",
    "2020-11-20",
    "http://de.china-embassy.gov.cn/lsfw/202011/t20201121_2822027.htm",
)
_BREMERHAVEN = (
    "不来梅港警察局",
    "Polizei Bremerhaven",
    "police",
    "",
    "https://www.polizei.bremerhaven.de/online-wache.html",
)
DE = Contacts(
    "de",
    (
        line(
            BANK,
            "如已银行转账：立即联系你的银行，尝试撤回这笔转账；钱还没到收款账户时，可以退回。",
            "If you paid by bank transfer: contact your bank immediately and try to reverse it; as long as the "
            "money has not reached the recipient's account, it can be refunded.",
            Citation(
                "德国联邦和各州警察犯罪预防项目 polizei-beratung.de",
                "Police Crime Prevention of the German Länder and the Federation (polizei-beratung.de)",
                "police",
                "",
                "https://polizei-beratung.de/themen-und-tipps/sicherer-autokauf/hilfe-und-kontaktadressen/"
                "geld-ueberwiesen",
                "Im Falle einer Banküberweisung: Kontaktieren Sie sofort Ihre Bank und versuchen Sie, die "
                "Überweisung rückgängig zu machen. Solange das Geld noch nicht auf dem Empfängerkonto "
                "gutgeschrieben ist, kann der Betrag zurückerstattet werden.",
                "For a bank transfer: contact your bank immediately and try to reverse the transfer. As long as "
                "the money has not been credited to the recipient's account, the amount can be refunded.",
                "de",
            ),
        ),
        line(
            EMERGENCY,
            "德国报警电话：110；遇到以暴力或暴力威胁实施的犯罪，立即报警。",
            "The police in Germany: 110; for a crime with violence or the threat of it, call at once.",
            Citation(*_DE_EMBASSY, "德国报警电话:110", "Germany police: 110"),
            Citation(
                *_BREMERHAVEN,
                "Bei Straftaten, die unter Androhung oder Anwendung von Gewalt erfolgt sind, wenden "
                "Sie sich bitte sofort an die Polizei – persönlich oder über Notruf 110.",
                "For offences involving the threat or use of violence, contact the police at once, in person or "
                "on the emergency number 110.",
                "de",
            ),
            numbers=("110",),
        ),
        line(
            REPORT,
            "诈骗（包括网络诈骗）可以到当地警察局报案，或在所在州警方的网上警局（Onlinewache）报案。",
            "Report fraud, internet fraud included, at a police station or at your Land's police Onlinewache "
            "(online police station).",
            Citation(
                *_BREMERHAVEN,
                "Sie können in der Onlinewache einfache Straftaten melden, wie zum Beispiel: Betrug: "
                "Missbrauch von Daten oder Kundenkonten, Betrug im Internet",
                "You can report simple offences in the Onlinewache, for example fraud: misuse of data or customer "
                "accounts, internet fraud.",
                "de",
            ),
        ),
        line(
            EMBASSY,
            "中国驻德国使馆领事保护电话：0049-30-27588551。",
            "The Chinese Embassy in Germany, consular protection: 0049-30-27588551.",
            Citation(
                *_DE_EMBASSY,
                "中国驻德国使馆领事保护电话: 0049-30-27588551",
                "Chinese Embassy in Germany, consular protection: 0049-30-27588551",
            ),
            numbers=("0049-30-27588551",),
        ),
        HOTLINE,
        HOME_POLICE,
    ),
)

_FR_EMBASSY = (
    "中国驻法国使领馆（北京市朝阳区外事办公室转载）",
    "Chinese missions in France (reposted by the Beijing Chaoyang Foreign Affairs Office)",
    "embassy",
    "2025-09-12",
    "http://www.bjchy.gov.cn/dynamic/news/4028805a98e3ea6201993c1c9f615bd9.html",
)
FR = Contacts(
    "fr",
    (
        line(
            BANK,
            "如泄露了支付信息或发现账户有诈骗扣款：立即向你的银行或金融机构办理止付（faire opposition）。",
            "If you have given out your payment details or see fraudulent debits: block them immediately with your "
            "bank or financial institution (faire opposition).",
            Citation(
                "法国政府网络安全援助平台 Cybermalveillance.gouv.fr",
                "Cybermalveillance.gouv.fr (French government)",
                "government",
                "",
                "https://www.cybermalveillance.gouv.fr/diagnostic/fa98e94d-1e7d-4278-b9a5-572b20073f60",
                "Si vous avez malencontreusement communiqué des éléments sur vos moyens de paiement ou si vous "
                "avez constaté des débits frauduleux sur votre compte, faites opposition immédiatement auprès de "
                "votre organisme bancaire ou financier.",
                "If you have accidentally given out details of your means of payment or have seen fraudulent "
                "debits on your account, block them immediately with your bank or financial institution.",
                "fr",
            ),
        ),
        line(
            EMERGENCY,
            "法国报警电话：17。",
            "The police in France: 17.",
            Citation(*_FR_EMBASSY, "法国报警电话:17", "France police: 17"),
            numbers=("17",),
        ),
        line(
            TEXTS,
            "诈骗短信原样转发到 33700；诈骗来电，发短信“spam vocal”加来电号码到 33700。",
            "Forward a scam text as it is to 33700; for a scam call, text 33700 \u201cspam vocal\u201d followed by "
            "the number that called.",
            Citation(
                "法国经济部竞争、消费和反欺诈总局（DGCCRF）",
                "DGCCRF (French Ministry of the Economy)",
                "regulator",
                "",
                "https://www.economie.gouv.fr/dgccrf/sms-et-appels-indesirables-le-33-700-facilite-le-"
                "signalement-des-numeros-frauduleux",
                "Vous pouvez aussi, lorsque vous recevez un spam par SMS, le transférer sans commentaires, au "
                "numéro 33 700. Vous recevrez alors un message du 33 700 vous invitant à compléter un signalement. "
                "S'il s'agit appel ou d'un message vocal, envoyer un SMS au 33 700 en écrivant « spam vocal » suivi "
                "du numéro qui vous a appelé.",
                "You can also, when you receive a spam text, forward it without comment to the number 33 700. You "
                "will then get a message from 33 700 asking you to complete a report. For a call or a voice message, "
                "text 33 700 with \u201cspam vocal\u201d followed by the number that called you.",
                "fr",
            ),
            numbers=("33700",),
        ),
        line(
            EMBASSY,
            "中国驻法国大使馆领事保护与协助电话：+33-640953607、+33-153758840。",
            "The Chinese Embassy in France, consular protection and assistance: +33-640953607, +33-153758840.",
            Citation(
                *_FR_EMBASSY,
                "中国驻法国大使馆领事保护与协助电话: +33-640953607 +33-153758840",
                "Chinese Embassy in France, consular protection and assistance: +33-640953607 +33-153758840",
            ),
            numbers=("+33-640953607", "+33-153758840"),
        ),
        HOTLINE,
        HOME_POLICE,
    ),
)

_ES_EMBASSY = (
    "中国驻西班牙大使馆（神州学人转载）",
    "Chinese Embassy in Spain (reposted by Chisa.edu.cn)",
    "embassy",
    "2023-03-16",
    "http://chisa.edu.cn/information/202303/t20230317_2111015992.html",
)
ES = Contacts(
    "es",
    (
        line(
            BANK,
            "如已受骗：第一时间通知你的账户所在银行冻结转账汇款，并及时向西班牙警方和国内公安机关报案。",
            "If you have been cheated: tell your bank at once and ask it to freeze the transfer, and report it "
            "promptly to the Spanish police and to the police in China.",
            Citation(
                *_ES_EMBASSY,
                "三、如不幸上当受骗,请第一时间通知本人账户所在银行,请其冻结转账汇款,并及时向西班牙警方和国内公安机关"
                "报案,尽可能挽回经济损失。",
                "Third, if you are cheated, notify your bank at once and ask it to freeze the transfer, and "
                "report promptly to the Spanish police and to the police in China, to recover what you can.",
            ),
        ),
        line(
            EMERGENCY,
            "西班牙国家警察：091；国民警卫队：062。",
            "Spain's National Police: 091; the Guardia Civil: 062.",
            Citation(
                *_ES_EMBASSY, "西班牙国家警察091,国民警卫队062。", "Spanish National Police 091, Guardia Civil 062."
            ),
            numbers=("091", "062"),
        ),
        line(
            REPORT,
            "拿不准或已遇到网络诈骗，可拨打西班牙国家网络安全研究所的免费保密热线 017（每天 8:00–23:00）；它不受理报案。",
            "For doubts or problems with online fraud, call INCIBE's free, confidential helpline 017 (8 am to 11 pm "
            "every day); it does not take police complaints.",
            Citation(
                "西班牙国家网络安全研究所 INCIBE",
                "INCIBE (Spain's National Cybersecurity Institute)",
                "government",
                "",
                "https://www.incibe.es/en/linea-de-ayuda-en-ciberseguridad/faq",
                "you can contact us through the national, free and confidential telephone number, 017",
                "you can contact us through the national, free and confidential telephone number, 017",
                "en",
            ),
            Citation(
                "Diario Sur（报道 INCIBE 的 017）",
                "Diario Sur (reporting on INCIBE's 017)",
                "press",
                "2025-11-29",
                "https://www.diariosur.es/sociedad/dudas-sobre-fraudes-seguridad-acoso-internet-017-"
                "20251120153046-nt.html",
                "tampoco sirve para tramitar denuncias",
                "nor does it take complaints",
                "es",
            ),
            numbers=("017",),
        ),
        line(
            EMBASSY,
            "中国驻西班牙大使馆 24 小时领事保护与协助电话：0034-699089086。",
            "The Chinese Embassy in Spain, 24-hour consular protection and assistance: 0034-699089086.",
            Citation(
                *_ES_EMBASSY,
                "如需核实,可拨打中国驻西班牙大使馆24小时领事保护与协助电话(0034-699089086)。",
                "To check, you can call the Chinese Embassy in Spain's 24-hour consular protection and assistance "
                "line (0034-699089086).",
            ),
            numbers=("0034-699089086",),
        ),
        HOTLINE,
        HOME_POLICE,
    ),
)

_POLITIE = (
    "荷兰警方（海牙）",
    "Politie (The Hague)",
    "police",
    "2020-04-10",
    "https://www.politie.nl/nieuws/2020/april/10/06-onderzoek-gestart-naar-oplichtingen-via-de-telefoon.html",
)
NL = Contacts(
    "nl",
    (
        line(
            BANK,
            "如已转账：直接打电话给你的银行冻结账户，然后报警。",
            "If you have already paid: call your bank straight away to block your account, and then the police.",
            Citation(
                *_POLITIE,
                "Heeft u al geld overgemaakt? Bel direct uw bank om uw rekening te blokkeren en vervolgens de politie.",
                "Have you already transferred money? Call your bank immediately to block "
                "your account, and then the police.",
                "nl",
            ),
        ),
        line(
            EMERGENCY,
            "有人找上门时，立即拨打 112；其他情况拨打警方电话 0900-8844。",
            "If someone comes to your door, call 112 at once; otherwise call the police on 0900-8844.",
            Citation(
                "荷兰地方警方提醒（Biervliet 镇网站）",
                "Local police warning (Biervliet town site)",
                "police",
                "",
                "https://biervliet.nl/stadsnieuws/info-gemeentepolitie",
                "Komt er iemand bij u aan de deur, dan belt u direct 112. In andere gevallen belt u de politie via "
                "0900-8844.",
                "If someone comes to your door, call 112 immediately. Otherwise call the police on 0900-8844.",
                "nl",
            ),
            numbers=("112", "0900-8844"),
        ),
        line(
            REPORT,
            "也可以向荷兰反诈骗服务台 Fraudehelpdesk 报告：088-7867372（工作日 9:00–17:00）。",
            "You can also report it to the Fraudehelpdesk: 088-7867372 (working days, 9 am to 5 pm).",
            Citation(
                "荷兰反诈骗服务台 Fraudehelpdesk",
                "Fraudehelpdesk (Netherlands)",
                "consumer-body",
                "",
                "http://www.fraudehelpdesk.nl/Meldpunten",
                "Onze helpdesk zit klaar op werkdagen tussen 9.00 en 17.00 uur. Meldformulier Of bel 088-7867372 "
                "(lokaal tarief)",
                "Our helpdesk is there on working days between 9:00 and 17:00. Report form, or "
                "call 088-7867372 (local rate).",
                "nl",
            ),
            numbers=("088-7867372",),
        ),
        line(
            EMBASSY,
            "中国驻荷兰使馆领事保护与协助电话：+31-682278165（证件咨询请勿拨打）。",
            "The Chinese Embassy in the Netherlands, consular protection and assistance: +31-682278165 (not for "
            "document enquiries).",
            Citation(
                "驻荷兰使馆（中国领事，网易转载）",
                "Chinese Embassy in the Netherlands (via China Consular, reposted by 163.com)",
                "embassy",
                "2024-10",
                "https://m.163.com/news/article/JFM8L12705148686.html?clickfrom=subscribe",
                "驻荷兰使馆领事保护与协助电话: +31-682278165",
                "Embassy in the Netherlands, consular protection and assistance: +31-682278165",
            ),
            numbers=("+31-682278165",),
        ),
        HOTLINE,
        HOME_POLICE,
    ),
)
