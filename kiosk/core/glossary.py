"""The glossary: plain-words meanings of medical words, one YAML file per language.

``content/<lang>/glossary.yaml`` maps a term id to the word as shown and its meaning::

    osteoclast:
      word: Osteoclast
      say: OSS-tee-oh-klast      # optional: how to say it
      meaning: A bone cell that clears away old bone.

Pages mark a word with ``[osteoclasts](glossary:osteoclast)``; one tap shows the meaning.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.core.problems import Problem
from kiosk.core.schema import ID_PATTERN
from kiosk.core.textfile import read_text

if TYPE_CHECKING:
    import yaml

GLOSSARY_FILE = "glossary.yaml"
MAX_MEANING_CHARS = 400  # a pop-up, not a page: two or three short sentences
TERM_KEYS = frozenset({"word", "say", "meaning"})


@dataclass(frozen=True)
class Term:
    id: str
    word: str
    meaning: str
    say: str = ""
    line: int = 1


@dataclass
class Glossary:
    path: Path | None = None
    terms: dict[str, Term] = field(default_factory=dict)

    def get(self, term_id: str) -> Term | None:
        return self.terms.get(term_id)


def load_glossary(folder: Path) -> tuple[Glossary, list[Problem]]:
    """The glossary of one language folder. No file is an empty glossary; a bad entry is skipped."""
    import yaml  # loaded with the content, not with the app's modules

    from kiosk.core import safe_yaml

    path = folder / GLOSSARY_FILE
    if not path.exists():
        return Glossary(), []
    try:
        text = read_text(path, folder)
        root = safe_yaml.compose(text)
    except safe_yaml.YamlRefusedError as error:
        return Glossary(path), [Problem.error(path, error.line, str(error))]
    except ValueError as error:
        return Glossary(path), [Problem.error(path, 1, str(error))]
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        return Glossary(path), [
            Problem.error(path, line, f"not valid YAML ({getattr(error, 'problem', error)})")
        ]
    if not isinstance(root, yaml.MappingNode):
        return Glossary(path), [Problem.error(path, 1, "the glossary must map term ids to their meanings")]
    glossary = Glossary(path)
    problems: list[Problem] = []
    for key_node, value_node in root.value:
        term, term_problems = _term(path, key_node, value_node)
        problems.extend(term_problems)
        if term is None:
            continue
        if term.id in glossary.terms:
            problems.append(Problem.error(path, term.line, f"term '{term.id}' is defined twice"))
            continue
        glossary.terms[term.id] = term
    return glossary, problems


def _term(path: Path, key_node: yaml.Node, value_node: yaml.Node) -> tuple[Term | None, list[Problem]]:
    import yaml

    line = key_node.start_mark.line + 1
    term_id = str(key_node.value)
    if not ID_PATTERN.match(term_id):
        return None, [
            Problem.error(path, line, f"term id '{term_id}' must be lowercase letters, digits and -")
        ]
    if not isinstance(value_node, yaml.MappingNode):
        return None, [Problem.error(path, line, f"term '{term_id}' needs 'word' and 'meaning'")]
    fields = {str(k.value): v for k, v in value_node.value}
    problems = [
        Problem.warning(path, fields[key].start_mark.line + 1, f"term '{term_id}': unknown field '{key}'")
        for key in sorted(set(fields) - TERM_KEYS)
    ]
    values: dict[str, str] = {}
    for key in ("word", "meaning", "say"):
        node = fields.get(key)
        if node is None:
            continue
        if not isinstance(node, yaml.ScalarNode) or not str(node.value).strip():
            problems.append(
                Problem.error(path, node.start_mark.line + 1, f"term '{term_id}': '{key}' must be text")
            )
            return None, problems
        values[key] = " ".join(str(node.value).split())
    missing = [key for key in ("word", "meaning") if key not in values]
    if missing:
        problems.append(Problem.error(path, line, f"term '{term_id}' has no '{missing[0]}'"))
        return None, problems
    if len(values["meaning"]) > MAX_MEANING_CHARS:
        problems.append(
            Problem.warning(
                path,
                line,
                f"term '{term_id}': the meaning is over {MAX_MEANING_CHARS} characters; keep it short",
            )
        )
    return Term(term_id, values["word"], values["meaning"], values.get("say", ""), line), problems
