"""Every word the generators put on a page, per language, so a new language needs no new code.

The words live in one module per page or topic: ``gil`` for the GIL page, ``io_vs_cpu`` for
the benchmarks, ``claims`` for the claims and their verdicts, ``common`` for what the rendering
toolkit writes on every page. Each module holds ``EN``, the English, and ``KO``, the Korean of
the same keys, below it in the same file: ``"gil.col_threads": ("스레드 수", "3e42e3")``, the
text and the :func:`source_hash` of the English it translates (``"Threads"``). When the
English of a key changes, its hash no longer matches and tests/test_words.py names the key:
review the Korean, then record the new hash (``python -m concurrency_live.words --stale``
lists them with it).

Keys are written out in full where they are used, never assembled (a mapping from a run's
value to its key stands beside the code that needs it), so a test can tell that every key
used exists and every key defined is used.
"""

from __future__ import annotations

import hashlib
from types import ModuleType

from concurrency_live.words import (
    about,
    async_io,
    beyond_one_machine,
    bytecode,
    choosing,
    claims,
    common,
    evidence,
    gil,
    io_vs_cpu,
    ipc,
    overview,
    processes,
    scaling,
    thread_safety,
    threads,
)

MODULES: tuple[ModuleType, ...] = (
    common,
    claims,
    overview,
    processes,
    threads,
    gil,
    bytecode,
    ipc,
    io_vs_cpu,
    choosing,
    beyond_one_machine,
    about,
    evidence,
    async_io,
    thread_safety,
    scaling,
)
# Each translation's name in the modules; English is the source every other one translates.
TRANSLATIONS = {"ko": "KO"}


def source_hash(text: str) -> str:
    """The short hash a translation records of the English text it was made from."""
    return hashlib.sha256(text.encode()).hexdigest()[:6]


def _merged(entries: list[tuple[str, dict]]) -> dict:
    """One dict of every module's entries; a key that two modules define is an error."""
    merged: dict = {}
    for where, part in entries:
        if twice := sorted(merged.keys() & part.keys()):
            raise ValueError(f"message keys defined twice, again in {where}: {twice}")
        merged.update(part)
    return merged


CATALOGUE: dict[str, dict[str, str]] = {
    "en": _merged([(m.__name__, m.EN) for m in MODULES]),
}
# For each translation, the source_hash of the English each of its entries translates.
TRANSLATED_FROM: dict[str, dict[str, str]] = {}
for _lang, _name in TRANSLATIONS.items():
    _entries = _merged([(m.__name__, getattr(m, _name)) for m in MODULES])
    CATALOGUE[_lang] = {key: text for key, (text, _) in _entries.items()}
    TRANSLATED_FROM[_lang] = {key: recorded for key, (_, recorded) in _entries.items()}


def t(key: str, lang: str = "en", **values: object) -> str:
    """The message ``key`` in ``lang`` (English when that language lacks it), filled in."""
    text = CATALOGUE.get(lang, {}).get(key, CATALOGUE["en"][key])
    return text.format(**values)


def module_of(key: str) -> ModuleType:
    """The module that defines ``key``."""
    return next(m for m in MODULES if key in m.EN)


def stale(lang: str = "ko") -> dict[str, tuple[str, str]]:
    """The entries of ``lang`` whose English changed since they were translated: for each key,
    the hash the translation records and the hash of the English now."""
    english = CATALOGUE["en"]
    return {
        key: (recorded, source_hash(english[key]))
        for key, recorded in TRANSLATED_FROM[lang].items()
        if key in english and recorded != source_hash(english[key])
    }
