"""Demands: what the message asks of you ("转到这个卡上", "下载 App", "加 QQ")."""

from __future__ import annotations

from ..languages import Phrase
from .mark import BANK, CARD, DEMAND, NEAR, Mark

DEMAND_MARKS: tuple[Mark, ...] = (
    Mark(
        "asks-transfer",
        DEMAND,
        Phrase("转账到某个卡号或账户", "pay money into an account or card"),
        rf"(?:转|汇|打|存|付|充|缴|交)(?:账|款|钱)?(?:[0-9x]+(?:元|块|万)?)?(?:到|至|入|进){NEAR}{{0,8}}?(?:银行)?"
        r"(?:卡|账户|帐户|账号|帐号|户头|卡号)"
        rf"|(?:打|汇|转|存)到{NEAR}{{0,12}}?卡上|(?:转|汇|打)(?:一笔|笔)?(?:钱|款)(?:给|过来|到)"
        rf"|(?:{BANK})[^\n]{{0,24}}?{CARD}|{CARD}[^\n]{{0,16}}?(?:{BANK})|(?:户名|收款人|卡号|账号|帐号)[:：]"
        rf"|(?:向|往|给){NEAR}{{0,12}}?(?:账号|账户|帐号|帐户|卡号|卡){NEAR}{{0,12}}?(?:转|汇|打|充|存)"
        r"|(?:send|transfer|wire|pay|deposit)\s+(?:the\s+|your\s+|a\s+|us\s+|me\s+|him\s+|her\s+)?"
        r"(?:money|funds|payment|deposit|cash)\b|(?:transfer|wire|send)\s+(?:me\s+|us\s+)?[$£€]\s?\d"
        r"|pay\s+(?:via|by|with|using)\s+(?:bank\s+transfer|wire|bitcoin|crypto|zelle|venmo|cash\s*app|gift\s*cards?)",
    ),
    Mark(
        "asks-details",
        DEMAND,
        Phrase("提供身份证号、银行卡号等信息", "give your ID, card or account details"),
        r"(?:提供|告知|告诉|报|发|填写|填上|填入|填|输入|登记|核对|确认|上传)(?:一下)?(?:我|我们)?(?:你|您)?(?:的)?(?:姓名[、和及]?)?"
        r"(?:身份证|银行卡|卡号|个人信息|个人资料|账户信息|帐户信息|户籍|家庭住址|信用卡|支付密码)"
        r"|(?:提供|填写|上传)(?:一些|一下)?(?:详细|相关|你的|您的|个人)(?:的)?(?:个人)?(?:信息|资料)|(?:核实|确认|验证)(?:一下)?(?:你|您)的身份"
        r"|(?:confirm|verify|update|provide|enter|submit|re-?enter|validate)\s+(?:your\s+|the\s+)?"
        r"(?:personal\s+|bank(?:ing)?\s+|card\s+|account\s+|billing\s+|payment\s+|delivery\s+|shipping\s+)?"
        r"(?:details|information|info|address|identity|card|account|payment\s+method)\b"
        r"|(?:send|provide|give|reply\s+with)\s+(?:us\s+|me\s+)?(?:your\s+)?(?:full\s+)?"
        r"(?:name|address|phone\s+number|bank\s+details|account\s+number)\b",
    ),
    Mark(
        "asks-fee",
        DEMAND,
        Phrase("先交保证金、手续费、解冻费等", "pay a fee, deposit or charge first"),
        rf"(?:交|缴|付|支付|缴纳|交纳|先交|先付|充值|转){NEAR}{{0,12}}?"
        r"(?:保证金|手续费|解冻费|解冻金|激活费|工本费|服务费|押金|会员费|认证费|税费|个人所得税|验资|流水|预付款|关税|清关费|违约金)"
        rf"|(?:保证金|手续费|解冻费|激活费|工本费|验资|刷流水|个人所得税|税费){NEAR}{{0,8}}?"
        r"(?:才能|后才|方可|才可以|即可)(?:放款|下款|到账|提现|解冻|领取|领奖|发货)"
        r"|(?:资金|账户|帐户)解冻|解冻(?:资金|账户|帐户)|(?:需要|要)(?:进行)?解冻(?:处理)?|刷流水|验证金|转账测试|测试转账|作为保证金"
        r"|(?:customs|redelivery|re-delivery|processing|release|admin|administration|handling|clearance|small)\s+"
        r"(?:fee|charge|payment|dut(?:y|ies))s?\b|(?:pay|settle)\s+(?:the\s+|a\s+|your\s+)?(?:outstanding\s+|unpaid\s+)?"
        r"(?:fee|fine|balance|toll|charge|amount)s?\b|(?:unpaid|outstanding)\s+(?:balance|amount|fee|charge)"
        r"|avoid\s+(?:late\s+|additional\s+|further\s+)?(?:fees?|fines?|penalt(?:y|ies)|charges?)",
    ),
    Mark(
        "asks-gift-card",
        DEMAND,
        Phrase("买礼品卡、充值卡", "buy gift or top-up cards"),
        # To buy them and send their numbers: a shop that gives a card away asks for nothing.
        rf"(?:买|购买|去买|充值){NEAR}{{0,8}}?(?:礼品卡|购物卡|充值卡|点卡|(?:苹果|itunes|steam|谷歌)卡)"
        r"|(?:卡号|卡密)(?:拍|发|报)(?:给|过来)"
        r"|(?:buy|purchase|get|pay\s+(?:with|in|using))\s+(?:\w+\s+){0,3}(?:gift|itunes|google\s+play|steam)\s*cards?"
        r"|gift\s?card\s+(?:codes?|numbers?)",
    ),
    Mark(
        "asks-premium-call",
        DEMAND,
        Phrase("回拨 09 等付费号码、发短信到短号", "ring a premium-rate number or text a short code"),
        # UK premium-rate (09, 087, 070) numbers to ring back, and short codes to text to.
        r"(?:call|ring|dial|phone)\s+(?:now\s+|us\s+|free\s+|today\s+|back\s+|on\s+|from\s+(?:a\s+)?landline\s+)*"
        r"0(?:9|87|70)\d(?:[ -]?\d){6,}|(?:text|txt|send|reply)\s+(?:\w+\s+){0,3}(?:to|2)\s+[0-9]{5}\b"
        r"|(?<![0-9])0(?:9[01]|87|70)[0-9]{7,8}",
    ),
    Mark(
        "asks-app",
        DEMAND,
        Phrase("下载某个 App", "download an app"),
        # An app of theirs: "下载官方 App" is what genuine companies say.
        rf"(?:下载|安装|下个|装个)(?!官方)(?:一个|一下)?(?:(?!官方){NEAR}){{0,14}}?(?:app|软件|客户端|应用|apk)"
        r"|(?:app|软件|客户端)(?:供你|供您|给你|给您)?(?:下载|安装)|(?:点击|打开)(?:这个|该)?(?:链接|网址)[^，。]{0,6}?(?:下载|安装)"
        r"|(?:download|install)\s+(?:the\s+|our\s+|this\s+|an?\s+)?(?:\w+\s+){0,2}(?:app|application|apk|software)\b",
    ),
    Mark(
        "asks-contact",
        DEMAND,
        Phrase("加 QQ、微信或进群", "add them on QQ, WeChat, WhatsApp or join a group"),
        r"(?:加|添加|联系)(?:一下)?(?:我的?|我们的?|客服的?|老师的?|对方的?|他的?)?(?:qq|微信|vx|wx|v信|薇信|好友|群|飞机|telegram|tg)"
        rf"|(?:qq|微信|vx|wx)(?:号|群)?[:：]\s*[a-z0-9_-]{{5,}}|(?:进|入|拉你进|拉你入|加入)(?:一个|我们的)?{NEAR}{{0,6}}?群"
        r"|(?:你|您)的(?:qq|微信)(?:号)?|通过(?:qq|微信)(?:进行)?(?:联系|视频|沟通|通话|添加)|(?:qq|微信)视频"
        r"|(?:加|添加)[^，。]{0,8}?(?:qq|微信|vx|wx)(?:好友|号)?|扫(?:描)?(?:二维)?码(?:联系|添加|加)"
        r"|(?:add|message|text|contact|chat\s+with|reach)\s+(?:me|us)\s+(?:on|via|at)\s+(?:whatsapp|telegram|wechat|line|signal)"
        r"|join\s+(?:our|the|my)\s+(?:\w+\s+){0,2}(?:group|channel)"
        r"|(?:e-?mail|contact|write\s+to)\b[^\n]{0,30}?[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+"
        r"|\bwhats\s?app\b[^.!?\n]{0,20}?\+?[0-9](?:[ -]?[0-9]){6,}",
    ),
    Mark(
        "asks-click",
        DEMAND,
        Phrase("点链接去验证、领取、支付", "click to verify, claim or pay"),
        rf"(?:点击|点开|打开|登录|登陆|进入|访问){NEAR}{{0,20}}?"
        r"(?:验证|认证|领取|激活|核实|办理|申请|退款|理赔|更新|解冻|升级|确认|补录|缴费|支付|解除)"
        r"|(?:click|tap|visit|go\s+to|follow|open|use|log\s*(?:in|on))\b[^.!?\n]{0,40}?\b(?:to\s+)?"
        r"(?:verify|confirm|claim|update|validate|unlock|restore|reactivate|reschedule|pay|avoid|release|receive"
        r"|redeliver|collect|secure)\b",
    ),
    Mark(
        "asks-callback",
        DEMAND,
        Phrase("回电话给他们", "call them back"),
        r"(?:回电|致电|拨打|回拨|联系)(?:电话|号码|客服|我们)?(?:至|到)?[:：]?\s*\+?[0-9](?:[ -]?[0-9]){6,}"
        r"|(?:call|ring|phone|dial)\b[^.!?\n]{0,40}?\b(?:on|at|now|back|us)?\s*\+?[0-9](?:[ ()-]{0,2}[0-9]){6,}"
        r"|call\s+(?:us\s+)?(?:now|back|immediately)\b|contact\b[^.!?\n]{0,30}?\+?[0-9](?:[ -]?[0-9]){6,}"
        r"|\b(?:ph|tel|phone)\b[:.\s-]*\+?[0-9](?:[ -]?[0-9]){6,}|reply\s+(?:with\s+)?(?:claim|win|prize)\b",
    ),
    Mark(
        "asks-follow-steps",
        DEMAND,
        Phrase("按他们说的一步步操作", "follow their instructions step by step"),
        r"(?:按照|按|根据|听从)(?:我|我们|客服|工作人员|对方)?(?:的)?(?:要求|提示|指示|指引|指导|步骤|说的)(?:来)?(?:进行|完成)?(?:操作|办理|去做)"
        rf"|配合(?:我们|我)?(?:进行|完成|做)(?:一些|一下|相关)?操作|指导(?:你|您){NEAR}{{0,6}}?操作"
        r"|(?:按照|按|听从)(?:我|我们|客服|工作人员|对方)?(?:的)?(?:指示|指引|指导|说的)(?:一步步|一步一步)?(?:来|做|进行)"
        r"|follow\s+(?:my|our|the)\s+(?:instructions|steps|guidance)",
    ),
    Mark(
        "asks-money",
        DEMAND,
        Phrase("借钱、垫付、帮忙付款", "lend, advance or pay money for them"),
        r"借(?:点|些|一些|一笔|笔)?钱|借(?:点|些|一些|一笔|笔)?(?:钱)?给我|垫付|垫资|代付|帮(?:我|忙)(?:先)?(?:转|汇|付|支付|垫|出|交|充)"
        r"|(?:转账|汇款|打款)(?:这笔|一笔|给我)|需要(?:你|您)(?:进行|帮忙)?(?:转账|汇款)"
        r"|(?:转|汇|打)(?:点|些|一些|一点|一笔|笔)(?:钱|款)|(?:转|汇|打)(?:点|些|一些|一点)给我|给(?:这个|我的?)?(?:账户|帐户|账号|帐号|卡)[^，。]{0,8}?转|送(?:个)?红包"
        r"|把[^，。]{0,8}?(?:钱|款|赔偿金|费用)(?:转|汇|打)(?:给|到|过去)"
        r"|(?:需要|要|请)(?:你|您)?(?:立即|马上|尽快)?(?:支付|缴纳|交)[^，。]{0,6}?(?:医疗费|医药费|手术费|赔偿金?|罚款)"
        r"|(?:lend|borrow)\s+(?:me\s+)?(?:some\s+)?(?:money|cash)|(?:can|could)\s+you\s+(?:pay|send|transfer|lend)\b",
    ),
    Mark(
        "asks-press-key",
        DEMAND,
        Phrase("按键转人工", "press a key to speak to someone"),
        r"按(?:[0-9]|[一二三九零])(?:键)?|按键|press\s+(?:[0-9]|one|nine)\b",
    ),
)
