"""REFI-QDA project exchange (.qdpx): our export validates against Project.xsd, is
deterministic, and comes back whole through import-qdpx; ATLAS.ti's sample imports with its
unreadable sources reported."""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from workbench import InputError, Project
from workbench.estimation import code_indicator
from workbench.export.common import context
from workbench.export.qdpx import write_qdpx
from workbench.qdpx_import import import_qdpx
from workbench.store import codings as coding_store
from codebook_helpers import REFI
from conftest import fixture_write, write, write_csv

ATLAS = REFI / "atlasti-8.4-standard-project.qdpx"
VTT = (
    "WEBVTT\n\n00:00:01.000 --> 00:00:04.500\n<v Anna>Ik werd niet uitgenodigd. Nooit.\n\n"
    "00:00:05.000 --> 00:00:07.250\n<v Bob>Dat herken ik.\n\n"
    "00:00:08.000 --> 00:00:09.000\n<v Anna>Echt waar.\n"
)


def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(REFI / "Project-mrt2019.xsd")))


def qde(path: Path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read("project.qde")


def export(path: Path, out: Path) -> dict:
    with Project.open(path, user="exporter") as project:
        return write_qdpx(context(project.core), out)


def small_project(folder: Path) -> Path:
    """Two survey answers with weights and strata, a transcript with timed turns and speaker
    attributes, a nested codebook, codings by two coders, memos on every kind of target, a
    removed coding and an open suggestion."""
    survey = write_csv(
        folder / "survey.csv",
        [
            "id;stratum;gewicht;leeftijd;sector;score;antwoord",
            "R1;A;1,5;34;Rijk;2,5;Ik word op het werk vaak genegeerd. Dat doet pijn.",
            "R2;A;2;51;Gemeente;3;Één collega maakte grappen over mijn naam.",
            "R3;B;4;;Rijk;1,25;",
            "R4;B;3,5;29;Gemeente;4;Niets gemerkt, maar ik hoor verhalen: café ’s avonds…",
        ],
    )
    path = folder / "small.db"
    with Project.create(path, name="Klein project", user="lead") as project:
        project.import_survey(
            survey, id="id", stratum="stratum", weight="gewicht", open=["antwoord"]
        )
        project.import_survey(
            second_wave(folder), id="nr", stratum="laag", weight=None, open=["toelichting"]
        )
        project.import_transcript(write(folder, "fg1.vtt", VTT), group="fg1")
        project.import_speakers(
            write_csv(
                folder / "speakers.csv",
                ["group,speaker,role,leeftijd", "fg1,Anna,deelnemer,41", "fg1,Bob,moderator,"],
            )
        )
        project.survey.import_strata(
            write_csv(folder / "strata.csv", ["stratum,populatie,steekproef", "A,100,2", "B,300,"]),
            stratum="stratum",
            population="populatie",
            sampled="steekproef",
        )
        project.survey.import_margins(
            write_csv(
                folder / "margins.csv",
                ["variable,value,share", "sector,Rijk,0.6", "sector,Gemeente,0.4"],
            )
        )
        book = project.codebook
        book.add(
            "Vormen/Genegeerd",
            definition="Niet gezien.",
            inclusion="Niet uitgenodigd",
            examples=["Ik word genegeerd.", "Twee\nregels"],
            label_en="Ignored",
            color="#112233",
        )
        book.add("Vormen/Grappen", exclusion="Geen grap")
        book.add("Reacties")
        project.segment()
        answers = {d["respondent"]: d["id"] for d in project.documents(kind="answer")}
        transcript = project.documents(kind="transcript")[0]["id"]
        turn = project.segments(transcript, kind="turn")[0]
        sentence = project.segments(answers["R1"], kind="sentence")[1]
        first = project.coding.code(answers["R1"], 0, 30, "Vormen/Genegeerd", coder="ann")
        project.coding.code(answers["R1"], 0, 30, "Vormen/Genegeerd", coder="bob")
        project.coding.code(answers["R1"], 0, 30, "Reacties", coder="bob")
        project.coding.code_segment(turn["id"], "Vormen/Genegeerd", coder="ann")
        project.coding.code(answers["R2"], 4, 30, "Vormen/Grappen", coder="ann")
        gone = project.coding.code(answers["R4"], 0, 6, "Reacties", coder="ann")
        project.coding.uncode(gone, coder="ann")
        with fixture_write(project, "test-suggestion") as payload:
            coding_store.add_codings(
                project.db,
                [
                    {
                        "document_id": answers["R2"],
                        "start": 0,
                        "end": 5,
                        "code_id": book.get("Reacties").id,
                        "coder": "model",
                        "source": "suggestion",
                        "score": 0.7,
                    }
                ],
                payload["event_id"],
            )
        project.coding.add_memo("project", None, "Plan van aanpak.\nTweede regel.", coder="lead")
        project.coding.add_memo("document", answers["R2"], "Let op: naam.", coder="ann")
        project.coding.add_memo("code", book.get("Reacties").id, "Breed houden.", coder="bob")
        project.coding.add_memo("coding", first, "Twijfel <over> & 'grens'.", coder="ann")
        project.coding.add_memo("segment", turn["id"], "Sleutelbeurt.", coder="bob")
        project.coding.add_memo("segment", sentence["id"], "Kernzin.", coder="ann")
    return path


def second_wave(folder: Path) -> Path:
    """An SPSS file with labels and value labels, other role columns and no weights."""
    import pandas as pd
    import pyreadstat

    frame = pd.DataFrame(
        {
            "nr": [5.0, 6.0],
            "laag": ["B", "B"],
            "geslacht": [1.0, 2.0],
            "score": [2.0, 3.5],
            "toelichting": ["Ik voel me buitengesloten.", ""],
        }
    )
    path = folder / "wave2.sav"
    pyreadstat.write_sav(
        frame,
        str(path),
        column_labels={"geslacht": "Wat is uw geslacht?"},
        variable_value_labels={"geslacht": {1: "Man", 2: "Vrouw"}},
    )
    return path


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return small_project(tmp_path_factory.mktemp("small"))


@pytest.fixture(scope="module")
def round_trip(small: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("round")
    first = folder / "first.qdpx"
    exported = export(small, first)
    result = import_qdpx(first, folder / "back.db", user="importer")
    second = folder / "second.qdpx"
    export(folder / "back.db", second)
    return {
        "exported": exported,
        "result": result,
        "first": first,
        "second": second,
        "back": folder / "back.db",
    }


# -- the export -------------------------------------------------------------------------
def test_export_validates_against_the_project_schema(round_trip):
    xsd = schema()
    document = etree.fromstring(qde(round_trip["first"]))
    assert xsd.validate(document), xsd.error_log


@pytest.mark.slow  # the whole demo exported and validated
def test_demo_export_validates_and_holds_every_document(demo_file, tmp_path):
    result = export(demo_file, tmp_path / "demo.qdpx")
    xsd = schema()
    document = etree.fromstring(qde(tmp_path / "demo.qdpx"))
    assert xsd.validate(document), xsd.error_log
    with Project.open(demo_file) as project:
        counts = project.info()["counts"]
    assert (result["sources"], result["respondents"], result["speakers"], result["codes"]) == (
        counts["documents"],
        counts["respondents"],
        counts["speakers"],
        counts["codes"],
    )
    with zipfile.ZipFile(tmp_path / "demo.qdpx") as archive:
        assert len(archive.namelist()) == counts["documents"] + 1


def test_export_holds_the_exact_texts_and_code_point_offsets(small, round_trip):
    namespace = {"q": "urn:QDA-XML:project:1.0"}
    root = etree.fromstring(qde(round_trip["first"]))
    coded = {}
    with zipfile.ZipFile(round_trip["first"]) as archive, Project.open(small) as project:
        titles = {d["id"]: d["title"] for d in project.documents(limit=100)}
        texts = {titles[i]: project.document(i)["text"] for i in titles}
        wanted = {
            (titles[c["document_id"]], c["start"], c["end"]): c["text"]
            for c in project.coding.codings()
        }
        for source in root.iterfind("q:Sources/q:TextSource", namespace):
            name = source.get("plainTextPath").removeprefix("internal://")
            text = archive.read(f"sources/{name}").decode("utf-8")
            assert text == texts[source.get("name")]
            for selection in source.iterfind("q:PlainTextSelection", namespace):
                start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
                if selection.find("q:Coding", namespace) is not None:
                    coded[(source.get("name"), start, end)] = text[start:end]
    assert coded == wanted
    assert any(text.startswith("Één") for text in texts.values())  # code points, not bytes


def test_only_live_human_codings_travel_and_the_rest_is_counted(round_trip):
    exported = round_trip["exported"]
    assert exported["codings"] == 5
    assert exported["left_out"]["open_suggestions"] == 1
    assert exported["left_out"]["removed_codings"] == 1
    assert exported["memos"] == 6 and exported["users"] == 3  # ann, bob, lead
    assert b"model" not in qde(round_trip["first"])


def test_same_state_gives_the_same_bytes(small, tmp_path):
    export(small, tmp_path / "a.qdpx")
    export(small, tmp_path / "b.qdpx")
    assert (tmp_path / "a.qdpx").read_bytes() == (tmp_path / "b.qdpx").read_bytes()
    with zipfile.ZipFile(tmp_path / "a.qdpx") as archive:
        assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_viewer_export_is_refused(small, tmp_path):
    with Project.open(small) as project, pytest.raises(InputError, match="viewer"):
        write_qdpx(context(project.core, viewer=True), tmp_path / "v.qdpx")
    assert not (tmp_path / "v.qdpx").exists()


# -- the round trip -----------------------------------------------------------------------
def _state(path: Path) -> dict:
    """What a project holds, by natural keys (no row ids)."""
    with Project.open(path, user="check") as p:
        docs = {d["id"]: d for d in p.documents(limit=1000)}
        title = {i: d["title"] for i, d in docs.items()}
        codes = {c.id: c.path for c in p.codebook.codes()}
        turns = {
            title[i]: [
                (s["ordinal"], s["start"], s["end"], s["speaker"], s["time_start"], s["time_end"])
                for s in p.segments(i, kind="turn")
            ]
            for i in docs
        }
        respondents = p.respondents()
        segment = lambda i: p.segment_by_id(i)  # noqa: E731
        target = {
            "project": lambda i: None,
            "document": lambda i: title[i],
            "code": lambda i: codes[i],
            "segment": lambda i: (
                title[segment(i)["document_id"]],
                segment(i)["start"],
                segment(i)["end"],
            ),
            "coding": lambda i: next(
                (title[c["document_id"]], c["start"], c["coder"])
                for c in p.coding.codings()
                if c["id"] == i
            ),
        }
        return {
            "documents": sorted(
                (
                    d["kind"],
                    d["title"],
                    d["respondent"],
                    d["question"],
                    d["group"],
                    p.document(i)["text"],
                )
                for i, d in docs.items()
            ),
            "turns": turns,
            "speakers": [
                (s["group"], s["name"], s["attributes"], s["turns"]) for s in p.speakers()
            ],
            "codes": p.codebook.tree(),
            "codings": sorted(
                (
                    title[c["document_id"]],
                    c["start"],
                    c["end"],
                    codes[c["code_id"]],
                    c["coder"],
                    c["time"],
                )
                for c in p.coding.codings()
            ),
            "memos": sorted(
                (
                    m["kind"],
                    repr(target[m["kind"]](m["target_id"])),
                    m["coder"],
                    m["text"],
                    m["time"],
                )
                for m in p.coding.memos()
            ),
            "coders": sorted(
                {c["coder"] for c in p.coding.codings()} | {m["coder"] for m in p.coding.memos()}
            ),
            "respondents": respondents.astype(object)
            .where(respondents.notna(), None)
            .to_dict("records"),
            "variables": p.variables(),
            "strata": p.survey.strata(),
            "margins": p.survey.margins(),
            "settings": {k: v for k, v in p.settings.items() if k != "codebook_version"},
            "sentences": p.info()["counts"]["sentences"],
        }


def test_round_trip_keeps_everything_that_travels(small, round_trip):
    before, after = _state(small), _state(round_trip["back"])
    assert after["settings"].pop("refi_namespace")
    for key in before:
        assert after[key] == before[key], key
    result = round_trip["result"]
    assert (
        result["answers"],
        result["transcripts"],
        result["respondents"],
        result["codes"],
        result["codings"],
        result["memos"],
        result["users"],
    ) == (4, 1, 6, 4, 5, 6, ["ann", "bob", "lead"])
    assert result["sources"]["skipped"] == [] and result["warnings"] == []


def test_second_export_equals_the_first_but_for_its_header(round_trip):
    def normal(data: bytes) -> bytes:
        data = re.sub(rb' modifiedDateTime="[^"]*"', b"", data)
        return re.sub(rb"<Description>Duiding export of project [^\n]*\n", b"<Description>", data)

    with zipfile.ZipFile(round_trip["first"]) as one, zipfile.ZipFile(round_trip["second"]) as two:
        assert one.namelist() == two.namelist()
        for name in one.namelist():
            if name != "project.qde":
                assert one.read(name) == two.read(name), name
        assert normal(one.read("project.qde")) == normal(two.read("project.qde"))


def test_imported_survey_gives_the_same_estimates(small, round_trip):
    """Weights and strata sizes (design weights, finite population correction) come back:
    the same design-based estimates, unsuppressed."""
    from workbench.analysis.survey import mean, total

    found = []
    for path in (small, round_trip["back"]):
        with Project.open(path) as project:
            design = project.survey.design(weights="design")
            frame = project.respondents()
            indicator = code_indicator(project.core, "Vormen")
        found.append(
            (
                mean(design, "score", by=["stratum"]).to_dict("records"),
                total(design, "score").to_dict("records"),
                frame.to_json(),
                indicator.tolist(),
            )
        )
    assert found[0] == found[1]


def test_import_is_one_event_then_segmentation(round_trip):
    with Project.open(round_trip["back"]) as project:
        actions = [e["action"] for e in reversed(project.events())]
        source = project.db.execute("SELECT filename, format FROM sources").fetchall()
    assert actions[:2] == ["create", "import-qdpx"]
    assert set(actions[2:]) <= {"segment", "import-qdpx-memos"}
    assert source == [("first.qdpx", "qdpx")]


def test_an_existing_target_is_refused(round_trip, tmp_path):
    target = write(tmp_path, "taken.db", b"not mine")
    with pytest.raises(InputError, match="already exists"):
        import_qdpx(round_trip["first"], target)
    assert target.read_bytes() == b"not mine"


def test_a_failed_import_leaves_no_file(round_trip, tmp_path):
    bad = tmp_path / "bad.qdpx"
    with zipfile.ZipFile(round_trip["first"]) as source, zipfile.ZipFile(bad, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "project.qde":  # a respondent without a stratum
                data = data.replace(b"<TextValue>A</TextValue>", b"", 1)
            target.writestr(item, data)
    with pytest.raises(InputError, match="'R1' has no stratum"):
        import_qdpx(bad, tmp_path / "new.db")
    assert sorted(os.listdir(tmp_path)) == ["bad.qdpx"]


# -- other tools --------------------------------------------------------------------------
def test_atlas_ti_sample_imports_with_its_sources_skipped(tmp_path):
    result = import_qdpx(ATLAS, tmp_path / "atlas.db", user="importer")
    skipped = result["sources"]["skipped"]
    assert result["sources"]["read"] == 0 and len(skipped) == 12
    kinds = sorted(s["kind"] for s in skipped)
    assert kinds.count("TextSource") == 6 and kinds.count("PDFSource") == 2
    assert all(s["reason"] for s in skipped)
    assert any("is not in the archive" in s["reason"] for s in skipped)
    assert (
        result["codings_skipped"]["on skipped sources"] == sum(s["codings"] for s in skipped) == 16
    )
    assert (result["codes"], result["codings"], result["memos"]) == (14, 0, 2)
    assert result["users"] == ["Friedrich Markgraf"]
    assert result["not_carried"]["links"] == 1 and result["not_carried"]["sets"] == 16
    with Project.open(tmp_path / "atlas.db") as project:
        coke = project.codebook.get("Coke::diet Coke")
        assert (coke.guid, coke.definition) == ("D299EFAE-5779-46DC-9827-A3D1A5D544BC", "non sucré")
        memo = project.coding.memos()[0]
        assert memo["text"].startswith("Research Plan\n\nday to day log")
        assert memo["time"] == "2018-03-27T19:38:46.000000+00:00"


def test_atlas_ti_sample_with_its_texts_imports_codings(tmp_path):
    """The sample with texts for two of its sources: codings come in with ATLAS.ti's users,
    paragraphs become turns, and a path that leads out of the archive is not followed."""
    simon = "x" * 200 + "Ik at altijd glutenvrij brood, maar het was zo zompig," + "y" * 700 + "\n"
    with zipfile.ZipFile(ATLAS) as source:
        xml = source.read("Project.qde").replace(
            b"internal://B2F54555-0D2D-43B2-B40C-2A1C048F5F1C.txt",
            b"internal://../../../etc/passwd",
        )
    path = tmp_path / "atlas-texts.qdpx"
    with zipfile.ZipFile(path, "w") as target:
        target.writestr("Project.qde", xml)
        target.writestr("Sources/C1C745F7-8E4D-48B2-9710-655AFE7E54FA.txt", simon.encode())
        target.writestr("Sources/B2F54555-0D2D-43B2-B40C-2A1C048F5F1C.txt", b"not read")
    result = import_qdpx(path, tmp_path / "atlas.db")
    assert result["sources"]["read"] == 1 and result["codings"] == 3
    reasons = {s["name"]: s["reason"] for s in result["sources"]["skipped"]}
    assert "climbs out of the archive" in reasons["Mabel.txt"]
    with Project.open(tmp_path / "atlas.db") as project:
        codings = project.coding.codings()
        assert {c["coder"] for c in codings} == {"Friedrich Markgraf"}
        feelings = [c for c in codings if c["code_id"] == project.codebook.get("Feelings").id]
        assert [(c["start"], c["end"]) for c in feelings] == [(215, 275)]
        [doc] = project.documents()
        assert doc["title"] == "Simon.docx" and doc["group"] == "ATLAS.ti standard project"
        assert len(project.segments(doc["id"], kind="turn")) == 1


def test_a_text_source_outside_the_archive_is_skipped_not_read(tmp_path):
    path = tmp_path / "outside.qdpx"
    xml = (
        '<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" '
        'name="p"><Sources>'
        '<TextSource guid="11111111-2222-3333-4444-555555555555" name="a" '
        'plainTextPath="relative:///etc/passwd"/>'
        '<TextSource guid="11111111-2222-3333-4444-555555555556" name="b" '
        'plainTextPath="file:///etc/passwd"/>'
        '<TextSource guid="11111111-2222-3333-4444-555555555557" name="c">'
        "<PlainTextContent>Inline tekst.</PlainTextContent></TextSource>"
        "</Sources></Project>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", xml)
    result = import_qdpx(path, tmp_path / "p.db")
    assert [s["name"] for s in result["sources"]["skipped"]] == ["a", "b"]
    assert all("outside the archive" in s["reason"] for s in result["sources"]["skipped"])
    with Project.open(tmp_path / "p.db") as project:
        assert [project.document(d["id"])["text"] for d in project.documents()] == ["Inline tekst."]


def test_not_a_qdpx_is_an_input_error(tmp_path):
    path = write(tmp_path, "x.qdpx", "just text")
    with pytest.raises(InputError, match="not a REFI-QDA project archive"):
        import_qdpx(path, tmp_path / "x.db")
    other = tmp_path / "codebook.qdpx"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("project.qde", '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/>')
    with pytest.raises(InputError, match="root element is <CodeBook>"):
        import_qdpx(other, tmp_path / "y.db")
    assert not (tmp_path / "x.db").exists() and not (tmp_path / "y.db").exists()
