"""The staff PIN is kept only as a salted slow hash, and five wrong tries lock the keypad a minute."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from kiosk.core.pin import (
    LOCK_SECONDS,
    PinFileError,
    PinGuard,
    hash_pin,
    pin_rule_problem,
    read_pin_hash,
    verify_pin,
    write_pin_hash,
)
from tests.conftest import STAFF_PIN, STAFF_PIN_HASH, FakeClock


def test_the_hash_is_salted_scrypt_and_never_the_pin() -> None:
    first, second = hash_pin("2468", n=2**10), hash_pin("2468", n=2**10)
    assert first.startswith("scrypt$1024$8$1$") and "2468" not in first
    assert first != second  # a fresh salt every time
    assert verify_pin("2468", first) and verify_pin("2468", second)
    assert not verify_pin("2469", first)


def test_the_default_cost_is_the_slow_one() -> None:
    assert hash_pin("2468").startswith("scrypt$16384$8$1$")


@pytest.mark.parametrize(
    ("pin", "reason"),
    [
        ("123", "4 to 8 digits"),
        ("123456789", "4 to 8 digits"),
        ("12a4", "4 to 8 digits"),
        ("0000", "too easy"),
        ("1234", "too easy"),
        ("9876", "too easy"),
    ],
)
def test_pins_staff_could_not_type_or_anyone_could_guess_are_refused(pin: str, reason: str) -> None:
    problem = pin_rule_problem(pin)
    assert problem is not None and reason in problem


def test_the_pin_file_is_private_and_replaced_whole(tmp_path: Path) -> None:
    path = tmp_path / "data" / "staff-pin"
    write_pin_hash(path, STAFF_PIN_HASH)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert read_pin_hash(path) == STAFF_PIN_HASH
    assert list(path.parent.iterdir()) == [path]  # no temporary file left behind


def test_no_file_means_no_pin(tmp_path: Path) -> None:
    assert read_pin_hash(tmp_path / "staff-pin") is None


@pytest.mark.parametrize(
    "text", ["2468\n", "scrypt$1024$8$1$!!$!!", "scrypt$1000$8$1$AAAAAAAAAAA=$AAAAAAAAAAAAAAAAAAAAAA=="]
)
def test_a_damaged_pin_file_is_an_error_not_a_way_in(tmp_path: Path, text: str) -> None:
    path = tmp_path / "staff-pin"
    path.write_text(text)
    with pytest.raises(PinFileError):
        read_pin_hash(path)


def test_five_wrong_tries_lock_for_a_minute_then_unlock(clock: FakeClock) -> None:
    guard = PinGuard(STAFF_PIN_HASH, clock)
    for left in (4, 3, 2, 1):
        assert guard.try_pin("1357").tries_left == left
    locked = guard.try_pin("1357")
    assert not locked.accepted and locked.locked_seconds == LOCK_SECONDS == 60
    assert not guard.try_pin(STAFF_PIN).accepted  # even the right PIN waits
    clock.advance(59.5)
    assert guard.locked_seconds() == 1
    clock.advance(0.5)
    assert guard.locked_seconds() == 0 and guard.tries_left == 5
    assert guard.try_pin(STAFF_PIN).accepted


def test_the_right_pin_resets_the_count(clock: FakeClock) -> None:
    guard = PinGuard(STAFF_PIN_HASH, clock)
    guard.try_pin("1357")
    guard.try_pin("1357")
    assert guard.try_pin(STAFF_PIN).accepted
    assert guard.tries_left == 5
