"""The readiness frameworks in the database: name, version, dimensions, use."""

from __future__ import annotations

from PySide6.QtCore import QObject

from accelerator.i18n import in_context
from accelerator.services.records import FrameworkRecord
from accelerator.ui.models.table import QT_TRANSLATE_NOOP, RIGHT, ColumnSpec, RecordTableModel

_tr = in_context("FrameworkModel")


class FrameworkModel(RecordTableModel[FrameworkRecord]):
    COL_NAME, COL_VERSION, COL_DIMENSIONS, COL_ASSESSMENTS = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

        def description(f: FrameworkRecord) -> str | None:
            return f.description or None

        self.columns = (
            ColumnSpec(
                QT_TRANSLATE_NOOP("FrameworkModel", "Framework"),
                lambda f: f.name,
                tooltip=description,
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("FrameworkModel", "Version"),
                lambda f: str(f.version),
                lambda f: f.version,
                RIGHT,
                tooltip=description,
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("FrameworkModel", "Dimensions"),
                lambda f: str(len(f.dimensions)),
                lambda f: len(f.dimensions),
                RIGHT,
                tooltip=lambda f: ", ".join(d.name for d in f.dimensions),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("FrameworkModel", "Assessments"),
                lambda f: str(f.assessment_count),
                lambda f: f.assessment_count,
                RIGHT,
                tooltip=lambda f: (
                    _tr("Used by assessments: a change makes a new version")
                    if f.assessment_count
                    else _tr("No assessment uses this version yet")
                ),
            ),
        )
