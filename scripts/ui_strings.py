"""Every interface string in the source, found the way Qt's lupdate would if it knew our tr() helpers.

pyside6-lupdate reads Python only partly: it files a module-level ``tr("Back")`` under an empty context
(not the context the module's helper passes at run time) and misses plurals whose count is a variable.
So ``make translations`` runs this first. It reads the source with ``ast``, resolves each module's
helper (``def tr(text): return QCoreApplication.translate("Chrome", text)``) to its context, and writes
a small Python file of plain ``QCoreApplication.translate("Chrome", "Back")`` calls that lupdate reads
exactly; lupdate then merges it into the ``.ts`` files, keeping every existing translation.

Recognised: a module-level helper whose body calls ``translate``/``translate_n``/
``QCoreApplication.translate`` with a literal context and its own first parameter (used directly or
imported from another kiosk module; a second argument or ``n=`` makes the call a plural),
``translate("Ctx", "text")``, ``translate_n("Ctx", "text", n)``, ``QCoreApplication.translate("Ctx",
"text", None, n)``, ``QT_TRANSLATE_NOOP("Ctx", "text")`` and ``self.tr("text")`` (the class name is
the context, as in PySide). A call whose text is not a literal is reported: lupdate could not see it.
"""

from __future__ import annotations

import argparse
import ast
import sys
from dataclasses import dataclass, field
from pathlib import Path

TRANSLATE_FUNCTIONS = {"translate": False, "translate_n": True}  # name -> always a plural
QT_CLASSES = {"QCoreApplication", "QApplication", "QGuiApplication"}
NOOP_FUNCTIONS = {"QT_TRANSLATE_NOOP"}
KIOSK_PACKAGE = Path(__file__).resolve().parent.parent / "kiosk"


@dataclass(frozen=True, order=True)
class UiString:
    context: str
    source: str
    plural: bool = False


@dataclass
class Found:
    strings: dict[UiString, set[str]] = field(default_factory=dict)  # each string -> the files using it
    problems: list[str] = field(default_factory=list)  # 'path:line: message'

    def add(self, string: UiString, where: str) -> None:
        self.strings.setdefault(string, set()).add(where)


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _direct_call(call: ast.Call) -> tuple[str, bool] | None:
    """(kind, plural) when ``call`` is one of Qt's or our translate functions."""
    func = call.func
    if isinstance(func, ast.Name) and func.id in TRANSLATE_FUNCTIONS:
        return func.id, TRANSLATE_FUNCTIONS[func.id]
    if isinstance(func, ast.Name) and func.id in NOOP_FUNCTIONS:
        return func.id, False
    if (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and isinstance(func.value, ast.Name)
        and func.value.id in QT_CLASSES
    ):
        return "translate", False
    return None


def _has_count(call: ast.Call, position: int) -> bool:
    return len(call.args) > position or any(k.arg == "n" for k in call.keywords)


def _constant_text(value: ast.expr | None) -> str | None:
    """'text' for ``"text"`` and for ``QT_TRANSLATE_NOOP("Ctx", "text")``."""
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id in NOOP_FUNCTIONS:
        return _literal(value.args[1]) if len(value.args) > 1 else None
    return _literal(value)


def _constants(tree: ast.Module) -> dict[str, str]:
    """Module-level ``NAME = "text"`` (or ``= QT_TRANSLATE_NOOP(...)``) assignments: a context or a
    text may be written once as a constant and passed by name."""
    constants = {}
    for node in tree.body:
        value = node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None
        targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
        text = _constant_text(value)
        if text is not None:
            for target in targets:
                if isinstance(target, ast.Name):
                    constants[target.id] = text
    return constants


def _helpers(tree: ast.Module) -> dict[str, str]:
    """Module-level functions that pass their first parameter to a translate call: name -> context."""
    constants = _constants(tree)
    helpers = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        parameter = node.args.args[0].arg
        for inner in ast.walk(node):
            if not isinstance(inner, ast.Call) or _direct_call(inner) is None or len(inner.args) < 2:
                continue
            context_node, text = inner.args[0], inner.args[1]
            context = _literal(context_node)
            if isinstance(context_node, ast.Name):
                context = constants.get(context_node.id)
            if context is not None and isinstance(text, ast.Name) and text.id == parameter:
                helpers[node.name] = context
    return helpers


class _Collector(ast.NodeVisitor):
    def __init__(self, path: str, helpers: dict[str, str], constants: dict[str, str], found: Found) -> None:
        self.path = path
        self.helpers = helpers
        self.constants = constants
        self.found = found
        self.classes: list[str] = []
        self.wrapper_parameters: list[set[str]] = []  # of module-level functions, innermost last

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        module_level = not self.classes and not self.wrapper_parameters
        if not module_level:
            self.generic_visit(node)
            return
        self.wrapper_parameters.append({a.arg for a in node.args.args})
        self.generic_visit(node)
        self.wrapper_parameters.pop()

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        func = node.func
        direct = _direct_call(node)
        if direct is not None:
            kind, always_plural = direct
            plural = always_plural or (kind == "translate" and _has_count(node, 3))
            context = self._context(node.args[0]) if node.args else None
            self._record(node, context, node.args[1:2], plural)
        elif isinstance(func, ast.Name) and func.id in self.helpers:
            self._record(node, self.helpers[func.id], node.args[:1], _has_count(node, 1))
        elif (
            isinstance(func, ast.Attribute)
            and func.attr == "tr"
            and isinstance(func.value, ast.Name)
            and func.value.id == "self"
            and self.classes
        ):
            self._record(node, self.classes[-1], node.args[:1], _has_count(node, 2))

    def _context(self, node: ast.expr) -> str | None:
        if isinstance(node, ast.Name) and node.id in self.constants:
            return self.constants[node.id]
        return _literal(node)

    def _record(self, node: ast.Call, context: str | None, text: list[ast.expr], plural: bool) -> None:
        if text and isinstance(text[0], ast.Name) and any(text[0].id in p for p in self.wrapper_parameters):
            return  # a helper handing its own parameter on: its callers are what count
        source = self._context(text[0]) if text else None  # a literal, or a module constant's text
        if context is None or source is None:
            self.found.problems.append(
                f"{self.path}:{node.lineno}: the text of this translation call is not a literal string, "
                "so it cannot be translated; use QT_TRANSLATE_NOOP where the text is written"
            )
            return
        self.found.add(UiString(context, source, plural), self.path)


def _module_name(path: Path, root: Path) -> str:
    return ".".join(path.relative_to(root.parent).with_suffix("").parts)


def _imported_helpers(tree: ast.Module, helpers_by_module: dict[str, dict[str, str]]) -> dict[str, str]:
    imported = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module in helpers_by_module:
            for alias in node.names:
                context = helpers_by_module[node.module].get(alias.name)
                if context is not None:
                    imported[alias.asname or alias.name] = context
    return imported


def find_strings(package: Path) -> Found:
    """Every interface string in the Python files under ``package`` (a folder like ``kiosk/``)."""
    files = sorted(package.rglob("*.py"))
    trees = {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in files}
    helpers_by_module = {_module_name(path, package): _helpers(tree) for path, tree in trees.items()}
    found = Found()
    for path, tree in trees.items():
        own = helpers_by_module[_module_name(path, package)]
        helpers = {**_imported_helpers(tree, helpers_by_module), **own}
        relative = path.relative_to(package.parent).as_posix()
        _Collector(relative, helpers, _constants(tree), found).visit(tree)
    return found


def _quoted(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def lupdate_input(found: Found) -> str:
    """A Python file lupdate reads exactly: one plain translate call per string, its files as a comment."""
    lines = [
        "# Generated by `python scripts/ui_strings.py`; input for pyside6-lupdate. Do not edit.",
        "from PySide6.QtCore import QCoreApplication",
        "",
    ]
    for string in sorted(found.strings):
        lines.append(f"#: {', '.join(sorted(found.strings[string]))}")
        count = ", None, 1" if string.plural else ""
        lines.append(
            f"QCoreApplication.translate({_quoted(string.context)}, {_quoted(string.source)}{count})"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write lupdate's input: every interface string.")
    parser.add_argument("out", type=Path, help="the Python file to write")
    parser.add_argument("--package", type=Path, default=KIOSK_PACKAGE)
    args = parser.parse_args(argv)
    found = find_strings(args.package)
    for problem in found.problems:
        print(problem, file=sys.stderr)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(lupdate_input(found), encoding="utf-8")
    print(f"{len(found.strings)} interface strings -> {args.out}")
    return 1 if found.problems else 0


if __name__ == "__main__":
    sys.exit(main())
