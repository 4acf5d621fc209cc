"""Speaker labels as people write them: every turn goes to its own speaker, and what the
reader cannot settle is reported before anything is written, never merged silently.

The fixtures in tests/fixtures/transcripts are real-looking Dutch transcripts: committee
minutes, two interviews and three focus groups with numbered speakers, in txt, docx
(written by make_docx.py), vtt and srt.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench import Project
from workbench.cli import main
from workbench.ingest.transcript import read_transcript
from conftest import ROOT, app_on, input_error, snapshot, write

FIXTURES = ROOT / "tests" / "fixtures" / "transcripts"

# (file, [(line/paragraph/cue where the turn starts, speaker), ...])
EXPECTED = {
    "commissiedebat_discriminatie.txt": [
        (12, "De voorzitter"),
        (15, "De heer Omtzigt (NSC)"),
        (19, "Mevrouw Van der Berg (voorzitter)"),
        (22, "Mevrouw Bikker (ChristenUnie)"),
        (26, "Fractie CDA/ChristenUnie"),
        (29, "Mevrouw Kuiken (PvdA/GroenLinks)"),
        (32, "De heer Van Dijk (D66)"),
        (35, "De voorzitter"),
        (38, "Minister De Jonge"),
        (42, "De heer Omtzigt (NSC)"),
        (45, "Minister De Jonge"),
        (48, "De voorzitter"),
    ],
    "interview_respondent3.txt": [
        (5, "Interviewer"),
        (6, "Respondent 3"),
        (7, "Interviewer"),
        (8, "Respondent 3"),
        (12, "Interviewer"),
        (13, "Respondent 3"),
        (14, "Tolk"),
        (15, "Respondent 3"),
        (16, "Interviewer"),
        (17, "Respondent 3"),
        (19, "Interviewer"),
    ],
    "interview_burgerzaken.docx": [
        (2, "I"),
        (3, "R"),
        (4, "I"),
        (5, "R"),
        (6, "Collega R"),
        (7, "I"),
        (8, "R"),
    ],
    "focusgroep_inspecties.docx": [
        (4, "Moderator"),
        (5, "Deelnemer 1"),
        (6, "Deelnemer 2"),
        (7, "Deelnemer 3"),
        (8, "Moderator"),
        (9, "Deelnemer 2"),
        (11, "Deelnemer 5"),
        (12, "Deelnemer 1"),
        (13, "Spreker 6 (onverstaanbaar)"),
        (14, "Moderator"),
    ],
    "focusgroep_leidinggevenden.vtt": [
        (1, "Moderator"),
        (2, "P1"),
        (3, "P2"),
        (4, "P3"),
        (5, "Moderator"),
        (6, "P2"),
        (7, "P5"),
        (8, "Onderzoeker (observator)"),
        (9, "P1"),
        (10, "P6"),
        (11, "Moderator"),
    ],
    "focusgroep_uitvoering.srt": [
        (1, "Moderator (M)"),
        (2, "Deelnemer 1"),
        (3, "Deelnemer 2"),
        (4, "Deelnemer 3"),
        (5, "Moderator (M)"),
        (6, "Deelnemer 2"),
        (8, "Deelnemer 4"),
        (9, "Meerdere deelnemers"),
        (10, "Deelnemer 1"),
        (12, "Moderator (M)"),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_turn_has_its_own_speaker(name: str) -> None:
    transcript = read_transcript(FIXTURES / name)
    assert [(t.line, t.speaker) for t in transcript.turns] == EXPECTED[name]
    assert transcript.ambiguous == []


def test_committee_minutes_keep_quotes_headings_and_header_in_place() -> None:
    transcript = read_transcript(FIXTURES / "commissiedebat_discriminatie.txt")
    turns = transcript.turns
    assert turns[1].text.endswith(
        "Mijn vraag aan de minister is dus: komt er een onafhankelijk meldpunt?"
    )
    assert "Over het meldpunt: ik kom daar" in turns[8].text
    assert turns[-1].text == (
        "Ik constateer de volgende toezegging.\n"
        "Toezegging: de minister informeert de Kamer in mei 2024 over het meldpunt.\n"
        "Sluiting 12.41 uur."
    )
    # "Voorzitter: Van der Berg" at the top names the chair; it is not a turn
    assert "Voorzitter: Van der Berg\nGriffier: De Vries" in transcript.title
    kinds = {(n.where, n.kind) for n in transcript.notices}
    assert {("line 5", "header"), ("line 6", "header"), ("line 50", "heading")} <= kinds


def test_quoted_speech_and_single_words_stay_with_the_speaker() -> None:
    interview = read_transcript(FIXTURES / "interview_respondent3.txt")
    assert interview.turns[3].text == (
        "Goed, eigenlijk. Al is er één ding dat me dwarszit.\n"
        "In mijn eerste jaar maakte een collega steeds grapjes over mijn naam.\n"
        "Ik zei toen: dat vind ik niet grappig.\nHij zei: ach, je moet er tegen kunnen."
    )
    assert interview.turns[9].text == "Nee.\nLet op: ik wilde geen gedoe. Dat is alles."
    assert interview.title == (
        "Interview 3 – beleidsmedewerker, directie Arbeidsmarkt\n"
        "Datum: 7 februari 2024, Den Haag\nDuur: 48 minuten"
    )
    srt = read_transcript(FIXTURES / "focusgroep_uitvoering.srt")
    assert srt.turns[5].text.endswith("Ik zei toen: dat is niet grappig.")
    assert (
        srt.turns[8].text
        == 'Bij ons wordt er vooral gezwegen. Mijn teamleider: "daar hoeven we het niet over te hebben".'
    )


def test_labels_seen_once_are_speakers_in_every_shape(tmp_path: Path) -> None:
    text = (
        "De voorzitter: Ik open de vergadering.\n"
        "Mevrouw Van der Berg (VVD): Dank u.\n"
        "De voorzitter: Het woord is aan de minister.\n"
        "Minister voor Rechtsbescherming: Dank, voorzitter.\n"
        "Staatssecretaris Van Huffelen (Digitalisering en Koninkrijksrelaties): Aanvullend.\n"
        "Jansen, J.: Een vraag uit de zaal.\n"
        "Vrouw uit de zaal: Ik ook.\n"
        "Karel van Dam: Ik ben ambtenaar.\n"
        "Fatima: Ik ook.\n"
        "I: Dan de volgende vraag.\n"
        "P7: Ja.\n"
        "De voorzitter: Ik sluit de vergadering.\n"
    )
    transcript = read_transcript(write(tmp_path, "t.txt", text))
    assert [t.speaker for t in transcript.turns] == [
        "De voorzitter",
        "Mevrouw Van der Berg (VVD)",
        "De voorzitter",
        "Minister voor Rechtsbescherming",
        "Staatssecretaris Van Huffelen (Digitalisering en Koninkrijksrelaties)",
        "Jansen, J.",
        "Vrouw uit de zaal",
        "Karel van Dam",
        "Fatima",
        "I",
        "P7",
        "De voorzitter",
    ]
    assert transcript.notices == []


def test_sentences_with_a_colon_stay_text(tmp_path: Path) -> None:
    text = (
        "Moderator: Wat gebeurde er?\n"
        "Deelnemer 1: Een collega maakte een grap.\n"
        "Ik zei toen: dat kan niet.\n"
        "Mijn leidinggevende: 'doe niet zo moeilijk'.\n"
        "Ja, dat klopt: het was in 2023.\n"
        "Kortom: ik voelde me niet gesteund.\n"
        "Volgens mij: niemand deed iets.\n"
        "Moderator: Dank je.\n"
    )
    transcript = read_transcript(write(tmp_path, "fg.txt", text))
    assert [t.speaker for t in transcript.turns] == ["Moderator", "Deelnemer 1", "Moderator"]
    assert transcript.turns[1].text.count("\n") == 5
    assert transcript.notices == []


AMBIGUOUS = (
    "Moderator: Wie begint?\n"
    "Anna: Ik. Het was vorig jaar.\n"
    "Moderator: En toen?\n"
    "Anna: Niemand reageerde.\n"
    "Omtzigt: Dat herken ik.\n"
    "Moderator: Dank jullie wel.\n"
)


def test_a_label_it_cannot_settle_is_reported_not_merged(tmp_path: Path) -> None:
    transcript = read_transcript(write(tmp_path, "fg.txt", AMBIGUOUS))
    assert [t.speaker for t in transcript.turns] == [
        "Moderator",
        "Anna",
        "Moderator",
        "Anna",
        "Omtzigt",
        "Moderator",
    ]
    [notice] = transcript.ambiguous
    assert (notice.where, notice.label) == ("line 5", "Omtzigt")
    assert notice.message.startswith("line 5: is 'Omtzigt' a speaker?")
    decided = read_transcript(tmp_path / "fg.txt", not_speakers=["Omtzigt"])
    assert [t.speaker for t in decided.turns] == [
        "Moderator",
        "Anna",
        "Moderator",
        "Anna",
        "Moderator",
    ]
    assert decided.turns[3].text == "Niemand reageerde.\nOmtzigt: Dat herken ik."
    assert decided.ambiguous == []
    confirmed = read_transcript(tmp_path / "fg.txt", speakers=["omtzigt"])
    assert confirmed.turns[4].speaker == "Omtzigt" and confirmed.notices == []


def test_import_refuses_until_decided_and_changes_nothing(project: Project, tmp_path: Path) -> None:
    path = write(tmp_path, "fg.txt", AMBIGUOUS)
    before = snapshot(project)
    message = input_error(project.import_transcript, path)
    assert message.startswith(f"{path}: line 5: is 'Omtzigt' a speaker?")
    assert "--speaker 'Omtzigt'" in message and "--not-speaker 'Omtzigt'" in message
    assert snapshot(project) == before
    preview = project.preview_transcript(path)
    assert preview["ambiguous"] == [{"label": "Omtzigt", "where": "line 5"}]
    assert [s["name"] for s in preview["speakers"]] == ["Moderator", "Anna", "Omtzigt"]
    assert snapshot(project) == before
    result = project.import_transcript(path, not_speakers=["Omtzigt"])
    assert (result["turns"], result["speakers"]) == (5, 2)
    [source] = project.db.execute("SELECT options FROM sources").fetchall()
    assert json.loads(source[0])["not_speakers"] == ["Omtzigt"]


def test_speakers_the_group_already_has_are_known(project: Project, tmp_path: Path) -> None:
    first = write(tmp_path, "deel1.txt", AMBIGUOUS)
    project.import_transcript(first, group="fg", speakers=["Omtzigt"])
    second = write(
        tmp_path,
        "deel2.txt",
        "Moderator: Verder.\nAnna: Goed.\nModerator: En jij?\nOmtzigt: Ook.\n",
    )
    result = project.import_transcript(second, group="fg")
    assert result["turns"] == 4 and result["warnings"] == []


def test_numbered_labels_share_a_decision(tmp_path: Path) -> None:
    text = "Interviewer: Eerste vraag.\nVraag 1: Hoe lang werkt u hier?\nR: Tien jaar.\nInterviewer: Dan\nVraag 2: Waar?\nR: In Zwolle.\n"
    path = write(tmp_path, "i.txt", text)
    assert [n.label for n in read_transcript(path).ambiguous] == ["Vraag 1", "Vraag 2"]
    assert [n.label for n in read_transcript(path, not_speakers=["Vraag 1"]).ambiguous] == [
        "Vraag 2"
    ]
    settled = read_transcript(path, not_speakers=["Vraag"])
    assert [t.speaker for t in settled.turns] == ["Interviewer", "R", "Interviewer", "R"]
    assert settled.turns[0].text == "Eerste vraag.\nVraag 1: Hoe lang werkt u hier?"


def test_labels_written_two_ways_are_flagged(tmp_path: Path) -> None:
    text = "Moderator: Welkom.\nDeelnemer 1: Hoi.\nModerator: Goed.\nDeelnemer1: Nog iets.\n"
    transcript = read_transcript(write(tmp_path, "fg.txt", text))
    [notice] = transcript.notices
    assert notice.kind == "similar" and notice.where == "line 4"
    assert "'Deelnemer1' and 'Deelnemer 1' (line 2) may be the same speaker" in notice.message


def test_subtitle_notices_name_the_cue(tmp_path: Path) -> None:
    text = (
        "1\n00:00:01,000 --> 00:00:02,000\nModerator: Welkom.\n\n"
        "2\n00:00:02,000 --> 00:00:03,000\nKuiken: Dank.\n\n"
        "3\n00:00:03,000 --> 00:00:04,000\nModerator: Verder.\n"
    )
    path = write(tmp_path, "fg.srt", text)
    [notice] = read_transcript(path).ambiguous
    assert notice.where == "cue 2"
    assert [t.speaker for t in read_transcript(path, not_speakers=["Kuiken"]).turns] == [
        "Moderator"
    ]


def test_cli_preview_writes_nothing_and_import_names_the_line(tmp_path: Path, capsys) -> None:
    db = tmp_path / "p.db"
    Project.create(db).close()
    path = write(tmp_path, "fg.txt", AMBIGUOUS)
    with Project.open(db) as project:
        before = snapshot(project)
    assert main(["import-transcript", str(db), str(path), "--preview"]) == 0
    out = capsys.readouterr().out
    assert (
        "nothing was written" in out
        and "Omtzigt" in out
        and "warning: line 5: is 'Omtzigt' a speaker?" in out
    )
    assert main(["import-transcript", str(db), str(path), "--no-segment"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and err.startswith(f"error: {path}: line 5:")
    with Project.open(db) as project:
        assert snapshot(project) == before
    assert (
        main(
            [
                "import-transcript",
                str(db),
                str(path),
                "--no-segment",
                "--speakers",
                "Omtzigt",
                "--json",
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["speakers"] == 3


def test_import_page_asks_before_importing(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    Project.create(db).close()
    at = app_on(db).run()
    [upload] = [u for u in at.get("file_uploader") if u.proto.multiple_files]
    upload.set_value(("fg.txt", AMBIGUOUS.encode(), "text/plain")).run()
    assert not at.exception
    [question] = at.radio
    assert "line 5" in question.label and "Omtzigt" in question.label
    [button] = [b for b in at.button if b.key == "import_transcripts"]
    assert button.disabled
    question.set_value("no, text of the turn before").run()
    [button] = [b for b in at.button if b.key == "import_transcripts"]
    assert not button.disabled
    button.click().run()
    assert not at.exception
    with Project.open(db) as project:
        [doc] = project.documents(kind="transcript")
        turns = project.segments(doc["id"], kind="turn")
        assert [t["speaker"] for t in turns] == [
            "Moderator",
            "Anna",
            "Moderator",
            "Anna",
            "Moderator",
        ]
        assert turns[3]["text"] == "Niemand reageerde.\nOmtzigt: Dat herken ik."
