"""Transcript readers: plain text, .docx, WebVTT, SubRip, and every kind of bad input."""

from __future__ import annotations

import zipfile
from pathlib import Path

from workbench.ingest.transcript import Transcript, Turn, read_transcript
from conftest import input_error, write


def error(path: Path, **kwargs: object) -> str:
    return input_error(read_transcript, path, **kwargs)


def speakers(transcript: Transcript) -> list[str]:
    return [t.speaker for t in transcript.turns]


# -- plain text ---------------------------------------------------------------------------

FOCUS = """Focusgroep 2 – Rotterdam

[00:00:05] Moderator: Welkom allemaal.
Fijn dat jullie er zijn.

[00:01:10] Deelnemer 1: Ik werk bij Financiën.
[00:02:03.500] Mw. de Vries: Bij ons is dat anders.
Ik zei toen: nee, dat pik ik niet.
[01:02:03] Moderator: Dank je.
"""


def test_txt_bracketed_timestamps_title_and_continuations(tmp_path: Path) -> None:
    transcript = read_transcript(write(tmp_path, "fg.txt", FOCUS))
    assert transcript.format == "txt"
    assert transcript.title == "Focusgroep 2 – Rotterdam"
    assert speakers(transcript) == ["Moderator", "Deelnemer 1", "Mw. de Vries", "Moderator"]
    first = transcript.turns[0]
    assert first == Turn("Moderator", "Welkom allemaal.\nFijn dat jullie er zijn.", 5.0, None, 3)
    assert transcript.turns[1].start == 70.0
    assert transcript.turns[1].line == 6
    assert transcript.turns[2].start == 123.5
    assert transcript.turns[2].text == "Bij ons is dat anders.\nIk zei toen: nee, dat pik ik niet."
    assert transcript.turns[3].start == 3723.0
    assert transcript.turns[3].line == 9


def test_txt_bare_timestamps(tmp_path: Path) -> None:
    text = "00:00:01 Interviewer (AB): Eerste vraag.\n00:00:09.250 - P1: Antwoord.\n(00:01:00) Interviewer (AB): Tweede.\n"
    transcript = read_transcript(write(tmp_path, "i.txt", text))
    assert speakers(transcript) == ["Interviewer (AB)", "P1", "Interviewer (AB)"]
    assert [t.start for t in transcript.turns] == [1.0, 9.25, 60.0]
    assert transcript.turns[1].text == "Antwoord."
    assert transcript.title is None


def test_txt_without_timestamps_and_false_speaker(tmp_path: Path) -> None:
    text = (
        "Moderator: Wat gebeurde er?\n"
        "Deelnemer 1: Mijn collega maakte een grap.\n"
        "Ik zei toen: nee, dat kan niet.\n"
        "\n"
        "Moderator: En daarna?\n"
        "Deelnemer 1: Niks.\n"
        "Deelnemer 7: Bij ons ook niet.\n"
    )
    transcript = read_transcript(write(tmp_path, "fg.txt", text))
    assert speakers(transcript) == [
        "Moderator",
        "Deelnemer 1",
        "Moderator",
        "Deelnemer 1",
        "Deelnemer 7",
    ]
    assert (
        transcript.turns[1].text == "Mijn collega maakte een grap.\nIk zei toen: nee, dat kan niet."
    )
    assert all(t.start is None and t.end is None for t in transcript.turns)
    assert [t.line for t in transcript.turns] == [1, 2, 5, 6, 7]


def test_txt_single_use_sentence_label_is_not_a_speaker(tmp_path: Path) -> None:
    text = "A: een\nB: twee\nA: drie\nB: vier\nLet op: dit blijft tekst van B.\n"
    transcript = read_transcript(write(tmp_path, "fg.txt", text))
    assert speakers(transcript) == ["A", "B", "A", "B"]
    assert transcript.turns[-1].text == "vier\nLet op: dit blijft tekst van B."


def test_txt_speaker_on_own_line_and_markdown(tmp_path: Path) -> None:
    text = "# Interview 4\n\n**Moderator:**\nHoe gaat het?\n\n**Respondent:** Goed.\n"
    transcript = read_transcript(write(tmp_path, "i.md", text))
    assert transcript.title == "Interview 4"
    assert transcript.turns == [
        Turn("Moderator", "Hoe gaat het?", None, None, 3),
        Turn("Respondent", "Goed.", None, None, 6),
    ]


def test_txt_speaker_and_time_on_own_line(tmp_path: Path) -> None:
    text = "Interview 3\n\nSpreker 1   0:05\nWelkom.\nIk kom om 10:30\nSpreker 2   0:12\nDank.\n\nSpreker 1   1:02:03\nGraag.\n"
    transcript = read_transcript(write(tmp_path, "o.txt", text))
    assert transcript.title == "Interview 3"
    assert transcript.turns == [
        Turn("Spreker 1", "Welkom.\nIk kom om 10:30", 5.0, None, 3),
        Turn("Spreker 2", "Dank.", 12.0, None, 6),
        Turn("Spreker 1", "Graag.", 3723.0, None, 9),
    ]


def test_txt_utf16_with_bom(tmp_path: Path) -> None:
    path = write(
        tmp_path, "u.txt", "Moderator: Financiën?\r\nDeelnemer: Ja.\r\n", encoding="utf-16"
    )
    assert speakers(read_transcript(path)) == ["Moderator", "Deelnemer"]


def test_txt_cp1252_and_bom(tmp_path: Path) -> None:
    cp = write(tmp_path, "a.txt", "Moderator: Financiën?\nDeelnemer: Ja.\n", encoding="cp1252")
    assert read_transcript(cp).turns[0].text == "Financiën?"
    bom = write(
        tmp_path, "b.txt", "Moderator: Financie\u0308n?\r\nDeelnemer: Ja.\r\n", encoding="utf-8-sig"
    )
    transcript = read_transcript(bom)
    assert transcript.turns[0] == Turn("Moderator", "Financiën?", None, None, 1)


def test_txt_undecodable_names_line(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"Moderator: ok\nDeelnemer: Financi\xebn\nModerator: \x81\n")
    message = error(path)
    assert "line 3" in message and "undecodable bytes" in message
    message = error(path, encoding="utf-8")
    assert "line 2" in message and "undecodable bytes for encoding 'utf-8'" in message


def test_txt_invalid_timestamp(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "[00:00:05] Moderator: a\n[00:75:00] Moderator: b\n")
    message = error(path)
    assert "line 2" in message and "invalid timestamp '00:75:00'" in message


def test_txt_without_turns(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "Dit is gewoon een verslag.\nZonder sprekers.\n")
    message = error(path)
    assert "no recognisable turns: expected lines like 'Speaker: text'" in message


def test_nul_bytes_as_txt(tmp_path: Path) -> None:
    message = error(write(tmp_path, "a.txt", b"Moderator: a\n\x00\x01\x02\xff binary"))
    assert "line 2" in message and "not text" in message


def test_docx_as_txt_says_so(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<x/>")
    assert "zip archive" in error(path)


def test_empty_transcript(tmp_path: Path) -> None:
    assert "file is empty" in error(write(tmp_path, "a.txt", b""))
    assert "file is empty" in error(write(tmp_path, "b.vtt", "  \n"))


def test_unknown_extension_and_format_override(tmp_path: Path) -> None:
    path = write(tmp_path, "a.rtf", "Moderator: a\nDeelnemer: b\n")
    assert "unknown transcript file type '.rtf'" in error(path)
    assert speakers(read_transcript(path, format="txt")) == ["Moderator", "Deelnemer"]


# -- docx -------------------------------------------------------------------------------


def make_docx(path: Path, paragraphs: list[str], table: list[list[str]] | None = None) -> Path:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    document.save(path)
    return path


def test_docx_timestamps_and_continuations(tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "fg.docx",
        [
            "Focusgroep 1",
            "",
            "[00:00:10] Moderator: Welkom.",
            "Zullen we beginnen?",
            "[00:00:20] Deelnemer 2: Ja.",
            "(00:01:30) Moderator: Goed.",
        ],
    )
    transcript = read_transcript(path)
    assert transcript.format == "docx"
    assert transcript.title == "Focusgroep 1"
    assert transcript.turns == [
        Turn("Moderator", "Welkom.\nZullen we beginnen?", 10.0, None, 3),
        Turn("Deelnemer 2", "Ja.", 20.0, None, 5),
        Turn("Moderator", "Goed.", 90.0, None, 6),
    ]


def test_docx_table_layout(tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "t.docx",
        ["Interview"],
        [
            ["00:00:01", "Moderator", "Vraag een"],
            ["00:00:05", "Respondent", "Antwoord"],
            ["00:00:09", "Moderator", "Dank"],
        ],
    )
    transcript = read_transcript(path)
    assert speakers(transcript) == ["Moderator", "Respondent", "Moderator"]
    assert [t.start for t in transcript.turns] == [1.0, 5.0, 9.0]
    assert [t.line for t in transcript.turns] == [2, 3, 4]


def test_docx_tracked_insertions_are_read(tmp_path: Path) -> None:
    source = make_docx(tmp_path / "base.docx", ["Moderator: hallo", "Deelnemer: XXX"])
    path = tmp_path / "ins.docx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w") as edited:
        for info in original.infolist():
            data = original.read(info.filename)
            if info.filename == "word/document.xml":
                run = "<w:r><w:t>Deelnemer: XXX</w:t></w:r>"
                tracked = (
                    '<w:r><w:t xml:space="preserve">Deelnemer: </w:t></w:r>'
                    '<w:ins w:id="1" w:author="a"><w:r><w:t>nieuw</w:t></w:r></w:ins>'
                    '<w:del w:id="2" w:author="a"><w:r><w:delText>oud</w:delText></w:r></w:del>'
                    "<w:r><w:br/><w:t>regel twee</w:t></w:r>"
                )
                text = data.decode("utf-8")
                assert run in text
                data = text.replace(run, tracked).encode("utf-8")
            edited.writestr(info, data)
    transcript = read_transcript(path)
    assert transcript.turns[1] == Turn("Deelnemer", "nieuw\nregel twee", None, None, 2)


def test_docx_not_a_zip(tmp_path: Path) -> None:
    message = error(write(tmp_path, "fg.docx", "Moderator: a\nDeelnemer: b\n"))
    assert "not a valid .docx (not a zip file" in message


def test_docx_zip_bomb(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
        with archive.open("word/media/zeros.bin", "w") as entry:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(100):
                entry.write(chunk)
    assert path.stat().st_size < 1024 * 1024
    message = error(path)
    assert "refusing to unpack" in message and "possible zip bomb" in message


def test_docx_high_ratio_entry(tmp_path: Path) -> None:
    path = tmp_path / "ratio.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        archive.writestr("word/media/zeros.bin", b"\0" * (5 * 1024 * 1024))
    message = error(path)
    assert "compression ratio" in message and "possible zip bomb" in message


def test_docx_too_many_entries(tmp_path: Path) -> None:
    path = tmp_path / "many.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        for i in range(1001):
            archive.writestr(f"junk/{i}.txt", "x")
    assert "1002 entries" in error(path)


def test_docx_without_document_xml(tmp_path: Path) -> None:
    path = tmp_path / "x.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    assert "not a valid .docx (no word/document.xml" in error(path)


def test_docx_xxe_is_refused(tmp_path: Path) -> None:
    source = make_docx(tmp_path / "ok.docx", ["Moderator: hallo", "Deelnemer: hoi"])
    secret = write(tmp_path, "secret.txt", "GEHEIM")
    path = tmp_path / "xxe.docx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w") as evil:
        for info in original.infolist():
            data = original.read(info.filename)
            if info.filename == "word/document.xml":
                text = data.decode("utf-8")
                doctype = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret}">]>'
                text = text.replace("<w:document", doctype + "<w:document", 1).replace(
                    "hallo", "&xxe;"
                )
                data = text.encode("utf-8")
            evil.writestr(info, data)
    message = error(path)
    assert "word/document.xml contains a DOCTYPE" in message
    assert "GEHEIM" not in message


# -- WebVTT -----------------------------------------------------------------------------

VTT = """WEBVTT - Focusgroep 3
Kind: captions

NOTE dit is een notitie
die over twee regels loopt

1
00:00:01.000 --> 00:00:04.500 align:start
<v Moderator>Welkom &amp; fijn
dat jullie er zijn.</v>

2
00:00:05.000 --> 00:00:07.000
<v.loud Moderator>Zullen we <i>beginnen</i>?

00:08.000 --> 00:10.250
<v Deelnemer 1>Ja &lt;graag&gt;&nbsp;hoor.

00:00:10.500 --> 00:00:12.000
<c.yellow>en nog iets</c>

00:00:13.000 --> 00:00:15.000
<v Moderator>Dank.
"""


def test_vtt_voices_merge_entities_and_note(tmp_path: Path) -> None:
    transcript = read_transcript(write(tmp_path, "fg.VTT", VTT))
    assert transcript.format == "vtt"
    assert transcript.title == "Focusgroep 3"
    assert transcript.turns == [
        Turn("Moderator", "Welkom & fijn dat jullie er zijn. Zullen we beginnen?", 1.0, 7.0, 1),
        Turn("Deelnemer 1", "Ja <graag> hoor. en nog iets", 8.0, 12.0, 3),
        Turn("Moderator", "Dank.", 13.0, 15.0, 5),
    ]


def test_vtt_name_prefix(tmp_path: Path) -> None:
    text = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nAnna Jansen: Hallo.\n\n"
        "00:00:02.000 --> 00:00:03.000\nBert: Hoi.\n\n00:00:03.000 --> 00:00:04.000\nAnna Jansen: Hoe gaat het?\n"
    )
    transcript = read_transcript(write(tmp_path, "a.vtt", text))
    assert speakers(transcript) == ["Anna Jansen", "Bert", "Anna Jansen"]
    assert transcript.turns[1] == Turn("Bert", "Hoi.", 2.0, 3.0, 2)
    assert transcript.title is None


def test_vtt_without_header(tmp_path: Path) -> None:
    text = "1\n00:00:01,000 --> 00:00:02,000\nModerator: a\n"
    message = error(write(tmp_path, "a.vtt", text))
    assert "line 1" in message and "not a WebVTT file" in message and "SubRip" in message


def test_vtt_malformed_timing(tmp_path: Path) -> None:
    text = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v A>a\n\n00:00:03.000 --> 00:61:00.000\n<v A>b\n"
    )
    message = error(write(tmp_path, "a.vtt", text))
    assert "line 6" in message and "malformed cue timing" in message


def test_vtt_without_speakers(tmp_path: Path) -> None:
    text = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nzomaar tekst\n"
    assert "no recognisable turns (no speaker labels)" in error(write(tmp_path, "a.vtt", text))


def test_vtt_leading_cue_without_speaker(tmp_path: Path) -> None:
    text = "WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n[muziek]\n\n00:00:01.000 --> 00:00:02.000\n<v A>Hallo\n"
    transcript = read_transcript(write(tmp_path, "a.vtt", text))
    assert speakers(transcript) == ["Onbekend", "A"]


# -- SubRip -----------------------------------------------------------------------------

SRT = """1
00:00:01,000 --> 00:00:03,000
Moderator: Goedemiddag
allemaal.

2
00:00:03,500 --> 00:00:05,000
en welkom.

3
00:00:06,000 --> 00:00:08,000
Deelnemer 4: <i>Dank</i> je.

4
00:00:08,000 --> 00:00:09,000
Moderator: Mooi.
"""


def test_srt_prefixes_and_continuation_cues(tmp_path: Path) -> None:
    transcript = read_transcript(write(tmp_path, "fg.srt", SRT))
    assert transcript.format == "srt"
    assert transcript.title is None
    assert transcript.turns == [
        Turn("Moderator", "Goedemiddag allemaal. en welkom.", 1.0, 5.0, 1),
        Turn("Deelnemer 4", "Dank je.", 6.0, 8.0, 3),
        Turn("Moderator", "Mooi.", 8.0, 9.0, 4),
    ]


def test_srt_garbage(tmp_path: Path) -> None:
    message = error(write(tmp_path, "a.srt", "dit is geen ondertitel\nhelemaal niet\n"))
    assert "line 1" in message and "not a SubRip file" in message


def test_srt_broken_after_valid_cue(tmp_path: Path) -> None:
    text = "1\n00:00:01,000 --> 00:00:02,000\nA: x\n\nrommel\n"
    message = error(write(tmp_path, "a.srt", text))
    assert "line 5" in message and "malformed cue after cue 1" in message


def test_srt_malformed_timing(tmp_path: Path) -> None:
    text = "1\n00:00:01,000 --> 00:00:02,000\nA: x\n\n2\n00:00:0x,000 --> 00:00:03,000\nA: y\n"
    message = error(write(tmp_path, "a.srt", text))
    assert "line 6" in message and "malformed cue timing" in message
