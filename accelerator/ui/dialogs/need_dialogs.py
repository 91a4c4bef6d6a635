"""A need or an offer of an organisation recorded or changed: its category, a short summary
and its tags, typed separated by commas as the service takes them (sector, technology,
market)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from accelerator.domain.enums import NeedCategory, NeedSide, in_words
from accelerator.services.needs import NeedInput
from accelerator.services.records import CompanyRecord, NeedRecord
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.form import FormDialog
from accelerator.ui.kit import muted_label


class NeedDialog(FormDialog[NeedRecord]):
    """``NeedDialog.ask(parent, context, organisation, side)`` records a need (or an offer)
    of ``organisation``; ``need=`` changes one. Returns what was saved, or None."""

    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        organisation: CompanyRecord,
        side: NeedSide = NeedSide.NEED,
        need: NeedRecord | None = None,
    ) -> None:
        side = need.side if need is not None else side
        if side is NeedSide.NEED:
            title = self.tr("Add a need") if need is None else self.tr("Change the need")
            accept = self.tr("Add need") if need is None else self.tr("Save need")
        else:
            title = self.tr("Add an offer") if need is None else self.tr("Change the offer")
            accept = self.tr("Add offer") if need is None else self.tr("Save offer")
        super().__init__(parent, context, title=title, accept=accept, width=520)
        self.organisation = organisation
        self.side = side

        # Made in the order of the rows, which Tab follows.
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("needCategory")
        for category in NeedCategory:
            self.category_combo.addItem(in_words(category), category.value)
        self.summary_edit = QLineEdit(self)
        self.summary_edit.setObjectName("needSummary")
        self.summary_edit.setPlaceholderText(
            self.tr("What is asked for, in a sentence")
            if side is NeedSide.NEED
            else self.tr("What is offered, in a sentence")
        )
        self.sector_edit = QLineEdit(self)
        self.sector_edit.setObjectName("needSectorTags")
        self.sector_edit.setPlaceholderText(self.tr("Aquaculture, maritime, …"))
        self.technology_edit = QLineEdit(self)
        self.technology_edit.setObjectName("needTechnologyTags")
        self.technology_edit.setPlaceholderText(self.tr("Sensors, underwater drones, …"))
        self.market_edit = QLineEdit(self)
        self.market_edit.setObjectName("needMarketTags")
        self.market_edit.setPlaceholderText(self.tr("Norway, Nordics, …"))

        self.add_above(muted_label(organisation.name, self))
        self.add_field("category", self.tr("&Category:"), self.category_combo)
        self.summary_error = self.add_field("summary", self.tr("&Summary:"), self.summary_edit)
        self.add_field("sector_tags", self.tr("S&ector tags:"), self.sector_edit)
        self.add_field("technology_tags", self.tr("&Technology tags:"), self.technology_edit)
        self.add_field("market_tags", self.tr("&Market tags:"), self.market_edit)
        self.add_below(
            muted_label(
                self.tr("Separate tags with commas. Shared tags make a pair more likely."), self
            )
        )
        if need is not None:
            self.edit(need, lambda: context.services.needs.get_need(need.id))

    def fill(self, record: NeedRecord) -> None:
        index = self.category_combo.findData(record.category.value)
        self.category_combo.setCurrentIndex(max(index, 0))
        self.summary_edit.setText(record.summary)
        self.sector_edit.setText(", ".join(record.sector_tags))
        self.technology_edit.setText(", ".join(record.technology_tags))
        self.market_edit.setText(", ".join(record.market_tags))

    def data(self) -> NeedInput:
        return NeedInput(
            organisation_id=self.organisation.id,
            side=self.side,
            category=NeedCategory(self.category_combo.currentData()),
            summary=self.summary_edit.text(),
            sector_tags=self.sector_edit.text(),
            technology_tags=self.technology_edit.text(),
            market_tags=self.market_edit.text(),
        )

    def save_call(self) -> Callable[[], NeedRecord]:
        data, needs = self.data(), self.context.services.needs
        return self.create_or_update(
            lambda: needs.create_need(data),
            lambda need_id, version: needs.update_need(need_id, data, expected_version=version),
        )
