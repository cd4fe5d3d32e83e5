"""Sources for the kinds of fraud abroad: foreign regulators, police and consumer bodies."""

from __future__ import annotations

from ..rule import Citation

__all__ = [
    "ACMA_PARCEL",
    "BANK_ALERT_EXAMPLE",
    "BANK_ALERT_TEXTS",
    "CRA_TEXTS",
    "FBI_PIG_BUTCHERING",
    "FTC_PARCEL",
    "FTC_TASK_JOBS",
    "HI_MUM",
    "IRS_TEXTS",
    "OFCOM_PREMIUM",
    "PSA_PREMIUM",
    "SCAMWATCH_PRIZE",
    "SUBSCRIPTION_RENEWAL",
    "TOLL_TEXTS",
]

FTC_PARCEL = Citation(
    publisher="美国联邦贸易委员会（FTC）",
    publisher_en="U.S. Federal Trade Commission (FTC)",
    kind="regulator",
    date="",
    url="https://consumer.ftc.gov/node/88113",
    quote="unpaid postage, a missed delivery, or you need to update your shipping preferences",
    quote_en="unpaid postage, a missed delivery, or you need to update your shipping preferences",
    quote_lang="en",
)
ACMA_PARCEL = Citation(
    publisher="澳大利亚通信和媒体管理局（ACMA）",
    publisher_en="Australian Communications and Media Authority (ACMA)",
    kind="regulator",
    date="2022-02",
    url="https://www.acma.gov.au/articles/2022-02/scam-alert-text-about-package-scam",
    quote="parcel delivery SMS and email messages with unusual looking links or requests to pay a fee to complete "
    "delivery",
    quote_en="parcel delivery SMS and email messages with unusual looking links or requests to pay a fee to "
    "complete delivery",
    quote_lang="en",
)
TOLL_TEXTS = Citation(
    publisher="加拿大竞争局（经 Newswire.ca 发布）",
    publisher_en="Competition Bureau Canada (news release via Newswire.ca)",
    kind="regulator",
    date="2025-07-08",
    url="https://www.newswire.ca/news-releases/ding-scammers-are-hiding-in-your-text-messages-876346015.html",
    quote="Unpaid highway toll detected on your vehicle. Pay now to avoid fines.",
    quote_en="Unpaid highway toll detected on your vehicle. Pay now to avoid fines.",
    quote_lang="en",
)
BANK_ALERT_TEXTS = Citation(
    publisher="美国联邦贸易委员会（FTC）",
    publisher_en="U.S. Federal Trade Commission (FTC)",
    kind="regulator",
    date="2023-06",
    url="https://www.ftc.gov/news-events/news/press-releases/2023/06/new-ftc-data-analysis-shows-bank-impersonation-"
    "most-reported-text-message-scam",
    quote="These texts are designed to create a sense of urgency, often by asking people to verify a large "
    "transaction they did not make.",
    quote_en="These texts are designed to create a sense of urgency, often by asking people to verify a large "
    "transaction they did not make.",
    quote_lang="en",
)
BANK_ALERT_EXAMPLE = Citation(
    publisher=TOLL_TEXTS.publisher,
    publisher_en=TOLL_TEXTS.publisher_en,
    kind="regulator",
    date="2025-07-08",
    url=TOLL_TEXTS.url,
    quote="We've detected suspicious activity on your account – verify now",
    quote_en="We've detected suspicious activity on your account – verify now",
    quote_lang="en",
)
IRS_TEXTS = Citation(
    publisher="美国国税局（IRS）",
    publisher_en="U.S. Internal Revenue Service (IRS)",
    kind="regulator",
    date="",
    url="https://www.irs.gov/ru/newsroom/heres-how-to-avoid-irs-text-message-scams-youtube-video-text-script",
    quote="the IRS will not contact them by text message or social media and ask for personal or financial information",
    quote_en="the IRS will not contact them by text message or social media and ask for personal or financial "
    "information",
    quote_lang="en",
)
CRA_TEXTS = Citation(
    publisher="加拿大政府“Get Cyber Safe”网络安全项目",
    publisher_en="Get Cyber Safe, Government of Canada",
    kind="police",
    date="",
    url="https://pensezcybersecurite.gc.ca/en/blogs/threats-intimidation-pay-your-tax-bill-spot-tax-season-scams",
    quote="Your tax refund is now available. Click here to receive your payment.",
    quote_en="Your tax refund is now available. Click here to receive your payment.",
    quote_lang="en",
)
OFCOM_PREMIUM = Citation(
    publisher="英国通信管理局（Ofcom）",
    publisher_en="Ofcom (UK communications regulator)",
    kind="regulator",
    date="",
    url="https://ofcom.org.uk/phones-telecoms-and-internet/advice-for-consumers/scams/missed-call-scams",
    quote="Calls will typically be from a number beginning 070 or 076 (which look like mobile numbers but cost "
    "considerably more to call) or from non-geographic numbers such as those beginning 084, 087, 090, 091 or 118.",
    quote_en="Calls will typically be from a number beginning 070 or 076 (which look like mobile numbers but cost "
    "considerably more to call) or from non-geographic numbers such as those beginning 084, 087, 090, 091 or 118.",
    quote_lang="en",
)
PSA_PREMIUM = Citation(
    publisher="英国电话付费服务管理局（PSA）",
    publisher_en="Phone-paid Services Authority (PSA)",
    kind="regulator",
    date="2015-07-15",
    url="https://psauthority.org.uk/blogs/2015/july/citizens-advice-scams-awareness-month",
    quote="Numbers starting 09, 0870, 0871, 0872, 0873 and 118 are premium rate services and may cost more to call.",
    quote_en="Numbers starting 09, 0870, 0871, 0872, 0873 and 118 are premium rate services and may cost more to call.",
    quote_lang="en",
)
SCAMWATCH_PRIZE = Citation(
    publisher="澳大利亚竞争与消费者委员会（ACCC）Scamwatch",
    publisher_en="Scamwatch, Australian Competition and Consumer Commission (ACCC)",
    kind="regulator",
    date="",
    url="https://www.scamwatch.gov.au/news-alerts/sms-windfall-for-scammers",
    quote="An unsolicited text message is sent to your mobile phone telling you that you have won an unexpected prize.",
    quote_en="An unsolicited text message is sent to your mobile phone telling you that you have won an "
    "unexpected prize.",
    quote_lang="en",
)
HI_MUM = Citation(
    publisher="澳大利亚通信和媒体管理局（ACMA）",
    publisher_en="Australian Communications and Media Authority (ACMA)",
    kind="regulator",
    date="2024-01",
    url="https://www.acma.gov.au/articles/2024-01/scam-alert-re-emergence-hi-mum-scam",
    quote="a family member claiming to have damaged their phone and asking you to message them back on a different "
    "number",
    quote_en="a family member claiming to have damaged their phone and asking you to message them back on a "
    "different number",
    quote_lang="en",
)
FTC_TASK_JOBS = Citation(
    publisher="美国联邦贸易委员会（FTC）",
    publisher_en="U.S. Federal Trade Commission (FTC)",
    kind="regulator",
    date="2024-12",
    url="https://ftc.gov/news-events/news/press-releases/2024/12/new-ftc-data-show-skyrocketing-consumer-reports-"
    "about-game-online-job-scams",
    quote="Task scams often start with a text or WhatsApp message to a consumer about online work, but with few "
    "specifics.",
    quote_en="Task scams often start with a text or WhatsApp message to a consumer about online work, but with few "
    "specifics.",
    quote_lang="en",
)
SUBSCRIPTION_RENEWAL = Citation(
    publisher="美国参议院联邦信用合作社（USSFCU）",
    publisher_en="U.S. Senate Federal Credit Union (USSFCU)",
    kind="bank",
    date="2025-08-24",
    url="https://www.ussfcu.org/media-center/security-corner/blog-detail-security-corner.html?cId=105212&title="
    "subscription-renewal-scams-don-t-fall-for-phony-payment-requests",
    quote="Fraudulent emails or text messages that claim your subscription is about to renew or that your last "
    "payment failed",
    quote_en="Fraudulent emails or text messages that claim your subscription is about to renew or that your last "
    "payment failed",
    quote_lang="en",
)
FBI_PIG_BUTCHERING = Citation(
    publisher="美国联邦调查局（FBI）",
    publisher_en="U.S. Federal Bureau of Investigation (FBI)",
    kind="police",
    date="",
    url="https://www.fbi.gov/how-we-can-help-you/victim-services/national-crimes-and-victim-resources/"
    "cryptocurrency-investment-fraud",
    quote="Scammers text victims pretending they misdialed a number, sending a photo of themselves",
    quote_en="Scammers text victims pretending they misdialed a number, sending a photo of themselves",
    quote_lang="en",
)
