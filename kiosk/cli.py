"""The command line. Qt is imported only by the subcommands that show something."""

from __future__ import annotations

import argparse
import logging
import math
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk import APP_NAME, __version__
from kiosk.core import budgets
from kiosk.core.config import LANGUAGES, Config, find_config_file, load_config
from kiosk.core.paths import bundled_content_dir
from kiosk.core.usage import SMALL_COUNT

log = logging.getLogger("kiosk")


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--content", type=Path, metavar="DIR", help="content library folder")
    parser.add_argument("--config", type=Path, metavar="FILE", help="TOML config file")


MAX_RENDER_SIDE = 7680  # 8K: any real screen fits; 30000x30000 would take about 7 GB of memory
MIN_RENDER_SIDE = 200
FONT_SCALES = (1.0, 2.0)


def _font_scale(text: str) -> float:
    try:
        scale = float(text)
    except ValueError:
        scale = math.nan
    low, high = FONT_SCALES
    if not low <= scale <= high:  # also refuses nan and inf
        raise argparse.ArgumentTypeError(f"must be a number from {low} to {high}, not {text!r}")
    return scale


def _screen_size(text: str) -> str:
    width, _, height = text.lower().partition("x")
    try:
        sides = (int(width), int(height))
    except ValueError:
        raise argparse.ArgumentTypeError(f"must look like 1024x768, not {text!r}") from None
    if not all(MIN_RENDER_SIDE <= side <= MAX_RENDER_SIDE for side in sides):
        raise argparse.ArgumentTypeError(
            f"each side must be {MIN_RENDER_SIDE} to {MAX_RENDER_SIDE} pixels, not {text!r}"
        )
    return text


def _output_file(text: str) -> Path:
    """A file to write; not a pipe, device or folder that would hang or fail half-way ('-' passes)."""
    path = Path(text)
    if text != "-" and path.exists() and not path.is_file():
        raise argparse.ArgumentTypeError(f"{text} exists and is not a regular file")
    return path


def _positive_int(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of 1 or more, not {text!r}")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk", description=f"{APP_NAME}: patient education.")
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    _common(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = commands.add_parser("run", help="start the app (the default)")
    _common(run)
    mode = run.add_mutually_exclusive_group()
    mode.add_argument(
        "--kiosk", action="store_const", const="kiosk", dest="mode", help="full-screen and frameless"
    )
    mode.add_argument("--windowed", action="store_const", const="window", dest="mode", help="a normal window")

    check = commands.add_parser("check", help="validate the content library")
    _common(check)
    check.add_argument("dir", nargs="?", type=Path, help="content folder (default: configured)")
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.add_argument("--report", action="store_true", help="a table of every page's reading level")

    pages = commands.add_parser("pages", help="list pages: id, kind, title")
    _common(pages)
    pages.add_argument("--lang", default=None, choices=LANGUAGES)

    render = commands.add_parser("render", help="render one screen to a PNG, offscreen")
    _common(render)
    render.add_argument("page", help="a page id, 'home', or a screen such as 'compare:ID,ID'")
    render.add_argument("--out", type=_output_file, required=True)
    render.add_argument(
        "--font-scale", type=_font_scale, default=None, metavar="F", help="text size as a factor (1.0 to 2.0)"
    )
    render.add_argument(
        "--size",
        type=_screen_size,
        default="1024x768",
        metavar="WxH",
        help=f"window size in pixels, each side {MIN_RENDER_SIDE} to {MAX_RENDER_SIDE}",
    )
    render.add_argument("--lang", default=None, choices=LANGUAGES)
    render.add_argument("--theme", default=None)

    handout = commands.add_parser("handout", help="write the take-home handout for medicines to a PDF")
    _common(handout)
    handout.add_argument("ids", nargs="+", metavar="ID", help="medication card ids (1 to 4)")
    handout.add_argument(
        "--out", type=_output_file, required=True, metavar="FILE.pdf", help="the PDF ('-' for stdout)"
    )
    handout.add_argument("--lang", default=None)

    selftest = commands.add_parser("self-test", help="open every page at every text size offscreen")
    _common(selftest)

    set_pin = commands.add_parser("set-pin", help="set the staff PIN that unlocks kiosk mode")
    _common(set_pin)
    set_pin.add_argument("--pin-stdin", action="store_true", help="read the PIN from one line of stdin")

    stats = commands.add_parser("stats", help="export the anonymous usage counts as CSV")
    _common(stats)
    stats.add_argument("--out", type=Path, required=True, metavar="FILE", help="CSV file ('-' for stdout)")
    stats.add_argument("--since", metavar="DATE", help="only days from this date (YYYY-MM-DD)")
    stats.add_argument(
        "--min-count",
        type=_positive_int,
        default=SMALL_COUNT,
        metavar="N",
        help=f"leave out counts under N, so no single visitor stands out (default {SMALL_COUNT})",
    )
    return parser


def _setup_logging() -> None:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


def resolve_settings(args: argparse.Namespace) -> tuple[Config, Path]:
    """The config in force (problems logged, never fatal) and the content folder to use."""
    config_path = find_config_file(args.config)
    config, problems = load_config(config_path)
    for problem in problems:
        log.warning("%s", problem)
    if config_path is not None:
        log.info("config: %s", config_path)
    budgets.use(budgets.Budgets.from_config(config))
    content = args.content or (Path(config["content_dir"]) if config["content_dir"] else None)
    return config, content or bundled_content_dir()


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments == ["--speech-helper"]:  # a frozen build runs its read-aloud engine this way
        from kiosk.ui.accessibility.speech_helper import main as speech_helper

        return speech_helper()
    if arguments[:1] == ["--render-worker"]:  # and its page-preparing helper this way
        from kiosk.core.render_worker import main as render_worker

        return render_worker(arguments[1:])
    args = build_parser().parse_args(argv)
    _setup_logging()
    command = args.command or "run"
    config, content = resolve_settings(args)
    if command in ("run", "check", "render", "self-test", "handout"):
        from kiosk.core import isolation  # a helper process prepares every page

        # `run` starts it once its first screen is up (it competes for the CPU while Qt loads);
        # the one-shot commands start it now, so it is warm when their first page needs it.
        isolation.enable(budgets.current(), start_now=command != "run")
    if command in ("check", "pages", "set-pin", "stats"):
        from kiosk import commands  # Qt-free

        if command == "check":
            return commands.check_command(args, content)
        if command == "pages":
            return commands.pages_command(content, args.lang or config["language"])
        if command == "set-pin":
            return commands.set_pin_command(args, config, content)
        return commands.stats_command(args, config, content)
    from kiosk.ui import launch  # Qt from here on

    if command == "render":
        return launch.render_command(config, content, args)
    if command == "self-test":
        return launch.self_test_command(config, content)
    if command == "handout":
        return launch.handout_command(config, content, args)
    if getattr(args, "mode", None):
        config = config.with_values(mode=args.mode)
    return launch.run_app(config, content)
