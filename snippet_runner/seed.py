"""What the overview page says about the seed examples, derived from their runs and source."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from snippet_runner.messages import t
from snippet_runner.run import Run, config

LINE = re.compile(r"^\[\s*(?P<at>[\d.]+) s\] (?P<kind>Number|Letter): (?P<what>\S+)$")


def constants(path: Path) -> dict[str, object]:
    """Module-level ``NAME = literal`` assignments of a program, read without running it."""
    values = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name):
                try:
                    values[target.id] = ast.literal_eval(node.value)
                except ValueError:
                    continue
    return values


def schedule(record: Run) -> list[dict]:
    """Each Number/Letter line with when it printed and when its thread was due to print it."""
    pauses = constants(config.snippets / record.snippet)
    pause = {"Number": pauses["NUMBER_PAUSE"], "Letter": pauses["LETTER_PAUSE"]}
    seen = {"Number": 0, "Letter": 0}
    lines = []
    for position, text in enumerate(record.output.splitlines()):
        match = LINE.match(text)
        if not match:
            continue
        kind = match["kind"]
        lines.append(
            {
                "position": position,
                "text": f"{kind}: {match['what']}",
                "at": float(match["at"]),
                "due": seen[kind] * pause[kind],
            }
        )
        seen[kind] += 1
    return lines


def floor(record: Run) -> float:
    """The longest chain of sleeps: each task sleeps once after every line it prints."""
    pauses = constants(config.snippets / record.snippet)
    lines = schedule(record)
    numbers = sum(1 for line in lines if line["text"].startswith("Number"))
    letters = len(lines) - numbers
    return max(numbers * pauses["NUMBER_PAUSE"], letters * pauses["LETTER_PAUSE"])


def summary(record: Run, lang: str = "en") -> str:
    """Elapsed time against the floor, and the observed order of lines due at the same moment."""
    parts = [
        t(
            "seed.floor",
            lang,
            elapsed=record.elapsed,
            floor=floor(record),
            over=record.elapsed - floor(record),
        )
    ]
    lines = schedule(record)
    for i, first in enumerate(lines):
        for second in lines[i + 1 :]:
            # Lines due at 0 s follow the order of the start() calls; later ties are a race.
            tie = first["due"] == second["due"] > 0
            if tie and first["text"][0] != second["text"][0]:
                parts.append(
                    t(
                        "seed.tie",
                        lang,
                        first=first["text"],
                        second=second["text"],
                        due=first["due"],
                        first_at=first["at"],
                        second_at=second["at"],
                    )
                )
    return "\n\n".join(parts)
