"""What the figures were measured on: CPU, cores, OS, Python, Qt."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from pathlib import Path

from bench.proc import REPO, child_env


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def os_name() -> str:
    try:
        for line in Path("/etc/os-release").read_text(encoding="utf-8").splitlines():
            if line.startswith("PRETTY_NAME="):
                name = line.split("=", 1)[1].strip().strip('"')
                return f"{name}, kernel {platform.release()}"
    except OSError:
        pass
    return platform.platform()


def qt_versions() -> str:
    """PySide6 and Qt as the kiosk imports them (asked of a child, so this process stays Qt-free)."""
    code = "import PySide6, PySide6.QtCore as c; print(PySide6.__version__, c.qVersion())"
    try:
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=child_env(), timeout=60
        )
        pyside, qt = result.stdout.split()
    except (OSError, subprocess.SubprocessError, ValueError):
        return "unknown"
    return f"Qt {qt} (PySide6 {pyside}), offscreen platform"


def describe() -> dict[str, str]:
    memory_gib = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {
        "CPU": cpu_model(),
        "Cores": f"{os.cpu_count()} ({memory_gib:.0f} GiB memory)",
        "OS": os_name(),
        "Python": f"{platform.python_implementation()} {platform.python_version()}",
        "Qt": qt_versions(),
    }


def load_average() -> float:
    return os.getloadavg()[0]


def commit() -> str:
    """The commit measured, marked when the tree has changes not yet committed."""

    def git(*args: str) -> str:
        return subprocess.run(
            ["git", *args], capture_output=True, text=True, cwd=REPO, timeout=30
        ).stdout.strip()

    try:
        head = git("rev-parse", "--short", "HEAD")
        dirty = git(
            "status", "--porcelain", "--untracked-files=no", "--", "kiosk", "bench", "resources", "content"
        )
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return f"{head}{' with uncommitted changes' if dirty else ''}" if head else "unknown"
