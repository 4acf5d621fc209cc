"""Codebooks and codings between Duiding and Taguette 1.5.2, on files Taguette wrote
(tests/fixtures/taguette/, made by scripts/taguette_fixtures.py) and, where the separate
venv exists (scripts/setup.sh makes .taguette-venv), with Taguette's own code: its codebook
importer reads Duiding's CSV, and a real Taguette server writes the fixtures again."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
from pathlib import Path

import pytest

import workbench
from workbench import InputError, Project
from conftest import ROOT, snapshot, write

FIXTURES = ROOT / "tests" / "fixtures" / "taguette"
STARTER = ROOT / "codebooks" / "per_racisme.yaml"
TAGUETTE_PYTHON = ROOT / ".taguette-venv" / "bin" / "python"
needs_taguette = pytest.mark.skipif(
    not (ROOT / ".taguette-venv" / "bin" / "taguette").exists(),
    reason="Taguette's venv (.taguette-venv, made by scripts/setup.sh) is not there",
)


def rows(data: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


@pytest.fixture
def starter(tmp_path: Path) -> Project:
    with Project.create(tmp_path / "p.db", name="Racisme op het werk", user="t") as project:
        project.codebook.import_file(STARTER)
        yield project


@pytest.fixture
def taguette_project(tmp_path: Path) -> Project:
    """The documents Taguette's project holds, as Duiding imports them."""
    with Project.create(tmp_path / "t.db", user="t") as project:
        project.import_transcript(FIXTURES / "fg-noord.vtt", group="fg-noord")
        project.import_transcript(FIXTURES / "interview-de-vries.txt", group="interviews")
        yield project


# -- Duiding -> Taguette -------------------------------------------------------------------
def test_duiding_codebook_csv_has_a_plain_header_and_a_description(starter, tmp_path):
    data = starter.codebook.export_file(tmp_path / "cb.csv").read_bytes()
    text = data.decode("utf-8-sig")
    assert text.split("\n", 1)[0] == (
        "path,description,definition,inclusion,exclusion,examples,label_en,color,exported_from"
    )
    table = {r["path"]: r for r in rows(data)}
    code = starter.codebook.get("Actoren/Burger of klant")
    row = table[code.path]
    assert row["definition"] == code.definition
    assert row["description"].startswith(code.definition + "\n\nInclusion: ")
    assert "\nExamples:\n- " + code.examples[0] in row["description"]
    assert row["description"].endswith("English label: " + code.label_en)
    assert len(table) == len(starter.codebook.codes())


def test_the_fixture_is_what_duiding_exports_now(starter, tmp_path):
    """duiding-codebook.csv is the file Taguette read when the fixtures were made; it must
    still be what Duiding writes (else run scripts/taguette_fixtures.py again)."""
    data = starter.codebook.export_file(tmp_path / "cb.csv").read_bytes()
    assert f"Duiding {workbench.__version__};".encode() in data

    def unversioned(csv_bytes: bytes) -> bytes:
        return re.sub(rb"Duiding [^;,]+;", b"Duiding;", csv_bytes)

    assert unversioned(data) == unversioned((FIXTURES / "duiding-codebook.csv").read_bytes())


def test_taguette_imported_every_name_and_description(starter):
    """What Taguette's import page made of our CSV (fixture): every code, its description
    (line breaks lost in Taguette's one-line field) with definition and criteria."""
    made = {
        r["tag"]: r["description"]
        for r in rows((FIXTURES / "taguette-from-duiding.csv").read_bytes())
    }
    codes = starter.codebook.codes()
    assert set(made) == {c.path for c in codes} | {"interesting"}
    for code in codes:
        flat = " ".join(made[code.path].split())
        assert " ".join(code.definition.split()) in flat
        if code.inclusion:
            assert "Inclusion: " + " ".join(code.inclusion.split()) in flat


@needs_taguette
def test_taguettes_own_importer_reads_duidings_csv(starter, tmp_path):
    """taguette.import_codebook.list_tags (Taguette's code, in its own venv) on the file
    Duiding exports now: names and descriptions with their line breaks."""
    out = starter.codebook.export_file(tmp_path / "codebook.csv")
    script = (
        "import json, sys\nfrom taguette.import_codebook import list_tags\n"
        "print(json.dumps(list_tags(open(sys.argv[1], 'rb'))))"
    )
    done = subprocess.run(
        [str(TAGUETTE_PYTHON), "-c", script, str(out)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    tags = {t["path"]: t["description"] for t in json.loads(done.stdout)}
    ours = {r["path"]: r["description"] for r in rows(out.read_bytes())}
    assert tags == ours and len(tags) == len(starter.codebook.codes())
    assert any("\n\nInclusion: " in d for d in tags.values())


# -- Taguette -> Duiding -------------------------------------------------------------------
def test_taguette_codebook_csv_imports_as_a_tree(project):
    result = project.codebook.import_file(FIXTURES / "taguette-codebook.csv")
    assert result["added"] == 10
    assert [c.path for c in project.codebook.codes()] == [
        "interesting",
        "Vormen",
        "Vormen/Opmerkingen en grappen",
        "Vormen/Buitensluiten",
        "Actoren",
        "Actoren/Leidinggevende",
        "Reacties",
        "Reacties/Vertrouwenspersoon",
        "Reacties/Niets doen",
        "Behoeften",
    ]
    jokes = project.codebook.get("Vormen/Opmerkingen en grappen")
    assert jokes.definition == (
        "Grappen, opmerkingen of 'plagen' over afkomst, huidskleur, "
        "religie of naam.\nOok als de spreker het zelf 'maar een "
        "grapje' noemt."
    )
    notes = " ".join(result["warnings"])
    assert "number of highlights, number of documents" in notes and "level separator" in notes


def test_dotted_levels_can_be_turned_off(project):
    project.codebook.import_file(FIXTURES / "taguette-codebook.csv", dotted_levels=False)
    assert "Vormen.Opmerkingen en grappen" in [c.path for c in project.codebook.codes()]


def test_taguette_qdc_imports_as_a_tree_with_its_guids(project):
    project.codebook.import_file(FIXTURES / "taguette-codebook.qdc")
    jokes = project.codebook.get("Vormen/Opmerkingen en grappen")
    assert jokes.guid == "6A51FD74-5BDE-52E6-B582-1247E0CDFDA1"
    assert (
        project.codebook.get("Reacties/Niets doen").parent_id == project.codebook.get("Reacties").id
    )
    # the CSV then adds the descriptions the .qdc does not carry, on the same codes
    again = project.codebook.import_file(FIXTURES / "taguette-codebook.csv")
    assert again["added"] == 0 and again["updated"] == 8  # all but the parents Taguette lacks
    assert project.codebook.get(jokes.id).definition.startswith("Grappen, opmerkingen")


def test_round_trip_through_taguette_keeps_the_tree_and_the_fields(starter, tmp_path):
    """Duiding -> Taguette's import page -> Taguette's export -> Duiding: every code back at
    its path with definition, criteria, examples and English label (not the colours:
    Taguette has none)."""
    with Project.create(tmp_path / "back.db", user="t") as back:
        back.codebook.import_file(FIXTURES / "taguette-from-duiding.csv")
        came = {c.path: c for c in back.codebook.codes()}
        for code in starter.codebook.codes():
            other = came[code.path]
            assert " ".join(other.definition.split()) == " ".join(code.definition.split())
            assert (other.inclusion, other.exclusion, other.examples, other.label_en) == (
                " ".join(code.inclusion.split()),
                " ".join(code.exclusion.split()),
                [" ".join(e.split()) for e in code.examples],
                code.label_en,
            ), code.path


def test_taguette_highlights_become_codings_at_their_place(taguette_project):
    project = taguette_project
    project.codebook.import_file(FIXTURES / "taguette-codebook.csv")
    before = snapshot(project)
    with pytest.raises(InputError, match="names no coder: pass --coder"):
        project.coding.import_file(FIXTURES / "taguette-highlights.csv")
    assert snapshot(project) == before
    result = project.coding.import_file(FIXTURES / "taguette-highlights.csv", coder="ilse")
    assert (result["layout"], result["codings"]) == ("taguette", 13)
    assert (result["placed_exact"], result["placed_whitespace"]) == (12, 1)
    paths = {c.id: c.path for c in project.codebook.codes()}
    got = [(c["text"], paths[c["code_id"]]) for c in project.coding.codings()]
    assert (
        "Iedereen lachte, ik niet.\nIlse: Daarna werd ik twee keer niet uitgenodigd voor "
        "het overleg",
        "Vormen/Buitensluiten",
    ) in got  # across two turns
    assert ("bij de vertrouwenspersoon & later bij HR", "Reacties/Vertrouwenspersoon") in got
    [fg] = [d for d in project.documents() if d["group"] == "fg-noord"]
    text = project.document(fg["id"])["text"]
    twice = [c for c in project.coding.codings() if c["text"] == "lach maar mee"]
    first = text.index("lach maar mee")
    assert [c["start"] for c in twice] == [first, text.index("lach maar mee", first + 1)]
    assert {c["coder"] for c in project.coding.codings()} == {"ilse"}
    with pytest.raises(InputError, match="already imported"):
        project.coding.import_file(FIXTURES / "taguette-highlights.csv", coder="ilse")


def test_highlights_that_cannot_be_placed_are_all_listed_and_nothing_is_written(
    taguette_project, tmp_path
):
    project = taguette_project
    project.codebook.import_file(FIXTURES / "taguette-codebook.csv")
    lines = (FIXTURES / "taguette-highlights.csv").read_text(encoding="utf-8").splitlines()
    assert lines[2] == lines[4].replace("4,", "2,", 1)  # "lach maar mee", two highlights
    del lines[4]  # now one highlight, the text twice
    lines.append('20,fg-zuid,Vormen,"Dat was geen grap."')  # no such document
    lines.append('21,fg-noord,Vormen,"Dat was geen grap."')  # not in the text
    lines.append("22,fg-noord,Vormen.Pesten,Ik ben naar de vertrouwenspersoon gegaan.")
    bad = write(tmp_path, "highlights.csv", "\n".join(lines) + "\n")
    before = snapshot(project)
    with pytest.raises(InputError) as error:
        project.coding.import_file(bad, coder="ilse")
    message = str(error.value)
    assert message.startswith(f"{bad}: 4 of 15 rows cannot be placed, nothing was imported")
    assert "\n" not in message
    assert (
        "row 3: text 'lach maar mee' occurs 2 times in document 'fg-noord (fg-noord.vtt)'"
        in message
    )
    assert "row 14: no document named 'fg-zuid'" in message
    assert "row 15: text 'Dat was geen grap.' is not in document" in message
    assert "row 16: no code 'Vormen.Pesten'" in message
    assert snapshot(project) == before


# -- a real Taguette server -----------------------------------------------------------------
@needs_taguette
@pytest.mark.slow
def test_a_taguette_server_writes_the_fixtures_again(tmp_path):
    """scripts/taguette_fixtures.py against a fresh Taguette on loopback gives the committed
    files byte for byte (Taguette's ids and GUIDs are deterministic)."""
    done = subprocess.run(
        [
            str(TAGUETTE_PYTHON),
            str(ROOT / "scripts" / "taguette_fixtures.py"),
            "--out",
            str(tmp_path),
            "--duiding-python",
            str(ROOT / ".venv" / "bin" / "python"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    for name in (
        "taguette-codebook.csv",
        "taguette-codebook.qdc",
        "taguette-highlights.csv",
        "taguette-from-duiding.csv",
    ):
        assert (tmp_path / name).read_bytes() == (FIXTURES / name).read_bytes(), name
