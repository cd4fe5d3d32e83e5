"""Generator: checker/tlds.py, the top-level domains a bare link in a message may end in.

They are the ICANN section of the Public Suffix List that the pinned ``publicsuffixlist``
package ships: every delegated top-level domain, ASCII and punycode (a text's Chinese
domain names are rare in scam reports, and the link pattern reads ASCII labels). The list
costs about 9 KB in the browser's checker; the whole list with every registrable suffix
would cost 340 KB for nothing a link test needs.

``make tlds`` writes the file; tests/test_links.py fails when it is stale.
"""

from __future__ import annotations

from pathlib import Path

GENERATED = Path(__file__).resolve().parents[2] / "checker" / "tlds.py"

HEADER = '''\
# GENERATED FILE: do not edit. `make tlds` writes it (overrides/hooks/tlds.py) from the ICANN
# section of the Public Suffix List in publicsuffixlist {version}.
# tests/test_links.py fails when it is stale.
"""Every top-level domain a link may end in, in ASCII (punycode for the others)."""

'''


def top_level_domains() -> tuple[list[str], str]:
    """The names, sorted, and the version of publicsuffixlist they come from."""
    from importlib.metadata import version

    import publicsuffixlist

    psl = Path(publicsuffixlist.__file__).with_name("public_suffix_list.dat").read_text(encoding="utf-8")
    icann = psl.split("===END ICANN DOMAINS===")[0]
    names = set()
    for line in icann.splitlines():
        rule = line.strip()
        if rule and not rule.startswith("//"):
            names.add(rule.lstrip("!*.").rsplit(".", 1)[-1].encode("idna").decode("ascii"))
    return sorted(names), version("publicsuffixlist")


def generate() -> str:
    names, version = top_level_domains()
    lines, line = [], "    "
    for name in names:
        if len(line) + len(name) + 1 > 100:
            lines.append(line.rstrip())
            line = "    "
        line += f"{name} "
    lines.append(line.rstrip())
    body = "\n".join(lines)
    return HEADER.format(version=version) + f'TLDS = frozenset("""\n{body}\n""".split())\n'


if __name__ == "__main__":
    GENERATED.write_text(generate(), encoding="utf-8")
