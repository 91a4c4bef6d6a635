"""The texts of Qt's own widgets that the program shows, for the catalogue.

Qt ships no bokmål catalogue (nynorsk only), so the standard buttons, the file and print
dialogs and a text field's context menu would stay English in a Norwegian window. Their
texts come into the project's catalogue under Qt's own contexts, read from the nynorsk
catalogue Qt installs (``qtbase_nn.qm``, which carries each source text): the set follows
the Qt the program runs on, and a new Qt's new texts show up as unfinished.

Read as bytes, without importing Qt: the format is Qt's documented ``.qm`` layout.
"""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path

from accelerator.i18n.catalogue import Message

#: The Qt classes whose texts a person meets in this program: standard buttons and
#: message boxes, the file dialog, the print dialog and its pages, a text field's and a
#: scroll bar's context menu, spin boxes and the wizard's buttons.
CONTEXTS = (
    "QPlatformTheme",
    "QDialogButtonBox",
    "QMessageBox",
    "QFileDialog",
    "QFileSystemModel",
    "QLineEdit",
    "QWidgetTextControl",
    "QUnicodeControlCharacterMenu",
    "QAbstractSpinBox",
    "QScrollBar",
    "QWizard",
    "QPrintDialog",
    "QPrintPropertiesDialog",
    "QPrintPropertiesWidget",
    "QPrintSettingsOutput",
    "QPrintWidget",
    "QPageSetupWidget",
    "QCupsJobWidget",
    "QDialog",
)

#: Texts the Qt the program runs on shows but its nynorsk catalogue, made for an older Qt,
#: does not carry (Qt 6.11's file dialog labels gained their "&"; its print dialog's page
#: set): seen on screen in a bokmål window, so listed here by hand.
NEWER_THAN_NYNORSK = (
    ("QFileDialog", "&Look in:"),
    ("QFileDialog", "Files of &type:"),
    ("QPrintSettingsOutput", "Page &Set:"),
)

_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES = 0x69
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8


def qt_catalogue(name: str = "qtbase_nn.qm") -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder) / "Qt" / "translations" / name
        if path.exists():
            return path
    return None


def read_qm(data: bytes) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(context, source, comment, translations) of every message in a ``.qm`` file."""
    if data[:16] != _MAGIC:
        raise ValueError("not a Qt translation file")
    sections: dict[int, bytes] = {}
    position = 16
    while position + 5 <= len(data):
        tag = data[position]
        (length,) = struct.unpack(">I", data[position + 1 : position + 5])
        sections[tag] = data[position + 5 : position + 5 + length]
        position += 5 + length
    block = sections.get(_MESSAGES, b"")
    found: list[tuple[str, str, str, tuple[str, ...]]] = []
    fields: dict[int, str] = {}
    translations: list[str] = []
    position = 0
    while position < len(block):
        tag = block[position]
        position += 1
        if tag == _END:
            found.append(
                (
                    fields.get(_CONTEXT, ""),
                    fields.get(_SOURCE, ""),
                    fields.get(_COMMENT, ""),
                    tuple(translations),
                )
            )
            fields, translations = {}, []
        elif tag == _OBSOLETE1:
            continue
        elif tag in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT):
            (length,) = struct.unpack(">I", block[position : position + 4])
            position += 4
            if length == 0xFFFFFFFF:
                continue
            raw = block[position : position + length]
            position += length
            if tag == _TRANSLATION:
                translations.append(raw.decode("utf-16-be"))
            else:
                fields[tag] = raw.decode("utf-8")
        else:
            raise ValueError(f"unknown tag {tag} in a Qt translation file")
    return found


def qt_messages(path: Path | None = None) -> list[Message]:
    """The messages of Qt's widgets the program shows, to be translated in its catalogue."""
    path = path if path is not None else qt_catalogue()
    if path is None:
        return []
    where = "Qt: " + path.name
    messages: dict[tuple[str, str, str], Message] = {}
    for context, source, comment, translations in read_qm(path.read_bytes()):
        if context in CONTEXTS and source:
            numerus = "%n" in source and len(translations) > 1
            messages[(context, source, comment)] = Message(
                context, source, comment, numerus, files=(where,)
            )
    for context, source in NEWER_THAN_NYNORSK:
        messages.setdefault((context, source, ""), Message(context, source, files=("Qt",)))
    return list(messages.values())
