"""The codebook in files: import/export round trips, REFI-QDA validity and tolerance, bad
files changing nothing."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

import workbench
from workbench import InputError, Project
from codebook_helpers import REFI, XSD, last_event, make_document, paths, plain, starter
from conftest import input_error, snapshot, write


@pytest.fixture
def document(project: Project, tmp_path: Path) -> int:
    return make_document(project, tmp_path)


# -- round trips ------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["yaml", "csv", "qdc"])
def test_round_trip_through_a_file_gives_the_same_tree(project, tmp_path, fmt):
    starter(project)
    project.codebook.add(
        "Extra/Met regels",
        definition='Eerste regel.\n\nTweede; met "quotes".',
        inclusion="Wel: a, b",
        exclusion="Niet | dit",
        label_en="Lines",
        examples=["Één voorbeeld,\nover twee regels."],
        color="#123456",
    )
    exported = project.codebook.export_file(tmp_path / f"cb.{fmt}")
    with Project.create(tmp_path / "other.db", user="tester") as other:
        result = other.codebook.import_file(exported)
        assert result["added"] == len(project.codebook.codes())
        assert plain(other.codebook.tree(), guids=fmt == "qdc") == plain(
            project.codebook.tree(), guids=fmt == "qdc"
        )


def test_import_updates_existing_paths_and_adds_new_ones(project, tmp_path):
    project.codebook.add("Vormen/Grappen", definition="Oud.", color="#010101")
    path = write(
        tmp_path,
        "cb.yaml",
        """
codes:
  - name: Vormen
    children:
      - name: Grappen
        definition: Nieuw.
      - name: Pesten
        definition: Herhaald.
""",
    )
    result = project.codebook.import_file(path)
    assert (result["added"], result["updated"], result["unchanged"]) == (1, 1, 1)
    grappen = project.codebook.get("Vormen/Grappen")
    assert (grappen.definition, grappen.color) == ("Nieuw.", "#010101")  # colour not given: kept
    event = last_event(project)
    assert (event["action"], event["target"]) == ("codebook-import", "cb.yaml")
    assert event["payload"]["updated"][0]["old"] == {"definition": "Oud."}
    version = project.codebook.version
    before = snapshot(project)
    again = project.codebook.import_file(path)  # nothing new: no event, same version
    assert (again["added"], again["updated"], again["unchanged"]) == (0, 0, 3)
    assert snapshot(project) == before and project.codebook.version == version


@pytest.mark.slow  # every codebook format written twice
def test_exports_are_deterministic_and_name_project_and_version(project, tmp_path):
    starter(project)
    for fmt in ("yaml", "csv", "qdc", "md", "docx"):
        first = project.codebook.export_file(tmp_path / f"a.{fmt}").read_bytes()
        second = project.codebook.export_file(tmp_path / f"b.{fmt}").read_bytes()
        assert first == second, fmt
        if fmt == "csv":  # a plain header row; the provenance in its own column
            import csv
            import io

            rows = list(csv.DictReader(io.StringIO(first.decode("utf-8-sig"))))
            assert {r["exported_from"] for r in rows} == {
                f"Duiding {workbench.__version__}; project 'p', codebook version 1"
            }
        elif fmt != "docx":  # project name and codebook version in the first lines
            head = first.decode("utf-8-sig")[:300]
            assert "project 'p'" in head or "project p" in head, fmt
            assert "version 1" in head or "Codeboekversie 1" in head, fmt
    md = (tmp_path / "a.md").read_text(encoding="utf-8")
    assert "### 1.1 Opmerkingen en grappen" in md and "**Wel coderen:**" in md
    import docx

    paragraphs = [p.text for p in docx.Document(str(tmp_path / "a.docx")).paragraphs]
    assert "1.1 Opmerkingen en grappen" in paragraphs


def test_export_to_a_missing_folder_or_unknown_format_is_an_input_error(project, tmp_path):
    project.codebook.add("A")
    with pytest.raises(InputError, match="does not exist"):
        project.codebook.export_file(tmp_path / "nope" / "cb.yaml")
    with pytest.raises(InputError, match="unknown codebook extension '.txt'"):
        project.codebook.export_file(tmp_path / "cb.txt")


# -- REFI-QDA ------------------------------------------------------------------------------
def test_qdc_export_validates_against_the_refi_qda_schema(project, tmp_path):
    import lxml.etree as etree

    schema = etree.XMLSchema(etree.parse(str(XSD)))
    starter(project)
    exported = project.codebook.export_file(tmp_path / "cb.qdc")
    assert schema.validate(etree.parse(str(exported))), schema.error_log
    # the schema is strict enough to catch a wrong file (Taguette's empty <Sets/>)
    assert not schema.validate(etree.parse(str(REFI / "taguette-expected-codebook.qdc")))


def test_qdc_round_trip_keeps_guids_and_description_fields(project, tmp_path):
    starter(project)
    exported = project.codebook.export_file(tmp_path / "cb.qdc")
    text = exported.read_text(encoding="utf-8")
    assert 'xmlns="urn:QDA-XML:codebook:1.0"' in text and "Inclusion: " in text
    with Project.create(tmp_path / "other.db", user="tester") as other:
        other.codebook.import_file(exported)
        theirs = {c.path: c for c in other.codebook.codes()}
        for code in project.codebook.codes():
            copy = theirs[code.path]
            assert (
                copy.guid,
                copy.definition,
                copy.inclusion,
                copy.exclusion,
                copy.examples,
                copy.label_en,
                copy.color,
            ) == (
                code.guid,
                code.definition,
                code.inclusion,
                code.exclusion,
                code.examples,
                code.label_en,
                code.color,
            )


def test_qdc_import_follows_a_known_guid_to_its_new_name(project, tmp_path):
    code = project.codebook.add("Vormen/Grappen")
    path = write(
        tmp_path,
        "cb.qdc",
        f"""<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
  <Code guid="{{{code.guid.lower()}}}" name="Grappen en opmerkingen" isCodable="true">
    <Code guid="11111111-2222-3333-4444-555555555555" name="Over namen" isCodable="true"/>
  </Code>
</Codes></CodeBook>""",
    )
    result = project.codebook.import_file(path)
    assert (result["added"], result["updated"]) == (1, 1)
    assert paths(project) == [
        "Vormen",
        "Grappen en opmerkingen",
        "Grappen en opmerkingen/Over namen",
    ]
    assert project.codebook.get(code.id).path == "Grappen en opmerkingen"
    assert project.codebook.get(code.id).guid == code.guid


def test_taguette_codebook_imports(project):
    result = project.codebook.import_file(REFI / "taguette-expected-codebook.qdc")
    assert result["added"] == 3
    codes = {c.name: c.guid for c in project.codebook.codes()}
    assert codes == {
        "interesting": "0D62985D-B147-5D01-A9B5-CAE5DCD98342",
        "people": "DFE5C38E-9449-5959-A1F7-E3D895CFA87F",
        "interesting\\places": "55BB6892-6F30-5129-8CB8-557A1B12137B",
    }


def test_atlas_ti_project_codebook_imports_from_qdpx(project, tmp_path):
    source = shutil.copy(REFI / "atlasti-8.4-standard-project.qdpx", tmp_path / "atlas.qdpx")
    result = project.codebook.import_file(source)
    assert result["added"] == 14
    coke = project.codebook.get("Coke::full-fat Coke")
    assert (coke.definition, coke.color, coke.guid) == (
        "aka regular",
        "#966450",
        "0983E32E-6866-431A-BD94-DAC9BB963825",
    )


def test_qdc_with_prefixes_and_oddities_is_read_tolerantly(project, tmp_path):
    path = write(
        tmp_path,
        "odd.qdc",
        """<?xml version="1.0"?>
<q:CodeBook xmlns:q="urn:QDA-XML:codebook:1.0" origin="x"><q:Codes>
  <q:Code guid="not-a-guid" name="in/out" isCodable="true" color="blue">
    <q:Description>Just a description.</q:Description>
    <q:Code guid="11111111-2222-3333-4444-555555555555" name="kind" isCodable="false"/>
    <q:Code guid="11111111-2222-3333-4444-555555555555" name="kind" isCodable="true"/>
  </q:Code>
</q:Codes><q:Sets/><q:Unknown/></q:CodeBook>""",
    )
    result = project.codebook.import_file(path)
    assert paths(project) == ["in-out", "in-out/kind", "in-out/kind (2)"]
    assert project.codebook.get("in-out").definition == "Just a description."
    assert project.codebook.get("in-out/kind").guid == "11111111-2222-3333-4444-555555555555"
    assert len(result["warnings"]) == 5  # renamed, bad guid, bad colour, twin name, twin guid


@pytest.mark.parametrize(
    "xml",
    [
        '<?xml version="1.0"?><!DOCTYPE CodeBook [<!ENTITY x "boom">]>'
        '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="11111111-2222-3333-4444-'
        '555555555555" name="&x;" isCodable="true"/></Codes></CodeBook>',
        '<?xml version="1.0"?><!DOCTYPE CodeBook SYSTEM "file:///etc/passwd">'
        '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>',
    ],
)
def test_qdc_with_doctype_or_entities_is_refused(project, tmp_path, xml):
    path = write(tmp_path, "evil.qdc", xml)
    before = snapshot(project)
    message = input_error(project.codebook.import_file, path)
    assert "DOCTYPE" in message
    assert snapshot(project) == before


def test_malformed_or_foreign_xml_is_an_input_error(project, tmp_path):
    broken = write(tmp_path, "broken.qdc", "<CodeBook><Codes></CodeBook>")
    assert "line 1" in input_error(project.codebook.import_file, broken)
    other = write(tmp_path, "other.qdc", "<html/>")
    assert "root element is <html>" in input_error(project.codebook.import_file, other)


def test_empty_codebook_cannot_be_exported_as_qdc(project, tmp_path):
    with pytest.raises(InputError, match="at least one code"):
        project.codebook.export_file(tmp_path / "cb.qdc")


# -- bad files change nothing ----------------------------------------------------------------
def test_yaml_error_names_place_and_line_and_changes_nothing(project, tmp_path):
    starter(project)
    before = snapshot(project)
    path = write(
        tmp_path,
        "bad.yaml",
        """codebook: {name: x}
codes:
  - name: Vormen
    children:
      - name: Grappen
      - definition: geen naam
""",
    )
    message = input_error(project.codebook.import_file, path)
    assert message == f"{path}: line 6: codes[0].children[1]: 'name' is missing"
    cases = {
        "codes:\n  - name: A\n    color: rood\n": "line 3: codes[0] ('A').color: colour 'rood'",
        "codes:\n  - name: A\n    defintion: x\n": "unknown key 'defintion' (did you mean 'definition'?)",
        "codes:\n  - name: A\n  - name: A\n": "line 3: codes[1] ('A'): code 'A' appears twice (also at line 2)",
        "codes: [\n": "not valid YAML",
        "codes:\n  - name: a/b\n": "line 2: codes[0]: the name 'a/b' contains '/'",
        "codes:\n  - name: A\n    children: x\n": "codes[0] ('A').children: 'children' must be a list",
        "- just a string\n": "codes[0]: expected a code",
    }
    for text, expected in cases.items():
        assert expected in input_error(
            project.codebook.import_file, write(tmp_path, "b.yaml", text)
        )
    assert snapshot(project) == before


def test_csv_import_reads_dutch_spreadsheets_and_errors_name_the_row(project, tmp_path):
    good = write(
        tmp_path,
        "cb.csv",
        "path;definition;examples;color\n"
        "Vormen/Grappen;Opmerkingen über afkomst;één | twee;#FFAA00\n"
        "Gronden;;;\n",
        encoding="cp1252",
    )
    result = project.codebook.import_file(good)
    assert result["added"] == 3
    grappen = project.codebook.get("Vormen/Grappen")
    assert (grappen.definition, grappen.examples, grappen.color) == (
        "Opmerkingen über afkomst",
        ["één", "twee"],
        "#ffaa00",
    )
    before = snapshot(project)
    cases = {
        "path,color\nA,#000000\nB,oranje\n": "row 3: column 'color': colour 'oranje'",
        "path,color\nA,#000000\n,#000000\n": "row 3: column 'path': the code path is empty",
        "path,definition\nA,x\nB,y\nA,z\n": "row 4: code 'A' appears twice (also at row 2)",
        "naam,definition\nA,x\n": "row 1: unknown column 'naam'",
        "definition\nx\n": "no 'path' column",
        "# comment\npath,definitie\nA,x\n": "row 2: unknown column 'definitie'",
    }
    for text, expected in cases.items():
        message = input_error(project.codebook.import_file, write(tmp_path, "bad.csv", text))
        assert expected in message, message
    assert snapshot(project) == before


def test_an_import_that_fails_half_way_changes_nothing(project, tmp_path):
    grappen = project.codebook.add("Vormen/Grappen")
    project.codebook.add("Vormen/Pesten")
    before = snapshot(project)
    # the first code would be added, the second names a GUID that belongs to another path
    path = write(
        tmp_path,
        "cb.qdc",
        f"""<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
  <Code guid="{"A" * 8}-AAAA-AAAA-AAAA-{"A" * 12}" name="Nieuw" isCodable="true"/>
  <Code guid="{grappen.guid}" name="Vormen" isCodable="true">
    <Code guid="{grappen.guid}" name="Pesten" isCodable="true"/>
  </Code>
</Codes></CodeBook>""",
    )
    with pytest.raises(InputError):
        project.codebook.import_file(path)
    assert snapshot(project) == before


def test_import_of_an_unknown_format_or_missing_file(project, tmp_path):
    with pytest.raises(InputError, match="unknown codebook extension"):
        project.codebook.import_file(write(tmp_path, "cb.txt", "x"))
    assert "file not found" in input_error(project.codebook.import_file, tmp_path / "gone.yaml")
    with pytest.raises(InputError, match="unknown codebook format 'md'"):
        project.codebook.import_file(write(tmp_path, "cb.md", "# x"), format="md")


def test_qdc_export_is_a_zip_free_plain_xml_file(project, tmp_path):
    project.codebook.add("A")
    exported = project.codebook.export_file(tmp_path / "cb.qdc")
    assert not zipfile.is_zipfile(exported)
    assert exported.read_bytes().startswith(b'<?xml version="1.0" encoding="utf-8"?>\n<CodeBook')
