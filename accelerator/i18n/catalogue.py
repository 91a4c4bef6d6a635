"""A language's catalogue: Qt Linguist's ``.ts`` file, read and written without Qt.

One file per language in ``resources/translations`` holds every text a person reads, from
the window, the command line, the services' messages and the reports alike. Translators
open it in Qt Linguist (or any XML-aware editor); the program reads it as it is, so a
finished translation shows on the next start with no compile step.

Messages are keyed as Qt keys them: (context, source text, disambiguation). A text that
depends on a count (``%n companies``) has one form per plural form of the language.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

#: Where the catalogues live: ``resources/translations/accelerator_<code>.ts``.
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"

#: Each language the program speaks, with the Qt name Linguist shows for it.
LANGUAGES: dict[str, str] = {"en": "en_GB", "nb": "nb_NO"}

Key = tuple[str, str, str]

#: ``{0}``, ``{name}``, ``{0:,}``, Qt's ``%n``, ``%Ln``, ``%1`` and the ``%s``, ``%r``,
#: ``%(name)s`` of argparse's own texts: what a translation keeps.
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n|%\d|%\([^)]*\)[sdr]|%[sdr]")


def catalogue_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"accelerator_{language}.ts"


def plural_forms(language: str) -> int:
    """How many forms a counted text takes (bokmål and English: one, and the rest)."""
    return 2


def plural_form(language: str, n: int) -> int:
    """Which form a count takes: "1 selskap", "0 selskaper", "2 selskaper"."""
    return 0 if abs(n) == 1 else 1


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


@dataclass(frozen=True, slots=True)
class Message:
    context: str
    source: str
    disambiguation: str = ""
    numerus: bool = False
    #: One text, or one per plural form for a counted text; empty while untranslated.
    forms: tuple[str, ...] = ()
    finished: bool = False
    #: The source no longer has it; kept so that a translator's work is not thrown away.
    vanished: bool = False
    files: tuple[str, ...] = ()

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.disambiguation)


@dataclass(slots=True)
class Catalogue:
    language: str
    messages: dict[Key, Message] = field(default_factory=dict)

    @classmethod
    def load(cls, language: str, folder: Path = TRANSLATIONS) -> Catalogue:
        path = catalogue_path(language, folder)
        if not path.exists():
            return cls(language)
        return cls.parse(language, path.read_bytes())

    @classmethod
    def parse(cls, language: str, data: bytes) -> Catalogue:
        root = ET.fromstring(data)
        catalogue = cls(language)
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for element in context.iter("message"):
                message = _read_message(name, element)
                catalogue.messages[message.key] = message
        return catalogue

    def lookup(
        self, context: str, source: str, disambiguation: str = "", n: int = -1
    ) -> str | None:
        """The finished translation, or None (the caller shows the source)."""
        message = self.messages.get((context, source, disambiguation))
        if message is None or not message.finished or not message.forms:
            return None
        if message.numerus:
            index = plural_form(self.language, n) if n >= 0 else 0
            text = message.forms[min(index, len(message.forms) - 1)]
        else:
            text = message.forms[0]
        return text or None

    def __iter__(self) -> Iterator[Message]:
        return iter(self.messages.values())

    def merged(self, found: Iterable[Message]) -> Catalogue:
        """This catalogue brought up to date with the messages found in the source.

        A message keeps its translation; a new one comes in unfinished; one the source no
        longer has is marked vanished (and comes back to life with its translation if the
        text returns). A text that changed between counted and plain starts over.
        """
        forms = plural_forms(self.language)
        result = Catalogue(self.language)
        for message in found:
            old = self.messages.get(message.key)
            if old is not None and old.numerus == message.numerus:
                result.messages[message.key] = replace(old, vanished=False, files=message.files)
            else:
                empty = ("",) * (forms if message.numerus else 1)
                result.messages[message.key] = replace(message, forms=empty, finished=False)
        for key, old in self.messages.items():
            if key not in result.messages and any(old.forms):
                result.messages[key] = replace(old, vanished=True, files=())
        return result

    def write(self, folder: Path = TRANSLATIONS) -> Path:
        path = catalogue_path(self.language, folder)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(self.to_bytes())
        return path

    def to_bytes(self) -> bytes:
        root = ET.Element("TS", {"version": "2.1", "language": LANGUAGES[self.language]})
        by_context: dict[str, list[Message]] = {}
        for message in self.messages.values():
            by_context.setdefault(message.context, []).append(message)
        for name in sorted(by_context):
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
            for message in by_context[name]:
                _write_message(context, message)
        ET.indent(root, space="    ")
        body = ET.tostring(root, encoding="unicode")
        return f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n'.encode()


def _read_message(context: str, element: ET.Element) -> Message:
    numerus = element.get("numerus") == "yes"
    translation = element.find("translation")
    kind = translation.get("type", "") if translation is not None else "unfinished"
    if translation is None:
        forms: tuple[str, ...] = ()
    elif numerus:
        forms = tuple(form.text or "" for form in translation.iter("numerusform"))
    else:
        forms = (translation.text or "",)
    return Message(
        context=context,
        source=element.findtext("source") or "",
        disambiguation=element.findtext("comment") or "",
        numerus=numerus,
        forms=forms,
        finished=kind == "",
        vanished=kind in ("vanished", "obsolete"),
        files=tuple(loc.get("filename", "") for loc in element.iter("location")),
    )


def _write_message(context: ET.Element, message: Message) -> None:
    element = ET.SubElement(context, "message", {"numerus": "yes"} if message.numerus else {})
    for filename in message.files:
        ET.SubElement(element, "location", {"filename": filename})
    ET.SubElement(element, "source").text = message.source
    if message.disambiguation:
        ET.SubElement(element, "comment").text = message.disambiguation
    kind = "vanished" if message.vanished else ("" if message.finished else "unfinished")
    translation = ET.SubElement(element, "translation", {"type": kind} if kind else {})
    if message.numerus:
        for form in message.forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = message.forms[0] if message.forms else ""
