"""The staff PIN: stored only as a salted scrypt hash, checked with a lock after five wrong tries.

The hash file holds one line, ``scrypt$N$r$p$SALT$HASH`` (salt and hash in base64), so the cost can
be raised later without breaking files already written.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.small_file import NotASmallFileError, read_small_file

PIN_PATTERN = re.compile(r"^[0-9]{4,8}$")
SCRYPT_N = 2**14  # about 50 ms and 16 MB per try: slow for a guesser, instant for staff
SCRYPT_R = 8
SCRYPT_P = 1
MAX_TRIES = 5
LOCK_SECONDS = 60
MAX_PIN_FILE_BYTES = 4_096  # one line; /dev/zero or a huge file is refused, never read


class PinFileError(ValueError):
    """The PIN file exists but does not hold a hash this version can read."""


def pin_rule_problem(pin: str) -> str | None:
    """Why ``pin`` cannot be a staff PIN, or None when it can."""
    if not PIN_PATTERN.match(pin):
        return "the PIN must be 4 to 8 digits (0-9), the only keys on the staff keypad"
    if len(set(pin)) == 1 or pin in "0123456789" or pin in "9876543210":
        return "the PIN is too easy to guess (all one digit, or digits in a row)"
    return None


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
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".new")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(stored + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


@dataclass(frozen=True)
class Attempt:
    accepted: bool
    tries_left: int
    locked_seconds: int  # > 0 while the keypad is locked


class PinGuard:
    """Counts wrong tries; after ``MAX_TRIES`` the keypad locks for ``LOCK_SECONDS``.

    Lives as long as the app, not the visit, so waiting for an idle reset does not reset the count.
    """

    def __init__(self, stored: str, clock: Callable[[], float] = time.monotonic) -> None:
        self._stored = stored
        self._clock = clock
        self._wrong = 0
        self._locked_until = 0.0

    @property
    def tries_left(self) -> int:
        return MAX_TRIES - self._wrong

    def locked_seconds(self) -> int:
        left = self._locked_until - self._clock()
        if left <= 0:
            if self._locked_until:
                self._locked_until = 0.0
                self._wrong = 0
            return 0
        return int(left + 0.999)

    def try_pin(self, pin: str) -> Attempt:
        locked = self.locked_seconds()
        if locked:
            return Attempt(False, 0, locked)
        if verify_pin(pin, self._stored):
            self._wrong = 0
            return Attempt(True, MAX_TRIES, 0)
        self._wrong += 1
        if self._wrong >= MAX_TRIES:
            self._locked_until = self._clock() + LOCK_SECONDS
            return Attempt(False, 0, LOCK_SECONDS)
        return Attempt(False, self.tries_left, 0)
