"""What OpenCC's s2twp gets wrong for this site's Traditional Chinese (zh-Hant), reviewed by
hand, and the quotation marks Traditional Chinese writes.

OVERRIDES: Simplified → Traditional where s2twp is wrong here, longest match first. Each entry
says why. Where plain s2twp gives something else, that is a known mistake: tests/test_traditional.py
keeps it out of the site; an entry whose s2twp is already right there is for the phrases around
it, which the comment names (s2twp segments by phrase, so 不要回复 becomes 不要回復).
"""

from __future__ import annotations

import re

OVERRIDES = {
    "挂断": "掛斷",  # s2twp: 結束通話 (a phone's button label, not the verb "hang up")
    "账户": "帳戶",  # s2twp: 賬戶; Taiwan writes 帳戶 for a bank account
    "账号": "帳號",  # s2twp: 賬號
    "转账": "轉帳",  # s2twp: 轉賬
    "法律程序": "法律程序",  # s2twp: 法律程式 (a program, not a legal procedure)
    "司法程序": "司法程序",
    "团伙": "團夥",  # s2twp: 團伙
    "注销": "註銷",  # s2twp: 登出 (logging out, not closing an account)
    # Software words where the text means something else:
    "国家代码": "國家代碼",  # s2twp: 國家程式碼 (program code)
    "字母代码": "字母代碼",  # s2twp: 字母程式碼, for ISO 3166's two-letter codes
    "程序代码": "程式碼",  # s2twp: 程式程式碼
    "前缀": "前綴",  # s2twp: 字首 (a word's prefix), for a number's prefix
    "对象": "對象",  # s2twp: 物件 (a software object), for the people a warning targets
    "发布": "發布",  # s2twp: 釋出 (a software release), for publishing a notice
    "声明": "聲明",  # s2twp: 宣告 (a declaration in code), for a site's statement
    "重要文件": "重要文件",  # s2twp: 重要檔案 (a computer file), for papers to sign for
    "签领": "簽領",  # s2twp: 籤領 (a lot drawn), for signing for a letter
    "打开": "打開",  # s2twp: 開啟 (to enable a setting): a reader opens an app or a link
    "查看": "查看",  # s2twp: 檢視 (a software "View"): a reader looks in an app
    "点击": "點擊",  # s2twp: 點選 (to select in a menu); 點擊 is what Taiwan and Hong Kong write
    "发送": "發送",  # s2twp: 傳送 (a file transfer); a text's sender is its 發送號碼
    "地址栏": "網址列",  # s2twp: 位址列 (a file manager's); a browser's is its 網址列
    "这台设备": "這部裝置",  # s2twp: 這臺裝置, which reads as a machine on a stand, not a phone
    "用户": "用戶",  # s2twp: 使用者 in some phrases, 用戶 in others, even in one sentence
    "运营商": "電信公司",  # s2twp: 運營商, the mainland's word; Taiwan and Hong Kong say 電信公司
    "回复": "回覆",  # s2twp: 回復 (to restore) in 不要回复; a text is replied to: 回覆
    "保存": "保存",  # s2twp: 儲存 (to save a file), for keeping evidence
    "打印": "列印",  # s2twp: 列印, but 打印出來 in 打印出来: one word for printing
    "粘贴进来": "貼進來",  # s2twp: 貼上進來 (the menu's Paste, then "in")
    "内幕消息": "內幕消息",
    "发卡": "發卡",  # s2twp: 髮卡 (a hair clip) in 发卡银行, 发卡机构, for a card's issuer  # s2twp: 內幕訊息 (a message); Taiwan says 內幕消息 for inside information
    # Official names stay character for character what their owners call them.
    "国家反诈中心": "國家反詐中心",
    "中国领事": "中國領事",
    "浙江在线": "浙江在線",  # s2twp: 浙江線上; a news site's name
}

# Traditional Chinese quotes with 「」, and a quote inside a quote with 『』.
MARKS = "「」『』"
_OPENING, _CLOSING = "“‘", "”’"
_CODE = re.compile(r"```.*?```|`[^`\n]*`", re.DOTALL)  # Markdown's code, kept as written


def quote_marks(text: str, marks: str, depth: int = 0) -> str:
    """``text`` with “ ” and ‘ ’ written as ``marks`` (outer pair, inner pair), by how deep each
    quote is: ``depth`` 1 for a text that stands inside a quote already (the rule table's <q>)."""
    out, start = [], 0
    for code in [*_CODE.finditer(text), None]:
        end = code.start() if code else len(text)
        for char in text[start:end]:
            if char in _OPENING:
                char = marks[2 * (depth % 2)]
                depth += 1
            elif char in _CLOSING:
                depth = max(depth - 1, 0)
                char = marks[2 * (depth % 2) + 1]
            out.append(char)
        if code:
            out.append(code.group())
            start = code.end()
    return "".join(out)
