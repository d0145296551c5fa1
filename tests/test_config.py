from __future__ import annotations

import re
from pathlib import Path

import pytest

from kiosk.core.config import OPTIONS, Config, load_config, parse_config

DOCS = Path(__file__).resolve().parent.parent / "docs" / "configuration.md"


def parse(text: str) -> tuple[Config, list[str]]:
    config, problems = parse_config(text, Path("kiosk.toml"))
    return config, [str(p) for p in problems]


def test_no_file_means_every_default() -> None:
    config, problems = load_config(None)
    assert problems == []
    assert config["idle.seconds"] == 90
    assert config["idle.warning_seconds"] == 30
    assert config["mode"] == "window"
    assert not config.idle_reset_enabled


def test_good_values_apply_from_tables_and_dotted_keys() -> None:
    config, problems = parse('mode = "kiosk"\nclinic_name = "Elm Clinic"\n[idle]\nseconds = 120\n')
    assert problems == []
    assert config["idle.seconds"] == 120
    assert config["clinic_name"] == "Elm Clinic"
    assert config.kiosk_mode and config.idle_reset_enabled


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[idle]\nseconds = 'ninety'\n", "kiosk.toml:2: error: 'idle.seconds' must be a whole number"),
        ("[idle]\nseconds = 5\n", "kiosk.toml:2: error: 'idle.seconds' must be at least 15"),
        ("[idle]\nwarning_seconds = 9999\n", "'idle.warning_seconds' must be at most 300"),
        ('mode = "tablet"\n', "kiosk.toml:1: error: 'mode' must be one of 'window', 'kiosk'"),
        ("[text]\ndefault_percent = 110\n", "'text.default_percent' must be one of 100, 125"),
        ("colour = 'blue'\n", "kiosk.toml:1: error: unknown option 'colour'"),
        ("[idle]\nin_window = 1\n", "'idle.in_window' must be true or false"),
        ("clinic_name = " + repr("x" * 81) + "\n", "'clinic_name' must be at most 80 characters"),
    ],
)
def test_each_bad_value_is_named_with_file_line_and_key(text: str, expected: str) -> None:
    config, problems = parse(text)
    assert len(problems) == 1
    assert expected in problems[0]
    assert config.values == Config().values  # the bad option fell back to its default


def test_every_problem_is_reported_at_once_and_good_values_still_apply() -> None:
    config, problems = parse('mode = 3\nlanguage = "fr"\nbogus = true\n[idle]\nseconds = 60\n')
    assert len(problems) == 3
    assert config["idle.seconds"] == 60


def test_broken_toml_keeps_defaults_with_a_line_number() -> None:
    config, problems = parse("mode = \n")
    assert config.values == Config().values
    assert re.match(r"kiosk.toml:1: error: not valid TOML", problems[0])


def test_unreadable_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_bytes(b"\xff\xfe\x00bad")
    config, problems = load_config(path)
    assert config.values == Config().values
    assert "cannot read config file" in str(problems[0])


def test_missing_file_is_reported(tmp_path: Path) -> None:
    _, problems = load_config(tmp_path / "nope.toml")
    assert "not found" in str(problems[0])


def test_docs_list_every_option_with_its_default() -> None:
    rows = dict(re.findall(r"^\| `([a-z_.]+)` \| [^|]+ \| `([^`]*)` \|", DOCS.read_text(), re.M))
    assert set(rows) == {option.name for option in OPTIONS}
    for option in OPTIONS:
        shown = str(option.default).lower() if isinstance(option.default, bool) else str(option.default)
        assert rows[option.name] == shown, option.name
