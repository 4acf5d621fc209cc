"""Importing focus-group transcripts: turns, speakers, timestamps, groups, bad files."""

from __future__ import annotations

import docx
import pytest

from workbench import InputError
from conftest import snapshot

TXT = """Focusgroep beleid, 4 maart 2024

[00:00:05] Moderator: Welkom allemaal. Wat is jullie ervaring?
[00:00:12] Deelnemer 1: Ik hoor vaak grappen over mijn afkomst.
Dat begon al in mijn eerste week.

[00:01:02] Deelnemer 2: Bij ons is dat anders, eerlijk gezegd.
[00:01:30] Moderator: Kun je dat uitleggen?
[00:01:41] Deelnemer 1: Mijn leidinggevende zei toen: nee, dat is maar een grapje.
"""

VTT = """WEBVTT

00:00:01.000 --> 00:00:04.000
<v Moderator>Wie wil beginnen?</v>

00:00:04.500 --> 00:00:09.000
<v Sara>Ik werd niet uitgenodigd voor het overleg,</v>

00:00:09.000 --> 00:00:12.250
<v Sara>terwijl ik het dossier beheer.</v>

00:00:13.000 --> 00:00:15.000
<v Moderator>Dank je.</v>
"""

SRT = """1
00:00:01,000 --> 00:00:03,000
Moderator: Wat deden jullie daarna?

2
00:00:03,500 --> 00:00:06,000
Ahmed: Ik ben naar de vertrouwenspersoon gegaan.

3
00:00:06,000 --> 00:00:08,000
Dat hielp wel.
"""


def test_plain_text_turns_keep_speaker_order_and_time(project, tmp_path):
    path = tmp_path / "fg_beleid.txt"
    path.write_text(TXT, encoding="utf-8")
    result = project.import_transcript(path)
    assert (result["group"], result["turns"], result["speakers"]) == ("fg_beleid", 5, 3)
    [doc] = project.documents(kind="transcript")
    turns = project.segments(doc["id"], kind="turn")
    assert [t["speaker"] for t in turns] == [
        "Moderator",
        "Deelnemer 1",
        "Deelnemer 2",
        "Moderator",
        "Deelnemer 1",
    ]
    assert [t["time_start"] for t in turns] == [5, 12, 62, 90, 101]
    assert (
        turns[1]["text"]
        == "Ik hoor vaak grappen over mijn afkomst.\nDat begon al in mijn eerste week."
    )
    assert turns[4]["text"].endswith("zei toen: nee, dat is maar een grapje.")
    text = project.document(doc["id"])["text"]
    for turn in turns:  # offsets point at the words spoken, never at the label
        assert text[turn["start"] : turn["end"]] == turn["text"]
        assert text[: turn["start"]].endswith(f"{turn['speaker']}: ")
    assert {s["name"] for s in project.speakers("fg_beleid")} == {
        "Moderator",
        "Deelnemer 1",
        "Deelnemer 2",
    }


def test_subtitles_merge_cues_of_one_speaker(project, tmp_path):
    (tmp_path / "fg5.vtt").write_text(VTT, encoding="utf-8")
    (tmp_path / "fg6.srt").write_text(SRT, encoding="utf-8")
    project.import_transcript(tmp_path / "fg5.vtt", group="leidinggevenden")
    project.import_transcript(tmp_path / "fg6.srt", group="gemengd")
    vtt, srt = project.documents(kind="transcript")
    turns = project.segments(vtt["id"], kind="turn")
    assert [t["speaker"] for t in turns] == ["Moderator", "Sara", "Moderator"]
    assert (turns[1]["time_start"], turns[1]["time_end"]) == (4.5, 12.25)
    assert "uitgenodigd" in turns[1]["text"] and "dossier" in turns[1]["text"]
    turns = project.segments(srt["id"], kind="turn")
    assert [t["speaker"] for t in turns] == ["Moderator", "Ahmed"]
    assert "Dat hielp wel." in turns[1]["text"]
    assert [s["group"] for s in project.speakers()] == [
        "gemengd",
        "gemengd",
        "leidinggevenden",
        "leidinggevenden",
    ]


def test_docx_paragraphs_are_turns(project, tmp_path):
    document = docx.Document()
    document.add_paragraph("Focusgroep inspectie")
    document.add_paragraph("[00:00:03] Moderator: Wat merken jullie?")
    document.add_paragraph("[00:00:09] Lotte: Opmerkingen over mijn hoofddoek.")
    document.add_paragraph("Vooral tijdens de lunch.")
    document.add_paragraph("[00:00:20] Moderator: Herkennen anderen dat?")
    path = tmp_path / "fg3.docx"
    document.save(path)
    result = project.import_transcript(path)
    assert result["turns"] == 3
    [doc] = project.documents(kind="transcript")
    turns = project.segments(doc["id"], kind="turn")
    assert turns[1]["speaker"] == "Lotte" and turns[1]["time_start"] == 9
    assert "lunch" in turns[1]["text"]


def test_speaker_attributes_from_a_table(project, tmp_path):
    path = tmp_path / "fg_beleid.txt"
    path.write_text(TXT, encoding="utf-8")
    project.import_transcript(path)
    table = tmp_path / "speakers.csv"
    table.write_text(
        "group,speaker,role,functiegroep\n"
        "fg_beleid,Moderator,moderator,\n"
        "fg_beleid,Deelnemer 1,participant,medewerker\n",
        encoding="utf-8",
    )
    assert project.import_speakers(table)["speakers"] == 2
    attributes = {s["name"]: s["attributes"] for s in project.speakers("fg_beleid")}
    assert attributes["Deelnemer 1"] == {"role": "participant", "functiegroep": "medewerker"}
    assert attributes["Deelnemer 2"] == {}
    bad = tmp_path / "bad.csv"
    bad.write_text("group,speaker,role\nfg_beleid,Deelnemer 9,participant\n", encoding="utf-8")
    before = snapshot(project)
    with pytest.raises(InputError, match=r"bad.csv: row 2: no speaker 'Deelnemer 9'"):
        project.import_speakers(bad)
    assert snapshot(project) == before


def test_bad_transcripts_change_nothing(project, tmp_path):
    no_turns = tmp_path / "notes.txt"
    no_turns.write_text("Dit is gewoon een verslag zonder sprekers.\nNog een zin.\n")
    not_docx = tmp_path / "fake.docx"
    not_docx.write_text("Moderator: hallo\n")
    no_header = tmp_path / "cues.vtt"
    no_header.write_text("00:00:01.000 --> 00:00:02.000\n<v A>hoi</v>\n")
    again = tmp_path / "fg.txt"
    again.write_text(TXT, encoding="utf-8")
    project.import_transcript(again)
    before = snapshot(project)
    for path, expected in [
        (no_turns, "no recognisable turns"),
        (not_docx, "docx"),
        (no_header, "WebVTT"),
        (again, "already imported"),
    ]:
        with pytest.raises(InputError, match=expected) as error:
            project.import_transcript(path)
        assert path.name in str(error.value)
    assert snapshot(project) == before
