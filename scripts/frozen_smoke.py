"""Prove a frozen kiosk works on a machine without Python: run it as a clinic would, from elsewhere.

    python scripts/frozen_smoke.py dist/kiosk/kiosk

Each run starts from an empty working folder with a clean environment (only PATH, HOME and
QT_QPA_PLATFORM=offscreen; no PYTHONPATH, no venv, no user config), so the executable must find its
resources, font, content, Qt plugins and translations inside itself: self-test, its read-aloud helper
process, check, a Spanish home screen and a Spanish handout PDF, and kiosk mode's staff PIN (refused
start without one, set-pin, stats). Then a content/ folder and a
kiosk.toml placed beside the executable must win over the bundled ones. Any failure exits non-zero.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from kiosk import __version__  # noqa: E402

OVERRIDE_PAGE = """---
id: clinic-notice
kind: topic
title: Clinic notice
summary: A page that only the clinic's own content folder has.
order: 1
sources:
  - title: NIH Osteoporosis and Related Bone Diseases National Resource Center
    url: https://www.bones.nih.gov/
reviewed: 2025-01-01
---

This page comes from the content folder beside the program.
"""


# What the app's read-aloud sends its speech helper process
# (kiosk/ui/accessibility/speech_process.py), with Qt's silent test engine: the frozen program must
# run itself as the helper and load the speech plugins.
SPEECH_CALLS = b'{"call": "open", "args": ["mock", "en"]}\n{"call": "speak", "args": [1, ["Bones renew."]]}\n'
SPEECH_OPENED = '{"signal": "opened", "args": [true'


class SmokeError(Exception):
    pass


def clean_environment(home: Path) -> dict[str, str]:
    env = {"PATH": os.defpath, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    if sys.platform == "win32":  # Windows programs cannot start without these
        env.update(
            {key: os.environ[key] for key in ("SYSTEMROOT", "WINDIR", "TEMP", "TMP") if key in os.environ}
        )
        env["USERPROFILE"] = env["APPDATA"] = env["LOCALAPPDATA"] = str(home)
    return env


class FrozenKiosk:
    def __init__(self, executable: Path, workdir: Path) -> None:
        self.executable = executable
        self.workdir = workdir
        self.home = workdir / "home"
        self.home.mkdir()

    def run(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [str(self.executable), *args],
            input=stdin,
            cwd=self.workdir,
            env=clean_environment(self.home),
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        print(f"$ kiosk {' '.join(args)}  -> exit {result.returncode}")
        return result

    def speech_helper(self) -> None:
        result = subprocess.run(
            [str(self.executable), "--speech-helper"],
            input=SPEECH_CALLS,
            cwd=self.workdir,
            env=clean_environment(self.home),
            capture_output=True,
            timeout=120,
            check=False,
        )
        print(f"$ kiosk --speech-helper  -> exit {result.returncode}")
        stdout = result.stdout.decode(errors="replace")
        if result.returncode != 0 or SPEECH_OPENED not in stdout:
            raise SmokeError(
                f"the speech helper did not open Qt's mock engine\n--- stdout\n{stdout}"
                f"--- stderr\n{result.stderr.decode(errors='replace')}"
            )

    def expect(self, *args: str, output: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        result = self.run(*args, stdin=stdin)
        if result.returncode != 0 or output not in result.stdout + result.stderr:
            raise SmokeError(
                f"'kiosk {' '.join(args)}' exited {result.returncode} without '{output}'\n"
                f"--- stdout\n{result.stdout}--- stderr\n{result.stderr}"
            )
        return result


@contextmanager
def beside(executable: Path, name: str) -> Iterator[Path]:
    """A file or folder placed next to the executable for one check, then removed."""
    path = executable.parent / name
    if path.exists():
        raise SmokeError(f"{path} already exists; remove it first")
    try:
        yield path
    finally:
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)


def smoke(kiosk: FrozenKiosk) -> None:
    kiosk.expect("--version", output=f"kiosk {__version__}")
    result = kiosk.expect("self-test", output="self-test passed")
    print("\n".join(line for line in result.stdout.splitlines() if not line.startswith("self-test")))
    kiosk.speech_helper()
    kiosk.expect("check", output="0 errors")
    kiosk.expect("check", "--report", output="median English grade")
    kiosk.expect("render", "home", "--out", "home.png", "--lang", "es", output="home.png")
    if (kiosk.workdir / "home.png").stat().st_size < 10_000:
        raise SmokeError("render home wrote an (almost) empty picture")
    pages = kiosk.expect("pages", output="\tmedication\t").stdout.splitlines()
    medication = next(line.split("\t")[0] for line in pages if "\tmedication\t" in line)
    kiosk.expect("handout", medication, "--out", "handout.pdf", "--lang", "es", output="handout.pdf")
    if not (kiosk.workdir / "handout.pdf").read_bytes().startswith(b"%PDF"):
        raise SmokeError("handout did not write a PDF")

    unattended(kiosk)

    with beside(kiosk.executable, "content") as content:
        (content / "en").mkdir(parents=True)
        (content / "en" / "clinic-notice.md").write_text(OVERRIDE_PAGE, encoding="utf-8")
        result = kiosk.expect("pages", output="clinic-notice")
        if len(result.stdout.splitlines()) != 1:
            raise SmokeError(
                f"a content/ folder beside the program did not replace the bundled one:\n{result.stdout}"
            )
    with beside(kiosk.executable, "kiosk.toml") as config:
        config.write_text('theme = "no-such-theme"\n', encoding="utf-8")
        kiosk.expect("pages", output=f"{config}:1: error: 'theme' must be one of")


def unattended(kiosk: FrozenKiosk) -> None:
    """Kiosk mode refuses to start without a staff PIN (78); set-pin (scrypt) and stats (sqlite3) work."""
    refused = kiosk.run("run", "--kiosk")
    if refused.returncode != 78 or "kiosk set-pin" not in refused.stderr:
        raise SmokeError(f"kiosk mode without a PIN exited {refused.returncode}\n{refused.stderr}")
    kiosk.expect("set-pin", "--pin-stdin", output="Staff PIN saved", stdin="258036\n")
    kiosk.expect("stats", "--out", "usage.csv", output="rows written to usage.csv")


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    executable = Path(sys.argv[1]).resolve()
    if not executable.is_file():
        print(f"frozen_smoke: no executable at {executable}; run `make dist` first", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="kiosk-smoke-") as workdir:
        try:
            smoke(FrozenKiosk(executable, Path(workdir)))
        except (SmokeError, subprocess.TimeoutExpired) as failure:
            print(f"frozen_smoke: FAILED: {failure}", file=sys.stderr)
            return 1
    print(f"frozen_smoke: {executable} passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
