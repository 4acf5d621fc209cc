"""The dataset for statistics packages: an SPSS .sav read back with pyreadstat (values,
labels, value labels, missing values, notes), names safe for SPSS and R, the viewer rules
against the researcher's full version, and the zip's R script run with Rscript, whose
survey-package estimate must equal the project's own."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import pyreadstat
import pytest

from workbench import InputError, Project
from workbench.export.statfiles import safe_names
from conftest import review_all, run_cli, snapshot, write_csv

IDS = [f"ID-{7700 + 13 * i}-K" for i in range(30)]  # no id is part of another's text
LONG = "Ze zeiden: “ga terug naar je eigen land” — " + "é" * 300 + " 🙂\nnieuwe regel\ttab"
HOSTILE = ['=HYPERLINK("http://x")', "'al met apostrof", "-3 dagen", "@team", "+31", LONG]
ANSWERS = [
    "Collega's maken grappen over mijn accent (mail mij: k.bakker@example.nl).",
    "Mijn leidinggevende negeerde het toen ik het meldde.",
    "Ik hoorde grappen over mijn afkomst en ging naar de vertrouwenspersoon.",
    "Niets bijzonders meegemaakt.",
    "",  # no open answer
]
NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")


def sav_survey(tmp_path: Path) -> Path:
    """A .sav as an SPSS user would bring it: numeric codes with value labels (the stratum
    too), a variable label, a missing answer, free text and an open question."""
    frame = pd.DataFrame(
        {
            "resp_id": IDS,
            "strat": [1.0 if i < 18 else 2.0 for i in range(30)],
            "gewicht": [1.5 if i < 18 else 2.25 + (i % 3) * 0.5 for i in range(30)],
            "geslacht": [np.nan if i == 4 else float(1 + i % 3) for i in range(30)],
            "leeftijd": [float(25 + i) for i in range(30)],
            "opmerking": [HOSTILE[i % len(HOSTILE)] for i in range(30)],
            "q1": [ANSWERS[i % len(ANSWERS)] for i in range(30)],
        }
    )
    path = tmp_path / "enquete.sav"
    pyreadstat.write_sav(
        frame,
        str(path),
        column_labels={"geslacht": "Geslacht van de respondent", "q1": "Ervaringen"},
        variable_value_labels={
            "strat": {1.0: "Rijk", 2.0: "Gemeente"},
            "geslacht": {1.0: "man", 2.0: "vrouw", 3.0: "anders"},
        },
    )
    return path


@pytest.fixture
def coded(tmp_path: Path) -> Path:
    """The .sav imported with the strata's population sizes, every answer read and coded
    by what it says (a project coded completely)."""
    path = tmp_path / "studie.db"
    with Project.create(path, user="ann") as project:
        project.import_survey(
            sav_survey(tmp_path), id="resp_id", stratum="strat", weight="gewicht", open=["q1"]
        )
        strata = write_csv(tmp_path / "strata.csv", ["stratum,N", "1,400", "2,900"])
        project.survey.import_strata(strata, stratum="stratum", population="N")
        for code in ("Vormen/Grappen", "Reacties/Vertrouwenspersoon", "Reacties/Genegeerd"):
            project.codebook.add(code)
        for doc in project.documents(kind="answer", limit=1000):
            segment = project.segments(doc["id"], kind="answer")[0]
            text = project.document(doc["id"])["text"]
            for word, code in (
                ("grappen", "Vormen/Grappen"),
                ("vertrouwenspersoon", "Reacties/Vertrouwenspersoon"),
                ("negeerde", "Reacties/Genegeerd"),
            ):
                if word in text:
                    project.coding.code_segment(segment["id"], code)
        review_all(project)
    return path


def export(path: Path, out: Path, **options) -> dict:
    with Project.open(path, user="ann") as project:
        return project.export("dataset", out, **options)


def read(out: Path) -> tuple[pd.DataFrame, object]:
    return pyreadstat.read_sav(str(out), apply_value_formats=False, user_missing=True)


def test_the_full_sav_reads_back_with_labels_values_and_notes(coded, tmp_path):
    out = tmp_path / "studie.sav"
    result = export(coded, out, full=True)
    frame, meta = read(out)
    assert result["format"] == "sav" and result["rows"] == 30 == len(frame)
    assert list(frame.columns[:4]) == ["respondent", "stratum", "weight", "fpc"]
    by_id = frame.set_index("respondent")
    assert sorted(by_id.index) == sorted(IDS)
    assert by_id.loc[IDS[0], "weight"] == 1.5 and by_id.loc[IDS[19], "weight"] == 2.75
    assert by_id.loc[IDS[0], "fpc"] == 400 and by_id.loc[IDS[20], "fpc"] == 900
    assert by_id.loc[IDS[2], "geslacht"] == 3 and np.isnan(by_id.loc[IDS[4], "geslacht"])
    assert by_id.loc[IDS[0], "leeftijd"] == 25
    # strings come back exactly: formula-like text untouched, long text, emoji, new lines
    assert [by_id.loc[IDS[i], "opmerking"] for i in range(6)] == HOSTILE
    assert by_id.loc[IDS[0], "q1"] == ANSWERS[0]  # the researcher's version: unredacted
    labels = meta.column_names_to_labels
    assert labels["geslacht"] == "Geslacht van de respondent"
    assert labels["c_Vormen_Grappen"] == "Vormen/Grappen" and labels["c_Reacties"] == "Reacties"
    values = meta.variable_value_labels
    assert values["geslacht"] == {1: "man", 2: "vrouw", 3: "anders"}
    assert values["c_Vormen_Grappen"] == {0: "niet genoemd", 1: "genoemd"}
    # the stratum is kept as the import stored it, with its labels
    assert values["stratum"][by_id.loc[IDS[0], "stratum"]] == "Rijk"
    # indicators: an answer about jokes is 1, its parent too; no open answer is 0
    assert by_id.loc[IDS[2], "c_Vormen_Grappen"] == 1 == by_id.loc[IDS[2], "c_Vormen"]
    assert by_id.loc[IDS[2], "c_Reacties_Vertrouwenspersoon"] == 1
    assert by_id.loc[IDS[1], "c_Vormen_Grappen"] == 0 and by_id.loc[IDS[1], "c_Reacties"] == 1
    assert (by_id.loc[IDS[4::5], [c for c in frame if c.startswith("c_")]] == 0).all().all()
    assert meta.variable_measure["c_Vormen"] == "nominal"
    notes = " ".join(meta.notes)
    assert "NOT anonymised" in notes and "consensus decision where one is recorded" in notes
    assert meta.file_label == "Duiding: studie"


def test_an_answer_not_read_yet_is_missing_not_a_no(coded, tmp_path):
    with Project.open(coded, user="ann") as project:
        project.codebook.add("Vormen/Uitsluiting")  # a new code: no answer read against it
        project.export("dataset", tmp_path / "d.sav", full=True)
    frame, _ = read(tmp_path / "d.sav")
    answered = frame["q1"] != ""
    assert frame.loc[answered, "c_Vormen_Uitsluiting"].isna().all()
    assert (frame.loc[~answered, "c_Vormen_Uitsluiting"] == 0).all()  # no open answer: 0
    assert frame["c_Vormen_Grappen"].notna().all()


def test_the_viewer_rules_hold_in_the_sav(coded, tmp_path):
    researcher, viewer, plain = tmp_path / "r.sav", tmp_path / "v.sav", tmp_path / "p.sav"
    export(coded, researcher, full=True)
    result = export(coded, viewer, viewer=True)
    export(coded, plain)  # without --full the dataset is the anonymised one too
    assert viewer.read_bytes() != researcher.read_bytes()
    frame, meta = read(viewer)
    data = viewer.read_bytes()
    assert not any(i.encode() in data for i in IDS)  # no respondent id anywhere in the file
    assert frame["respondent"].str.fullmatch(r"P\d{4}").all()
    assert "opmerking" not in frame.columns  # free text stays in the project
    assert frame["weight"].dtype == float and frame["weight"].isna().any()  # blanked: missing
    assert b"k.bakker@example.nl" not in data and frame["q1"].str.contains(r"\[e-mail\]").any()
    sizes = frame.fillna(-1).groupby(["stratum", "geslacht", "leeftijd", "weight"]).size()
    assert sizes.min() >= 10  # the small-cell rule of the anonymised dataset
    assert result["k"] == 10 and any(s["variable"] == "leeftijd" for s in result["steps"])
    assert any("every combination" in n for n in meta.notes)
    assert meta.column_names_to_labels["c_Vormen_Grappen"] == "Vormen/Grappen"
    assert read(plain)[0].equals(frame)


def test_full_and_the_viewer_rules_exclude_each_other(coded, tmp_path):
    with Project.open(coded, user="ann") as project:
        before = snapshot(project)
        with pytest.raises(InputError, match="not under the viewer rules"):
            project.export("dataset", tmp_path / "d.sav", viewer=True, full=True)
        with pytest.raises(InputError, match="quasi and k do not apply"):
            project.export("dataset", tmp_path / "d.zip", full=True, k=12)
        assert snapshot(project) == before
    assert not list(tmp_path.glob("d.*"))
    run = run_cli(["export", str(coded), "--format", "dataset", str(tmp_path / "e.sav"), "--full"])
    assert run.returncode == 0 and "e.sav (dataset, sav;" in run.stdout
    run = run_cli(
        ["export", str(coded), "--format", "dataset", str(tmp_path / "f.sav"), "--full", "--viewer"]
    )
    assert run.returncode == 1 and run.stderr.strip().count("\n") == 0
    assert "viewer rules" in run.stderr and not (tmp_path / "f.sav").exists()


def test_names_are_safe_for_spss_and_r_and_unique(tmp_path):
    header = "id,stratum,w,leeftijd (jaren),Leeftijd_Jaren,BY,1e meting,ëërste keer,q"
    rows = [f"r{i},s,1,{30 + i},{i},{i % 2},{i},ja,antwoord {i}" for i in range(12)]
    path = tmp_path / "n.db"
    long = "Discriminatie op grond van afkomst huidskleur of religie"
    with Project.create(path, user="ann") as project:
        project.import_survey(
            write_csv(tmp_path / "n.csv", [header, *rows]),
            id="id",
            stratum="stratum",
            weight="w",
            open=["q"],
        )
        codes = [
            "Vormen/Grappen",
            "Vormen/Grappén",
            "vormen/grappen & meer",
            f"{long}/Uitsluiting bij informele activiteiten en overleg op de werkvloer",
            f"{long}/Uitsluiting bij informele activiteiten en overleg op de werkplek",
        ]
        for code in codes:
            project.codebook.add(code)
        project.export("dataset", tmp_path / "n.sav", full=True)
    frame, meta = read(tmp_path / "n.sav")
    names = list(frame.columns)
    assert all(NAME.match(n) and len(n.encode()) <= 64 for n in names), names
    assert len({n.upper() for n in names}) == len(names)
    assert {"leeftijd_jaren", "Leeftijd_Jaren_2", "v_BY", "v_1e_meting", "eerste_keer"} <= set(
        names
    )
    labels = meta.column_names_to_labels
    assert labels["leeftijd_jaren"] == "leeftijd (jaren)" and labels["v_BY"] == "BY"
    assert labels["eerste_keer"] == "ëërste keer"
    by_label = {labels[n]: n for n in names if n.startswith("c_")}
    assert set(codes) <= set(by_label)
    assert by_label["Vormen/Grappen"] == "c_Vormen_Grappen"
    assert by_label["Vormen/Grappén"] == "c_Vormen_Grappen_2"
    assert by_label["vormen/grappen & meer"] == "c_vormen_grappen_meer"
    assert by_label[codes[3]] != by_label[codes[4]]


def test_safe_names_stay_within_64_bytes_when_made_unique():
    names = safe_names(["x" * 80] * 12 + ["ALL", "_", "ø"], ["v_"] * 15)
    assert all(len(n) <= 64 and NAME.match(n) for n in names)
    assert names[1] == "x" * 62 + "_2" and names[11] == "x" * 61 + "_12"
    assert names[12:] == ["v_ALL", "v", "v_2"]


def rscript() -> str:
    found = shutil.which("Rscript")
    if found is None:
        pytest.skip("Rscript is not installed: the R script cannot be run here")
    check = subprocess.run([found, "-e", "library(survey)"], capture_output=True, text=True)
    if check.returncode != 0:
        pytest.skip("R has no survey package: the R script cannot be run here")
    return found


def unzip(archive: Path, folder: Path) -> Path:
    with zipfile.ZipFile(archive) as z:
        assert z.namelist() == [
            f"{archive.stem}.csv",
            f"{archive.stem}.R",
            "variables.csv",
            "about.txt",
        ]
        z.extractall(folder)
    return folder / f"{archive.stem}.R"


def test_the_r_script_gives_the_projects_estimate(coded, tmp_path):
    r = rscript()
    export(coded, tmp_path / "studie.zip", full=True)
    script = unzip(tmp_path / "studie.zip", tmp_path / "r")
    text = script.read_text()
    assert "strata = ~stratum, weights = ~weight, fpc = ~fpc" in text
    run = subprocess.run(
        [r, str(script)], capture_output=True, text=True, cwd=tmp_path, timeout=120
    )
    assert run.returncode == 0, run.stderr
    found = re.search(r"^(.+): ([0-9.]+) \(SE ([0-9.]+)\)$", run.stdout, re.M)
    assert found, run.stdout
    with Project.open(coded) as project:
        own = project.estimate(code=found[1])["estimates"][0]
    assert found[1] == "Vormen" and 0 < own["estimate"] < 1
    assert abs(float(found[2]) - own["estimate"]) < 1e-6
    assert abs(float(found[3]) - own["se"]) < 1e-6
    # every string comes back exact in R (the csv's apostrophes taken off again)
    back = tmp_path / "r" / "back.txt"
    check = (
        f"source({str(script)!r}); "
        f"writeLines(enc2utf8(d$opmerking), file({str(back)!r}, encoding = 'UTF-8'), sep = '\\x1f')"
    )
    run = subprocess.run(
        [r, "-e", check], capture_output=True, text=True, cwd=tmp_path / "r", timeout=120
    )
    assert run.returncode == 0, run.stderr
    frame, _ = read_full_sav(coded, tmp_path)
    assert back.read_text(encoding="utf-8").split("\x1f")[:-1] == frame["opmerking"].tolist()


def read_full_sav(coded: Path, tmp_path: Path) -> tuple[pd.DataFrame, object]:
    export(coded, tmp_path / "same.sav", full=True)
    return read(tmp_path / "same.sav")


def test_the_r_script_refuses_an_anonymised_design_it_cannot_carry(coded, tmp_path):
    r = rscript()
    result = export(coded, tmp_path / "anon.zip")
    assert any(s["variable"] == "weight" for s in result["steps"])  # weights were blanked
    script = unzip(tmp_path / "anon.zip", tmp_path / "a")
    run = subprocess.run([r, str(script)], capture_output=True, text=True, timeout=120)
    assert run.returncode != 0 and "use the full dataset" in run.stderr
    csv = (tmp_path / "a" / "anon.csv").read_text(encoding="utf-8-sig")
    assert "k.bakker@example.nl" not in csv and not any(i in csv for i in IDS)


def test_the_export_page_offers_sav_and_zip_and_the_full_version(coded, tmp_path):
    from conftest import app_on, open_page

    at = open_page(app_on(coded, language="nl"), "ui/export_page.py")
    at.radio(key="export_kind").set_value("Geanonimiseerde dataset").run()
    assert at.selectbox(key="export_fmt_dataset").options == ["csv", "xlsx", "sav", "zip"]
    at.selectbox(key="export_fmt_dataset").set_value("sav").run()
    [full] = [t for t in at.toggle if t.key == "export_full"]
    assert full.label == "Volledige versie (niet geanonimiseerd)"
    full.set_value(True).run()
    [prepare] = [b for b in at.button if b.key == "export_prepare"]
    prepare.click().run()
    assert not at.exception, at.exception
    _, name, content = at.session_state["export_ready"]
    (tmp_path / name).write_bytes(content)
    frame, _ = read(tmp_path / name)
    assert name == "studie-dataset.sav" and sorted(frame["respondent"]) == sorted(IDS)
    at.toggle(key="export_viewer").set_value(True).run()  # the viewer rules: no full version
    assert all(t.key != "export_full" for t in at.toggle)


def test_a_failed_write_leaves_no_file(coded, tmp_path, monkeypatch):
    def broken(frame, path, **options):
        Path(path).write_bytes(b"$FL2 half a file")
        raise OSError("disk full")

    monkeypatch.setattr(pyreadstat, "write_sav", broken)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(OSError, match="disk full"):
        export(coded, out / "d.sav", full=True)
    assert not list(out.iterdir())


def test_the_full_version_as_csv_has_ids_and_the_answers_as_given(coded, tmp_path):
    from workbench.export.tables import read_csv_table

    export(coded, tmp_path / "f.csv", full=True)
    notes, table = read_csv_table(tmp_path / "f.csv")
    assert sorted(table["respondent"]) == sorted(IDS) and ANSWERS[0] in set(table["q1"])
    assert any("NOT anonymised" in n for n in notes) and any("consensus" in n for n in notes)
    assert table["code: Vormen/Grappen"].isin(["0", "1"]).all()
