"""The clusters: ours and our partners', each with its level in the national cluster
programme and the tiers it names its members by.

``ClustersDialog`` lists them; ``ClusterDialog`` makes or edits one, its tiers with it
(added, renamed in place, moved, and removed while no membership is in them), saved in
one go: a refused tier leaves the cluster's other changes unsaved too, and the form open
with what was typed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from accelerator.domain.enums import ClusterLevel, in_words
from accelerator.errors import ValidationError
from accelerator.services.clusters import ClusterInput, TierInput, default_tier_names
from accelerator.services.permissions import UseCase
from accelerator.services.records import ClusterRecord
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.form import FormDialog, as_sentence
from accelerator.ui.kit import EmptyState, RecordTable, error_label, muted_label
from accelerator.ui.kit.icons import icon
from accelerator.ui.models.member_table import ClusterTableModel
from accelerator.ui.offers import offer
from accelerator.ui.operations import FormErrors

_ID = Qt.ItemDataRole.UserRole


class _ClusterErrors(FormErrors):
    """The service's words about the tiers, all on the line under the list: a tier's by
    its number ("Tier 2 is required"), the list's as a sentence."""

    def __init__(self, tiers_line: QLabel) -> None:
        super().__init__()
        self._tiers_line = tiers_line

    def show(self, error: ValidationError) -> list[str]:
        about = {f: t for f, t in error.problems.items() if f.split(".")[0] == "tiers"}
        rest = ValidationError(
            {f: t for f, t in error.problems.items() if f not in about}, labels=error.labels
        )
        unplaced = super().show(rest) if rest.problems else []
        if not rest.problems:
            self.clear()
        lines = [
            f"{error.label(field)} {text}" if "." in field and text[:1].islower() else text
            for field, text in about.items()
        ]
        self._tiers_line.setText("\n".join(as_sentence(line) for line in lines))
        self._tiers_line.setVisible(bool(lines))
        return unplaced

    def clear(self) -> None:
        super().clear()
        self._tiers_line.setVisible(False)


class ClusterDialog(FormDialog[ClusterRecord]):
    """``ClusterDialog.ask(parent, context, cluster=None)`` makes a cluster (None) or edits
    ``cluster``, with its tiers; what was saved, or None."""

    def __init__(
        self, parent: QWidget | None, context: AppContext, cluster: ClusterRecord | None = None
    ) -> None:
        super().__init__(
            parent,
            context,
            title=self.tr("New cluster") if cluster is None else self.tr("Edit cluster"),
            accept=self.tr("Create cluster") if cluster is None else self.tr("Save"),
            width=560,
        )
        clusters = context.services.clusters
        # How many memberships, past or present, are in each tier: those cannot go.
        self.in_tier: Counter[int] = Counter()
        if cluster is not None:
            memberships = context.services.members.list_memberships(cluster_id=cluster.id)
            self.in_tier = Counter(m.tier_id for m in memberships)

        # Made in the order of the rows, which Tab follows.
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. Vestkyst Ocean Technology Cluster"))
        self.short_edit = QLineEdit(self)
        self.short_edit.setPlaceholderText(self.tr("e.g. VOTC"))
        self.short_edit.setMaximumWidth(self.short_edit.fontMetrics().horizontalAdvance("M") * 12)
        self.level_combo = QComboBox(self)
        for level in ClusterLevel:
            self.level_combo.addItem(in_words(level), level.value)
        self.region_edit = QLineEdit(self)
        self.region_edit.setPlaceholderText(self.tr("e.g. Vestland"))
        self.website_edit = QLineEdit(self)
        self.website_edit.setPlaceholderText("https://")
        self.ours_check = QCheckBox(self.tr("One of &our clusters, not a partner's"), self)
        self.tier_list = QListWidget(self)
        self.tier_list.setObjectName("tiers")
        self.tier_list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.tier_list.setMinimumHeight(self.tier_list.fontMetrics().height() * 7)
        self.add_tier_button = QPushButton(icon("add"), self.tr("&Add tier"), self)
        self.up_button = QPushButton(icon("up"), self.tr("Move &up"), self)
        self.down_button = QPushButton(icon("down"), self.tr("Move &down"), self)
        self.remove_tier_button = QPushButton(icon("remove"), self.tr("Re&move"), self)
        self.tier_note = muted_label("", self)

        # The tiers' messages have a line of their own, under the list.
        self.tiers_error = error_label(self)
        self.errors = _ClusterErrors(self.tiers_error)
        self.errors.register("", self.general_error)
        self.add_field("name", self.tr("&Name:"), self.name_edit)
        self.add_field("short_name", self.tr("S&hort name:"), self.short_edit)
        self.add_field("level", self.tr("&Level:"), self.level_combo)
        self.add_field("region", self.tr("&Region:"), self.region_edit)
        self.add_field("website", self.tr("&Website:"), self.website_edit)
        self.form_layout.addRow("", self.ours_check)
        tiers = QWidget(self)
        column = QVBoxLayout(tiers)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        row = QHBoxLayout()
        row.addWidget(self.tier_list, 1)
        buttons = QVBoxLayout()
        for button in (
            self.add_tier_button,
            self.up_button,
            self.down_button,
            self.remove_tier_button,
        ):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        column.addLayout(row)
        column.addWidget(self.tier_note)
        column.addWidget(self.tiers_error)
        self.add_row(self.tr("&Tiers:"), tiers, self.tier_list)
        self.errors_of("", self.tiers_error, self.tier_list)  # the cursor goes to the list

        self.add_tier_button.clicked.connect(self.add_tier)
        self.up_button.clicked.connect(lambda: self.move_tier(-1))
        self.down_button.clicked.connect(lambda: self.move_tier(1))
        self.remove_tier_button.clicked.connect(self.remove_tier)
        self.tier_list.currentRowChanged.connect(lambda _row: self._update_tier_buttons())
        if cluster is not None:
            self.edit(cluster, lambda: clusters.get_cluster(cluster.id))
        else:
            self.level_combo.setCurrentIndex(self.level_combo.findData(ClusterLevel.OTHER.value))
            self.fill_tiers(())
            self.tier_names_default()
        self._update_tier_buttons()

    # --- the form ------------------------------------------------------------------------

    def fill(self, record: ClusterRecord) -> None:
        self.name_edit.setText(record.name)
        self.short_edit.setText(record.short_name)
        self.level_combo.setCurrentIndex(self.level_combo.findData(record.level.value))
        self.region_edit.setText(record.region)
        self.website_edit.setText(record.website)
        self.ours_check.setChecked(record.ours)
        self.fill_tiers([(t.name, t.id) for t in record.tiers])

    def fill_tiers(self, tiers: Iterable[tuple[str, int | None]]) -> None:
        self.tier_list.clear()
        for name, tier_id in tiers:
            self._add_item(name, tier_id)
        self.tier_list.setCurrentRow(0)
        self._update_tier_buttons()

    def tier_names_default(self) -> None:
        """A new cluster starts with the usual tiers, in the language spoken."""
        for name in default_tier_names():
            self._add_item(name, None)
        self.tier_list.setCurrentRow(0)

    def _add_item(self, name: str, tier_id: int | None) -> QListWidgetItem:
        item = QListWidgetItem(name, self.tier_list)
        item.setData(_ID, tier_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def tiers(self) -> list[TierInput]:
        """The tiers as listed, in order: those on record with their ids."""
        result = []
        for row in range(self.tier_list.count()):
            item = self.tier_list.item(row)
            result.append(TierInput(item.text(), item.data(_ID)))
        return result

    def add_tier(self) -> None:
        """A new tier at the end, its name ready to be typed."""
        item = self._add_item(self.tr("New tier"), None)
        self.tier_list.setCurrentItem(item)
        self.tier_list.setFocus()
        self.tier_list.editItem(item)

    def move_tier(self, step: int) -> None:
        row = self.tier_list.currentRow()
        to = row + step
        if row < 0 or not 0 <= to < self.tier_list.count():
            return
        item = self.tier_list.takeItem(row)
        self.tier_list.insertItem(to, item)
        self.tier_list.setCurrentRow(to)

    def remove_tier(self) -> None:
        row = self.tier_list.currentRow()
        if row < 0 or self._members_in(row):
            return
        self.tier_list.takeItem(row)
        self._update_tier_buttons()

    def _members_in(self, row: int) -> int:
        item = self.tier_list.item(row)
        tier_id = item.data(_ID) if item is not None else None
        return self.in_tier.get(tier_id, 0) if tier_id is not None else 0

    def _update_tier_buttons(self) -> None:
        row = self.tier_list.currentRow()
        count = self.tier_list.count()
        used = self._members_in(row) if row >= 0 else 0
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.remove_tier_button.setEnabled(row >= 0 and count > 1 and not used)
        item = self.tier_list.item(row) if row >= 0 else None
        if item is not None and used:
            self.tier_note.setText(
                self.tr(
                    "%n memberships, past or present, are in {0}: it can be renamed and "
                    "moved, not removed.",
                    "",
                    used,
                ).format(item.text())
            )
        else:
            self.tier_note.setText(self.tr("Double-click a tier, or press F2, to rename it."))

    # --- saving --------------------------------------------------------------------------

    def data(self) -> ClusterInput:
        return ClusterInput(
            name=self.name_edit.text(),
            short_name=self.short_edit.text(),
            level=ClusterLevel(self.level_combo.currentData()),
            region=self.region_edit.text(),
            website=self.website_edit.text(),
            ours=self.ours_check.isChecked(),
        )

    def save_call(self) -> Callable[[], ClusterRecord]:
        data, tiers, service = self.data(), self.tiers(), self.context.services.clusters
        return self.create_or_update(
            lambda: service.create_cluster(data, tiers=tiers),
            lambda id_, version: service.update_cluster(
                id_, data, expected_version=version, tiers=tiers
            ),
        )


class ClustersDialog(QDialog):
    """``ClustersDialog.ask(parent, context)``: the clusters, to look at and (for whoever
    keeps them) to add and edit. Returns the last cluster saved, or None."""

    def __init__(self, parent: QWidget | None, context: AppContext) -> None:
        super().__init__(parent)
        self.context = context
        self.saved: ClusterRecord | None = None
        self.setWindowTitle(self.tr("Clusters"))
        self.resize(900, 460)
        may_keep = context.services.permissions.allows(UseCase.MANAGE_MEMBERS)

        layout = QVBoxLayout(self)
        layout.addWidget(
            muted_label(
                self.tr(
                    "Our own clusters come first, then our partners'. Each names the tiers "
                    "of its members; a membership is in one of them."
                ),
                self,
            )
        )
        self.model = ClusterTableModel(self)
        self.table = RecordTable(
            self.model,
            self,
            name="clusterTable",
            stretch=(ClusterTableModel.COL_NAME, ClusterTableModel.COL_TIERS),
            row_padding=10,
        )
        self.state = EmptyState(self.table, self)
        layout.addWidget(self.state, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.new_button = self.buttons.addButton(
            self.tr("&New cluster…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.new_button.setIcon(icon("add"))
        self.edit_button = self.buttons.addButton(
            self.tr("&Edit…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.edit_button.setIcon(icon("edit"))
        for button in (self.new_button, self.edit_button):
            button.setAutoDefault(False)
            offer(button, may_keep, UseCase.MANAGE_MEMBERS, hide=True)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.new_button.clicked.connect(self.new_cluster)
        self.edit_button.clicked.connect(self.edit_cluster)
        if may_keep:
            self.table.opened.connect(self.edit_cluster)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.refresh()
        self.table.setFocus()

    def refresh(self, select: int | None = None) -> None:
        clusters = self.context.services.clusters.list_clusters()
        chosen = self.table.selected()
        self.model.set_rows(clusters)
        key = select if select is not None else (chosen.id if chosen is not None else None)
        if key is None or not self.table.select(key):
            self.table.selectRow(0)
        if clusters:
            self.state.show_content()
        else:
            self.state.show_message(
                self.tr(
                    "No clusters yet. Add ours with New cluster; a partner cluster is also "
                    "added as soon as a company names it as its home cluster."
                )
            )
        self._update()

    def _update(self) -> None:
        self.edit_button.setEnabled(self.table.selected() is not None)

    def new_cluster(self) -> None:
        made = ClusterDialog.ask(self, self.context)
        if made is not None:
            self.saved = made
            self.refresh(made.id)

    def edit_cluster(self) -> None:
        cluster = self.table.selected()
        if cluster is None or not self.edit_button.isVisible():
            return
        saved = ClusterDialog.ask(self, self.context, cluster)
        if saved is not None:
            self.saved = saved
            self.refresh(saved.id)

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext) -> ClusterRecord | None:
        dialog = cls(parent, context)
        try:
            dialog.exec()
            return dialog.saved
        finally:
            dialog.deleteLater()
