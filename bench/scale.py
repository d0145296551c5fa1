"""Scale: a generated library of many cards (in a temporary folder, never committed)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.interaction import CPU_NOTE, FRAME_TARGET
from bench.library import generate_library
from bench.plan import Plan
from bench.proc import child_env, python_command, run_probe, run_timed
from bench.startup import kiosk_command, time_to_first_paint
from bench.stats import Figure, Target

SECTION = "Scale"
SCALE_START_TARGET = Target(1.5)


def measure(plan: Plan) -> list[Figure]:
    cards = plan.scale_cards
    of = f"{cards:,} cards"
    startup = Figure(
        "scale.startup", SECTION, f"Cold start to first painted home, {of}", "s", target=SCALE_START_TARGET
    )
    home = Figure("scale.home_build", SECTION, f"Window and home built and painted, {of}", "ms")
    listing = Figure("scale.list_build", SECTION, f"Tap to the painted medicines list of {of}", "ms")
    scroll = Figure(
        "scale.scroll", SECTION, "Down through the whole list, p99 per tap", "ms", target=FRAME_TARGET
    )
    scroll_cpu = Figure(
        "scale.scroll_cpu",
        SECTION,
        "Down through the whole list, p99 of GUI-thread CPU per tap",
        "ms",
        target=FRAME_TARGET,
        note=CPU_NOTE,
    )
    scroll_cpu_max = Figure(
        "scale.scroll_cpu_max",
        SECTION,
        "Down through the whole list, slowest tap's GUI-thread CPU",
        "ms",
        target=FRAME_TARGET,
        note=CPU_NOTE,
    )
    card = Figure("scale.card_turn", SECTION, "Tap to the last card in that list", "ms")
    back = Figure("scale.back_turn", SECTION, "Back to the list", "ms")
    memory = Figure("scale.memory", SECTION, f"Resident memory after scrolling the list of {of}", "MB")
    check = Figure("scale.check", SECTION, f"kiosk check on {of}", "s")
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-library-") as folder:
        content = generate_library(Path(folder), cards)
        command = kiosk_command(content)
        if plan.warm_caches:
            time_to_first_paint(command, child_env())  # warm the disk cache once
        check_command = python_command("-m", "kiosk", "check", str(content))
        for _ in range(plan.scale_runs):
            startup.runs.append(time_to_first_paint(command, child_env()))
            answer = run_probe("scale", {"content": str(content)})
            home.runs.append(answer["home_ms"])
            listing.runs.append(answer["list_ms"])
            scroll.runs.append(answer["scroll_p99_ms"])
            scroll_cpu.runs.append(answer["scroll_cpu_p99_ms"])
            scroll_cpu_max.runs.append(answer["scroll_cpu_max_ms"])
            card.runs.append(answer["card_ms"])
            back.runs.append(answer["back_ms"])
            memory.runs.append(answer["rss_mb"])
            check.runs.append(run_timed(check_command, child_env(), ok_codes=(0, 1)).seconds)
    home.note = "in process, from building the window (the library loads here) to its first frame"
    check.note = "every file parsed and checked, reading levels included; a new process each run"
    scroll.note = (
        f"{answer['scroll_taps']} taps on Down from the top of the list to its end; the list makes "
        "widgets only for the tiles in and near view"
    )
    return [startup, home, listing, scroll, scroll_cpu, scroll_cpu_max, card, back, memory, check]
