#!/usr/bin/env python3
"""Time a pan of the collaboration map in the window: milliseconds a repaint.

    QT_QPA_PLATFORM=offscreen python benchmarks/collab_map_window.py
    QT_QPA_PLATFORM=offscreen python benchmarks/collab_map_window.py --grab /tmp/map.png

Lays out benchmarks/collab_layout.py's network of 500 nodes and 1,500 edges, shows it in a
CollaborationMapView of 1280x800, then pans it by 12 pixels 60 times, at the map's own
size and zoomed in three times, each pan followed by a repaint done at once
(``QWidget.repaint``), and prints the median and slowest repaint. Smooth is a frame well
within 16 ms (60 frames a second). ``--grab`` saves the widget as a PNG (and one zoomed in,
and one of 20 nodes beside it) to look at.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if importlib.util.find_spec("accelerator") is None:  # run from a source checkout
    sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT))  # for ``benchmarks.*``

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from accelerator.domain.collab_layout import lay_out  # noqa: E402
from accelerator.reports.collab_map import map_scene  # noqa: E402
from accelerator.ui.widgets.collab_map import (  # noqa: E402
    SCENE_HEIGHT,
    SCENE_WIDTH,
    CollaborationMapView,
)
from benchmarks.collab_layout import sample_graph  # noqa: E402

PANS = 60


def _view(nodes: int, edges: int) -> CollaborationMapView:
    graph = sample_graph(nodes, edges)
    view = CollaborationMapView()
    view.resize(1280, 800)
    view.set_scene(map_scene(graph, lay_out(graph).positions, SCENE_WIDTH, SCENE_HEIGHT))
    view.show()
    QApplication.processEvents()
    return view


def measure(zoom: float) -> list[float]:
    view = _view(500, 1_500)
    view.zoom_by(zoom)
    view.repaint()
    times = []
    for i in range(PANS):
        view.pan_by(12 if (i // 15) % 2 == 0 else -12, 4)
        start = time.perf_counter()
        view.repaint()
        times.append((time.perf_counter() - start) * 1000)
    view.close()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--grab", type=Path, help="save the map as this PNG (and -zoomed, -20)")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    for zoom in (1.0, 3.0):
        times = measure(zoom)
        print(
            f"collaboration map, 500 nodes and 1,500 edges, 1280x800, zoom {zoom:g}: "
            f"{statistics.median(times):.1f} ms a repaint (median of {PANS} pans), "
            f"slowest {max(times):.1f} ms"
        )
    if args.grab:
        view = _view(500, 1_500)
        view.grab().save(str(args.grab))
        view.zoom_by(3.0)
        view.grab().save(str(args.grab.with_name(args.grab.stem + "-zoomed.png")))
        small = _view(20, 30)
        small.grab().save(str(args.grab.with_name(args.grab.stem + "-20.png")))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
