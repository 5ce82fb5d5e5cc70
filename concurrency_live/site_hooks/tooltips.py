"""Terms that explain themselves: a few words of the glossary get a tooltip on every page.

The glossary (docs/glossary.md and its Korean twin) is the one place a term is defined. For
the terms in ``TOOLTIPS``, the hook appends abbreviation definitions (``*[GIL]: ...``) to each
page's Markdown in the language being built, each holding the first sentence of that term's
glossary entry in that language; this module's Markdown extension turns every occurrence of
the word in the page's prose into ``<abbr title="...">``, and Material's ``content.tooltips``
shows the title as a tooltip (its own bundled script: nothing inline, nothing from another
host).

Python-Markdown's ``abbr`` extension does most of that; this one differs in three ways:

- A word may be followed by Korean: "GIL을" holds the abbreviation "GIL" (``abbr`` wants a
  word boundary after it, and Hangul is a word character).
- Headings, links, code, admonition titles and summaries keep their text as it is: a tooltip
  there would sit in the table of contents, inside another control, or in code.
- What a markdown-exec block prints is rendered by a Markdown instance of its own, which never
  sees the page's definitions: generated output gets no tooltip.

Why only these terms: a tooltip underlines every occurrence, so it suits short names that a
reader cannot decode from the word itself and that are written the same way every time, in
both languages (GIL, IPC, free-threaded). Words such as "thread" or "lock" would underline
half of every page, and phrases such as "start method" change form (plural, capitalised,
translated); pages link those to their glossary entry instead (``glossary.md#start-method``).
"""

from __future__ import annotations

import dataclasses
import posixpath
import re
import xml.etree.ElementTree as etree
from pathlib import Path

from markdown.extensions.abbr import AbbrBlockprocessor, AbbrExtension, AbbrTreeprocessor
from markdown.util import AtomicString
from mkdocs.exceptions import PluginError

GLOSSARY = "glossary.md"


@dataclasses.dataclass(frozen=True)
class Tooltip:
    """A glossary entry that explains itself on the other pages."""

    anchor: str  # the entry's id in both glossary pages ("## GIL { #gil }")
    words: dict[str, tuple[str, ...]]  # per language, the exact words that get the tooltip
    # Pages that explain the term at length (English file names): the tooltip would only
    # repeat what the page says around it.
    home: tuple[str, ...] = ()


TOOLTIPS: tuple[Tooltip, ...] = (
    Tooltip("gil", {"en": ("GIL",), "ko": ("GIL",)}, home=("gil.md",)),
    Tooltip("ipc", {"en": ("IPC",), "ko": ("IPC",)}, home=("ipc.md",)),
    Tooltip(
        "free-threaded-build",
        {"en": ("free-threaded",), "ko": ("프리스레딩", "free-threaded")},
        home=("scaling.md",),
    ),
)

# An entry of the glossary: its heading with an explicit id, then its first paragraph.
ENTRY = re.compile(
    r"^##\s+.*?\{\s*#(?P<anchor>[\w-]+)\s*\}\s*\n+(?P<paragraph>(?:[^\n]+\n?)+)", re.M
)
# Markdown that has no place in a title attribute: links keep their text, code spans and
# emphasis (written with asterisks) their content.
INLINE_LINK = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])")
CODE_SPAN = re.compile(r"(`+)(.+?)\1")
EMPHASIS = re.compile(r"\*+")
FIRST_SENTENCE = re.compile(r"^(.+?[.!?])(?=\s|$)", re.S)


def glossary_page(docs: Path, language: str) -> Path:
    """The glossary in ``language`` ("en" is the English original)."""
    return docs / (GLOSSARY if language == "en" else f"glossary.{language}.md")


def entries(markdown: str) -> dict[str, str]:
    """Each entry's id -> its first paragraph, as Markdown."""
    return {m["anchor"]: m["paragraph"].strip() for m in ENTRY.finditer(markdown)}


def plain(markdown: str) -> str:
    """The text of a line of Markdown, as a title attribute shows it."""
    parts = CODE_SPAN.split(INLINE_LINK.sub(r"\1", markdown))
    # split() gives text, fence, code, text, fence, code, ...: emphasis only outside code.
    text = "".join(
        EMPHASIS.sub("", part) if i % 3 == 0 else part.strip() if i % 3 == 2 else ""
        for i, part in enumerate(parts)
    )
    return " ".join(text.split())


def first_sentence(paragraph: str) -> str:
    text = plain(paragraph)
    match = FIRST_SENTENCE.match(text)
    return match[1] if match else text


def definitions(glossary: str, language: str, page: str | None = None) -> str:
    """The abbreviation definitions for a page in ``language`` (``page``: its English file
    name), each term's title taken from the glossary's text in that language."""
    found = entries(glossary)
    lines = []
    for tooltip in TOOLTIPS:
        if page in tooltip.home:
            continue
        if tooltip.anchor not in found:
            raise PluginError(
                f"the {language} glossary has no entry {{ #{tooltip.anchor} }} for the tooltip"
                " of concurrency_live/site_hooks/tooltips.py"
            )
        title = first_sentence(found[tooltip.anchor])
        lines += [f"*[{word}]: {title}" for word in tooltip.words.get(language, ())]
    return "\n".join(lines)


def english_name(src_uri: str) -> str:
    """``gil.ko.md`` -> ``gil.md``: which page this is, whatever its language."""
    return re.sub(r"\.[a-z]{2}(\.md)$", r"\1", posixpath.basename(src_uri))


def for_page(markdown: str, src_uri: str, docs: Path, language: str) -> str:
    """A page's Markdown with the definitions of its language's tooltips appended; the
    glossary links its terms to each other instead, notebooks are not Markdown, and a site
    without a glossary (a test's) has nothing to append."""
    page = english_name(src_uri)
    glossary = glossary_page(docs, language)
    if page == GLOSSARY or not src_uri.endswith(".md") or not glossary.is_file():
        return markdown
    found = definitions(glossary.read_text(encoding="utf-8"), language, page)
    return f"{markdown.rstrip()}\n\n{found}\n" if found else markdown


# --- The Markdown extension -------------------------------------------------------------------

# Elements whose text keeps no tooltip (their tails, the text after them, do).
SKIP = {"h1", "h2", "h3", "h4", "h5", "h6", "a", "code", "pre", "abbr", "summary", "label", "kbd"}
SKIP_CLASSES = {"admonition-title"}
# A word ends where no ASCII letter, digit or underscore follows: "GIL을" and "GIL," hold the
# word, "PYTHON_GIL" and "GILs" do not.
BEFORE = r"(?<![A-Za-z0-9_])"
AFTER = r"(?![A-Za-z0-9_])"


class TermTreeprocessor(AbbrTreeprocessor):
    """Python-Markdown's abbreviations, with the boundaries and exceptions above."""

    def run(self, root: etree.Element) -> None:
        if not self.abbrs:
            return
        words = sorted(self.abbrs, key=len, reverse=True)
        self.RE = re.compile(BEFORE + f"(?:{'|'.join(map(re.escape, words))})" + AFTER)
        self.iter_element(root)

    def iter_element(self, el: etree.Element, parent: etree.Element | None = None) -> None:
        skipped = el.tag in SKIP or bool(SKIP_CLASSES & set(el.get("class", "").split()))
        if not skipped:
            for child in reversed(el):
                self.iter_element(child, el)
            if el.text and not isinstance(el.text, AtomicString):
                el.text = self._wrap(el.text, lambda abbr: el.insert(0, abbr))
        if parent is not None and el.tail and not isinstance(el.tail, AtomicString):
            index = list(parent).index(el) + 1
            el.tail = self._wrap(el.tail, lambda abbr: parent.insert(index, abbr))

    def _wrap(self, text: str, insert) -> str:
        """Every match in ``text``, last first, becomes an <abbr> holding the text after it;
        returns what is left before the first match."""
        for m in reversed(list(self.RE.finditer(text))):
            insert(self.create_element(self.abbrs[m[0]], m[0], text[m.end() :]))
            text = text[: m.start()]
        return text


class Tooltips(AbbrExtension):
    """``abbr`` with :class:`TermTreeprocessor` (the same definitions, ``*[word]: title``)."""

    def extendMarkdown(self, md):
        md.registerExtension(self)
        md.treeprocessors.register(TermTreeprocessor(md, self.abbrs), "abbr", 7)
        md.parser.blockprocessors.register(AbbrBlockprocessor(md.parser, self.abbrs), "abbr", 16)


def makeExtension(**kwargs):  # the name Python-Markdown looks for
    return Tooltips(**kwargs)
