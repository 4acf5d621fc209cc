"""A WebVTT focus-group transcript with times and a WAV recording long enough for it, both
made here (the WAV with the standard library's ``wave``), for the tests of linked media."""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

# cue starts with fractions (the player floors them); Fatima speaks over two cues (one turn)
VTT = """WEBVTT - Focusgroep uitvoering, 12 juni 2024

NOTE namen vervangen

1
00:00:01.200 --> 00:00:04.000
<v Gespreksleider>Wie wil iets vertellen over de werkvloer?

2
00:00:04.600 --> 00:00:07.300
<v Fatima>Er werd een grap gemaakt over mijn naam,

3
00:00:07.300 --> 00:00:09.800
<v Fatima>en iedereen lachte mee.

4
00:00:10.400 --> 00:00:13.900
<v Daan>Dat heb ik bij ons ook gezien, bij de koffieautomaat.
"""


def sine_wav(path: Path, seconds: float, rate: int = 8000, hertz: float = 440.0) -> Path:
    """A mono 16-bit WAV file of a sine tone."""
    frames = b"".join(
        struct.pack("<h", int(12000 * math.sin(2 * math.pi * hertz * i / rate)))
        for i in range(int(seconds * rate))
    )
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(frames)
    return path


def speak(path: Path, text: str) -> Path:
    """A WAV of ``text`` spoken in Dutch by espeak-ng (22.05 kHz mono): real speech for the
    transcription tests; the test is skipped when espeak-ng is not installed."""
    import shutil
    import subprocess

    import pytest

    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng (a Debian package, scripts/setup.sh) is needed to make speech")
    subprocess.run(["espeak-ng", "-v", "nl", "-s", "130", "-w", str(path), text], check=True)
    return path
