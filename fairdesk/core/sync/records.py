"""One record as one small pycrdt document: a Map of its columns, each value JSON text.

A document per record keeps memory bounded (only the records being written or merged are
loaded) and lets pycrdt merge concurrent edits of different fields of one record. A
deletion is the key :data:`DELETED`, so an edit made elsewhere still has its place.
"""

from __future__ import annotations

import json
from typing import Any

from pycrdt import Doc, Map

DELETED = "\x00deleted"
ROOT = "r"


_DUMPS = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
try:
    from _json import encode_basestring as _quote  # C, what the encoder uses for a str
except ImportError:  # pragma: no cover - CPython always has it
    _quote = _DUMPS


def encode(value: Any) -> str | bytes:
    """A column's value as the document keeps it: JSON text (the same text as
    ``json.dumps(ensure_ascii=False)``), bytes as bytes. Strings and integers, nearly every
    value, skip the encoder (a new guest's 30 fields: a third of writing its document)."""
    kind = type(value)
    if kind is str:
        return _quote(value)
    if kind is int:
        return int.__repr__(value)
    if value is None:
        return "null"
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    return _DUMPS(value)


def decode(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    return json.loads(value)


def update_since(state: bytes, state_vector: bytes) -> bytes:
    """What a record's document (its stored ``state``) holds beyond ``state_vector``."""
    doc = Doc()
    doc.apply_update(state)
    return doc.get_update(state_vector)


class RecordDoc:
    """A record's document, loaded from its stored state, written as this desk's client."""

    def __init__(self, client_id: int, state: bytes | None = None) -> None:
        self.doc = Doc(client_id=client_id)
        self._new = not state
        if state:
            self.doc.apply_update(state)
        self.map = self.doc.get(ROOT, type=Map)
        self._start = self.doc.get_state()

    @property
    def deleted(self) -> bool:
        return DELETED in self.map

    def values(self, *, has_bytes: bool = True) -> dict[str, Any]:
        """The record's columns. Without bytes (no BLOB column) through Yrs's own JSON,
        and every value's JSON text joined into one object parsed at once (one parse per
        record, not one per field)."""
        if has_bytes:
            raw = self.map.to_py() or {}
            return {k: decode(v) for k, v in raw.items() if k != DELETED}
        raw = json.loads(str(self.map)) or {}
        raw.pop(DELETED, None)
        # column names need no escaping in JSON
        return json.loads("{" + ",".join(f'"{k}":{v}' for k, v in raw.items()) + "}")

    def deletion(self) -> dict[str, Any] | None:
        return json.loads(self.map[DELETED]) if self.deleted else None

    def write(self, row: dict[str, Any]) -> None:
        """Set the fields whose value differs from the document's (and undelete it)."""
        # one read of every field (get() per key is slow); none for a new record
        current = {} if self._new else self.map.to_py() or {}
        if DELETED in current:
            del self.map[DELETED]
        changed = []
        for key, value in row.items():
            new = encode(value)
            old = current.get(key)
            if isinstance(old, bytearray):
                old = bytes(old)
            if old != new:
                changed.append((key, new))
        self._set_many(changed)

    def set_fields(self, values: dict[str, Any]) -> None:
        """Set these fields (an update's changed ones), without reading the others."""
        self._set_many([(key, encode(value)) for key, value in values.items()])

    def _set_many(self, items: list[tuple[str, str | bytes]]) -> None:
        """Set plain values in one transaction. Straight through Yrs's map when pycrdt
        exposes it (``Map.__setitem__`` costs ~7 µs a key in Python checks, ten times the
        insert itself: a new guest's 30 fields); the same result either way."""
        with self.doc.transaction() as txn:
            raw, integrated = getattr(txn, "_txn", None), getattr(self.map, "integrated", None)
            if raw is None or not hasattr(integrated, "insert"):
                for key, value in items:
                    self.map[key] = value
                return
            for key, value in items:
                integrated.insert(raw, key, value)

    def delete(self, at: str, by: str) -> None:
        if DELETED not in self.map:
            self.map[DELETED] = json.dumps({"at": at, "by": by})

    def apply(self, update: bytes) -> None:
        self.doc.apply_update(update)
        self._new = False

    @property
    def changed(self) -> bool:
        return self.doc.get_state() != self._start

    def update(self) -> bytes:
        """What changed since the document was loaded, as a pycrdt update."""
        return self.doc.get_update(self._start)

    def since(self, state_vector: bytes) -> bytes:
        """What the document holds beyond ``state_vector``."""
        return self.doc.get_update(state_vector)

    @property
    def start(self) -> bytes:
        """The document's state vector when it was loaded: what the log keeps, so that an
        export sends the changes since then (``doc.get_update(start)``)."""
        return self._start

    def state(self) -> bytes:
        return self.doc.get_update()
