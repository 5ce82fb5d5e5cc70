"""Small line charts as inline SVG, drawn by hand: no plotting library, no JavaScript.

Colours come from CSS classes styled in ``overrides/partials/styles.html`` with Material's
palette variables, so a chart reads in the light and the dark scheme. Every series also has
its own marker shape and dash pattern, so the lines stay apart without colour too. The
presentation attributes written here (``currentColor``) are the fallback when that stylesheet
is missing; CSS rules override them.
"""

from __future__ import annotations

import hashlib
import math
import unicodedata
from collections.abc import Callable
from html import escape as _html_escape

from concurrency_live.rendering.claims import Estimate
from concurrency_live.rendering.text import cell

# Python-Markdown does not treat <svg> as a block: it wraps the chart in <p> (valid HTML) and
# applies inline syntax to the text between tags. These characters are written as character
# references so that labels such as "max_workers" or "2 * cores" survive, at the top level of
# a page and inside content tabs alike.
_MARKDOWN_SAFE = str.maketrans({c: f"&#{ord(c)};" for c in "*_`[]\\~^=:"})


def escape(text: str) -> str:
    return _html_escape(text).translate(_MARKDOWN_SAFE)


# (x, y), or (x, y, low, high): a point with its interval, drawn as an error bar.
Points = list[tuple[float, ...]]


def block(svg: str) -> str:
    """A chart (or a timeline) for a page: in a <div>, Markdown leaves the SVG alone instead of
    wrapping it in a paragraph."""
    return f"<div>\n{svg}\n</div>"


def describe(
    series: dict[str, Points], x_format: Callable[[float], str], y_format: Callable[[float], str]
) -> str:
    """Every line of a chart in words, for its description: "name: x \u2192 y (low\u2013high),
    ...", a point's interval written as a table cell writes it."""

    def point(p: tuple[float, ...]) -> str:
        x, y, *interval = p
        value = cell(Estimate(y, *interval, 0), y_format) if interval else y_format(y)
        return f"{x_format(x)} \u2192 {value}"

    return "; ".join(
        f"{name}: " + ", ".join(point(p) for p in points) for name, points in series.items()
    )


WIDTH, HEIGHT = 640, 400
LEFT, RIGHT, TOP = 64, 20, 40
LEGEND_ROW, LEGEND_COLUMN = 20, 180
INSET = 10  # px between the y axis (and the right edge) and the first (last) x tick
CHAR_WIDTH = 7  # rough width of one character at the chart's font size, for the legend


def text_width(text: str) -> int:
    """Width of ``text`` in Latin characters: Hangul and other wide characters count twice."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


DASHES = ("", "7 4", "2 3", "9 3 2 3", "4 2", "12 4")
MARKERS = ("circle", "square", "triangle", "diamond", "cross", "triangle-down")


def line_chart(
    title: str,
    x_label: str,
    y_label: str,
    series: dict[str, Points],
    *,
    log_x: bool = False,
    log_y: bool = False,
    desc: str = "",
    reference: dict[str, Points] | None = None,
    x_format: Callable[[float], str] | None = None,
    y_format: Callable[[float], str] | None = None,
) -> str:
    """An SVG line chart: one marked line per series, reference lines (an ideal, a floor) dashed.

    A point given as (x, y, low, high) gets an error bar from low to high: its interval.
    ``x_format``/``y_format`` write the tick labels (``1 MB`` rather than ``1e+06``).

    Points that cannot be drawn (None, NaN, or <= 0 on a log axis) are left out.
    The result scales to the width of its container (viewBox, no fixed width).
    """
    reference = reference or {}
    series = {name: _drawable(points, log_x, log_y) for name, points in series.items()}
    reference = {name: _drawable(points, log_x, log_y) for name, points in reference.items()}
    everything = [p for points in (*series.values(), *reference.values()) for p in points]
    xs = [p[0] for p in everything] or [1.0]
    ys = [y for p in everything for y in p[1:]] or [1.0]
    x_axis = Axis(min(xs), max(xs), log_x, include_zero=False)
    y_axis = Axis(min(ys), max(ys), log_y, include_zero=not log_y)

    legend = [(name, "series", i) for i, name in enumerate(series)]
    legend += [(name, "reference", i) for i, name in enumerate(reference)]
    widest = max((text_width(name) for name, _, _ in legend), default=0) * CHAR_WIDTH + 44
    column = max(LEGEND_COLUMN, widest)
    per_row = max(1, (WIDTH - LEFT - RIGHT) // column)
    rows = math.ceil(len(legend) / per_row)
    bottom = 56 + rows * LEGEND_ROW
    height = HEIGHT + (rows - 1) * LEGEND_ROW
    plot = Box(LEFT, TOP, WIDTH - RIGHT, height - bottom)

    uid = (
        "chart-"
        + hashlib.sha1(repr((title, x_label, y_label, series, reference)).encode()).hexdigest()[:10]
    )
    out = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'aria-labelledby="{uid}-t {uid}-d" xmlns="http://www.w3.org/2000/svg" '
        # Search would index every tick label; the text alternative says it in words.
        'font-size="12" fill="currentColor" data-search-exclude="">',
        f'<title id="{uid}-t">{escape(title)}</title>',
        f'<desc id="{uid}-d">{escape(desc or title)}</desc>',
        f'<text class="chart-title" x="{WIDTH / 2:g}" y="22" text-anchor="middle" '
        f'font-size="15">{escape(title)}</text>',
    ]
    out += _grid_and_ticks(plot, x_axis, y_axis, x_format or _num, y_format or _num)
    out.append(
        f'<text class="chart-label" x="{(plot.left + plot.right) / 2:g}" '
        f'y="{plot.bottom + 34:g}" text-anchor="middle">{escape(x_label)}</text>'
    )
    mid_y = (plot.top + plot.bottom) / 2
    out.append(
        f'<text class="chart-label" x="16" y="{mid_y:g}" text-anchor="middle" '
        f'transform="rotate(-90 16 {mid_y:g})">{escape(y_label)}</text>'
    )
    for i, points in enumerate(reference.values()):
        out.append(
            _polyline(
                points,
                plot,
                x_axis,
                y_axis,
                f"chart-ref chart-r{i}",
                REFERENCE_DASHES[i % len(REFERENCE_DASHES)],
            )
        )
    for i, points in enumerate(series.values()):
        out.append(
            _polyline(
                points, plot, x_axis, y_axis, f"chart-line chart-s{i}", DASHES[i % len(DASHES)]
            )
        )
        shape = MARKERS[i % len(MARKERS)]
        bars = [_error_bar(p, plot, x_axis, y_axis) for p in points if len(p) == 4]
        if bars:
            out.append(
                f'<path class="chart-error chart-s{i}" d="{"".join(bars)}" '
                'stroke="currentColor" stroke-width="1.5" fill="none"/>'
            )
        out.append(f'<g class="chart-marker chart-s{i}">')
        out += [_marker(shape, plot.x(x_axis, p[0]), plot.y(y_axis, p[1])) for p in points]
        out.append("</g>")
    out += _legend(legend, plot.bottom + 50, per_row, column)
    out.append("</svg>")
    return "\n".join(out)


REFERENCE_DASHES = ("5 5", "1 4", "10 5")


class Axis:
    """A linear or log axis over [low, high], widened to round tick values."""

    def __init__(self, low: float, high: float, log: bool, include_zero: bool) -> None:
        self.log = log
        if log:
            base = 2 if high / low <= 1024 else 10
            self.ticks = _log_ticks(low, high, base)
            self.low, self.high = self.ticks[0], self.ticks[-1]
        else:
            if include_zero:
                low, high = min(low, 0.0), max(high, 0.0)
            # Headroom, so a line at the maximum does not run along the frame.
            high += (high - low) * 0.04
            if low == high:
                low, high = low - 1, high + 1
            self.ticks = linear_ticks(low, high)
            self.low, self.high = self.ticks[0], self.ticks[-1]

    def fraction(self, value: float) -> float:
        if self.log:
            return math.log(value / self.low) / math.log(self.high / self.low)
        return (value - self.low) / (self.high - self.low)


class Box:
    def __init__(self, left: float, top: float, right: float, bottom: float) -> None:
        self.left, self.top, self.right, self.bottom = left, top, right, bottom

    def x(self, axis: Axis, value: float) -> float:
        # Inset from both ends, so that markers at the first and last ticks clear the axis.
        return self.left + INSET + axis.fraction(value) * (self.right - self.left - 2 * INSET)

    def y(self, axis: Axis, value: float) -> float:
        return self.bottom - axis.fraction(value) * (self.bottom - self.top)


def _drawable(points: Points, log_x: bool, log_y: bool) -> Points:
    kept = []
    for point in points:
        x, ys = point[0], point[1:]
        if x is None or any(y is None for y in ys):
            continue
        if not (math.isfinite(x) and all(math.isfinite(y) for y in ys)):
            continue
        if (log_x and x <= 0) or (log_y and min(ys) <= 0):
            continue
        kept.append((float(x), *(float(y) for y in ys)))
    return sorted(kept)


CAP = 4  # px: half the width of an error bar's caps


def _error_bar(point: tuple, plot: Box, x_axis: Axis, y_axis: Axis) -> str:
    """The path of one interval: a vertical line from low to high, with caps."""
    x = plot.x(x_axis, point[0])
    low, high = plot.y(y_axis, point[2]), plot.y(y_axis, point[3])
    return (
        f"M{x:.1f} {low:.1f}V{high:.1f}M{x - CAP:.1f} {low:.1f}h{2 * CAP}"
        f"M{x - CAP:.1f} {high:.1f}h{2 * CAP}"
    )


def linear_ticks(low: float, high: float, target: int = 6) -> list[float]:
    raw = (high - low) / target
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.floor(low / step + 1e-9)
    last = math.ceil(high / step - 1e-9)
    return [round(i * step, 12) for i in range(first, last + 1)]


def _log_ticks(low: float, high: float, base: int) -> list[float]:
    first = math.floor(math.log(low, base) + 1e-9)
    last = math.ceil(math.log(high, base) - 1e-9)
    if first == last:
        last += 1
    return [float(base) ** k for k in range(first, last + 1)]


def _num(value: float) -> str:
    if value != 0 and (abs(value) < 0.01 or abs(value) >= 1e5):
        return f"{value:.0e}"
    return f"{value:g}"


def _grid_and_ticks(
    plot: Box, x_axis: Axis, y_axis: Axis, x_format=_num, y_format=_num
) -> list[str]:
    grid, labels = [], []
    for value in x_axis.ticks:
        x = plot.x(x_axis, value)
        grid.append(f"M{x:.1f} {plot.top}V{plot.bottom}")
        labels.append(
            f'<text x="{x:.1f}" y="{plot.bottom + 16}" text-anchor="middle">'
            f"{escape(x_format(value))}</text>"
        )
    for value in y_axis.ticks:
        y = plot.y(y_axis, value)
        grid.append(f"M{plot.left} {y:.1f}H{plot.right}")
        labels.append(
            f'<text x="{plot.left - 6}" y="{y + 4:.1f}" text-anchor="end">'
            f"{escape(y_format(value))}</text>"
        )
    return [
        f'<path class="chart-grid" d="{"".join(grid)}" stroke="currentColor" '
        'stroke-opacity="0.15" fill="none"/>',
        f'<path class="chart-axis" d="M{plot.left} {plot.top}V{plot.bottom}H{plot.right}" '
        'stroke="currentColor" fill="none"/>',
        '<g class="chart-ticks">',
        *labels,
        "</g>",
    ]


def _polyline(points: Points, plot: Box, x_axis: Axis, y_axis: Axis, cls: str, dash: str) -> str:
    coords = " ".join(f"{plot.x(x_axis, p[0]):.1f},{plot.y(y_axis, p[1]):.1f}" for p in points)
    dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
    return (
        f'<polyline class="{cls}" points="{coords}" fill="none" stroke="currentColor" '
        f'stroke-width="2"{dash_attr}/>'
    )


def _marker(shape: str, x: float, y: float, r: float = 4.5) -> str:
    if shape == "circle":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r}"/>'
    if shape == "square":
        return f'<rect x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r}" height="{2 * r}"/>'
    if shape == "cross":
        a = r * 0.9
        return (
            f'<path d="M{x - a:.1f} {y - a:.1f}L{x + a:.1f} {y + a:.1f}M{x - a:.1f} {y + a:.1f}'
            f'L{x + a:.1f} {y - a:.1f}" stroke="currentColor" stroke-width="2.5"/>'
        )
    corners = {
        "triangle": ((0, -1.2), (1.1, 0.9), (-1.1, 0.9)),
        "triangle-down": ((0, 1.2), (1.1, -0.9), (-1.1, -0.9)),
        "diamond": ((0, -1.3), (1.3, 0), (0, 1.3), (-1.3, 0)),
    }[shape]
    path = "L".join(f"{x + dx * r:.1f} {y + dy * r:.1f}" for dx, dy in corners)
    return f'<path d="M{path}Z"/>'


def _legend(items: list[tuple[str, str, int]], top: float, per_row: int, column: int) -> list[str]:
    out = ['<g class="chart-legend">']
    for n, (name, kind, i) in enumerate(items):
        x = LEFT + (n % per_row) * column
        y = top + (n // per_row) * LEGEND_ROW
        if kind == "series":
            dash = DASHES[i % len(DASHES)]
            cls = f"chart-line chart-s{i}"
        else:
            dash = REFERENCE_DASHES[i % len(REFERENCE_DASHES)]
            cls = f"chart-ref chart-r{i}"
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        out.append(
            f'<path class="{cls}" d="M{x} {y}h26" stroke="currentColor" stroke-width="2"'
            f' fill="none"{dash_attr}/>'
        )
        if kind == "series":
            marker = _marker(MARKERS[i % len(MARKERS)], x + 13, y)
            out.append(f'<g class="chart-marker chart-s{i}">{marker}</g>')
        out.append(f'<text x="{x + 32}" y="{y + 4}">{escape(name)}</text>')
    out.append("</g>")
    return out
