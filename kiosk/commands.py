"""The Qt-free subcommands: check, pages, set-pin and stats, given the settings the command line resolved."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.core.checker import check_content, format_json, format_report, format_text
from kiosk.core.config import Config
from kiosk.core.content import load_library


def check_command(args: argparse.Namespace, configured: Path) -> int:
    root = args.dir or configured
    # A file name that is not valid UTF-8 is printed with escapes rather than stopping the report.
    if getattr(sys.stdout, "errors", "") == "strict" and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="backslashreplace")
    report = check_content(root)
    if args.format == "json":
        print(format_json(report))
    elif args.report:
        print(format_report(report))
    else:
        print(format_text(report))
    return 1 if report.errors else 0


def pages_command(content: Path, lang: str) -> int:
    library, problems = load_library(content, lang)
    for problem in problems:
        print(problem, file=sys.stderr)
    for page in (*library.topics, *library.medications):
        print(f"{page.id}\t{page.kind}\t{page.title}")
    return 0


def set_pin_command(args: argparse.Namespace, config: Config, content: Path) -> int:
    """Ask for the staff PIN (twice, without echo) or read one line from stdin; store its hash."""
    import getpass

    from kiosk.core.datadir import is_inside, pin_file
    from kiosk.core.pin import MAX_PIN_DIGITS, MIN_PIN_DIGITS, hash_pin, pin_rule_problem, write_pin_hash

    path = pin_file(config, content)
    if is_inside(path, content):
        print(f"kiosk set-pin: {path} is inside the content folder; choose another place", file=sys.stderr)
        return 2
    try:
        if sys.stdin is None:  # started with stdin closed: nothing to read a PIN from
            raise EOFError
        if args.pin_stdin:
            pin = sys.stdin.readline().strip()
        else:
            pin = getpass.getpass(f"New staff PIN ({MIN_PIN_DIGITS} to {MAX_PIN_DIGITS} digits): ").strip()
            if getpass.getpass("The same PIN again: ").strip() != pin:
                print("kiosk set-pin: the two PINs differ; nothing was changed", file=sys.stderr)
                return 1
    except (EOFError, KeyboardInterrupt, OSError, ValueError):
        print("kiosk set-pin: no PIN given; nothing was changed", file=sys.stderr)
        return 1
    problem = pin_rule_problem(pin)
    if problem:
        print(f"kiosk set-pin: {problem}; nothing was changed", file=sys.stderr)
        return 1
    try:
        write_pin_hash(path, hash_pin(pin))
    except OSError as error:
        print(f"kiosk set-pin: cannot write {path} ({error.strerror})", file=sys.stderr)
        return 1
    print(f"Staff PIN saved (as a salted hash) in {path}")
    return 0


def stats_command(args: argparse.Namespace, config: Config, content: Path) -> int:
    """Export the anonymous usage counts as CSV: day, event, value, count."""
    import datetime as dt
    import sqlite3

    from kiosk.core.datadir import usage_file
    from kiosk.core.usage import read_counts, suppress_small, write_csv

    since = None
    if args.since:
        try:
            since = dt.date.fromisoformat(args.since)
        except ValueError:
            print(f"kiosk stats: --since must be a date like 2026-01-31, not {args.since!r}", file=sys.stderr)
            return 2
    path = usage_file(config, content)
    rows: list[tuple[str, str, str, int]] = []
    if path.is_file():
        try:
            rows = read_counts(path, since)
        except sqlite3.Error as error:
            print(f"kiosk stats: cannot read {path} ({error})", file=sys.stderr)
            return 1
    else:
        print(f"kiosk stats: no usage counts yet ({path} does not exist)", file=sys.stderr)
    rows, left_out = suppress_small(rows, args.min_count)
    if left_out:
        print(
            f"kiosk stats: {left_out} count(s) under {args.min_count} left out, "
            "so that no single visitor stands out (--min-count changes this)",
            file=sys.stderr,
        )
    if str(args.out) == "-":
        write_csv(rows, sys.stdout)
        return 0
    try:
        with Path(args.out).open("w", encoding="utf-8", newline="") as out:
            write_csv(rows, out)
    except OSError as error:
        print(f"kiosk stats: cannot write {args.out} ({error.strerror})", file=sys.stderr)
        return 1
    print(f"{len(rows)} rows written to {args.out}")
    return 0
