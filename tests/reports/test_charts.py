"""The chart definitions: what their hotspots say, and that they draw for PDF and SVG."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from reportlab.graphics.shapes import String

from accelerator.domain.framework_file import (
    bundled_framework_paths,
    default_framework_path,
    load_framework_file,
)
from accelerator.reports.charts import (
    Chart,
    CompletionBar,
    HeatmapRow,
    chart_svg,
    cohort_heatmap,
    level_distribution_chart,
    levels_over_time_chart,
    milestone_completion_chart,
    radar_chart,
)
from accelerator.reports.data import DatedLevels, Dimension, Level


def _dimensions(path: Path | None = None) -> tuple[Dimension, ...]:
    """A bundled framework's dimensions in English, their own language."""
    spec = load_framework_file(path or default_framework_path())
    return tuple(
        Dimension(
            d.key,
            d.name,
            {lv.level: Level(lv.level, lv.title, lv.description) for lv in d.levels},
        )
        for d in spec.dimensions
    )


DIMS = _dimensions()
KEYS = [d.key for d in DIMS]
CUSTOMER = DIMS[0]
BASELINE = dict(zip(KEYS, (2, 6, 2, 3, 3, 2), strict=True))
LATEST = dict(zip(KEYS, (4, 7, 3, 3, 2, 2), strict=True))
HISTORY = (
    DatedLevels(dt.date(2026, 1, 8), "baseline", BASELINE),
    DatedLevels(dt.date(2026, 3, 1), "progress", {**BASELINE, "customer": 3}),
    DatedLevels(dt.date(2026, 4, 20), "progress", LATEST),
)


def _inside(chart: Chart) -> None:
    for spot in chart.hotspots:
        assert spot.x >= 0 and spot.x + spot.width <= chart.width + 1, spot
        assert spot.y >= 0 and spot.y + spot.height <= chart.height + 1, spot


def test_radar_hotspots_carry_the_level_descriptors() -> None:
    chart = radar_chart(DIMS, LATEST, BASELINE)
    texts = [spot.text for spot in chart.hotspots]
    level4 = CUSTOMER.levels[4]
    expected = f"Customer: level 4 — {level4.title}: {level4.description}"
    assert any(text.startswith(expected) for text in texts)
    assert any("Baseline: level 2 (+2)" in text for text in texts)
    assert any(text.startswith("Customer: baseline level 2 — ") for text in texts)
    _inside(chart)
    # The point for customer's latest level answers a hover there.
    spot = next(s for s in chart.hotspots if s.text.startswith(expected) and s.width == 14)
    found = chart.hotspot_at(spot.x + 7, spot.y + 7)
    assert found is not None and found.text.startswith(expected)


def test_levels_over_time_has_a_point_per_assessment_and_dimension() -> None:
    chart = levels_over_time_chart(
        DIMS, HISTORY, start=dt.date(2026, 1, 5), end=dt.date(2026, 6, 26)
    )
    assert len(chart.hotspots) == len(HISTORY) * len(DIMS)
    customer = [s.text for s in chart.hotspots if s.text.startswith("Customer:")]
    assert customer[1].startswith(f"Customer: level 3 — {CUSTOMER.levels[3].title}: ")
    assert customer[1].endswith("Assessed 1 Mar 2026 (progress)")
    _inside(chart)


def test_heatmap_cells_name_company_level_and_meaning() -> None:
    rows = [
        HeatmapRow("Havbølge Sensorikk AS", LATEST),
        HeatmapRow("Not yet assessed AS", {}),
    ]
    chart = cohort_heatmap(DIMS, rows, mean={"customer": 4.0})
    texts = [s.text for s in chart.hotspots]
    assert f"Havbølge Sensorikk AS\n{CUSTOMER.describe(4)}" in texts
    assert "Not yet assessed AS\nCustomer: not assessed yet" in texts
    assert "Cohort mean\nCustomer: 4.0" in texts
    _inside(chart)


def test_distribution_counts_companies_per_level() -> None:
    chart = level_distribution_chart(DIMS, [LATEST, BASELINE, {"customer": 4}])
    customer4 = [s.text for s in chart.hotspots if s.text.startswith("Customer: level 4 ")]
    assert customer4 == [f"{CUSTOMER.describe(4)}\n2 companies at this level"]
    _inside(chart)


def test_milestone_completion_bars() -> None:
    chart = milestone_completion_chart(
        [CompletionBar("Havbølge AS", 3, 10, 2), CompletionBar("Tom AS", 0, 0)]
    )
    assert [s.text for s in chart.hotspots] == [
        "Havbølge AS: 3 of 10 milestones done, 2 overdue",
        "Tom AS: no applicable milestones",
    ]


def test_a_one_dimension_framework_gets_a_dot_plot() -> None:
    technology_only = next(p for p in bundled_framework_paths() if "technology" in p.name)
    dims = _dimensions(technology_only)
    assert len(dims) < 3
    key = dims[0].key
    chart = radar_chart(dims, {key: 6}, {key: 3})
    assert any(s.text.startswith(f"{dims[0].name}: level 6 — ") for s in chart.hotspots)
    chart_svg(chart)


@pytest.mark.parametrize(
    "chart",
    [
        radar_chart(DIMS, LATEST, BASELINE, latest_label="<b>& latest"),
        radar_chart(DIMS, {}, {}),
        levels_over_time_chart(DIMS, HISTORY),
        levels_over_time_chart(DIMS, ()),
        cohort_heatmap(DIMS, [HeatmapRow('<a href="x">AT&T</a> Ærfugl', LATEST)]),
        level_distribution_chart(DIMS, []),
        milestone_completion_chart([CompletionBar("<img src='/etc/hosts'>", 1, 2)]),
    ],
    ids=["radar", "radar-empty", "time", "time-empty", "heatmap", "distribution", "milestones"],
)
def test_every_chart_renders_as_well_formed_svg(chart: Chart) -> None:
    svg = chart_svg(chart)
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    texts = " ".join(t.text or "" for t in root.iter() if t.tag.endswith("text"))
    if "heatmap" in chart.title.lower() or "company and dimension" in chart.title:
        assert '<a href="x">AT&T</a> Ærfugl' in texts
    assert b"DejaVuSans" not in svg  # the family a desktop knows: "DejaVu Sans"


#: The default framework's dimensions as bokmål names them: one compound longer than a
#: heatmap's column or a radar's side.
BOKMAL_DIMS = tuple(
    Dimension(d.key, name, d.levels)
    for d, name in zip(
        DIMS,
        ("Kunde", "Teknologi", "Forretningsmodell", "IPR", "Team", "Finansiering"),
        strict=True,
    )
)


def _words(chart: Chart) -> str:
    """The chart's drawn text, a hyphenated word joined up again."""
    texts = [node.text for node in _strings(chart.drawing)]
    return " ".join(texts).replace("- ", "")


def _strings(node: object) -> list[String]:
    found: list[String] = []
    for child in getattr(node, "contents", ()):
        found += [child] if isinstance(child, String) else _strings(child)
    return found


@pytest.mark.parametrize(
    "chart",
    [
        cohort_heatmap(BOKMAL_DIMS, [HeatmapRow("Havbølge Sensorikk AS", LATEST)], width=493),
        radar_chart(BOKMAL_DIMS, LATEST, BASELINE, width=232, height=205),
    ],
    ids=["heatmap", "radar"],
)
def test_a_long_bokmal_name_is_shown_whole_not_cut(chart: Chart) -> None:
    words = _words(chart)
    assert "Forretningsmodell" in words and "Finansiering" in words
    assert "…" not in words


@pytest.mark.parametrize(
    "build",
    [
        lambda **kw: radar_chart(DIMS, LATEST, BASELINE, **kw),
        lambda **kw: radar_chart(DIMS[:2], LATEST, BASELINE, **kw),
        lambda **kw: levels_over_time_chart(DIMS, HISTORY, **kw),
        lambda **kw: cohort_heatmap(
            DIMS, [HeatmapRow("Havbølge AS", LATEST), HeatmapRow("Tom AS", {})], mean=LATEST, **kw
        ),
        lambda **kw: level_distribution_chart(DIMS, [LATEST, BASELINE], **kw),
        lambda **kw: milestone_completion_chart(
            [CompletionBar("Havbølge AS", 3, 10, 2), CompletionBar("Tom AS", 0, 0)], **kw
        ),
    ],
    ids=["radar", "dot-plot", "time", "heatmap", "distribution", "milestones"],
)
def test_a_chart_for_a_pdf_draws_what_the_window_shows_without_its_tooltips(
    build: Callable[..., Chart],
) -> None:
    shown, printed = build(), build(tooltips=False)
    assert shown.hotspots and not printed.hotspots
    assert chart_svg(printed) == chart_svg(shown)
