"""Start the app, render one screen to a PNG, or self-test every page at every text size."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.core.config import TEXT_STEPS, THEMES, Config
from kiosk.core.content import available_languages
from kiosk.core.languages import CODES
from kiosk.core.routes import HOME
from kiosk.core.textsize import step_index
from kiosk.ui.shell.app import KioskApplication
from kiosk.ui.shell.compose import Kiosk, UnattendedSetup, build_kiosk

# What only `kiosk run` needs (logs, staff PIN, the unattended kit) is imported in run_app, so that
# `kiosk render` and `kiosk self-test` start without it.

log = logging.getLogger(__name__)
EXIT_CONFIG = 78  # EX_CONFIG: the systemd unit does not restart on it (RestartPreventExitStatus)
WARM_UP_AFTER_MS = 300  # the first frame is long drawn by then, and no visitor has tapped yet


def get_app() -> KioskApplication:
    app = QApplication.instance()
    if isinstance(app, KioskApplication):
        return app
    if app is not None:
        raise RuntimeError("another QApplication is already running")
    return KioskApplication(sys.argv[:1])


def start_kiosk(
    config: Config, content: Path, unattended: UnattendedSetup | None = None, first_page: str = HOME
) -> Kiosk:
    get_app()
    return build_kiosk(config, content, unattended=unattended, first_page=first_page)


def app_data_folder(config: Config, content: Path) -> Path:
    """Where the log, usage counts and PIN hash live: ``data_dir``, or Qt's app-data folder."""
    from kiosk.core.datadir import data_dir

    get_app()
    default = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    return data_dir(config, content, default)


def _staff_pin(config: Config, content: Path, folder: Path) -> str | None:
    from kiosk.core.datadir import is_inside, pin_file
    from kiosk.core.pin import PinFileError, read_pin_hash

    path = pin_file(config, content, folder)
    try:
        stored = read_pin_hash(path)
    except PinFileError as error:
        log.error("staff PIN file %s: %s", path, error)
        stored = None
    if stored is not None and is_inside(path, content):
        log.error("staff PIN file %s is inside the content folder; it is not used there", path)
        stored = None
    if stored is None:
        print(
            "kiosk: kiosk mode needs a staff PIN, so that staff can get out of it.\n"
            "Set one with:  kiosk set-pin" + (f" --config {config.source}" if config.source else "") + "\n"
            f"(It is kept only as a salted hash, in {path}; 'staff.pin_file' in the config moves it.)",
            file=sys.stderr,
        )
        return None
    return stored


def run_app(config: Config, content: Path) -> int:
    from kiosk.core.datadir import is_inside
    from kiosk.core.logs import add_file_log, record_hard_crashes
    from kiosk.ui.shell.crash_guard import EXIT_SOFTWARE, CrashGuard
    from kiosk.ui.shell.last_good import LastGood
    from kiosk.ui.shell.lifecycle import StopOnSignals, display_problem, prepare_speech_helper

    problem = display_problem()
    if problem:
        print(f"kiosk: {problem}. Start it in a graphical session (see docs/deployment.md).", file=sys.stderr)
        return EXIT_CONFIG
    folder = app_data_folder(config, content)
    stopper = StopOnSignals(get_app())  # from now on: a stop signal that comes early still counts
    add_file_log(folder)
    record_hard_crashes(folder)
    prepare_speech_helper(folder)
    pin_hash = None
    if config.kiosk_mode:
        pin_hash = _staff_pin(config, content, folder)
        if pin_hash is None:
            return EXIT_CONFIG
    try:
        start_from, version = content, ""
        if is_inside(folder, content):
            log.error("the data folder %s is inside the content folder; no last good copy is kept", folder)
        else:
            start_from, version = LastGood(folder).start_root(content)
        get_app()
        kiosk = build_kiosk(
            config,
            content,
            start_from=start_from,
            unattended=UnattendedSetup(folder, pin_hash, start_version=version, background_checks=True),
        )
        window, kit = kiosk.window, kiosk.unattended
        assert kit is not None
        guard = CrashGuard(kit.recover, QCoreApplication.exit)
        guard.install()
        stopper.stop_requested.connect(kit.stop)
        if config.kiosk_mode:
            kit.lock_down()
        else:
            window.resize(1024, 768)
            window.show()
    except Exception:
        log.critical("the kiosk could not start", exc_info=True)
        return EXIT_SOFTWARE
    QTimer.singleShot(WARM_UP_AFTER_MS, window.warm_up)
    if os.environ.get("KIOSK_BENCH_FIRST_PAINT"):  # bench/ times start-up to the first frame
        from kiosk.ui.shell.first_paint import quit_after_first_paint

        quit_after_first_paint(window)
    code = get_app().exec()
    if guard.exit_code is not None:
        code = guard.exit_code  # a later quit() (a timer already due) must not turn 70 into 0
    if code == 0:
        kit.trial.finish()
    kiosk.detach()
    stopper.uninstall()
    guard.uninstall()
    log.info("kiosk stopped (exit status %d)", code)
    return code


def _parse_size(text: str) -> QSize:
    width, _, height = text.lower().partition("x")
    return QSize(int(width), int(height))


def render_command(config: Config, content: Path, args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        size = _parse_size(args.size)
    except ValueError:
        print(f"kiosk render: --size must look like 1024x768, not {args.size!r}", file=sys.stderr)
        return 2
    if args.theme and args.theme not in THEMES:
        print(f"kiosk render: --theme must be one of {', '.join(THEMES)}", file=sys.stderr)
        return 2
    # No speech engine for a picture: starting one (a speech daemon) would only slow it down.
    overrides: dict[str, object] = {"mode": "window", "idle__in_window": False, "speech__enabled": False}
    if args.font_scale is not None:
        overrides["text__default_percent"] = TEXT_STEPS[step_index(round(args.font_scale * 100))]
    if args.theme:
        overrides["theme"] = args.theme
    if args.lang:
        overrides["language"] = args.lang
    window = start_kiosk(config.with_values(**overrides), content, first_page=args.page).window
    if window.current.page_id != args.page:  # neither a page nor a route: home is shown instead
        print(f"kiosk render: no page '{args.page}'", file=sys.stderr)
        return 2
    window.resize(size)
    window.show()
    QCoreApplication.processEvents()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(args.out)):
        print(f"kiosk render: could not write {args.out}", file=sys.stderr)
        return 1
    print(args.out)
    return 0


def self_test_command(config: Config, content: Path) -> int:
    """Check the installation, then open every page at every text size in every language.

    Fails only if the app itself fails or its installation is missing a part (see installation.py).
    """
    from kiosk.ui.shell.installation import check_installation

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    window = start_kiosk(
        config.with_values(mode="window", idle__in_window=False, speech__enabled=False), content
    ).window
    parts = check_installation()
    for part in parts:
        print(part)
    if not all(part.found for part in parts):
        print("self-test failed: the installation is missing parts", file=sys.stderr)
        return 1
    window.resize(1024, 768)
    window.show()
    opened = 0
    try:
        # A stray two-letter folder ('xx/') is not a language the kiosk speaks: the checker names it.
        spoken = [lang for lang in available_languages(content) if lang in CODES]
        for lang in spoken or [config["language"]]:
            window.visitor.set_language(lang)
            library = window.library
            for percent in TEXT_STEPS:
                window.visitor.set_text_percent(percent)
                window.go_home()
                QCoreApplication.processEvents()
                for page in (*library.topics, *library.medications):
                    window.go_home()
                    window.open_page(page.id)
                    QCoreApplication.processEvents()
                    opened += 1
    except Exception:
        log.exception("self-test failed")
        return 1
    print(f"self-test passed: {opened} page views at {len(TEXT_STEPS)} text sizes")
    return 0


def handout_command(config: Config, content: Path, args: argparse.Namespace) -> int:
    """Write the take-home handout for some medication cards to a PDF, as the Print button would."""
    import datetime as dt

    from kiosk.core.handout import MAX_MEDICINES, build_handout
    from kiosk.ui.shell.safe_library import load_resiliently
    from kiosk.ui.treatment.handout_pdf import body_size, save_pdf, write_pdf_to_stdout

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    lang = args.lang or config["language"]
    library, problems = load_resiliently(content, lang)
    for problem in problems:
        log.warning("%s", problem)
    pages = []
    for page_id in dict.fromkeys(args.ids):  # the same medicine twice is one card
        page = library.get(page_id)
        if page is None or page.medication is None:
            print(f"kiosk handout: no medication card '{page_id}' in language '{lang}'", file=sys.stderr)
            return 2
        pages.append(page)
    if len(pages) > MAX_MEDICINES:
        print(f"kiosk handout: at most {MAX_MEDICINES} medicines fit on a handout", file=sys.stderr)
        return 2
    get_app()  # fonts
    handout = build_handout(pages, config["clinic_name"], dt.date.today(), lang)
    to_stdout = str(args.out) == "-"
    try:
        size = body_size(config["print.large_print"])
        if to_stdout:
            count = write_pdf_to_stdout(handout, config["print.paper"], size)
        else:
            args.out.parent.mkdir(parents=True, exist_ok=True)
            count = save_pdf(handout, args.out, config["print.paper"], size)
    except OSError as error:
        print(f"kiosk handout: {error}", file=sys.stderr)
        return 1
    summary = f"{'stdout' if to_stdout else args.out} ({count} page{'s' if count != 1 else ''})"
    print(summary, file=sys.stderr if to_stdout else sys.stdout)
    return 0
