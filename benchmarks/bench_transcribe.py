"""Transcription speed in seconds of audio per second, on 2 threads, against bare
faster-whisper transcribing the same recording with the same model in the same process.

A recording of about SECONDS seconds of Dutch speech is made with espeak-ng (the interview
sentences below, over and over). Then, best of RUNS each:

- loading the model: joining the two weight packages, the digest check, CTranslate2 load
  (once per process; the first transcription pays it);
- bare faster-whisper: ``WhisperModel.transcribe`` of the decoded samples, int8, 2 threads,
  beam 5, language nl, every segment read (the same model object the project uses);
- ``Project.transcribe`` into a fresh project file: checks, decoding, the same model run,
  writing the turns, copying and linking the recording, one event (no segmentation).

Also: the wall-clock ratio of audio length to transcription time, and peak memory.

    .venv/bin/python benchmarks/bench_transcribe.py [--seconds 60] [--runs 2]
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from workbench import Project  # noqa: E402
from workbench.ingest import speech  # noqa: E402
from timing import best  # noqa: E402

SENTENCES = [
    "Op mijn afdeling maken collega's grappen over mijn afkomst.",
    "Ik heb dat gemeld bij mijn leidinggevende, maar er is niets veranderd.",
    "De vertrouwenspersoon heeft goed geluisterd en mij geholpen.",
    "Bij de promotie werd ik gepasseerd, terwijl mijn beoordeling goed was.",
    "Wij zouden graag zien dat de organisatie hier duidelijker over communiceert.",
]


def recording(folder: Path, seconds: float) -> tuple[Path, float]:
    """A WAV of at least ``seconds`` seconds of Dutch speech, and its length."""
    words = " ".join(SENTENCES)
    path = folder / "opname.wav"
    subprocess.run(["espeak-ng", "-v", "nl", "-s", "140", "-w", str(path), words], check=True)
    once = speech._audio(path).shape[0] / speech.SAMPLE_RATE
    repeat = max(1, round(seconds / once))
    subprocess.run(
        ["espeak-ng", "-v", "nl", "-s", "140", "-w", str(path), " ".join([words] * repeat)],
        check=True,
    )
    return path, speech._audio(path).shape[0] / speech.SAMPLE_RATE


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        wav, length = recording(folder, args.seconds)
        started = time.perf_counter()
        model = speech._model()
        load = time.perf_counter() - started
        samples = speech._audio(wav)

        def bare() -> None:
            found, _ = model.transcribe(samples, language="nl", beam_size=5)
            list(found)

        count = iter(range(1000))

        def ours() -> None:
            with Project.create(folder / f"p{next(count)}.db", user="bench") as p:
                p.transcribe(wav, group="fg")

        bare_s = best(bare, args.runs)
        ours_s = best(ours, args.runs)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"audio: {length:.1f} s of espeak-ng Dutch; model {speech.MODEL}, int8, 2 threads")
    print(f"model load (join + sha256 + CTranslate2): {load:.2f} s")
    print(f"bare faster-whisper: {bare_s:.2f} s = {length / bare_s:.1f} s audio per s")
    print(
        f"Project.transcribe: {ours_s:.2f} s = {length / ours_s:.1f} s audio per s"
        f" (ratio to bare {ours_s / bare_s:.2f})"
    )
    print(f"peak memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()
