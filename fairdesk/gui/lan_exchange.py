"""The window's exchange over the LAN: this desk serves its changes, finds the desks of the
same fair (zeroconf) or is given their address, pulls theirs every few seconds and merges
them; the status bar names each peer and when it was last in step.

The pull (network only) runs in a worker; the merge runs on the GUI thread, where the
fair's SQLite connection lives. The whole state a desk serves (seconds on a 10,000-guest
fair) is read on a read-only connection of its own and sealed in a worker, its progress in
the status bar; only its pending changes are written on the GUI thread first. The sync and zeroconf modules load when it is started,
never with the window.
"""

from __future__ import annotations

import socket
from datetime import datetime
from typing import TYPE_CHECKING, Any

from fairdesk.gui.qt import QCoreApplication, QLabel, QObject, QTimer, Signal
from fairdesk.gui.widgets.jobs import start_worker

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair
    from fairdesk.core.sync.lan import LanDesk
    from fairdesk.gui.qt import QMainWindow

INTERVAL_MS = 3000
DISCOVER_EVERY = 10  # ticks between two zeroconf searches (each listens ~2 s)


def lan_address() -> str:
    """This laptop's address on its LAN (the route out), else loopback."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.255.255.255", 1))  # no packet is sent: it only picks a route
        return probe.getsockname()[0]
    except OSError:
        return "127.0.0.1"
    finally:
        probe.close()


class LanExchange(QObject):
    """Started from File → Exchange with another desk…; one per window."""

    #: The peers or their state changed (the dialog refreshes its line).
    peers_changed = Signal()
    #: Records arrived from another desk and were merged (how many).
    merged = Signal(int)

    def __init__(self, window: QMainWindow, fair: Fair, *, host: str | None = None) -> None:
        super().__init__(window)
        self.fair = fair
        self.host = host or lan_address()
        self.desk: LanDesk | None = None
        self.zeroconf = True
        self.label = QLabel()
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self._ticks = 0
        self._worker: Any = None
        self._sealing: tuple[int, int] | None = None  # (done, total) while sealing
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.timer.timeout.connect(self.on_timer_timeout)

    @property
    def running(self) -> bool:
        return self.desk is not None

    def start(self, *, zeroconf: bool = True) -> tuple[str, int]:
        """Serve this desk and announce it (zeroconf, when installed). Raises OSError."""
        from fairdesk.core.sync.lan import LanDesk

        if self.desk is None:
            self.fair.sync.desk  # noqa: B018 - read here, on the fair's thread, once
            desk = LanDesk(self.fair, host=self.host)
            desk.start(seal=False)  # peers hear "not ready" until the worker has sealed
            self.desk, self.zeroconf = desk, zeroconf and _has_zeroconf()
            if self.zeroconf:
                try:
                    desk.advertise()
                except OSError:
                    self.zeroconf = False
            self._ticks = 0
            self.timer.start()
            self.label.show()
            self.seal_whole()
        return self.desk.host, self.desk.port

    @property
    def sealing(self) -> bool:
        return self._sealing is not None

    def seal_whole(self) -> None:
        """Seal the whole state this desk serves in a worker (on starting, and afresh once
        many batches piled up); the timer's exchanges wait until it is done."""
        desk = self.desk
        if desk is None or self._busy():
            return
        job = desk.whole_job()  # the GUI thread: the pending changes written, nothing read
        self._sealing = (0, 0)
        self._worker = start_worker(lambda progress, _cancelled: job(progress))
        self._worker.progressed.connect(self.on_seal_progressed)
        self._worker.succeeded.connect(lambda sealed: self.on_sealed(desk, sealed))
        self._worker.ended.connect(self.on_seal_ended)
        self._worker.start()
        self.show_status()

    def on_seal_progressed(self, done: int, total: int) -> None:
        if self._sealing is not None:
            self._sealing = (done, total)
            self.show_status()

    def on_sealed(self, desk: LanDesk, sealed: object) -> None:
        if self.desk is desk:  # not a desk stopped (and maybe started again) meanwhile
            desk.install_whole(sealed)  # type: ignore[arg-type]

    def on_seal_ended(self) -> None:
        self._sealing = None
        self.show_status()

    def _busy(self) -> bool:
        return self._worker is not None and self._worker.isRunning()

    def stop(self) -> None:
        self.timer.stop()
        if self.desk is not None:
            self.desk.stop()
            self.desk = None
        self.label.hide()
        self.peers_changed.emit()

    def add_peer(self, host: str, port: int) -> None:
        if self.desk is not None:
            self.desk.add_peer(host, port)
            self.show_status()

    def on_timer_timeout(self) -> None:
        desk = self.desk
        if desk is None or self.sealing or self._busy():
            return
        if desk.needs_whole:  # a failed first sealing, or too many batches: afresh
            self.seal_whole()
            return
        desk.refresh()  # the fair's thread: the changes written since the last tick
        discover = self.zeroconf and self._ticks % DISCOVER_EVERY == 0
        self._ticks += 1

        def pull(_progress: object, _cancelled: object) -> object:
            if discover:
                desk.discover(wait_s=2.0)
            return desk.pull_all()

        self._worker = start_worker(pull)
        self._worker.succeeded.connect(self.on_pulled)
        self._worker.start()

    def on_pulled(self, pulled: object) -> None:
        if self.desk is None:
            return
        count = self.desk.take(pulled)  # type: ignore[arg-type]
        self.show_status()
        if count:
            self.merged.emit(count)

    def step_now(self) -> int:
        """One exchange on this thread (the tests; a desk that wants it at once)."""
        if self.desk is None or self.sealing:
            return 0
        count = self.desk.step()
        self.show_status()
        return count

    def peer_lines(self) -> list[str]:
        """Each peer and when it was last in step, as the status bar shows them."""
        if self.desk is None:
            return []
        lines = []
        for peer in self.desk.peers.values():
            name = peer.desk or f"{peer.address[0]}:{peer.address[1]}"
            if peer.last_in_step:
                when = datetime.fromisoformat(peer.last_in_step).astimezone(
                    self.fair.tz).strftime("%H:%M:%S")
                line = QCoreApplication.translate("LanExchange", "%1 in step at %2")
                lines.append(line.replace("%1", name).replace("%2", when))
            else:
                line = QCoreApplication.translate("LanExchange", "%1 not reached yet")
                lines.append(line.replace("%1", name))
        return lines

    def show_status(self) -> None:
        if self.desk is None:
            return
        head = QCoreApplication.translate("LanExchange", "LAN %1:%2")
        head = head.replace("%1", self.desk.host).replace("%2", str(self.desk.port))
        lines = self.peer_lines() or [
            QCoreApplication.translate("LanExchange", "looking for other desks…")]
        if self._sealing is not None:
            done, total = self._sealing
            line = QCoreApplication.translate("LanExchange", "preparing this desk's changes %1%")
            lines.insert(0, line.replace("%1", str(done * 100 // total if total else 0)))
        self.label.setText(" · ".join([head, *lines]))
        self.peers_changed.emit()


def _has_zeroconf() -> bool:
    try:
        import zeroconf  # noqa: F401
    except ImportError:
        return False
    return True


def lan_exchange(window: QMainWindow, fair: Fair) -> LanExchange:
    """The window's LAN exchange for its open fair (made when first asked for)."""
    found = getattr(window, "lan_exchange", None)
    if found is None or found.fair is not fair:
        if found is not None:
            found.stop()
        found = LanExchange(window, fair)
        window.lan_exchange = found  # type: ignore[attr-defined]
        session = getattr(window, "session", None)
        if session is not None:
            session.fair_closed.connect(found.stop)
    return found
