"""How the window looks is decided in one place, accelerator/ui/kit: no other module of the
window keeps its own date format, its own idea of a dark palette, its own grey or red, or its
own words for a status. Three copies of each had drifted apart (one grey was the palette's
"disabled" text, too faint to read; one enum's words were never marked for translation).

This reads the source as text: the rule is about where code is written, not what it does.
"""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "accelerator" / "ui"
KIT = UI / "kit"

#: Where an enum's words are written as a dict; the kit's labels hold the one map per enum.
_ENUMS = (
    "Role",
    "CohortStatus",
    "EnrolmentStatus",
    "MilestoneStatus",
    "AssessmentKind",
    "AuditAction",
    "RowAction",
)

RULES: dict[str, re.Pattern[str]] = {
    "a date format of its own": re.compile(r"^\s*def (format_date|_format_date)\b", re.M),
    "its own test for a dark palette": re.compile(r"^\s*def (is_dark|_is_dark)\b", re.M),
    "its own grey": re.compile(r"^\s*def (_?muted_colou?r|_muted|_grey)\b", re.M),
    # A red of its own takes nothing or a palette; a per-row choice of the kit's red does not.
    "its own red": re.compile(r"^\s*def (_?error_colou?r\((\)|palette)|_error_label\b)", re.M),
    "a colour written in the code": re.compile(r"['\"][^'\"\n]*#[0-9a-fA-F]{6}\b"),
    "the palette's faint text as a colour": re.compile(
        r"ColorRole\.PlaceholderText|ColorGroup\.Disabled, QPalette\.ColorRole\.(Window)?Text"
    ),
    "its own words for a status": re.compile(
        r"^\s*(?:" + "|".join(_ENUMS) + r")\.[A-Z_]+\s*:\s*(?:\"|'|_tr|self\.tr|QCore)", re.M
    ),
}


def _window_modules() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if KIT not in p.parents)


def test_the_kit_is_there() -> None:
    """Without it the rules below would pass on an empty folder."""
    assert (KIT / "colours.py").is_file() and (KIT / "labels.py").is_file()
    assert len(_window_modules()) > 60


def test_no_module_of_the_window_keeps_its_own_look() -> None:
    found = [
        f"{path.relative_to(UI)}:{text[: m.start()].count(chr(10)) + 1}: {what}"
        for path in _window_modules()
        for text in [path.read_text(encoding="utf-8")]
        for what, pattern in RULES.items()
        for m in pattern.finditer(text)
    ]
    assert found == [], "\n".join(found)


def test_the_rules_catch_what_they_are_about() -> None:
    """Each rule on a line that breaks it, so a rule that matches nothing is noticed."""
    breaking = {
        "a date format of its own": "def format_date(day):",
        "its own test for a dark palette": "def is_dark(palette=None) -> bool:",
        "its own grey": "def _muted() -> QColor:",
        "its own red": "def error_colour() -> str:",
        "a colour written in the code": "    return QColor('#5a2a27')",
        "the palette's faint text as a colour": "palette.color(QPalette.ColorRole.PlaceholderText)",
        "its own words for a status": '        Role.MENTOR: "Mentor",',
    }
    for what, line in breaking.items():
        assert RULES[what].search(line), what
    assert RULES["a colour written in the code"].search("label.setStyleSheet('color: #c62828;')")
