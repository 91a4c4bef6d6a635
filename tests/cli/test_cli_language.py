"""The command line in bokmål: its own help and messages, and argparse's words around them,
in the language chosen by --lang, ACCELERATOR_LANG, the window's choice or the system."""

from __future__ import annotations

import argparse
import threading
from pathlib import Path
from typing import Any

import pytest

import accelerator.cli as cli
from accelerator import i18n
from accelerator.cli import main
from accelerator.paths import resolve_paths
from accelerator.settings import save_language
from tests.reports.conftest import use_catalogue

#: A few of the translators' entries (/tmp/tr/cli_reports.json), as the catalogue has them.
BOKMAL: list[dict[str, Any]] = [
    {"context": "argparse", "source": "usage: ", "bokmal": "bruk: "},
    {"context": "argparse", "source": "options", "bokmal": "valg"},
    {"context": "argparse", "source": "positional arguments", "bokmal": "posisjonsargumenter"},
    {
        "context": "argparse",
        "source": "show this help message and exit",
        "bokmal": "vis denne hjelpeteksten og avslutt",
    },
    {
        "context": "argparse",
        "source": "%(prog)s: error: %(message)s\n",
        "bokmal": "%(prog)s: feil: %(message)s\n",
    },
    {
        "context": "argparse",
        "source": "the following arguments are required: %s",
        "bokmal": "disse argumentene må oppgis: %s",
    },
    {
        "context": "argparse",
        "source": "argument %(argument_name)s: %(message)s",
        "bokmal": "argument %(argument_name)s: %(message)s",
    },
    {
        "context": "argparse",
        "source": "invalid choice: %(value)r (choose from %(choices)s)",
        "bokmal": "ugyldig valg: %(value)r (velg blant %(choices)s)",
    },
    {
        "context": "CLI",
        "source": "Keep an acceleration programme's cohorts, milestones and readiness "
        "assessments on record. Without a command, opens the window.",
        "bokmal": "Før oversikt over et akseleratorprograms kull, milepæler og "
        "modenhetsvurderinger. Uten en kommando åpnes vinduet.",
    },
    {
        "context": "CLI",
        "source": "show program's version number and exit",
        "bokmal": "vis programmets versjonsnummer og avslutt",
    },
    {
        "context": "CLI",
        "source": "load a realistic sample programme (safe to run twice)",
        "bokmal": "last inn et realistisk eksempelprogram (trygt å kjøre to ganger)",
    },
    {
        "context": "CLI",
        "source": "write a cohort or company report (PDF)",
        "bokmal": "skriv en kullrapport eller selskapsrapport (PDF)",
    },
    {
        "context": "CLI",
        "source": "there is no database at {0}",
        "bokmal": "det finnes ingen database i {0}",
    },
]


@pytest.fixture(autouse=True)
def texts_and_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    use_catalogue(monkeypatch, BOKMAL)
    monkeypatch.setenv("LANG", "C.UTF-8")
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:  # argparse's --help and its errors
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_the_help_is_bokmal_from_the_first_word_to_the_last(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "--lang", "nb", "--help")
    assert code == 0
    assert out.startswith("bruk: accelerator ")
    assert "Før oversikt over et akseleratorprograms kull" in out
    assert "\nposisjonsargumenter:\n" in out and "\nvalg:\n" in out
    assert "vis denne hjelpeteksten og avslutt" in out
    assert "vis programmets versjonsnummer og avslutt" in out
    assert "last inn et realistisk eksempelprogram" in out
    for english in ("usage:", "options:", "show this help", "Keep an acceleration"):
        assert english not in out


def test_argparse_errors_are_bokmal(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--lang", "nb", "report")
    assert (code, out) == (2, "")
    assert err.splitlines()[0].startswith("bruk: accelerator report ")
    assert err.splitlines()[-1] == ("accelerator report: feil: disse argumentene må oppgis: KIND")
    code, _, err = run(capsys, "--lang", "nb", "users", "remove", "kari")
    assert code == 2
    assert "argument ACTION: ugyldig valg: 'remove' (velg blant " in err


def test_the_programs_own_messages_are_bokmal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing_file = tmp_path / "x.db"
    code, _, err = run(
        capsys, "--lang", "nb", "--data-dir", str(tmp_path), "--db", str(missing_file), "check"
    )
    assert (code, err) == (1, f"accelerator: det finnes ingen database i {missing_file}\n")


@pytest.mark.parametrize(
    ("chosen", "in_bokmal"),
    [
        ({"flag": "nb"}, True),
        ({"environment": "nb"}, True),
        ({"setting": "nb"}, True),
        ({"system": "nb_NO.UTF-8"}, True),
        ({"system": "en_GB.UTF-8"}, False),
        # The flag wins over the environment, the environment over the window's choice,
        # and that over the system.
        ({"flag": "en", "environment": "nb"}, False),
        ({"environment": "en", "setting": "nb"}, False),
        ({"setting": "en", "system": "nb_NO.UTF-8"}, False),
    ],
)
def test_the_language_is_chosen_in_order(
    chosen: dict[str, str],
    in_bokmal: bool,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    args = ["--data-dir", str(tmp_path)]
    if "flag" in chosen:
        args += ["--lang", chosen["flag"]]
    if "environment" in chosen:
        monkeypatch.setenv(i18n.ENVIRONMENT, chosen["environment"])
    if "setting" in chosen:
        save_language(resolve_paths(tmp_path), chosen["setting"])
    if "system" in chosen:
        monkeypatch.setenv("LANG", chosen["system"])
    code, out, _ = run(capsys, *args, "--help")
    assert code == 0
    assert out.startswith("bruk: " if in_bokmal else "usage: ")


def test_a_reports_own_language_does_not_change_the_command_lines(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # After the command, --lang is the report's: the command line keeps its own language.
    code, _, err = run(capsys, "--lang", "nb", "report", "cohort", "X", "--lang", "en")
    assert code == 2 and "feil: disse argumentene må oppgis: -o/--output" in err
    code, _, err = run(capsys, "report", "cohort", "X", "--lang", "nb")
    assert code == 2 and "error: the following arguments are required: -o/--output" in err


def test_the_command_line_leaves_the_callers_language_as_it_was(
    capsys: pytest.CaptureFixture[str],
) -> None:
    run(capsys, "--lang", "nb", "--help")
    assert i18n.current_language() == "en"
    assert argparse._("usage: ") == "usage: "  # type: ignore[attr-defined]


def test_the_window_speaks_the_chosen_language_on_every_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard: dict[str, str] = {}

    def open_window(paths: object, target: str, language_flag: str | None) -> int:
        heard["window"] = i18n.current_language()
        # A worker thread of the window's (a report, an import) starts with no context.
        worker = threading.Thread(target=lambda: heard.update(worker=i18n.current_language()))
        worker.start()
        worker.join()
        return 0

    monkeypatch.setattr(cli, "_open_window", open_window)
    monkeypatch.setenv(i18n.ENVIRONMENT, "nb")
    assert main(["--data-dir", str(tmp_path)]) == 0
    assert heard == {"window": "nb", "worker": "nb"}
    # Once the window is closed, a caller in the same process has its own language back.
    assert i18n.current_language() == "en"
