"""What docs/scaling.md (and its Korean twin) shows: the same work written three ways, on 1, 2
and 4 threads, under every interpreter the GIL page runs its threads with.

The run of snippets/scaling/three_ways.py under the free-threaded interpreter with the GIL off
is the one the page is about; the runs with the GIL on (the build's own interpreter, and the
free-threaded one with ``PYTHON_GIL=1``) stand beside it for comparison. Every function that
takes runs is pure; :func:`runs` starts the programs (through :func:`gil.runs_by_interpreter`).
"""

from __future__ import annotations

import dataclasses

from concurrency_live.pages import gil
from concurrency_live.rendering import charts, claims, paired, tables, text
from concurrency_live.rendering.claims import Estimate, Evidence, limit_mark, past_limit_note
from concurrency_live.rendering.text import bounds, cell, duration, failure, label, ratio, times
from concurrency_live.running.runner import Run
from concurrency_live.words import t

SNIPPET = "scaling/three_ways.py"
# The ways the program writes the work, as it names them, and their names on the page.
SHARED_TOTAL, SHARED_TABLE, OWN_DATA = "shared total", "shared table", "own data"
WAYS = (SHARED_TOTAL, SHARED_TABLE, OWN_DATA)
WAY_NAME = {
    SHARED_TOTAL: "scaling.way.shared_total",
    SHARED_TABLE: "scaling.way.shared_table",
    OWN_DATA: "scaling.way.own_data",
}
# The sentences and the claims compare two threads with one, as the GIL page does.
CLAIM_THREADS = 2
# A way "scaled" when its whole interval lies at or above SCALED, and "did not scale" when it
# lies below FLAT: the thresholds of the claims free_threads_own_data and
# free_threads_shared_lock (see rendering/claims.py for why), so that the sentences and the
# claims' boxes never disagree.
SCALED = claims.CLAIMS["free_threads_own_data"].threshold
FLAT = claims.CLAIMS["free_threads_shared_lock"].threshold
# Two threads that kept at least this many cores busy both ran (most of) the time: if they
# still did not finish sooner, they got in each other's way. Fewer: they waited, or the
# machine did not give them the cores. Half-way between one core and two.
BUSY = 1.5
ANCHOR = "scaling.md#how-far-each-way-scaled"
GIL_ANCHOR = "scaling.md#with-the-gil"


@dataclasses.dataclass(frozen=True)
class Row(gil.Row):
    """One way at one thread count: the GIL page's row of a thread count (time, speedup over
    one thread, cores kept busy, each from the paired rounds), and the way it belongs to."""

    way: str


def rows(record: Run) -> list[Row]:
    cores = record.results["machine"]["usable_cores"]
    return [
        Row(**vars(gil.row_of(data, cores)), way=data["way"]) for data in record.results["rows"]
    ]


def at(record: Run, way: str, threads: int = CLAIM_THREADS) -> Row | None:
    return next((r for r in rows(record) if r.way == way and r.threads == threads), None)


def runs() -> list[Run]:
    """The program under the build's interpreter and, where there is one, the free-threaded
    interpreter with the GIL off and on. Starts programs, like :func:`run`."""
    return gil.runs_by_interpreter(SNIPPET)


def gil_off(record: Run) -> bool:
    return not record.results["machine"]["gil_enabled"]


def free_run(records: list[Run]) -> Run | None:
    """The run the page is about: the first with results and the GIL off."""
    return next((r for r in records if r.results and gil_off(r)), None)


def absent(lang: str = "en") -> str:
    """The note that stands where the free-threaded run would be."""
    return t("scaling.no_free_threaded", lang, path=gil.free_threaded_asked())


# --- The chart and its table ---------------------------------------------------------------


def speedup_cell(row: Row | None, lang: str = "en") -> str:
    if row is None:
        return "&ndash;"
    if row.speedup is None:
        return t("gil.baseline", lang)
    return cell(row.speedup, times) + limit_mark(row.limit, lang)


def how_measured(record: Run, lang: str = "en") -> list[str]:
    """How the rounds of each way went (each way ran in an interpreter of its own, with its
    own rounds), one list item per way, in the words the other pages use."""
    lines = []
    for way in record.results["ways"]:
        one = dataclasses.replace(
            record,
            results={
                "machine": record.results["machine"],
                "measurement": record.results["measurements"][way],
            },
        )
        lines.append(f"- *{t(WAY_NAME[way], lang)}*, {paired.how_measured(one, lang)}")
    return lines


def table(records: list[Run], lang: str = "en") -> str:
    """Every run, every way: one thread's time, the speedup at each thread count with its
    interval (marked at or past the limit), and the cores two threads kept busy."""
    usable = [r for r in records if r.results]
    counts = sorted({row.threads for row in rows(usable[0])})
    head = [t("gil.col_interpreter", lang), t("scaling.col_way", lang)]
    head += [t("gil.col_one_thread", lang)]
    head += [t("gil.col_speedup_at", lang, threads=n) for n in counts[1:]]
    head += [t("gil.col_busy_at", lang, threads=CLAIM_THREADS)]
    body = []
    for record in usable:
        python = label(record.results["machine"], lang)
        for way in record.results["ways"]:
            one = at(record, way, counts[0])
            two = at(record, way)
            cells = [python, t(WAY_NAME[way], lang)]
            cells += [duration(one.time["median"]) if one else "&ndash;"]
            cells += [speedup_cell(at(record, way, n), lang) for n in counts[1:]]
            cells += [cell(two.busy, ratio) if two else "&ndash;"]
            body.append(cells)
    align = ["---", "---"] + ["---:"] * (len(head) - 2)
    parts = [tables.table(head, align, body)]
    parts += past_limit_note((row.limit for r in usable for row in rows(r)), lang)
    method = t("scaling.table_note", lang) + "\n\n"
    method += "\n".join(line for record in usable for line in how_measured(record, lang))
    parts.append(text.collapsed(method, lang))
    return "\n\n".join(parts)


def chart(records: list[Run], lang: str = "en") -> str:
    """The speedup of each way against the number of threads, each point with its interval,
    for the run with the GIL off (or, where there is none, the build's own run, after a note
    that says so), the ideal min(threads, cores) dashed; then the table of every run as its
    text alternative."""
    usable = [r for r in records if r.results]
    if not usable:
        return failure(records, lang) or ""
    record = free_run(usable)
    notes = []
    if record is None:
        notes.append(absent(lang))
        record = usable[0]
    cores = record.results["machine"]["usable_cores"]
    series = {}
    for way in record.results["ways"]:
        points = []
        for row in rows(record):
            if row.way != way:
                continue
            if row.speedup is None:
                points.append((row.threads, 1.0, 1.0, 1.0))
            else:
                s = row.speedup
                points.append((row.threads, s.median, s.low, s.high))
        series[t(WAY_NAME[way], lang)] = points
    counts = sorted({row.threads for row in rows(record)})
    reference = {
        t("scaling.chart_ideal", lang, cores=cores): [(n, min(n, cores)) for n in counts],
        t("scaling.chart_none", lang): [(n, 1.0) for n in counts],
    }

    def threads_label(value: float) -> str:
        return f"{value:g}"

    svg = charts.line_chart(
        t("scaling.chart_title", lang, python=label(record.results["machine"], lang)),
        t("scaling.chart_x", lang),
        t("scaling.chart_y", lang),
        series,
        log_x=True,
        desc=charts.describe(series, threads_label, times),
        reference=reference,
        x_format=threads_label,
        y_format=times,
    )
    return "\n\n".join([*notes, charts.block(svg), table(usable, lang)])


# --- What the runs show --------------------------------------------------------------------

SCALED_KEY, FLAT_KEY, BETWEEN_KEY = "scaled", "flat", "between"
LEAD = {
    SCALED_KEY: "scaling.lead.scaled",
    FLAT_KEY: "scaling.lead.flat",
    BETWEEN_KEY: "scaling.lead.between",
}
# Why a way did (not) scale, from the cores its two threads kept busy (see BUSY), the same
# figure of the own-data way, and what the way shares.
CONTENDED, WAITED, STARVED = "contended", "waited", "starved"
WHY = {
    (SHARED_TOTAL, SCALED_KEY): "scaling.why.shared_total.scaled",
    (SHARED_TOTAL, CONTENDED): "scaling.why.shared_total.contended",
    (SHARED_TOTAL, WAITED): "scaling.why.shared_total.waited",
    (SHARED_TABLE, SCALED_KEY): "scaling.why.shared_table.scaled",
    (SHARED_TABLE, CONTENDED): "scaling.why.shared_table.contended",
    (SHARED_TABLE, WAITED): "scaling.why.shared_table.waited",
    (OWN_DATA, SCALED_KEY): "scaling.why.own_data.scaled",
    (OWN_DATA, CONTENDED): "scaling.why.own_data.contended",
    (OWN_DATA, STARVED): "scaling.why.own_data.starved",
    (SHARED_TOTAL, STARVED): "scaling.why.starved",
    (SHARED_TABLE, STARVED): "scaling.why.starved",
}


def outcome(speedup: Estimate) -> str:
    """Scaled (the interval at or above SCALED), flat (below FLAT), or in between."""
    if speedup.low >= SCALED:
        return SCALED_KEY
    if speedup.high < FLAT:
        return FLAT_KEY
    return BETWEEN_KEY


def cause(record: Run, row: Row) -> str:
    """Why a way that did not scale did not: its threads kept the cores busy and still got in
    each other's way (contended); or the machine gave even the own-data threads too little CPU
    to tell (starved); or this way's threads, alone, waited instead of running (waited)."""
    if row.busy.median >= BUSY:
        return CONTENDED
    own = at(record, OWN_DATA)
    if row.way == OWN_DATA or own is None or own.busy.median < BUSY:
        return STARVED
    return WAITED


def way_sentence(record: Run, way: str, lang: str = "en") -> str:
    """What one way's run shows at two threads: its speedup with its interval and the cores it
    kept busy, then why, from what it shares and those figures."""
    row = at(record, way)
    if row is None or row.speedup is None:
        return t("scaling.way_missing", lang, way=t(WAY_NAME[way], lang))
    found = outcome(row.speedup)
    own = at(record, OWN_DATA)
    values = {
        "way": t(WAY_NAME[way], lang),
        "threads": row.threads,
        "figure": claims.figure(claims.CLAIMS["free_threads_own_data"], row.speedup, lang),
        "busy": ratio(row.busy.median),
        "busy_bounds": bounds(row.busy, ratio),
        "own_busy": ratio(own.busy.median) if own else "?",
        "cores": record.results["machine"]["usable_cores"],
    }
    why = SCALED_KEY if found == SCALED_KEY else cause(record, row)
    text = t(LEAD[found], lang, **values) + " " + t(WHY[(way, why)], lang, **values)
    if row.limit == claims.PAST_LIMIT:
        text += " " + t("gil.past_limit", lang, ideal=row.ideal, cores=values["cores"])
    return text


SUMMARY = {
    "all": "scaling.summary.all",
    "none": "scaling.summary.none",
    "some": "scaling.summary.some",
}


def summary(record: Run, lang: str = "en") -> str:
    """Which ways scaled on this machine, in one sentence."""
    scaled, other = [], []
    for way in record.results["ways"]:
        row = at(record, way)
        name = t(WAY_NAME[way], lang)
        ok = row is not None and row.speedup is not None and outcome(row.speedup) == SCALED_KEY
        (scaled if ok else other).append(name)
    key = SUMMARY["all" if not other else "none" if not scaled else "some"]
    return t(
        key,
        lang,
        python=label(record.results["machine"], lang),
        scaled=", ".join(scaled),
        other=", ".join(other),
        threads=CLAIM_THREADS,
    )


def findings(records: list[Run], lang: str = "en") -> str:
    """What the run with the GIL off shows, way by way, and which ways scaled; where there is
    no such run, the note that says so."""
    usable = [r for r in records if r.results]
    if not usable:
        return failure(records, lang) or ""
    record = free_run(usable)
    if record is None:
        return absent(lang)
    lines = [summary(record, lang), ""]
    lines += [f"- {way_sentence(record, way, lang)}" for way in record.results["ways"]]
    return "\n".join(lines)


GIL_KEYS = {"none": "scaling.gil.none", "some": "scaling.gil.some"}


def with_gil(records: list[Run], lang: str = "en") -> str:
    """For each run with the GIL on: did any way run faster on two threads than on one?"""
    usable = [r for r in records if r.results]
    if not usable:
        return failure(records, lang) or ""
    lines = []
    for record in usable:
        if gil_off(record):
            continue
        faster = [
            t(WAY_NAME[way], lang)
            for way in record.results["ways"]
            if (row := at(record, way)) and row.speedup and outcome(row.speedup) == SCALED_KEY
        ]
        key = GIL_KEYS["some" if faster else "none"]
        text = t(key, lang, ways=", ".join(faster), threads=CLAIM_THREADS)
        lines.append(f"- *{label(record.results['machine'], lang)}*: {text}")
    return "\n".join(lines)


# --- Claims --------------------------------------------------------------------------------


def evidence(record: Run, way: str, anchor: str, lang: str = "en") -> Evidence:
    """A run as evidence for a claim about ``way`` without the GIL: the speedup of two threads
    over one. A run with the GIL on, or on one core, cannot bear on it."""
    results = record.results
    not_about = None
    if results["machine"]["gil_enabled"]:
        not_about = "scaling.evidence.gil_on"
    elif results["machine"]["usable_cores"] < 2:
        not_about = "evidence.one_core"
    row = at(record, way)
    what = t("scaling.evidence.what", lang, way=t(WAY_NAME[way], lang))
    source = gil.evidence_source(record, what, lang)
    return Evidence(source, row.speedup if row else None, not_about, anchor)


def claim_evidence(records: list[Run], way: str, lang: str = "en") -> list[Evidence]:
    """Every run of the program as evidence about ``way``; one that gave no results, as
    unmeasured."""
    items = []
    for record in records:
        if not record.results:
            items.append(Evidence.unmeasured(record.snippet))
            continue
        anchor = ANCHOR if gil_off(record) else GIL_ANCHOR
        items.append(evidence(record, way, anchor, lang))
    return items
