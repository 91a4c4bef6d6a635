"""Where a file dialog starts: in the folder last used for that kind of file, else the
person's Documents folder (their home when there is none), never the program's working
directory, where pressing Enter on the proposed name would write into the program's own
folder.

``open_file`` and ``save_file`` wrap ``QFileDialog``'s static functions and answer as they
do: the path chosen ('' when cancelled) and the filter chosen. The folder of a path
chosen is remembered in ``QSettings`` under ``fileDialogs/<kind>``.
"""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

SETTINGS_GROUP = "fileDialogs"


class FileKind(enum.StrEnum):
    """Kinds of file that each have their own remembered folder."""

    REPORT = "reports"  # PDF reports saved from the Reports page
    COMPANY_IMPORT = "imports"  # CSV files of companies to import
    EXPORT = "exports"  # CSV and Excel exports (File > Export)
    FRAMEWORK = "frameworks"  # readiness framework JSON files, imported and exported
    AUDIT_EXPORT = "audit"  # the audit trail, exported


def documents_folder() -> Path:
    """The person's Documents folder; their home folder when it does not exist (it is not
    created: an unasked-for folder in someone's home is a surprise)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def _settings(parent: QWidget | None) -> QSettings:
    """The main window's settings when the dialog belongs to it (tests give the window a
    settings file of its own), else the application's."""
    widget = parent
    while widget is not None:
        settings = getattr(widget, "settings", None)
        if isinstance(settings, QSettings):
            return settings
        widget = widget.parentWidget()
    return QSettings()


def start_folder(kind: FileKind, settings: QSettings) -> Path:
    """The folder last used for ``kind`` if it is still there, else Documents."""
    remembered = settings.value(f"{SETTINGS_GROUP}/{kind.value}", "", str)
    folder = Path(remembered) if isinstance(remembered, str) and remembered else None
    if folder is not None and folder.is_absolute() and folder.is_dir():
        return folder
    return documents_folder()


def _remember(kind: FileKind, chosen: str, settings: QSettings) -> None:
    if chosen:
        settings.setValue(f"{SETTINGS_GROUP}/{kind.value}", str(Path(chosen).parent))


def open_file(
    parent: QWidget | None,
    kind: FileKind,
    caption: str,
    filters: str,
    current: str | Path = "",
) -> tuple[str, str]:
    """Ask for a file to read. ``current``, a file already named in the form, is where the
    dialog starts when it is an absolute path in a folder that exists."""
    settings = _settings(parent)
    start = str(start_folder(kind, settings))
    if current and Path(current).is_absolute() and Path(current).parent.is_dir():
        start = str(current)
    chosen, chosen_filter = QFileDialog.getOpenFileName(parent, caption, start, filters)
    _remember(kind, chosen, settings)
    return chosen, chosen_filter


def save_file(
    parent: QWidget | None,
    kind: FileKind,
    caption: str,
    filters: str,
    suggested_name: str,
) -> tuple[str, str]:
    """Ask where to write a file, proposing ``suggested_name`` in the start folder."""
    settings = _settings(parent)
    # Only the name: a suggestion is never a way out of the folder.
    proposed = start_folder(kind, settings) / Path(suggested_name).name
    chosen, chosen_filter = QFileDialog.getSaveFileName(parent, caption, str(proposed), filters)
    _remember(kind, chosen, settings)
    return chosen, chosen_filter
