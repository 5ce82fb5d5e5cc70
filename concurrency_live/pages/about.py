"""Where the site's figures come from: the programs each page runs in the build, the few
figures quoted from other documents (with their sources), and the settings that every paired
measurement uses. The about page renders these; tests keep them true to the pages.

Nothing here runs a program. The programs a page runs are read from the page itself (the
snippet paths in its markdown-exec blocks, and the renderer constants those blocks name), so
the list follows the pages as they change.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib
import json
import re
import sys
import textwrap
from pathlib import Path

from concurrency_live.pages import gil
from concurrency_live.pages.overview import constants
from concurrency_live.rendering import claims
from concurrency_live.rendering.tables import table
from concurrency_live.running.fingerprint import fingerprint
from concurrency_live.running.runner import config
from concurrency_live.words import t

DOCS_DIR = "docs"
# A markdown-exec block, indented or not; its closing fence has the same indent.
EXEC_BLOCK = re.compile(r'^( *)```python exec="on"\n(.*?)\n\1```', re.S | re.M)
NAV_ENTRY = re.compile(r"([\w./-]+\.(?:md|ipynb))\"?\s*$")
TITLE = re.compile(r"^#\s+(.+?)(?:\s+\{[^}]*\})?\s*$", re.M)
IMPORT = re.compile(r"^\s*import (\w+)", re.M)


@dataclasses.dataclass(frozen=True)
class Cited:
    """A figure quoted on a page from another document, not measured in the build.

    ``values`` are the figures as the pages write them (each page that quotes the source has
    them in the paragraph that links to ``url``: a test checks it); the message ``key`` says
    what they are, ``source`` names the document.
    ``generated`` marks a figure that a renderer writes from a constant, not the page's text.
    """

    key: str  # message key: what the figures are
    pages: tuple[str, ...]
    source: str  # message key: the document's title
    url: str
    values: dict[str, str] = dataclasses.field(default_factory=dict)
    generated: bool = False


METHODS_URL = "https://docs.python.org/3/library/multiprocessing.html#contexts-and-start-methods"

# Every figure the site quotes rather than measures. A page that quotes a new one adds it here
# (tests/test_prose.py fails on a quoted figure that is not listed), and the about page lists it.
CITED: tuple[Cited, ...] = (
    Cited(
        "provenance.cited.start_methods",
        ("processes.md", "choosing.md"),
        "provenance.source.methods",
        METHODS_URL,
    ),
    Cited(
        "provenance.cited.pep703_start",
        ("processes.md",),
        "provenance.source.pep703",
        "https://peps.python.org/pep-0703/#multiprocessing",
        {"thread": "100 µs", "spawn": "50 ms"},
    ),
    Cited(
        "provenance.cited.switch_interval",
        ("gil.md",),
        "provenance.source.ceval_gil",
        gil.CEVAL_GIL,
        {"interval": f"{gil.CITED_DEFAULT_INTERVAL * 1e6:g} µs"},
        generated=True,
    ),
    Cited(
        "provenance.cited.hashlib",
        ("gil.md",),
        "provenance.source.hashlib",
        "https://docs.python.org/3/library/hashlib.html",
        {"bytes": "2047"},
    ),
    Cited(
        "provenance.cited.pep703_overhead",
        ("gil.md",),
        "provenance.source.pep703",
        "https://peps.python.org/pep-0703/",
        {"slowdown": "5\u20138 %"},  # an en dash, as the page writes it
    ),
    Cited(
        "provenance.cited.howto_overhead",
        ("gil.md",),
        "provenance.source.howto",
        "https://docs.python.org/3.14/howto/free-threading-python.html",
        {"low": "1 %", "high": "8 %"},
    ),
    Cited(
        "provenance.cited.dask_overhead",
        ("beyond-one-machine.md",),
        "provenance.source.dask",
        "https://distributed.dask.org/en/stable/",
        {"overhead": "1ms"},
    ),
)


# --- Pages ----------------------------------------------------------------------------------


def docs() -> Path:
    return config.project / DOCS_DIR


def nav_pages() -> list[str]:
    """The pages in the order of the navigation in mkdocs.yml (paths under docs/)."""
    pages, inside = [], False
    for line in (config.project / "mkdocs.yml").read_text(encoding="utf-8").splitlines():
        if line.startswith("nav:"):
            inside = True
        elif inside and line and not line.startswith((" ", "-")):
            break
        elif inside and (match := NAV_ENTRY.search(line)):
            pages.append(match[1])
    return pages


def translated(page: str, lang: str) -> Path:
    """``docs/x.md`` in English, ``docs/x.ko.md`` in Korean."""
    path = docs() / page
    return path if lang == "en" else path.with_name(f"{path.stem}.{lang}{path.suffix}")


def title(page: str, lang: str = "en") -> str:
    """The page's first heading in ``lang`` (the first heading of a notebook's first cell)."""
    path = translated(page, lang)
    if not path.is_file():
        path = translated(page, "en")
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".ipynb":
        cells = json.loads(text)["cells"]
        text = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    match = TITLE.search(text)
    return match[1] if match else page


def _snippet(value: object) -> list[str]:
    """``value`` as snippet paths: a path of an existing snippet, or a collection of them."""
    values = value if isinstance(value, tuple | list) else [value]
    return [
        v
        for v in values
        if isinstance(v, str) and v.endswith(".py") and (config.snippets / v).is_file()
    ]


def programs_of(code: str) -> list[str]:
    """The snippets a markdown-exec block runs: paths it writes out, and renderer constants it
    names (``pages.io_vs_cpu.CPU``, ``pages.beyond_one_machine.SNIPPETS``), in the order they
    appear."""
    found: list[str] = []
    nodes = sorted(
        (n for n in ast.walk(ast.parse(textwrap.dedent(code))) if hasattr(n, "col_offset")),
        key=lambda n: (n.lineno, n.col_offset),
    )
    for node in nodes:
        if isinstance(node, ast.Constant):
            found += _snippet(node.value)
        elif (
            isinstance(node, ast.Attribute)
            and node.attr.isupper()
            and isinstance(node.value, ast.Attribute)
            and isinstance(node.value.value, ast.Name)
            and node.value.value.id == "pages"
        ):
            module = importlib.import_module(f"concurrency_live.pages.{node.value.attr}")
            found += _snippet(getattr(module, node.attr, None))
    return list(dict.fromkeys(found))


def programs(page: str) -> list[str]:
    """Every snippet a Markdown page runs, in the order the page first runs it."""
    text = (docs() / page).read_text(encoding="utf-8")
    found: list[str] = []
    for _, code in EXEC_BLOCK.findall(text):
        found += programs_of(code)
    return list(dict.fromkeys(found))


def notebook_imports(page: str) -> list[str]:
    """The snippet modules a notebook's code cells import (``import harness``)."""
    cells = json.loads((docs() / page).read_text(encoding="utf-8"))["cells"]
    code = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
    modules = {p.stem: p for p in config.snippets.rglob("*.py") if "__pycache__" not in p.parts}
    names = [name for name in IMPORT.findall(code) if name in modules]
    return [modules[name].relative_to(config.snippets).as_posix() for name in dict.fromkeys(names)]


# --- What the about page shows ------------------------------------------------------------


def _code_list(paths: list[str]) -> str:
    return ", ".join(f"`{path}`" for path in paths)


def measured_table(lang: str = "en") -> str:
    """Each page with the programs it runs in the build; the notebook with what it imports."""
    rows = []
    for page in nav_pages():
        if page.endswith(".ipynb"):
            imported = notebook_imports(page)
            if imported:
                text = t("provenance.notebook", lang, modules=_code_list(imported))
                rows.append([title(page, lang), text])
            continue
        if ran := programs(page):
            rows.append([f"[{title(page, lang)}]({page})", _code_list(ran)])
    head = [t("provenance.col_page", lang), t("provenance.col_programs", lang)]
    return table(head, ["---", "---"], rows)


def cited_table(lang: str = "en") -> str:
    """Every quoted figure, the pages that quote it, and its source with a link."""
    rows = []
    for item in CITED:
        pages = ", ".join(f"[{title(page, lang)}]({page})" for page in item.pages)
        source = f"[{t(item.source, lang)}]({item.url})"
        rows.append([t(item.key, lang, **item.values), pages, source])
    head = [
        t("provenance.col_figure", lang),
        t("provenance.col_quoted_on", lang),
        t("provenance.col_source", lang),
    ]
    return table(head, ["---", "---", "---"], rows)


def settings(lang: str = "en") -> str:
    """The settings every paired measurement uses, read from the programs' own constants."""
    measure = constants(config.snippets / "measure.py")
    harness = constants(config.snippets / "bench" / "harness.py")
    values = [
        ("provenance.set.confidence", f"{measure['CONFIDENCE'] * 100:g} %"),
        ("provenance.set.min_rounds", f"{measure['MIN_ROUNDS']}"),
        ("provenance.set.max_rounds", f"{measure['MAX_ROUNDS']}"),
        ("provenance.set.precision", f"± {measure['PRECISION'] * 100:g} %"),
        ("provenance.set.budget", t("provenance.seconds", lang, value=harness["BUDGET"])),
    ]
    rows = [[t(key, lang), value] for key, value in values]
    return table([t("provenance.col_setting", lang), t("value", lang)], ["---", "--:"], rows)


VERDICTS = (claims.REPRODUCED, claims.NOT_REPRODUCED, claims.INCONCLUSIVE)
# What decides each verdict, by status.
MEANING = {
    claims.REPRODUCED: "provenance.verdict.reproduced",
    claims.NOT_REPRODUCED: "provenance.verdict.not_reproduced",
    claims.INCONCLUSIVE: "provenance.verdict.inconclusive",
}


def vocabulary(lang: str = "en") -> str:
    """The words the verdict boxes and tables use, each with what decides it: the labels are
    the renderers' own messages, so the definitions cannot drift from the pages."""
    items = [(t(claims.STATUS[status], lang).rstrip(": "), MEANING[status]) for status in VERDICTS]
    items += [
        (t("bench.at_limit", lang).strip("*"), "provenance.mark.at_limit"),
        (t("bench.past_limit", lang).strip("*"), "provenance.mark.past_limit"),
    ]
    return "\n".join(
        f"- **{label[:1].upper()}{label[1:]}**: {t(key, lang)}" for label, key in items
    )


def claims_table(lang: str = "en") -> str:
    """Every claim the site checks, with the one rule that decides it on every page."""
    rows = []
    for claim in claims.CLAIMS.values():
        threshold = claims.number(claim.threshold, claim.unit)
        rows.append(
            [t(claim.statement, lang), t(claims.RELATION[claim.holds], lang, threshold=threshold)]
        )
    head = [t("provenance.col_claim", lang), t("provenance.col_holds", lang)]
    return table(head, ["---", "---"], rows)


# The name of each fact of the fingerprint (snippets/measure.py's machine()).
FACT = {
    "implementation": "fp.implementation",
    "version": "fp.version",
    "executable": "fp.executable",
    "free_threaded_build": "fp.free_threaded_build",
    "gil_enabled": "fp.gil_enabled",
    "start_method": "fp.start_method",
    "cpu_model": "fp.cpu_model",
    "usable_cores": "fp.usable_cores",
    "logical_cpus": "fp.logical_cpus",
    "platform": "fp.platform",
    "machine": "fp.machine",
}


def fingerprint_table(lang: str = "en", python: str = sys.executable) -> str:
    """The full fingerprint of the interpreter and machine that ran this build's snippets."""
    rows = []
    for key, value in fingerprint(python).items():
        if isinstance(value, bool):
            value = t("yes" if value else "no", lang)
        rows.append([t(FACT[key], lang), f"`{value}`"])
    return table([t("fact", lang), t("value", lang)], ["---", "---"], rows)
