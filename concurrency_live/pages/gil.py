"""What the GIL page says: tables, a chart and claims derived from the runs of snippets/gil/.

Every function here that takes a Run is pure. Two helpers start programs, as :func:`show`
does: :func:`runs_by_interpreter` and :func:`show_free_threaded` also run a snippet under a
free-threaded CPython, when the machine that builds the site has one.
"""

from __future__ import annotations

import dataclasses
import math
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from concurrency_live.rendering import charts, claims, paired, tables, text
from concurrency_live.rendering.claims import Estimate, Evidence, limit_mark, past_limit_note
from concurrency_live.rendering.programs import META_ATTRS, meta, output_fence
from concurrency_live.rendering.text import (
    bounds,
    cell,
    duration,
    failure,
    label,
    no_results,
    ratio,
    times,
)
from concurrency_live.rendering.timelines import seen_running
from concurrency_live.rendering.timelines import timeline as draw_timeline
from concurrency_live.running.fingerprint import fingerprint
from concurrency_live.running.runner import Run, run
from concurrency_live.words import t

# Where to look for a free-threaded interpreter; the variable lets another machine point
# elsewhere. When the file is missing, pages show only the build's own interpreter.
FREE_THREADED_VAR = "FREE_THREADED_PYTHON"
FREE_THREADED_DEFAULT = "/opt/py-ft/bin/python3.14t"

CEVAL_GIL = "https://github.com/python/cpython/blob/main/Python/ceval_gil.c"
CITED_DEFAULT_INTERVAL = 0.005  # DEFAULT_INTERVAL 5000 µs in Python/ceval_gil.c


# --- The switch interval -------------------------------------------------------------------


def switch_interval(record: Run, lang: str = "en") -> str:
    """What the running interpreter reported, next to the default in CPython's source."""
    if notice := failure(record, lang):
        return notice
    interval = record.results["switch_interval"]
    key = "gil.interval_default" if interval == CITED_DEFAULT_INTERVAL else "gil.interval_other"
    return t(
        key,
        lang,
        interval=duration(interval),
        micro=interval * 1e6,
        cited=CITED_DEFAULT_INTERVAL * 1e6,
        url=CEVAL_GIL,
    )


# --- How each measurement went -------------------------------------------------------------


def evidence_source(record: Run, what: str, lang: str = "en") -> str:
    """Where a piece of evidence comes from, "CPython 3.11.7 (GIL on), <what>", named as the
    benchmarks name theirs, so one claim box reads alike whichever page measured it."""
    return t(
        "evidence.bench_source", lang, python=label(record.results["machine"], lang), what=what
    )


# --- Threads against one thread ------------------------------------------------------------

CPU_SNIPPET = "gil/cpu_bound_threads.py"
C_SNIPPET = "gil/sha256_threads.py"
CONVOY_SNIPPET = "gil/convoy_wakeup.py"
# The claims compare two threads with one (as the benchmarks compare two workers with one).
CLAIM_THREADS = 2
CPU_ANCHOR = "gil.md#pure-python-work-on-more-threads"
C_ANCHOR = "gil.md#work-in-c-that-lets-go-of-the-gil"
CONVOY_ANCHOR = "gil.md#the-convoy-effect-a-waiting-thread-pays-for-a-busy-one"
OTHERS_ANCHOR = "gil.md#the-same-measurements-with-and-without-the-gil"


@dataclasses.dataclass(frozen=True)
class Row:
    """One thread count of a run: its time, its speedup over one thread and the cores it kept
    busy, each from the paired rounds."""

    threads: int
    time: dict  # median, min, max, runs of the wall time of one run of all the work
    speedup: Estimate | None  # one thread's time / this time, round by round (None: 1 thread)
    busy: Estimate  # CPU time of the process / wall time, round by round
    ideal: float  # the most the cores allow: min(threads, usable cores)
    limit: str  # claims.BELOW_LIMIT, AT_LIMIT or PAST_LIMIT


def row_of(data: dict, cores: int) -> Row:
    """One thread count of a run's results, with its ideal and its place against the limit."""
    speedup = Estimate.of(data["speedup"])
    ideal = float(min(data["threads"], cores))
    limit = claims.against_limit(speedup, ideal) if speedup else claims.BELOW_LIMIT
    return Row(data["threads"], data["time"], speedup, Estimate.of(data["busy"]), ideal, limit)


def rows(record: Run) -> list[Row]:
    cores = record.results["machine"]["usable_cores"]
    return [row_of(data, cores) for data in record.results["rows"]]


def at(record: Run, threads: int = CLAIM_THREADS) -> Row | None:
    return next((row for row in rows(record) if row.threads == threads), None)


def speedup_cell(row: Row, lang: str = "en") -> str:
    """The speedup and its interval, marked (in the benchmarks' words) when it reaches or
    passes the limit."""
    if row.speedup is None:
        return t("gil.baseline", lang)
    return cell(row.speedup, times) + limit_mark(row.limit, lang)


def speedup_table(record: Run, lang: str = "en") -> str:
    """Each thread count with its time, its speedup over one thread (interval, limit) and the
    cores it kept busy; then what the cells mean and how the rounds went."""
    if notice := failure(record, lang):
        return notice
    columns = (
        "gil.col_threads",
        "gil.col_wall",
        "gil.col_speedup",
        "gil.col_ideal",
        "gil.col_busy",
    )
    head = [t(key, lang) for key in columns]
    body = [
        [
            str(row.threads),
            duration(row.time["median"]),
            speedup_cell(row, lang),
            f"{row.ideal:g}&times;",
            cell(row.busy, ratio),
        ]
        for row in rows(record)
    ]
    notes = past_limit_note((row.limit for row in rows(record)), lang)
    method = t("gil.table_note", lang) + "\n\n" + paired.how_measured(record, lang)
    notes.append(text.collapsed(method, lang))
    align = ["---:"] * len(columns)
    return tables.table(head, align, body) + "\n\n" + "\n\n".join(notes)


def _two_threads(record: Run, source: str, not_about: str | None, anchor: str) -> Evidence:
    """A threads run as evidence: the speedup of 2 threads over 1. With one usable core the
    run cannot bear on a claim about running in parallel."""
    row = at(record)
    if record.results["machine"]["usable_cores"] < 2:
        not_about = "evidence.one_core"
    return Evidence(source, row.speedup if row else None, not_about, anchor)


def squares_evidence(record: Run, lang: str = "en", anchor: str = CPU_ANCHOR) -> Evidence:
    """The pure-Python run as evidence: 2 threads against 1. Whether the GIL was on decides
    which claim it is about (see :func:`squares_claim`)."""
    what = t("evidence.squares_threads", lang)
    return _two_threads(record, evidence_source(record, what, lang), None, anchor)


def squares_claim(results: dict) -> str:
    """The claim a pure-Python run tests: threads_cpu under the GIL, free_threads_cpu without."""
    return "threads_cpu" if results["machine"]["gil_enabled"] else "free_threads_cpu"


def hashing_evidence(record: Run, lang: str = "en", anchor: str = C_ANCHOR) -> Evidence:
    """The hashing run as evidence that threads speed up C code that lets go of the GIL; a run
    with the GIL off cannot show that (nothing to let go of)."""
    not_about = None if record.results["machine"]["gil_enabled"] else "evidence.gil_off"
    buffer = f"{record.results['buffer'] / 2**20:g} MiB"
    what = t("evidence.sha256_threads", lang, buffer=buffer)
    return _two_threads(record, evidence_source(record, what, lang), not_about, anchor)


def _two_threads_row(record: Run, lang: str) -> Row | str:
    """The run's row of CLAIM_THREADS threads, or the notice that stands in its place."""
    if notice := failure(record, lang):
        return notice
    row = at(record)
    if row is None or row.speedup is None:
        return no_results(lang)
    return row


def _threads_sentence(key: str, claim: claims.Claim, row: Row, record: Run, lang: str) -> str:
    """Sentence ``key`` about the threads' speedup, with every value such a sentence may use;
    then, for a speedup past the limit, why it cannot be real parallelism."""
    cores = record.results["machine"]["usable_cores"]
    text = t(
        key,
        lang,
        threads=row.threads,
        figure=claims.figure(claim, row.speedup, lang),
        busy=ratio(row.busy.median),
        busy_bounds=bounds(row.busy, ratio),
        ideal=row.ideal,
        threshold=claims.number(claim.threshold, claim.unit),
        cores=cores,
    )
    if row.limit == claims.PAST_LIMIT:
        text += " " + t("gil.past_limit", lang, ideal=row.ideal, cores=cores)
    return text


# Under "not reproduced", a speedup at least the threshold needs about that many cores busy:
# the work is the same, so speedup = one thread's time / this time ~ cores busy. A process
# that got fewer cores than that was held back by other programs, not by the threads.
CPU_KEYS = {
    (True, claims.REPRODUCED): "gil.cpu_gil_reproduced",
    (True, claims.NOT_REPRODUCED): "gil.cpu_gil_not_reproduced",
    (True, claims.INCONCLUSIVE): "gil.cpu_gil_inconclusive",
    (False, claims.REPRODUCED): "gil.cpu_ft_reproduced",
    (False, claims.NOT_REPRODUCED): "gil.cpu_ft_contended",
    (False, claims.INCONCLUSIVE): "gil.cpu_ft_inconclusive",
}


def cpu_claim(record: Run, lang: str = "en") -> str:
    """What the pure-Python run shows about the claim its GIL state tests, with the figure and
    its interval: the same status the claim's box gives this run."""
    row = _two_threads_row(record, lang)
    if isinstance(row, str):
        return row
    gil = record.results["machine"]["gil_enabled"]
    claim = claims.CLAIMS[squares_claim(record.results)]
    status = claims.status_of(claim, squares_evidence(record, lang))
    if status == claims.NOT_APPLICABLE:
        key = "gil.cpu_one_core"
    elif not gil and status == claims.NOT_REPRODUCED and row.busy.median < claim.threshold:
        key = "gil.cpu_ft_starved"
    else:
        key = CPU_KEYS[(gil, status)]
    return _threads_sentence(key, claim, row, record, lang)


C_KEYS = {
    claims.REPRODUCED: "gil.c_reproduced",
    claims.NOT_REPRODUCED: "gil.c_contended",
    claims.INCONCLUSIVE: "gil.c_inconclusive",
}


def c_claim(record: Run, lang: str = "en") -> str:
    """What the run of C code that lets go of the GIL shows, as the c_threads claim sees it."""
    row = _two_threads_row(record, lang)
    if isinstance(row, str):
        return row
    claim = claims.CLAIMS["c_threads"]
    evidence = hashing_evidence(record, lang)
    status = claims.status_of(claim, evidence)
    if status == claims.NOT_APPLICABLE:
        key = "gil.c_one_core" if evidence.not_about == "evidence.one_core" else "gil.c_gil_off"
    elif status == claims.NOT_REPRODUCED and row.busy.median < claim.threshold:
        key = "gil.c_starved"
    else:
        key = C_KEYS[status]
    return _threads_sentence(key, claim, row, record, lang)


# --- The convoy effect ---------------------------------------------------------------------


# The CPU-bound thread counts as starved when it got less than this share of a core.
STARVED = 0.8


@dataclasses.dataclass(frozen=True)
class Nap:
    """The naps of one setting: next to a CPU-bound thread at one switch interval."""

    interval: float  # seconds
    late: Estimate  # seconds: how late a nap ended, median over rounds of each round's median
    caused: Estimate  # seconds: late minus late alone in the same round, round by round
    naps: int  # naps per round
    share: float  # the share of a core the CPU-bound thread got (median over rounds)

    @property
    def intervals(self) -> Estimate:
        """The lateness the CPU-bound thread caused, in switch intervals: the claim's figure."""
        return self.caused.scaled(1 / self.interval)


def naps(results: dict) -> list[Nap]:
    return [
        Nap(
            item["interval"],
            Estimate.of(item["lateness"]),
            Estimate.of(item["extra"]),
            item["naps"],
            item["spinner_share"],
        )
        for item in results["busy"]
    ]


def claim_nap(results: dict) -> Nap:
    """The setting the convoy claim is checked at: the interpreter's default switch interval
    (the one a program gets), or the tried interval nearest to it."""
    default = results["default_interval"]
    return min(naps(results), key=lambda nap: abs(math.log(nap.interval / default)))


def convoy_evidence(record: Run, lang: str = "en", anchor: str = CONVOY_ANCHOR) -> Evidence:
    """A nap run as evidence for the convoy claim: the lateness a CPU-bound thread caused, at
    the default switch interval. Without the GIL there is no lock to wait for."""
    results = record.results
    nap = claim_nap(results)
    what = t(
        "evidence.convoy_nap",
        lang,
        nap=duration(results["nap"]),
        interval=duration(nap.interval),
    )
    not_about = None if results["machine"]["gil_enabled"] else "evidence.gil_off"
    return Evidence(evidence_source(record, what, lang), nap.intervals, not_about, anchor)


def convoy_table(record: Run, lang: str = "en") -> str:
    """Alone, then next to a CPU-bound thread at each switch interval: how late the nap ended,
    how much of that the CPU-bound thread caused (also in switch intervals), and the share of
    a core the CPU-bound thread got; then how the rounds went."""
    if notice := failure(record, lang):
        return notice
    results = record.results
    columns = (
        "gil.col_other_thread",
        "gil.col_interval",
        "gil.col_late",
        "gil.col_caused",
        "gil.col_in_intervals",
        "gil.col_share",
    )
    head = [t(key, lang) for key in columns]
    idle = results["idle"]
    body = [
        [
            t("gil.no_thread", lang),
            "&ndash;",
            cell(Estimate.of(idle["lateness"]), duration),
            "&ndash;",
            "&ndash;",
            "&ndash;",
        ]
    ]
    for nap in naps(results):
        interval = duration(nap.interval)
        if nap.interval == results["default_interval"]:
            interval += " " + t("gil.default_mark", lang)
        body.append(
            [
                t("gil.cpu_thread", lang),
                interval,
                cell(nap.late, duration),
                cell(nap.caused, duration),
                cell(nap.intervals, ratio),
                f"{nap.share:.0%}",
            ]
        )
    align = ["---", "---:", "---:", "---:", "---:", "---:"]
    method = t("gil.convoy_note", lang) + "\n\n" + paired.how_measured(record, lang)
    notes = [text.collapsed(method, lang)]
    return tables.table(head, align, body) + "\n\n" + "\n\n".join(notes)


CONVOY_STATUS = {
    claims.REPRODUCED: "gil.convoy_status.reproduced",
    claims.NOT_REPRODUCED: "gil.convoy_status.not_reproduced",
    claims.INCONCLUSIVE: "gil.convoy_status.inconclusive",
}


def convoy_claim(record: Run, lang: str = "en") -> str:
    """Did the nap wait for the GIL, about one switch interval, at every interval tried? Each
    setting is judged by the convoy claim's rule; the sentence gives every figure."""
    if notice := failure(record, lang):
        return notice
    results = record.results
    claim = claims.CLAIMS["convoy"]
    found = [(nap, claims.decide(claim, nap.intervals)) for nap in naps(results)]
    statuses = {status for _, status in found}
    mixed = len(statuses) > 1 or statuses == {claims.INCONCLUSIVE}

    def one(nap: Nap, status: str) -> str:
        text = t(
            "gil.convoy_figure",
            lang,
            interval=duration(nap.interval),
            caused=duration(nap.caused.median),
            figure=claims.figure(claim, nap.intervals, lang),
        )
        return text + (" " + t(CONVOY_STATUS[status], lang) if mixed else "")

    values = {
        "nap": duration(results["nap"]),
        "idle": cell(Estimate.of(results["idle"]["lateness"]), duration),
        "figures": "; ".join(one(nap, status) for nap, status in found),
        "share": min(nap.share for nap, _ in found),
    }
    if results["machine"]["gil_enabled"]:
        if mixed:
            key = "gil.convoy_mixed"
        elif statuses == {claims.REPRODUCED}:
            key = "gil.convoy_tracked"
        else:
            key = "gil.convoy_untracked"
    else:
        key = "gil.convoy_ft_none" if statuses == {claims.NOT_REPRODUCED} else "gil.convoy_ft_some"
    text = t(key, lang, **values)
    if (
        results["machine"]["gil_enabled"]
        and statuses != {claims.REPRODUCED}
        and values["share"] < STARVED
    ):
        text += " " + t("gil.convoy_starved", lang, **values)
    return text


def convoy_chart(records: list[Run], lang: str = "en") -> str:
    """Lateness of the nap against the switch interval, one line per interpreter (log-log),
    each point with its interval, followed by the same figures as a table and, for each run
    beyond the build's own (described earlier on the page), what it shows."""
    usable = [record for record in records if record.results]
    if not usable:
        return failure(records, lang) or ""
    ms = 1e3
    series = {
        label(record.results["machine"], lang): [
            (nap.interval * ms, nap.late.median * ms, nap.late.low * ms, nap.late.high * ms)
            for nap in naps(record.results)
        ]
        for record in usable
    }
    intervals = [nap.interval for nap in naps(usable[0].results)]
    idle = Estimate.of(usable[0].results["idle"]["lateness"]).median * ms
    span_ms = [min(intervals) * ms, max(intervals) * ms]
    reference = {
        t("gil.chart_one_interval", lang): [(x, x) for x in span_ms],
        t("gil.chart_idle", lang): [(x, idle) for x in span_ms],
    }

    def in_ms(value: float) -> str:
        return duration(value / ms)

    desc = charts.describe(series, in_ms, in_ms)
    svg = charts.line_chart(
        t("gil.chart_title", lang, nap=duration(usable[0].results["nap"])),
        t("gil.chart_x", lang),
        t("gil.chart_y", lang),
        series,
        log_x=True,
        log_y=True,
        desc=desc,
        reference=reference,
    )
    head = [t("gil.col_interpreter", lang), t("gil.col_idle", lang)]
    head += [t("gil.col_at_interval", lang, interval=duration(i)) for i in intervals]
    body = []
    for record in usable:
        cells = [
            label(record.results["machine"], lang),
            cell(Estimate.of(record.results["idle"]["lateness"]), duration),
        ]
        cells += [
            t(
                "gil.cell_convoy",
                lang,
                late=duration(nap.late.median),
                intervals=cell(nap.intervals, ratio),
            )
            for nap in naps(record.results)
        ]
        body.append(cells)
    lines = [tables.table(head, ["---"] + ["---:"] * (len(head) - 1), body), ""]
    for record in usable[1:]:
        text = convoy_claim(record, lang) + " " + paired.how_measured(record, lang)
        lines.append(f"- *{label(record.results['machine'], lang)}*: {text}")
    return charts.block(svg) + "\n\n" + "\n".join(lines).rstrip()


# --- Who ran when --------------------------------------------------------------------------

WHO_SNIPPET = "gil/who_ran_when.py"
# Below this share of the time both threads ran at once, they took turns; above ALONGSIDE,
# they ran side by side. In between, the record shows some of each (a busy machine).
TURNS, ALONGSIDE = 0.1, 0.5


def who_sentence(results: dict, lang: str = "en") -> str:
    """What the threads' record shows: turns or side by side, the slices' median length with
    its interval beside the switch interval, from the measured slices."""
    part = results["threads"]
    median = Estimate.of(part["slice_median"])
    values = {
        "gil": t("gil_on" if results["machine"]["gil_enabled"] else "gil_off", lang),
        "together": part["together"],
        "count": part["slice_count"],
        "switch": duration(results["switch_interval"]),
    }
    if median:
        values |= {
            "median": duration(median.median),
            "low": duration(median.low),
            "high": duration(median.high),
            "rounds": median.rounds,
        }
    if part["together"] >= ALONGSIDE:
        # Side by side, each thread often runs in one unbroken stretch: too few for an interval.
        key = "gil.who_alongside" if median else "gil.who_alongside_unbroken"
    elif part["together"] >= TURNS:
        key = "gil.who_mixed" if median else "gil.who_few"
    elif all(len(runs) == 1 for runs in part["slices"]):
        key = "gil.who_serial"  # one ran to the end, then the other: no turns at all
    elif median is None:
        key = "gil.who_few"  # too few slices to give their length an interval
    elif results["machine"]["gil_enabled"]:
        key = "gil.who_turns"
    else:
        key = "gil.who_starved"  # free to run side by side, yet they did not
    return t(key, lang, **values)


def who_ran_when(records: list[Run], lang: str = "en") -> str:
    """For each interpreter run: two threads and two processes as lanes of the stretches in
    which each was seen running, the sentence about slices, and a table as text alternative."""
    usable = [record for record in records if record.results]
    if not usable:
        return failure(records, lang) or ""
    parts = []
    for record in usable:
        r = record.results
        threads = [t("gil.who_thread", lang, n=i) for i in (1, 2)]
        processes = [t("gil.who_process", lang, n=i) for i in (1, 2)]
        panels = {
            t("gil.who_threads", lang): seen_running(r["threads"], threads),
            t("gil.who_processes", lang): seen_running(r["processes"], processes),
        }
        end = max(r["threads"]["span"], r["processes"]["span"])
        title = t("gil.who_title", lang, python=label(r["machine"], lang))
        svg = draw_timeline(
            title,
            panels,
            end=end,
            scale=1000,
            x_label=t("gil.who_x", lang),
            desc=who_sentence(r, lang),
        )
        head = [
            t("gil.who_col_lane", lang),
            t("gil.who_col_slices", lang),
            t("gil.who_col_median", lang),
            t("gil.who_col_together", lang),
        ]
        rows = []
        for kind, names in (("threads", threads), ("processes", processes)):
            part = r[kind]
            median = Estimate.of(part["slice_median"])
            rows.append(
                [
                    " + ".join(names),
                    str(part["slice_count"]),
                    cell(median, duration) if median else "&ndash;",
                    f"{part['together']:.0%}",
                ]
            )
        parts.append(
            "\n".join(
                [
                    charts.block(svg),
                    "",
                    f"*{label(r['machine'], lang)}*: {who_sentence(r, lang)}",
                    "",
                    tables.table(head, ["---", "---:", "---:", "---:"], rows),
                ]
            )
        )
    return "\n\n".join(parts)


# --- Free-threaded builds ------------------------------------------------------------------


def free_threaded_asked() -> str:
    """The free-threaded interpreter asked for: a path or a command name (python3.14t on a CI
    runner's PATH), whether or not this machine has it."""
    return os.environ.get(FREE_THREADED_VAR) or FREE_THREADED_DEFAULT


def free_threaded_python() -> str | None:
    """The free-threaded interpreter to compare with, if this machine has one."""
    return shutil.which(free_threaded_asked())


def runs_by_interpreter(snippet: str, **options) -> list[Run]:
    """The snippet under the build's interpreter and, where there is one, a free-threaded one,
    GIL off and (``PYTHON_GIL=1``) GIL on. Starts programs, like :func:`run`."""
    env = options.pop("env", None) or {}
    pythons = [sys.executable]
    other = free_threaded_python()
    if other and Path(other).resolve() != Path(sys.executable).resolve():
        pythons.append(other)
    records = []
    for python in pythons:
        records.append(run(snippet, python=python, env=env, **options))
        if fingerprint(python)["free_threaded_build"]:
            gil_on = {**env, "PYTHON_GIL": "1"}
            records.append(run(snippet, python=python, env=gil_on, **options))
    return records


ROW_KEYS = {
    ("threads_cpu", claims.REPRODUCED): "gil.row.threads_cpu.reproduced",
    ("threads_cpu", claims.NOT_REPRODUCED): "gil.row.threads_cpu.not_reproduced",
    ("free_threads_cpu", claims.REPRODUCED): "gil.row.free_threads_cpu.reproduced",
    ("free_threads_cpu", claims.NOT_REPRODUCED): "gil.row.free_threads_cpu.not_reproduced",
}
ROW_OTHER = {
    claims.INCONCLUSIVE: "gil.row.inconclusive",
    claims.NOT_APPLICABLE: "gil.row.not_applicable",
    claims.NO_DATA: "gil.row.no_data",
}


def row_verdict(record: Run, lang: str = "en") -> str:
    """The verdict of the claim this run tests (GIL on: threads_cpu; off: free_threads_cpu),
    in a table cell."""
    name = squares_claim(record.results)
    status = claims.status_of(claims.CLAIMS[name], squares_evidence(record, lang))
    return t(ROW_KEYS.get((name, status)) or ROW_OTHER[status], lang)


def interpreter_table(records: list[Run], lang: str = "en") -> str:
    """The pure-Python threads benchmark, one row per interpreter (and GIL setting): each
    speedup with its interval, the cores two threads kept busy and the verdict of the claim
    the run tests; then, for each run beyond the first (the build's own, described earlier on
    the page), what it shows and how it was measured."""
    usable = [record for record in records if record.results]
    if not usable:
        return failure(records, lang) or ""
    counts = [row.threads for row in rows(usable[0])]
    head = [t("gil.col_interpreter", lang), t("gil.col_one_thread", lang)]
    head += [t("gil.col_speedup_at", lang, threads=n) for n in counts[1:]]
    head += [t("gil.col_busy_at", lang, threads=CLAIM_THREADS), t("gil.col_verdict", lang)]
    body = []
    for record in usable:
        data = {row.threads: row for row in rows(record)}
        two = data.get(CLAIM_THREADS)
        cells = [label(record.results["machine"], lang), duration(data[counts[0]].time["median"])]
        cells += [speedup_cell(data[n], lang) if n in data else "&ndash;" for n in counts[1:]]
        cells += [cell(two.busy, ratio) if two else "&ndash;", row_verdict(record, lang)]
        body.append(cells)
    align = ["---"] + ["---:"] * (len(head) - 2) + ["---"]
    lines = [tables.table(head, align, body), "", t("gil.table_note", lang), ""]
    limits = (row.limit for record in usable for row in rows(record))
    for note in past_limit_note(limits, lang):
        lines += [note, ""]
    for record in usable[1:]:
        text = cpu_claim(record, lang) + " " + paired.how_measured(record, lang)
        lines.append(f"- *{label(record.results['machine'], lang)}*: {text}")
    return "\n".join(lines).rstrip()


def build_verdict(record: Run, lang: str = "en") -> str:
    """Whether this build's own measurements were taken with the GIL on or off."""
    if notice := failure(record, lang):
        return notice
    results = record.results
    if not results["machine"]["free_threaded_build"]:
        key = "gil.verdict_gil"
    elif results["machine"]["gil_enabled"]:
        key = "gil.verdict_ft_gil"
    else:
        key = "gil.verdict_ft"
    return t(key, lang, python=results["machine"]["version"])


def show_free_threaded(
    snippet: str, *, claim: Callable[[Run, str], str] | None = None, lang: str = "en", **options
) -> str:
    """The output of the snippet run again under the free-threaded interpreter (the source is
    the one shown just before), in an admonition, with an optional claim about that run; a
    note instead when this machine has none. Starts a program, like :func:`show`."""
    python = free_threaded_python()
    if python is None:
        return t("gil.no_free_threaded", lang, path=free_threaded_asked())
    record = run(snippet, python=python, **options)
    return free_threaded_box(record, claim, lang)


def free_threaded_box(
    record: Run, claim: Callable[[Run, str], str] | None = None, lang: str = "en"
) -> str:
    """An admonition with a run's output, the line that says how it ran, and the claim."""
    fp = record.interpreter
    title = t(
        "gil.again_under",
        lang,
        python=fp.get("version", "?"),
        gil=t("gil_on" if fp.get("gil_enabled", True) else "gil_off", lang),
    )
    parts = [output_fence(record.output or t("no_output", lang)), ""]
    if not record.ok:
        parts += [t("failed", lang, problem=record.problem), ""]
    parts += [meta(record, lang), META_ATTRS, ""]
    if claim is not None and record.ok:
        parts += [claim(record, lang), ""]
    lines = "\n".join(parts).splitlines()
    body = "\n".join("    " + line if line else line for line in lines)
    return f'!!! example "{title}"\n\n{body}\n'
