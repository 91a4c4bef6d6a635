"""The core's words reach the catalogue: every text a person reads from the services, the
domain and the database layer is marked so that the search finds it, and every member of
an enum the command line or a report shows has its words."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from accelerator import i18n
from accelerator.domain import enums
from accelerator.domain.enums import (
    AssessmentKind,
    AuditAction,
    CohortStatus,
    EnrolmentStatus,
    MilestoneStatus,
    Role,
    in_words,
    role_noun,
)
from accelerator.errors import FIELD_LABELS, ValidationError
from accelerator.i18n.catalogue import Catalogue, Message
from accelerator.i18n.extract import ROOT, extract, source_files

CORE = ("accelerator/services/", "accelerator/domain/", "accelerator/db/", "accelerator/errors.py")


def test_the_core_marks_its_texts_in_ways_the_catalogue_can_find() -> None:
    files = [p for p in source_files() if p.relative_to(ROOT).as_posix().startswith(CORE)]
    found = extract(files)
    assert [str(p) for p in found.problems] == []
    contexts = {m.context for m in found.messages}
    assert {"Errors", "Fields", "Formats", "Services", "Records", "Import", "Backups"} <= contexts


@pytest.mark.parametrize(
    "kind", [Role, CohortStatus, EnrolmentStatus, MilestoneStatus, AssessmentKind, AuditAction]
)
def test_every_member_of_a_shown_enum_has_words(kind: type[enums.Enum]) -> None:
    for member in kind:
        assert in_words(member) and in_words(member) != member.value


@pytest.fixture
def bokmal() -> Iterator[None]:
    saved = dict(i18n._catalogues)
    messages = [
        Message("MilestoneStatus", "Not applicable", forms=("Ikke aktuelt",), finished=True),
        Message("Role", "coordinator", forms=("koordinator",), finished=True),
        Message("Fields", "Home cluster", forms=("Hjemmeklynge",), finished=True),
    ]
    i18n._catalogues["nb"] = Catalogue("nb", {m.key: m for m in messages})
    try:
        yield
    finally:
        i18n._catalogues.clear()
        i18n._catalogues.update(saved)


@pytest.mark.usefixtures("bokmal")
def test_the_words_are_those_of_the_language_spoken() -> None:
    assert in_words(MilestoneStatus.NOT_APPLICABLE) == "Not applicable"
    assert role_noun(Role.COORDINATOR) == "coordinator"
    with i18n.speaking("nb"):
        assert in_words(MilestoneStatus.NOT_APPLICABLE) == "Ikke aktuelt"
        assert role_noun(Role.COORDINATOR) == "koordinator"
        # A field a service names is called by its words; one nobody named, by its name.
        refused = ValidationError({"home_cluster": "x", "shoe_size": "y"})
        assert str(refused) == "Hjemmeklynge: x; Shoe size: y"


def test_a_field_is_called_in_english_as_it_always_was() -> None:
    for field, label in FIELD_LABELS.items():
        assert label == field.replace("_", " ").capitalize()


def test_a_standard_milestone_category_reads_in_the_language_spoken_and_is_stored_as_its_key() -> (
    None
):
    # The catalogue as committed: a checklist made in English reads Norwegian in bokmål.
    with i18n.speaking("nb"):
        assert enums.category_words("business model") == "Forretningsmodell"
        assert enums.category_words("Havbruk og lakselus") == "Havbruk og lakselus"
    assert enums.category_words("business model") == "Business model"
    assert enums.category_words("regulatory") == "Regulatory"
    # Chosen or typed in either language, a standard category is stored as its key.
    assert enums.category_key("Forretningsmodell") == "business model"
    assert enums.category_key(" business MODEL ") == "business model"
    assert enums.category_key("IPR") == "IP"
    assert enums.category_key("Regulatory") == "Regulatory"
