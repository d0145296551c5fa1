"""Split a Markdown file into YAML front matter and body, keeping line numbers for messages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kiosk.core import budgets


class FrontMatterError(ValueError):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line


@dataclass
class Document:
    fields: dict[str, Any]
    body: str
    body_line: int  # line number of the body's first line in the file
    key_lines: dict[str, int] = field(default_factory=dict)

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, 1)


def parse_document(text: str) -> Document:
    """Parse ``---``-fenced YAML front matter; raises FrontMatterError with the offending line."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        raise FrontMatterError(1, "the file must start with a '---' line opening the front matter")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() in ("---", "..."))
    except StopIteration:
        raise FrontMatterError(1, "the front matter is never closed by a '---' line") from None
    yaml_text = "\n".join(lines[1:end])
    limit = budgets.current().front_matter_bytes
    if len(yaml_text.encode()) > limit:
        raise FrontMatterError(
            1, f"the front matter is {len(yaml_text.encode()):,} bytes; at most {limit:,} are allowed"
        )
    import yaml  # loaded with the first page, not with the app's modules

    from kiosk.core import safe_yaml

    try:
        node, fields = safe_yaml.load(yaml_text)  # anchors, deep nesting and huge numbers refused first
    except safe_yaml.YamlRefusedError as error:
        raise FrontMatterError(min(error.line + 1, end), f"front matter refused: {error}") from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        if mark is None or (error.context_mark is not None and mark.line >= end - 1):
            mark = error.context_mark  # a problem found at the end of the text started earlier
        line = min(mark.line + 2, end) if mark else 1  # never past the last front matter line
        reason = error.problem or "invalid YAML"
        raise FrontMatterError(line, f"front matter is not valid YAML: {reason}") from None
    except yaml.YAMLError as error:
        raise FrontMatterError(1, f"front matter is not valid YAML: {error}") from None
    if not isinstance(fields, dict) or not isinstance(node, yaml.MappingNode):
        raise FrontMatterError(2, "front matter must be a list of 'key: value' lines")
    key_lines = {str(key_node.value): key_node.start_mark.line + 2 for key_node, _ in node.value}
    body = "\n".join(lines[end + 1 :])
    return Document({str(k): v for k, v in fields.items()}, body, end + 2, key_lines)
