"""The Qt-free subcommands: check and pages."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.core.checker import check_content, format_json, format_report, format_text
from kiosk.core.content import load_library


def check_command(args: argparse.Namespace) -> int:
    from kiosk.cli import resolve_settings

    _, configured = resolve_settings(args)
    root = args.dir or configured
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
