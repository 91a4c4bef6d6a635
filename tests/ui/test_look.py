"""What the window's greys, reds, ambers and greens look like on light and dark palettes, as a
person reads them: every coloured word reaches WCAG's 4.5:1 against what it is written on.

The contrast is computed here from the WCAG formula, not by the kit's own helper, so a
wrong helper cannot pass its own test. The dark palettes are the ones people run the
program under: the common Fusion dark palette, Windows 11's dark mode, and a soft one whose
text is grey rather than white (the hardest for a grey to read on).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QStyleFactory
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import (
    AssessmentKind,
    AuditAction,
    CohortStatus,
    EnrolmentStatus,
    MilestoneStatus,
    Role,
)
from accelerator.services import Services
from accelerator.services.importing import RowAction
from accelerator.ui.context import AppContext
from accelerator.ui.models.dashboard_models import CohortCompanyModel
from accelerator.ui.operations import ChangeBus
from accelerator.ui.pages.companies import CompaniesPage
from accelerator.ui.pages.dashboard import DashboardPage
from tests.factories import Factory
from tests.ui.helpers import NoNavigation

TODAY = dt.date.today()
READABLE = 4.5
R = QPalette.ColorRole


def _palette(window: str, base: str, alternate: str, text: str) -> QPalette:
    palette = QPalette()
    for role, colour in (
        (R.Window, window),
        (R.Button, window),
        (R.Base, base),
        (R.AlternateBase, alternate),
        (R.WindowText, text),
        (R.Text, text),
        (R.ButtonText, text),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def light() -> QPalette:
    style = QStyleFactory.create("Fusion")
    assert style is not None
    return style.standardPalette()


PALETTES = {
    "fusion light": light,
    "fusion dark": lambda: _palette("#353535", "#191919", "#353535", "#ffffff"),
    "windows dark": lambda: _palette("#202020", "#2b2b2b", "#323232", "#ffffff"),
    "soft dark": lambda: _palette("#2a2e32", "#1b1e20", "#232629", "#d8d8d8"),
}


def _luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast(ink: QColor, paper: QColor) -> float:
    """WCAG's contrast ratio, with a translucent ink laid on its paper first."""
    a = ink.alphaF()
    laid = QColor(
        round(ink.red() * a + paper.red() * (1 - a)),
        round(ink.green() * a + paper.green() * (1 - a)),
        round(ink.blue() * a + paper.blue() * (1 - a)),
    )
    hi, lo = sorted((_luminance(laid), _luminance(paper)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def backgrounds(palette: QPalette) -> dict[str, QColor]:
    return {
        "window": palette.color(R.Window),
        "table": palette.color(R.Base),
        "alternate row": palette.color(R.AlternateBase),
    }


@pytest.fixture(params=sorted(PALETTES))
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    before = qapp.palette()
    chosen = PALETTES[request.param]()
    qapp.setPalette(chosen)
    yield qapp.palette()
    qapp.setPalette(before)


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    shown: list[str] = []

    def record(_parent: object, title: str, text: str, *_args: object) -> object:
        shown.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, record)
    yield
    assert shown == []


def test_the_palettes_are_what_they_say() -> None:
    """The test's own premise: the dark palettes are dark and their text reads."""
    for name, make in PALETTES.items():
        p = make()
        assert (p.color(R.Window).lightness() < 128) == ("dark" in name), name
        assert contrast(p.color(R.WindowText), p.color(R.Window)) >= 7, name


def test_the_dashboards_greys_read(
    qtbot: QtBot, services: Services, make: Factory, tmp_path: Path, palette: QPalette
) -> None:
    """A withdrawn company and one nobody has assessed yet are written in grey; the grey
    was the palette's disabled text, which a person cannot read on a light table."""
    programme = make.programme()
    make.template(programme.id, "Ten customer interviews")
    start = TODAY - dt.timedelta(days=20)
    cohort = make.cohort(programme.id, start_date=start, end_date=start + dt.timedelta(weeks=26))
    for name in ("Fersk AS", "Borte AS"):
        enrolment = services.enrolments.enrol(cohort.id, make.company(name=name).id, start)
        if name == "Borte AS":
            services.enrolments.set_status(
                enrolment.id, EnrolmentStatus.WITHDRAWN, on=TODAY, reason="Moved abroad"
            )
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    page = DashboardPage(
        AppContext(services, ChangeBus(), NoNavigation()), settings=settings, clock=lambda: TODAY
    )
    qtbot.addWidget(page)
    page.resize(1070, 760)
    page.show()
    page.select_cohort(cohort.id)

    model = page.company_model
    rows = {
        model.data(model.index(r, CohortCompanyModel.COL_COMPANY)): r
        for r in range(model.rowCount())
    }
    greys = {
        "withdrawn company": (rows["Borte AS"], CohortCompanyModel.COL_COMPANY),
        "not assessed yet": (rows["Fersk AS"], CohortCompanyModel.COL_RISK),
        "never assessed": (rows["Fersk AS"], CohortCompanyModel.COL_LAST_ASSESSED),
    }
    shown = page.palette()
    for what, (row, column) in greys.items():
        ink = model.data(model.index(row, column), Qt.ItemDataRole.ForegroundRole)
        assert isinstance(ink, QColor), what
        assert ink != shown.color(R.Text), f"{what} is not set apart from the other rows"
        for paper_name, paper in backgrounds(shown).items():
            if paper_name == "window":
                continue  # table cells sit on the table's colours
            assert contrast(ink, paper) >= READABLE, (what, paper_name, ink.name())


def test_the_companies_count_reads(
    qtbot: QtBot, services: Services, make: Factory, palette: QPalette
) -> None:
    """The grey line under the list ("2 companies") was the placeholder colour, half
    transparent text that falls under 4.5:1 on a light window."""
    make.company(name="Havbølge AS")
    make.company(name="Nordlys AS")
    page = CompaniesPage(AppContext(services, ChangeBus(), NoNavigation()))
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.count_label.text() == "2 companies")

    label = page.count_label
    ink = label.palette().color(label.foregroundRole())
    assert ink != label.parentWidget().palette().color(R.WindowText), "not set apart"
    assert contrast(ink, label.palette().color(R.Window)) >= READABLE, ink.name()


def test_every_colour_of_the_kit_reads(palette: QPalette) -> None:
    from accelerator.ui.kit import (
        Attention,
        attention_colour,
        error_background,
        error_colour,
        gap_colour,
        muted_colour,
    )

    inks = {
        "muted": muted_colour(),
        "error": error_colour(),
        "gap": gap_colour(),
        **{f"attention {kind.value}": attention_colour(kind) for kind in Attention},
    }
    for ink_name, ink in inks.items():
        for paper_name, paper in backgrounds(palette).items():
            assert contrast(ink, paper) >= READABLE, (ink_name, paper_name, ink.name())
    # A row of the import preview with problems: red words on a red tint.
    assert contrast(error_colour(), error_background()) >= READABLE
    assert contrast(palette.color(R.Text), error_background()) >= READABLE
    # Colour is one signal among others, but it must still differ from plain text.
    assert muted_colour() != palette.color(R.WindowText)


def test_the_same_palette_given_or_taken_from_the_application(palette: QPalette) -> None:
    from accelerator.ui.kit import Attention, attention_colour, is_dark, muted_colour

    assert is_dark() == is_dark(palette) == (palette.color(R.Window).lightness() < 128)
    assert muted_colour() == muted_colour(palette)
    assert attention_colour(Attention.DANGER) == attention_colour(Attention.DANGER, palette)


ENUMS = (Role, CohortStatus, EnrolmentStatus, MilestoneStatus, AssessmentKind, AuditAction)


@pytest.mark.parametrize("enum", [*ENUMS, RowAction], ids=lambda e: e.__name__)
def test_every_member_of_an_enum_has_words(enum: type, qapp: QApplication) -> None:
    from accelerator.ui.kit import label_of

    words = {member: label_of(member) for member in enum}  # type: ignore[attr-defined]
    for member, text in words.items():
        assert text and text.strip() == text, member
        assert text != member.value, f"{member!r} is shown as its stored value"
    assert len(set(words.values())) == len(words), f"two members of {enum.__name__} read alike"


def test_the_named_labels_agree_with_the_one_map(qapp: QApplication) -> None:
    from accelerator.ui.kit import (
        assessment_kind_text,
        cohort_status_text,
        enrolment_status_text,
        label_of,
        milestone_status_text,
        role_name,
    )

    assert cohort_status_text(CohortStatus.RUNNING) == label_of(CohortStatus.RUNNING) == "Running"
    assert enrolment_status_text(EnrolmentStatus.WITHDRAWN) == "Withdrawn"
    assert milestone_status_text(MilestoneStatus.NOT_APPLICABLE) == "Not applicable"
    assert assessment_kind_text(AssessmentKind.BASELINE) == "Baseline"
    assert role_name(Role.COORDINATOR) == "Coordinator"
    assert label_of(AuditAction.DELETE) == "Removed"
