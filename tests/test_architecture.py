"""The core stays Qt-free, and the core and the command line import each other in no circle."""

from __future__ import annotations

import ast
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import kiosk.core

CORE_MODULES = sorted(f"kiosk.core.{m.name}" for m in pkgutil.iter_modules(kiosk.core.__path__))


def test_core_imports_without_qt() -> None:
    script = (
        "import sys; sys.modules['PySide6'] = None\n"
        + "".join(f"import {name}\n" for name in CORE_MODULES)
        + "import kiosk.cli, kiosk.commands\n"
        + "print('ok')"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.stdout.strip() == "ok", result.stderr


def test_core_has_the_modules_the_design_names() -> None:
    assert {
        "kiosk.core.config",
        "kiosk.core.content",
        "kiosk.core.markdown_render",
        "kiosk.core.checker",
    } <= set(CORE_MODULES)


def imports_of(path: Path, known: set[str]) -> set[str]:
    """The kiosk modules one file imports, at the top or inside a function (a lazy import is an edge too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                found.add(submodule if submodule in known else node.module)
    return found & known


def import_graph(package: Path, prefix: str) -> dict[str, set[str]]:
    files = {
        ".".join((prefix, *path.relative_to(package).with_suffix("").parts)).removesuffix(".__init__"): path
        for path in package.rglob("*.py")
    }
    return {name: imports_of(path, set(files)) - {name} for name, path in files.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every import circle, each once, as the path that closes it."""
    found: list[list[str]] = []

    def walk(module: str, path: list[str]) -> None:
        for target in sorted(graph.get(module, ())):
            if target == path[0]:
                found.append([*path, target])
            elif target not in path and target > path[0]:  # each circle from its smallest module
                walk(target, [*path, target])

    for start in sorted(graph):
        walk(start, [start])
    return found


KIOSK_GRAPH = import_graph(Path(kiosk.core.__path__[0]).parent, "kiosk")


def test_the_import_graph_sees_lazy_imports() -> None:
    assert "kiosk.commands" in KIOSK_GRAPH["kiosk.cli"]  # imported inside main()
    assert {"kiosk.core.content", "kiosk.core.glossary"} <= KIOSK_GRAPH["kiosk.core.checker"]


def test_the_core_and_the_command_line_have_no_import_circles() -> None:
    outside_ui = {name: targets for name, targets in KIOSK_GRAPH.items() if not name.startswith("kiosk.ui")}
    assert cycles(outside_ui) == []


def test_the_circle_finder_finds_a_circle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set()}
    assert cycles(graph) == [["a", "b", "c", "a"]]


def test_the_languages_are_declared_in_one_table() -> None:
    """Their names and locales live in kiosk/core/languages.py; nowhere else spells them out."""
    package = Path(kiosk.core.__path__[0]).parent
    table = package / "core" / "languages.py"
    spelled_out = [
        path.relative_to(package.parent).as_posix()
        for path in package.rglob("*.py")
        if path != table and re.search(r"Español|es_419|en_US|\(\"en\", \"es\"\)", path.read_text())
    ]
    assert spelled_out == []
