"""The built site in a real browser (Debian's Chromium through Playwright), page by page."""

from __future__ import annotations

import gzip
import os
import shutil
from urllib.parse import urlparse

import pytest

from tests.conftest import PROJECT, SITE_URL
from tools.serve import serving

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1500)]

CHROMIUM = (
    os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
)
if not CHROMIUM:
    if os.environ.get("REQUIRE_BROWSER"):
        raise RuntimeError("REQUIRE_BROWSER is set but no chromium was found")
    pytest.skip("no chromium on this machine (apt-get install chromium)", allow_module_level=True)

SCREENSHOTS = PROJECT / "screenshots"
# Bytes transferred (gzip) for a first visit to a page without charts, its language's search
# index aside: the index is fetched once per visit, whichever page comes first, and grows with
# every page the site adds, so it has a budget of its own (the Korean one is the larger: Korean
# text compresses less well).
PAGE_BUDGET = 96 * 1024
SEARCH_BUDGET = 48 * 1024
CHART_BUDGET = 60 * 1024  # what a page's charts may add


def nav_pages(notebooks: bool = False) -> list[str]:
    """Site paths of every page in mkdocs.yml's nav ("" for the home page), with or without
    the notebook pages."""
    from mkdocs.config import load_config

    config = load_config(str(PROJECT / "mkdocs.yml"))
    pages: list[str] = []

    def walk(items):
        for item in items:
            value = next(iter(item.values())) if isinstance(item, dict) else item
            if isinstance(value, list):
                walk(value)
            elif value.endswith(".md"):
                stem = value[: -len(".md")]
                pages.append("" if stem == "index" else stem.removesuffix("/index") + "/")
            elif notebooks and value.endswith(".ipynb"):
                pages.append(value[: -len(".ipynb")] + "/")

    walk(config["nav"])
    return pages


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture(scope="session")
def base_url(built_site):
    address = urlparse(SITE_URL)
    with serving(built_site, port=address.port, prefix=address.path) as url:
        yield url


# Reports each Content-Security-Policy violation to the test as it happens. An init script
# is run by the browser tool itself, not by the page (it needs no hash and is not governed by
# the policy); test_an_inline_script_without_its_hash_is_blocked shows that it hears them.
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (e) => window.__cspViolation(
  `${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`
  + (e.sample ? ` (${e.sample})` : "")), true);
"""


def violations(page) -> list[str]:
    """What the page's policy blocked so far, reported by the event or on the console."""
    page.evaluate("() => new Promise(r => setTimeout(r, 50))")  # let pending reports arrive
    return [p for p in page.problems if p.startswith("CSP") or "Content Security Policy" in p]


@pytest.fixture
def watched(page, base_url):
    """The page, with every console error, page error, failed or foreign request and
    Content-Security-Policy violation recorded; a test that leaves a violation fails."""
    problems: list[str] = []
    host = urlparse(base_url).netloc
    page.on("console", lambda m: m.type == "error" and problems.append(f"console: {m.text}"))
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("requestfailed", lambda r: problems.append(f"failed: {r.url} {r.failure}"))
    page.on("response", lambda r: r.status >= 400 and problems.append(f"HTTP {r.status}: {r.url}"))
    page.expose_function("__cspViolation", lambda text: problems.append(f"CSP: {text}"))
    page.add_init_script(REPORT_VIOLATIONS)

    def check_request(request):
        parsed = urlparse(request.url)
        if parsed.scheme in {"http", "https"} and parsed.netloc != host:
            problems.append(f"foreign request: {request.url}")

    page.on("request", check_request)
    page.problems = problems
    page.transferred = []
    page.on(
        "requestfinished",
        lambda r: page.transferred.append((r.url, r.sizes()["responseBodySize"])),
    )
    yield page
    if not page.is_closed():
        found = violations(page)
        if found:
            pytest.fail(f"Content-Security-Policy violations: {found}", pytrace=False)


def reveal(element) -> None:
    """Click the content tab that holds ``element`` (a chart per interpreter sits in a tab)."""
    index = element.evaluate(
        "e => { const b = e.closest('.tabbed-block');"
        " return b ? [...b.parentElement.children].indexOf(b) : -1; }"
    )
    if index >= 0:
        tabs = element.locator("xpath=ancestor::div[contains(@class, 'tabbed-set')][1]")
        tabs.locator(":scope > .tabbed-labels > label").nth(index).click()


@pytest.mark.parametrize("path", [*nav_pages(), *(f"ko/{p}" for p in nav_pages())])
def test_page_loads_cleanly_and_shows_its_outputs(watched, base_url, path):
    page = watched
    response = page.goto(base_url + path, wait_until="networkidle")
    assert response.status == 200
    assert page.problems == []
    # Every executed example shows its output, right after the code it belongs to.
    runs = page.locator("section.snippet-run")
    for i in range(runs.count()):
        output = runs.nth(i).locator(":scope > .highlight").nth(1)
        assert "program-output" in output.get_attribute("class"), f"#{i} on /{path}"
        assert output.locator("pre > samp").inner_text().strip(), f"empty output #{i} on /{path}"
    # Charts are drawn and visible.
    charts = page.locator("svg[role=img]")
    for i in range(charts.count()):
        chart = charts.nth(i)
        reveal(chart)
        chart.scroll_into_view_if_needed()
        assert chart.is_visible()
        box = chart.bounding_box()
        assert box["width"] > 200 and box["height"] > 100
    # Weight: what the network carried (gzip), with the charts' own share on top of the budget.
    chart_bytes = sum(
        len(gzip.compress(charts.nth(i).evaluate("e => e.outerHTML").encode()))
        for i in range(charts.count())
    )
    assert chart_bytes <= CHART_BUDGET
    index = [size for url, size in page.transferred if url.endswith("/search_index.json")]
    assert len(index) == 1, "Material fetches its search index on every first visit"
    assert sum(index) <= SEARCH_BUDGET
    page_bytes = sum(size for url, size in page.transferred) - sum(index)
    assert page_bytes <= PAGE_BUDGET + chart_bytes
    SCREENSHOTS.mkdir(exist_ok=True)
    name = path.strip("/").replace("/", "-") or "index"
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)
    assert page.problems == []


def test_search_finds_a_typed_word_and_opens_the_result(watched, base_url):
    page = watched
    page.goto(base_url, wait_until="networkidle")
    page.keyboard.press("/")  # Material's shortcut that opens the search dialog
    box = page.locator("input.md-search__input")
    box.press_sequentially("reproduce", delay=50)
    result = page.locator(".md-search-result__item a").first
    result.wait_for(state="visible", timeout=10_000)
    result.click()
    page.wait_for_url("**/about/**")
    page.locator(".md-content h1", has_text="About these numbers").wait_for()
    assert page.problems == []


def test_instant_navigation_keeps_the_page_alive(watched, base_url):
    page = watched
    page.goto(base_url, wait_until="networkidle")
    page.evaluate("window.__stillHere = true")
    page.locator(".md-nav--primary a[href$='about/']").first.click()
    page.wait_for_url("**/about/")
    page.locator("h1", has_text="About these numbers").wait_for()
    # A full reload would have dropped the marker; instant navigation swaps the content only.
    assert page.evaluate("window.__stillHere === true")
    assert page.problems == []


def contrast(page, selector_fg: str) -> float:
    """Contrast ratio between an element's text colour and the page background."""
    return page.evaluate(
        """(selector) => {
        const rgb = (c) => c.match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(Number);
        const lum = ([r, g, b]) => {
            const f = (v) => {
                v /= 255;
                return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
            };
            return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
        };
        const fg = lum(rgb(getComputedStyle(document.querySelector(selector)).color));
        const bg = lum(rgb(getComputedStyle(document.body).backgroundColor));
        return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    }""",
        selector_fg,
    )


def test_palette_toggle_switches_light_and_dark(watched, base_url):
    page = watched
    page.goto(base_url, wait_until="networkidle")
    schemes = []
    for _ in range(3):
        page.locator("form[data-md-component=palette] label:visible").first.click()
        schemes.append(page.evaluate("document.body.getAttribute('data-md-color-scheme')"))
        assert contrast(page, ".md-content h1") >= 4.5
        if page.locator("svg[role=img] text").count():
            assert contrast(page, "svg[role=img] text") >= 4.5
    assert {"default", "slate"} <= set(schemes)
    assert page.problems == []


def pages_with_examples() -> list[str]:
    """The nav pages whose Markdown shows a program (show(...)), in both languages."""
    found = []
    for path in nav_pages():
        source = PROJECT / "docs" / ((path.rstrip("/") or "index") + ".md")
        if source.is_file() and "show(" in source.read_text(encoding="utf-8"):
            found += [path, f"ko/{path}"]
    return found


@pytest.mark.parametrize("path", pages_with_examples())
def test_the_first_example_shows_its_output_without_a_click(watched, base_url, path):
    page = watched
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(base_url + path, wait_until="networkidle")
    runs = page.locator("section.snippet-run")
    assert runs.count(), f"/{path} shows no example"
    first = runs.first
    code, output = (
        first.locator(":scope > .highlight").nth(0),
        first.locator(":scope > .highlight").nth(1),
    )
    first.scroll_into_view_if_needed()
    assert code.is_visible() and output.is_visible()
    assert output.locator("pre").inner_text().strip()
    # Output comes right after the code it belongs to, not behind a tab.
    assert output.bounding_box()["y"] > code.bounding_box()["y"]
    assert page.locator(".snippet-run .tabbed-set").count() == 0
    assert page.problems == []


@pytest.mark.parametrize("path", [*nav_pages(), *(f"ko/{p}" for p in nav_pages())])
def test_focused_code_fits_at_1280_and_the_page_fits_a_phone(watched, base_url, path):
    page = watched
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(base_url + path, wait_until="networkidle")
    cut = page.evaluate(
        """() => [...document.querySelectorAll(
                'section.snippet-run > .highlight:first-of-type pre')]
            .filter(pre => pre.scrollWidth > pre.clientWidth)
            .map(pre => pre.closest('.highlight').querySelector('.filename')?.textContent)"""
    )
    assert cut == [], f"code cut off at 1280 px on /{path}"
    page.set_viewport_size({"width": 375, "height": 800})
    page.wait_for_timeout(100)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"/{path} scrolls sideways on a phone ({width} px)"
    SCREENSHOTS.mkdir(exist_ok=True)
    name = path.strip("/").replace("/", "-") or "index"
    page.screenshot(path=SCREENSHOTS / f"{name}-375.png", full_page=True)
    assert page.problems == []


def test_every_timeline_is_drawn_and_has_its_text_alternative(watched, base_url):
    page = watched
    for path in ("", "gil/", "io-vs-cpu/", "ko/", "ko/gil/"):
        page.goto(base_url + path, wait_until="networkidle")
        timelines = page.locator("svg.timeline")
        assert timelines.count() >= 1, path
        for i in range(timelines.count()):
            svg = timelines.nth(i)
            reveal(svg)
            svg.scroll_into_view_if_needed()
            assert svg.is_visible()
            assert svg.locator(".timeline-span, circle").count() > 0
            assert svg.locator("desc").text_content().strip()
            # The same as text: the table right after the chart.
            after = svg.locator(
                "xpath=ancestor::div[1]/following-sibling::*[self::table or self::div][1]"
            )
            assert after.locator("td").count() > 0 or after.locator("table td").count() > 0, path
    assert page.problems == []


# Each plain block beside a twin whose <pre> holds a <code> (as Material's CSS sees a code
# block in the same place): their computed styles.
PLAIN_AND_CODE = """(selector) => {
    const props = ["font-family", "font-size", "line-height", "color", "background-color",
                   "padding-top", "padding-left", "white-space", "overflow-x", "display",
                   "border-top-left-radius", "border-bottom-left-radius"];
    const style = (element) => {
        const computed = getComputedStyle(element);
        return Object.fromEntries(props.map((p) => [p, computed[p]]));
    };
    const plain = document.querySelector(selector);
    const twin = plain.closest(".highlight").cloneNode(true);
    const code = document.createElement("code");
    code.textContent = plain.textContent;
    twin.querySelector("pre").replaceChildren(code);
    twin.className = "highlight";
    plain.closest(".highlight").after(twin);
    const styles = [style(plain), style(code)];
    twin.remove();
    return styles;
}"""


def test_outputs_and_whole_programs_are_plain_blocks_drawn_as_code_is(watched, base_url):
    """A program's output (<samp>) and its whole text (collapsed) carry no copy button and
    give Material's script nothing to do at load (concurrency_live/site_hooks/html.py); they
    look as a code block looks, and a wide one scrolls from the keyboard."""
    page = watched
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(base_url + "gil/", wait_until="networkidle")
    page.evaluate("document.querySelectorAll('details').forEach((d) => { d.open = true; })")
    run = page.locator("section.snippet-run").filter(has=page.locator(".program-whole")).first
    assert run.locator(".highlight:first-of-type button[data-md-type=copy]").count() == 1
    assert run.locator(".program-output button, .program-whole button").count() == 0
    assert run.locator(".program-output pre > code, .program-whole pre > code").count() == 0
    for plain in (".program-output pre > samp", ".program-whole pre > .program-text"):
        drawn, as_code = page.evaluate(PLAIN_AND_CODE, plain)
        assert drawn == as_code, plain
    wide = page.locator(".program-output samp, .program-whole .program-text").evaluate_all(
        "els => els.filter((e) => e.scrollWidth > e.clientWidth).length"
    )
    assert wide >= 1  # at 375 px some line is wider than the block
    samp = page.locator(".program-output samp").first
    samp.focus()
    assert samp.evaluate("e => document.activeElement === e")
    assert page.problems == []


def test_code_blocks_have_a_copy_button(watched, base_url):
    page = watched
    page.goto(base_url, wait_until="networkidle")
    page.locator(".md-content pre").first.hover()
    assert page.locator(".md-content button[data-md-type=copy]").count() >= 1
    # Its bar is no navigation landmark (the hook rewrites Material's <nav> into a <div>).
    assert page.locator(".md-content div.md-code__nav button[data-md-type=copy]").count() >= 1
    assert page.locator("nav.md-code__nav").count() == 0


def test_the_language_switcher_keeps_the_reader_on_the_same_page(watched, base_url):
    page = watched
    page.goto(base_url + "threads/", wait_until="networkidle")
    page.locator(".md-header .md-select").hover()
    page.locator(".md-select__link[hreflang=ko]").click()
    page.wait_for_url("**/ko/threads/")
    assert page.evaluate("document.documentElement.lang") == "ko"
    page.locator(".md-header .md-select").hover()
    page.locator(".md-select__link[hreflang=en]").click()
    page.wait_for_url("**/concurrency-live/threads/")
    assert page.problems == []


def test_search_finds_a_korean_word_on_the_korean_pages(watched, base_url):
    page = watched
    page.goto(base_url + "ko/", wait_until="networkidle")
    page.keyboard.press("/")
    page.locator("input.md-search__input").press_sequentially("바이트", delay=80)
    # Hangul arrives as text input, not key presses; one real key makes the search run.
    page.keyboard.press("End")
    result = page.locator(".md-search-result__item a").first
    result.wait_for(state="visible", timeout=10_000)
    assert "/ko/" in result.get_attribute("href")
    result.click()
    page.wait_for_url("**/ko/**")
    assert page.evaluate("document.documentElement.lang") == "ko"
    assert page.problems == []


# axe-core (bundled by axe-playwright-python): WCAG 2.1 A and AA, and its best practices.
AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
    },
    "resultTypes": ["violations"],
}
SCHEMES = {"light": "default", "dark": "slate"}  # the reader's preference -> Material's palette


@pytest.fixture(scope="session")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize(
    "path", [*nav_pages(notebooks=True), *(f"ko/{p}" for p in nav_pages(notebooks=True))]
)
def test_axe_finds_no_accessibility_violation(watched, base_url, axe, path, scheme):
    page = watched
    # The site's first palette follows the reader's system preference.
    page.emulate_media(color_scheme=scheme)
    page.goto(base_url + path, wait_until="networkidle")
    assert page.evaluate("document.body.dataset.mdColorScheme") == SCHEMES[scheme]
    results = axe.run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()
    assert page.problems == []


# Where lines of Korean prose wrap. For each pair of Hangul syllables that the browser put on
# different lines (per character, Range.getClientRects), a "wrap" when a space stood between
# them and a "split" when they were one word. Code and charts are left out.
KOREAN_LINE_BREAKS = """(selector) => {
  const hangul = /[\\uac00-\\ud7a3]/;
  const found = {wraps: 0, splits: []};
  const range = document.createRange();
  for (const block of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    let prev = null, space = false;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // A line break the markup asks for (<br>) is a break between words, not inside one.
      if (node.nodeType === Node.ELEMENT_NODE) {
        if (node.nodeName === "BR") space = true;
        continue;
      }
      if (node.parentElement.closest("pre, code, svg")) { prev = null; continue; }
      for (let i = 0; i < node.data.length; i++) {
        const ch = node.data[i];
        if (/\\s/.test(ch)) { space = true; continue; }
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect) { prev = null; continue; }
        if (prev && hangul.test(prev.ch) && hangul.test(ch) && rect.top >= prev.bottom - 1) {
          if (space) found.wraps++;
          else found.splits.push(prev.text + " / " + node.data.slice(i, i + 8));
        }
        prev = {ch, bottom: rect.bottom, text: node.data.slice(Math.max(0, i - 8), i)};
        space = false;
      }
    }
  }
  return found;
}"""
PROSE = ".md-content .md-typeset :is(p, li, h1, h2, h3, h4, td, th, summary)"


@pytest.mark.parametrize("path", nav_pages(notebooks=True))
def test_korean_lines_break_between_words_not_inside_them(watched, base_url, path):
    page = watched
    page.goto(base_url + "ko/" + path, wait_until="networkidle")
    assert page.evaluate("document.documentElement.lang") == "ko"
    for width in (1280, 768, 375):
        page.set_viewport_size({"width": width, "height": 800})
        found = page.evaluate(KOREAN_LINE_BREAKS, PROSE)
        assert found["wraps"] > 0, f"no Korean line wrapped at {width} px: nothing was checked"
        assert found["splits"] == [], f"words split across lines at {width} px"
    assert page.problems == []


def test_the_word_waiting_stays_whole_wherever_a_line_ends_near_it(watched, base_url):
    """The GIL page's heading on the convoy effect: '기다리는' split as '기다 / 리는' at 375 px,
    before Korean pages asked for word-break: keep-all."""
    page = watched
    page.goto(base_url + "ko/gil/", wait_until="networkidle")
    heading = page.locator("h2", has_text="기다리는 스레드가")
    lines_of_word = """(h) => {
      const text = [...h.childNodes].find(n => n.nodeType === 3 && n.data.includes("기다리는"));
      const start = text.data.indexOf("기다리는");
      const range = document.createRange();
      return [0, 1, 2, 3].map(i => {
        range.setStart(text, start + i);
        range.setEnd(text, start + i + 1);
        return Math.round(range.getClientRects()[0].top);
      });
    }"""
    starts_a_line = 0
    for width in range(320, 481, 4):
        page.set_viewport_size({"width": width, "height": 800})
        tops = heading.evaluate(lines_of_word)
        assert len(set(tops)) == 1, f"'기다리는' split across lines at {width} px"
        heading_top = heading.evaluate("h => h.getClientRects()[0].top")
        starts_a_line += tops[0] > heading_top + 5  # the word opens a line of its own
    assert starts_a_line, "the heading never wrapped at the word: the test checked nothing"


def test_korean_text_is_drawn_with_a_korean_font(watched, base_url):
    """Without a CJK font (apt-get install fonts-noto-cjk) every syllable is the same box."""
    page = watched
    page.goto(base_url + "ko/", wait_until="networkidle")
    # Each syllable drawn on a canvas in the page's font; without a glyph, each is the same box.
    drawn = page.evaluate("""() => {
      const family = getComputedStyle(document.querySelector(".md-content p")).fontFamily;
      const [ga, na, none] = ["가", "나", "\\u{10FFFD}"].map(ch => {
        const canvas = document.createElement("canvas");
        canvas.width = canvas.height = 64;
        const g = canvas.getContext("2d");
        g.font = `48px ${family}`;
        g.fillText(ch, 4, 52);
        return canvas.toDataURL();
      });
      return {alike: ga === na, boxes: ga === none || na === none};
    }""")
    assert drawn == {"alike": False, "boxes": False}, "Hangul drawn as empty boxes: no CJK font"
    assert page.problems == []


# Every page a reader can open: both languages, the notebooks and the 404 page.
EVERY_PAGE = [
    *nav_pages(notebooks=True),
    *(f"ko/{p}" for p in nav_pages(notebooks=True)),
    "404.html",
]


@pytest.mark.parametrize("path", EVERY_PAGE)
def test_a_readers_tour_meets_no_policy_violation(watched, base_url, path):
    """Load, switch palette, open every tab, copy code, search, and move on to the next
    page by instant navigation: the page's policy (and the next page's, which instant
    navigation adds to it) blocks nothing the site does."""
    page = watched
    response = page.goto(base_url + path, wait_until="networkidle")
    # tools/serve.py sends the page's policy as a header too, with what only a header can say.
    header = response.headers["content-security-policy"]
    meta = page.locator('meta[http-equiv="Content-Security-Policy"]').get_attribute("content")
    assert header == f"{meta}; frame-ancestors 'none'"
    for _ in range(3):
        page.locator("form[data-md-component=palette] label:visible").first.click()
    labels = page.locator(".md-content .tabbed-labels > label")
    for i in range(min(labels.count(), 12)):
        labels.nth(i).scroll_into_view_if_needed()
        labels.nth(i).click()
    code = page.locator(".md-content pre:has(> code):visible")
    if code.count():
        code.first.scroll_into_view_if_needed()
        code.first.hover()
        code.first.locator("xpath=..").locator("button[data-md-type=copy]").first.click()
    page.keyboard.press("/")
    page.locator("input.md-search__input").press_sequentially("GIL", delay=50)
    page.locator(".md-search-result__item").first.wait_for(state="visible", timeout=10_000)
    page.keyboard.press("Escape")
    assert violations(page) == []
    following = page.locator("a.md-footer__link--next")
    if following.count():
        page.evaluate("window.__stillHere = true")
        target = following.get_attribute("href")
        following.click()
        page.wait_for_url(lambda url: url.rstrip("/").endswith(target.strip("./").rstrip("/")))
        page.wait_for_load_state("networkidle")
        instant = page.evaluate("window.__stillHere === true")
        # Notebooks are not in the sitemap: a link to one loads it whole.
        assert instant or "notebooks/" in target, f"{target} was not reached in place"
    assert page.problems == []


def test_an_inline_script_without_its_hash_is_blocked(watched, base_url, built_site):
    """A copy of a built page with a script, a style attribute and a foreign script planted
    in it: the browser runs none of them, and the violations are reported (so the listener
    the other tests rely on hears them)."""
    page = watched
    original = (built_site / "gil" / "index.html").read_text(encoding="utf-8")
    planted = original.replace(
        "</head>", "<script>window.__planted = 'head'</script></head>", 1
    ).replace(
        "</body>",
        '<p id="planted" style="color: rgb(255, 0, 0)">planted</p>'
        "<script>window.__planted = 'body'</script>"
        '<script src="https://cdn.example.org/planted.js"></script></body>',
        1,
    )
    assert planted.count("__planted") == 2
    # Served in place of a page at the same depth as gil/, so its own files load as there.
    page.route(
        base_url + "planted/",
        lambda route: route.fulfill(content_type="text/html; charset=utf-8", body=planted),
    )
    page.goto(base_url + "planted/", wait_until="networkidle")
    assert page.evaluate("typeof window.__planted") == "undefined"
    assert page.evaluate("getComputedStyle(document.getElementById('planted')).color") != (
        "rgb(255, 0, 0)"
    )
    # The page's own inline scripts (hashed) did run: Material's base and palette scripts.
    assert page.evaluate("typeof __md_get") == "function"
    assert page.locator(".md-content h1").is_visible()
    found = violations(page)
    reported = [p for p in found if p.startswith("CSP: ")]
    assert sum("script-src-elem blocked inline" in p for p in reported) == 2, found
    assert sum("style-src-attr blocked inline" in p for p in reported) == 1, found
    assert any("https://cdn.example.org/planted.js" in p for p in reported), found
    # Chromium reports the foreign request, and that the policy stopped it before it left.
    assert "failed: https://cdn.example.org/planted.js csp" in page.problems
    page.problems.clear()  # what was planted, all blocked: nothing left to fail the test


def test_columns_of_figures_stay_right_aligned_without_style_attributes(watched, base_url):
    """Tables write their alignment as align="right" (the policy blocks style attributes):
    Material's CSS leaves [align] cells to it, so figures still line up on the right."""
    page = watched
    page.goto(base_url + "gil/", wait_until="networkidle")
    aligned = page.evaluate("""() => [...document.querySelectorAll(
        '.md-typeset td[align=right], .md-typeset th[align=right]')]
        .map(cell => getComputedStyle(cell).textAlign)""")
    # Chromium maps the align attribute to its own -webkit-right (right, for block children
    # too); the cells hold text, which either puts on the right.
    assert aligned and set(aligned) <= {"right", "-webkit-right"}
