"""What the overview page says about the seed examples, derived from their runs and source.

Every sentence is decided by the run: how far the program ran past the floor its sleeps set,
where on the program's own clock that time went, which of two lines due at once printed first,
and whether the two tasks' sleeps overlapped. None of them names a cause the run did not time.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from concurrency_live.pages import gil
from concurrency_live.rendering import charts
from concurrency_live.rendering.tables import table
from concurrency_live.rendering.timelines import Lane
from concurrency_live.rendering.timelines import timeline as draw
from concurrency_live.running.fingerprint import fingerprint
from concurrency_live.running.runner import Run, config
from concurrency_live.words import t

# A stamped line, found anywhere in the output: lines that two workers wrote at the same
# moment may share a line of the output, but each stamp stays with its text.
LINE = re.compile(r"\[\s*(?P<at>[\d.]+) s\] (?P<kind>Number|Letter): (?P<what>\w+)")
CLOSING = re.compile(r"\[\s*(?P<at>[\d.]+) s\] All \w+ are done!")
PAUSE = {"Number": "NUMBER_PAUSE", "Letter": "LETTER_PAUSE"}


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


def pauses(record: Run) -> dict[str, float]:
    """How long each task sleeps after each of its lines, from the program's constants."""
    values = constants(config.snippets / record.snippet)
    return {kind: values[name] for kind, name in PAUSE.items()}


def schedule(record: Run) -> list[dict]:
    """Each Number/Letter line with when it printed and when its task was due to print it."""
    pause = pauses(record)
    seen = {"Number": 0, "Letter": 0}
    lines = []
    for position, match in enumerate(LINE.finditer(record.output)):
        kind = match["kind"]
        lines.append(
            {
                "position": position,
                "kind": kind,
                "text": f"{kind}: {match['what']}",
                "at": float(match["at"]),
                "due": seen[kind] * pause[kind],
            }
        )
        seen[kind] += 1
    return lines


def chains(record: Run) -> dict[str, float]:
    """Each task's sleeps added up: it sleeps once after every line it prints."""
    pause = pauses(record)
    lines = schedule(record)
    return {kind: pause[kind] * sum(line["kind"] == kind for line in lines) for kind in PAUSE}


def floor(record: Run) -> float:
    """The longest chain of sleeps: no run of the program can end before it."""
    return max(chains(record).values())


def asleep(record: Run) -> float:
    """All the sleeps added up: what the program would take if its tasks took turns."""
    return sum(chains(record).values())


def closing(record: Run) -> float | None:
    """When the program printed its closing line, by its own clock (None: it did not)."""
    match = CLOSING.search(record.output)
    return float(match["at"]) if match else None


def _shown(seconds: float) -> float:
    """Rounded as the page shows it, without a "-0.00" from stamps rounded to 10 ms."""
    return round(seconds, 2) + 0.0


def excess(record: Run) -> dict | None:
    """Where the time over the floor went, on the program's own clock.

    The longest chain starts when its task prints its first line (``start`` after the clock
    started) and its sleeps end ``floor`` later at the earliest; the closing line came
    ``drift`` after that; ``outside`` is the wall time the build measured around the program
    that its own clock did not see (before it first read the clock, after its last line).
    ``start + drift + outside`` is the whole excess. None when the closing line is missing.
    """
    end = closing(record)
    lines = schedule(record)
    chain = chains(record)
    longest = max(chain, key=chain.get)
    first = next((line for line in lines if line["kind"] == longest), None)
    if end is None or first is None:
        return None
    return {
        "first": first["text"],
        "start": first["at"],
        "end": end,
        "drift": end - first["at"] - chain[longest],
        "outside": record.elapsed - end,
    }


def summary(record: Run, lang: str = "en") -> str:
    """Elapsed time against the floor, where the excess went, and the observed order of lines
    due at the same moment."""
    over = record.elapsed - floor(record)
    parts = [t("seed.floor", lang, elapsed=record.elapsed, floor=floor(record), over=over)]
    if split := excess(record):
        parts[0] += " " + t(
            "seed.excess",
            lang,
            first=split["first"],
            start=_shown(split["start"]),
            end=split["end"],
            drift=_shown(split["drift"]),
            outside=_shown(split["outside"]),
            chain=floor(record),
        )
    lines = schedule(record)
    for i, first in enumerate(lines):
        for second in lines[i + 1 :]:
            # Lines due at 0 s follow the order of the start() calls; later ties are a race.
            tie = first["due"] == second["due"] > 0
            if tie and first["kind"] != second["kind"]:
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


PROGRAM = {"threads": "seed.program_threads", "processes": "seed.program_processes"}


def overlap(threads: Run, processes: Run, lang: str = "en") -> str:
    """Whether each program's two tasks slept at the same time.

    A sleep lasts at least as long as asked, so a program that ended before the sum of all its
    sleeps must have run some of them at the same time. One that did not end before it shows
    nothing either way: the sentence says so rather than calling the sleeps serial.
    """
    runs = {"threads": threads, "processes": processes}
    total = asleep(threads)
    values = {"total": total, "threads": threads.elapsed, "processes": processes.elapsed}
    shown = [name for name, record in runs.items() if record.elapsed < asleep(record)]
    if len(shown) == 2:
        return t("seed.overlap_both", lang, **values)
    if not shown:
        return t("seed.overlap_none", lang, **values)
    (which,) = shown
    (other,) = set(runs) - {which}
    return t(
        "seed.overlap_one",
        lang,
        which=t(PROGRAM[which], lang),
        other=t(PROGRAM[other], lang),
        which_elapsed=runs[which].elapsed,
        other_elapsed=runs[other].elapsed,
        total=total,
    )


# --- The two programs on one time line ----------------------------------------------------------

LANES = ("Number", "Letter")


def lanes(record: Run, lang: str = "en") -> list[Lane]:
    """One lane per task, a mark at each line it printed, and the main thread's (or
    process's) closing line on a lane of its own."""
    lines = schedule(record)
    found = [
        Lane(
            t(LANE_NAME[kind], lang),
            marks=tuple((line["at"], line["text"]) for line in lines if line["kind"] == kind),
        )
        for kind in LANES
    ]
    end = closing(record)
    closing_line = CLOSING.search(record.output)
    marks = ((end, closing_line[0].split("] ", 1)[1]),) if closing_line else ()
    found.append(Lane(t("seed.lane_main", lang), marks=marks))
    return found


LANE_NAME = {"Number": "seed.lane_numbers", "Letter": "seed.lane_letters"}


def timeline(threads: Run, processes: Run, lang: str = "en") -> str:
    """Both programs on one time axis: threads above, processes below, every printed line a
    mark at the moment it printed, the floor dashed; then the same as a table."""
    runs = {"seed.panel_threads": threads, "seed.panel_processes": processes}
    panels = {t(key, lang): lanes(record, lang) for key, record in runs.items()}
    end = max([floor(threads), *(closing(r) or 0.0 for r in runs.values())])
    title = t("seed.timeline_title", lang)
    desc = t("seed.timeline_desc", lang, floor=floor(threads))
    svg = draw(
        title,
        panels,
        end=end * 1.05,
        x_label=t("seed.timeline_x", lang),
        desc=desc,
        references={t("seed.timeline_floor", lang, floor=floor(threads)): floor(threads)},
    )
    return charts.block(svg) + "\n\n" + timeline_table(threads, processes, lang)


def timeline_table(threads: Run, processes: Run, lang: str = "en") -> str:
    """The timeline's text alternative: each line, when the threads and the processes printed
    it (by each program's own clock)."""
    at: dict[str, dict[str, float]] = {}
    for column, record in (("threads", threads), ("processes", processes)):
        for line in schedule(record):
            at.setdefault(line["text"], {})[column] = line["at"]
        if (end := closing(record)) is not None:
            at.setdefault(t("seed.closing_line", lang), {})[column] = end
    head = [t("seed.col_line", lang), t("seed.col_threads", lang), t("seed.col_processes", lang)]
    rows = [
        [
            f"`{text}`",
            *(f"{when[c]:.2f} s" if c in when else "&ndash;" for c in ("threads", "processes")),
        ]
        for text, when in sorted(at.items(), key=lambda item: min(item[1].values()))
    ]
    return table(head, ["---", "---:", "---:"], rows)


# --- The post's original programs ---------------------------------------------------------------

BOOTSTRAP = "An attempt has been made to start a new process before the"
PRINTED = re.compile(r"^(Number|Letter): \w+$", re.M)


def original_outcome(record: Run, lang: str = "en") -> str:
    """What one run of the post's process example did: the lines its children printed, how
    many failed to start with the bootstrapping RuntimeError, and the parent's exit code."""
    failures = record.output.count(BOOTSTRAP)
    kinds = [match[1] for match in PRINTED.finditer(record.output)]
    parts = []
    if failures:
        parts.append(t("seed.original_failed", lang, count=failures))
    if kinds:
        grouped = kinds == sorted(kinds, key=lambda kind: kind != "Number")
        key = "seed.original_grouped" if grouped and len(set(kinds)) == 2 else "seed.original_lines"
        parts.append(t(key, lang, count=len(kinds)))
    elif not failures:
        parts.append(t("seed.original_nothing", lang))
    code = record.returncode if record.returncode is not None else "-"
    parts.append(t("seed.original_exit", lang, code=code))
    return " ".join(parts)


def original_free_threaded(lang: str = "en") -> str:
    """The post's process example under the free-threaded interpreter, when there is one.

    Its default start method decides the outcome: under fork the program works; under
    forkserver (Linux, Python 3.14+) or spawn the fork server or the children import the
    program, and the program exits with an error. Starts a program, like :func:`show`.
    """
    python = gil.free_threaded_python()
    method = fingerprint(python)["start_method"] if python else "fork"
    return gil.show_free_threaded(
        ORIGINAL_PROCESSES,
        claim=original_outcome,
        expect_exit=0 if method == "fork" else 1,
        lang=lang,
    )


ORIGINAL_PROCESSES = "seed/original_processes.py"
