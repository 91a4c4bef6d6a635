"""The program's languages: bokmål and English, one catalogue each, for every layer.

The services, the command line and the reports translate with ``translate()`` here,
which knows no Qt; the window installs a translator over the same catalogues
(``accelerator/ui/translator.py``), so a text reads the same wherever it is shown.

The language is the process's (``use_language``), chosen once at start from
``--lang``, ``ACCELERATOR_LANG``, the window's setting and the system's locale, in that
order. A report may speak another (``speaking("en")``): a Norwegian coordinator prints an
English company report for a foreign investor.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar

from accelerator.i18n.catalogue import LANGUAGES, Catalogue

DEFAULT = "en"
ENVIRONMENT = "ACCELERATOR_LANG"

#: Locale names that mean Norwegian: bokmål, nynorsk (no catalogue of its own: bokmål is
#: closer than English) and the old ``no``.
_NORWEGIAN = ("nb", "nn", "no")

_language = DEFAULT
_speaking: ContextVar[str | None] = ContextVar("speaking", default=None)
_catalogues: dict[str, Catalogue] = {}
_lock = threading.Lock()


def language_of_locale(name: str | None) -> str | None:
    """``nb_NO.UTF-8``, ``nn``, ``no_NO`` give bokmål; ``en_US`` English; ``C`` nothing."""
    if not name:
        return None
    code = name.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    if code in _NORWEGIAN:
        return "nb"
    if code in ("", "c", "posix"):
        return None
    return "en"


def system_language(environ: Mapping[str, str] = os.environ) -> str:
    """The language the system's locale asks for, as gettext reads it."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for name in environ.get(variable, "").split(":"):
            found = language_of_locale(name)
            if found is not None:
                return found
    return DEFAULT


def parse_language(value: str | None) -> str | None:
    """A language a person named (``nb``, ``no``, ``nb_NO``, ``en``), or None if unknown."""
    if not value:
        return None
    code = language_of_locale(value)
    short = value.split("_")[0].split(".")[0].lower()
    return code if short in (*_NORWEGIAN, *LANGUAGES) else None


def choose_language(
    flag: str | None = None,
    setting: str | None = None,
    environ: Mapping[str, str] = os.environ,
) -> str:
    """``--lang``, then ``ACCELERATOR_LANG``, then the window's setting, then the system."""
    for asked in (flag, environ.get(ENVIRONMENT), setting):
        found = parse_language(asked)
        if found is not None:
            return found
    return system_language(environ)


def use_language(language: str) -> None:
    """The language of everything the process says from now on."""
    global _language
    if language not in LANGUAGES:
        raise ValueError(f"no catalogue for {language!r}")
    _language = language


def current_language() -> str:
    return _speaking.get() or _language


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Within the block, this thread's texts are in ``language`` (a report's own)."""
    if language not in LANGUAGES:
        raise ValueError(f"no catalogue for {language!r}")
    token = _speaking.set(language)
    try:
        yield
    finally:
        _speaking.reset(token)


def catalogue(language: str) -> Catalogue:
    found = _catalogues.get(language)
    if found is None:
        with _lock:
            found = _catalogues.get(language)
            if found is None:
                found = _catalogues[language] = Catalogue.load(language)
    return found


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the current language; ``%n`` in a counted text is the count."""
    language = current_language()
    text = catalogue(language).lookup(context, source, disambiguation or "", n)
    if text is None:
        text = source
    if n >= 0 and "%" in text:
        number = group_digits(n, language)
        text = text.replace("%Ln", number).replace("%n", number)
    return text


def marked(context: str, source: str) -> str:
    """Marks a text for the catalogue where it is defined; ``translate`` it where shown."""
    return source


def in_context(context: str) -> Callable[..., str]:
    """``_tr = in_context("Reports")`` then ``_tr("Cohort report")``: a module's texts."""

    def tr(source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(context, source, disambiguation, n)

    return tr


def group_digits(n: int, language: str) -> str:
    """``12 500`` (with a no-break space) in bokmål, ``12,500`` in English."""
    separator = "\u00a0" if language == "nb" else ","
    sign = "\u2212" if n < 0 else ""
    return sign + f"{abs(n):,}".replace(",", separator)


__all__ = [
    "LANGUAGES",
    "catalogue",
    "choose_language",
    "current_language",
    "group_digits",
    "in_context",
    "language_of_locale",
    "marked",
    "parse_language",
    "speaking",
    "system_language",
    "translate",
    "use_language",
]
