"""Globally unique, time-ordered record ids.

Records are created on several laptops offline and merged later, so ids are
never autoincrement integers. An id is 26 Crockford base-32 characters: 48 bits
of milliseconds then 80 random bits (the ULID layout), so ids sort by creation
time and two laptops never collide.
"""

from __future__ import annotations

import os
import threading
import time
from typing import NewType

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

RecordId = NewType("RecordId", str)
GuestId = NewType("GuestId", str)


_pool = bytearray()
_pool_lock = threading.Lock()


def _random10() -> bytes:
    """Ten random bytes from a pool refilled from os.urandom 4 KiB at a time (one system
    call per 409 ids: bulk imports make tens of thousands). Thread- and fork-safe."""
    global _pool
    with _pool_lock:
        if len(_pool) < 10:
            _pool = bytearray(os.urandom(4096))
        chunk = bytes(_pool[-10:])
        del _pool[-10:]
    return chunk


def _forget_pool() -> None:
    _pool.clear()


os.register_at_fork(after_in_child=_forget_pool)


_PAIRS = [a + b for a in _ALPHABET for b in _ALPHABET]  # 10 bits -> two characters


def new_id(ms: int | None = None, rand: bytes | None = None) -> RecordId:
    """A fresh id; ``ms`` and ``rand`` make it deterministic (demo data, tests)."""
    if ms is None:
        ms = time.time_ns() // 1_000_000
    value = (ms & ((1 << 48) - 1)) << 80 | int.from_bytes(rand or _random10(), "big")
    # 130 bits as 13 pairs of characters, most significant first (same text as 26 x 5 bits).
    pairs = _PAIRS
    return RecordId("".join([pairs[(value >> shift) & 1023] for shift in range(120, -1, -10)]))


# A random byte -> one Crockford digit (its low 5 bits: 256 is a multiple of 32, so uniform).
_BYTE_TO_DIGIT = bytes((_ALPHABET.encode() * 8)[b] for b in range(256))


def new_ids(count: int) -> list[RecordId]:
    """``count`` fresh ids at once, for bulk writes (an import makes tens of thousands).

    They share this millisecond (as ids made within one millisecond always do) and
    differ in their 80 random bits, drawn in one system call and spelt with one
    ``bytes.translate``: 16 random bytes make 16 base-32 digits of 5 bits each.
    """
    ms = (time.time_ns() // 1_000_000) & ((1 << 48) - 1)
    head = "".join([_ALPHABET[(ms >> shift) & 31] for shift in range(45, -1, -5)])
    tail = os.urandom(16 * count).translate(_BYTE_TO_DIGIT).decode("ascii")
    return [head + tail[i:i + 16] for i in range(0, 16 * count, 16)]  # type: ignore[misc]


def is_id(value: object) -> bool:
    return isinstance(value, str) and len(value) == 26 and all(c in _ALPHABET for c in value)
