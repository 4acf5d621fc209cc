"""Browse's one definition of a share: the themes tab and the by-group tab show the same
design-based figure (weighted share of respondents who answered an open question, by the
best valid method), never a raw count ratio; and a quote coded by two coders appears once,
in Browse and in the joint display. Small projects (tests/browse_helpers.py): unequal weights, some
respondents who left the open question blank, two coders."""

from __future__ import annotations

import pytest

from workbench import Project
from browse_helpers import CODE, HOSTILE, weighted_project


def test_the_two_tabs_show_one_figure_for_the_same_code_and_group(tmp_path):
    path = weighted_project(tmp_path / "w.db")
    with Project.open(path, user="viewer") as project:
        [theme] = [t for t in project.browse()["themes"] if t["code"] == CODE]
        overall = theme["prevalence"]
        [row] = project.browse_by(CODE, "iedereen").to_dict(orient="records")
        assert overall["method"] == "complete" and overall["among"] == "answered"
        assert row["share"] == pytest.approx(overall["estimate"])
        assert (row["ci_low"], row["ci_high"]) == pytest.approx(
            (overall["ci_low"], overall["ci_high"])
        )
        table = project.browse_by(CODE, "regio")
        assert table.attrs["among"] == "answered" and table.attrs["method"] == "complete"
        assert table.attrs["bases"]["nl"].startswith("op basis van alle")
        expected = project.estimate(code=CODE, by=["regio"], among="answered", method="best")
        rows = table.to_dict(orient="records")
        assert [r["value"] for r in rows if r["suppressed"]] == [HOSTILE]
        for got, want in zip(rows, expected["estimates"]):
            assert got["value"] == want["regio"]
            if got["suppressed"]:
                assert got["share"] is None and got["respondents"] is None
                continue
            assert got["share"] == pytest.approx(want["estimate"])
            assert got["ci_low"] < got["share"] < got["ci_high"]
            # not the raw ratio of coded to all respondents in the group (weights 1 and 4,
            # and the blank answers, make the two differ)
            assert got["share"] != pytest.approx(got["coded"] / 35, abs=1e-3)


def test_by_group_suppresses_a_small_group_whole(tmp_path):
    path = weighted_project(tmp_path / "w.db")
    with Project.open(path, user="lead") as project:
        project.set_min_cell(40)  # both regions have fewer answering respondents
        table = project.browse_by(CODE, "regio")
        assert table["suppressed"].all()
        assert table[["respondents", "coded", "share", "ci_low", "ci_high"]].isna().all().all()


def test_a_quote_coded_by_two_coders_appears_once(tmp_path):
    path = weighted_project(tmp_path / "two.db", second="bob")
    with Project.open(path, user="viewer") as project:
        passages = project.coding.retrieve(CODE, unit="answers")
        assert set(passages["coder"]) == {"ann", "bob"}
        assert passages["unit_id"].duplicated().any()  # the same answer, two codings
        [theme] = [t for t in project.browse()["themes"] if t["code"] == CODE]
        assert len(theme["quotes"]) == len(set(theme["quotes"])) >= 2
        quotes = project.mixed.quotes_by(CODE, "regio")
        assert quotes and all(len(texts) == len(set(texts)) == 2 for texts in quotes.values())
        display = project.mixed.joint_display(CODE, "regio")
        assert display["quotes"] == quotes
