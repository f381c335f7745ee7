"""Exchange over the LAN: each desk serves its latest sealed batch, and pulls its peers'.

The server thread only hands out bytes the fair's own thread prepared (SQLite stays on
the thread that opened it); :meth:`LanDesk.step`, called every few seconds on that
thread (the window's timer), refreshes what it serves, pulls each peer's batch and merges
it. What travels is the sealed ``.fairsync`` form: only a desk holding the fair's key can
read it, and a changed byte is refused. Desks find each other with zeroconf (mDNS) or are
given an address.
"""

from __future__ import annotations

import socket
import socketserver
import struct
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from fairdesk.base.errors import FairFileError
from fairdesk.core.sync.exchange import export_bytes, import_bytes
from fairdesk.core.timeutil import utc_now_iso

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

SERVICE = "_fairdesk._tcp.local."
TIMEOUT_S = 5.0


@dataclass
class PeerState:
    address: tuple[str, int]
    last_in_step: str | None = None  # UTC ISO
    error: str = ""
    desk: str = ""  # its desk id, once heard from


@dataclass
class LanDesk:
    fair: Fair
    host: str = "127.0.0.1"
    port: int = 0
    peers: dict[tuple[str, int], PeerState] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._outbox = b""
        self._served_seq = -1
        self._lock = threading.Lock()
        self._server: socketserver.ThreadingTCPServer | None = None
        self._zeroconf = None

    # --- serving (any thread) ------------------------------------------------------------
    def start(self) -> tuple[str, int]:
        desk = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                with desk._lock:
                    data = desk._outbox
                self.request.sendall(struct.pack(">I", len(data)) + data)

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
        seq = self.fair.scalar("SELECT coalesce(max(seq), 0) FROM sync_log") or 0
        if seq != self._served_seq:
            data, _, _ = export_bytes(self.fair)  # writes pending changes: the log moves on
            seq = self.fair.scalar("SELECT coalesce(max(seq), 0) FROM sync_log") or 0
            with self._lock:
                self._outbox, self._served_seq = data, seq

    def step(self) -> int:
        """Serve the latest changes and merge each peer's; returns records merged."""
        self._refresh()
        return self.take(self.pull_all())

    def refresh(self) -> None:
        """Serve this desk's latest changes (the fair's thread)."""
        self._refresh()

    def pull_all(self) -> list[tuple[tuple[str, int], bytes | None, str]]:
        """Each peer's sealed batch, or why not: network only, so any thread (the window
        pulls in a worker, and merges on its own thread with :meth:`take`)."""
        out: list[tuple[tuple[str, int], bytes | None, str]] = []
        for address in list(self.peers):
            try:
                out.append((address, _pull(address), ""))
            except OSError as exc:
                out.append((address, None, str(exc) or type(exc).__name__))
        return out

    def take(self, pulled: list[tuple[tuple[str, int], bytes | None, str]]) -> int:
        """Merge what :meth:`pull_all` brought (the fair's thread); returns records merged."""
        merged = 0
        for address, data, error in pulled:
            peer = self.peers.get(address)
            if peer is None:
                continue
            if data is None:
                peer.error = error
                continue
            try:
                done = import_bytes(self.fair, data, backup=False)
            except FairFileError as exc:
                peer.error = str(exc)
                continue
            peer.error, peer.last_in_step = "", utc_now_iso()
            peer.desk = done.desk
            merged += sum(done.merged.arrived.values())
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


def _pull(address: tuple[str, int]) -> bytes:
    with socket.create_connection(address, timeout=TIMEOUT_S) as conn:
        head = _read(conn, 4)
        (size,) = struct.unpack(">I", head)
        return _read(conn, size)


def _read(conn: socket.socket, size: int) -> bytes:
    chunks, left = [], size
    while left:
        chunk = conn.recv(min(left, 1 << 16))
        if not chunk:
            raise OSError("the peer closed the connection early")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)
