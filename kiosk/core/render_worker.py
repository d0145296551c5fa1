"""The helper process of :mod:`kiosk.core.isolation`: pages in on stdin, HTML out on stdout.

It limits its own memory first (Linux, ``RLIMIT_AS``), so a page that would need more fails here
with a MemoryError or dies, and the app only loses that page.
"""

from __future__ import annotations

import pickle
import sys


def _limit_memory(megabytes: int) -> None:
    try:
        import resource
    except ImportError:  # not on this platform: the time limit still holds
        return
    limit = megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def main(arguments: list[str]) -> int:
    _limit_memory(int(arguments[0]) if arguments else 1024)
    from kiosk.core import budgets
    from kiosk.core.isolation import _HEADER, READY, _read_exactly, _send
    from kiosk.core.page_html import render_page_here

    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    _send(stdout, READY)
    while True:
        try:
            message = _read_exactly(stdin, _HEADER.size, None)
        except (EOFError, OSError):
            return 0  # the app closed: so do we
        (length,) = _HEADER.unpack(message)
        page, limits = pickle.loads(  # from the app that started us
            _read_exactly(stdin, length, None)
        )
        budgets.use(limits)
        try:
            reply: object = render_page_here(page)
        except (MemoryError, RecursionError) as error:
            reply = error.__class__.__name__
        _send(stdout, reply)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
