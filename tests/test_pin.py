"""The staff PIN is kept only as a salted slow hash, and five wrong tries lock the keypad a minute."""

from __future__ import annotations

import json
import logging
import stat
from pathlib import Path

import pytest

from kiosk.core.pin import (
    LOCK_SECONDS,
    MAX_TRIES,
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
        ("123", "6 to 8 digits"),
        ("123456789", "6 to 8 digits"),
        ("12a456", "6 to 8 digits"),
        ("2580", "6 to 8 digits"),  # a keypad column: and 4 digits fall in a day and a half
        ("1212", "6 to 8 digits"),
        ("13579", "6 to 8 digits"),
        ("000000", "too easy"),
        ("123456", "too easy"),
        ("987654", "too easy"),
        ("890123", "too easy"),  # up by one, around past 9
        ("135791", "too easy"),  # up by two
        ("121212", "too easy"),
        ("147147", "too easy"),
        ("112233", "too easy"),
        ("147258", "too easy"),  # two keypad columns
        ("2580369", "too easy"),
        ("159357", "too easy"),  # the diagonals
        ("963852", "too easy"),
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
        assert guard.try_pin("913572").tries_left == left
    locked = guard.try_pin("913572")
    assert not locked.accepted and locked.locked_seconds == LOCK_SECONDS == 60
    assert not guard.try_pin(STAFF_PIN).accepted  # even the right PIN waits
    clock.advance(59.5)
    assert guard.locked_seconds() == 1
    clock.advance(0.5)
    assert guard.locked_seconds() == 0 and guard.tries_left == 5
    assert guard.try_pin(STAFF_PIN).accepted


def test_the_right_pin_resets_the_count(clock: FakeClock) -> None:
    guard = PinGuard(STAFF_PIN_HASH, clock)
    guard.try_pin("913572")
    guard.try_pin("913572")
    assert guard.try_pin(STAFF_PIN).accepted
    assert guard.tries_left == 5


@pytest.mark.parametrize("pin", ["470381", "913572", "258036", "60417293"])
def test_pins_with_no_pattern_are_accepted(pin: str) -> None:
    assert pin_rule_problem(pin) is None


def lock_out(guard: PinGuard) -> int:
    """Five wrong tries; how long the keypad then stays locked."""
    for _ in range(MAX_TRIES):
        attempt = guard.try_pin("913572")
    return attempt.locked_seconds


def test_each_lock_lasts_longer_until_the_right_pin(clock: FakeClock) -> None:
    guard = PinGuard(STAFF_PIN_HASH, clock)
    lengths = []
    for _ in range(5):
        lengths.append(lock_out(guard))
        clock.advance(lengths[-1])
    assert lengths == [60, 5 * 60, 30 * 60, 3 * 60 * 60, 3 * 60 * 60]
    assert guard.try_pin(STAFF_PIN).accepted
    assert lock_out(guard) == 60  # staff came: the next guesser starts at a minute again


def test_the_count_and_the_lock_outlast_a_restart(tmp_path: Path, clock: FakeClock) -> None:
    state = tmp_path / "staff-pin-attempts"
    before = PinGuard(STAFF_PIN_HASH, clock, state)
    assert lock_out(before) == 60
    clock.advance(60)
    before.try_pin("913572")
    restarted = PinGuard(STAFF_PIN_HASH, clock, state)
    assert restarted.tries_left == 4
    assert lock_out(restarted) == 5 * 60  # a restart does not bring back the one-minute lock
    again = PinGuard(STAFF_PIN_HASH, clock, state)
    assert again.locked_seconds() == 5 * 60 and not again.try_pin(STAFF_PIN).accepted
    assert stat.S_IMODE(state.stat().st_mode) == 0o600
    assert set(json.loads(state.read_text())) == {"wrong", "lockouts", "locked_until", "failures"}


def test_a_damaged_attempts_file_does_not_unlock_anything(tmp_path: Path, clock: FakeClock) -> None:
    state = tmp_path / "staff-pin-attempts"
    state.write_text("{not json")
    assert lock_out(PinGuard(STAFF_PIN_HASH, clock, state)) == 5 * 60


def test_a_clock_gone_back_restarts_the_lock_rather_than_lengthening_it(
    tmp_path: Path, clock: FakeClock
) -> None:
    state = tmp_path / "staff-pin-attempts"
    lock_out(PinGuard(STAFF_PIN_HASH, clock, state))
    clock.advance(-10_000)  # the monotonic clock after a reboot
    assert PinGuard(STAFF_PIN_HASH, clock, state).locked_seconds() == 60


def test_each_lock_is_logged_with_its_length_only(clock: FakeClock, caplog: pytest.LogCaptureFixture) -> None:
    guard = PinGuard(STAFF_PIN_HASH, clock)
    with caplog.at_level(logging.WARNING, logger="kiosk.core.pin"):
        lock_out(guard)
    assert [record.getMessage() for record in caplog.records] == [
        "staff keypad locked for 60 s after 5 wrong PINs"
    ]
    assert "913572" not in caplog.text


def test_the_right_pin_tells_how_many_wrong_ones_came_before(clock: FakeClock) -> None:
    guard = PinGuard(STAFF_PIN_HASH, clock)
    lock_out(guard)
    clock.advance(60)
    guard.try_pin("913572")
    assert guard.try_pin(STAFF_PIN).earlier_failures == 6
    assert guard.try_pin(STAFF_PIN).earlier_failures == 0
