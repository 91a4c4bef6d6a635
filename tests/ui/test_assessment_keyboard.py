"""The assessment dialog as a hurried mentor types into it: what is typed lands in a text
field, a level changes only by a digit on its own row (or a click), Enter never saves by
itself, and nothing typed is thrown away without asking."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import AssessmentKind, CohortStatus, Role
from accelerator.services import Actor, Services
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.assessment_dialog import AssessmentDialog
from accelerator.ui.operations import ChangeBus
from accelerator.ui.widgets.level_picker import LevelPicker
from tests.factories import DIMENSIONS, Factory
from tests.keyboard import Keyboard
from tests.ui.helpers import NoNavigation

FIVES = dict.fromkeys(DIMENSIONS, 5)
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def mentor(services: Services, make: Factory) -> tuple[Services, int]:
    """A mentor and one company of theirs, assessed at 5 on every dimension before."""
    today = dt.date.today()
    cohort = make.cohort(
        make.programme().id,
        start_date=today - dt.timedelta(weeks=10),
        end_date=today + dt.timedelta(weeks=10),
        status=CohortStatus.RUNNING,
    )
    user = make.user(username="ingrid", display_name="Ingrid Havik")
    enrolment = make.enrolment(cohort.id, company_id=make.company(name="Havbris AS").id)
    services.enrolments.assign_mentor(enrolment.id, user.id)
    make.assessment(
        enrolment.id,
        levels=FIVES,
        kind=AssessmentKind.BASELINE,
        assessed_on=today - dt.timedelta(weeks=9),
        assessor_id=user.id,
    )
    return services.acting_as(Actor(user.id, user.username, Role.MENTOR)), enrolment.id


def _open(qtbot: QtBot, services: Services, enrolment_id: int) -> AssessmentDialog:
    context = AppContext(services, ChangeBus(), NoNavigation())
    dialog = AssessmentDialog(context, services.assessments.assessment_form(enrolment_id))
    # Closing it at the end of the test must not ask about typed work (a modal box).
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _row(dialog: AssessmentDialog, key: str) -> int:
    return next(i for i, r in enumerate(dialog.rows) if r.dimension.key == key)


def _stored(services: Services, enrolment_id: int) -> list[dict[str, int]]:
    return [a.levels for a in services.assessments.list_for_enrolment(enrolment_id)]


def test_a_reason_typed_after_an_unchanged_level_stays_a_reason(
    qtbot: QtBot, mentor: tuple[Services, int]
) -> None:
    """As filed: Team kept at 5, then "Hired 2 engineers" changed Funding to 2."""
    services, enrolment_id = mentor
    dialog = _open(qtbot, services, enrolment_id)
    keys = Keyboard()
    team = dialog.rows[_row(dialog, "team")]
    funding = dialog.rows[_row(dialog, "funding")]
    team.picker.setFocus()
    keys.type("5")
    keys.type("Hired 2 engineers")
    assert team.reason.text() == "Hired 2 engineers"
    assert funding.picker.level() == 5
    assert funding.reason.text() == ""
    keys.press(Qt.Key.Key_Return, CTRL)
    assert dialog.saved is not None
    saved = services.assessments.list_for_enrolment(enrolment_id)[-1]
    assert saved.levels == FIVES
    assert {s.dimension_key: s.reason for s in saved.scores if s.reason} == {
        "team": "Hired 2 engineers"
    }


def test_letters_typed_on_a_level_row_go_to_its_reason(
    qtbot: QtBot, mentor: tuple[Services, int]
) -> None:
    services, enrolment_id = mentor
    dialog = _open(qtbot, services, enrolment_id)
    ip = dialog.rows[_row(dialog, "ip")]
    ip.picker.setFocus()
    Keyboard().type("Patent filed in May")
    assert ip.reason.text() == "Patent filed in May"
    assert [r.picker.level() for r in dialog.rows] == [5] * 6


def test_a_digit_moves_to_its_own_reason_and_enter_to_the_next_row(
    qtbot: QtBot, mentor: tuple[Services, int]
) -> None:
    services, enrolment_id = mentor
    dialog = _open(qtbot, services, enrolment_id)
    keys = Keyboard()
    assert keys.focus() is dialog.rows[0].picker
    keys.type("7Two paying pilots")
    assert keys.focus() is dialog.rows[0].reason
    keys.press(Qt.Key.Key_Return)
    assert keys.focus() is dialog.rows[1].picker
    assert dialog.isVisible() and dialog.saved is None, "Enter in a reason never saves"
    keys.press(Qt.Key.Key_Return)  # Enter on a level row keeps the level
    assert keys.focus() is dialog.rows[2].picker
    assert dialog.rows[1].picker.level() == 5
    assert _stored(services, enrolment_id) == [FIVES]


def test_enter_on_the_other_fields_never_saves(qtbot: QtBot, mentor: tuple[Services, int]) -> None:
    services, enrolment_id = mentor
    dialog = _open(qtbot, services, enrolment_id)
    for widget in (dialog.kind_combo, dialog.confidential, dialog.date_edit):
        widget.setFocus()
        Keyboard().press(Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.saved is None
    assert _stored(services, enrolment_id) == [FIVES]


def test_tab_reaches_every_reason_changed_or_not(
    qtbot: QtBot, mentor: tuple[Services, int]
) -> None:
    services, enrolment_id = mentor
    dialog = _open(qtbot, services, enrolment_id)
    keys = Keyboard()
    reached = []
    for _ in range(14):
        reached.append(keys.focus())
        keys.press(Qt.Key.Key_Tab)
    for row in dialog.rows:
        assert row.picker in reached and row.reason in reached, row.dimension.key
    assert reached.index(dialog.rows[0].reason) == 1, "each row's reason follows its level"
    keys.press(Qt.Key.Key_Tab, SHIFT)
    assert keys.focus() is reached[-1]


def _answer_message_box(qtbot: QtBot, button: str, asked: list[str]) -> None:
    """Press ``button`` on the message box that is about to open (it blocks until then)."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        asked.append(box.text())
        target = next(b for b in box.findChildren(QPushButton) if b.text() == button)
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton)

    QTimer.singleShot(10, answer)


def test_esc_with_anything_typed_asks_before_throwing_it_away(
    qtbot: QtBot, mentor: tuple[Services, int]
) -> None:
    services, enrolment_id = mentor
    dialog = _open(qtbot, services, enrolment_id)
    keys = Keyboard()
    keys.type("6Signed the first letter of intent")
    asked: list[str] = []
    _answer_message_box(qtbot, "Keep editing", asked)
    keys.press(Qt.Key.Key_Escape)
    assert len(asked) == 1 and "discard" in asked[0].lower()
    assert dialog.isVisible()
    assert dialog.rows[0].reason.text() == "Signed the first letter of intent"
    # A window manager gives the focus back when the box closes; offscreen, ask for it.
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    _answer_message_box(qtbot, "Discard", asked)
    keys.press(Qt.Key.Key_Escape)
    assert len(asked) == 2
    assert not dialog.isVisible() and dialog.saved is None
    assert _stored(services, enrolment_id) == [FIVES]


def test_esc_with_nothing_typed_closes_at_once(qtbot: QtBot, mentor: tuple[Services, int]) -> None:
    services, enrolment_id = mentor
    dialog = _open(qtbot, services, enrolment_id)
    keys = Keyboard()
    keys.press(Qt.Key.Key_Return)  # moving around is not typing
    keys.press(Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_fall_of_two_is_shown_before_it_is_saved(
    qtbot: QtBot, mentor: tuple[Services, int]
) -> None:
    services, enrolment_id = mentor
    dialog = _open(qtbot, services, enrolment_id)
    keys = Keyboard()
    keys.type("7Two paying pilots")
    keys.press(Qt.Key.Key_Return)
    dialog.rows[_row(dialog, "funding")].picker.setFocus()
    keys.type("2Investor pulled out")
    keys.press(Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible() and dialog.saved is None, "the first Ctrl+Enter shows the review"
    assert dialog.review.isVisible()
    assert "Customer 5 → 7, Funding 5 → 2" in dialog.review.text()
    assert _stored(services, enrolment_id) == [FIVES]
    keys.press(Qt.Key.Key_Return, CTRL)
    assert dialog.saved is not None
    assert _stored(services, enrolment_id)[-1] == {**FIVES, "customer": 7, "funding": 2}


def test_a_missing_reason_is_shown_with_the_changes_and_nothing_is_saved(
    qtbot: QtBot, mentor: tuple[Services, int]
) -> None:
    services, enrolment_id = mentor
    dialog = _open(qtbot, services, enrolment_id)
    keys = Keyboard()
    tech = dialog.rows[_row(dialog, "technology")]
    tech.picker.setFocus()
    keys.type("6")
    keys.press(Qt.Key.Key_Return)  # on to business model, no reason given
    keys.press(Qt.Key.Key_Return, CTRL)
    assert dialog.review.isVisible()
    assert "Technology 5 → 6" in dialog.review.text()
    assert keys.focus() is tech.reason, "focus goes where the reason is missing"
    keys.press(Qt.Key.Key_Return, CTRL)
    assert dialog.saved is None and tech.error.isVisible()
    assert _stored(services, enrolment_id) == [FIVES]
    keys.type("Prototype ran at sea")
    keys.press(Qt.Key.Key_Return, CTRL)
    assert dialog.saved is not None
    assert _stored(services, enrolment_id)[-1] == {**FIVES, "technology": 6}


# --- random key sequences -----------------------------------------------------------------

_KEYS = st.one_of(
    st.sampled_from("123456789").map(lambda c: ("text", c)),
    st.sampled_from("abz ,.0").map(lambda c: ("text", c)),
    st.sampled_from(
        [
            ("key", Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
            ("key", Qt.Key.Key_Tab, SHIFT),
            ("key", Qt.Key.Key_Backtab, SHIFT),
            ("key", Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
            ("key", Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier),
            ("key", Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier),
            ("key", Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
            ("key", Qt.Key.Key_Return, CTRL),
        ]
    ),
)


@pytest.fixture
def fresh_dialog(
    qtbot: QtBot, mentor: tuple[Services, int], monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[bool], AssessmentDialog]]:
    services, enrolment_id = mentor
    opened: list[AssessmentDialog] = []

    def make(discard: bool) -> AssessmentDialog:
        # The discard question is a modal box; its answer is part of the drawn example.
        monkeypatch.setattr(AssessmentDialog, "confirm_discard", lambda self: discard)
        for old in opened:
            old.hide()
        dialog = _open(qtbot, services, enrolment_id)
        opened.append(dialog)
        return dialog

    yield make


def _inside(dialog: AssessmentDialog, focus: QWidget | None) -> bool:
    """The focus is on the dialog or on a pop-up one of its own widgets opened (a list's)."""
    window = focus.window() if focus is not None else None
    while window is not None and window is not dialog:
        parent = window.parentWidget()
        window = parent.window() if parent is not None else None
    return window is dialog


def _selected(widget: object) -> int:
    if isinstance(widget, QLineEdit):
        return len(widget.selectedText())
    if isinstance(widget, QPlainTextEdit):
        return len(widget.textCursor().selectedText())
    return 0


def _text_typed(dialog: AssessmentDialog) -> int:
    fields = [row.reason.text() for row in dialog.rows]
    fields += [dialog.notes.toPlainText(), dialog.next_steps.toPlainText()]
    return sum(len(text) for text in fields)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(keys=st.lists(_KEYS, max_size=40), discard=st.booleans())
# Space on the kind list opens its pop-up, which takes the focus: keys then go to the list.
@example(
    keys=[
        ("key", Qt.Key.Key_Tab, SHIFT),
        ("key", Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
        ("key", Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
        ("text", " "),
        ("text", "1"),
        ("key", Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        ("text", "2"),
    ],
    discard=False,
)
def test_random_keys_never_set_a_level_nobody_chose(
    fresh_dialog: Callable[[bool], AssessmentDialog],
    mentor: tuple[Services, int],
    keys: list[tuple[object, ...]],
    discard: bool,
) -> None:
    services, enrolment_id = mentor
    before = len(services.assessments.list_for_enrolment(enrolment_id))
    dialog = fresh_dialog(discard)
    pickers = {row.picker: row.dimension.key for row in dialog.rows}
    texts = [row.reason for row in dialog.rows] + [dialog.notes, dialog.next_steps]
    # Earlier examples may have saved: the levels shown are the latest ones.
    expected = {row.dimension.key: row.picker.level() for row in dialog.rows}
    saved_as: dict[str, int] | None = None
    for step in keys:
        if not dialog.isVisible():
            break
        focus = QApplication.focusWidget()
        assert _inside(dialog, focus), f"focus left the dialog: {focus!r}"
        before_text = _text_typed(dialog)
        selected = _selected(focus)
        if step[0] == "text":
            char = str(step[1])
            level_key = isinstance(focus, LevelPicker) and char in "123456789"
            if level_key:
                expected[pickers[focus]] = int(char)
            Keyboard().type(char)
            if dialog.isVisible() and (isinstance(focus, LevelPicker) or focus in texts):
                # What is typed on a level row or in a text field lands in a text field
                # (replacing the selection, as a field entered by Tab has all selected).
                added = 0 if level_key else 1 - selected
                assert _text_typed(dialog) == before_text + added, repr(char)
        else:
            _, key, modifiers = step
            Keyboard().press(key, modifiers)  # type: ignore[arg-type]
            if dialog.isVisible() and key is not Qt.Key.Key_Backspace:
                in_notes = isinstance(focus, QPlainTextEdit) and modifiers != CTRL
                newline = in_notes and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                assert _text_typed(dialog) == before_text + (1 - selected if newline else 0), key
        if dialog.saved is not None and saved_as is None:
            by_shortcut = step[0] == "key" and step[2] == CTRL
            save_button = isinstance(focus, QPushButton) and focus.text() == "Save"
            assert by_shortcut or save_button, f"saved by {step!r} on {focus!r}"
            saved_as = dict(expected)
    assert {r.dimension.key: r.picker.level() for r in dialog.rows} == expected
    after = services.assessments.list_for_enrolment(enrolment_id)
    if saved_as is None:
        assert len(after) == before, "nothing saved unless the dialog said so"
    else:
        assert len(after) == before + 1
        assert after[-1].levels == saved_as
        assert dialog.saved is not None and dialog.saved.levels == saved_as


def test_a_date_that_is_not_one_is_refused_not_taken_for_today(
    qtbot: QtBot, mentor: tuple[Services, int]
) -> None:
    services, enrolment_id = mentor
    dialog = _open(qtbot, services, enrolment_id)
    keys = Keyboard()
    keys.type("6Prototype ran at sea")
    dialog.date_edit.line_edit.setFocus()
    dialog.date_edit.line_edit.selectAll()
    keys.type("31.11.2026")
    keys.press(Qt.Key.Key_Return, CTRL)
    assert dialog.saved is None and dialog.date_error.isVisible()
    assert _stored(services, enrolment_id) == [FIVES]
    yesterday = dt.date.today() - dt.timedelta(days=1)
    dialog.date_edit.line_edit.selectAll()
    keys.type(f"{yesterday.day}.{yesterday.month}.{yesterday.year}")
    keys.press(Qt.Key.Key_Return, CTRL)
    assert dialog.saved is not None
    assert services.assessments.list_for_enrolment(enrolment_id)[-1].assessed_on == yesterday


def test_the_descriptor_follows_the_row_being_written(
    qtbot: QtBot, mentor: tuple[Services, int]
) -> None:
    services, enrolment_id = mentor
    dialog = _open(qtbot, services, enrolment_id)
    keys = Keyboard()
    keys.press(Qt.Key.Key_Return)  # technology
    keys.press(Qt.Key.Key_Tab)  # its reason
    assert keys.focus() is dialog.rows[1].reason
    assert "Technology" in dialog.descriptor.text()
    keys.press(Qt.Key.Key_Tab, SHIFT)
    keys.press(Qt.Key.Key_Tab, SHIFT)  # back to the customer's reason
    assert keys.focus() is dialog.rows[0].reason
    assert "Customer" in dialog.descriptor.text()
