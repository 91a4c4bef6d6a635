"""How the modules of accelerator/ import each other, read by grimp from every import
statement (inside functions and under TYPE_CHECKING too).

No module imports itself round a circle: a circle hides which module is the higher one.
app.py and cli/ imported each other, and the main window and the areas it installs did,
so none of them could be read, tested or changed on its own. The top-level parts (app,
cli, ui, services, db, ...) are held to the same rule: a part may use the ones below it,
never one above. And the window reaches the database only through the services.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import grimp

ROOT = "accelerator"


def _graph() -> grimp.ImportGraph:
    # No cache: the tests must not write a .grimp_cache into the working tree.
    return grimp.build_graph(ROOT, cache_dir=None)


def _circles(imports: Mapping[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in imports.get(module, ()):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(imports):
        if module not in index:
            visit(module)
    return found


def _described(circles: Iterable[list[str]], imports: Mapping[str, set[str]]) -> str:
    lines = []
    for group in circles:
        members = set(group)
        lines.append("a circle of " + ", ".join(group) + ":")
        for module in group:
            inside = sorted(imports.get(module, set()) & members)
            lines.append(f"  {module} imports {', '.join(inside)}")
    return "\n".join(lines)


def _module_imports(graph: grimp.ImportGraph) -> dict[str, set[str]]:
    return {m: set(graph.find_modules_directly_imported_by(m)) for m in graph.modules}


def _part(module: str) -> str:
    """accelerator.ui.pages.companies -> accelerator.ui"""
    return ".".join(module.split(".")[:2])


def test_no_module_imports_itself_round_a_circle() -> None:
    imports = _module_imports(_graph())
    circles = _circles(imports)
    assert not circles, _described(circles, imports)


def test_the_top_level_parts_import_only_downwards() -> None:
    parts: dict[str, set[str]] = {}
    for module, imported in _module_imports(_graph()).items():
        if module == ROOT:
            continue  # the package itself (its version) is below everything
        part = _part(module)
        parts.setdefault(part, set()).update(
            _part(m) for m in imported if m != ROOT and _part(m) != part
        )
    circles = _circles(parts)
    assert not circles, _described(circles, parts)


def test_the_window_never_opens_the_database_itself() -> None:
    """Engines, the instance lock and the opening checks are the services' to use
    (services/startup.py, SafetyService): no module of the window imports accelerator.db."""
    graph = _graph()
    reaching = sorted(
        f"{module} imports {imported}"
        for module in graph.find_descendants(f"{ROOT}.ui")
        for imported in graph.find_modules_directly_imported_by(module)
        if imported == f"{ROOT}.db" or imported.startswith(f"{ROOT}.db.")
    )
    assert not reaching, "\n".join(reaching)


def test_a_circle_is_found_and_named() -> None:
    """The finder itself: a circle through three modules, and a tail that is not in it."""
    imports = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _circles(imports) == [["a", "b", "c"]]
    assert "a imports b" in _described(_circles(imports), imports)
    assert _circles({"a": {"b"}, "b": set()}) == []
