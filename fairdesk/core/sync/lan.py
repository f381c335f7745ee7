"""Exchange over the LAN: each desk serves its changes, and pulls its peers'.

The server thread only hands out bytes the fair's own thread prepared (SQLite stays on
the thread that opened it): the whole state once, when serving starts, then one sealed
batch per change since. A peer asks with the mark it last heard from this desk and gets
only the batches after it (all of them, whole state first, when the mark is not one this
desk served). :meth:`LanDesk.step`, called every few seconds on that thread (the window's
timer; the window pulls in a worker and merges with :meth:`take`), refreshes what it
serves, pulls each peer's batches and merges them. What travels is the sealed
``.fairsync`` form: only a desk holding the fair's key can read it, and a changed byte is
refused. Desks find each other with zeroconf (mDNS) or are given an address.
"""

from __future__ import annotations

import socket
import socketserver
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from fairdesk.base.errors import FairFileError
from fairdesk.core.sync import wire
from fairdesk.core.sync.engine import read_whole
from fairdesk.core.sync.exchange import import_bytes
from fairdesk.core.timeutil import utc_now_iso

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

SERVICE = "_fairdesk._tcp.local."
TIMEOUT_S = 5.0
MAX_BATCHES = 300  # served batches kept before the whole state is sealed afresh
Pulled = tuple[int, list[bytes]]  # the server's mark, its batches after the one asked for
NOT_READY = -1  # the mark of a desk still sealing its whole state


@dataclass(frozen=True)
class Sealed:
    """The whole state sealed, and the marks it reaches."""

    data: bytes
    last_seq: int
    last_audit: int


@dataclass
class PeerState:
    address: tuple[str, int]
    last_in_step: str | None = None  # UTC ISO
    error: str = ""
    desk: str = ""  # its desk id, once heard from
    heard: int = 0  # the peer's mark when last merged: it sends what came after


@dataclass
class LanDesk:
    fair: Fair
    host: str = "127.0.0.1"
    port: int = 0
    peers: dict[tuple[str, int], PeerState] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._whole = b""  # the whole state, sealed when serving started (at _whole_seq)
        self._whole_seq = -1
        self._batches: list[tuple[int, bytes]] = []  # (the mark it follows, sealed batch)
        self._served_seq, self._served_audit = -1, 0
        self._lock = threading.Lock()
        self._server: socketserver.ThreadingTCPServer | None = None
        self._zeroconf = None

    # --- serving (any thread) ------------------------------------------------------------
    def start(self, *, seal: bool = True) -> tuple[str, int]:
        """Serve this desk. ``seal``: seal the whole state first, on this thread (the
        command line); the window passes False and seals it in a worker
        (:meth:`whole_job`, :meth:`install_whole`): until then a peer hears "not ready"."""
        desk = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                self.request.settimeout(TIMEOUT_S)
                (known,) = struct.unpack(">q", _read(self.request, 8))
                mark, blobs = desk._after(known)
                self.request.sendall(b"".join([
                    struct.pack(">qI", mark, len(blobs)),
                    *(struct.pack(">I", len(b)) + b for b in blobs)]))

        if seal:
            self._refresh()
        self._server = socketserver.ThreadingTCPServer((self.host, self.port), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self.host, self.port

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._zeroconf is not None:
            self._zeroconf.close()
            self._zeroconf = None

    # --- the fair's thread ---------------------------------------------------------------
    def add_peer(self, host: str, port: int) -> None:
        self.peers.setdefault((host, port), PeerState((host, port)))

    def _refresh(self) -> None:
        """Seal what changed since the last mark served (the whole state the first time,
        or when too many batches piled up)."""
        seq = self.fair.scalar("SELECT coalesce(max(seq), 0) FROM sync_log") or 0
        if seq == self._served_seq:
            return
        whole = self._served_seq < 0 or len(self._batches) >= MAX_BATCHES
        since = (0, 0) if whole else (self._served_seq, self._served_audit)
        batch = self.fair.sync.batch(*since)  # writes pending changes: the log moves on
        data = wire.seal(self.fair, batch)
        with self._lock:
            if whole:
                self._whole, self._whole_seq, self._batches = data, batch.last_seq, []
            else:
                self._batches.append((self._served_seq, data))
            self._served_seq, self._served_audit = batch.last_seq, batch.last_audit

    @property
    def ready(self) -> bool:
        """The whole state is sealed: peers are served."""
        return self._served_seq >= 0

    @property
    def needs_whole(self) -> bool:
        """The whole state is to be sealed (first, or afresh once batches piled up)."""
        return not self.ready or len(self._batches) >= MAX_BATCHES

    def whole_job(self) -> Callable[[Callable[[int, int], None] | None], Sealed]:
        """On the fair's thread, only what must be (the pending changes written into their
        documents, the key and header); the function returned reads the whole state on a
        connection of its own and seals it, any thread (the window's worker)."""
        path = self.fair.sync.prepare_whole()
        key, header = wire.fair_key(self.fair), wire.header_of(self.fair)
        batch = self.fair.sync.batch() if path is None else None  # a fair in memory

        def run(progress: Callable[[int, int], None] | None = None) -> Sealed:
            whole = batch if batch is not None else read_whole(path, progress)
            return Sealed(wire.seal_with(key, header, whole), whole.last_seq, whole.last_audit)

        return run

    def install_whole(self, sealed: Sealed) -> None:
        """Serve the whole state :meth:`whole_job` sealed (any thread)."""
        with self._lock:
            self._whole, self._whole_seq, self._batches = sealed.data, sealed.last_seq, []
            self._served_seq, self._served_audit = sealed.last_seq, sealed.last_audit

    def _after(self, known: int) -> Pulled:
        """What a peer that last heard ``known`` lacks (the server's thread)."""
        with self._lock:
            if self._served_seq < 0:
                return NOT_READY, []
            if known == self._served_seq:
                return known, []
            follows = [i for i, (mark, _) in enumerate(self._batches) if mark == known]
            if follows:
                return self._served_seq, [b for _, b in self._batches[follows[0]:]]
            if known == self._whole_seq:
                return self._served_seq, [b for _, b in self._batches]
            return self._served_seq, [self._whole, *(b for _, b in self._batches)]

    def step(self) -> int:
        """Serve the latest changes and merge each peer's; returns records merged."""
        self._refresh()
        return self.take(self.pull_all())

    def refresh(self) -> None:
        """Serve this desk's latest changes (the fair's thread)."""
        self._refresh()

    def pull_all(self) -> list[tuple[tuple[str, int], Pulled | None, str]]:
        """Each peer's sealed batches since its mark, or why not: network only, so any
        thread (the window pulls in a worker, and merges on its own thread with
        :meth:`take`)."""
        out: list[tuple[tuple[str, int], Pulled | None, str]] = []
        for address, peer in list(self.peers.items()):
            try:
                out.append((address, _pull(address, peer.heard), ""))
            except (OSError, struct.error) as exc:
                out.append((address, None, str(exc) or type(exc).__name__))
        return out

    def take(self, pulled: list[tuple[tuple[str, int], Pulled | None, str]]) -> int:
        """Merge what :meth:`pull_all` brought (the fair's thread); returns records merged."""
        merged = 0
        for address, got, error in pulled:
            peer = self.peers.get(address)
            if peer is None:
                continue
            if got is None:
                peer.error = error
                continue
            mark, blobs = got
            if mark == NOT_READY:  # still sealing its changes: ask again next time
                peer.error = ""
                continue
            try:
                for data in blobs:
                    done = import_bytes(self.fair, data, backup=False)
                    peer.desk = done.desk
                    merged += sum(done.merged.arrived.values())
            except FairFileError as exc:
                peer.error = str(exc)
                continue
            peer.error, peer.last_in_step, peer.heard = "", utc_now_iso(), mark
        if merged:
            self._refresh()
        return merged

    # --- discovery -------------------------------------------------------------------
    def advertise(self) -> None:
        """Announce this desk (fair id, desk id, port) on the LAN with zeroconf."""
        from zeroconf import ServiceInfo, Zeroconf

        desk = self.fair.sync.desk
        self._zeroconf = Zeroconf(interfaces=[self.host])
        self._zeroconf.register_service(ServiceInfo(
            SERVICE, f"fairdesk-{desk.desk_id}.{SERVICE}", addresses=[socket.inet_aton(self.host)],
            port=self.port, properties={"fair": desk.fair_id, "desk": desk.desk_id}))

    def discover(self, wait_s: float = 3.0) -> int:
        """Add the desks of the same fair announced on the LAN; returns how many were new."""
        from zeroconf import ServiceBrowser, Zeroconf

        desk = self.fair.sync.desk
        zc = self._zeroconf or Zeroconf(interfaces=[self.host])
        found: list[str] = []

        class Listener:
            def add_service(self, _zc: object, _type: str, name: str) -> None:
                found.append(name)

            def update_service(self, *_args: object) -> None:
                pass

            def remove_service(self, *_args: object) -> None:
                pass

        browser = ServiceBrowser(zc, SERVICE, Listener())
        threading.Event().wait(wait_s)
        browser.cancel()
        new = 0
        for name in found:
            info = zc.get_service_info(SERVICE, name, timeout=2000)
            if info is None or info.properties.get(b"fair", b"").decode() != desk.fair_id:
                continue
            if info.properties.get(b"desk", b"").decode() == desk.desk_id:
                continue
            for address in info.parsed_addresses():
                if (address, info.port) not in self.peers:
                    self.add_peer(address, info.port)
                    new += 1
        if zc is not self._zeroconf:
            zc.close()
        return new


def _pull(address: tuple[str, int], known: int) -> Pulled:
    """Ask a desk for its batches after ``known``."""
    with socket.create_connection(address, timeout=TIMEOUT_S) as conn:
        conn.sendall(struct.pack(">q", known))
        mark, count = struct.unpack(">qI", _read(conn, 12))
        blobs = []
        for _ in range(count):
            (size,) = struct.unpack(">I", _read(conn, 4))
            blobs.append(_read(conn, size))
        return mark, blobs


def _read(conn: socket.socket, size: int) -> bytes:
    chunks, left = [], size
    while left:
        chunk = conn.recv(min(left, 1 << 16))
        if not chunk:
            raise OSError("the peer closed the connection early")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)
