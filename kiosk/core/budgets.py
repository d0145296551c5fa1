"""What one page may cost, read from the ``limits.*`` options of the config table (declared there once).

The loader refuses a page over any budget before Markdown or Qt ever see it, so a hostile file costs
that page, never the kiosk. The command line sets the budgets in force from the config file
(:func:`use`); everything else reads them with :func:`current`.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from kiosk.core.config import BUDGET_OPTIONS, Config

PREFIX = "limits."


@dataclass(frozen=True)
class Budgets:
    page_bytes: int
    front_matter_bytes: int
    yaml_depth: int
    number_digits: int
    markdown_depth: int
    markdown_marks: int
    word_characters: int
    lines: int
    table_rows: int
    table_columns: int
    links: int
    headings: int
    reference_definitions: int
    image_bytes: int
    image_pixels: int
    image_aspect: int
    render_seconds: float
    render_megabytes: int

    @classmethod
    def from_config(cls, config: Config) -> Budgets:
        return cls(**{f.name: config[PREFIX + f.name] for f in fields(cls)})

    @classmethod
    def defaults(cls) -> Budgets:
        values: dict[str, Any] = {
            option.name.removeprefix(PREFIX): option.default for option in BUDGET_OPTIONS
        }
        return cls(**values)


_in_force = Budgets.defaults()


def current() -> Budgets:
    return _in_force


def use(budgets: Budgets) -> None:
    """Put ``budgets`` in force for this process (the command line does this from the config file)."""
    global _in_force
    _in_force = budgets
