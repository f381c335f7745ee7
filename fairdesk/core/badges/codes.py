"""The signed code on each badge: its form, its MAC, and reading a scanned code back.

A badge code is short and ASCII-only: upper-case letters and digits, so any USB
scanner types it right and it fits a QR code of version 1 with error
correction M (alphanumeric mode). It reads::

    <guest ref_code> <version: 2 chars> <MAC: 12 chars>      e.g. "K7QX3M" "01" "9F2T..."

The MAC is HMAC-SHA256 over ``ref_code:version`` with the fair's own secret
(setting ``badge.secret``), truncated to 60 bits and written in Crockford
base 32: a forged or altered code is rejected offline. No personal data is
inside. Reprinting a badge issues the next version and voids the previous one,
which then scans as "replaced".
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fairdesk.base.errors import ValidationError
from fairdesk.core.ids import new_id

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

B32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
VERSION_CHARS = 2
MAC_CHARS = 12
TAIL = VERSION_CHARS + MAC_CHARS
MAX_VERSION = 32 ** VERSION_CHARS - 1
CODE_RE = re.compile(rf"^[0-9A-Z]{{{TAIL + 4},40}}$")
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})

GREEN, AMBER, RED = "green", "amber", "red"  # each scan status's colour: checkin.COLOURS


def _b32(value: int, width: int) -> str:
    chars = []
    for _ in range(width):
        chars.append(B32[value & 31])
        value >>= 5
    return "".join(reversed(chars))


def _b32_value(text: str) -> int | None:
    value = 0
    for char in text:
        digit = B32.find(char)
        if digit < 0:
            return None
        value = value * 32 + digit
    return value


def secret(fair: Fair) -> bytes:
    """The fair's badge key; a fair without one gets one now (older files)."""
    key = stored_secret(fair)
    if key is None:
        made = new_id() + new_id()
        with fair.transaction() as tx:  # the fair's own key, not a settings change by anyone
            fair.settings_set(tx, "badge.secret", made)
        key = made.encode()
    return key


def stored_secret(fair: Fair) -> bytes | None:
    """The fair's badge key, or None when it has none yet; reads only (for scanning)."""
    key = fair.setting("badge.secret")
    return str(key).encode() if key else None


def mac(key: bytes, ref_code: str, version: int) -> str:
    digest = hmac.new(key, f"{ref_code}:{version}".encode(), hashlib.sha256).digest()
    return _b32(int.from_bytes(digest[:8], "big") >> (64 - 5 * MAC_CHARS), MAC_CHARS)


def make_code(key: bytes, ref_code: str, version: int) -> str:
    """The badge code for this guest and version. Raises ValidationError for a bad ref code."""
    if not re.fullmatch(r"[0-9A-Z]{4,26}", ref_code or ""):
        raise ValidationError("ref_code", f"编号“{ref_code}”不能用于证件码。",
                              f"The reference '{ref_code}' cannot go into a badge code.")
    if not 1 <= version <= MAX_VERSION:
        raise ValidationError("version", "证件版本超出范围。", "The badge version is out of range.")
    return f"{ref_code}{_b32(version, VERSION_CHARS)}{mac(key, ref_code, version)}"


@dataclass(frozen=True)
class ParsedCode:
    ref_code: str
    version: int
    signed: bool  # the MAC matches


def normalize_code(text: str) -> str:
    """A scanned code tidied: spaces dropped, upper case (Caps Lock, lower-case layouts)."""
    return "".join(text.split()).upper()


def ref_of(text: str) -> str | None:
    """The guest reference inside text shaped like a whole badge code (unverified), or None:
    for finding the guest a pasted or scanned code belongs to."""
    code = normalize_code(text)
    return code[:-TAIL] if CODE_RE.match(code) else None


def parse_code(key: bytes, text: str) -> ParsedCode | None:
    """The parts of a code, or None when it is not shaped like a badge code at all."""
    code = normalize_code(text)
    if not CODE_RE.match(code):
        return None
    ref, tail = code[:-TAIL], code[-TAIL:].translate(_CONFUSABLE)
    version = _b32_value(tail[:VERSION_CHARS])
    if version is None or _b32_value(tail[VERSION_CHARS:]) is None:
        return None
    signed = hmac.compare_digest(tail[VERSION_CHARS:], mac(key, ref, version))
    return ParsedCode(ref, version, signed)


