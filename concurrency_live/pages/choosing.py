"""What the decision page says: which model for which work, from the benchmark runs' results,
and a small decision tree drawn as inline SVG. Pure functions of :class:`io_vs_cpu.Column` lists."""

from __future__ import annotations

import hashlib

from concurrency_live.pages import evidence, io_vs_cpu
from concurrency_live.rendering import claims, tables
from concurrency_live.rendering.charts import escape, text_width
from concurrency_live.rendering.text import bounds, duration, label, no_results, times
from concurrency_live.words import t

# Strategies whose result is at least this share of the best one count as "as good".
AS_GOOD = 0.9


def _build(cols: list[io_vs_cpu.Column]) -> dict | None:
    """The results of the first interpreter that ran (the build's own, when it did)."""
    ok = io_vs_cpu.usable(cols)
    return ok[0].run.results if ok else None


def cpu_ranking(results: dict) -> list[io_vs_cpu.Point]:
    """The parallel strategies at workers = usable cores, fastest first (median speedup)."""
    cores = results["machine"]["usable_cores"]
    found = [
        p for p in io_vs_cpu.points(results) if p.strategy != "sequential" and p.workers == cores
    ]
    return sorted(found, key=lambda p: -p.speedup.median)


def io_ranking(results: dict) -> list[io_vs_cpu.Point]:
    """The strategies on the HTTP workload at the most workers, closest to the floor first."""
    http = [
        p for p in io_vs_cpu.points(results) if p.workload == "http" and p.strategy != "sequential"
    ]
    most = max((p.workers for p in http), default=0)
    return sorted((p for p in http if p.workers == most), key=lambda p: p.over_floor.median)


def _names(pts: list[io_vs_cpu.Point], value, lang: str) -> str:
    """The best strategy, and every other one within AS_GOOD of it (higher value = better)."""
    best = value(pts[0])
    good = [t(io_vs_cpu.STRATEGY[p.strategy], lang) for p in pts if value(p) >= AS_GOOD * best]
    return (
        t("choosing.or", lang, first=", ".join(good[:-1]), last=good[-1]) if good[1:] else good[0]
    )


def c_row(lang: str = "en") -> list[str]:
    """The row for C code that releases the GIL: the GIL page's hashing run, through the one
    verdict of the claim it tests (so this page and the GIL page cannot disagree)."""
    result = evidence.verdict("c_threads", lang)
    figures = [
        claims.figure(result.claim, e.estimate, lang)
        for e, status in result.items
        if e.estimate is not None and status in claims.TESTED
    ]
    use = t(C_USE[result.status], lang)
    measured = t(
        "choosing.c_evidence",
        lang,
        figures="; ".join(figures) or t("claims.status.no_data", lang),
        verdict=t(claims.OVERALL[result.status], lang),
    )
    return [t("choosing.work_c", lang), use, measured]


C_USE = {
    claims.REPRODUCED: "choosing.c_use_threads",
    claims.NOT_REPRODUCED: "choosing.c_use_unconfirmed",
    claims.INCONCLUSIVE: "choosing.c_use_unconfirmed",
    claims.NOT_APPLICABLE: "choosing.c_use_unconfirmed",
    claims.NO_DATA: "choosing.c_use_unconfirmed",
}


def asyncio_row(lang: str = "en") -> list[str]:
    """The row for many waits at once: the asyncio page's runs, through the verdicts of the
    claims they test (so this page and the asyncio page cannot disagree)."""
    found = {
        name: evidence.verdict(name, lang)
        for name in ("asyncio_floor", "thread_memory", "blocking_call")
    }

    def figures(name: str) -> str:
        result = found[name]
        measured = [
            claims.figure(result.claim, e.estimate, lang)
            for e, status in result.items
            if e.estimate is not None and status in claims.TESTED
        ]
        return "; ".join(measured) or t("claims.status.no_data", lang)

    confirmed = all(
        found[name].status == claims.REPRODUCED for name in ("asyncio_floor", "thread_memory")
    )
    use = t("choosing.asyncio_use" if confirmed else "choosing.asyncio_use_unconfirmed", lang)
    measured = t(
        "choosing.asyncio_evidence",
        lang,
        floor=figures("asyncio_floor"),
        floor_verdict=t(claims.OVERALL[found["asyncio_floor"].status], lang),
        memory=figures("thread_memory"),
        memory_verdict=t(claims.OVERALL[found["thread_memory"].status], lang),
        blocking=figures("blocking_call"),
        blocking_verdict=t(claims.OVERALL[found["blocking_call"].status], lang),
    )
    return [t("choosing.work_many_waits", lang), use, measured]


def recommendations(
    cpu: list[io_vs_cpu.Column], io: list[io_vs_cpu.Column], lang: str = "en"
) -> str:
    """Which model did best for each kind of work in this build, with the figures."""
    cpu_results, io_results = _build(cpu), _build(io)
    if cpu_results is None or io_results is None:
        return no_results(lang)
    rows = []
    ranked = cpu_ranking(cpu_results)
    if ranked:
        evidence_text = ", ".join(
            t(
                "choosing.cpu_item",
                lang,
                strategy=t(io_vs_cpu.STRATEGY[p.strategy], lang),
                speedup=times(p.speedup.median),
                bounds=bounds(p.speedup, times),
                workers=p.workers,
            )
            for p in ranked
        )
        use = _names(ranked, lambda p: p.speedup.median, lang)
        rows.append([t("choosing.work_cpu", lang), use, evidence_text])
    ranked = io_ranking(io_results)
    if ranked:
        seq = io_vs_cpu.find(io_vs_cpu.points(io_results), "http", "sequential", 1)
        evidence_text = (
            t("choosing.io_sequential", lang, time=duration(seq.time.median)) if seq else ""
        )
        evidence_text += ", ".join(
            t(
                "choosing.io_item",
                lang,
                strategy=t(io_vs_cpu.STRATEGY[p.strategy], lang),
                time=duration(p.time.median),
                workers=p.workers,
                ratio=times(p.over_floor.median),
                bounds=bounds(p.over_floor, times),
            )
            for p in ranked
        )
        evidence_text += t("choosing.io_floor", lang, floor=duration(ranked[0].floor))
        use = _names(ranked, lambda p: 1 / p.over_floor.median, lang)
        rows.append([t("choosing.work_io", lang), use, evidence_text])
    rows.append(c_row(lang))
    rows.append(asyncio_row(lang))
    machine = cpu_results["machine"]
    note = t(
        "choosing.measured_on",
        lang,
        python=label(machine, lang),
        cores=machine["usable_cores"],
    )
    head = [t("choosing.col_work", lang), t("choosing.col_use", lang)]
    head.append(t("choosing.col_evidence", lang))
    return tables.table(head, ["---", "---", "---"], rows) + "\n\n" + note


def start_methods(cols: list[io_vs_cpu.Column], lang: str = "en") -> str:
    """The default start method of each interpreter that ran, as its run recorded it."""
    items = [
        t(
            "choosing.start_method_item",
            lang,
            python=label(col.run.results["machine"], lang),
            method=col.run.results["machine"]["start_method"],
        )
        for col in io_vs_cpu.usable(cols)
    ]
    return t("choosing.start_methods", lang, items="; ".join(items))


# --- The decision tree -------------------------------------------------------------------------


def _annotations(
    cpu: list[io_vs_cpu.Column], io: list[io_vs_cpu.Column], lang: str
) -> dict[str, str]:
    """A measured figure under each leaf, where this build measured one."""
    notes = {}
    io_results, cpu_results = _build(io), _build(cpu)
    if io_results:
        for p in io_ranking(io_results):
            notes[p.strategy] = t(
                "choosing.leaf_io", lang, ratio=times(p.over_floor.median), workers=p.workers
            )
    if cpu_results:
        cores = cpu_results["machine"]["usable_cores"]
        p = io_vs_cpu.find(io_vs_cpu.points(cpu_results), "primes", "processes", cores)
        if p:
            notes["processes"] = t(
                "choosing.leaf_cpu", lang, speedup=times(p.speedup.median), workers=cores
            )
    for col in io_vs_cpu.usable(cpu):
        machine = col.run.results["machine"]
        p = io_vs_cpu.find(
            io_vs_cpu.points(col.run.results), "primes", "threads", machine["usable_cores"]
        )
        if p and not machine["gil_enabled"]:
            notes["free_threads"] = t(
                "choosing.leaf_cpu", lang, speedup=times(p.speedup.median), workers=p.workers
            )
            break
    c = evidence.verdict("c_threads", lang)
    measured = [e for e, status in c.items if e.estimate is not None and status in claims.TESTED]
    if measured:
        notes["c_threads"] = t("choosing.leaf_c", lang, speedup=times(measured[0].estimate.median))
    return notes


# (id, message key, kind) and (parent, child, answer): the tree; its layout is computed.
NODES = (
    ("wait", "choosing.q_wait", "question"),
    ("async", "choosing.q_async", "question"),
    ("python", "choosing.q_python", "question"),
    ("asyncio", "choosing.leaf_asyncio", "leaf"),
    ("threads", "choosing.leaf_threads", "leaf"),
    ("c_threads", "choosing.leaf_c_threads", "leaf"),
    ("gil", "choosing.q_gil", "question"),
    ("free_threads", "choosing.leaf_free_threads", "leaf"),
    ("processes", "choosing.leaf_processes", "leaf"),
)
EDGES = (
    ("wait", "async", "choosing.yes"),
    ("wait", "python", "choosing.no"),
    ("async", "asyncio", "choosing.yes"),
    ("async", "threads", "choosing.no"),
    ("python", "c_threads", "choosing.no"),
    ("python", "gil", "choosing.yes"),
    ("gil", "free_threads", "choosing.yes"),
    ("gil", "processes", "choosing.no"),
)
WIDTH, SLOT, ROW, TOP = 940, 188, 118, 45
LINE = 15
CHAR = 6.4


def decision_tree(cpu: list[io_vs_cpu.Column], io: list[io_vs_cpu.Column], lang: str = "en") -> str:
    """The decision tree as inline SVG (no JavaScript), leaves annotated with this build's
    figures, followed by the same tree as a nested list for readers who cannot see it."""
    notes = _annotations(cpu, io, lang)
    leaf_note = {
        "asyncio": notes.get("asyncio"),
        "threads": notes.get("threads"),
        "free_threads": notes.get("free_threads"),
        "processes": notes.get("processes"),
        "c_threads": notes.get("c_threads"),
    }
    places = layout()
    boxes = {}
    for node, key, kind in NODES:
        lines = t(key, lang).split("\n")
        titles = len(lines)  # the lines after these are the leaf's measured note
        if kind == "leaf":
            lines += (leaf_note.get(node) or t("choosing.not_measured_short", lang)).split("\n")
        width = max(text_width(line) for line in lines) * CHAR + 18
        height = len(lines) * LINE + 12
        boxes[node] = (*places[node], width, height, lines, kind, titles)
    bottom = max(box[1] + box[3] / 2 for box in boxes.values()) + 8
    title = t("choosing.tree_title", lang)
    desc = tree_text(boxes, lang, separator=" ")
    uid = "tree-" + hashlib.sha1((title + desc).encode()).hexdigest()[:10]
    out = [
        f'<svg class="chart decision-tree" viewBox="0 0 {WIDTH} {bottom:g}" role="img" '
        f'aria-labelledby="{uid}-t {uid}-d" xmlns="http://www.w3.org/2000/svg" '
        'font-size="12" fill="currentColor">',
        f'<title id="{uid}-t">{escape(title)}</title>',
        f'<desc id="{uid}-d">{escape(desc)}</desc>',
    ]
    for parent, child, answer in EDGES:
        px, py, _, ph, *_ = boxes[parent]
        cx, cy, _, ch, *_ = boxes[child]
        x1, y1, x2, y2 = px, py + ph / 2, cx, cy - ch / 2
        out.append(
            f'<path class="tree-edge" d="M{x1:g} {y1:g}L{x2:g} {y2:g}" '
            'stroke="currentColor" fill="none"/>'
        )
        mx, my = (x1 + x2) / 2, (y1 + y2) / 2
        anchor = "end" if x2 < x1 else "start"
        dx = -6 if x2 < x1 else 6
        out.append(
            f'<text class="tree-answer" x="{mx + dx:g}" y="{my:g}" '
            f'text-anchor="{anchor}">{escape(t(answer, lang))}</text>'
        )
    for x, y, width, height, lines, kind, titles in boxes.values():
        rx = 4 if kind == "question" else 12
        out.append(
            f'<rect class="tree-{kind}" x="{x - width / 2:g}" y="{y - height / 2:g}" '
            f'width="{width:g}" height="{height:g}" rx="{rx}" fill="none" stroke="currentColor"/>'
        )
        top = y - (len(lines) - 1) * LINE / 2 + 4
        for i, line in enumerate(lines):
            cls = ' class="tree-note"' if i >= titles else ""
            out.append(
                f'<text{cls} x="{x:g}" y="{top + i * LINE:g}" '
                f'text-anchor="middle">{escape(line)}</text>'
            )
    out.append("</svg>")
    listing = tree_text(boxes, lang, separator="\n")
    return "\n".join(out) + "\n\n" + listing


def layout() -> dict[str, tuple[float, float]]:
    """Box centres: leaves side by side in reading order, each parent above its children."""
    children: dict[str, list[str]] = {}
    for parent, child, _ in EDGES:
        children.setdefault(parent, []).append(child)
    places: dict[str, tuple[float, float]] = {}
    leaves = 0

    def place(node: str, depth: int) -> float:
        nonlocal leaves
        if node in children:
            x = sum(place(child, depth + 1) for child in children[node]) / len(children[node])
        else:
            x = (leaves + 0.5) * SLOT + (WIDTH - SLOT * count_leaves()) / 2
            leaves += 1
        places[node] = (x, TOP + depth * ROW)
        return x

    def count_leaves() -> int:
        return sum(1 for node, _, kind in NODES if kind == "leaf")

    place(EDGES[0][0], 0)
    return places


def tree_text(boxes: dict, lang: str, separator: str) -> str:
    """The tree in words: a nested Markdown list (or one paragraph, for <desc>)."""
    children: dict[str, list[tuple[str, str]]] = {}
    for parent, child, answer in EDGES:
        children.setdefault(parent, []).append((child, answer))

    def words(node: str) -> str:
        return " ".join(boxes[node][4]).replace("  ", " ")

    def walk(node: str, depth: int) -> list[str]:
        lines = []
        for child, answer in children.get(node, []):
            text = f"{t(answer, lang).capitalize()}: {words(child)}"
            lines.append("    " * depth + "- " + text)
            lines += walk(child, depth + 1)
        return lines

    items = [words("wait"), *walk("wait", 0)]
    if separator == " ":
        return " ".join(line.strip().removeprefix("- ") for line in items)
    return f"{items[0]}\n\n" + "\n".join(items[1:])
