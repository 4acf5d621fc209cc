"""The anonymised respondent-level dataset: pseudonyms, no identifiers, redacted answers,
codes per respondent, and quasi-identifiers coarsened until every combination holds k."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from workbench import InputError, Project
from workbench.export.anonymise import CODE_PREFIX, pseudonyms, write_dataset
from workbench.export.common import context
from workbench.export.tables import read_csv_table
from conftest import ROOT, review_all, snapshot, write_csv

HEADER = "id,stratum,w,herkomst,afdeling,leeftijd,opmerking,q"


def survey(tmp_path: Path, rows: list[str]) -> Project:
    """A project of ``rows`` under HEADER (``opmerking`` is free text, ``q`` the open
    question), with two codes."""
    project = Project.create(tmp_path / "a.db", user="ann")
    project.import_survey(
        write_csv(tmp_path / "a.csv", [HEADER, *rows]),
        id="id",
        stratum="stratum",
        weight="w",
        open=["q"],
    )
    project.codebook.add("Vormen/Grappen")
    project.codebook.add("Reacties")
    return project


def row(
    i: int, herkomst: str = "A", afdeling: str = "X", leeftijd: int = 40, weight: float = 1.0
) -> str:
    return (
        f"R{i:02d},s,{weight},{herkomst},{afdeling},{leeftijd},"
        f"Bel mij op 06-1234567{i % 10} of mail jan{i}@example.org,"
        f"Mijn collega Jan de Vries (jan.devries@example.org) lachte om mij ({i})."
    )


def dataset(project: Project, path: Path, **options) -> tuple[dict, list[str], pd.DataFrame]:
    result = write_dataset(context(project.core), path, path.suffix[1:], **options)
    notes, table = read_csv_table(path)
    return result, notes, table


def smallest_group(table: pd.DataFrame, columns: list[str]) -> int:
    return int(table[columns].fillna("").groupby(columns).size().min())


def test_a_rare_category_is_merged_with_the_next_rarest_and_reported(tmp_path):
    rows = [row(i, afdeling="X" if i < 16 else "Y" if i < 26 else "Z") for i in range(30)]
    with survey(tmp_path, rows) as project:
        result, notes, table = dataset(project, tmp_path / "d.csv", quasi=["afdeling"])
        write_dataset(context(project.core), tmp_path / "d.xlsx", "xlsx", quasi=["afdeling"])
    line = "merged afdeling: 'Z' and 'Y' into 'Y / Z' (14 rows)"
    assert line in notes
    about = openpyxl.load_workbook(tmp_path / "d.xlsx")["about"]
    about = [r[0] for r in about.iter_rows(values_only=True)]
    assert line in about
    assert table["afdeling"].value_counts().to_dict() == {"X": 16, "Y / Z": 14}
    assert result["steps"] == [
        {
            "variable": "afdeling",
            "action": "merged",
            "detail": "'Z' and 'Y' into 'Y / Z'",
            "rows": 14,
        }
    ]
    assert table["herkomst"].eq("A").all()  # not a quasi-identifier here: left alone


def test_a_numeric_quasi_identifier_gets_wider_bins(tmp_path):
    with survey(tmp_path, [row(i, leeftijd=20 + i) for i in range(30)]) as project:
        result, notes, table = dataset(project, tmp_path / "d.csv", quasi=["leeftijd"])
    assert table["leeftijd"].value_counts().to_dict() == {"20-29": 10, "30-39": 10, "40-49": 10}
    assert [s["detail"] for s in result["steps"]][-1] == "bins of width 10"
    assert any(n.startswith("binned leeftijd: bins of width 10") for n in notes)


def test_blanking_comes_last_and_only_where_needed(tmp_path):
    rows = [row(i, herkomst="A" if i < 20 else "B" if i < 23 else "") for i in range(30)]
    with survey(tmp_path, rows) as project:
        result, notes, table = dataset(project, tmp_path / "d.csv", quasi=["herkomst"])
    assert result["steps"] == [
        {
            "variable": "herkomst",
            "action": "blanked",
            "detail": "in rows still in too small a group",
            "rows": 3,
        }
    ]
    assert table["herkomst"].value_counts().to_dict() == {"A": 20, "": 10}
    assert table["weight"].ne("").all()


def test_when_nothing_else_helps_whole_rows_are_blanked_k_at_a_time(tmp_path):
    rows = [row(i, herkomst="A", afdeling="PQ"[i % 2]) for i in range(37)]
    rows += [row(37 + i, herkomst="B", afdeling="PPQ"[i]) for i in range(3)]
    with survey(tmp_path, rows) as project:
        result, _, table = dataset(project, tmp_path / "d.csv", quasi=["herkomst", "afdeling"])
    last = result["steps"][-1]
    assert last["variable"] == "(all quasi-identifiers)" and last["rows"] >= 10
    quasi = ["herkomst", "afdeling", "weight"]
    assert smallest_group(table, quasi) >= 10
    assert (table[quasi] == "").all(axis=1).sum() == last["rows"]
    assert not table["herkomst"].eq("B").any()


def test_columns_pseudonyms_redacted_answers_and_codes(tmp_path):
    with survey(tmp_path, [row(i, herkomst="AB"[i % 2]) for i in range(30)]) as project:
        answers = project.documents(kind="answer", limit=100)
        project.coding.code(answers[0]["id"], 0, 10, "Vormen/Grappen")
        project.coding.code(answers[1]["id"], 0, 10, "Reacties")
        names = pseudonyms(project)
        _, _, first = dataset(project, tmp_path / "d.csv")
        project.coding.code(answers[2]["id"], 0, 10, "Reacties")
        review_all(project)
        _, _, second = dataset(project, tmp_path / "e.csv")
        assert pseudonyms(project) == names
    assert list(first.columns[:4]) == ["respondent", "stratum", "weight", "herkomst"]
    assert "id" not in first and "opmerking" not in first  # the id and free text stay home
    assert list(first["respondent"]) == [f"P{i:04d}" for i in range(1, 31)]  # in order
    assert [names[f"R{i:02d}"] for i in range(30)] != sorted(names.values())
    text = first.to_csv()
    assert "R00" not in text and "Jan de Vries" not in text and "@example.org" not in text
    assert first["q"].str.contains(r"\[naam\].*\[e-mail\]").all()
    by_name = first.set_index("respondent")
    assert by_name.loc[names["R00"], CODE_PREFIX + "Vormen/Grappen"] == "1"
    assert by_name.loc[names["R00"], CODE_PREFIX + "Vormen"] == "1"  # with its sub-codes
    assert by_name.loc[names["R01"], CODE_PREFIX + "Reacties"] == "1"
    assert by_name.loc[names["R01"], CODE_PREFIX + "Vormen"] == ""  # unread is not a "no"
    assert (first[CODE_PREFIX + "Reacties"] == "1").sum() == 1
    assert second.set_index("respondent").loc[names["R01"], CODE_PREFIX + "Vormen"] == "0"
    assert second[CODE_PREFIX + "Reacties"].astype(int).sum() == 2
    assert first["respondent"].equals(second["respondent"])


def test_k_and_quasi_are_checked(tmp_path):
    with survey(tmp_path, [row(i) for i in range(12)]) as project:
        ctx = context(project.core)
        with pytest.raises(InputError, match="k can only be raised"):
            write_dataset(ctx, tmp_path / "d.csv", "csv", k=9)
        for quasi in (["nope"], ["opmerking"]):
            with pytest.raises(InputError, match="not a survey variable"):
                write_dataset(ctx, tmp_path / "d.csv", "csv", quasi=quasi)
        with pytest.raises(InputError, match="fewer than k = 13"):
            write_dataset(ctx, tmp_path / "d.csv", "csv", k=13)
        result = write_dataset(ctx, tmp_path / "d.csv", "csv", k=12)
    assert result["k"] == 12 and not result["steps"]
    assert not list(tmp_path.glob("*.part"))


def test_the_weight_is_in_the_check(tmp_path):
    """Weights tell the stratum or raking cell: six respondents with weight 2 among twelve
    would be a group of six, so the weight is blanked where it singles out."""
    with survey(tmp_path, [row(i, weight=1 + i % 2) for i in range(12)]) as project:
        result, _, table = dataset(project, tmp_path / "d.csv", quasi=[])
    assert result["steps"] == [
        {
            "variable": "weight",
            "action": "blanked",
            "detail": "in rows still in too small a group",
            "rows": 12,
        }
    ]
    assert table["weight"].eq("").all()


def test_the_same_state_gives_the_same_bytes(tmp_path):
    rows = [row(i, herkomst="ABC"[i % 3], leeftijd=20 + i) for i in range(40)]
    with survey(tmp_path, rows) as project:
        for fmt in ("csv", "xlsx"):
            write_dataset(context(project.core), tmp_path / f"1.{fmt}", fmt)
            write_dataset(context(project.core), tmp_path / f"2.{fmt}", fmt)
            assert (tmp_path / f"1.{fmt}").read_bytes() == (tmp_path / f"2.{fmt}").read_bytes()
        project.coding.code(project.documents(kind="answer")[0]["id"], 0, 10, "Reacties")
        write_dataset(context(project.core), tmp_path / "3.xlsx", "xlsx")
    assert (tmp_path / "3.xlsx").read_bytes() != (tmp_path / "1.xlsx").read_bytes()


@pytest.mark.slow  # the whole demo anonymised
def test_the_demo_dataset_singles_nobody_out(demo_file, tmp_path):
    """Every combination of the quasi-identifiers (and the weight) holds at least 10 of the
    demo's 4,481 respondents; no id, planted e-mail address, phone or employee number
    leaves the project; the project file is not changed."""
    with Project.open(demo_file, user="check") as project:
        before = snapshot(project)
        result, notes, table = dataset(project, tmp_path / "demo.csv")
        assert snapshot(project) == before
    assert len(table) == 4481 and result["k"] == 10
    assert "leeftijd" in result["quasi"] and "stratum" in result["quasi"]
    assert smallest_group(table, [*result["quasi"], "weight"]) >= 10
    assert not table.isin([f"R{i:05d}" for i in range(1, 4482)]).any().any()
    answers = table[["open_ervaring", "open_gesignaleerd", "open_verbetering"]].to_csv()
    key = pd.read_csv(ROOT / "data" / "pii_key.csv", dtype=str)
    kinds = ["email", "phone", "employee_number"]
    planted = key[key["respondent_id"].notna() & key["kind"].isin(kinds)]
    assert len(planted) > 20 and not [v for v in planted["value"] if v in answers]
    assert len(notes) == 1 + 1 + len(result["steps"]) + 1  # header, summary, steps, codes
    assert notes[-1].startswith("code columns: 1 = the code or a sub-code applies")
