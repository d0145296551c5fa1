"""Every config option declared once, and a loader that never crashes.

The TOML file may group options in tables (``[idle] seconds = 90`` is the option ``idle.seconds``).
Each problem (unknown key, wrong type, out of range) becomes one :class:`Problem` naming the file,
line and key; that option falls back to its default and every other option still applies.
"""

from __future__ import annotations

import os
import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.core.languages import CODES, SOURCE_LANGUAGE
from kiosk.core.problems import Problem
from kiosk.core.small_file import NotASmallFileError, read_small_file

TEXT_STEPS = (100, 125, 150, 175, 200)
LANGUAGES = CODES  # the table is kiosk.core.languages
THEMES = ("default", "high-contrast")
MODES = ("window", "kiosk")
PAPER_SIZES = ("letter", "a4")
MAX_CONFIG_BYTES = 100_000  # a few dozen lines; anything bigger is not a kiosk.toml
MAX_TOML_DEPTH = 20  # the file needs two levels; Python's TOML reader recurses without a limit


@dataclass(frozen=True)
class Option:
    """One setting: its dotted name, type, default, allowed values or bounds, and what it means."""

    name: str
    type: type
    default: Any
    description: str
    choices: tuple[Any, ...] = ()
    minimum: int | float | None = None
    maximum: int | float | None = None
    max_length: int | None = None

    def check(self, value: Any) -> str | None:
        """Why ``value`` is not acceptable, or None when it is."""
        if self.type is int and (isinstance(value, bool) or not isinstance(value, int)):
            return f"must be a whole number, not {_describe(value)}"
        if self.type is float and (isinstance(value, bool) or not isinstance(value, int | float)):
            return f"must be a number, not {_describe(value)}"
        if self.type is bool and not isinstance(value, bool):
            return f"must be true or false, not {_describe(value)}"
        if self.type is str and not isinstance(value, str):
            return f"must be text in quotes, not {_describe(value)}"
        if self.choices and value not in self.choices:
            allowed = ", ".join(repr(choice) for choice in self.choices)
            return f"must be one of {allowed}, not {value!r}"
        if self.minimum is not None and value < self.minimum:
            return f"must be at least {self.minimum}, not {value}"
        if self.maximum is not None and value > self.maximum:
            return f"must be at most {self.maximum}, not {value}"
        if self.max_length is not None and len(value) > self.max_length:
            return f"must be at most {self.max_length} characters long"
        return None


def _describe(value: Any) -> str:
    return f"{type(value).__name__} {value!r}"


# What one page may hold: content arrives from shares and sticks, and one bad file must cost that page,
# never the kiosk. kiosk.core.budgets reads these; each is far above what a real page needs.
BUDGET_OPTIONS: tuple[Option, ...] = (
    Option(
        "limits.page_bytes",
        int,
        1_000_000,
        "Largest page or glossary file, in bytes.",
        minimum=10_000,
        maximum=10_000_000,
    ),
    Option(
        "limits.front_matter_bytes",
        int,
        20_000,
        "Largest front matter of one page, in bytes.",
        minimum=1_000,
        maximum=1_000_000,
    ),
    Option(
        "limits.yaml_depth",
        int,
        10,
        "Deepest nesting of lists and maps in front matter or the glossary.",
        minimum=3,
        maximum=100,
    ),
    Option(
        "limits.number_digits",
        int,
        9,
        "Most digits in a whole number in front matter (like 'order').",
        minimum=1,
        maximum=18,
    ),
    Option(
        "limits.markdown_depth",
        int,
        20,
        "Deepest nesting of lists, quotes and call-out boxes in a page.",
        minimum=3,
        maximum=100,
    ),
    Option(
        "limits.markdown_marks",
        int,
        5_000,
        "Most Markdown marks in a page (brackets, stars, underscores, back-quotes, < and &).",
        minimum=500,
        maximum=1_000_000,
    ),
    Option(
        "limits.word_characters",
        int,
        1_000,
        "Longest run of characters with no space (one 'word') in a page; long ones are slow to lay out.",
        minimum=50,
        maximum=100_000,
    ),
    Option("limits.lines", int, 20_000, "Most lines in a page.", minimum=1_000, maximum=1_000_000),
    Option("limits.table_rows", int, 2_000, "Most rows in one table.", minimum=10, maximum=100_000),
    Option("limits.table_columns", int, 30, "Most columns in one table.", minimum=2, maximum=1_000),
    Option("limits.links", int, 2_000, "Most links and pictures in a page.", minimum=10, maximum=100_000),
    Option("limits.headings", int, 500, "Most headings in a page.", minimum=10, maximum=100_000),
    Option(
        "limits.reference_definitions",
        int,
        500,
        "Most '[name]: address' lines in a page.",
        minimum=10,
        maximum=100_000,
    ),
    Option(
        "limits.image_bytes",
        int,
        5_000_000,
        "Largest picture file, in bytes.",
        minimum=10_000,
        maximum=100_000_000,
    ),
    Option(
        "limits.image_pixels",
        int,
        16_000_000,
        "Most pixels a picture may declare (width times height).",
        minimum=100_000,
        maximum=200_000_000,
    ),
    Option(
        "limits.image_aspect",
        int,
        8,
        "Most times longer one side of a picture may be than the other.",
        minimum=2,
        maximum=100,
    ),
    Option(
        "limits.render_seconds",
        float,
        5.0,
        "Longest time preparing one page for the screen may take.",
        minimum=0.5,
        maximum=120.0,
    ),
    Option(
        "limits.render_megabytes",
        int,
        1024,
        "Most memory the page-preparing helper process may use, in megabytes (Linux).",
        minimum=256,
        maximum=16_384,
    ),
)

OPTIONS: tuple[Option, ...] = (
    Option(
        "mode",
        str,
        "window",
        "Start as a normal window, or full-screen and frameless as a kiosk.",
        choices=MODES,
    ),
    Option(
        "content_dir",
        str,
        "",
        "Folder of the Markdown library. Empty: the library bundled with the app.",
        max_length=4096,
    ),
    Option("clinic_name", str, "", "Clinic name shown on the home screen and on handouts.", max_length=80),
    Option("language", str, SOURCE_LANGUAGE, "Language a new visitor starts in.", choices=LANGUAGES),
    Option("theme", str, "default", "Colour theme a new visitor starts with.", choices=THEMES),
    Option(
        "text.default_percent",
        int,
        100,
        "Text size a new visitor starts with, in percent.",
        choices=TEXT_STEPS,
    ),
    Option(
        "idle.seconds",
        int,
        90,
        "Seconds without a touch, click, key or wheel before the 'Still reading?' warning.",
        minimum=15,
        maximum=3600,
    ),
    Option(
        "idle.warning_seconds",
        int,
        30,
        "Seconds the warning counts down before the kiosk starts over.",
        minimum=20,
        maximum=300,
    ),
    Option(
        "idle.in_window",
        bool,
        False,
        "Also reset after idle time when running as a normal window (always on in kiosk mode).",
    ),
    Option(
        "print.printer",
        str,
        "",
        "Printer that handouts go to, by its system name. Empty: no Print button.",
        max_length=200,
    ),
    Option(
        "print.collect_from",
        str,
        "the front desk",
        "Where a visitor collects a printed handout, as in 'Collect it at the front desk.'",
        max_length=80,
    ),
    Option("print.paper", str, "letter", "Paper size of printed and saved handouts.", choices=PAPER_SIZES),
    Option(
        "print.large_print",
        bool,
        False,
        "Print and save handouts in large print: 16 pt words instead of 12.5 pt (more pages).",
    ),
    Option(
        "nurse.switch",
        bool,
        False,
        "Show a Nurse mode button on the medicines screen (for staff laptops; kiosks use the staff PIN).",
    ),
    Option(
        "nurse.minutes",
        int,
        30,
        "Minutes after which nurse mode ends by itself and the idle reset comes back.",
        minimum=5,
        maximum=240,
    ),
    Option("speech.enabled", bool, True, "Offer read-aloud (the Listen button) when a speech engine works."),
    Option(
        "speech.engine",
        str,
        "",
        "Qt speech engine by name (speechd, sapi, winrt, darwin). Empty: the platform's default.",
        max_length=40,
    ),
    Option(
        "speech.volume",
        int,
        80,
        "Read-aloud volume every visit starts at, in percent (a visitor's change lasts one visit).",
        minimum=10,
        maximum=100,
    ),
    Option(
        "data_dir",
        str,
        "",
        "Folder for the log, the usage counts and the staff PIN hash. Empty: the platform's app-data "
        "folder. Never inside the content folder.",
        max_length=4096,
    ),
    Option(
        "staff.pin_file",
        str,
        "",
        "File holding the staff PIN hash that 'kiosk set-pin' writes. Empty: 'staff-pin' in the data folder.",
        max_length=4096,
    ),
    Option(
        "watch_content",
        bool,
        True,
        "Reload the library when its files change, swapping it in only if it loads cleanly.",
    ),
    Option("usage.enabled", bool, True, "Keep anonymous daily usage counts (no visitor data, no times)."),
    Option(
        "usage.retention_days",
        int,
        365,
        "Days of usage counts kept; older days are deleted.",
        minimum=1,
        maximum=3650,
    ),
    *BUDGET_OPTIONS,
)

OPTIONS_BY_NAME = {option.name: option for option in OPTIONS}


@dataclass(frozen=True)
class Config:
    """The settings in force: every declared option has a value here."""

    values: dict[str, Any] = field(default_factory=lambda: {o.name: o.default for o in OPTIONS})
    source: Path | None = None

    def __getitem__(self, name: str) -> Any:
        return self.values[name]

    def with_values(self, **overrides: Any) -> Config:
        """A copy with some options replaced (dots in names written as double underscores)."""
        values = dict(self.values)
        for key, value in overrides.items():
            name = key.replace("__", ".")
            if name not in OPTIONS_BY_NAME:
                raise KeyError(name)
            values[name] = value
        return Config(values, self.source)

    @property
    def kiosk_mode(self) -> bool:
        return bool(self.values["mode"] == "kiosk")

    @property
    def idle_reset_enabled(self) -> bool:
        return self.kiosk_mode or bool(self.values["idle.in_window"])


def default_config_paths() -> list[Path]:
    """Where a config file is looked for when none is named: beside the executable, then per user."""
    paths = []
    if getattr(sys, "frozen", False):
        paths.append(Path(sys.executable).resolve().parent / "kiosk.toml")
    config_home = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    if sys.platform == "win32":
        config_home = os.environ.get("APPDATA", config_home)
    paths.append(Path(config_home) / "bone-health-kiosk" / "kiosk.toml")
    return paths


def find_config_file(explicit: Path | None) -> Path | None:
    if explicit is not None:
        return explicit
    env = os.environ.get("KIOSK_CONFIG")
    if env:
        return Path(env)
    return next((path for path in default_config_paths() if path.is_file()), None)


def load_config(path: Path | None) -> tuple[Config, list[Problem]]:
    """Read ``path`` (None: defaults). Always returns a usable Config plus every problem found."""
    if path is None:
        return Config(), []
    try:
        text = read_small_file(path, MAX_CONFIG_BYTES).decode("utf-8")
    except FileNotFoundError:
        return Config(), [Problem.error(path, 1, "config file not found; using the defaults")]
    except (OSError, UnicodeDecodeError, NotASmallFileError) as error:
        return Config(), [Problem.error(path, 1, f"cannot read config file ({error}); using defaults")]
    return parse_config(text.removeprefix("\ufeff"), path)  # a byte-order mark, as Notepad writes


def parse_config(text: str, path: Path) -> tuple[Config, list[Problem]]:
    depth = _deepest_nesting(text)
    if depth > MAX_TOML_DEPTH:
        return Config(source=path), [
            Problem.error(
                path,
                1,
                f"tables or lists are nested {depth} deep (at most {MAX_TOML_DEPTH}); using the defaults",
            )
        ]
    try:
        raw = tomllib.loads(text)
    except (RecursionError, ValueError) as error:  # TOMLDecodeError is a ValueError
        line = _toml_error_line(str(error))
        return Config(source=path), [
            Problem.error(path, line, f"not valid TOML ({error}); using the defaults")
        ]
    values = {option.name: option.default for option in OPTIONS}
    problems = []
    for name, value in _flatten(raw):
        line = _line_of(text, name)
        option = OPTIONS_BY_NAME.get(name)
        if option is None:
            problems.append(Problem.error(path, line, f"unknown option '{name}'"))
            continue
        reason = option.check(value)
        if reason:
            problems.append(
                Problem.error(path, line, f"'{name}' {reason}; using the default {option.default!r}")
            )
            continue
        values[name] = value
    return Config(values, path), problems


def _deepest_nesting(text: str) -> int:
    """How deep '[' and '{' nest (brackets in strings count too: a bound, not a parser)."""
    depth = deepest = 0
    for character in text:
        if character in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif character in "]}":
            depth = max(depth - 1, 0)
    return deepest


def _flatten(table: dict[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    items: list[tuple[str, Any]] = []
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and not any(o.name == name for o in OPTIONS):
            items.extend(_flatten(value, f"{name}."))
        else:
            items.append((name, value))
    return items


def _line_of(text: str, dotted_name: str) -> int:
    """The line where a key is set (best effort: TOML parsers do not report positions)."""
    *tables, key = dotted_name.split(".")
    current_table = ""
    wanted_table = ".".join(tables)
    key_pattern = re.compile(rf"^\s*(\"?){re.escape(key)}\1\s*=")
    dotted_pattern = re.compile(rf"^\s*{re.escape(dotted_name)}\s*=")
    for number, line in enumerate(text.splitlines(), start=1):
        header = re.match(r"^\s*\[([^\]]+)\]", line)
        if header:
            current_table = header.group(1).strip()
            continue
        if dotted_pattern.match(line) and current_table == "":
            return number
        if key_pattern.match(line) and current_table == wanted_table:
            return number
    return 1


def _toml_error_line(message: str) -> int:
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else 1
