"""The read-only Browse view: counts and quotes only from groups of 10 or more, redacted."""

from __future__ import annotations

import pytest

from workbench import InputError, Project
from conftest import review_all, write_csv


def project_with(tmp_path, coded_in_a: int, group_a: int = 12, group_b: int = 30) -> Project:
    """Respondents in origin groups A and B; ``coded_in_a`` of A's answers are coded."""
    rows = ["id,stratum,w,herkomst,q"]
    for i in range(group_a):
        rows.append(f"A{i},s,1,A,Mijn collega Jan de Vries maakte grappen over mijn afkomst ({i}).")
    for i in range(group_b):
        rows.append(f"B{i},s,1,B,Er werd gelachen om mijn naam en dat was nummer {i}.")
    project = Project.create(tmp_path / "b.db", user="ann")
    project.import_survey(
        write_csv(tmp_path / "s.csv", rows), id="id", stratum="stratum", weight="w", open=["q"]
    )
    project.codebook.add("Vormen/Grappen")
    answers = project.documents(kind="answer", limit=1000)
    for doc in [d for d in answers if d["respondent"].startswith("A")][:coded_in_a]:
        project.coding.code(doc["id"], 0, 20, "Vormen/Grappen")
    for doc in [d for d in answers if d["respondent"].startswith("B")]:
        project.coding.code(doc["id"], 0, 20, "Vormen/Grappen")
    return project


def test_ten_respondents_are_shown_nine_are_not(tmp_path):
    with project_with(tmp_path, coded_in_a=10) as project:
        review_all(project)
        table = project.browse_by("Vormen/Grappen", "herkomst").set_index("value")
        assert table.loc["A", "coded"] == 10 and table.loc["A", "share"] == pytest.approx(10 / 12)
    (tmp_path / "b.db").unlink()
    with project_with(tmp_path, coded_in_a=9) as project:
        review_all(project)
        table = project.browse_by("Vormen/Grappen", "herkomst").set_index("value")
        assert table.loc["A", "coded"] is None  # a count under the threshold
        # and its share, which with the group's 12 would give the 9 away
        assert table.loc["A", "share"] is None and table.loc["A", "suppressed"]
        assert table.loc["A", "respondents"] == 12  # the group itself is big enough
        assert table.loc["B", "coded"] == 30


def test_a_small_group_is_suppressed_whole(tmp_path):
    with project_with(tmp_path, coded_in_a=9, group_a=9) as project:
        review_all(project)
        row = project.browse_by("Vormen/Grappen", "herkomst").set_index("value").loc["A"]
        assert (row["respondents"], row["coded"], row["share"]) == (None, None, None)


def test_themes_show_redacted_quotes_without_ids(tmp_path):
    with project_with(tmp_path, coded_in_a=12) as project:
        view = project.browse()
        [grappen] = [t for t in view["themes"] if t["code"] == "Vormen/Grappen"]
        assert grappen["respondents"] == 42 and view["min_cell"] == 10
        assert grappen["prevalence"]["estimate"] == pytest.approx(1.0)  # every answer carries it
        assert grappen["quotes"] and all("Jan de Vries" not in q for q in grappen["quotes"])
        assert any("[naam]" in q for q in grappen["quotes"])
        assert all("A1" not in q for q in grappen["quotes"])


def test_the_threshold_can_only_go_up(tmp_path):
    with project_with(tmp_path, coded_in_a=12) as project:
        with pytest.raises(InputError, match="only be raised"):
            project.browse(min_cell=5)
        project.set_min_cell(15)
        review_all(project)
        assert project.browse()["min_cell"] == 15
        table = project.browse_by("Vormen/Grappen", "herkomst").set_index("value")
        assert table.loc["A", "respondents"] is None  # 12 < 15
        with pytest.raises(InputError, match="only be raised"):
            project.set_min_cell(12)
