"""YAML for front matter and the glossary, with the features authors never need refused first.

One pass over libyaml's event stream (iterative, so no recursion) refuses anchors and aliases (the
"billion laughs" bomb), nesting deeper than the budget (``[[[[`` 50,000 deep) and whole numbers longer
than the budget (a 5,000-digit ``order``, which Python refuses with a ValueError), each with its line.
Only then is the text composed and built, keeping the nodes so callers can give line numbers.
"""

from __future__ import annotations

from typing import Any

import yaml

from kiosk.core import budgets

# libyaml's C parser is about ten times faster; PyYAML falls back to pure Python without it.
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_INT_TAG = "tag:yaml.org,2002:int"
_resolver = yaml.resolver.Resolver()


class YamlRefusedError(ValueError):
    """The text is not YAML we accept; ``line`` counts from 1 within the text given."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line


def _line(event: yaml.Event) -> int:
    mark = event.start_mark
    return mark.line + 1 if mark is not None else 1


def screen(text: str, max_depth: int | None = None, max_digits: int | None = None) -> None:
    """Raise YamlRefusedError for an anchor, alias, nesting or number over budget; YAMLError if broken."""
    limits = budgets.current()
    max_depth = max_depth or limits.yaml_depth
    max_digits = max_digits or limits.number_digits
    depth = 0
    for event in yaml.parse(text, Loader=SafeLoader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise YamlRefusedError(
                _line(event), "'&' and '*' (YAML anchors and aliases) are not allowed here"
            )
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > max_depth:
                raise YamlRefusedError(
                    _line(event), f"lists and maps are nested more than {max_depth} deep; write it flatter"
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        elif _is_long_number(event, max_digits):
            raise YamlRefusedError(
                _line(event),
                f"a number with {len(getattr(event, 'value', '')):,} digits; "
                f"at most {max_digits} are allowed",
            )


def _is_long_number(event: yaml.Event, max_digits: int) -> bool:
    if not isinstance(event, yaml.ScalarEvent) or not event.implicit[0] or len(event.value) <= max_digits:
        return False
    return bool(_resolver.resolve(yaml.ScalarNode, event.value, (True, False)) == _INT_TAG)  # type: ignore[no-untyped-call]


def compose(text: str) -> yaml.Node | None:
    """The node tree of ``text`` once it has passed :func:`screen`."""
    screen(text)
    return yaml.compose(text, Loader=SafeLoader)


def load(text: str) -> tuple[yaml.Node | None, Any]:
    """The node tree (for line numbers) and the values, built from one parse after :func:`screen`."""
    screen(text)
    loader = SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, None
        try:
            return node, loader.construct_document(node)
        except (ValueError, OverflowError) as error:  # a date like 2026-13-45: Python refuses it
            raise YamlRefusedError(_failing_line(node), f"a value cannot be read ({error})") from None
    finally:
        loader.dispose()


def _failing_line(root: yaml.Node) -> int:
    """The line of the first plain value Python cannot turn into a date or number."""
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.ScalarNode):
            try:
                SafeLoader("").construct_object(node)
            except (ValueError, OverflowError):
                return int(node.start_mark.line) + 1
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(reversed(node.value))
        elif isinstance(node, yaml.MappingNode):
            stack.extend(value for pair in reversed(node.value) for value in reversed(pair))
    return 1
