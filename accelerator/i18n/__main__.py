"""``python -m accelerator.i18n update|check``: the translators' one command.

``update`` (``make translations``) finds every marked text in the source and brings each
catalogue in ``resources/translations`` up to date: new texts come in unfinished, texts
the source dropped are kept as vanished. ``check`` says what is missing and exits 1.
"""

from __future__ import annotations

import argparse
import sys

from accelerator.i18n.argparse_texts import argparse_messages
from accelerator.i18n.catalogue import LANGUAGES, Catalogue, Message, placeholders
from accelerator.i18n.extract import Found, extract, source_files
from accelerator.i18n.qt import qt_messages

#: English needs a catalogue only for its counted texts ("1 company", "2 companies").
SOURCE_LANGUAGE = "en"


def needs_translation(language: str, message: Message) -> bool:
    return language != SOURCE_LANGUAGE or message.numerus


def missing(catalogue: Catalogue) -> list[str]:
    """What a person would see untranslated, or translated with a placeholder lost."""
    problems = []
    for message in catalogue:
        if message.vanished or not needs_translation(catalogue.language, message):
            continue
        where = f"{message.context}: {message.source!r}"
        if not message.finished or not all(message.forms):
            problems.append(f"{catalogue.language} unfinished: {where}")
            continue
        wanted = placeholders(message.source)
        for form in message.forms:
            if message.numerus:
                # A singular may say "one" instead of the number; the other forms keep it.
                have = [p for p in placeholders(form) if p not in ("%n", "%Ln")]
                need = [p for p in wanted if p not in ("%n", "%Ln")]
                if form is message.forms[-1] and not any(p in form for p in ("%n", "%Ln")):
                    problems.append(f"{catalogue.language} plural form without %n: {where}")
            else:
                have, need = placeholders(form), wanted
            if sorted(have) != sorted(need):
                problems.append(f"{catalogue.language} placeholders {need} became {have}: {where}")
    return problems


def everything() -> Found:
    """The program's marked texts and those of Qt's widgets and of argparse it shows."""
    found = extract(source_files())
    found.messages.extend(qt_messages())
    found.messages.extend(argparse_messages())
    return found


def update() -> int:
    found = everything()
    for problem in found.problems:
        print(problem, file=sys.stderr)
    for language in LANGUAGES:
        wanted = [m for m in found.messages if needs_translation(language, m)]
        merged = Catalogue.load(language).merged(wanted)
        path = merged.write()
        open_ = sum(1 for m in merged if not m.vanished and not m.finished)
        print(f"{path.name}: {len(wanted)} texts, {open_} to translate")
    return 1 if found.problems else 0


def problems() -> list[str]:
    """Everything that keeps a person from reading the program in every language: a
    text marked so that it cannot be found, one not in a catalogue, one unfinished, one
    whose translation lost a placeholder."""
    found = everything()
    found_problems = [str(p) for p in found.problems]
    for language in LANGUAGES:
        catalogue = Catalogue.load(language)
        for message in found.messages:
            if needs_translation(language, message) and message.key not in catalogue.messages:
                found_problems.append(
                    f"{language} not in the catalogue: {message.context}: {message.source!r}"
                )
        found_problems += missing(catalogue)
    return found_problems


def check() -> int:
    found_problems = problems()
    for problem in found_problems:
        print(problem)
    return 1 if found_problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m accelerator.i18n", description=__doc__)
    parser.add_argument("command", choices=["update", "check"])
    args = parser.parse_args(argv)
    return update() if args.command == "update" else check()


if __name__ == "__main__":
    raise SystemExit(main())
