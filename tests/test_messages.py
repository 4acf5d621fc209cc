"""Messages that name the file, the problem and the next step, where they used to mislead."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest

from workbench import Project
from workbench.cli import build_parser, main
from workbench.ingest.survey import read_survey
from workbench.ingest.transcript import read_transcript
from conftest import input_error, snapshot, write, write_csv


def _cut(data: bytes) -> bytes:
    """What an interrupted download leaves: the first entries, not the directory at the end."""
    assert zipfile.is_zipfile(io.BytesIO(data))
    return data[: len(data) * 2 // 3]


def test_a_truncated_xlsx_says_it_is_cut_off_not_that_it_is_no_zip(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["id", "stratum", "antwoord"])
    for i in range(200):
        book.active.append([i, "a", f"Antwoord nummer {i} over de werkvloer."])
    buffer = io.BytesIO()
    book.save(buffer)
    path = write(tmp_path, "enquete.xlsx", _cut(buffer.getvalue()))
    message = input_error(read_survey, path)
    assert "not a zip file" not in message and "looks like a zip archive" not in message
    assert message.startswith(f"{path}: this .xlsx file is cut off or damaged")
    assert "copy or save the file again" in message


def test_a_truncated_docx_says_it_is_cut_off(tmp_path: Path) -> None:
    document = docx.Document()
    for i in range(50):
        document.add_paragraph(f"Deelnemer {i % 5}: Zin nummer {i}.")
    buffer = io.BytesIO()
    document.save(buffer)
    path = write(tmp_path, "focusgroep.docx", _cut(buffer.getvalue()))
    message = input_error(read_transcript, path)
    assert message.startswith(f"{path}: this .docx file is cut off or damaged")
    assert "import it again" in message


def _survey(tmp_path: Path) -> Path:
    rows = ["id;stratum;antwoord"] + [
        f"R{i};s{i % 3};Mijn collega negeerde mij, keer {i}." for i in range(12)
    ]
    return write_csv(tmp_path / "enquete.csv", rows)


def test_reimport_after_an_interrupted_segmentation_says_segment_finishes_it(
    tmp_path: Path,
) -> None:
    db = tmp_path / "studie.db"
    survey = _survey(tmp_path)
    with Project.create(db) as project:
        project.import_survey(survey, id="id", stratum="stratum", weight=None, open=["antwoord"])

        def stop(done: int, total: int) -> None:  # the user pressed Ctrl-C after the first batch
            raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            project.segment(batch=5, progress=stop)
        assert project.info()["counts"]["unsegmented_documents"] == 7
        before = snapshot(project)
        message = input_error(
            lambda p: project.import_survey(
                p, id="id", stratum="stratum", weight=None, open=["antwoord"]
            ),
            survey,
        )
        assert (
            "already imported" in message
            and "7 of its 12 documents are not segmented yet" in message
        )
        assert (
            f"run 'python -m workbench segment {db}'" in message
            and "nothing was changed" in message
        )
        assert snapshot(project) == before
        project.segment()
        message = input_error(
            lambda p: project.import_survey(
                p, id="id", stratum="stratum", weight=None, open=["antwoord"]
            ),
            survey,
        )
        assert "already imported" in message and "nothing is left to do" in message


def test_a_transcript_imported_without_segmenting_points_at_segment(
    project: Project, tmp_path: Path
) -> None:
    path = write(tmp_path, "fg.txt", "Moderator: Welkom.\nDeelnemer 1: Dank je.\n")
    project.import_transcript(path)
    message = input_error(project.import_transcript, path)
    assert "1 of its 1 documents are not segmented yet" in message
    assert f"python -m workbench segment {project.path}" in message


def test_cli_interrupted_during_segmentation_says_what_to_run(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    db = tmp_path / "studie.db"
    Project.create(db).close()

    def interrupted(self, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(Project, "segment", interrupted)
    path = write(tmp_path, "fg.txt", "Moderator: Welkom.\nDeelnemer 1: Dank je.\n")
    with pytest.raises(SystemExit) as stopped:
        main(["import-transcript", str(db), str(path)])
    assert stopped.value.code == 130
    err = capsys.readouterr().err
    assert f"{path} was imported" in err and f"run 'python -m workbench segment {db}'" in err


def test_estimate_help_shows_a_plain_percent_sign(capsys) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["estimate", "--help"])
    out = capsys.readouterr().out
    assert "95% CI" in out and "%%" not in out
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--help"])
    assert "95% CI" in capsys.readouterr().out
