"""A focus group's recording linked to its transcript: the file is kept beside the project,
a coded passage knows its cue's time, and the Retrieve page plays it from there. Refused
files (unknown type, a renamed text file, a too-short recording, no times to play from)
leave the project and its folder exactly as they were."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from workbench import InputError, Project
from workbench.media import media_folder
from workbench.store.migrations import SCHEMA_VERSION, schema_version
from conftest import app_on, input_error, open_page, run_cli, snapshot, with_starter, write
from media_helpers import VTT, sine_wav

CODE = "Vormen/Opmerkingen en grappen"


@pytest.fixture
def linked(tmp_path: Path) -> tuple[Path, Path]:
    """A project with the VTT transcript of group 'uitvoering' and a 15 s recording linked;
    Fatima's turn coded."""
    path = tmp_path / "fg.db"
    recording = sine_wav(tmp_path / "opname uitvoering.wav", 15)
    with Project.create(path, user="lead") as project:
        project.import_transcript(write(tmp_path, "uitvoering.vtt", VTT), group="uitvoering")
        project.segment()
        with_starter(project)
        result = project.link_media("uitvoering", recording)
        assert result["seconds"] == pytest.approx(15)
        [doc] = project.documents(kind="transcript")
        fatima = [u for u in project.segments(doc["id"], kind="turn") if u["speaker"] == "Fatima"]
        project.coding.code_segment(fatima[0]["id"], CODE)
    return path, recording


def test_the_recording_is_copied_beside_the_project_and_recorded(linked):
    path, recording = linked
    with Project.open(path) as project:
        [media] = project.media(verify=True)
        events = project.events(limit=10)
    assert media["present"] and media["kind"] == "audio" and media["mime"] == "audio/wav"
    assert media["filename"] == "opname uitvoering.wav"
    assert Path(media["path"]).parent == media_folder(path) == path.with_name("fg.db.media")
    assert media["sha256"] == hashlib.sha256(recording.read_bytes()).hexdigest()
    assert Path(media["path"]).read_bytes() == recording.read_bytes()
    [event] = [e for e in events if e["action"] == "link-media"]
    assert event["payload"]["group"] == "uitvoering" and event["payload"]["stored"]
    # portable: the project file and its media folder moved elsewhere still play
    moved = path.parent / "elders"
    moved.mkdir()
    shutil.move(path, moved / "fg.db")
    shutil.move(media_folder(path), media_folder(moved / "fg.db"))
    with Project.open(moved / "fg.db") as project:
        assert project.media(verify=True)[0]["present"]
    # a file replaced in the folder is noticed
    Path(media_folder(moved / "fg.db"), media["stored"]).write_bytes(b"RIFF" + b"\0" * 100)
    with Project.open(moved / "fg.db") as project:
        assert not project.media()[0]["present"]


def test_a_coded_passage_plays_from_its_cue(linked):
    path, _ = linked
    with Project.open(path) as project:
        rows = project.coding.retrieve(CODE, unit="turns")
        sentences = project.coding.retrieve(CODE, unit="sentences")
    [row] = rows.to_dict("records")
    assert row["speaker"] == "Fatima"
    assert row["time_start"] == pytest.approx(4.6)  # cue 2's start
    assert row["time_end"] == pytest.approx(9.8)  # cue 3's end: one turn over two cues
    # a sentence of the turn plays from the turn's time
    assert set(sentences["time_start"].round(3)) == {4.6}


def test_retrieve_page_plays_the_coded_turn_from_its_start(linked):
    path, _ = linked
    at = open_page(app_on(path), "ui/retrieve_page.py")
    at.selectbox(key="ret_code").set_value(CODE).run()
    assert not at.exception
    assert not at.get("audio")  # the player loads only when asked
    [play] = [b for b in at.button if (b.key or "").startswith("ret_play_")]
    assert "00:00:04" in play.label.replace("\\", "").replace("\u2060", "")
    play.click().run()
    assert not at.exception
    [audio] = at.get("audio")
    assert audio.proto.start_time == 4  # 4.6 s, floored by the player
    assert audio.proto.end_time == 10  # 9.8 s, rounded up: the whole turn plays
    assert audio.proto.url  # the file is served


def test_cli_link_media(tmp_path: Path):
    path = tmp_path / "p.db"
    with Project.create(path, user="lead") as project:
        project.import_transcript(write(tmp_path, "g.vtt", VTT), group="g")
    run = run_cli(["link-media", str(path), "g", str(sine_wav(tmp_path / "g.wav", 14))])
    assert run.returncode == 0, run.stderr
    assert "linked" in run.stdout and "'g'" in run.stdout and "14.0 s" in run.stdout
    run = run_cli(["link-media", str(path), "nope", str(tmp_path / "g.wav")])
    assert run.returncode != 0 and "no focus group 'nope'" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def _refused(project: Project, target: str, path: Path) -> str:
    before = snapshot(project)
    folder = media_folder(project.core.path)
    existed = sorted(folder.iterdir()) if folder.exists() else None
    message = input_error(lambda p: project.link_media(target, p), path)
    assert snapshot(project) == before
    assert (sorted(folder.iterdir()) if folder.exists() else None) == existed
    return message


def test_bad_files_are_refused_with_one_line_and_nothing_changes(tmp_path: Path):
    with Project.create(tmp_path / "p.db", user="lead") as project:
        project.import_transcript(write(tmp_path, "g.vtt", VTT), group="g")
        project.import_transcript(
            write(tmp_path, "t.txt", "Moderator: Hoe gaat het?\n\nAnna: Goed.\n"), group="t"
        )
        assert "unknown media file type '.avi'" in _refused(
            project, "g", write(tmp_path, "g.avi", b"RIFF0000AVI LIST")
        )
        assert "not a mp3 file" in _refused(project, "g", write(tmp_path, "g.mp3", "geen geluid"))
        assert "file is empty" in _refused(project, "g", write(tmp_path, "leeg.ogg", b""))
        assert "file not found" in _refused(project, "g", tmp_path / "weg.wav")
        short = sine_wav(tmp_path / "kort.wav", 3)
        assert "lasts 3.0 s" in _refused(project, "g", short)  # another group's recording?
        assert "no times to play from" in _refused(project, "t", sine_wav(tmp_path / "t.wav", 2))
        assert "no focus group 'x'" in _refused(project, "x", sine_wav(tmp_path / "x.wav", 14))
        # a good link, then a bad one: the first file stays, nothing else appears
        project.link_media("g", sine_wav(tmp_path / "goed.wav", 14))
        assert "damaged WAV" in _refused(
            project, "g", write(tmp_path, "kapot.wav", b"RIFF\x10\0\0\0WAVEfmt " + b"\0" * 8)
        )
        # a later link replaces the earlier one (a wrong file can be put right)
        project.link_media("g", sine_wav(tmp_path / "nieuw.wav", 14.5))
        assert [m["filename"] for m in project.media()] == ["nieuw.wav"]


def test_a_coder_may_not_link_media_and_nothing_is_copied(tmp_path: Path):
    from workbench import PermissionDenied

    path = tmp_path / "team.db"
    with Project.create(path, user="olga") as project:
        project.import_transcript(write(tmp_path, "g.vtt", VTT), group="g")
        project.members.add("carl", "coder")
    with Project.open(path, user="carl") as project:
        before = snapshot(project)
        with pytest.raises(PermissionDenied):
            project.link_media("g", sine_wav(tmp_path / "g.wav", 14))
        assert snapshot(project) == before
    assert not media_folder(path).exists()


def test_the_media_table_comes_with_the_schema(tmp_path: Path):
    with Project.create(tmp_path / "p.db") as project:
        assert schema_version(project.db) == SCHEMA_VERSION
        assert "media" in project.db.table_names()


def test_a_link_refused_by_the_database_removes_the_copied_file(tmp_path: Path, monkeypatch):
    from workbench.store import media as sql

    with Project.create(tmp_path / "p.db", user="lead") as project:
        project.import_transcript(write(tmp_path, "g.vtt", VTT), group="g")
        before = snapshot(project)

        def fail(*args: object) -> int:
            raise InputError(None, "disk full")

        monkeypatch.setattr(sql, "add_media", fail)
        with pytest.raises(InputError):
            project.link_media("g", sine_wav(tmp_path / "g.wav", 14))
        assert snapshot(project) == before
        assert not media_folder(project.core.path).exists()


def test_documents_page_links_an_uploaded_recording(tmp_path: Path):
    """An owner uploads a recording on the Documents page and links it to the group's timed
    transcript; a text file named .wav gets its one line and changes nothing."""
    from conftest import shown

    path = tmp_path / "fg.db"
    with Project.create(path, user="lead") as project:
        project.import_transcript(write(tmp_path, "uitvoering.vtt", VTT), group="uitvoering")
        project.segment()
    wav = sine_wav(tmp_path / "opname.wav", 15).read_bytes()
    at = open_page(app_on(path, coder="lead"), "ui/documents_page.py")
    at.file_uploader(key="media_upload").set_value(("nep.wav", b"geen geluid", "audio/wav")).run()
    with Project.open(path, user="check") as project:
        before = snapshot(project)
    at.button(key="media_go").click().run()
    assert not at.exception
    with Project.open(path, user="check") as project:
        assert snapshot(project) == before
    assert not media_folder(path).exists() or not any(media_folder(path).iterdir())
    assert "nep.wav" in shown(at).replace("\\", "")
    at.file_uploader(key="media_upload").set_value(("opname.wav", wav, "audio/wav")).run()
    assert at.selectbox(key="media_group").value == "uitvoering"
    at.button(key="media_go").click().run()
    assert not at.exception
    assert "opname.wav linked to uitvoering" in shown(at).replace("\\", "")
    with Project.open(path, user="check") as project:
        [linked] = project.media()
        assert linked["filename"] == "opname.wav"
