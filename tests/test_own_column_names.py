"""The survey's own names of its stratum, weight and id columns keep working after import:
``import-survey --stratum stype`` and then ``estimate --by stype``, ``retrieve --where
stype=...``, joint displays, browse and exports by ``stype``, while the fixed names
(``stratum``) work as before."""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

import pytest

from workbench import InputError, Project
from workbench.cli import main
from conftest import review_all, snapshot

STRATA = {"rijk-ICT": 70, "gemeente-groot": 60, "provincie": 50, "waterschap": 45}
CODE = "Ervaringen/Buitengesloten"
SAYINGS = [
    "Bij het teamoverleg werd ik structureel overgeslagen.",
    "Mijn voorstellen werden genegeerd tot een collega ze herhaalde.",
    "Na de reorganisatie kreeg ik geen uitnodiging meer voor de lunch.",
    "Ik merk vooral dat er over mij gepraat wordt, niet met mij.",
]


def _survey(path: Path, seed: int = 7) -> Path:
    """A survey whose id, stratum and weight columns have the organisation's own names."""
    rng = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle, delimiter=";")
        out.writerow(["resp_nr", "stype", "eindgewicht", "regio", "toelichting"])
        number = 0
        for stratum, size in STRATA.items():
            for _ in range(size):
                number += 1
                weight = f"{rng.uniform(0.6, 3.4):.3f}".replace(".", ",")  # decimal comma
                out.writerow(
                    [
                        f"R{number:05d}",
                        stratum,
                        weight,
                        rng.choice(["noord", "zuid", "west", "oost"]),
                        rng.choice(SAYINGS) if number % 4 else "",
                    ]
                )
    return path


@pytest.fixture
def coded(tmp_path: Path) -> Path:
    """A project from that survey; in every stratum 12 answers coded with CODE, every
    answer reviewed."""
    path = tmp_path / "eigen.db"
    with Project.create(path, user="ann") as project:
        project.import_survey(
            _survey(tmp_path / "enquete.csv"),
            id="resp_nr",
            stratum="stype",
            weight="eindgewicht",
            open=["toelichting"],
        )
        project.codebook.add(CODE)
        per_stratum: dict[str, int] = {}
        strata = project.respondents().set_index("respondent")["stratum"]
        for doc in project.documents(kind="answer", limit=1000):
            stratum = strata[doc["respondent"]]
            if per_stratum.get(stratum, 0) < 12:
                per_stratum[stratum] = per_stratum.get(stratum, 0) + 1
                project.coding.code_segment(
                    project.segments(doc["id"], kind="answer")[0]["id"], CODE
                )
        review_all(project)  # every answer read: a complete coding
    return path


def _numbers(result: dict) -> list[tuple]:
    return [(r["estimate"], r["se"], r["n"]) for r in result["estimates"]]


def test_estimates_by_the_own_stratum_name_equal_those_by_stratum(coded: Path) -> None:
    with Project.open(coded) as project:
        own = project.estimate(proportion=("regio", ["noord"]), by=["stype"])
        fixed = project.estimate(proportion=("regio", ["noord"]), by=["stratum"])
        coded_share = project.estimate(code=CODE, by=["stype"], among="answered")
        mean_weight = project.estimate(mean="eindgewicht")
    assert own["by"] == ["stype"]
    assert sorted(r["stype"] for r in own["estimates"]) == sorted(STRATA)
    assert _numbers(own) == _numbers(fixed)
    assert {**own["test"], "by": None} == {**fixed["test"], "by": None}
    assert sorted(r["stype"] for r in coded_share["estimates"]) == sorted(STRATA)
    assert all(r["estimate"] > 0 for r in coded_share["estimates"])
    assert mean_weight["estimates"][0]["estimate"] > 0.6


def test_estimate_by_the_own_stratum_name_on_the_command_line(coded: Path, capsys) -> None:
    assert main(["estimate", str(coded), "--proportion", "regio=noord", "--by", "stype"]) == 0
    out = capsys.readouterr().out
    assert "by stype" in out
    assert all(stratum in out for stratum in STRATA)
    assert main(["estimate", str(coded), "--code", CODE, "--by", "stype", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["estimates"]
    assert sorted(r["stype"] for r in rows) == sorted(STRATA)


def test_retrieve_filters_on_the_own_and_the_fixed_names(coded: Path, capsys) -> None:
    with Project.open(coded) as project:
        everything = project.coding.retrieve(CODE)
        own = project.coding.retrieve(CODE, respondents={"stype": ["provincie"]})
        fixed = project.coding.retrieve(CODE, respondents={"stratum": ["provincie"]})
        by_id = project.coding.retrieve(CODE, respondents={"resp_nr": [own["respondent"].iloc[0]]})
        in_provincie = set(project.respondents().query("stype == 'provincie'")["respondent"])
    assert len(everything) == 48
    assert len(own) == 12 and set(own["respondent"]) <= in_provincie
    assert list(own["coding_id"]) == list(fixed["coding_id"])
    assert list(by_id["respondent"]) == [own["respondent"].iloc[0]]
    assert "respondent_stratum" not in own.columns and "respondent_data" not in own.columns
    assert (
        main(["retrieve", str(coded), CODE, "--where", "stype=provincie,waterschap", "--json"]) == 0
    )
    assert len(json.loads(capsys.readouterr().out)) == 24


def test_retrieve_refuses_a_variable_the_survey_does_not_have(coded: Path, capsys) -> None:
    with Project.open(coded) as project:
        with pytest.raises(InputError, match="no survey variable 'styp'"):
            project.coding.retrieve(CODE, respondents={"styp": ["provincie"]})
    assert main(["retrieve", str(coded), CODE, "--where", "styp=provincie"]) == 1
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "'styp'" in err


def test_joint_display_browse_and_table_export_by_the_own_name(
    coded: Path, tmp_path: Path, capsys
) -> None:
    with Project.open(coded) as project:
        quotes = project.mixed.quotes_by(CODE, "stype")
        groups = project.browse_by(CODE, "stype")
        joint = project.mixed.joint_display(CODE, "stype")
        report = project.export("report", tmp_path / "report.md", by=["stype"])
    assert set(quotes) == set(STRATA)
    assert sorted(groups["value"]) == sorted(STRATA)
    assert list(groups["coded"]) == [12, 12, 12, 12]
    assert json.dumps(joint, default=str).count("waterschap") >= 1
    assert "waterschap" in (tmp_path / "report.md").read_text(encoding="utf-8")
    assert report["path"].endswith("report.md")
    out = tmp_path / "table.csv"
    assert main(["export", str(coded), "--format", "table", str(out), "--by", "stype"]) == 0
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("code,"))
    rows = list(csv.DictReader(lines[header:]))
    assert {r["value"] for r in rows if r["variable"] == "stype"} == set(STRATA)


def test_a_second_survey_cannot_give_the_stratum_another_role(coded: Path, tmp_path: Path) -> None:
    """The own names stand for the project's stratum, weight and id; a later import where
    such a name is an ordinary variable (or the reverse) would make it mean two things."""
    second = tmp_path / "tweede.csv"
    second.write_text("nr;afdeling;stype;toelichting\nX1;A;provincie;Goed\n", encoding="utf-8")
    third = tmp_path / "derde.csv"
    third.write_text("nr;regio;toelichting\nX2;noord;Goed\n", encoding="utf-8")
    with Project.open(coded) as project:
        before = snapshot(project)
        with pytest.raises(InputError) as plain:
            project.import_survey(
                second, id="nr", stratum="afdeling", weight=None, open=["toelichting"]
            )
        with pytest.raises(InputError) as stratum:
            project.import_survey(
                third, id="nr", stratum="regio", weight=None, open=["toelichting"]
            )
        assert snapshot(project) == before
    assert str(plain.value).startswith(str(second))
    assert "'stype' is a survey variable here but the stratum in the project" in str(plain.value)
    assert "'regio' is the stratum here but a survey variable in the project" in str(stratum.value)
