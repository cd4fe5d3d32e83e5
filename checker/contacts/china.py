"""Who to call in mainland China, Hong Kong, Macao and Taiwan, and the lines every row abroad ends with."""

from __future__ import annotations

from .. import sources
from ..languages import Phrase
from ..rule import NOTICE, Citation, Passage
from .line import ADVICE, BANK, EMBASSY, EMERGENCY, HOME, REPORT, Contacts, line

# The notice's third point, and its hotline: every row outside mainland China ends with them.
_HOME_PASSAGE = Passage(
    NOTICE,
    "如款项系通过国内银行转账汇款,可同时向本人国内户籍所在地公安机关报案。",
    "If the money was transferred through a bank in China, you can also report it to the public security "
    "organ where your household registration (hukou) is in China.",
)
HOME_POLICE = line(
    HOME,
    "款项通过国内银行转账汇款的，可同时向本人国内户籍所在地公安机关报案。",
    "If the money went through a bank in China, you can also report it to the police where your household "
    "registration (hukou) is in China.",
    advisory=_HOME_PASSAGE,
)
HOTLINE = line(
    EMBASSY,
    "外交部全球领事保护与服务应急热线（24 小时）：+86-10-12308。",
    "The Foreign Ministry's global emergency hotline for consular protection and services (24 hours): +86-10-12308.",
    advisory=Passage(
        NOTICE,
        "外交部全球领事保护与服务应急热线(24小时):+86-10-12308",
        "The Foreign Ministry's global emergency hotline for consular protection and services (24 hours): +86-10-12308",
    ),
    numbers=("+86-10-12308",),
)
# Hong Kong, Macao and Taiwan: the Foreign Ministry's consular protection is for citizens abroad.
HOME_POLICE_SAR = line(
    HOME,
    "款项通过内地银行转账汇款的，可同时向本人内地户籍所在地公安机关报案。",
    "If the money went through a bank in mainland China, you can also report it to the police where your "
    "household registration (hukou) is in the mainland.",
    advisory=_HOME_PASSAGE,
)

_MPS_110 = Citation(
    "公安部（新华网报道，中国保靖网转载）",
    "Ministry of Public Security (reported by Xinhua, reposted by baojingrm.cn)",
    "police",
    "2016-10-17",
    "https://www.baojingrm.cn/content/2016/10/19/5882641.html",
    "二是尽快拨打110或到最近的公安机关报案;三是及时准确将骗子的账号和账户姓名提供给民警,由公安机关进行紧急止付。",
    "Second, call 110 or go to the nearest public security organ as soon as possible; third, give the officers "
    "the fraudster's account number and name promptly and accurately, so the police can make an emergency "
    "stop-payment.",
)
_MPS_96110 = Citation(
    "公安部刑侦局（500zi.com 转载）",
    "Criminal Investigation Department of the Ministry of Public Security (reposted by 500zi.com)",
    "police",
    "2019-09-06",
    "https://1500zi.500zi.com/article/4/325/0jDwr9W56d.html",
    "96110是全国统一的预警劝阻咨询电话",
    "96110 is the nationwide number that warns people of scams, talks them out of paying, and answers their questions.",
)
_MPS_96110_ADVICE = Citation(
    "公安部刑侦局（500zi.com 转载）",
    "Criminal Investigation Department of the Ministry of Public Security (reposted by 500zi.com)",
    "police",
    "2019-09-06",
    "https://1500zi.500zi.com/article/4/325/0jDwr9W56d.html",
    "二是咨询,市民如遇到疑似电信网络诈骗,可致电咨询。三是举报,市民如果发现涉及电信网络诈骗的违法犯罪线索,可通过该专线举报。",
    "Second, consultation: anyone who meets a suspected phone or online fraud can call it for advice. Third, "
    "reports: anyone who finds leads on phone or online fraud can report them through this line.",
)

CN = Contacts(
    "cn",
    (
        line(
            BANK,
            "如已转账：尽快拨打 110 或到最近的公安机关报案，把骗子的账号和户名告诉民警，由公安机关紧急止付。",
            "If you have paid: call 110 or go to the nearest police station as soon as possible, and give the "
            "officers the fraudster's account number and name, so the police can make an emergency stop-payment.",
            _MPS_110,
            numbers=("110",),
        ),
        line(
            BANK,
            "联系银行，自己拨打银行的客服号码，例如工商银行 95588；骗子会伪装成 +8695588、40095588 这样的相似号码。",
            "To reach your bank, dial its customer-service number yourself, such as ICBC's 95588; scammers disguise "
            "their numbers to look like it (+8695588, 40095588).",
            sources.ICBC_GUANGXI_NUMBERS,
            numbers=("95588",),
        ),
        line(
            ADVICE,
            "拿不准是不是诈骗，可以拨打 96110 咨询：它是全国统一的预警劝阻咨询电话，也受理举报。",
            "Not sure whether it is a scam? Call 96110 for advice: it is the nationwide number for anti-fraud "
            "warnings and advice, and it also takes reports.",
            _MPS_96110,
            _MPS_96110_ADVICE,
            numbers=("96110",),
        ),
    ),
)

_HKMA = Citation(
    "香港金融管理局（新闻稿，government-world.com 转载）",
    "Hong Kong Monetary Authority (press release, reposted by government-world.com)",
    "regulator",
    "",
    "http://government-world.com/hkma-reminds-public-about-bogus-phone-calls-purported-to-be-from-banks",
    "Any member of the public who has fallen to, or suspects that he/she has fallen to, similar scams should "
    "immediately contact the bank concerned and report such cases to any Police Station or the Hong Kong Police "
    "Force at 2860 5012.",
    "Any member of the public who has fallen to, or suspects that he/she has fallen to, similar scams should "
    "immediately contact the bank concerned and report such cases to any Police Station or the Hong Kong Police "
    "Force at 2860 5012.",
    "en",
)
_LINGNAN = Citation(
    "岭南大学（转述反诈骗协调中心的指引）",
    "Lingnan University (relaying the Anti-Deception Coordination Centre's guidance)",
    "other",
    "",
    "https://www.ln.edu.hk/cht/osa/about/anti-fraud-information",
    "The Anti-Scam Helpline 18222 only provides consultation services. If you suspect that you have fallen prey "
    "to a scam, please report the case at the nearest police station. For emergencies, dial 999.",
    "The Anti-Scam Helpline 18222 only provides consultation services. If you suspect that you have fallen prey "
    "to a scam, please report the case at the nearest police station. For emergencies, dial 999.",
    "en",
)
_ADCC = Citation(
    "香港警务处反诈骗协调中心",
    "Hong Kong Police Force, Anti-Deception Coordination Centre",
    "police",
    "",
    "https://www.adcc.gov.hk/en-hk/about-us.html",
    "the ADCC operates an all-day enquiry hotline, “Anti-Scam Helpline 18222”, to provide immediate consultation "
    "for the general public",
    "the ADCC operates an all-day enquiry hotline, “Anti-Scam Helpline 18222”, to provide immediate consultation "
    "for the general public",
    "en",
)
HK = Contacts(
    "hk",
    (
        line(
            BANK,
            "如已受骗或怀疑受骗：立即联络有关银行，并到任何一间警署或致电香港警务处 2860 5012 报案。",
            "If you have been scammed, or think you may have been: contact the bank concerned at once, and report "
            "it at any police station or to the Hong Kong Police Force on 2860 5012.",
            _HKMA,
            numbers=("2860 5012",),
        ),
        line(EMERGENCY, "紧急情况拨打 999。", "In an emergency, dial 999.", _LINGNAN, numbers=("999",)),
        line(
            ADVICE,
            "拿不准是不是骗案，可以拨打防骗易热线 18222（24 小时）即时咨询；它只提供咨询，报案请到最近的警署。",
            "Not sure whether it is a scam? The Anti-Scam Helpline 18222 answers all day. It only gives advice: "
            "to report a case, go to the nearest police station.",
            _ADCC,
            _LINGNAN,
            numbers=("18222",),
        ),
        HOME_POLICE_SAR,
    ),
)

_PSP = Citation(
    "澳门治安警察局",
    "Macao Public Security Police Force",
    "police",
    "",
    "https://www.fsm.gov.mo/psp/cht/psp_top5_other_5_S.html",
    "任何人士如親歷、目睹、懷疑任何緊急醫療事件、火警以及牽涉生命財產安全的案件發生,請立即致電999報警求助。",
    "Anyone who experiences, witnesses or suspects a medical emergency, a fire or a case involving the safety of "
    "life or property should call 999 at once for help.",
    "zh-Hant",
)
_PJ = Citation(
    "澳门司法警察局（澳门特区政府新闻局）",
    "Macao Judiciary Police (Government Information Bureau, GOV.MO)",
    "police",
    "",
    "https://gov.mo/en/news/309530",
    "Should you get suspicious calls or have been defrauded, regardless of whether you have suffered loss, "
    "always contact the Judiciary Police's Anti-scam hotline at 88007777 or the crime report hotline at 993 for "
    "assistance.",
    "Should you get suspicious calls or have been defrauded, regardless of whether you have suffered loss, "
    "always contact the Judiciary Police's Anti-scam hotline at 88007777 or the crime report hotline at 993 for "
    "assistance.",
    "en",
)
MO = Contacts(
    "mo",
    (
        line(
            EMERGENCY,
            "亲历、目睹或怀疑牵涉生命财产安全的案件，立即致电 999 报警求助。",
            "If you experience, witness or suspect a case that puts life or property at risk, call 999 at once.",
            _PSP,
            numbers=("999",),
        ),
        line(
            REPORT,
            "接到可疑电话或已被骗，不论有没有损失，都可致电司法警察局防诈骗查询热线 8800 7777 或报案热线 993 求助。",
            "If you get a suspicious call or have been defrauded, whether or not you lost money, call the "
            "Judiciary Police's anti-scam hotline 8800 7777 or its crime report hotline 993.",
            _PJ,
            numbers=("8800 7777", "993"),
        ),
        HOME_POLICE_SAR,
    ),
    missing=Phrase(
        "本站没有找到澳门官方“先打电话给银行”的说法。",
        "This site found no Macao official source that says to call your bank first.",
    ),
)

_TAINAN = Citation(
    "台南市政府警察局（Yahoo 新闻报道）",
    "Tainan City Police (reported by Yahoo News)",
    "police",
    "2026-01-28",
    "https://tw.news.yahoo.com/%E5%8D%97%E5%B8%82%E8%AD%A6%E5%B1%80%E7%B5%90%E5%90%88%E8%A1%9B%E7%94%9F%E5%B1%80"
    "%E5%BF%83%E7%90%86%E5%81%A5%E5%BA%B7%E6%B4%BB%E5%8B%95%E9%98%B2%E8%A9%90%E5%95%8F%E7%AD%94%E9%97%96%E9%97%9C"
    "-%E6%8F%90%E5%8D%87%E5%8F%8D%E8%A9%90%E6%84%8F%E8%AD%98-110312269.html",
    "若接獲此類可疑電話,請先「掛斷電話」,再冷靜撥打165反詐騙專線或110查證。",
    "If you get such a suspicious call, first hang up, then calmly call the 165 anti-fraud line or 110 to check.",
    "zh-Hant",
)
_LTN_HOLD = Citation(
    "自由时报",
    "Liberty Times",
    "press",
    "2018-04-01",
    "http://news.ltn.com.tw/news/society/paper/1188863",
    "民眾一旦發現被騙,需要在第一時間打電話向165報案,把個人資料、被騙時間、所匯銀行及帳戶告訴165中心,"
    "再由165和匯款銀行作確認,銀行方面就可以啟動「圈存機制」,暫時凍結所匯帳戶24小時。",
    "As soon as you find you have been cheated, call 165 at once and tell it your details, when it happened, and "
    "the bank and account you paid into; once 165 has confirmed with the bank, the bank can freeze that account "
    "for 24 hours.",
    "zh-Hant",
)
TW = Contacts(
    "tw",
    (
        line(
            REPORT,
            "发现被骗，第一时间拨打 165 报案，告诉 165 你汇款的银行和账户；165 和银行确认后，银行可以暂时冻结该账户 24 小时。",
            "As soon as you find you have been cheated, call 165 and tell it the bank and account you paid into; "
            "once 165 has confirmed with the bank, the bank can freeze that account for 24 hours.",
            _LTN_HOLD,
            numbers=("165",),
        ),
        line(
            ADVICE,
            "接到可疑电话，先挂断，再拨打 165 反诈骗专线或 110 查证。",
            "If you get a suspicious call, hang up first, then call the 165 anti-fraud line or 110 to check.",
            _TAINAN,
            numbers=("165", "110"),
        ),
        HOME_POLICE_SAR,
    ),
    missing=Phrase(
        "本站没有找到台湾警方或银行公会“先打电话给银行”的官方说法；上面冻结账户的说明来自报纸。",
        "This site found no official Taiwan source that says to call your bank first; how the hold works comes "
        "from a newspaper.",
    ),
)
