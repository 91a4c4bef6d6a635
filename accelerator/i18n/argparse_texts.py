"""argparse's own texts ("usage:", "show this help message and exit", "the following
arguments are required: %s"...) in the program's catalogue, so that the command line's
help and errors are bokmål from the first word to the last.

argparse words them in English and asks gettext for a translation, through the names
``_`` and ``ngettext`` it imported from gettext; gettext knows no bokmål for them (Python
ships no catalogue). :func:`install` has argparse ask the program's catalogue instead.
:func:`argparse_messages` lists the texts for the catalogue, read from the source of the
argparse the program runs on (as :mod:`accelerator.i18n.qt` reads Qt's), so a new
Python's new texts come in unfinished.
"""

from __future__ import annotations

import argparse
import ast
import inspect
from pathlib import Path

from accelerator.i18n import current_language, translate
from accelerator.i18n.catalogue import Message, plural_form

#: The context of argparse's texts in the catalogue.
CONTEXT = "argparse"


def argparse_messages(source: Path | None = None) -> list[Message]:
    """Every text argparse hands to ``_()`` or ``ngettext()``, as plain (uncounted) texts.

    gettext's counted texts come in pairs (singular, plural) with the count as ``%s``;
    the catalogue's counted texts are one text with ``%n``. Bokmål and English both choose
    between the same two forms (one, and the rest), so each of the pair is a text of its
    own and :func:`install` picks one by the count.
    """
    path = source if source is not None else Path(inspect.getfile(argparse))
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=path.name)
    where = "Python: " + path.name
    found: dict[str, Message] = {}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        texts = {"_": node.args[:1], "ngettext": node.args[:2]}.get(node.func.id, [])
        for arg in texts:
            # ``_(kwargs.pop('title', ...))`` passes on a caller's text: nothing to list.
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value:
                found.setdefault(arg.value, Message(CONTEXT, arg.value, files=(where,)))
    return sorted(found.values(), key=lambda m: m.source)


def _gettext(text: str) -> str:
    return translate(CONTEXT, text)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return translate(CONTEXT, singular if plural_form(current_language(), n) == 0 else plural)


def install() -> None:
    """Has argparse word its help and errors in the current language from now on.

    argparse looks ``_`` and ``ngettext`` up in its own module each time it words
    something, so replacing those two names is the one place its texts can be reached
    from outside (its classes build the words deep inside, at parse and help time). The
    language is read at that moment (``current_language``), so the same parser speaks
    whatever language the caller is speaking; in English every text comes back as it is.
    """
    names = vars(argparse)
    names["_"] = _gettext
    names["ngettext"] = _ngettext


__all__ = ["CONTEXT", "argparse_messages", "install"]
