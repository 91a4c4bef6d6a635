"""A list a coordinator keeps by hand (accelerator/ui/widgets/kept_list.py), as the
strategic areas of joint projects show it: an unused entry retired, reactivated and
removed, an entry in use only retired, each stored as the buttons say."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import Role
from accelerator.services import Services
from accelerator.services.users import UserInput, actor_of
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.project_dialogs import CataloguesDialog
from accelerator.ui.operations import ChangeBus
from tests.ui.helpers import NoNavigation


@pytest.fixture
def dialog(qtbot: QtBot, services: Services) -> CataloguesDialog:
    kari = services.users.create_user(
        UserInput("kari", "Kari Nordmann", Role.COORDINATOR, password="kari-secret-1")
    )
    context = AppContext(services.acting_as(actor_of(kari)), ChangeBus(), NoNavigation())
    shown = CataloguesDialog(None, context)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _area(services: Services, name: str) -> tuple[bool, int]:
    found = next(
        a for a in services.projects.strategic_areas(include_retired=True) if a.name == name
    )
    return found.active, found.uses


def test_an_unused_area_is_retired_reactivated_and_removed(
    dialog: CataloguesDialog, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    areas = dialog.areas
    made = services.projects.add_strategic_area("Green transition")
    areas.refresh(made.id)
    assert areas.table.selected() is not None and areas.table.selected().name == "Green transition"
    assert areas.remove_button.isEnabled() and areas.retire_button.text() == "Re&tire"

    areas.retire_button.click()
    assert _area(services, "Green transition") == (False, 0)
    assert areas.retire_button.text() == "Reac&tivate"
    areas.retire_button.click()
    assert _area(services, "Green transition") == (True, 0)

    asked: list[str] = []
    monkeypatch.setattr(
        "accelerator.ui.widgets.kept_list.confirm",
        lambda _parent, _title, text, _action: asked.append(text) or True,
    )
    areas.remove_button.click()
    assert asked == ["Remove 'Green transition' from the list? Nothing names it."]
    names = {a.name for a in services.projects.strategic_areas(include_retired=True)}
    assert "Green transition" not in names


def test_an_area_in_use_is_not_offered_for_removal(
    dialog: CataloguesDialog, services: Services
) -> None:
    from accelerator.services.projects import ProjectInput

    areas = dialog.areas
    area = services.projects.strategic_areas()[0]
    services.projects.create_project(ProjectInput("Kelp drying", strategic_area_id=area.id))
    areas.refresh(area.id)
    assert not areas.remove_button.isEnabled()
    assert "retire it instead" in areas.remove_button.toolTip()
