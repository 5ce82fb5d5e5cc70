"""One search index per language, holding the prose only."""

from __future__ import annotations

import json
import re
from pathlib import Path

TAG = re.compile(r"<[^>]+>")
CODE_BLOCK = re.compile(r"<pre\b.*?</pre>", re.S)


def split(site: Path, default_language: str | None, others: list[str]) -> None:
    """One index per language, without code blocks (charts carry data-search-exclude).

    Every page downloads its search index as soon as it loads; the i18n plugin writes one for
    all languages together. Readers search the prose (the runner already keeps outputs and
    sources out), in the language they read.
    """
    index_file = site / "search" / "search_index.json"
    if not index_file.exists():
        return
    index = json.loads(index_file.read_text(encoding="utf-8"))
    for doc in index["docs"]:
        # Results show as plain text: the markup would cost every page a download.
        doc["text"] = TAG.sub("", CODE_BLOCK.sub(" ", doc["text"]))
    for language in [None, *others]:
        prefix = f"{language}/" if language else ""
        docs = [
            {**doc, "location": doc["location"][len(prefix) :]}
            for doc in index["docs"]
            if (
                doc["location"].startswith(prefix)
                if language
                else not any(doc["location"].startswith(f"{other}/") for other in others)
            )
        ]
        lang = language or default_language
        config = {**index["config"], "lang": [lang]} if lang else index["config"]
        target = site / prefix / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        data = {"config": config, "docs": docs}
        target.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), "utf-8")
