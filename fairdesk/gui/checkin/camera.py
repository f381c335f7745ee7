"""Scanning badges with a webcam: optional, where QtMultimedia and zxing-cpp are installed.

Frames arrive from a QVideoSink; every fifth of a second one is turned grey and handed
to zxing-cpp. A code seen twice in a row is emitted once (a badge held up stays still).
Import this module only when ``fairdesk.gui.checkin.page.camera_available()``.
"""

from __future__ import annotations

import time

from fairdesk.gui.qt import HAVE_MULTIMEDIA, QDialog, QImage, QLabel, QVBoxLayout, QWidget, Signal

DECODE_EVERY_S = 0.2
REPEAT_HOLD_S = 3.0


def decode_image(image: QImage) -> list[str]:
    """The QR code texts zxing-cpp finds in a QImage."""
    import zxingcpp

    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    view = memoryview(grey.constBits()).cast("B", (grey.height(), grey.bytesPerLine()))
    return [r.text for r in zxingcpp.read_barcodes(view, formats=zxingcpp.BarcodeFormat.QRCode)]


class CameraScanner(QDialog):
    code_scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Webcam scanner"))
        self._last_decode = 0.0
        self._last_code = ("", 0.0)
        layout = QVBoxLayout(self)
        self.status = QLabel(self.tr("Hold the badge's QR code up to the camera."))
        layout.addWidget(self.status)
        if not HAVE_MULTIMEDIA:
            self.status.setText(self.tr("No camera support is installed."))
            return
        from fairdesk.gui.qt import QCamera, QMediaCaptureSession, QVideoSink, QVideoWidget

        self.view = QVideoWidget()
        self.view.setMinimumSize(480, 360)
        layout.addWidget(self.view)
        self.camera = QCamera()
        self.capture = QMediaCaptureSession()
        self.capture.setCamera(self.camera)
        self.capture.setVideoOutput(self.view)
        self.sink: QVideoSink = self.view.videoSink()
        self.sink.videoFrameChanged.connect(self.on_frame_changed)
        self.camera.start()

    def on_frame_changed(self, frame: object) -> None:
        now = time.monotonic()
        if now - self._last_decode < DECODE_EVERY_S:
            return
        self._last_decode = now
        for text in decode_image(frame.toImage()):  # type: ignore[attr-defined]
            code, seen = self._last_code
            if text != code or now - seen > REPEAT_HOLD_S:
                self.code_scanned.emit(text)
            self._last_code = (text, now)

    def closeEvent(self, event: object) -> None:  # noqa: N802
        if HAVE_MULTIMEDIA:
            self.camera.stop()
        super().closeEvent(event)  # type: ignore[arg-type]
