"""The one way the site writes its figures: durations, ratios, multiples, shares, and a figure
with its interval in a table cell or in a sentence."""

from __future__ import annotations

import sys

import pytest

from concurrency_live.rendering.claims import Estimate
from concurrency_live.rendering.text import (
    bounds,
    cell,
    duration,
    interval,
    percent,
    ratio,
    times,
    with_interval,
)
from tests.conftest import SNIPPETS


def test_durations_read_in_a_sensible_unit():
    assert duration(2.345) == "2.35 s"
    assert duration(0.0142) == "14.2 ms"
    assert duration(0.03) == "30 ms"
    assert duration(8.7e-5) == "87 µs"
    assert duration(6.26e-6) == "6.26 µs"
    assert duration(1e-5) == "10 µs"
    assert duration(5.86e-5) == "58.6 µs"
    assert duration(1.2e-7) == "120 ns"
    assert duration(38.3e-9) == "38.3 ns"


def test_a_ratio_has_as_many_digits_as_a_reader_needs():
    assert [ratio(x) for x in (0.333, 0.884, 1.534, 7.971, 30.72, 174.4, 391.55, 1221.4)] == [
        "0.33",
        "0.88",
        "1.53",
        "7.97",
        "30.7",
        "174",
        "392",
        "1,221",
    ]
    assert (
        times(1221.4) == "1,221\u00d7" and times(1.55) == "1.55\u00d7" and times(1) == "1.00\u00d7"
    )


def test_a_share_never_reads_as_zero_unless_it_is():
    assert percent(0.934) == "93%" and percent(0.2) == "20%"
    assert percent(0.053) == "5.3%" and percent(0.0072) == "0.72%"
    assert percent(0) == "0%"


ESTIMATE = Estimate(1.94, 1.77, 1.96, 31, 0.97)


def test_a_multiples_interval_writes_the_sign_once():
    assert bounds(ESTIMATE, times) == "1.77\u20131.96"
    assert cell(ESTIMATE, times) == "1.94\u00d7 (1.77\u20131.96)"
    assert cell(ESTIMATE, times, stacked=True) == "1.94\u00d7<br><small>1.77\u20131.96</small>"


def test_other_units_are_written_at_both_ends():
    late = Estimate(0.00523, 0.00513, 0.00533, 9)
    assert cell(late, duration) == "5.23 ms (5.13 ms\u20135.33 ms)"
    share = Estimate(0.9, 0.85, 0.95, 12)
    assert bounds(share, percent) == "85%\u201395%"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "1.94\u00d7 (95 % interval 1.77\u20131.96, 31 rounds)"),
        ("ko", "1.94\u00d7 (95 % 구간 1.77\u20131.96, 31라운드)"),
    ],
)
def test_every_interval_in_a_sentence_is_a_95_percent_one_with_its_rounds(lang, expected):
    # An estimate's own confidence (the sign test's coverage, 97 % here) is at least 95 %:
    # the site calls every interval a 95 % one.
    assert with_interval(ESTIMATE, times, lang) == expected
    assert interval(ESTIMATE, times, lang) == expected.split(" (", 1)[1].removesuffix(")")
    assert "97" not in with_interval(ESTIMATE, times, lang)


def test_the_snippets_own_duration_formatter_writes_what_the_site_writes():
    """snippets/measure.py must run without the package, so it keeps its own `human`: the two
    write every duration the same way (a drift would show one figure two ways on a page)."""
    sys.path.insert(0, str(SNIPPETS))
    import measure

    for seconds in (3e-9, 4.2e-7, 1.5e-6, 2.5e-5, 9.99e-4, 0.0123, 0.5, 1.0, 7.6, 123.4, -0.002):
        assert measure.human(seconds) == duration(seconds), seconds
