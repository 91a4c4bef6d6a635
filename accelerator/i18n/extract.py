"""Finds every text marked for translation in the program's source, and every way of
marking one that cannot work.

What counts as marked, in any layer:

- ``self.tr("…")`` and ``cls.tr("…")`` in a class: the context is the class's name;
- ``translate("Context", "…")``, ``QCoreApplication.translate(…)`` and
  ``QT_TRANSLATE_NOOP("Context", "…")`` (a text marked where it is defined, translated
  where it is shown);
- ``NAME("…")`` in a module that says ``NAME = in_context("Context")``;
- a count as the third argument of ``tr`` or the ``n=`` of ``translate`` makes the text
  counted (``%n`` in it is the number).

What is refused, because the text would never reach the catalogue or never be found in
it: a variable, an f-string or a sum of strings where the text must be; a context that is
not a plain string. ``translate(context, text)`` with both from variables passes on a
pair marked together elsewhere (``QT_TRANSLATE_NOOP("Status", "Planned")`` stored with its
context), and is let through. ``self.tr`` in a base class is fine with PySide6, which looks
the text up under each class of the object's MRO (tests/ui/test_translator.py holds it to
that).
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from accelerator.i18n.catalogue import Message

#: The package's root, so that locations read ``accelerator/ui/pages/users.py``.
ROOT = Path(__file__).resolve().parents[2]

_TRANSLATE = {"translate"}
_NOOP = {"QT_TRANSLATE_NOOP", "marked"}
_CONTEXT_MAKERS = {"in_context"}


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.what}"


@dataclass(slots=True)
class Found:
    messages: list[Message]
    problems: list[Problem]


def extract(paths: Iterable[Path], root: Path = ROOT) -> Found:
    trees: list[tuple[str, ast.Module]] = []
    for path in sorted(paths):
        name = path.resolve().relative_to(root).as_posix()
        trees.append((name, ast.parse(path.read_text(encoding="utf-8"), filename=name)))
    messages: dict[tuple[str, str, str], Message] = {}
    problems: list[Problem] = []
    for name, tree in trees:
        visitor = _Visitor(name)
        visitor.visit(tree)
        problems.extend(visitor.problems)
        for message in visitor.messages:
            old = messages.get(message.key)
            if old is None:
                messages[message.key] = message
            else:
                files = old.files if name in old.files else (*old.files, name)
                numerus = old.numerus or message.numerus
                messages[message.key] = Message(
                    old.context, old.source, old.disambiguation, numerus, files=files
                )
    return Found(list(messages.values()), problems)


def source_files(root: Path = ROOT) -> list[Path]:
    """The program's modules; not its migrations (history) nor this package (its
    ``translate`` passes on texts others marked)."""
    return sorted(
        p
        for p in (root / "accelerator").rglob("*.py")
        if "migrations" not in p.parts and "i18n" not in p.parts
    )


class _Visitor(ast.NodeVisitor):
    def __init__(self, file: str) -> None:
        self.file = file
        self.classes: list[str] = []
        self.wrappers: dict[str, str] = {}
        self.messages: list[Message] = []
        self.problems: list[Problem] = []

    def visit_Module(self, node: ast.Module) -> None:
        # Module-level ``_tr = in_context("Context")`` gives ``_tr("…")`` its context.
        for statement in node.body:
            if (
                isinstance(statement, ast.Assign)
                and len(statement.targets) == 1
                and isinstance(statement.targets[0], ast.Name)
                and isinstance(statement.value, ast.Call)
                and _called(statement.value) in _CONTEXT_MAKERS
            ):
                context = _literal(statement.value.args[0]) if statement.value.args else None
                if context is None:
                    self._problem(statement, "in_context() needs the context as a plain string")
                else:
                    self.wrappers[statement.targets[0].id] = context
        self.generic_visit(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name = _called(node)
        func = node.func
        if name == "tr" and isinstance(func, ast.Attribute) and _is_self(func.value):
            self._tr(node)
        elif name == "tr" and isinstance(func, ast.Attribute) and node.args:
            # window.tr("…"): Qt looks it up under the class of whatever ``window`` is at
            # run time, which the search cannot know.
            self._problem(
                node, "tr() on another object has no context the search can know: use in_context"
            )
        elif name in _NOOP or (name in _TRANSLATE and _translator(func)):
            self._translate(node, counted=name in _TRANSLATE)
        elif isinstance(func, ast.Name) and func.id in self.wrappers:
            self._wrapped(node, self.wrappers[func.id])
        self.generic_visit(node)

    def _tr(self, node: ast.Call) -> None:
        if not self.classes:
            self._problem(node, "tr() outside a class has no context: use translate()")
            return
        # PySide6 looks a text up under each class of the object's MRO in turn, so
        # a text in a base class is found under the base class's name.
        context = self.classes[-1]
        args = node.args
        counted = len(args) >= 3 or any(k.arg == "n" for k in node.keywords)
        self._add(
            node, context, args[0] if args else None, _arg(node, 1, "disambiguation"), counted
        )

    def _translate(self, node: ast.Call, counted: bool) -> None:
        if len(node.args) < 2:
            self._problem(node, "translate() needs a context and a text")
            return
        context = _literal(node.args[0])
        if context is None and counted and _literal(node.args[1]) is None:
            # Both from variables: a pair marked together where it was defined
            # (QT_TRANSLATE_NOOP keeps the context beside the text), translated here.
            return
        if context is None:
            self._problem(node, "the context must be a plain string")
            return
        is_counted = counted and (len(node.args) >= 4 or any(k.arg == "n" for k in node.keywords))
        self._add(node, context, node.args[1], _arg(node, 2, "disambiguation"), is_counted)

    def _wrapped(self, node: ast.Call, context: str) -> None:
        counted = len(node.args) >= 3 or any(k.arg == "n" for k in node.keywords)
        first = node.args[0] if node.args else None
        self._add(node, context, first, _arg(node, 1, "disambiguation"), counted)

    def _add(
        self,
        node: ast.Call,
        context: str,
        text: ast.expr | None,
        disambiguation: ast.expr | None,
        counted: bool,
    ) -> None:
        source = _literal(text) if text is not None else None
        if source is None:
            kind = "an f-string" if isinstance(text, ast.JoinedStr) else "not a plain string"
            self._problem(node, f"the text to translate is {kind}: it never reaches the catalogue")
            return
        comment = ""
        if disambiguation is not None and not _is_none(disambiguation):
            found = _literal(disambiguation)
            if found is None:
                self._problem(node, "the disambiguation must be a plain string")
                return
            comment = found
        if counted and "%n" not in source and "%Ln" not in source:
            self._problem(node, "a counted text needs %n where the number goes")
        self.messages.append(Message(context, source, comment, counted, files=(self.file,)))

    def _problem(self, node: ast.AST, what: str) -> None:
        self.problems.append(Problem(self.file, getattr(node, "lineno", 0), what))


def _called(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _translator(func: ast.expr) -> bool:
    """``translate(…)``, ``i18n.translate(…)`` or Qt's; not ``str.translate`` nor a canvas's."""
    if isinstance(func, ast.Name):
        return True
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name | ast.Attribute):
        owner = func.value.id if isinstance(func.value, ast.Name) else func.value.attr
        return owner in ("QCoreApplication", "QApplication", "i18n")
    return False


def _is_self(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id in ("self", "cls")


def _is_none(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def _literal(node: ast.expr | None) -> str | None:
    """A plain string, also one written in several adjacent pieces ("a" "b")."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _arg(node: ast.Call, index: int, keyword: str) -> ast.expr | None:
    if len(node.args) > index:
        return node.args[index]
    for k in node.keywords:
        if k.arg == keyword:
            return k.value
    return None
