"""The staff PIN: stored only as a salted scrypt hash, checked with a growing lock after wrong tries.

The hash file holds one line, ``scrypt$N$r$p$SALT$HASH`` (salt and hash in base64), so the cost can
be raised later without breaking files already written.

Five wrong tries lock the keypad for a minute, the next five for 5 minutes, then 30, then 3 hours
each time, until the right PIN is entered: a patient guesser gets a few dozen tries a day, against
about a million 6-digit PINs. The count and the lock are kept in a small file next to the PIN hash,
so restarting the kiosk does not reset them. It holds numbers only: nothing about who typed.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import json
import logging
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.logs import make_private_folder
from kiosk.core.small_file import NotASmallFileError, read_small_file

log = logging.getLogger(__name__)
MIN_PIN_DIGITS = 6
MAX_PIN_DIGITS = 8
PIN_PATTERN = re.compile(rf"^[0-9]{{{MIN_PIN_DIGITS},{MAX_PIN_DIGITS}}}$")
SCRYPT_N = 2**14  # about 50 ms and 16 MB per try: slow for a guesser, instant for staff
SCRYPT_R = 8
SCRYPT_P = 1
MAX_TRIES = 5
LOCK_STEPS = (60, 5 * 60, 30 * 60, 3 * 60 * 60)  # the last one repeats
LOCK_SECONDS = LOCK_STEPS[0]
MAX_PIN_FILE_BYTES = 4_096  # one line; /dev/zero or a huge file is refused, never read
ATTEMPTS_FILE_NAME = "staff-pin-attempts"
# Straight lines on a phone-style keypad (1 2 3 / 4 5 6 / 7 8 9 / 0 under 8), read either way.
_KEYPAD_LINES = ("123", "456", "789", "147", "2580", "369", "159", "357")
KEYPAD_LINES = (*_KEYPAD_LINES, *(line[::-1] for line in _KEYPAD_LINES))


class PinFileError(ValueError):
    """The PIN file exists but does not hold a hash this version can read."""


def pin_rule_problem(pin: str) -> str | None:
    """Why ``pin`` cannot be a staff PIN, or None when it can."""
    if not PIN_PATTERN.match(pin):
        return (
            f"the PIN must be {MIN_PIN_DIGITS} to {MAX_PIN_DIGITS} digits (0-9), "
            "the only keys on the staff keypad"
        )
    if len(set(pin)) <= 2:
        return "the PIN is too easy to guess (it uses only one or two different digits)"
    if _is_sequence(pin):
        return "the PIN is too easy to guess (digits that go up or down by the same step, like 135791)"
    if _is_repeat(pin):
        return "the PIN is too easy to guess (a group of digits said twice, like 147147)"
    if _is_keypad_pattern(pin):
        return "the PIN is too easy to guess (lines on the keypad, like 147258 or 2580)"
    return None


def _is_sequence(pin: str) -> bool:
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}
    return len(steps) == 1


def _is_repeat(pin: str) -> bool:
    if len(pin) % 2 == 0 and pin[::2] == pin[1::2]:  # every digit twice: 112233
        return True
    sizes = range(1, len(pin) // 2 + 1)
    return any(len(pin) % size == 0 and pin == pin[:size] * (len(pin) // size) for size in sizes)


def _is_keypad_pattern(pin: str) -> bool:
    """Made only of pieces of keypad lines, three keys or more each: 147258, 159357, 2580369."""
    can_end = [True] + [False] * len(pin)  # can_end[i]: pin[:i] splits into such pieces
    for end in range(3, len(pin) + 1):
        can_end[end] = any(
            can_end[start] and any(pin[start:end] in line for line in KEYPAD_LINES)
            for start in range(0, end - 2)
        )
    return can_end[len(pin)]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_pin(pin: str, n: int = SCRYPT_N, salt: bytes | None = None) -> str:
    salt = salt if salt is not None else os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${n}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def _parse(stored: str) -> tuple[int, int, int, bytes, bytes]:
    parts = stored.strip().split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        raise PinFileError("not a staff PIN hash written by 'kiosk set-pin'")
    try:
        n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
        salt, digest = base64.b64decode(parts[4], validate=True), base64.b64decode(parts[5], validate=True)
    except ValueError:
        raise PinFileError("the staff PIN hash is damaged") from None
    if n < 2 or n & (n - 1) or not 1 <= r <= 64 or not 1 <= p <= 16 or len(salt) < 8 or len(digest) < 16:
        raise PinFileError("the staff PIN hash has impossible parameters")
    return n, r, p, salt, digest


def verify_pin(pin: str, stored: str) -> bool:
    n, r, p, salt, digest = _parse(stored)
    candidate = hashlib.scrypt(
        pin.encode(), salt=salt, n=n, r=r, p=p, dklen=len(digest), maxmem=256 * 1024 * 1024
    )
    return hmac.compare_digest(candidate, digest)


def read_pin_hash(path: Path) -> str | None:
    """The stored hash; None when no PIN was set. Raises PinFileError when the file is unusable."""
    try:
        text = read_small_file(path, MAX_PIN_FILE_BYTES).decode("ascii")
    except FileNotFoundError:
        return None
    except NotASmallFileError as error:
        raise PinFileError(f"cannot use {path}: {error}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise PinFileError(f"cannot read {path} ({error.__class__.__name__})") from None
    _parse(text)
    return text.strip()


def write_pin_hash(path: Path, stored: str) -> None:
    """Write the hash readable by this user only, replacing any old one in one step."""
    write_private_text(path, stored + "\n")


def write_private_text(path: Path, text: str) -> None:
    """Write ``text`` readable by this user only, replacing any old file in one step."""
    make_private_folder(path.parent)
    temporary = path.with_name(path.name + ".new")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


@dataclass(frozen=True)
class Attempt:
    accepted: bool
    tries_left: int
    locked_seconds: int  # > 0 while the keypad is locked
    earlier_failures: int = 0  # on the right PIN: wrong tries since the last staff visit


@dataclass
class AttemptState:
    """What survives a restart: counts and a time, nothing about who typed."""

    wrong: int = 0  # wrong tries since the last lock (or the right PIN)
    lockouts: int = 0  # locks since the right PIN was last entered; each one lasts longer
    locked_until: float = 0.0  # on the guard's clock
    failures: int = 0  # wrong tries since the last staff visit, for the staff menu

    @classmethod
    def load(cls, path: Path | None) -> AttemptState:
        if path is None:
            return cls()
        try:
            data = json.loads(read_small_file(path, MAX_PIN_FILE_BYTES).decode("ascii"))
            return cls(
                wrong=max(0, int(data["wrong"])),
                lockouts=max(0, int(data["lockouts"])),
                locked_until=float(data["locked_until"]),
                failures=max(0, int(data["failures"])),
            )
        except FileNotFoundError:
            return cls()
        except (OSError, NotASmallFileError, ValueError, KeyError, TypeError, UnicodeDecodeError):
            # A damaged file must not unlock the keypad: start as if one lock had already happened.
            log.error("the staff PIN attempts file %s is damaged; starting from one lock", path)
            return cls(lockouts=1)

    def save(self, path: Path | None) -> None:
        if path is None:
            return
        text = json.dumps(
            {
                "wrong": self.wrong,
                "lockouts": self.lockouts,
                "locked_until": self.locked_until,
                "failures": self.failures,
            }
        )
        try:
            write_private_text(path, text)
        except OSError as error:
            log.error("cannot keep the staff PIN attempts in %s (%s)", path, error)


def lock_length(lockouts: int) -> int:
    """How long the ``lockouts``-th lock lasts (1 is the first)."""
    return LOCK_STEPS[min(lockouts, len(LOCK_STEPS)) - 1]


class PinGuard:
    """Counts wrong tries; every ``MAX_TRIES`` wrong ones lock the keypad, longer each time.

    Lives as long as the app, not the visit, so waiting for an idle reset does not reset the count;
    with ``state_file`` the count and the lock also outlast a restart.
    """

    def __init__(
        self, stored: str, clock: Callable[[], float] = time.monotonic, state_file: Path | None = None
    ) -> None:
        self._stored = stored
        self._clock = clock
        self._state_file = state_file
        self._state = AttemptState.load(state_file)

    @property
    def tries_left(self) -> int:
        return MAX_TRIES - self._state.wrong

    @property
    def failures_since_staff_visit(self) -> int:
        return self._state.failures

    def locked_seconds(self) -> int:
        state = self._state
        if not state.locked_until:
            return 0
        left = state.locked_until - self._clock()
        if left <= 0:
            state.locked_until = 0.0
            state.wrong = 0
            state.save(self._state_file)
            return 0
        longest = lock_length(max(state.lockouts, 1))
        if left > longest:  # the clock went back (a restart after a reboot): the lock starts again
            state.locked_until = self._clock() + longest
            state.save(self._state_file)
            left = longest
        return int(left + 0.999)

    def try_pin(self, pin: str) -> Attempt:
        locked = self.locked_seconds()
        if locked:
            return Attempt(False, 0, locked)
        state = self._state
        if verify_pin(pin, self._stored):
            earlier = state.failures
            self._state = AttemptState()
            self._state.save(self._state_file)
            return Attempt(True, MAX_TRIES, 0, earlier)
        state.wrong += 1
        state.failures += 1
        if state.wrong >= MAX_TRIES:
            state.lockouts += 1
            seconds = lock_length(state.lockouts)
            state.locked_until = self._clock() + seconds
            state.save(self._state_file)
            log.warning("staff keypad locked for %d s after %d wrong PINs", seconds, MAX_TRIES)
            return Attempt(False, 0, seconds)
        state.save(self._state_file)
        return Attempt(False, self.tries_left, 0)
