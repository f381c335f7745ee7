"""The ``.fairsync`` file (and LAN message): a batch, compressed, encrypted and
authenticated with a key derived from the fair's secret.

Layout: ``MAGIC``, a 4-byte header length, the header (JSON: fair id, schema, desk), a
12-byte nonce, then AES-GCM over the zlib-compressed body with the magic and header as
associated data: a changed byte anywhere, a cut file or another fair's key is refused.
"""

from __future__ import annotations

import base64
import json
import os
import struct
import zlib
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fairdesk.base.errors import FairFileError
from fairdesk.core.sync.engine import Batch
from fairdesk.storage import fairfile

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

MAGIC = b"FAIRSYNC\x01"
SECRET_SETTING = "badge.secret"


def fair_key(fair: Fair) -> bytes:
    secret = str(fair.setting(SECRET_SETTING) or "")
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=fair.sync.desk.fair_id.encode(),
                info=b"fairdesk-sync-v1").derive(secret.encode())


def schema_of(fair: Fair) -> str:
    names = fairfile.applied_names(fair.db)
    return f"{len(names)}:{names[-1] if names else ''}"


def header_of(fair: Fair) -> bytes:
    """The sealed form's header: which fair, schema and desk (read on the fair's thread)."""
    return json.dumps({"fair": fair.sync.desk.fair_id, "schema": schema_of(fair),
                       "desk": fair.sync.desk.desk_id}, sort_keys=True).encode()


def seal(fair: Fair, batch: Batch) -> bytes:
    return seal_with(fair_key(fair), header_of(fair), batch)


def seal_with(key: bytes, header: bytes, batch: Batch) -> bytes:
    """:func:`seal` from the key and header read beforehand: no database, so any thread."""
    body = json.dumps({
        "records": [[t, r, base64.b64encode(u).decode()] for t, r, u in batch.records],
        "audit": batch.audit}, ensure_ascii=False, separators=(",", ":")).encode()
    nonce = os.urandom(12)
    sealed = AESGCM(key).encrypt(nonce, zlib.compress(body, 6), MAGIC + header)
    return MAGIC + struct.pack(">I", len(header)) + header + nonce + sealed


def _refused(zh: str, en: str) -> FairFileError:
    return FairFileError(zh, en)


def read_header(data: bytes) -> tuple[dict[str, Any], bytes, bytes]:
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 4:
        raise _refused("这不是 fairdesk 的交换文件（.fairsync），未导入任何内容。",
                       "This is not a fairdesk exchange file (.fairsync); nothing was imported.")
    (size,) = struct.unpack(">I", data[len(MAGIC):len(MAGIC) + 4])
    start = len(MAGIC) + 4
    raw = data[start:start + size]
    try:
        header = json.loads(raw)
    except ValueError:
        header = None
    if not isinstance(header, dict) or len(data) < start + size + 12 + 16:
        raise _refused("交换文件已损坏或不完整，未导入任何内容。",
                       "The exchange file is damaged or incomplete; nothing was imported.")
    return header, raw, data[start + size:]


def open_sealed(fair: Fair, data: bytes) -> tuple[dict[str, Any], Batch]:
    """The sender's header and batch. Raises FairFileError (one sentence) when the file
    is not one, comes from another fair or schema, or was changed or cut."""
    header, raw, rest = read_header(data)
    if header.get("fair") != fair.sync.desk.fair_id:
        raise _refused("这个交换文件来自另一个投洽会，不能合并，未导入任何内容。",
                       "This exchange file comes from another fair and cannot be merged; "
                       "nothing was imported.")
    if header.get("schema") != schema_of(fair):
        raise _refused("这个交换文件来自另一个版本的 fairdesk（数据结构不同），请两台电脑先"
                       "升级到同一版本，未导入任何内容。",
                       "This exchange file comes from a fairdesk with another schema version; "
                       "bring both laptops to the same version first. Nothing was imported.")
    try:
        body = zlib.decompress(AESGCM(fair_key(fair)).decrypt(rest[:12], rest[12:],
                                                               MAGIC + raw))
        content = json.loads(body)
        batch = Batch(records=[(t, r, base64.b64decode(u)) for t, r, u in content["records"]],
                      audit=content["audit"])
    except (InvalidTag, zlib.error, ValueError, KeyError, TypeError) as exc:
        raise _refused("交换文件已损坏、被改动或不完整（校验未通过），未导入任何内容。",
                       "The exchange file is damaged, altered or incomplete (its check "
                       "failed); nothing was imported.") from exc
    return header, batch
