"""argparse's own words ("usage:", "the following arguments are required: %s") in the
program's catalogue: listed from argparse's source, answered from the catalogue, and held
to their placeholders like every other text."""

from __future__ import annotations

import argparse

import pytest

from accelerator import i18n
from accelerator.i18n import argparse_texts
from accelerator.i18n.__main__ import missing
from accelerator.i18n.catalogue import Catalogue, Message
from tests.reports.conftest import use_catalogue


def test_argparse_texts_are_listed_for_the_catalogue() -> None:
    found = {m.source: m for m in argparse_texts.argparse_messages()}
    for text in (
        "usage: ",
        "show this help message and exit",
        "the following arguments are required: %s",
        "expected %s argument",
        "expected %s arguments",
    ):
        assert found[text].context == "argparse" and not found[text].numerus
    # A caller's title passed through _() is no text of argparse's own.
    assert "" not in found and "subcommands" not in found


def test_a_counted_argparse_text_takes_its_form_by_the_count(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    use_catalogue(
        monkeypatch,
        [
            {"context": "argparse", "source": "expected %s argument", "bokmal": "ventet %s arg"},
            {
                "context": "argparse",
                "source": "expected %s arguments",
                "bokmal": "ventet %s argumenter",
            },
        ],
    )
    argparse_texts.install()
    with i18n.speaking("nb"):
        parser = argparse.ArgumentParser(prog="x", exit_on_error=False)
        parser.add_argument("--pair", nargs=2)
        with pytest.raises(argparse.ArgumentError, match="ventet 2 argumenter"):
            parser.parse_args(["--pair", "a"])
        parser = argparse.ArgumentParser(prog="x", exit_on_error=False)
        parser.add_argument("--one", nargs=1)
        with pytest.raises(argparse.ArgumentError, match="ventet 1 arg$"):
            parser.parse_args(["--one"])


def test_a_translation_that_loses_argparses_placeholder_is_caught() -> None:
    catalogue = Catalogue(
        "nb",
        {
            m.key: m
            for m in (
                Message(
                    "argparse",
                    "unrecognized arguments: %s",
                    forms=("ukjente argumenter",),
                    finished=True,
                ),
                Message(
                    "argparse",
                    "invalid choice: %(value)r (choose from %(choices)s)",
                    forms=("ugyldig valg: %(value)r (velg blant %(choices)s)",),
                    finished=True,
                ),
            )
        },
    )
    assert missing(catalogue) == [
        "nb placeholders ['%s'] became []: argparse: 'unrecognized arguments: %s'"
    ]
