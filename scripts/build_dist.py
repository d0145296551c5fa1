"""Build the standalone kiosk with PyInstaller (build_installer.spec), then report its size and build time.

    python scripts/build_dist.py               one folder, dist/kiosk/, plus a release archive
    python scripts/build_dist.py --onefile     one file, dist/onefile/kiosk
    python scripts/build_dist.py --debug       a console build with the bootloader's messages
    python scripts/build_dist.py --no-archive  the folder only (CI's frozen test)

The same script runs on Linux, Windows and macOS (`make dist` here, .github/workflows/build.yml there).
Every build starts clean: PyInstaller's work folder and cache live under build/ and are wiped first.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from kiosk import APP_ID, APP_NAME, __version__  # noqa: E402

LINUX_EXTRAS = ROOT / "packaging" / "linux"
LINUX_ICONS = ROOT / "packaging" / "icons" / "hicolor"


def tree_size(path: Path) -> tuple[int, int]:
    """Bytes and file count of a file or folder (symlinks counted once, as the archive stores them)."""
    if path.is_file():
        return path.stat().st_size, 1
    files = [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB ({size / 2**20:.1f} MiB)"


def build(onefile: bool, debug: bool) -> Path:
    work = ROOT / "build" / ("pyinstaller-onefile" if onefile else "pyinstaller")
    shutil.rmtree(work, ignore_errors=True)
    dist = ROOT / "dist" / ("onefile" if onefile else "")
    env = dict(
        os.environ,
        KIOSK_ONEFILE="1" if onefile else "",
        KIOSK_DEBUG="1" if debug else "",
        PYINSTALLER_CONFIG_DIR=str(work / "config"),  # no cache shared between builds or clones
    )
    command = [sys.executable, "-m", "PyInstaller", "build_installer.spec", "--noconfirm", "--clean"]
    command += ["--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work)]
    subprocess.run(command, cwd=ROOT, env=env, check=True)
    suffix = ".exe" if sys.platform == "win32" else ""
    return dist / f"kiosk{suffix}" if onefile else dist / "kiosk"


def archive(folder: Path) -> Path:
    """The release archive: the kiosk folder (macOS: the .app), on Linux with its installer and icons."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    top = f"{APP_ID}-{__version__}"
    if system == "macos":
        folder = folder.parent / f"{APP_NAME}.app"
    name = f"{top}-{system}-{platform.machine().lower()}"
    if system == "windows":
        target = ROOT / "dist" / f"{name}.zip"
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(folder.rglob("*")):
                archive.write(path, f"{top}/kiosk/{path.relative_to(folder).as_posix()}")
        return target
    target = ROOT / "dist" / f"{name}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(folder, f"{top}/{folder.name}")
        if system == "linux":
            for path in sorted(LINUX_EXTRAS.iterdir()):
                archive.add(path, f"{top}/{path.name}")
            archive.add(LINUX_ICONS, f"{top}/icons/hicolor")
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description="Build the standalone kiosk.")
    parser.add_argument("--onefile", action="store_true", help="one executable instead of a folder")
    parser.add_argument("--debug", action="store_true", help="console and bootloader messages")
    parser.add_argument("--no-archive", action="store_true", help="do not make the release archive")
    args = parser.parse_args()

    started = time.perf_counter()
    output = build(args.onefile, args.debug)
    took = time.perf_counter() - started
    size, files = tree_size(output)
    print(
        f"build_dist: {output.relative_to(ROOT)}: {megabytes(size)} in {files} files; built in {took:.0f} s"
    )
    if not (args.onefile or args.no_archive):
        started = time.perf_counter()
        packed = archive(output)
        took = time.perf_counter() - started
        packed_size = megabytes(packed.stat().st_size)
        print(f"build_dist: {packed.relative_to(ROOT)}: {packed_size}; packed in {took:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
