"""Child processes: the app from this checkout, timed, with their peak memory."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent


def child_env(**extra: str) -> dict[str, str]:
    """Offscreen Qt, and this checkout's code first on the path (not whatever the venv points at)."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
    env.pop("KIOSK_CONFIG", None)  # the defaults, not a config this machine happens to have
    # An installed kiosk runs from compiled bytecode (pip and the frozen build write it); a shell
    # that forbids writing it would time Python compiling the app's 180 modules on every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["XDG_DATA_HOME"] = _scratch_data_home()  # logs and usage counts of bench runs stay out of yours
    env.update(extra)
    return env


@lru_cache(maxsize=1)
def _scratch_data_home() -> str:
    return tempfile.mkdtemp(prefix="kiosk-bench-home-")


def python_command(*args: str) -> list[str]:
    return [sys.executable, *args]


class ChildError(RuntimeError):
    pass


@dataclass(frozen=True)
class Finished:
    """A finished child: wall time, the largest resident set of any one of its processes (rusage),
    and the largest proportional set size of its whole process tree seen while it ran (sampled)."""

    started: float  # time.monotonic() just before the process was spawned
    seconds: float
    peak_process_mb: float
    peak_tree_mb: float
    stdout: str
    stderr: str


def _pss_bytes(pid: int) -> int:
    with open(f"/proc/{pid}/smaps_rollup", "rb") as rollup:
        for line in rollup:
            if line.startswith(b"Pss:"):
                return int(line.split()[1]) * 1024
    return 0


def child_pids(pid: int) -> list[int]:
    found: list[int] = []
    for task in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{task}/children", "rb") as children:
            found.extend(int(child) for child in children.read().split())
    return found


def rss_bytes(pid: int) -> int:
    with open(f"/proc/{pid}/status", "rb") as status:
        for line in status:
            if line.startswith(b"VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def tree_pss_bytes(root: int) -> int:
    """Proportional set size of ``root`` and every descendant (each shared page split among the
    processes that share it, so a page shared by a browser's processes counts once in the sum)."""
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        try:
            total += _pss_bytes(pid)
            stack.extend(child_pids(pid))
        except (OSError, ValueError):
            continue
    return total


def run_timed(
    command: Sequence[str],
    env: dict[str, str],
    timeout: float = 300,
    sample_tree: bool = False,
    ok_codes: tuple[int, ...] = (0,),
) -> Finished:
    """Run ``command`` to its end. ``sample_tree`` reads the process tree's memory every 10 ms, which
    costs a small share of one core: use it for both sides of a comparison or for neither."""
    started = time.monotonic()
    process = subprocess.Popen(
        command, env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    peak_tree = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_tree
        while sample_tree and not done.wait(0.01):
            peak_tree = max(peak_tree, tree_pss_bytes(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out_chunks: list[str] = []
    err_chunks: list[str] = []
    readers = [
        threading.Thread(target=lambda: out_chunks.append(process.stdout.read()), daemon=True),  # type: ignore[union-attr]
        threading.Thread(target=lambda: err_chunks.append(process.stderr.read()), daemon=True),  # type: ignore[union-attr]
    ]
    for reader in readers:
        reader.start()
    try:
        _, status, usage = _wait4(process.pid, started + timeout)
    except TimeoutError:
        process.kill()
        process.wait()
        raise ChildError(f"{' '.join(command)} took longer than {timeout:.0f} s") from None
    seconds = time.monotonic() - started
    done.set()
    sampler.join()
    for reader in readers:
        reader.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    stdout, stderr = "".join(out_chunks), "".join(err_chunks)
    if process.returncode not in ok_codes:
        raise ChildError(f"{' '.join(command)} exited {process.returncode}:\n{stderr[-2000:]}")
    peak_process = usage.ru_maxrss * 1024  # Linux reports kilobytes
    return Finished(started, seconds, peak_process / 2**20, peak_tree / 2**20, stdout, stderr)


def _wait4(pid: int, deadline: float) -> tuple[int, int, resource.struct_rusage]:
    while True:
        waited, status, usage = os.wait4(pid, os.WNOHANG)
        if waited == pid:
            return waited, status, usage
        if time.monotonic() > deadline:
            raise TimeoutError
        time.sleep(0.002)


def run_probe(kind: str, options: Mapping[str, object], timeout: float = 900) -> dict[str, Any]:
    """Run one in-app measurement (bench.inapp) in a fresh process; its JSON answer."""
    finished = run_timed(
        python_command("-m", "bench.inapp", kind, json.dumps(options)), child_env(), timeout=timeout
    )
    lines = [line for line in finished.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise ChildError(f"bench.inapp {kind} gave no answer:\n{finished.stderr[-2000:]}")
    answer: dict[str, Any] = json.loads(lines[-1])
    return answer
