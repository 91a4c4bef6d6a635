"""The cohort dashboard's outcomes: jobs, revenue and capital since the baseline, readiness
change, graduation, joint projects, events and mentor hours, each with how many of the
cohort's companies it rests on, and "missing" where nobody reported it (never 0).

Read off the GUI thread (``OutcomeService.cohort``); each card clicks through to the
companies behind its figure."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from accelerator.domain.enums import EnrolmentStatus
from accelerator.domain.formatting import format_number
from accelerator.services.outcomes import CohortOutcomes, CompanyOutcome
from accelerator.ui.background import Background
from accelerator.ui.context import AppContext
from accelerator.ui.kit import bold, format_date, format_percent, led_by_icon, muted_colour
from accelerator.ui.widgets.dashboard_widgets import FigureCard

log = logging.getLogger(__name__)

#: The cards in the order shown (two rows of four): key, icon.
CARDS: tuple[tuple[str, str], ...] = (
    ("jobs", "users"),
    ("revenue", "assessment"),
    ("capital", "reports"),
    ("readiness", "assessment"),
    ("graduation", "done"),
    ("projects", "projects"),
    ("events", "events"),
    ("mentoring", "in_progress"),
)


class OutcomesPanel(QWidget):
    """The outcomes of one cohort. ``show_cohort`` reads them in the background;
    ``companies_wanted(rows, label)`` asks for the companies behind a clicked figure
    (their ``CompanyOutcome`` rows)."""

    companies_wanted = Signal(list, str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcomesPanel")
        self.context = context
        self._reader = Background(self)
        self._request = 0
        self._outcomes: CohortOutcomes | None = None
        self._cohort_name = ""
        self._behind: dict[str, list[CompanyOutcome]] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.heading = bold(QLabel(self.tr("Outcomes"), self), 1.1)
        layout.addLayout(led_by_icon("reports", self.heading))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        captions = {
            "jobs": self.tr("Jobs created"),
            "revenue": self.tr("Revenue growth"),
            "capital": self.tr("Capital raised"),
            "readiness": self.tr("Readiness change"),
            "graduation": self.tr("Graduation rate"),
            "projects": self.tr("Joint projects started"),
            "events": self.tr("Events attended"),
            "mentoring": self.tr("Mentor hours"),
        }
        self.cards: dict[str, FigureCard] = {}
        for index, (key, icon_name) in enumerate(CARDS):
            card = FigureCard(icon_name, captions[key], self)
            card.setObjectName(f"outcome_{key}")
            card.clicked.connect(lambda key=key: self._clicked(key))
            grid.addWidget(card, index // 4, index % 4)
            self.cards[key] = card
        for column in range(4):
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid)
        self._show_reading()

    # --- reading --------------------------------------------------------------------------

    def show_cohort(self, cohort_id: int, cohort_name: str, as_of: dt.date) -> None:
        """Read the outcomes of ``cohort_id`` as of ``as_of`` off the GUI thread; the
        figures follow when read (a later call wins over one still running)."""
        self._request += 1
        request = self._request
        self._cohort_name = cohort_name
        if self._outcomes is None or self._outcomes.cohort_id != cohort_id:
            self._outcomes = None
            self._show_reading()
        outcomes = self.context.services.outcomes
        self._reader.start(
            lambda _progress, _cancelled: outcomes.cohort(cohort_id, as_of=as_of),
            lambda found: self._read(request, found),
            lambda error: self._not_read(request, error),
        )

    def is_loading(self) -> bool:
        return self._reader.busy()

    @property
    def outcomes(self) -> CohortOutcomes | None:
        """What the panel shows now (None while the first read runs)."""
        return self._outcomes

    def _read(self, request: int, found: CohortOutcomes) -> None:
        if request != self._request:
            return  # another cohort, or a newer read, was asked for meanwhile
        self._outcomes = found
        self._show(found)

    def _not_read(self, request: int, error: Exception) -> None:
        if request != self._request:
            return
        log.info("outcomes not read: %s", error)
        self.hint.setText(self.tr("The outcomes could not be read: {0}").format(error))
        for card in self.cards.values():
            card.set_figure("", "", clickable=False)

    def _show_reading(self) -> None:
        self.hint.setText(self.tr("Reading the outcomes…"))
        for card in self.cards.values():
            card.set_figure("…", "", clickable=False)

    # --- showing --------------------------------------------------------------------------

    def _show(self, o: CohortOutcomes) -> None:
        n = o.enrolled
        rows = o.companies
        self.hint.setText(
            self.tr(
                "Since each company's baseline (its figures of the year before it enrolled) "
                "and since it enrolled, as of {0}. Missing: no company reported the figure."
            ).format(format_date(o.as_of))
        )
        self._behind = {
            "jobs": [r for r in rows if r.fte_change is not None],
            "revenue": [r for r in rows if r.revenue_change is not None],
            "capital": [r for r in rows if r.capital_since_enrolment is not None],
            "readiness": [r for r in rows if r.readiness_change is not None],
            "graduation": [r for r in rows if r.status is not EnrolmentStatus.ACTIVE],
            "projects": [r for r in rows if r.projects_started],
            "events": [r for r in rows if r.events_attended],
            "mentoring": [r for r in rows if r.mentor_minutes],
        }
        self._figure(
            "jobs",
            None if o.jobs_created is None else _signed(o.jobs_created, 1),
            self.tr("full-time equivalents"),
            self._reported(o.jobs_reported, n),
        )
        self._figure(
            "revenue",
            None if o.revenue_growth is None else self.kroner(o.revenue_growth, signed=True),
            self.tr("since the baseline"),
            self._reported(o.revenue_reported, n),
        )
        self._figure(
            "capital",
            None if o.capital_raised is None else self.kroner(o.capital_raised),
            self.tr("equity, grants and loans since enrolment"),
            self._reported(o.capital_reported, n),
        )
        self._figure(
            "readiness",
            None
            if o.readiness_change_overall is None
            else self.tr("{0} levels").format(_signed(o.readiness_change_overall, 1)),
            self.tr("mean since the baseline assessment"),
            self.tr("{0} of {1} companies assessed twice").format(o.readiness_reported, n),
        )
        rate = o.graduation_rate
        self._figure(
            "graduation",
            None if rate is None else format_percent(rate),
            self.tr("{0} graduated, {1} withdrew").format(o.graduated, o.withdrawn),
            self.tr("{0} of {1} companies finished").format(o.finished, n),
            missing=self.tr("none finished yet"),
        )
        self._count(
            "projects",
            str(o.projects_started),
            self.tr("with the cohort's companies as partners, since they enrolled"),
        )
        self._count(
            "events",
            str(o.events_attended),
            self.tr("%n attendances of the cohort's people", "", o.attendances),
        )
        self._count(
            "mentoring",
            format_number(round(o.mentor_hours, 1)),
            self.tr("%n mentor sessions", "", o.mentor_sessions),
        )

    def _reported(self, count: int, total: int) -> str:
        return self.tr("{0} of {1} companies reported").format(count, total)

    def _figure(
        self, key: str, value: str | None, what: str, reporters: str, *, missing: str = ""
    ) -> None:
        card = self.cards[key]
        behind = len(self._behind[key])
        if value is None:
            grey = muted_colour(self.palette())
            card.set_figure(
                missing or self.tr("missing"),
                f"{what} · {reporters}",
                colour=grey,
                clickable=False,
                tooltip=self.tr("No company reported this figure"),
            )
            return
        card.set_figure(
            value, f"{what} · {reporters}", clickable=behind > 0, tooltip=self._hint(behind)
        )

    def _count(self, key: str, value: str, what: str) -> None:
        behind = len(self._behind[key])
        self.cards[key].set_figure(value, what, clickable=behind > 0, tooltip=self._hint(behind))

    def _hint(self, count: int) -> str:
        if count == 0:
            return self.tr("No companies behind this figure")
        if count == 1:
            return self.tr("Open the company behind this figure")
        return self.tr("Show these {0} companies in the company list").format(count)

    def kroner(self, amount: float, *, signed: bool = False) -> str:
        """An amount of kroner as a card shows it: millions with one decimal from a
        million on ("12.4 million kr", "12,4 mill. kr"), whole kroner below."""
        number: Callable[[float, int], str] = _signed if signed else format_number
        if abs(amount) >= 1_000_000:
            return self.tr("{0} million kr").format(number(amount / 1_000_000, 1))
        return self.tr("{0} kr").format(number(round(amount), 0))

    # --- clicking through -----------------------------------------------------------------

    def _clicked(self, key: str) -> None:
        behind = self._behind.get(key, [])
        if not behind:
            return
        caption = self.cards[key].caption_label.text().lower()
        self.companies_wanted.emit(
            list(behind),
            self.tr("behind {0} in {1}").format(caption, self._cohort_name),
        )

    def behind(self, key: str) -> Sequence[CompanyOutcome]:
        """The companies behind a card's figure."""
        return tuple(self._behind.get(key, ()))


def _signed(value: float, decimals: int) -> str:
    """``+2.5``, ``−1``, ``0``: a change with its sign, in the language spoken, with at
    most ``decimals`` decimals (none for a whole number)."""
    text = format_number(round(value, decimals))
    if value > 0 and any(ch in "123456789" for ch in text):
        return "+" + text
    return text
