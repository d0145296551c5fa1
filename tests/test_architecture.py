"""The core stays Qt-free, and the core and the command line import each other in no circle."""

from __future__ import annotations

import ast
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import kiosk
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


# The shell and its features (issue 14, docs/architecture.md). A feature is a package under
# kiosk/ui; it sees the kiosk only through the Host protocol (kiosk/ui/shell/host.py), and only the
# composition root connects it.
FEATURES = ("treatment", "accessibility", "unattended")
PARTS = ("screens", "layers", "widgets")  # know no feature
COMPOSITION_ROOT = "kiosk.ui.shell.compose"
ENTRY_POINTS = {"kiosk.cli", "kiosk.ui.launch"}
# What a feature must never touch: the window's own widgets.
WINDOW_INSIDES = {"header", "footer", "stack", "central", "home_screen", "section_screen", "page_screen"}
WINDOW_CLASSES = {"MainWindow", "HeaderBar", "FooterBar"}
PACKAGE = Path(kiosk.core.__path__[0]).parent


def group_of(module: str) -> str:
    """ "treatment" for kiosk.ui.treatment.take_home, "shell" for kiosk.ui.shell.idle, "" outside ui."""
    parts = module.split(".")
    return parts[2] if len(parts) > 3 and parts[:2] == ["kiosk", "ui"] else ""


def module_path(name: str) -> Path:
    return PACKAGE.parent.joinpath(*name.split(".")).with_suffix(".py")


def test_the_tree_shows_the_design() -> None:
    groups = {group_of(name) for name in KIOSK_GRAPH} - {""}
    assert groups == {"shell", *FEATURES, *PARTS}
    flat = sorted(
        n for n in KIOSK_GRAPH if n.count(".") == 2 and n.startswith("kiosk.ui.") and n[9:] not in groups
    )
    assert flat == ["kiosk.ui.launch"]


def test_the_core_imports_nothing_of_the_user_interface() -> None:
    reaching = {
        name: sorted(t for t in targets if t.startswith("kiosk.ui"))
        for name, targets in KIOSK_GRAPH.items()
        if name.startswith("kiosk.core")
    }
    assert {name: targets for name, targets in reaching.items() if targets} == {}


def test_features_import_neither_the_main_window_nor_each_other() -> None:
    wrong = {
        module: sorted(
            target
            for target in targets
            if target == "kiosk.ui.shell.main_window"
            or (group_of(target) in FEATURES and group_of(target) != group_of(module))
        )
        for module, targets in KIOSK_GRAPH.items()
        if group_of(module) in FEATURES
    }
    assert {module: targets for module, targets in wrong.items() if targets} == {}


def test_screens_layers_and_widgets_import_no_feature() -> None:
    wrong = {
        module: sorted(target for target in targets if group_of(target) in FEATURES)
        for module, targets in KIOSK_GRAPH.items()
        if group_of(module) in PARTS
    }
    assert {module: targets for module, targets in wrong.items() if targets} == {}


def test_only_the_composition_root_connects_features() -> None:
    """Each feature is connected by its ``feature`` module, and only compose.py imports those. The
    entry points may run a feature's stand-alone part for a command (the speech helper process,
    ``kiosk handout``)."""
    connectors = {f"kiosk.ui.{feature}.feature" for feature in FEATURES}
    importers = {name for name, targets in KIOSK_GRAPH.items() if targets & connectors}
    assert importers == {COMPOSITION_ROOT}
    reaching_in = {
        name
        for name, targets in KIOSK_GRAPH.items()
        if group_of(name) not in FEATURES and any(group_of(t) in FEATURES for t in targets)
    }
    assert reaching_in <= {COMPOSITION_ROOT, *ENTRY_POINTS}


def reaches_into_the_window(path: Path) -> list[str]:
    """Uses like ``window.header`` or ``self.host.stack`` in one file (a class's own ``self.footer``
    is its own business), and imports of the window's classes."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        own = isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self"
        if isinstance(node, ast.Attribute) and node.attr in WINDOW_INSIDES and not own:
            found.append(f"{path.name}:{node.lineno} .{node.attr}")
        if isinstance(node, ast.ImportFrom):
            found += [f"{path.name}:{node.lineno} {a.name}" for a in node.names if a.name in WINDOW_CLASSES]
    return sorted(found)


def test_no_feature_reaches_into_the_window() -> None:
    features = sorted(name for name in KIOSK_GRAPH if group_of(name) in FEATURES)
    found = [use for module in features for use in reaches_into_the_window(module_path(module))]
    assert found == []


def test_the_window_check_sees_a_reach(tmp_path: Path) -> None:
    feature = tmp_path / "feature.py"
    feature.write_text(
        "from kiosk.ui.shell.chrome import FooterBar\n"
        "def wire(self, host):\n"
        "    host.header.contrast_button.clicked.connect(print)\n"
        "    self.window.stack.currentWidget()\n"
        "    self.footer = None  # its own\n"
    )
    assert reaches_into_the_window(feature) == [
        "feature.py:1 FooterBar",
        "feature.py:3 .header",
        "feature.py:4 .stack",
    ]


def test_only_the_input_router_filters_the_whole_application() -> None:
    """One application-wide event filter, with a table of handlers (shell/input_router.py)."""
    installs = [
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if re.search(r"\b(app|application|qapp|self|instance\(\))\.installEventFilter\(", path.read_text())
    ]
    assert installs == ["ui/shell/input_router.py"]


def layer_classes_added_to_the_host() -> set[type]:
    """Every class a feature hands to ``host.add_layer``, as a class or as a lambda that builds it."""
    import importlib

    root = Path(kiosk.__file__).parent
    found: set[type] = set()
    for path in sorted((root / "ui").rglob("*.py")):
        module_name = ".".join(path.relative_to(root.parent).with_suffix("").parts)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr != "add_layer" or not node.args:
                continue
            made = node.args[0]
            if isinstance(made, ast.Lambda) and isinstance(made.body, ast.Call):
                made = made.body.func
            assert isinstance(made, ast.Name), f"{path}: add_layer with {ast.dump(made)}"
            found.add(getattr(importlib.import_module(module_name), made.id))
    return found


def test_every_full_window_layer_derives_from_the_one_layer_base() -> None:
    from kiosk.ui.layers.base import Layer
    from kiosk.ui.layers.idle_warning import IdleOverlay
    from kiosk.ui.treatment.take_home import TakeHomePanel

    added = layer_classes_added_to_the_host()
    assert TakeHomePanel in added and len(added) >= 7  # the scan finds the features' layers
    not_layers = sorted(cls.__name__ for cls in added | {IdleOverlay} if not issubclass(cls, Layer))
    assert not_layers == []
