"""fairdesk's import graph has no cycle, and no layer imports a higher one.

Layers, low to high: base (``fairdesk``, ``fairdesk.base``, ``fairdesk.resources``) ->
storage -> core -> reports -> commands and gui (and ``fairdesk.cli``). Imports inside
``if TYPE_CHECKING:`` are for annotations only and are left out; imports inside functions
count (they run).
"""

from __future__ import annotations

import ast
from pathlib import Path

import fairdesk

PACKAGE = Path(fairdesk.__file__).parent
LAYERS = (("fairdesk.base", "fairdesk.resources"), ("fairdesk.storage",), ("fairdesk.core",),
          ("fairdesk.reports",), ("fairdesk.commands", "fairdesk.gui", "fairdesk.cli",
                                  "fairdesk.__main__"))
LAYER_NAMES = ("base", "storage", "core", "reports", "commands/gui")


def module_files(package_dir: Path) -> dict[str, Path]:
    """Every module of the package at ``package_dir``, by dotted name."""
    found = {}
    for path in package_dir.rglob("*.py"):
        parts = [package_dir.name, *path.relative_to(package_dir).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _is_type_checking(test: ast.expr) -> bool:
    return "TYPE_CHECKING" in ast.unparse(test)


class _Imports(ast.NodeVisitor):
    """The modules of ``known`` that one module imports (``from a import b``: ``a.b`` when
    that is a module, else ``a``)."""

    def __init__(self, name: str, is_package: bool, known: set[str]) -> None:
        self.name, self.is_package, self.known = name, is_package, known
        self.found: dict[str, int] = {}

    def visit_If(self, node: ast.If) -> None:
        for child in (node.orelse if _is_type_checking(node.test) else [*node.body, *node.orelse]):
            self.visit(child)

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._add(alias.name, node.lineno)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        base = node.module or ""
        if node.level:
            parts = self.name.split(".")[: len(self.name.split(".")) - node.level
                                          + (1 if self.is_package else 0)]
            base = ".".join([*parts, *([base] if base else [])])
        for alias in node.names:
            sub = f"{base}.{alias.name}"
            self._add(sub if sub in self.known else base, node.lineno)

    def _add(self, target: str, line: int) -> None:
        if target in self.known and target != self.name:
            self.found.setdefault(target, line)


def import_graph(package_dir: Path) -> dict[str, dict[str, int]]:
    """module -> {imported module: line of the first import}."""
    files = module_files(package_dir)
    graph = {}
    for name, path in files.items():
        visitor = _Imports(name, path.name == "__init__.py", set(files))
        visitor.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        graph[name] = visitor.found
    return graph


def cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """Each group of modules that import one another in a circle (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while not group or group[-1] != node:
                group.append(stack.pop())
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def layer(name: str, root: str = "fairdesk") -> int:
    """The layer of a module; the package itself is base."""
    for level, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            prefix = root + prefix[len("fairdesk"):]
            if name == prefix or name.startswith(prefix + "."):
                return level
    return 0


def upward_imports(graph: dict[str, dict[str, int]], root: str = "fairdesk") -> list[str]:
    """Each import from a lower layer to a higher one, as 'module:line -> target (layers)'."""
    return [f"{name}:{line} -> {target} ({LAYER_NAMES[layer(name, root)]} imports "
            f"{LAYER_NAMES[layer(target, root)]})"
            for name, targets in sorted(graph.items()) for target, line in targets.items()
            if layer(target, root) > layer(name, root)]


def test_fairdesk_has_no_import_cycle():
    graph = import_graph(PACKAGE)
    assert "fairdesk.core.fair" in graph and "fairdesk.gui.main_window" in graph
    assert cycles(graph) == []


def test_no_layer_imports_a_higher_one():
    assert upward_imports(import_graph(PACKAGE)) == []


def _write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def test_the_checks_find_a_cycle_and_an_upward_import(tmp_path: Path):
    """The two checks can fail: a package with a cycle (one edge a function-level import,
    one relative) and storage importing the core; an import for annotations only is fine."""
    package = _write(tmp_path / "fairdesk", {
        "__init__.py": "",
        "core/__init__.py": "",
        "core/a.py": "from fairdesk.core import b\n",
        "core/b.py": "def f():\n    from . import a\n",
        "core/c.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                     "    from fairdesk.gui import page\n",
        "storage/__init__.py": "",
        "storage/schema.py": "import os\nfrom fairdesk.core.a import thing\n",
        "gui/__init__.py": "",
        "gui/page.py": "from fairdesk.core import c\n",
    })
    graph = import_graph(package)
    assert cycles(graph) == [["fairdesk.core.a", "fairdesk.core.b"]]
    assert upward_imports(graph) == [
        "fairdesk.storage.schema:2 -> fairdesk.core.a (storage imports core)"]
