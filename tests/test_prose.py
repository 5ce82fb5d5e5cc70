"""No outcome is typed into a page: figures and verdict words in prose come from a run.

The prose of every page (both languages, and the notebook's text cells) is scanned outside
fenced code and outside the markdown-exec blocks -- whose output is generated from the runs --
for what a run decides: a number with a unit of time, a speedup ("2.06x"), a percentage, and
verdict words ("reproduced", "faster than", "did not prevent" ...). Each one found must be

- a program parameter listed in ``ALLOWED``, whose test ties it to the program's constant, or
- a figure quoted from another document: listed in ``about.CITED`` (which the about page
  shows) and written in a paragraph that links to that document.

Anything else is a hand-typed outcome: generate it from the run (a message chosen by the
data), or rewrite the sentence so that it claims nothing a run can contradict.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable
from urllib.parse import urldefrag

import pytest

from concurrency_live.pages import about
from tests.conftest import PROJECT, constants

DOCS = PROJECT / "docs"
NOTEBOOKS = ["notebooks/measure-it-yourself.ipynb", "notebooks/measure-it-yourself.ko.ipynb"]
PAGES = sorted(p.name for p in DOCS.glob("*.md")) + NOTEBOOKS

# --- Reading the prose ------------------------------------------------------------------------

FENCE = re.compile(r"^\s*(`{3,}|~{3,})")


def prose_lines(text: str) -> list[str]:
    """The page's lines with every fenced block (markdown-exec blocks included) blanked out,
    so that line numbers stay those of the file."""
    lines, fence = [], None
    for line in text.splitlines():
        match = FENCE.match(line)
        if fence:
            closes = match and match[1][0] == fence[0] and len(match[1]) >= len(fence)
            if closes and not line.strip()[len(match[1]) :].strip():
                fence = None
            lines.append("")
        elif match:
            fence = match[1]
            lines.append("")
        else:
            lines.append(line)
    return lines


def page_text(page: str) -> str:
    """A Markdown page's text, or a notebook's text cells one after another."""
    raw = (DOCS / page).read_text(encoding="utf-8")
    if not page.endswith(".ipynb"):
        return raw
    cells = json.loads(raw)["cells"]
    return "\n\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")


REFERENCE = re.compile(r"^\s*\[([^\]]+)\]:\s*(\S+)", re.M)
# What is not prose: inline code, link targets, reference definitions, HTML, attribute lists.
NOT_PROSE = [
    re.compile(r"(`+).*?\1"),
    re.compile(r"\]\([^)]*\)"),
    re.compile(r"^\s*\[[^\]]+\]:\s*\S+.*$"),
    re.compile(r"<!--.*?-->|<[^>]+>"),
    re.compile(r"\{[^}]*\}"),
]


def cleaned(line: str) -> str:
    for pattern in NOT_PROSE:
        line = pattern.sub(" ", line)
    return line


def paragraphs(lines: list[str]) -> dict[int, str]:
    """Line number (1-based) -> the whole paragraph (run of non-blank lines) it belongs to."""
    found, block = {}, []
    for number, line in enumerate([*lines, ""], 1):
        if line.strip():
            block.append(number)
            continue
        text = "\n".join(lines[n - 1] for n in block)
        found.update(dict.fromkeys(block, text))
        block = []
    return found


def links(paragraph: str, references: dict[str, str]) -> set[str]:
    """Every URL a paragraph links to, inline or through a reference, without its fragment."""
    urls = re.findall(r"\]\(([^)\s]+)", paragraph)
    for text, ref in re.findall(r"\[([^\]]+)\]\[([^\]]*)\]", paragraph):
        urls.append(references.get((ref or text).lower(), ""))
    urls += [
        references[k.lower()]
        for k in re.findall(r"\[([^\]]+)\](?![(\[:])", paragraph)
        if k.lower() in references
    ]
    return {urldefrag(url)[0] for url in urls if url}


# --- What a run decides -----------------------------------------------------------------------

NUMBER = r"(?<![\w.])\d+(?:[.,]\d+)?(?:\s*(?:\u2013|-|to|&ndash;)\s*\d+(?:[.,]\d+)?)?"
# A unit must end the word: "50 ms" and "50 ms가", not "5 tasks".
END = r"(?![A-Za-z])"
KOREAN_UNIT = r"(?:나노초|마이크로초|밀리초|초(?!기)|분(?!의)|시간)"
PATTERNS = {
    "time": re.compile(
        rf"{NUMBER}\s*(?:ns|[µμ]s|us|ms|s|secs?|seconds?|milliseconds?|microseconds?|minutes?"
        rf"|hours?){END}"
        # Korean, with its fractions: "10분의 1초" is a tenth of a second.
        rf"|(?:\d+분의\s*)?{NUMBER}\s*{KOREAN_UNIT}"
    ),
    "ratio": re.compile(rf"{NUMBER}\s*(?:\u00d7|&times;|x{END}|times\b|배)"),
    "percent": re.compile(rf"{NUMBER}\s*(?:%|percent\b|퍼센트)"),
    "verdict": re.compile(
        r"\b(?:not )?reproduced\b|\bfaster than\b|\bslower than\b|\bas fast as\b"
        r"|\bdid(?: not|n't) prevent\b|\bclose to (?:their|its|the) floor\b|\bno speedup\b"
        r"|\bran in parallel\b|\bconfirm(?:s|ed)\b|\bcheaper than\b|\bdearer than\b"
        r"|\bmore expensive than\b"
        r"|재현(?:되었|됐|되지|했|함|됨)|보다 (?:빠르|빨랐|느리|느렸)|막지 못|하한에 가깝"
        r"|빨라졌|느려졌|속도 향상이 없|병렬로 실행(?:되었|됐)|더 (?:싸|비싸|저렴)",
        re.I,
    ),
}


@dataclasses.dataclass(frozen=True)
class Hit:
    page: str
    line: int
    kind: str
    text: str
    source: str  # the whole line, for the report

    def __str__(self) -> str:
        return f"{self.page}:{self.line}: [{self.kind}] {self.text!r} in: {self.source.strip()}"


def squeezed(text: str) -> str:
    return re.sub(r"\s+|&nbsp;", "", text)


# --- What may stay ----------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Allowed:
    """A figure in prose that is a program's parameter, not its outcome."""

    page: str
    text: str
    reason: str
    holds: Callable[[], bool]  # the figure still is what the program uses


def _const(snippet: str, name: str, value: object) -> Callable[[], bool]:
    return lambda: constants(snippet)[name] == value


_CONFIDENCE = _const("measure.py", "CONFIDENCE", 0.95)
# The method's own constants, which any page may name when it explains a figure.
EVERYWHERE: dict[str, Callable[[], bool]] = {"95 %": _CONFIDENCE}
ALLOWED: tuple[Allowed, ...] = (
    Allowed(
        "threads.md",
        "0.2 s",
        "when the child calls os.abort()",
        _const("threads/abort_child_threads.py", "CRASH_AFTER", 0.2),
    ),
    Allowed(
        "threads.md",
        "0.3 s",
        "when the parent reads the counts again",
        _const("threads/abort_child_threads.py", "LOOK_AGAIN", 0.3),
    ),
    Allowed(
        "threads.md",
        "0.35 s",
        "how long the ordinary thread works",
        _const("threads/exit_daemon_thread.py", "WORKER_TIME", 0.35),
    ),
    Allowed(
        "threads.ko.md",
        "0.2초",
        "when the child calls os.abort()",
        _const("threads/abort_child_threads.py", "CRASH_AFTER", 0.2),
    ),
    Allowed(
        "threads.ko.md",
        "0.3초",
        "when the parent reads the counts again",
        _const("threads/abort_child_threads.py", "LOOK_AGAIN", 0.3),
    ),
    Allowed(
        "threads.ko.md",
        "0.35초",
        "how long the ordinary thread works",
        _const("threads/exit_daemon_thread.py", "WORKER_TIME", 0.35),
    ),
    Allowed(
        "threads.ko.md",
        "10분의 1초",
        "the daemon's tick (the English page writes it in words)",
        _const("threads/exit_daemon_thread.py", "TICK", 0.1),
    ),
)

_SIZES = "cluster/task_size_sweep.py"
ALLOWED += tuple(
    Allowed(
        page, text, reason, lambda pick=pick, value=value: pick(constants(_SIZES)["SIZES"]) == value
    )
    for page in ("beyond-one-machine.md", "beyond-one-machine.ko.md")
    for text, reason, pick, value in (
        ("10 µs", "the smallest task of the sweep", min, 1e-5),
        ("100 ms", "the largest task of the sweep", max, 1e-1),
    )
)

# The efficiency scale is defined in words on the Dask page: two points of the definition.
ALLOWED += tuple(
    Allowed(page, text, "a point of the efficiency scale's definition", lambda: True)
    for page in ("beyond-one-machine.md", "beyond-one-machine.ko.md")
    for text in ("100%", "50%")
)

# Pages that still type outcomes, each with the reason; a strict xfail fails once it is clean.
PENDING: dict[str, str] = {}


def english(page: str) -> str:
    """``x.ko.md`` -> ``x.md``: the registry names pages by their English file."""
    return re.sub(r"\.ko(\.\w+)$", r"\1", page)


def quoted(page: str, text: str, paragraph: str, references: dict[str, str]) -> bool:
    """Whether ``text`` is a figure the registry lists as quoted on ``page`` from a source
    that its paragraph links to."""
    urls = links(paragraph, references)
    return any(
        english(page) in item.pages
        and urldefrag(item.url)[0] in urls
        and squeezed(text) in {squeezed(v) for v in item.values.values()}
        for item in about.CITED
    )


def is_method_constant(text: str) -> bool:
    """Whether ``text`` is one of EVERYWHERE's constants, still what the programs use."""
    return any(squeezed(c) == squeezed(text) and holds() for c, holds in EVERYWHERE.items())


def typed_outcomes(text: str, page: str) -> tuple[list[Hit], list[Allowed]]:
    """The figures and verdict words typed in ``text`` that nothing allows, and the entries
    of ``ALLOWED`` for this page that matched nothing (stale: the page changed)."""
    lines = prose_lines(text)
    around = paragraphs(lines)
    references = {k.lower(): v for k, v in REFERENCE.findall(text)}
    allowed = [a for a in ALLOWED if a.page == page]
    used: set[Allowed] = set()
    found = []
    for number, line in enumerate(lines, 1):
        for kind, pattern in PATTERNS.items():
            for match in pattern.finditer(cleaned(line)):
                hit = Hit(page, number, kind, match[0], line)
                fits = [a for a in allowed if squeezed(a.text) == squeezed(hit.text)]
                if is_method_constant(hit.text):
                    continue
                if fits:
                    used.update(fits)
                elif not quoted(page, hit.text, around.get(number, ""), references):
                    found.append(hit)
    return found, [a for a in allowed if a not in used]


# --- The scanner itself -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "kind"),  # kind: the kinds found, in order
    [
        ("The sequential run took 657 ms here.", "time"),
        ("Threads finished in 1.2 s.", "time"),
        ("Threads finished in 3 seconds.", "time"),
        ("그 요청은 50 ms가 걸렸습니다.", "time"),
        ("실행에 7.62초가 걸렸습니다.", "time"),
        ("2 threads hashed 2.06\u00d7 as fast as one.", "ratio verdict"),
        ("Two processes ran 2.08x of sequential.", "ratio"),
        ("네 프로세스는 2.04배 빨랐습니다.", "ratio"),
        ("Two processes ran at 104 % of sequential.", "percent"),
        ("The claim is reproduced.", "verdict"),
        ("The GIL did not prevent this.", "verdict"),
        ("Threads are faster than processes here.", "verdict"),
        ("Both finish close to their floor.", "verdict"),
        ("GIL은 이를 막지 못했습니다.", "verdict"),
        ("둘 다 하한에 가깝게 끝납니다.", "verdict"),
    ],
)
def test_the_scanner_finds_a_typed_outcome(sentence, kind):
    found, _ = typed_outcomes(f"# A page\n\n{sentence}\n", "example.md")
    assert [hit.kind for hit in found] == kind.split(), found
    assert found[0].line == 3


@pytest.mark.parametrize(
    "text",
    [
        "It took\n\n```text\n[ 7.50 s] All threads are done!\n```\n",
        '```python exec="on"\nprint("2.06\u00d7 as fast, reproduced")\n```\n',
        '=== "Tab"\n\n    ```python exec="on"\n    print("657 ms")\n    ```\n',
        "Call `time.sleep(0.05)` or `sys.setswitchinterval(0.005)` in 3 places.\n",
        "See [PEP 703](https://peps.python.org/pep-0703/#1-5s) on Python 3.13 and 3.14.\n",
        "[pep]: https://example.org/50ms\n",
        "Five threads, ten numbers, a tenth of a second: words are not figures.\n",
        "## Reproduce them { #reproduce-them }\n\n## 직접 재현하기 { #reproduce-them }\n",
    ],
)
def test_code_links_and_plain_words_are_not_outcomes(text):
    assert typed_outcomes(text, "example.md")[0] == []


QUOTED = """\
!!! note "Reference figures from elsewhere"
    [PEP 703][pep703] gives about 100 µs to start a thread and about 50 ms to spawn a
    subprocess.

[pep703]: https://peps.python.org/pep-0703/#multiprocessing
"""


def test_a_quoted_figure_passes_only_next_to_its_source_on_its_page():
    assert typed_outcomes(QUOTED, "processes.md")[0] == []
    assert typed_outcomes(QUOTED, "processes.ko.md")[0] == []
    # Without the link, or on a page the registry does not list, it is a typed figure.
    unlinked = QUOTED.replace("[PEP 703][pep703]", "PEP 703")
    assert [h.text for h in typed_outcomes(unlinked, "processes.md")[0]] == ["100 µs", "50 ms"]
    assert len(typed_outcomes(QUOTED, "threads.md")[0]) == 2
    # A figure the registry does not list is typed, even next to the link.
    other = QUOTED.replace("50 ms", "60 ms")
    assert [h.text for h in typed_outcomes(other, "processes.md")[0]] == ["60 ms"]


def test_a_parameter_passes_only_on_its_own_page():
    text = "The child calls `os.abort()` after\n0.2 s.\n"
    found, stale = typed_outcomes(text, "threads.md")
    assert found == []
    # The page's other parameters are not in this text: they are reported as stale.
    assert sorted(a.text for a in stale) == ["0.3 s", "0.35 s"]
    assert [h.text for h in typed_outcomes(text, "ipc.md")[0]] == ["0.2 s"]


@pytest.mark.parametrize("entry", ALLOWED, ids=lambda a: f"{a.page}:{a.text}")
def test_every_allowed_figure_is_still_the_programs_parameter(entry):
    assert entry.holds(), f"{entry.page}: {entry.text!r} ({entry.reason}) no longer matches"


# --- The pages --------------------------------------------------------------------------------


def pending(page: str):
    reason = PENDING.get(page)
    if reason is None:
        return page
    return pytest.param(page, marks=pytest.mark.xfail(strict=True, reason=f"owner: {reason}"))


@pytest.mark.parametrize("page", [pending(page) for page in PAGES])
def test_the_page_types_no_outcome(page):
    found, stale = typed_outcomes(page_text(page), page)
    assert not stale, f"allowed figures no longer on the page: {stale}"
    assert not found, "typed by hand:\n" + "\n".join(map(str, found))


def test_every_page_is_scanned():
    assert {"index.md", "index.ko.md", "about.md", "about.ko.md"} <= set(PAGES)
    assert set(PENDING) <= set(PAGES)


# --- The quoted figures the about page lists ----------------------------------------------------


@pytest.mark.parametrize(
    ("item", "lang"),
    [(item, lang) for item in about.CITED if not item.generated for lang in ("en", "ko")],
    ids=lambda v: v.key if isinstance(v, about.Cited) else v,
)
def test_every_quoted_figure_stands_next_to_its_source(item, lang):
    for page in item.pages:
        path = about.translated(page, lang)
        text = path.read_text(encoding="utf-8")
        references = {k.lower(): v for k, v in REFERENCE.findall(text)}
        lines = prose_lines(text)
        linked = [
            p
            for p in set(paragraphs(lines).values())
            if urldefrag(item.url)[0] in links(p, references)
        ]
        assert linked, f"{path.name} does not link to {item.url}"
        for value in item.values.values():
            assert any(squeezed(value) in squeezed(p) for p in linked), (path.name, value)


def test_a_generated_quoted_figure_comes_from_the_renderers_constant():
    from concurrency_live.pages import gil
    from concurrency_live.words import CATALOGUE

    (item,) = [item for item in about.CITED if item.generated]
    assert item.url == gil.CEVAL_GIL
    assert item.values["interval"] == f"{gil.CITED_DEFAULT_INTERVAL * 1e6:g} µs"
    for lang in ("en", "ko"):
        for key in ("gil.interval_default", "gil.interval_other"):
            assert "({url})" in CATALOGUE[lang][key] and "{cited:g}" in CATALOGUE[lang][key]


# --- The about page's lists -------------------------------------------------------------------


def test_the_navigation_is_read_in_order():
    from mkdocs.config import load_config

    def walk(items):
        for item in items:
            for value in item.values():
                yield from walk(value) if isinstance(value, list) else [value]

    nav = list(walk(load_config(str(PROJECT / "mkdocs.yml"))["nav"]))
    assert about.nav_pages() == nav


def test_a_block_runs_the_paths_it_writes_and_the_constants_it_names():
    code = (
        "from concurrency_live import pages, run; "
        "print(pages.io_vs_cpu.table(pages.io_vs_cpu.columns(pages.io_vs_cpu.CPU)), "
        'run("seed/numbers_letters_threads.py"), pages.beyond_one_machine.SNIPPETS, '
        '"not/a/snippet.py")'
    )
    from concurrency_live.pages import beyond_one_machine, io_vs_cpu

    assert about.programs_of(code) == [
        io_vs_cpu.CPU,
        "seed/numbers_letters_threads.py",
        *beyond_one_machine.SNIPPETS,
    ]
    assert about.programs_of("    print(show('gil/sha256_threads.py'))") == [
        "gil/sha256_threads.py"
    ]


def test_the_measured_list_has_every_program_each_page_names():
    named = re.compile(r"""\b(?:show|run)\(\s*["']([\w/.-]+\.py)["']""")
    table = about.measured_table()
    for page in about.nav_pages():
        if page.endswith(".md"):
            for name in named.findall((DOCS / page).read_text(encoding="utf-8")):
                assert name in about.programs(page), (page, name)
    assert "`bench/speedup_cpu.py`, `bench/speedup_io.py`" in table  # through io_vs_cpu.CPU, .IO
    assert "[The GIL](gil.md) | `gil/refcount_show.py`" in table
    assert "Measure it yourself | " in table and "`bench/harness.py`" in table
    assert "about.md" not in table  # it runs no program


def test_the_lists_are_in_korean_on_the_korean_page():
    table = about.measured_table("ko")
    assert table.startswith("| 페이지 |") and "[프로세스](processes.md)" in table
    assert "| 출처 |" in about.cited_table("ko")


def test_the_settings_are_read_from_the_programs(monkeypatch):
    real = about.constants

    def changed(path):
        values = real(path)
        if path.name == "measure.py":
            return {**values, "CONFIDENCE": 0.99, "MIN_ROUNDS": 8, "PRECISION": 0.02}
        return {**values, "BUDGET": 7.5}

    assert "| Confidence of every interval | 95 % |" in about.settings()
    monkeypatch.setattr(about, "constants", changed)
    text = about.settings()
    assert "| 99 % |" in text and "| 8 |" in text and "| ± 2 % |" in text
    assert "| 7.5 s |" in text and "| 7.5초 |" in about.settings("ko")


def test_the_cited_list_has_every_quoted_figure_with_its_source():
    table = about.cited_table()
    rows = table.splitlines()[2:]
    assert len(rows) == len(about.CITED)
    for item, row in zip(about.CITED, rows, strict=True):
        assert f"]({item.url}) |" in row
        assert all(value in row for value in item.values.values()), row


def test_the_verdict_words_are_the_renderers_own(monkeypatch):
    from concurrency_live import words

    text = about.vocabulary()
    assert "- **Reproduced**: the whole interval lies on the claim's side" in text
    assert "- **At the limit**: the interval reaches" in text
    english = {**words.CATALOGUE["en"], "claims.status.inconclusive": "Undecided:"}
    monkeypatch.setitem(words.CATALOGUE, "en", english)
    assert "- **Undecided**: the interval straddles" in about.vocabulary()


def test_the_claims_table_has_every_claim_with_its_rule(monkeypatch):
    from concurrency_live.rendering import claims

    rows = about.claims_table().splitlines()[2:]
    assert len(rows) == len(claims.CLAIMS)
    extra = claims.Claim("extra", "claims.threads_cpu", "claims.speedup_figure", "below", 1.1)
    monkeypatch.setitem(claims.CLAIMS, "extra", extra)
    assert about.claims_table().splitlines()[-1].endswith("| below 1.10\u00d7 |")
