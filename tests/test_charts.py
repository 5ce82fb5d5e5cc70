"""The hand-drawn SVG charts: valid, accessible, labelled, small, and placed where the data says."""

from __future__ import annotations

import itertools
import math
import re
import xml.etree.ElementTree as ET

import pytest

from concurrency_live.rendering.charts import Axis, line_chart

NS = {"svg": "http://www.w3.org/2000/svg"}
SPEEDUP = {
    "threads": [(1, 1.0), (2, 0.97), (4, 0.95), (8, 0.93)],
    "processes": [(1, 0.98), (2, 1.92), (4, 1.95), (8, 1.9)],
}
IDEAL = {"ideal": [(1, 1.0), (2, 2.0), (4, 2.0), (8, 2.0)]}


def chart(**kw) -> str:
    options = {"log_x": True, "desc": "Speedup per strategy.", "reference": IDEAL} | kw
    return line_chart("CPU work", "Workers (count)", "Speedup (times)", SPEEDUP, **options)


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def test_is_well_formed_svg_with_accessible_name_and_description():
    root = parse(chart())
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("role") == "img"
    title, desc = root.find("svg:title", NS), root.find("svg:desc", NS)
    assert title.text == "CPU work"
    assert desc.text == "Speedup per strategy."
    assert root.get("aria-labelledby").split() == [title.get("id"), desc.get("id")]


def test_scales_with_its_container():
    root = parse(chart())
    assert root.get("width") is None and root.get("height") is None
    assert re.fullmatch(r"0 0 \d+ \d+", root.get("viewBox"))


def test_axis_labels_legend_and_ticks_are_text():
    texts = [el.text for el in parse(chart()).iter("{http://www.w3.org/2000/svg}text")]
    assert "Workers (count)" in texts
    assert "Speedup (times)" in texts
    assert {"threads", "processes", "ideal"} <= set(texts)
    # A log x axis over 1..8 ticks at the powers of two.
    assert {"1", "2", "4", "8"} <= set(texts)


def test_escapes_markup_in_labels():
    svg = line_chart("a < b & c", "x", "y", {"<s>": [(1, 1)]})
    root = parse(svg)
    assert root.find("svg:title", NS).text == "a < b & c"
    assert "<s>" not in svg


def test_colours_come_from_classes_and_current_color_only():
    svg = chart()
    assert not re.search(r"#[0-9a-fA-F]{3,6}\b", svg), "no fixed colours: both palettes must work"
    root = parse(svg)
    lines = root.findall(".//svg:polyline", NS)
    classes = [line.get("class") for line in lines]
    assert classes == ["chart-ref chart-r0", "chart-line chart-s0", "chart-line chart-s1"]


def test_series_differ_by_dash_and_marker_not_only_colour():
    root = parse(chart())
    series = [p for p in root.findall("svg:polyline", NS) if "chart-line" in p.get("class")]
    assert series[0].get("stroke-dasharray") != series[1].get("stroke-dasharray")
    groups = [g for g in root.findall("svg:g", NS) if "chart-marker" in (g.get("class") or "")]
    shapes = [{child.tag for child in g} for g in groups]
    assert shapes[0] != shapes[1]
    assert [len(g) for g in groups] == [4, 4]  # one marker per point
    ref = next(p for p in root.findall("svg:polyline", NS) if "chart-ref" in p.get("class"))
    assert ref.get("stroke-dasharray")


def points_of(root: ET.Element, cls: str) -> list[tuple[float, float]]:
    line = next(p for p in root.findall("svg:polyline", NS) if cls in p.get("class").split())
    return [tuple(map(float, pair.split(","))) for pair in line.get("points").split()]


def test_points_land_where_the_data_says():
    root = parse(chart())
    ideal = points_of(root, "chart-r0")
    # Log x: equal ratios are equal distances; 1->2, 2->4 and 4->8 are all one step.
    steps = [b[0] - a[0] for a, b in itertools.pairwise(ideal)]
    assert steps[0] == pytest.approx(steps[1], abs=0.2) == pytest.approx(steps[2], abs=0.2)
    # Linear y from 0: a speedup of 2 sits twice as high above the axis as a speedup of 1.
    axis_y = parse_axis_bottom(root)
    assert axis_y - ideal[1][1] == pytest.approx(2 * (axis_y - ideal[0][1]), abs=0.2)
    # Higher values are drawn higher (smaller y).
    threads, processes = points_of(root, "chart-s0"), points_of(root, "chart-s1")
    assert processes[1][1] < threads[1][1]


def parse_axis_bottom(root: ET.Element) -> float:
    axis = next(p for p in root.findall("svg:path", NS) if p.get("class") == "chart-axis")
    return float(re.search(r"V([\d.]+)", axis.get("d")).group(1))


def test_small_output():
    assert len(chart().encode()) < 6000


def test_skips_points_it_cannot_draw():
    root = parse(
        line_chart("t", "x", "y", {"s": [(1, 1.0), (2, None), (4, math.nan), (8, 0.0)]}, log_y=True)
    )
    assert len(points_of(root, "chart-s0")) == 1


def test_empty_chart_still_renders():
    root = parse(line_chart("nothing", "x", "y", {}))
    assert root.find("svg:title", NS).text == "nothing"


def test_ids_differ_between_charts_so_a_page_can_hold_several():
    a = parse(chart()).find("svg:title", NS).get("id")
    b = parse(chart(log_x=False, desc="other", reference=None)).find("svg:title", NS).get("id")
    assert a != b


@pytest.mark.parametrize(
    ("low", "high", "log", "expected"),
    [
        (0.0, 1.9, False, [0, 0.5, 1.0, 1.5, 2.0]),
        (1, 32, True, [1, 2, 4, 8, 16, 32]),
        (3, 20, True, [2, 4, 8, 16, 32]),
        (1, 5000, True, [1, 10, 100, 1000, 10000]),
        (2.0, 2.0, False, [1.0, 1.5, 2.0, 2.5, 3.0]),
    ],
)
def test_ticks_are_round_and_cover_the_data(low, high, log, expected):
    axis = Axis(low, high, log, include_zero=False)
    assert axis.ticks == pytest.approx(expected)
    assert axis.low <= low and axis.high >= high


def test_long_legend_entries_get_a_row_each():
    names = {"a fairly long series name number one": [(1, 1)], "another long name here!": [(2, 2)]}
    root = parse(line_chart("t", "x", "y", names))
    legend = root.find("svg:g[@class='chart-legend']", NS)
    ys = {float(t.get("y")) for t in legend.findall("svg:text", NS)}
    assert len(ys) == 2


@pytest.mark.parametrize("indent", ["", "    "])
def test_text_survives_markdown_at_top_level_and_in_a_tab(indent):
    import markdown

    label = "max_workers * 2 [cores] `x` ~a^ = b: c_d"
    svg = line_chart(label, "x_label", "y", {"a_b": [(1, 1), (2, 2)]})
    body = "\n".join(indent + line for line in svg.splitlines())
    source = f'=== "Tab"\n\n{body}\n' if indent else f"Intro.\n\n{body}\n\nAfter."
    html = markdown.markdown(
        source,
        extensions=["attr_list", "md_in_html", "tables", "pymdownx.tabbed"],
        extension_configs={"pymdownx.tabbed": {"alternate_style": True}},
    )
    start, end = html.index("<svg"), html.index("</svg>") + len("</svg>")
    root = parse(html[start:end])
    assert root.find("svg:title", NS).text == label
    texts = [el.text for el in root.iter("{http://www.w3.org/2000/svg}text")]
    assert label in texts and "x_label" in texts and "a_b" in texts
    assert "<em>" not in html and "<code>" not in html
