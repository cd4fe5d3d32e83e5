"""Sources for what to do after a scam ("What happened?", checker/aftermath.py): police notices on
stopping a payment, keeping the evidence, ending a screen share and a stolen identity."""

from __future__ import annotations

from ..rule import Citation

__all__ = [
    "LICHFIELD_CARD_NUMBER",
    "LICHFIELD_PASSWORDS",
    "MPS_CID_EVIDENCE",
    "MPS_CID_RECOVERY",
    "MPS_CID_UNINSTALL",
    "MPS_REMOTE_CONTROL",
    "QUANZHOU_ID_SIM",
    "RURAL_WATCH_CREDIT",
    "STOP_LOSS_110",
    "STOP_LOSS_CARD",
    "STOP_LOSS_CONTACT",
    "STOP_LOSS_EVIDENCE",
]

# Police advice relayed by Zhejiang Elderly News, 1 June 2025: four steps after a scam.
_STOP_LOSS = dict(
    publisher="警方提醒（浙江老年报报道，绍兴网转载）",
    publisher_en="Police advice (reported by Zhejiang Elderly News, reposted by shaoxing.com.cn)",
    kind="police",
    date="2025-06-01",
    url="http://www.shaoxing.com.cn/p/3330880.html",
)
STOP_LOSS_CONTACT = Citation(
    **_STOP_LOSS,
    quote="一旦发现异常,立即停止给对方转账,并立刻挂断电话、停止共享屏幕、退出可疑群聊,切断与诈骗分子的所有联系。",
    quote_en="As soon as something seems wrong, stop paying them at once, hang up, stop sharing your screen, leave "
    "the suspicious group chat, and cut every contact with the scammers.",
)
STOP_LOSS_110 = Citation(
    **_STOP_LOSS,
    quote="二是以最快速度拨打110报警。警方会帮你对相关账户进行紧急止付。",
    quote_en="Second, call 110 as fast as you can. The police will help you make an emergency stop-payment on the "
    "accounts concerned.",
)
STOP_LOSS_EVIDENCE = Citation(
    **_STOP_LOSS,
    quote="保留好与骗子的通联记录,比如涉诈电话号码、聊天记录,以及涉诈网站App等线索,然后尽快前往就近的派出所报案。",
    quote_en="Keep the records of your contact with the scammer, such as the phone numbers, the chat history and the "
    "websites or apps, then report it at the nearest police station as soon as you can.",
)
STOP_LOSS_CARD = Citation(
    **_STOP_LOSS,
    quote="如果有向骗子提供银行卡密码、验证码或者出现在自己不知道的情况下钱没了,要第一时间联系银行挂失银行卡",
    quote_en="If you gave the scammer your card's password or a verification code, or money has gone without your "
    "knowing, contact the bank at once to report the card lost.",
)
# The Criminal Investigation Department's own account, as reposted.
_MPS_CID = dict(
    publisher="公安部刑侦局（微信公众号，转载）",
    publisher_en="Criminal Investigation Department, Ministry of Public Security (its WeChat account, as reposted)",
    kind="police",
    date="",
    url="https://wxredian.com/art?id=bb4ab40779b6d77886dd442e4d60927c",
)
MPS_CID_EVIDENCE = Citation(
    **_MPS_CID,
    quote="准确完整记录骗子的聊天账号、账户姓名、双方的聊天记录等信息;保存好汇款或转账的凭证",
    quote_en="Record the scammer's chat account, account name and your chats with them accurately and in full; keep "
    "the receipts of the payments or transfers.",
)
MPS_CID_UNINSTALL = Citation(
    **_MPS_CID,
    quote="在警方调取固定好电子证据后,对手机中的聊天语音、涉诈App、涉诈网址或短信进行删除。",
    quote_en="Once the police have taken and secured the electronic evidence, delete the voice chats, the scam apps, "
    "the scam websites and the texts from the phone.",
)
MPS_CID_RECOVERY = Citation(
    **_MPS_CID,
    quote="若有人声称能帮你追回被诈骗资金,不要相信!以免二次受骗!",
    quote_en="If someone says they can help you get the stolen money back, do not believe them, or you will be "
    "scammed a second time.",
)
MPS_REMOTE_CONTROL = Citation(
    publisher="公安部（央视财经报道，香港01转载）",
    publisher_en="Ministry of Public Security (reported by CCTV Finance, reposted by HK01)",
    kind="police",
    date="2026-02-25",
    url="https://www.hk01.com/%E6%95%B8%E7%A2%BC%E7%94%9F%E6%B4%BB/60324975/%E6%89%8B%E6%A9%9F%E5%87%BA%E7%8F%BE-"
    "%E9%80%992%E8%A8%8A%E8%99%9F-%E5%88%A5%E9%81%B2%E7%96%91-%E6%81%90%E6%98%AF%E8%A9%90%E9%A8%99%E6%93%8D%E6%8E%A7-"
    "%E7%AB%8B%E5%88%BB%E9%97%9C%E6%A9%9F%E6%96%B7%E7%B6%B2%E4%BF%9D%E8%B3%87%E9%87%91",
    quote="立即強制重啟手機以中斷遠程連接。拔掉電話卡、關閉Wi-Fi",
    quote_en="Force the phone to restart at once, to break the remote connection. Take out the SIM card and turn off "
    "Wi-Fi.",
    quote_lang="zh-Hant",
)
QUANZHOU_ID_SIM = Citation(
    publisher="泉州警方（报纸报道，多帮网转载）",
    publisher_en="Quanzhou police (reported in the press, reposted by duobangwang.com)",
    kind="police",
    date="2017-03-13",
    url="https://www.duobangwang.com/html/11/2017-03-13/14524798140.shtml",
    quote="用簡某的身份證到營業廳補辦了一張電話卡",
    quote_en="(Someone) used Mr Jian's ID card to get a replacement SIM card at a carrier's shop.",
    quote_lang="zh-Hant",
)
# A UK council's advice after a scam: which number to call, and the passwords to change.
_LICHFIELD = dict(
    publisher="英国利奇菲尔德区议会",
    publisher_en="Lichfield District Council (UK)",
    kind="government",
    date="",
    url="https://www.lichfielddc.gov.uk/community/staying-safe-online/10",
    quote_lang="en",
)
LICHFIELD_CARD_NUMBER = Citation(
    **_LICHFIELD,
    quote="Use the phone number on the back of your bank card.",
    quote_en="Use the phone number on the back of your bank card.",
)
LICHFIELD_PASSWORDS = Citation(
    **_LICHFIELD,
    quote="If a scammer may have access to your details, securing your accounts is essential.",
    quote_en="If a scammer may have access to your details, securing your accounts is essential.",
)
RURAL_WATCH_CREDIT = Citation(
    publisher="苏格兰乡村守望（Rural Watch Scotland）",
    publisher_en="Rural Watch Scotland",
    kind="other",
    date="",
    url="https://www.ruralwatchscotland.co.uk/Alerts/A/218275/What-to-do-if-youve-been-scammed",
    quote="Monitor your credit report, particularly if you\u2019ve been the victim of identity theft.",
    quote_en="Monitor your credit report, particularly if you\u2019ve been the victim of identity theft.",
    quote_lang="en",
)
