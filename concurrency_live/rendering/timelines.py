"""Timelines as inline SVG: who ran (or printed) when, one lane per thread or process.

A lane holds *spans* (stretches of time in which a thread was seen running) and *marks*
(instants: a line printed). Lanes are grouped in panels that share one time axis, so two ways
of running the same work sit one above the other. Vertical reference lines mark moments such
as a join or a floor. Colours come from the same CSS classes as the line charts (see
``charts.py``), so a timeline reads in the light and the dark palette.
"""

from __future__ import annotations

import dataclasses
import hashlib

from concurrency_live.rendering.charts import CHAR_WIDTH, escape, linear_ticks, text_width

WIDTH = 640
LANE = 24  # px per lane
PANEL_TITLE = 22  # px above each panel's lanes
TOP = 34  # px for the title
AXIS = 44  # px below the last panel: ticks and the axis label
REF_LABELS = 18  # px per row of reference-line labels under the axis
RIGHT = 16
MARK = 4.5  # radius of a mark


@dataclasses.dataclass(frozen=True)
class Lane:
    name: str
    spans: tuple[tuple[float, float], ...] = ()
    marks: tuple[tuple[float, str], ...] = ()  # (time, what happened then)


def seen_running(part: dict, names: list[str]) -> list[Lane]:
    """One lane per worker of a who-ran-when record (``part["slices"]``: per worker, the
    (start, end) pairs in microseconds of the stretches it was seen running), in seconds."""
    return [
        Lane(name, spans=tuple((a / 1e6, b / 1e6) for a, b in runs))
        for name, runs in zip(names, part["slices"], strict=True)
    ]


def timeline(
    title: str,
    panels: dict[str, list[Lane]],
    *,
    end: float,
    x_label: str,
    desc: str,
    references: dict[str, float] | None = None,
    scale: float = 1.0,
) -> str:
    """An SVG of ``panels`` ({panel title: lanes}) over the time from 0 to ``end``.

    Times are in seconds; ``scale`` multiplies them for the axis (1000 for milliseconds).
    ``references`` ({label: time}) draws dashed vertical lines across every panel.
    """
    references = references or {}
    names = [lane.name for lanes in panels.values() for lane in lanes]
    left = max((text_width(n) for n in names), default=0) * CHAR_WIDTH + 16
    plot_right = WIDTH - RIGHT
    height_panels = sum(PANEL_TITLE + LANE * len(lanes) for lanes in panels.values())
    bottom = TOP + height_panels
    height = bottom + AXIS + REF_LABELS * len(references)
    ticks = linear_ticks(0.0, end * scale)
    span_end = max(ticks[-1], end * scale)

    def x(t: float) -> float:
        return left + (t * scale) / span_end * (plot_right - left)

    uid = "timeline-" + hashlib.sha1(repr((title, panels, references)).encode()).hexdigest()[:10]
    out = [
        f'<svg class="chart timeline" viewBox="0 0 {WIDTH} {height:g}" role="img" '
        f'aria-labelledby="{uid}-t {uid}-d" xmlns="http://www.w3.org/2000/svg" '
        'font-size="12" fill="currentColor" data-search-exclude="">',
        f'<title id="{uid}-t">{escape(title)}</title>',
        f'<desc id="{uid}-d">{escape(desc)}</desc>',
        f'<text class="chart-title" x="{WIDTH / 2:g}" y="20" text-anchor="middle" '
        f'font-size="15">{escape(title)}</text>',
    ]
    grid = "".join(f"M{x(t / scale):.1f} {TOP}V{bottom}" for t in ticks)
    out.append(
        f'<path class="chart-grid" d="{grid}" stroke="currentColor" stroke-opacity="0.15" '
        'fill="none"/>'
    )
    y = TOP
    for panel, lanes in panels.items():
        out.append(
            f'<text class="timeline-panel" x="{left:g}" y="{y + 15:g}">{escape(panel)}</text>'
        )
        y += PANEL_TITLE
        # The n-th lane of every panel has the same colour: the same role, run another way.
        for lane_index, lane in enumerate(lanes):
            mid = y + LANE / 2
            cls = f"chart-s{lane_index % 6}"
            out.append(
                f'<text class="chart-ticks" x="{left - 8:g}" y="{mid + 4:g}" '
                f'text-anchor="end">{escape(lane.name)}</text>'
            )
            out.append(
                f'<path class="chart-axis" d="M{left:g} {mid:g}H{plot_right:g}" '
                'stroke="currentColor" stroke-opacity="0.3" fill="none"/>'
            )
            if lane.spans:
                rects = "".join(
                    f"M{x(a):.1f} {y + 5:g}H{max(x(b), x(a) + 0.6):.1f}V{y + LANE - 5:g}"
                    f"H{x(a):.1f}Z"
                    for a, b in lane.spans
                )
                out.append(f'<path class="timeline-span {cls}" d="{rects}"/>')
            if lane.marks:
                out.append(f'<g class="chart-marker {cls}">')
                for t, what in lane.marks:
                    out.append(
                        f'<circle cx="{x(t):.1f}" cy="{mid:g}" r="{MARK}">'
                        f"<title>{escape(what)}</title></circle>"
                    )
                out.append("</g>")
            y += LANE
    out.append(
        f'<path class="chart-axis" d="M{left:g} {bottom}H{plot_right:g}" stroke="currentColor" '
        'fill="none"/>'
    )
    out.append('<g class="chart-ticks">')
    for t in ticks:
        out.append(
            f'<text x="{x(t / scale):.1f}" y="{bottom + 16}" text-anchor="middle">{t:g}</text>'
        )
    out.append("</g>")
    out.append(
        f'<text class="chart-label" x="{(left + plot_right) / 2:g}" y="{bottom + 34}" '
        f'text-anchor="middle">{escape(x_label)}</text>'
    )
    for i, (label, t) in enumerate(references.items()):
        dash = ("6 4", "2 3", "10 4")[i % 3]
        out.append(
            f'<path class="chart-ref chart-r{i}" d="M{x(t):.1f} {TOP}V{bottom}" '
            f'stroke="currentColor" stroke-width="1.5" stroke-dasharray="{dash}" fill="none"/>'
        )
        label_y = bottom + AXIS + REF_LABELS * i + 10
        out.append(
            f'<path class="chart-ref chart-r{i}" d="M{left:g} {label_y - 4:g}h22" '
            f'stroke="currentColor" stroke-width="1.5" stroke-dasharray="{dash}" fill="none"/>'
        )
        out.append(
            f'<text class="chart-ticks" x="{left + 28:g}" y="{label_y:g}">{escape(label)}</text>'
        )
    out.append("</svg>")
    return "\n".join(out)


def slices(stamps: list[float], gap: float) -> list[tuple[float, float]]:
    """The stretches of a thread's record with no pause longer than ``gap`` between two
    stamps: the times it was seen running. A lone stamp is a slice of no length."""
    found: list[tuple[float, float]] = []
    for stamp in stamps:
        if found and stamp - found[-1][1] <= gap:
            found[-1] = (found[-1][0], stamp)
        else:
            found.append((stamp, stamp))
    return found
