"""The inputs the parity test, the trim test and bench/ run: the rule table's examples, and
numbers as people type them, valid and not, from a seed."""

from __future__ import annotations

import random

import checker

from .region_examples import REGION_EXAMPLES

# Where the reader is: mostly mainland China or abroad, as before, and some regions, in any case.
WHERES = ["cn", "abroad", "cn", "abroad", "GB", "us", "HK", "tw", "JP", "AU", "CA", "SG", "id"]


def example_cases() -> list[dict]:
    """Every example of the rule table, then every region's (support/region_examples.py), as the
    keyword arguments of checker.result()."""
    examples = [e for rule in checker.RULES for e in rule.matches + rule.misses]
    examples += [example for _, _, example, _, _ in REGION_EXAMPLES]
    return [{"number": e.number, "channel": e.channel, "text": e.text, "where": e.where} for e in examples]


def generated_cases(count: int, seed: int = 12308) -> list[dict]:
    """Numbers people type, valid and not: prefixes, separators, full width, texts with links and
    scripts, lookalike letters, read in mainland China or abroad."""
    rng = random.Random(seed)
    prefixes = ["", "+", "00", "+86 ", "0086", "+86 (0)", "000", "+95 ", "＋８６", "tel:", "0"]
    heads = [
        "400",
        "800",
        "95",
        "1069",
        "106",
        "12308",
        "12381",
        "96110",
        "110",
        "138",
        "10",
        "21",
        "951",
        "",
        "10086",
        "955",
        "1060009558",
    ]
    texts = [
        None,
        "",
        "点击 t.cn/abc 领取",
        "您涉嫌洗钱，请缴纳保释金",
        "visit www.example.com",
        "明天见",
        "Your data has been leaked",
        "http://x.y/z",
        "<script>alert(1)</script>",
        "请把验证码告诉我",
        "您的验证码为 123456，请勿向任何人透露。",
        "您的積分即將清零 t.cn/abc",
        "请转到安全账户，不要告诉家人",
    ]
    junk = [
        "abc",
        "",
        "   ",
        "+",
        "1",
        "++86",
        "4008\x00001234",
        "１２３",
        "9" * 30,
        "－",
        "\u202a110\u202c",
        "l0086",
        "1OO86",
        "l3812345678",
        "+l0086",
    ]
    cases = []
    for _ in range(count):
        if rng.random() < 0.15:
            number = rng.choice(junk)
        else:
            body = rng.choice(heads) + "".join(rng.choice("0123456789") for _ in range(rng.randint(0, 11)))
            sep = rng.choice(["", " ", "-", ".", "　"])
            body = sep.join(body[i : i + rng.randint(2, 4)] for i in range(0, len(body), 3))
            if rng.random() < 0.2:
                body = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in body)
            number = rng.choice(prefixes) + body
        cases.append(
            {
                "number": number,
                "channel": rng.choice(["call", "sms"]),
                "text": rng.choice(texts),
                "where": rng.choice(WHERES),
            }
        )
    return cases
