"""Who to call in Italy and Russia: rows with what this site found no current source for."""

from __future__ import annotations

from ..languages import Phrase
from ..rule import Citation
from .china import HOME_POLICE, HOTLINE
from .line import BANK, EMERGENCY, Contacts, line

IT = Contacts(
    "it",
    (
        line(
            BANK,
            "收到可疑信息：不要回复、不要打开链接；通过官方渠道联系你的银行，并马上在邮政警察的官方网站 Commissariato di PS "
            "Online 报告。",
            "If you get a suspicious message: do not reply or open any link; contact your bank through its official "
            "channels, and report it at once to the Postal Police on the official Commissariato di PS Online site.",
            Citation(
                "意大利国家警察（Il Fatto Nisseno 报道）",
                "Polizia di Stato (reported by Il Fatto Nisseno)",
                "police",
                "2025-11-26",
                "https://www.ilfattonisseno.it/2025/11/la-polizia-sms-inviati-dal-proprio-istituto-bancario-e-"
                "telefonate-su-whatsapp-che-segnalano-problemi-al-conto-corrente-e-una-truffa/",
                "rivolgersi alla propria banca utilizzando canali ufficiali e segnare subito l'accaduto alla "
                "Polizia postale attraverso il sito ufficiale del Commissariato di PS Online – Italia.",
                "contact your own bank through official channels and report what happened at once to the Postal "
                "Police through the official Commissariato di PS Online – Italia site.",
                "it",
            ),
        ),
        HOTLINE,
        HOME_POLICE,
    ),
    missing=Phrase(
        "意大利的报警电话和中国驻意大利使领馆的领保电话，本站找到的来源都是 2018 年或更早的，未经核实，所以没有列出。",
        "For Italy's police numbers and the Chinese missions' consular lines, the sources this site found date "
        "from 2018 or earlier and are unverified, so none is listed.",
    ),
)

RU = Contacts(
    "ru",
    (
        line(
            BANK,
            "如已付款：立即打银行的官方号码，要求暂停交易、撤销或申诉付款、冻结银行卡和远程访问；如把现金交给了快递员，立即拨打 102 报警。",
            "If you have paid: call your bank on its official number at once, to suspend transactions, cancel or "
            "dispute payments, and block cards and remote access; if you handed cash to a courier, call the police on "
            "102 at once.",
            Citation(
                "俄罗斯内务部打击信息技术犯罪局（news.mail.ru 报道）",
                "Russian Interior Ministry, IT crime department (reported by news.mail.ru)",
                "police",
                "2025-12-18",
                "https://news.mail.ru/society/69139669/",
                "Следующий шаг — срочно связаться со своим банком по официальному номеру, чтобы запросить "
                "приостановление транзакций, отмену или оспаривание операций, блокировку карт и удалённого "
                "доступа, а также смену лимитов и паролей. Если деньги были переданы наличными курьеру, следует "
                "немедленно позвонить в полицию по номеру 102 или в дежурную часть по территориальной "
                "принадлежности.",
                "The next step is to contact your bank urgently on its official number to ask for transactions "
                "to be suspended, payments cancelled or disputed, cards and remote access blocked, and limits and "
                "passwords changed. If the money was handed to a courier in cash, call the police on 102 at once, "
                "or the local duty station.",
                "ru",
            ),
            numbers=("102",),
        ),
        line(
            EMERGENCY,
            "俄罗斯报警电话：102；统一紧急电话 112 全国可拨，免费。",
            "The police in Russia: 102; the single emergency number 112 works everywhere in Russia, free of charge.",
            Citation(
                "中国驻俄罗斯使馆（中国侨网转载）",
                "Chinese Embassy in Russia (reposted by China Overseas Chinese Network)",
                "embassy",
                "2019-05-07",
                "http://chinahisu.com/hdfw/2019/05-07/222100.shtml",
                "俄羅斯火警電話:101,匪警電話:102,急救電話:103",
                "Russia: fire 101, police 102, ambulance 103",
                "zh-Hant",
            ),
            Citation(
                "莫斯科州谢尔宾卡市政府",
                "Shcherbinka municipal administration (Moscow)",
                "government",
                "",
                "https://scherbinka-mo.ru/materials/novosti-110788/docview/sistema-112-/",
                "Система-112 — это система обеспечения вызова экстренных оперативных служб по единому номеру «112» "
                "на всей территории Российской Федерации.",
                "System-112 provides calls to the emergency services on the single number 112 across the whole "
                "Russian Federation.",
                "ru",
            ),
            numbers=("102", "112"),
        ),
        HOTLINE,
        HOME_POLICE,
    ),
    missing=Phrase(
        "中国驻俄罗斯使领馆的领保电话，本站找到的最新来源是 2020 年的，未经核实，所以没有列出。",
        "For the Chinese missions' consular lines in Russia, the newest source this site found is from 2020 and "
        "unverified, so none is listed.",
    ),
)
