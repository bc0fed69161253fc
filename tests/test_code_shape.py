"""The shape DESIGN.md §4 asks of careplan/ and ui/: no import cycles, small modules.

Both checks read the sources (ast), so they see every import, including those made
inside a function or under TYPE_CHECKING: a cycle hidden in a function body is still
two modules that cannot be understood, tested or moved one without the other.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("careplan", "ui")
MAX_LINES = 500

# Modules allowed past MAX_LINES, each with the reason. An entry that no longer
# applies (the module shrank or went away) fails the test, so the list stays true.
OVER_LIMIT: dict[str, str] = {}

# Packages that gather their submodules at their very end so that they register, the
# submodules importing the package's own names: the gathering import is not counted.
GATHERING: dict[str, str] = {
    "careplan.models": (
        "the tables, declared in careplan/models/<topic>.py, are imported at the end of the "
        "package so SQLAlchemy knows them and they are importable from it; they import Base "
        "from it"
    ),
}

# Import cycles allowed for now, each with the reason; the same rule applies.
KNOWN_CYCLES: dict[frozenset[str], str] = {}


def _modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def _imported(module: str, path: Path, known: set[str]) -> Iterator[str]:
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                # ``from . import x`` inside a package's __init__ is relative to the package.
                drop = node.level - 1 if is_package else node.level
                base = base[: len(base) - drop] if drop else base
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            for alias in node.names:
                submodule = f"{target}.{alias.name}"
                yield submodule if submodule in known else target


def import_graph() -> dict[str, set[str]]:
    """Each module under careplan/ and ui/ with the project modules it imports.

    Importing ``a.b.c`` also runs ``a`` and ``a.b``; those implicit parent imports are
    left out, and so are the gathering imports of the packages in :data:`GATHERING`.
    """
    modules = _modules()
    known = set(modules)
    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        targets = set()
        for name in _imported(module, path, known):
            while name and name not in known:
                name = name.rpartition(".")[0]
            gathered = module in GATHERING and name.startswith(module + ".")
            if name and name != module and not gathered:
                targets.add(name)
        graph[module] = targets
    return graph


def cycles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(frozenset(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_import_graph_sees_relative_and_function_level_imports() -> None:
    graph = import_graph()
    # careplan/services/__init__.py gathers its services with relative imports.
    assert "careplan.services.patients" in graph["careplan.services"]
    # ui/app.py imports the core it starts.
    assert any(target.startswith("careplan") for target in graph["ui.app"])


def test_cycles_finds_a_cycle_and_nothing_else() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert cycles(graph) == [frozenset({"a", "b", "c"})]


def test_no_import_cycles_among_careplan_and_ui_modules() -> None:
    found = set(cycles(import_graph()))
    unexpected = sorted(sorted(c) for c in found - set(KNOWN_CYCLES))
    stale = sorted(sorted(c) for c in set(KNOWN_CYCLES) - found)
    assert unexpected == [], "import cycles"
    assert stale == [], "KNOWN_CYCLES lists cycles that are gone: remove them"


def test_no_module_passes_500_lines_without_a_written_reason() -> None:
    sizes = {
        str(path.relative_to(ROOT)): len(path.read_text(encoding="utf-8").splitlines())
        for path in _modules().values()
    }
    too_long = {name: n for name, n in sizes.items() if n > MAX_LINES and name not in OVER_LIMIT}
    stale = sorted(name for name in OVER_LIMIT if sizes.get(name, 0) <= MAX_LINES)
    assert too_long == {}, f"modules over {MAX_LINES} lines: split them or list them with a reason"
    assert stale == [], "OVER_LIMIT lists modules that are now small enough (or gone): remove them"
    assert all(reason.strip() for reason in OVER_LIMIT.values())
