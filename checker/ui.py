"""The words of the site's widget, its rule table and the command line, in every language."""

from __future__ import annotations

from .languages import Phrase

# The command line's own words.
CLI = {
    "rules": Phrase("规则", "Rules"),
    "error": Phrase("错误", "Error"),
}

# The number-check widget (overrides/partials/checker-form.html and widget.js). {size} is the
# first visit's download in MB, filled in at build time ("cost" says it before anything loads);
# {step} and {reason} by widget.js ("stalled" and "unresponsive" are reasons). features.js
# shows "unsupported" (and "in_app").
WIDGET = {
    "number": Phrase("来电或短信显示的号码", "The number that called or texted you"),
    "placeholder": Phrase("例如 400 800 1234 或 +86 10 12308", "e.g. 400 800 1234 or +86 10 12308"),
    "hint": Phrase("可以带空格、短横线、括号或 +86。", "Spaces, hyphens, brackets and +86 are fine."),
    "submit": Phrase("检查", "Check"),
    "channel": Phrase("这个号码", "This number"),
    "call": Phrase("打来电话", "called me"),
    "sms": Phrase("发来短信", "sent me a text"),
    "text": Phrase(
        "短信内容，或对方在电话里说了什么（可不填）", "The text's content, or what the caller said (optional)"
    ),
    "text_placeholder": Phrase(
        "例如：您的个人资料泄露，涉嫌违法犯罪……",
        "e.g. Your personal data has leaked and you are suspected of a crime…",
    ),
    "where": Phrase("你现在在哪里", "Where you are now"),
    "where_hint": Phrase(
        "号码按当地手机的显示方式读取，建议也按当地给出。这个选择只记在这台设备上，不会发送出去。",
        "Numbers are read as phones there show them, and the advice is for that place. This choice is "
        "remembered on this device only and never sent.",
    ),
    "guess": Phrase(
        "根据这台设备的时区，猜你现在在：{region}。不对的话请在上面改。",
        "From this device's time zone, we guess you are in: {region}. If that is wrong, change it above.",
    ),
    "guess_ok": Phrase("对，我在这里", "Yes, I am here"),
    "cost": Phrase(
        "第一次检查要先下载检查程序，约 {size} MB；之后可以离线使用。",
        "The first check downloads the checker, about {size} MB; after that it works offline too.",
    ),
    "loading": Phrase("正在加载检查程序（第 {step}/2 步）……", "Loading the checker (step {step} of 2)…"),
    "progress": Phrase("检查程序的下载进度", "How much of the checker has downloaded"),
    "waiting": Phrase(
        "检查程序加载完成后会马上给出结果。", "You will get the verdict as soon as the checker is ready."
    ),
    # While the checker loads, an input with no stored answer (bundler/answers.py) waits for it;
    # one with a stored answer shows it, marked as such, until the checker has checked it again.
    "unlisted": Phrase(
        "这个号码没有预先算好的答案，检查程序加载完成后会马上给出结果。",
        "There is no answer worked out in advance for this input: you will get the verdict as soon as the "
        "checker is ready.",
    ),
    "stored": Phrase(
        "这是预先算好的答案。完整的检查程序正在加载，加载完成后会再核对一遍。",
        "This answer was worked out in advance. The full checker is loading, and will check it again when ready.",
    ),
    "ready": Phrase("检查程序已就绪。", "The checker is ready."),
    "failed": Phrase(
        "检查程序没能加载：{reason}。请检查网络后重试。",
        "The checker could not load: {reason}. Check your connection and try again.",
    ),
    "updated": Phrase(
        "本站已经更新。请按“检查”，用新版本检查。", "This site has been updated. Press Check to use the new version."
    ),
    "crashed": Phrase(
        "检查程序出了错，没有给出结果。请重试。", "The checker ran into an error and gave no verdict. Please try again."
    ),
    "stalled": Phrase("下载中断了", "the download stopped"),
    "unresponsive": Phrase("它没有响应", "it stopped responding"),
    "hung": Phrase(
        "检查程序没有响应，没有给出结果。请重试。",
        "The checker stopped responding and gave no verdict. Please try again.",
    ),
    "retry": Phrase("重试", "Try again"),
    "rules_instead": Phrase("改看规则表", "Read the rule table instead"),
    "unsupported": Phrase(
        "这个浏览器运行不了检查程序。请用最新版的 Safari 或 Chrome 打开本页，或者把手机系统更新到最新版本。",
        "This browser cannot run the checker. Open this page in an up-to-date Safari or Chrome, or update "
        "your phone's system.",
    ),
    "in_app": Phrase(
        "你是在应用里打开本页的：请用应用菜单里的“在浏览器打开”，在浏览器里就能使用检查程序，也能离线使用。",
        "You are reading this inside an app: choose Open in browser in the app's menu to use the checker "
        "there, offline too.",
    ),
    "advice": Phrase("怎么做", "What to do"),
    "rules": Phrase("相关规则", "Rules that matched"),
    # Under every verdict: what to do about what already happened (checker/aftermath.py), then why.
    "what_happened": Phrase("已经发生了什么？", "What has already happened?"),
    "why": Phrase("为什么这样判断", "Why this verdict"),
    "sources": Phrase("来源：", "Sources: "),
    "checked_as": Phrase("按这个号码检查：", "Checked as: "),
    "copy": Phrase("复制这个结果的链接", "Copy a link to this result"),
    "copied": Phrase(
        "链接已复制。号码只在“#”后面，不会发给网站。",
        "Link copied. The number is only after the #, which is never sent to the website.",
    ),
    "copy_failed": Phrase("无法自动复制，请复制下面的链接。", "Could not copy automatically; copy the link below."),
    "copy_note": Phrase(
        "检查过的号码和内容不会留在地址栏和浏览记录里。复制的链接里有这个号码和你填的内容，分享前请想一想。",
        "The number and text you check stay out of the address bar and the browsing history. A copied link "
        "holds this number and the text you entered: think before you share it.",
    ),
    "framed": Phrase(
        "这个检查不能在别的网站里面使用，以免有人替你填写。",
        "This check does not work inside another website, so that no one can fill it in for you.",
    ),
    "open_alone": Phrase("单独打开本页", "Open this page on its own"),
    "error": Phrase("无法检查", "Cannot check"),
    # The row of buttons under a verdict's heading: read it aloud, share it. {risk}, {title} and
    # {action} are the verdict's; {number} and {summary} widget.js fills in.
    "summary": Phrase("{risk}：{lead}{action}", "{risk}: {lead} {action}"),
    "read": Phrase("读给我听", "Read it to me"),
    "read_stop": Phrase("停止朗读", "Stop reading"),
    "share": Phrase("分享给家人", "Share with family"),
    "share_text": Phrase("我查了号码 {number}。{summary}", "I checked the number {number}. {summary}"),
    "share_note": Phrase(
        "分享的链接里有这个号码和你填的内容。", "The shared link holds this number and the text you entered."
    ),
    "share_copied": Phrase(
        "结果和链接已复制，可以发给家人了。",
        "The verdict and its link are copied: paste them into a message to your family.",
    ),
    "share_failed": Phrase("无法自动复制，请复制下面的文字。", "Could not copy automatically; copy the text below."),
}

# The header of every page (overrides/partials/text-size.html).
HEADER = {
    "text_size": Phrase("字大一点", "Larger text"),
}

# The site's rule table (overrides/hooks/rules_table.py).
TABLE = {
    "columns": (
        Phrase("规则", "Rule"),
        Phrase("风险", "Risk"),
        Phrase("适用", "Applies"),
        Phrase("说明", "What it means"),
        Phrase("依据", "Source"),
        Phrase("例子", "Examples"),
    ),
    "contexts": {
        "call": Phrase("来电", "call"),
        "sms": Phrase("短信", "text"),
        "sms-link": Phrase("带链接的短信", "text with a link"),
    },
    "channels": {"call": Phrase("来电", "calls"), "sms": Phrase("短信", "texts")},
    "where": {"cn": Phrase("在中国大陆", "in mainland China"), "abroad": Phrase("在国外", "abroad")},
    "notice": Phrase(
        "外交部领事保护中心提醒（2026年1月19日）", "The Consular Protection Center's notice of 19 January 2026"
    ),
    "republisher-tips": Phrase("转载时附加的防骗提示", "Tips the republisher added"),
    "sources": Phrase("本站补充 · 来源", "Added by this site · Sources"),
    "decision": Phrase("本站的判断", "Our decision"),
    "not-authority": Phrase(
        "（不是警方、银行、运营商、监管机构或使馆的来源）", "(not a police, bank, carrier, regulator or embassy source)"
    ),
    "undated": Phrase("日期不详", "undated"),
    "link": Phrase("原文", "source"),
    "matches": Phrase("符合", "Matches"),
    "misses": Phrase("不符合", "Does not match"),
    "explained": Phrase("详细说明", "Explained here"),
    # Under the table: the same table as open data for programs (checker/open_data.py).
    "open-data": Phrase("本表的开放数据，供程序使用", "This table as open data, for programs"),
    "schema": Phrase("数据格式说明（JSON Schema）", "its JSON Schema"),
}

# The printed pages (overrides/hooks/printed.py): the card's Print button and QR code, and the
# talk kit's scenarios. {address} is the page's own address.
PRINTED = {
    "print": Phrase("打印这一页", "Print this page"),
    "qr": Phrase("用手机扫一扫，打开这一页：{address}", "Scan with a phone to open this page: {address}"),
    "qr-title": Phrase("本页地址的二维码", "QR code of this page's address"),
    "source": Phrase("出处", "Source"),
    "colon": Phrase("：", ": "),
    # After a source, the numbers of the items of a list it backs: "（1、2）".
    "numbered": Phrase("（{numbers}）", " ({numbers})"),
    "and": Phrase("、", ", "),
    "says": {
        "call": Phrase("电话里，对方可能这样说", "On the phone, they may say"),
        "sms": Phrase("短信里可能这样写", "A text may say"),
    },
    "flags": Phrase("危险信号", "Red flags"),
    "do": Phrase("怎么办", "What to do"),
}

# The installed app and its link previews (webapp/): the name under its home-screen icon (its
# full name is the site's, from mkdocs.yml), and the one-line promise of the share picture, a
# line of the picture each.
APP = {
    "short_name": Phrase("反诈指南", "Call Guide"),
    "promise": Phrase(
        "接到可疑电话，马上挂断。\n在本机检查号码：号码不会离开你的设备。",
        "A suspicious call? Hang up.\nCheck the number on your own device: it never leaves it.",
    ),
    # The share picture's text alternative: the site's name and the promise, run into one line.
    "image_alt": Phrase("{name}：{promise}", "{name}: {promise}"),
}
