"""The answers the build stores in advance (bundler/answers.py): which inputs they cover, that the
site ships them fresh and whole, that the service worker keeps them, and in Chromium, that the
page shows one while Pyodide loads and that the checker, once loaded, gives each the same."""

import gzip
import json
import re

import pytest

import checker
from bundler import answers
from checker import dial, services
from checker.languages import CODES, localized
from checker.regions import REGIONS
from checker.rule import CHANNELS
from checker.ui import WIDGET
from support.chromium import READY_MS, check_number
from support.runtime import CONFIG
from support.server import SiteServer

from .helpers import ROOT

# What readers type for the 12308 hotline, as the advisory and phones write it.
HOTLINE_FORMS = (
    "12308",
    "010-12308",
    "01012308",
    "+86 10 12308",
    "+86-10-12308",
    "+861012308",
    "0086 10 12308",
    "0086-10-12308",
    "8610 12308",
    "+86 (0)10 12308",
)


def config_of(site_dir, path="check/index.html") -> dict:
    return json.loads(CONFIG.search((site_dir / path).read_text(encoding="utf-8")).group(1))


def test_every_number_the_rule_table_and_the_advice_name_is_stored_in_its_forms():
    stored = set(answers.numbers())
    examples = {example.number for rule in checker.RULES for example in (*rule.matches, *rule.misses)}
    assert examples <= stored
    assert set(HOTLINE_FORMS) <= stored
    assert set(dial.NUMBERS) <= stored
    for number in services.KNOWN:
        assert {number, f"+86 {number}", f"+86{number}", f"0086 {number}"} <= stored, number
    assert {"95588", "110", "96110", "10086", "4008001234", "400-800-1234"} <= stored
    assert len(answers.numbers()) == len(stored)  # each once


def test_a_number_of_another_country_has_no_chinese_forms():
    with pytest.raises(ValueError, match=r"^\+44-20-79460000: not a Chinese number$"):
        answers.forms("+44-20-79460000")


def test_each_place_and_language_has_a_file():
    assert answers.places() == [(lang, region.key) for lang in CODES for region in REGIONS]


def test_a_file_gives_back_every_answer_byte_for_byte_with_each_member_stored_once():
    inputs = ["+86 10 12308", "12308", "95588", "call me", "+44 20 7946 0958"]
    given = {
        channel: {number: checker.result_json(number, channel, None, "zh-Hant", "hk") for number in inputs}
        for channel in CHANNELS
    }
    table = json.loads(json.dumps(answers.packed(given), ensure_ascii=False))
    assert table["generated"] == answers.GENERATED
    for channel in CHANNELS:
        for number in inputs:
            assert answers.unpacked(table, channel, number) == given[channel][number]
    assert answers.unpacked(table, "call", "13812345678") is None
    members = [
        part for by_number in given.values() for answer in by_number.values() for part in answers.members(answer)
    ]
    assert sorted(table["parts"]) == sorted(set(members)) and len(table["parts"]) < len(members)


def test_an_answer_that_is_not_json_dumps_output_is_refused():
    with pytest.raises(ValueError, match=r"not json\.dumps' own output"):
        answers.members('{"risk":"danger"}')


def test_the_cache_key_covers_the_whole_checker_and_this_module():
    sources = set(answers.sources(ROOT))
    assert set((ROOT / "checker").rglob("*.py")) <= sources
    assert (ROOT / "bundler" / "answers.py") in sources and (ROOT / "requirements.lock") in sources


def test_the_site_ships_every_file_fresh_and_says_it_is_generated(site_dir):
    base = config_of(site_dir)["answers"]["baseURL"]
    shipped = {
        path.relative_to(site_dir / base).as_posix(): path.read_text(encoding="utf-8")
        for path in (site_dir / base).rglob("*")
        if path.is_file()
    }
    fresh = answers.computed()  # this checkout's checker, now
    assert shipped.keys() == {f"{lang}/{where}.json" for lang, where in answers.places()}
    stale = [name for name in fresh if shipped[name] != fresh[name]]
    assert not stale, f"stale stored answers: {stale[:3]}"
    assert all(json.loads(text)["generated"] == answers.GENERATED for text in shipped.values())
    sizes = sorted(len(gzip.compress(text.encode(), 6)) for text in shipped.values())
    print(f"stored answers: {len(sizes)} files, {sum(sizes):,} bytes gzipped, largest {sizes[-1]:,}")
    assert sizes[-1] < 20_000  # a page fetches one of them on a slow link


def test_the_service_worker_keeps_every_file_of_stored_answers(site_dir):
    base = config_of(site_dir)["answers"]["baseURL"]
    build = json.loads(re.search(r"const BUILD = (\{.*?\n\});", (site_dir / "sw.js").read_text(), re.S).group(1))
    files = {f"{base}{lang}/{where}.json" for lang, where in answers.places()}
    # Kept with the runtime once the checker has run (but those a page preloads, which come with it).
    preloaded = {name for name in files if name.endswith("/cn.json")}
    assert files - preloaded <= set(build["runtime"])
    assert preloaded <= set(build["precache"])
    assert files <= set(build["files"])


def test_every_page_with_the_checker_names_the_same_stored_answers(site_dir):
    pages = [path for path in site_dir.rglob("index.html") if 'id="checker-config"' in path.read_text(encoding="utf-8")]
    assert len(pages) >= 6  # Home and Check, in three languages
    assert len({config_of(site_dir, path.relative_to(site_dir))["answers"]["baseURL"] for path in pages}) == 1


@pytest.fixture(scope="module")
def server(site_dir):
    with SiteServer(site_dir, gzip=True) as site:
        yield site.url


class Held:
    """Pyodide's WebAssembly, held back until released: the checker cannot be ready before."""

    def __init__(self, context):
        self.routes, self.released = [], False
        context.route("**/pyodide.asm.wasm", self.hold)

    def hold(self, route):
        # The page's preload and the worker's own request may both come: once released, all go.
        if self.released:
            route.continue_()
        else:
            self.routes.append(route)

    def release(self, page):
        # The worker asks for it once Pyodide's script has loaded, which may be after the answer showed.
        for _ in range(READY_MS // 100):
            if self.routes:
                break
            page.wait_for_timeout(100)  # Playwright delivers the route while the page is waited on
        assert self.routes, "the WebAssembly was never requested"
        self.released = True
        for route in self.routes:
            route.continue_()


@pytest.fixture
def held_page(browser):
    context = browser.new_context(timezone_id="Asia/Shanghai")
    page = context.new_page()
    errors, warnings = [], []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on(
        "console",
        lambda msg: (warnings if msg.type == "warning" else errors if msg.type == "error" else []).append(msg.text),
    )
    held = Held(context)
    # Chromium warns of client.js's preloads, which the worker, not the page, uses (from the HTTP cache).
    unused_preload = re.compile(r"The resource \S+ was preloaded using link preload but not used")
    yield page, held
    assert not errors, errors
    warnings = [text for text in warnings if not unused_preload.match(text)]
    assert not warnings, warnings  # the widget warns when a stored answer differs
    context.close()


@pytest.mark.parametrize(("path", "lang"), [("check/", "zh"), ("zh-Hant/check/", "zh-Hant"), ("en/check/", "en")])
def test_a_stored_answer_shows_while_pyodide_loads_and_the_checker_confirms_it(held_page, server, path, lang):
    page, held = held_page
    t = localized(WIDGET, lang)
    page.goto(server + path + "#n=%2B86%2010%2012308")  # a link's fragment takes the same path
    page.wait_for_selector("#number-check-result[data-early=shown]", timeout=READY_MS)
    assert page.get_attribute("#number-check", "data-state") == "loading"
    assert page.get_attribute("#number-check-result", "data-risk") == "danger"
    assert page.get_attribute("#number-check-result", "data-rules") == "hotline-12308"
    assert page.inner_text(".verdict__stored") == t["stored"]
    assert page.evaluate("performance.getEntriesByName('checker-answer').length") == 1
    assert page.evaluate("performance.getEntriesByName('checker-verdict').length") == 0
    # The verdict on show, but for the line that says it is stored.
    shown = page.evaluate(
        "() => { const r = document.querySelector('#number-check-result').cloneNode(true);"
        " r.querySelector('.verdict__stored').remove(); return r.innerHTML; }"
    )
    held.release(page)
    page.wait_for_selector("#number-check-result[data-early=same]", timeout=READY_MS)
    assert page.locator(".verdict__stored").count() == 0
    assert page.get_attribute("#number-check", "data-state") == "ready"
    assert page.get_attribute("#number-check", "data-busy") is None
    assert page.inner_html("#number-check-result") == shown  # the very same verdict stayed
    assert page.evaluate("performance.getEntriesByName('checker-verdict').length") == 1


def test_an_input_with_no_stored_answer_waits_for_the_checker_and_says_so(held_page, server):
    page, held = held_page
    t = localized(WIDGET, "en")
    number = "+86 139 1234 5678"
    assert number not in answers.numbers()
    page.goto(server + "en/check/")
    page.fill("input[name=number]", number)
    page.press("input[name=number]", "Enter")
    page.wait_for_function(
        "text => document.querySelector('.number-check__status').textContent.includes(text)", arg=t["unlisted"]
    )
    assert page.inner_text("#number-check-result") == ""
    assert page.evaluate("performance.getEntriesByName('checker-answer').length") == 0
    held.release(page)
    page.wait_for_selector("#number-check-result[data-risk]", timeout=READY_MS)
    assert page.get_attribute("#number-check-result", "data-early") is None


def test_a_stored_answer_of_an_input_since_changed_does_not_stay(held_page, server):
    page, held = held_page
    page.goto(server + "en/check/#n=95588")
    page.wait_for_selector("#number-check-result[data-early=shown]", timeout=READY_MS)
    page.fill("input[name=number]", "+86 139 1234 5678")
    page.press("input[name=number]", "Enter")
    page.wait_for_function("() => !document.querySelector('#number-check-result').hasChildNodes()")
    assert page.get_attribute("#number-check-result", "data-risk") is None
    held.release(page)
    assert check_number(page, "95588") == ("safe", "prefix-95-short")  # now from the checker itself


# One place per language (every row of every file is held in Pyodide under Node: test_pyodide_parity).
SAMPLED = [("zh", "cn"), ("zh-Hant", "hk"), ("en", "gb")]
EVERY_ROW = """async ({ lang, where, channels }) => {
  const config = CheckerClient.readConfig();
  const client = new CheckerClient(config);
  await client.started;
  const table = await CheckerAnswers.table(config, lang, where);
  let rows = 0;
  const different = [];
  for (const channel of channels) {
    for (const number of Object.keys(table[channel])) {
      const query = { number, channel, text: "", lang, where };
      const stored = await CheckerAnswers.lookup(config, query);
      const verdict = await client.check(query);
      rows += 1;
      if (JSON.stringify(JSON.parse(stored)) !== JSON.stringify(verdict)) different.push([channel, number]);
    }
  }
  client.stop();
  return { rows, different };
}"""


@pytest.mark.parametrize(("lang", "where"), SAMPLED)
def test_every_row_of_a_file_is_the_verdict_pyodide_gives_in_chromium(browser, server, lang, where):
    context = browser.new_context()
    page = context.new_page()
    page.goto(server + {"zh": "", "zh-Hant": "zh-Hant/", "en": "en/"}[lang] + "check/")
    page.wait_for_selector("#number-check[data-state=ready]", timeout=READY_MS)
    report = page.evaluate(EVERY_ROW, {"lang": lang, "where": where, "channels": list(CHANNELS)})
    context.close()
    print(f"{lang}/{where}: {report['rows'] - len(report['different'])} of {report['rows']} identical in Chromium")
    assert report["rows"] == len(CHANNELS) * len(answers.numbers())
    assert report["different"] == []
