"""Joint-display parts: focus-group counts, quotes per subgroup, verdicts on contradictions."""

from __future__ import annotations

import pytest

from workbench import InputError, Project
from conftest import review_all

CODE = "Vormen/Opmerkingen en grappen"


@pytest.fixture
def coded_demo(demo_copy):
    with Project.open(demo_copy, user="ann") as project:
        for doc in project.documents(kind="transcript"):
            for turn in project.segments(doc["id"], kind="turn"):
                if "grap" in turn["text"].lower():
                    project.coding.code_segment(turn["id"], CODE)
        for hit in project.search("grap", unit="answers", limit=1000):
            project.coding.code_segment(hit["segment_id"], CODE)
        yield project


def test_focus_group_counts_per_group_and_attribute(coded_demo):
    per_group = coded_demo.mixed.focus_group_counts(CODE).set_index("value")
    assert len(per_group) == 6
    assert (per_group["coded_speakers"] <= per_group["speakers"]).all()
    assert per_group["coded_turns"].sum() > 0
    per_role = coded_demo.mixed.focus_group_counts(CODE, attribute="role").set_index("value")
    assert set(per_role.index) >= {"moderator", "participant"}
    assert per_role["speakers"].sum() == per_group["speakers"].sum()


def test_quotes_per_subgroup_respect_the_small_cell_rule(coded_demo):
    quotes = coded_demo.mixed.quotes_by(CODE, "herkomst")
    frame = coded_demo.respondents()
    passages = coded_demo.coding.retrieve(CODE, unit="answers")
    origin = frame.set_index("respondent")["herkomst"]
    coded_per_value = (
        passages.assign(v=passages["respondent"].map(origin)).groupby("v")["respondent"].nunique()
    )
    for value, texts in quotes.items():
        assert coded_per_value[value] >= 10 and 1 <= len(texts) <= 2
    for value, count in coded_per_value.items():
        if count < 10:
            assert value not in quotes


def test_verdicts_are_kept_and_divergence_needs_a_memo(coded_demo):
    with pytest.raises(InputError, match="needs a memo"):
        coded_demo.mixed.record_verdict(CODE, "diverge")
    coded_demo.mixed.record_verdict(
        CODE, "complement", "Focusgroepen noemen grappen vaker dan de enquête."
    )
    coded_demo.mixed.record_verdict(
        CODE, "diverge", "Enquête 10%, focusgroepen bijna iedereen: selectie?"
    )
    history = coded_demo.mixed.verdicts(CODE)
    assert [v["verdict"] for v in history] == ["complement", "diverge"]
    assert history[-1]["coder"] == "ann" and history[-1]["code"] == CODE
    with pytest.raises(InputError, match="verdict must be one of"):
        coded_demo.mixed.record_verdict(CODE, "maybe")


def test_joint_display_puts_survey_prevalence_groups_and_quotes_side_by_side(coded_demo):
    item = ("racisme_ervaren", ["een enkele keer", "vaak"])
    partial = coded_demo.mixed.joint_display(CODE, "herkomst", item=item)
    assert partial["prevalence"]["estimates"] == []  # no silent zero for unread answers
    assert "is known for" in partial["prevalence"]["refused"]
    review_all(coded_demo)
    display = coded_demo.mixed.joint_display(CODE, "herkomst", item=item)
    assert display["prevalence"]["method"] == "complete"
    assert display["prevalence"]["basis"].startswith("based on all 1745 answers")
    survey = {r["herkomst"]: r for r in display["survey"]["estimates"]}
    prevalence = {r["herkomst"]: r for r in display["prevalence"]["estimates"]}
    assert set(survey) == set(prevalence) == {"Nederland", "Europa", "buiten Europa"}
    assert survey["buiten Europa"]["estimate"] == pytest.approx(0.29, abs=0.005)
    assert all(0 <= r["estimate"] <= 1 for r in prevalence.values() if not r["suppressed"])
    assert display["prevalence"]["among"] == "answered"
    assert len(display["focus_groups"]) == 6
    assert {r["value"] for r in display["focus_groups_by"]} >= {"Nederland", "buiten Europa"}
    assert isinstance(display["quotes"], dict) and display["verdicts"] == []
