"""The catalogues, the choice of language and the search for marked texts, without Qt."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from accelerator import i18n
from accelerator.i18n.__main__ import missing, problems
from accelerator.i18n.catalogue import Catalogue, Message, placeholders
from accelerator.i18n.extract import extract
from accelerator.i18n.qt import qt_messages, read_qm


@pytest.mark.parametrize(
    ("locale", "language"),
    [
        ("nb_NO.UTF-8", "nb"),
        ("nn_NO.UTF-8", "nb"),
        ("no_NO", "nb"),
        ("nb", "nb"),
        ("en_US.UTF-8", "en"),
        ("de_DE@euro", "en"),
        ("C", None),
        ("POSIX", None),
        ("", None),
    ],
)
def test_a_norwegian_locale_gives_bokmal_and_any_other_english(
    locale: str, language: str | None
) -> None:
    assert i18n.language_of_locale(locale) == language


def test_the_flag_wins_then_the_environment_then_the_setting_then_the_system() -> None:
    system = {"LANG": "nb_NO.UTF-8"}
    assert i18n.choose_language(environ=system) == "nb"
    assert i18n.choose_language(setting="en", environ=system) == "en"
    both = {**system, "ACCELERATOR_LANG": "nb"}
    assert i18n.choose_language(setting="en", environ=both) == "nb"
    assert i18n.choose_language(flag="en", setting="nb", environ=both) == "en"
    # Something nobody can read is passed over, not obeyed.
    assert i18n.choose_language(flag="klingon", environ={"LANG": "C"}) == "en"
    # gettext's order: LANGUAGE first, and C says nothing.
    assert i18n.choose_language(environ={"LANGUAGE": "C:nb", "LANG": "en_GB.UTF-8"}) == "nb"


def _catalogue(language: str, *messages: Message) -> Catalogue:
    return Catalogue(language, {m.key: m for m in messages})


@pytest.fixture
def bokmal() -> Iterator[None]:
    saved = dict(i18n._catalogues)
    i18n._catalogues["nb"] = _catalogue(
        "nb",
        Message(
            "Companies", "Company {0} saved.", forms=("Selskapet {0} er lagret.",), finished=True
        ),
        Message(
            "Companies",
            "%n companies",
            numerus=True,
            forms=("%n selskap", "%n selskaper"),
            finished=True,
        ),
        Message("Companies", "Open", forms=("Åpen",), finished=False),
    )
    before = i18n.current_language()
    i18n.use_language("nb")
    try:
        yield
    finally:
        i18n.use_language(before)
        i18n._catalogues.clear()
        i18n._catalogues.update(saved)


@pytest.mark.usefixtures("bokmal")
def test_translate_speaks_the_current_language_and_counts_in_it() -> None:
    assert i18n.translate("Companies", "Company {0} saved.").format("Aqua") == (
        "Selskapet Aqua er lagret."
    )
    assert i18n.translate("Companies", "%n companies", n=1) == "1 selskap"
    assert i18n.translate("Companies", "%n companies", n=12500) == "12\u00a0500 selskaper"
    # Unfinished is not shown: the translator has not said it is right.
    assert i18n.translate("Companies", "Open") == "Open"
    assert i18n.translate("Elsewhere", "Company {0} saved.") == "Company {0} saved."


@pytest.mark.usefixtures("bokmal")
def test_a_report_can_speak_english_inside_a_norwegian_program() -> None:
    with i18n.speaking("en"):
        assert i18n.translate("Companies", "%n companies", n=2) == "2 companies"
    assert i18n.translate("Companies", "%n companies", n=2) == "2 selskaper"


def test_merging_keeps_translations_and_never_throws_work_away() -> None:
    done = Message("Ctx", "Save", forms=("Lagre",), finished=True)
    old = _catalogue("nb", done, Message("Ctx", "Gone", forms=("Borte",), finished=True))
    found = [
        Message("Ctx", "Save", files=("a.py",)),
        Message("Ctx", "New text", files=("b.py",)),
        Message("Ctx", "%n rows", numerus=True, files=("b.py",)),
    ]
    merged = old.merged(found)
    assert merged.lookup("Ctx", "Save") == "Lagre"
    new = merged.messages[("Ctx", "New text", "")]
    assert not new.finished
    assert merged.messages[("Ctx", "%n rows", "")].forms == ("", "")
    gone = merged.messages[("Ctx", "Gone", "")]
    assert gone.vanished and gone.forms == ("Borte",)
    # What vanished comes back with its translation when the text returns.
    again = merged.merged([Message("Ctx", "Gone")])
    assert again.lookup("Ctx", "Gone") == "Borte"


def test_a_catalogue_reads_back_what_it_wrote(tmp_path: Path) -> None:
    catalogue = _catalogue(
        "nb",
        Message("A", "Q&A <b>", "menu", forms=("S&S <b>",), finished=True, files=("x.py",)),
        Message("A", "%n rows", numerus=True, forms=("%n rad", "%n rader"), finished=True),
        Message("B", "Later", forms=("",)),
    )
    catalogue.write(tmp_path)
    again = Catalogue.load("nb", tmp_path)
    assert again.messages == catalogue.messages
    text = (tmp_path / "accelerator_nb.ts").read_text(encoding="utf-8")
    assert '<TS version="2.1" language="nb_NO">' in text and "<!DOCTYPE TS>" in text


def test_a_translation_that_loses_a_placeholder_is_reported() -> None:
    catalogue = _catalogue(
        "nb",
        Message("A", "Saved {0} of {1}.", forms=("Lagret {0}.",), finished=True),
        Message("A", "%n rows", numerus=True, forms=("én rad", "rader"), finished=True),
        Message("A", "Fine {0}", forms=("Fint {0}",), finished=True),
        Message("A", "Open", forms=("",), finished=False),
    )
    problems = missing(catalogue)
    assert any("'Saved {0} of {1}.'" in p for p in problems)
    assert any("plural form without %n" in p for p in problems)
    assert any("unfinished" in p and "'Open'" in p for p in problems)
    assert not any("Fine" in p for p in problems)
    assert placeholders("{0} of {name} at %n, %1") == ["%1", "%n", "{0}", "{name}"]


def test_the_search_finds_every_way_of_marking_and_refuses_what_cannot_work(
    tmp_path: Path,
) -> None:
    module = tmp_path / "accelerator" / "page.py"
    module.parent.mkdir()
    module.write_text(
        textwrap.dedent(
            """
            from accelerator.i18n import in_context, marked, translate
            _tr = in_context("Formatting")
            STATUS = marked("Status", "Planned")

            class Page:
                def build(self, n, name):
                    self.tr("&Save")
                    self.tr("%n companies", "", n)
                    self.tr("Open", "verb")
                    translate("Errors", "Company {0} not found.")
                    translate("Errors", "%n rows", n=n)
                    _tr("{0} – {1}")
                    "text".translate({})
                    self.tr(name)
                    self.tr(f"Hello {name}")
                    translate(name, "x")
                    translate(name, STATUS)
                    self.window.tr("Print report")

            def outside():
                return self.tr("No class")
            """
        ),
        encoding="utf-8",
    )
    found = extract([module], root=tmp_path)
    keys = {(m.context, m.source, m.disambiguation, m.numerus) for m in found.messages}
    assert keys == {
        ("Formatting", "{0} – {1}", "", False),
        ("Status", "Planned", "", False),
        ("Page", "&Save", "", False),
        ("Page", "%n companies", "", True),
        ("Page", "Open", "verb", False),
        ("Errors", "Company {0} not found.", "", False),
        ("Errors", "%n rows", "", True),
    }
    lines = sorted(p.line for p in found.problems)
    assert lines == [15, 16, 17, 19, 22], [str(p) for p in found.problems]
    assert "f-string" in str(found.problems[1])
    # Qt would look it up under whatever class the window is at run time.
    assert "another object" in str(found.problems[3])


def test_the_texts_of_qts_own_dialogs_come_from_the_installed_qt() -> None:
    messages = qt_messages()
    buttons = {m.source for m in messages if m.context == "QPlatformTheme"}
    assert {"OK", "Cancel", "Save", "&Yes", "&No"} <= buttons
    assert any(m.context == "QFileDialog" for m in messages)
    # Shown by the Qt the program runs on, though its nynorsk catalogue is older.
    assert ("QFileDialog", "&Look in:") in {(m.context, m.source) for m in messages}
    with pytest.raises(ValueError):
        read_qm(b"not a catalogue at all")


def test_every_text_of_the_program_is_translated_into_bokmal_and_counted_in_english() -> None:
    # The source as it is now against the catalogues as committed: a new text that nobody
    # translated, a translation that lost a {0} or a %n, a text marked so that the search
    # cannot read it, or an English counted text without its "1 company" form is named.
    assert problems() == []
