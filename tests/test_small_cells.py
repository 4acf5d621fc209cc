"""The small-cell rule in one home (workbench/small_cells.py): every place that shows or
writes a figure (estimates, joint displays, Browse, the table and segment exports, the
report, the dataset) suppresses a group of 9, shows a group of 10, and suppresses a group
whose count is unknown."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from workbench import InputError, Project, small_cells
from workbench.export.common import context
from workbench.export.report.content import build
from workbench.export.report.model import Cells, Table
from workbench.export.tables import read_csv_table
from conftest import review_all, write_csv

UNKNOWN = [None, float("nan"), np.nan, pd.NA]


def study(folder: Path, n: int) -> Project:
    """Group A of ``n`` respondents, group B of 30; every answer is coded "Grappen" and read
    (so every figure is complete); "Steun" is applied to A's answers only."""
    rows = ["id,stratum,w,herkomst,ervaren,q"]
    for i in range(n):
        rows.append(
            f"A{i},s,1,A,{'ja' if i % 2 else 'nee'},"
            f"Een collega maakte een grap over mijn afkomst (keer {i})."
        )
    for i in range(30):
        rows.append(
            f"B{i},s,1,B,{'ja' if i % 3 else 'nee'},"
            f"Er werd gelachen om mijn naam bij de koffie (keer {i})."
        )
    project = Project.create(folder / "p.db", user="ann")
    project.import_survey(
        write_csv(folder / "s.csv", rows), id="id", stratum="stratum", weight="w", open=["q"]
    )
    project.codebook.add("Grappen")
    project.codebook.add("Steun")
    for doc in project.documents(kind="answer", limit=1000):
        project.coding.code(doc["id"], 0, 10, "Grappen")
        if doc["respondent"].startswith("A"):
            project.coding.code(doc["id"], 0, 10, "Steun")
    review_all(project)
    return project


def group_a(rows: list[dict], by: str = "herkomst") -> dict:
    [row] = [r for r in rows if str(r[by]) == "A"]
    return row


@pytest.fixture(params=[9, 10], ids=["n=9", "n=10"])
def place(request, tmp_path: Path):
    with study(tmp_path, request.param) as project:
        yield project, request.param >= small_cells.MIN_CELL  # shown?


def test_estimates_and_code_figures(place):
    project, shown = place
    item = group_a(project.estimate(proportion=("ervaren", ["ja"]), by=["herkomst"])["estimates"])
    code = group_a(
        project.estimate(code="Grappen", by=["herkomst"], among="answered", method="complete")[
            "estimates"
        ]
    )
    for row in (item, code):
        assert row["suppressed"] is (not shown)
        assert (row["estimate"] is None and row["n"] is None) is (not shown)


def test_joint_display(place):
    project, shown = place
    display = project.mixed.joint_display("Grappen", "herkomst", item=("ervaren", ["ja"]))
    assert group_a(display["survey"]["estimates"])["suppressed"] is (not shown)
    assert group_a(display["prevalence"]["estimates"])["suppressed"] is (not shown)
    assert ("A" in display["quotes"]) is shown and "B" in display["quotes"]


def test_browse(place):
    project, shown = place
    table = project.browse_by("Grappen", "herkomst").set_index("value")
    assert (table.loc["A", "respondents"] is None) is (not shown)
    assert (table.loc["A", "coded"] is None) is (not shown) and table.loc["B", "coded"] == 30
    [steun] = [t for t in project.browse()["themes"] if t["code"] == "Steun"]
    assert (steun["respondents"] is None) is (not shown)
    assert bool(steun["quotes"]) is shown


def test_table_and_segment_exports(place, tmp_path: Path):
    project, shown = place
    project.export("table", tmp_path / "t.csv", by=["herkomst"])
    _, table = read_csv_table(tmp_path / "t.csv")
    [row] = table[(table["code"] == "Grappen") & (table["value"] == "A")].to_dict("records")
    assert row["note"].startswith("suppressed") is (not shown)
    assert (row["prevalence_pct"] == "") is (not shown)
    project.export("segments", tmp_path / "s.csv", viewer=True)
    _, segments = read_csv_table(tmp_path / "s.csv")
    assert int((segments["code"] == "Steun").sum()) == (10 if shown else 0)


def test_report(place):
    project, shown = place
    report = build(context(project.core), by=["herkomst"], codes=["Grappen"])
    [table] = [
        b
        for s in report.sections
        for b in s.blocks
        if isinstance(b, Table) and b.caption == "Grappen by herkomst"
    ]
    assert group_a(table.data)["suppressed"] is (not shown)
    [cells] = [r for r in table.rows if r[0] == "A"]
    assert (cells[-1] == "–") is (not shown)


def test_dataset(place, tmp_path: Path):
    project, shown = place
    result = project.export("dataset", tmp_path / "d.csv", quasi=["herkomst"])
    _, dataset = read_csv_table(tmp_path / "d.csv")
    assert (dataset["herkomst"] == "A").sum() == (10 if shown else 0)
    assert result["k"] == 10


@pytest.mark.parametrize("n", [*UNKNOWN, 9, 10], ids=["None", "nan", "np.nan", "NA", "9", "10"])
def test_every_place_decides_alike_on_a_count(tmp_path: Path, n):
    """The places' own decisions on one count agree. Before, the exports' rule
    (``ExportContext.small``) showed a figure of unknown n (None) that the report's rule
    (``Cells.hide``) hid, and the report showed one of n = NaN."""
    expected = n != 10 if isinstance(n, int) else True  # every unknown: suppressed
    with Project.create(tmp_path / "p.db", user="ann") as project:
        assert context(project.core).small(n) is expected  # table and segment exports
    assert Cells(10).hide(n) is expected  # the report
    assert small_cells.suppressed(n, 10) is expected  # figures, Browse, joint displays
    assert small_cells.mask([n, 10], 10).tolist() == [expected, False]  # estimates, Browse by
    # group, the dataset's groups: a column of counts at once
    assert small_cells.mask(pd.Series([n, 12], dtype=object), 10).tolist() == [expected, False]


def test_unknown_counts_in_a_column_are_suppressed():
    column = pd.Series([9, 10, None, math.nan, 25], dtype=object)
    assert small_cells.mask(column, 10).tolist() == [True, False, True, True, False]
    blanked = small_cells.blank_cells(column, small_cells.mask(column, 10))
    assert blanked.tolist() == [None, 10, None, None, 25]
    assert small_cells.mask(pd.array([9, None, 10], dtype="Int64"), 10).tolist() == [
        True,
        True,
        False,
    ]


def test_the_threshold_and_k_can_only_be_raised(tmp_path: Path):
    with study(tmp_path, 10) as project:
        with pytest.raises(InputError, match="the small-cell threshold can only be raised"):
            project.export("table", tmp_path / "t.csv", min_cell=9)
        with pytest.raises(InputError, match="k can only be raised: 9 is below 10"):
            project.export("dataset", tmp_path / "d.csv", k=9)
        project.set_min_cell(11)  # now A (10) is too small everywhere
        assert group_a(
            project.estimate(code="Grappen", by=["herkomst"], among="answered", method="complete")[
                "estimates"
            ]
        )["suppressed"]
        assert project.browse_by("Grappen", "herkomst").set_index("value").loc["A", "coded"] is None
        with pytest.raises(InputError, match="k can only be raised: 10 is below 11"):
            project.export("dataset", tmp_path / "d.csv", k=10)
