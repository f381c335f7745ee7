"""Sounds a busy desk notices: a short high tone for green, a low double tone otherwise.

With QtMultimedia (the optional `camera` extra) the tones are generated WAV files
played by QSoundEffect; without it, the system beep (one for green, three otherwise).
"""

from __future__ import annotations

import math
import struct
import tempfile
import wave
from pathlib import Path

from fairdesk.gui.qt import HAVE_MULTIMEDIA, QApplication, QObject, QTimer, QUrl

RATE = 22050
TONES = {"green": ((1175, 0.12),), "amber": ((880, 0.12), (0, 0.06), (880, 0.12)),
         "red": ((330, 0.18), (0, 0.06), (262, 0.30))}


def tone_wav(path: Path, parts: tuple[tuple[int, float], ...]) -> Path:
    """Write a mono 16-bit WAV of (frequency, seconds) parts; frequency 0 is silence."""
    frames = bytearray()
    for freq, seconds in parts:
        n = int(RATE * seconds)
        for i in range(n):
            fade = min(1.0, i / 200, (n - i) / 200)
            value = math.sin(2 * math.pi * freq * i / RATE) * 0.6 * fade if freq else 0.0
            frames += struct.pack("<h", int(value * 32767))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))
    return path


class DeskSounds(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effects: dict[str, object] = {}
        if HAVE_MULTIMEDIA:
            from fairdesk.gui.qt import QSoundEffect

            folder = Path(tempfile.mkdtemp(prefix="fairdesk-sounds-"))
            for colour, parts in TONES.items():
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(tone_wav(folder / f"{colour}.wav",
                                                                 parts))))
                self._effects[colour] = effect

    def play(self, colour: str) -> None:
        effect = self._effects.get(colour)
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]
            return
        for k in range(1 if colour == "green" else 3):
            QTimer.singleShot(k * 180, QApplication.beep)
