"""The member register as a person uses it: choosing a cluster, a kind, a tier and a day,
typing to filter, reading the counts above the list, and (as a coordinator) adding,
moving and ending memberships, keeping the clusters and their tiers, and exporting."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import OrganisationKind, Role
from accelerator.services import Services
from accelerator.services.clusters import ClusterInput
from accelerator.services.users import actor_of
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.cluster_dialogs import ClusterDialog, ClustersDialog
from accelerator.ui.dialogs.export_dialog import ExportDialog
from accelerator.ui.dialogs.membership_dialogs import (
    AddMembershipDialog,
    ChangeTierDialog,
    LeaveDialog,
)
from accelerator.ui.models.member_table import MemberTableModel
from accelerator.ui.operations import ChangeBus
from accelerator.ui.pages.members import MembersPage
from tests.factories import Factory, org_number
from tests.ui.test_companies_page import Navigator

TODAY = dt.date.today()
LONG_AGO = TODAY - dt.timedelta(days=800)
LAST_YEAR = TODAY - dt.timedelta(days=300)
RESEARCH = OrganisationKind.RESEARCH_INSTITUTE


@pytest.fixture(autouse=True)
def c_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(before)


@dataclass
class Register:
    ours: int
    partner: int
    havbolge: int  # a company, a member of ours
    institute: int  # a research institute, a partner of ours and a member of the other
    left: int  # a company that left ours last year
    tangrand: int  # another company, a member of ours


@pytest.fixture
def register(services: Services, make: Factory) -> Register:
    clusters, members = services.clusters, services.members
    ours = clusters.create_cluster(ClusterInput("Vestkyst Ocean", ours=True))
    partner = clusters.create_cluster(ClusterInput("Subsea Valley"))
    member, partner_tier, *_ = ours.tiers
    havbolge = make.company(name="Havbølge AS", org_number=org_number(11))
    institute = make.company(name="Havforsk", kind=RESEARCH, org_number=org_number(12))
    gone = make.company(name="Kystvind AS", org_number=org_number(13))
    tangrand = make.company(name="Tangrand AS", org_number=org_number(14))
    members.join(havbolge.id, ours.id, member.id, LAST_YEAR)
    members.join(tangrand.id, ours.id, member.id, LAST_YEAR)
    members.join(institute.id, ours.id, partner_tier.id, LONG_AGO)
    members.join(institute.id, partner.id, None, LAST_YEAR)
    left = members.join(gone.id, ours.id, member.id, LONG_AGO)
    members.leave(left.id, LAST_YEAR)
    return Register(ours.id, partner.id, havbolge.id, institute.id, gone.id, tangrand.id)


@pytest.fixture
def open_page(qtbot: QtBot, services: Services) -> Callable[..., tuple[MembersPage, Navigator]]:
    def open_page(acting: Services | None = None) -> tuple[MembersPage, Navigator]:
        navigator = Navigator()
        page = MembersPage(AppContext(acting or services, ChangeBus(), navigator))
        qtbot.addWidget(page)
        page.resize(1070, 740)
        page.show()
        qtbot.waitExposed(page)
        return page, navigator

    return open_page


def shown(page: MembersPage, column: int = MemberTableModel.COL_ORGANISATION) -> list[str]:
    model = page.model
    return [str(model.index(r, column).data()) for r in range(model.rowCount())]


def answer(act: Callable[[QDialog], None]) -> list[str]:
    """Do ``act`` to the modal dialog once it shows; what went wrong, to assert on."""
    failures: list[str] = []

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible():
            QTimer.singleShot(10, attempt)
            return
        try:
            act(dialog)
        except Exception as error:  # noqa: BLE001 - reported by the test
            failures.append(repr(error))
            dialog.reject()

    QTimer.singleShot(0, attempt)
    return failures


# --- reading the register -------------------------------------------------------------------


def test_the_register_opens_on_our_cluster_today_with_its_counts(
    open_page: Callable[..., tuple[MembersPage, Navigator]], register: Register
) -> None:
    page, _ = open_page()
    assert page.cluster_combo.currentText() == "Vestkyst Ocean"
    assert page.on_check.isChecked() and page.on_edit.date() == TODAY
    # Kystvind left last year: not a member today.
    assert shown(page) == ["Havbølge AS", "Havforsk", "Tangrand AS"]
    assert shown(page, MemberTableModel.COL_KIND) == ["Company", "Research institute", "Company"]
    assert shown(page, MemberTableModel.COL_TIER) == ["Member", "Partner", "Member"]
    day = TODAY.strftime("%-d %b %Y")
    assert page.counts_title.text() == f"3 members of Vestkyst Ocean on {day}"
    # (English says "1 research institute" once the en catalogue's forms are applied.)
    assert page.counts_kinds.text().startswith("2 companies  ·  1 research institute")
    assert page.count_label.text() == "3 memberships"


def test_the_choices_narrow_the_register_and_the_counts_follow(
    open_page: Callable[..., tuple[MembersPage, Navigator]], register: Register
) -> None:
    page, _ = open_page()
    page.on_check.setChecked(False)  # every membership ever, those that ended too
    assert shown(page) == ["Havbølge AS", "Havforsk", "Kystvind AS", "Tangrand AS"]
    assert shown(page, MemberTableModel.COL_LEFT)[2] == LAST_YEAR.strftime("%-d %b %Y")
    assert page.counts_title.text() == "4 organisations have been members of Vestkyst Ocean"
    page.cluster_combo.setCurrentIndex(page.cluster_combo.findText("Every cluster"))
    assert shown(page, MemberTableModel.COL_CLUSTER) == [
        "Vestkyst Ocean",
        "Subsea Valley",
        "Vestkyst Ocean",
        "Vestkyst Ocean",
        "Vestkyst Ocean",
    ]
    # An organisation in two clusters is one member.
    assert page.counts_title.text() == "4 organisations have been members of a cluster"
    page.kind_combo.setCurrentIndex(page.kind_combo.findText("Research institute"))
    assert shown(page) == ["Havforsk", "Havforsk"]
    page.tier_combo.setCurrentIndex(page.tier_combo.findText("Partner"))
    assert shown(page, MemberTableModel.COL_CLUSTER) == ["Vestkyst Ocean"]
    # The day, typed: two years back only Havforsk and Kystvind were members.
    page.kind_combo.setCurrentIndex(0)
    page.tier_combo.setCurrentIndex(0)
    page.on_check.setChecked(True)
    page.on_edit.set_date(LONG_AGO + dt.timedelta(days=1))
    assert shown(page) == ["Havforsk", "Kystvind AS"]
    assert page.counts_title.text().startswith("2 members of a cluster on ")


def test_typing_filters_as_fast_as_the_company_list(
    qtbot: QtBot, open_page: Callable[..., tuple[MembersPage, Navigator]], register: Register
) -> None:
    page, navigator = open_page()
    page.on_check.setChecked(False)
    qtbot.keyClicks(page.filter_edit, "research")
    qtbot.waitUntil(lambda: shown(page) == ["Havforsk"])
    assert page.count_label.text() == "1 of 4 memberships match"
    # Enter opens the organisation of the only match.
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Return)
    assert navigator.calls == [("company", (register.institute, None))]
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: len(shown(page)) == 4)
    # The org. number as it is shown, with its spaces.
    qtbot.keyClicks(page.filter_edit, org_number(13)[3:6] + " " + org_number(13)[6:])
    qtbot.waitUntil(lambda: shown(page) == ["Kystvind AS"])
    page.filter_edit.clear()
    qtbot.keyClicks(page.filter_edit, "nobody at all")
    qtbot.waitUntil(lambda: page.list_stack.currentWidget() is page.empty_label)
    assert "No membership matches" in page.empty_label.text()


def test_the_model_filters_100_000_memberships_a_keystroke_at_a_time(
    services: Services, register: Register
) -> None:
    """What the filter does at a keystroke, at the scale of the benchmark (timed there)."""
    template = services.members.list_memberships()
    rows = [
        type(m)(**{**{f: getattr(m, f) for f in m.__slots__}, "id": n})  # type: ignore[arg-type]
        for n in range(100_000)
        for m in [template[n % len(template)]]
    ]
    model = MemberTableModel()
    model.set_rows(rows)
    model.set_filter_text("havf")
    assert model.rowCount() == 40_000  # two of the five memberships are Havforsk's
    model.set_filter_text("havfo")  # narrowing looks at what matched
    assert {r.organisation_name for r in model.rows()} == {"Havforsk"}
    model.set_filter_text("")
    assert model.rowCount() == 100_000


def test_a_big_register_is_read_off_the_gui_thread_and_a_saved_row_chosen_once_read(
    qtbot: QtBot,
    open_page: Callable[..., tuple[MembersPage, Navigator]],
    register: Register,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from accelerator.ui.pages import members

    monkeypatch.setattr(members, "BACKGROUND_REFRESH_ROWS", 3)  # as 100,000 would be
    page, _ = open_page()
    assert page.is_loading()
    assert page.counts_title.text() == "Reading the member register…"
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=10_000)
    assert shown(page) == ["Havbølge AS", "Havforsk", "Tangrand AS"]

    def add(dialog: QDialog) -> None:
        assert isinstance(dialog, AddMembershipDialog)
        qtbot.keyClicks(dialog.organisation_edit, "Kystvind AS")
        qtbot.keyClick(dialog.organisation_edit, Qt.Key.Key_Return)

    failures = answer(add)
    page.add_membership()
    assert not failures
    # The list is read again in the background; the new row is chosen once it is there.
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=10_000)
    chosen = page.selected()
    assert chosen is not None and (chosen.organisation_name, chosen.left_on) == (
        "Kystvind AS",
        None,
    )


def test_a_viewer_reads_the_register_and_changes_nothing(
    open_page: Callable[..., tuple[MembersPage, Navigator]],
    register: Register,
    services: Services,
    make: Factory,
) -> None:
    viewer = make.user(username="vera", role=Role.VIEWER)
    page, _ = open_page(services.acting_as(actor_of(viewer)))
    assert shown(page) == ["Havbølge AS", "Havforsk", "Tangrand AS"]
    for button in (page.add_button, page.tier_button, page.leave_button):
        assert button.isHidden()
    assert page.export_button.isVisible() and page.clusters_button.isVisible()


# --- changing it --------------------------------------------------------------------------


def test_a_coordinator_adds_an_organisation_on_record_by_typing_its_name(
    qtbot: QtBot,
    open_page: Callable[..., tuple[MembersPage, Navigator]],
    register: Register,
    services: Services,
) -> None:
    page, _ = open_page()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, AddMembershipDialog)
        assert dialog.cluster_combo.currentText() == "Vestkyst Ocean"  # the page's
        dialog.cluster_combo.setCurrentIndex(dialog.cluster_combo.findText("Subsea Valley"))
        qtbot.keyClicks(dialog.organisation_edit, "havbølge as")
        dialog.look_up()
        assert dialog.organisation_note.text().startswith("On record: Havbølge AS, company")
        assert not dialog.kind_combo.isVisible()  # an organisation on record has its kind
        assert dialog.save_button.text() == "Add membership"
        qtbot.keyClick(dialog.organisation_edit, Qt.Key.Key_Return)

    failures = answer(fill)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert not failures
    (joined,) = services.members.list_memberships(
        organisation_id=register.havbolge, cluster_id=register.partner
    )
    assert (joined.tier_name, joined.joined_on) == ("Member", TODAY)
    # The new membership is shown and chosen, the choices widened to show it.
    assert page.cluster_combo.currentText() == "Subsea Valley"
    chosen = page.selected()
    assert chosen is not None and chosen.id == joined.id


def test_a_new_organisation_is_registered_with_its_kind_as_it_joins(
    qtbot: QtBot,
    open_page: Callable[..., tuple[MembersPage, Navigator]],
    register: Register,
    services: Services,
) -> None:
    page, _ = open_page()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, AddMembershipDialog)
        qtbot.keyClicks(dialog.organisation_edit, "Kystkapital AS")
        dialog.look_up()
        assert dialog.kind_combo.isVisible() and dialog.save_button.text() == "Register and add"
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findText("Investor"))
        qtbot.keyClicks(dialog.org_number_edit, "123")  # not an org. number
        dialog.tier_combo.setCurrentIndex(dialog.tier_combo.findText("Owner"))
        dialog.accept()
        assert dialog.isVisible(), "refused"
        assert dialog.org_number_error.isVisible()
        dialog.org_number_edit.setText(org_number(21))
        dialog.accept()

    failures = answer(fill)
    page.add_membership()
    assert not failures
    kapital = next(c for c in services.companies.list_companies() if c.name == "Kystkapital AS")
    assert kapital.kind is OrganisationKind.INVESTOR
    (joined,) = services.members.list_memberships(organisation_id=kapital.id)
    assert (joined.cluster_id, joined.tier_name) == (register.ours, "Owner")
    assert page.counts_kinds.text().startswith("2 companies  ·  1 research institute")
    assert page.counts_kinds.text().endswith("·  1 investor") or "1 investors" in (
        page.counts_kinds.text()
    )


def test_an_organisation_already_a_member_is_told_so_before_saving(
    qtbot: QtBot, context_for: Callable[[], AppContext], register: Register
) -> None:
    dialog = AddMembershipDialog(None, context_for(), cluster_id=register.ours)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.organisation_edit, "Havforsk")
    dialog.look_up()
    assert dialog.cluster_note.isVisible()
    assert dialog.cluster_note.text().startswith("Havforsk is a member already, as Partner")
    dialog.accept()  # the service says so too, beside the cluster
    assert dialog.isVisible()
    dialog.cluster_combo.setCurrentIndex(dialog.cluster_combo.findText("Subsea Valley"))
    assert dialog.cluster_note.isVisible()  # and of that one too
    assert "as Member" in dialog.cluster_note.text()


def test_a_membership_moves_to_another_tier_and_ends_as_history(
    qtbot: QtBot,
    open_page: Callable[..., tuple[MembersPage, Navigator]],
    register: Register,
    services: Services,
) -> None:
    page, _ = open_page()
    (membership,) = services.members.list_memberships(
        organisation_id=register.havbolge, cluster_id=register.ours
    )
    assert page.select_membership(membership.id)
    assert page.tier_button.isEnabled() and page.leave_button.isEnabled()

    def move(dialog: QDialog) -> None:
        assert isinstance(dialog, ChangeTierDialog)
        assert dialog.tier_combo.currentText() == "Member"
        dialog.tier_combo.setCurrentIndex(dialog.tier_combo.findText("Associate"))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    failures = answer(move)
    qtbot.mouseClick(page.tier_button, Qt.MouseButton.LeftButton)
    assert not failures
    assert services.members.get_membership(membership.id).tier_name == "Associate"
    assert shown(page, MemberTableModel.COL_TIER)[0] == "Associate"

    last_day = TODAY - dt.timedelta(days=1)

    def end(dialog: QDialog) -> None:
        assert isinstance(dialog, LeaveDialog)
        dialog.left_edit.line_edit.setText(last_day.isoformat())
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    failures = answer(end)
    qtbot.mouseClick(page.leave_button, Qt.MouseButton.LeftButton)
    assert not failures
    ended = services.members.get_membership(membership.id)
    assert ended.left_on == last_day and ended.tier_name == "Associate"
    # Gone from today's members, kept in the history, where it stays chosen.
    assert not page.on_check.isChecked()
    assert page.selected() == ended
    assert not page.tier_button.isEnabled() and not page.leave_button.isEnabled()


def test_a_membership_cannot_end_before_it_began(
    qtbot: QtBot, context_for: Callable[[], AppContext], register: Register, services: Services
) -> None:
    (membership,) = services.members.list_memberships(
        organisation_id=register.havbolge, cluster_id=register.ours
    )
    dialog = LeaveDialog(None, context_for(), membership)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.left_edit.line_edit.setText((LAST_YEAR - dt.timedelta(days=3)).isoformat())
    dialog.accept()
    assert dialog.isVisible()
    assert services.members.get_membership(membership.id).left_on is None


# --- clusters and their tiers ----------------------------------------------------------------


@pytest.fixture
def context_for(services: Services) -> Callable[[], AppContext]:
    return lambda: AppContext(services, ChangeBus(), Navigator())


def test_tiers_are_renamed_added_moved_and_removed_while_unused(
    qtbot: QtBot, context_for: Callable[[], AppContext], register: Register, services: Services
) -> None:
    cluster = services.clusters.get_cluster(register.ours)
    dialog = ClusterDialog(None, context_for(), cluster)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    tiers = dialog.tier_list
    tiers.setFocus()
    assert [tiers.item(r).text() for r in range(tiers.count())] == [
        "Member",
        "Partner",
        "Associate",
        "Owner",
    ]
    # Member has members: it can be renamed and moved, not removed.
    tiers.setCurrentRow(0)
    assert not dialog.remove_tier_button.isEnabled()
    assert "3 memberships, past or present, are in Member" in dialog.tier_note.text()
    qtbot.keyClick(tiers, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not tiers
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, "Medlem")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the editor closed goes, as between two key presses
    tiers.setCurrentRow(3)  # Owner: nobody in it
    qtbot.mouseClick(dialog.remove_tier_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.add_tier_button, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    assert editor is not None
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, "Student")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    dialog.region_edit.setText("Vestland")
    dialog.accept()
    assert not dialog.isVisible()
    saved = services.clusters.get_cluster(register.ours)
    assert saved.region == "Vestland"
    assert [t.name for t in saved.tiers] == ["Medlem", "Partner", "Student", "Associate"]
    assert saved.tier(cluster.tiers[0].id) is not None  # renamed, the same tier


def test_a_refused_tier_leaves_the_cluster_unsaved_and_says_which(
    qtbot: QtBot, context_for: Callable[[], AppContext], register: Register, services: Services
) -> None:
    cluster = services.clusters.get_cluster(register.ours)
    dialog = ClusterDialog(None, context_for(), cluster)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tier_list.item(1).setText("member")  # Partner renamed as Member, in other letters
    dialog.region_edit.setText("Vestland")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.tiers_error.isVisible()
    assert dialog.tiers_error.text() == (
        "'member' is also tier 1; each tier needs a name of its own."
    )
    assert services.clusters.get_cluster(register.ours) == cluster


def test_a_new_cluster_is_kept_from_the_clusters_dialog(
    qtbot: QtBot, context_for: Callable[[], AppContext], register: Register, services: Services
) -> None:
    dialog = ClustersDialog(None, context_for())
    qtbot.addWidget(dialog)
    dialog.show()
    names = [dialog.model.record_at(r).name for r in range(dialog.model.rowCount())]  # type: ignore[union-attr]
    assert names == ["Vestkyst Ocean", "Subsea Valley"]

    def fill(form: QDialog) -> None:
        assert isinstance(form, ClusterDialog)
        qtbot.keyClicks(form.name_edit, "Arktisk Havklynge")
        qtbot.keyClicks(form.short_edit, "AHK")
        form.level_combo.setCurrentIndex(form.level_combo.findText("Arena"))
        form.accept()

    failures = answer(fill)
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert not failures
    made = services.clusters.find_cluster("Arktisk Havklynge")
    assert made is not None and made.short_name == "AHK" and not made.ours
    assert [t.name for t in made.tiers] == ["Member", "Partner", "Associate", "Owner"]
    chosen = dialog.table.selected()
    assert chosen is not None and chosen.id == made.id


# --- export -------------------------------------------------------------------------------------


def test_the_page_exports_the_members_it_shows(
    qtbot: QtBot,
    open_page: Callable[..., tuple[MembersPage, Navigator]],
    register: Register,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page, _ = open_page()
    target = tmp_path / "medlemmer"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    def choose_csv(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportDialog)
        request = dialog.request()
        assert (request.cluster_id, request.on) == (register.ours, TODAY)
        assert not dialog.cohort_combo.isVisible()
        dialog.format_combo.setCurrentIndex(
            dialog.format_combo.findText("CSV", Qt.MatchFlag.MatchStartsWith)
        )
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    failures = answer(choose_csv)
    page.export()
    assert not failures
    written = tmp_path / "medlemmer.csv"
    qtbot.waitUntil(written.exists, timeout=10_000)
    qtbot.waitUntil(lambda: not page._exporting.busy(), timeout=10_000)
    with written.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:3] == ["Organisation", "Organisation number", "Kind"]
    assert sorted(r[0] for r in rows[1:]) == ["Havbølge AS", "Havforsk", "Tangrand AS"]


# --- the organisation's page ----------------------------------------------------------------


def test_the_profile_lists_the_memberships_and_joins_another_cluster(
    qtbot: QtBot, services: Services, register: Register
) -> None:
    from accelerator.ui.pages.companies import CompaniesPage

    page = CompaniesPage(AppContext(services, ChangeBus(), Navigator()))
    qtbot.addWidget(page)
    page.resize(1070, 740)
    page.show()
    page.open_company(register.havbolge)
    section = page.profile.memberships
    assert [m.cluster_name for m in section.model.rows()] == ["Vestkyst Ocean"]

    def join(dialog: QDialog) -> None:
        assert isinstance(dialog, AddMembershipDialog)
        assert not dialog.organisation_edit.isVisible()  # this organisation's
        dialog.cluster_combo.setCurrentIndex(dialog.cluster_combo.findText("Subsea Valley"))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    failures = answer(join)
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    assert not failures
    assert [m.cluster_name for m in section.model.rows()] == ["Subsea Valley", "Vestkyst Ocean"]


def test_the_profile_shows_the_kind_and_an_enrolled_company_stays_one(
    qtbot: QtBot, services: Services, make: Factory, register: Register
) -> None:
    from accelerator.ui.pages.companies import CompaniesPage

    cohort = make.cohort()
    services.enrolments.enrol(cohort.id, register.havbolge)
    page = CompaniesPage(AppContext(services, ChangeBus(), Navigator()))
    qtbot.addWidget(page)
    page.resize(1070, 740)
    page.show()
    page.open_company(register.institute)
    profile = page.profile
    assert profile.form.kind_combo.currentText() == "Research institute"
    assert profile.subtitle_label.text().startswith("Research institute · ")
    assert "Only companies are enrolled" in profile.enrolments.empty_label.text()
    # A research institute becomes a university: saved with the profile.
    profile.form.kind_combo.setCurrentIndex(
        profile.form.kind_combo.findText("University or college")
    )
    assert profile.save_changes()
    assert services.companies.get_company(register.institute).kind is OrganisationKind.UNIVERSITY
    # An enrolled company stays one: the refusal is beside the field.
    page.open_company(register.havbolge)
    profile.form.kind_combo.setCurrentIndex(profile.form.kind_combo.findText("Investor"))
    assert not profile.save_changes()
    error = profile.form.error_labels["kind"]
    assert error.isVisible() and "stays a company" in error.text()
    assert services.companies.get_company(register.havbolge).kind is OrganisationKind.COMPANY


def test_the_home_cluster_is_chosen_from_the_clusters_and_kept_when_renamed(
    qtbot: QtBot, services: Services, register: Register
) -> None:
    from accelerator.ui.pages.companies import CompaniesPage

    page = CompaniesPage(AppContext(services, ChangeBus(), Navigator()))
    qtbot.addWidget(page)
    page.resize(1070, 740)
    page.show()
    page.open_company(register.havbolge)
    form = page.profile.form
    combo = form.cluster_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Vestkyst Ocean", "Subsea Valley"]
    combo.setCurrentIndex(combo.findText("Vestkyst Ocean"))
    form.sector_edit.setText("Marine sensors")
    # Someone renames the cluster while the form is open with its old name ...
    services.clusters.update_cluster(register.ours, ClusterInput("Vestkyst Havklynge", ours=True))
    assert page.profile.save_changes()
    # ... and the company stays in it: no cluster of the old name is made.
    saved = services.companies.get_company(register.havbolge)
    assert (saved.home_cluster_id, saved.home_cluster) == (register.ours, "Vestkyst Havklynge")
    assert sorted(c.name for c in services.clusters.list_clusters()) == [
        "Subsea Valley",
        "Vestkyst Havklynge",
    ]
    # A new name typed is a new (partner) cluster.
    form.cluster_edit.setText("Arktisk Havklynge")
    assert page.profile.save_changes()
    made = services.clusters.find_cluster("Arktisk Havklynge")
    assert made is not None and not made.ours
    assert services.companies.get_company(register.havbolge).home_cluster_id == made.id


def test_a_new_organisation_of_any_kind_from_new_company(
    qtbot: QtBot, context_for: Callable[[], AppContext], services: Services
) -> None:
    from accelerator.ui.dialogs.company_dialog import CompanyDialog

    dialog = CompanyDialog(None, context_for())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.form.name_edit, "Havbyen kommune")
    dialog.form.kind_combo.setCurrentIndex(dialog.form.kind_combo.findText("Public body"))
    dialog.accept()
    assert dialog.saved is not None and dialog.saved.kind is OrganisationKind.PUBLIC_BODY
