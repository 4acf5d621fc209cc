"""The demo as `bash run.sh` builds it: a study in progress (workbench/demo.py add_study),
made through the public API from the hidden answer key with a coder's usual slips, seeded.
Each test reads it back through the API, as a user of the demo would."""

from __future__ import annotations

import csv

import pytest

from workbench import Project
from workbench import demo as study
from workbench.demo import build_demo
from conftest import ROOT


@pytest.fixture(scope="module")
def demo(study_demo_file):
    with Project.open(study_demo_file, user="reader") as project:
        yield project


def key_of(demo: Project) -> dict[int, set[str]]:
    """Answer document id -> the code paths the hidden answer key gives it."""
    with open(ROOT / "codebooks/per_racisme_answer_key_map.csv", encoding="utf-8") as handle:
        path_of = {row["theme"]: row["path"] for row in csv.DictReader(handle)}
    with open(ROOT / "data/answer_key.csv", encoding="utf-8") as handle:
        key = {
            (row["respondent_id"], row["question"]): {
                path_of[t] for t in row["themes"].split(";") if t
            }
            for row in csv.DictReader(handle)
        }
    return {
        d["id"]: key.get((d["respondent"], d["question"]), set())
        for d in demo.documents(kind="answer", limit=10**9)
    }


def pairs(demo: Project, rows: list[dict], documents) -> set[tuple[int, str]]:
    path = {c.id: c.path for c in demo.codebook.codes(include_inactive=True)}
    return {(r["document_id"], path[r["code_id"]]) for r in rows if r["document_id"] in documents}


def test_one_coder_coded_every_answer_mostly_as_the_key_says(demo):
    key = key_of(demo)
    truth = {(d, p) for d, paths in key.items() for p in paths}
    coded = pairs(demo, demo.coding.codings(coders=[study.CODER]), key)
    right = len(coded & truth)
    assert 0.9 < right / len(truth) < 1 and 0.9 < right / len(coded) < 1  # a few slips
    coverage = demo.samples.coverage("Vormen/Opmerkingen en grappen", rule=study.CODER)
    assert coverage["answers"] == len(key) == coverage["reviewed"] and coverage["complete"]
    turns = [c for c in demo.coding.codings(coders=[study.CODER]) if c["document_id"] not in key]
    assert len({c["document_id"] for c in turns}) == 6  # and the focus groups' turns


def test_a_blind_double_coded_sample_with_agreement_and_consensus(demo):
    first = {a["segment_id"] for a in demo.coding.assignments(study.CODER, study.DOUBLE_SAMPLE)}
    second = {a["segment_id"] for a in demo.coding.assignments(study.SECOND, study.DOUBLE_SAMPLE)}
    assert first == second and len(first) == study.DOUBLE_SIZE
    assert {c["segment_id"] for c in demo.coding.codings(coders=[study.SECOND])} <= first
    overall = demo.coding.agreement([study.CODER, study.SECOND]).overall
    assert 0.7 < overall.cohen_kappa < 0.99 and overall.percent_agreement < 1
    disputed = demo.coding.disagreements([study.CODER, study.SECOND])
    assert len(disputed) > study.CONSENSUS_DECISIONS  # some decided, some left to discuss
    decisions = [e["payload"] for e in demo.events(1000) if e["action"] == "consensus"]
    assert len(decisions) == study.CONSENSUS_DECISIONS
    key = key_of(demo)
    path = {c.id: c.path for c in demo.codebook.codes(include_inactive=True)}
    for decision in decisions:
        assert decision["segment"] in first
        document = demo.segment_by_id(decision["segment"])["document_id"]
        assert decision["applied"] == (path[decision["code"]] in key[document])


def test_a_coding_sample_gives_sample_and_model_assisted_figures(demo):
    [sample] = [s for s in demo.samples.list() if s["name"] == study.CODING_SAMPLE]
    assert sample["drawn"] == sample["reviewed"] == study.CODING_SIZE
    assert len(sample["strata"]) == 8
    for method in ("sample", "model-assisted"):
        figure = demo.estimate(
            code=study.SUGGEST_CODES[0], method=method, sample=study.CODING_SAMPLE
        )
        [row] = figure["estimates"]
        assert figure["method"] == method and row["n_coded"] == study.CODING_SIZE
        assert 0 < row["ci_low"] < row["estimate"] < row["ci_high"] < 1


def test_suggestions_were_reviewed_some_accepted_some_rejected(demo):
    key = key_of(demo)
    path = {c.id: c.path for c in demo.codebook.codes(include_inactive=True)}
    accepted = demo.coding.codings(sources=["accepted"])
    rejected = demo.coding.codings(sources=["rejected"])
    assert accepted and rejected
    assert len(accepted) + len(rejected) == study.REVIEWED_SUGGESTIONS
    assert all(path[c["code_id"]] in key[c["document_id"]] for c in accepted)
    assert not any(path[c["code_id"]] in key[c["document_id"]] for c in rejected)
    assert {c["coder"] for c in accepted + rejected} == {study.CODER}
    assert demo.suggestions.queue(coder=study.CODER)  # and more waiting


def test_a_topic_run_with_one_topic_promoted_to_a_draft_code(demo):
    topics = demo.topics.list()
    promoted = [t for t in topics if t["status"] == "promoted"]
    assert len(topics) == study.TOPICS and len(promoted) == 1
    code = demo.codebook.get(promoted[0]["code_id"])
    assert code.path.startswith("Context en remedies/Uit topics: ")
    waiting = demo.suggestions.queue(coder=study.CODER, code=code.id, limit=1000)
    assert len(waiting) >= promoted[0]["size"]  # its members are suggestions, not codings
    assert not demo.coding.codings(codes=[code.id])


def test_verdicts_with_memos_on_the_joint_displays(demo):
    verdicts = demo.mixed.verdicts()
    assert [(v["code"], v["verdict"], v["memo"]) for v in verdicts] == list(study.VERDICTS)
    display = demo.mixed.joint_display(study.VERDICTS[0][0], "herkomst")
    assert display["verdicts"][-1]["memo"] == study.VERDICTS[0][2]


def test_the_coders_are_the_demos_fictional_ones(demo):
    humans = [c for c in demo.coders() if not c.startswith("model:")]
    assert sorted(humans) == sorted([study.CODER, study.SECOND, "consensus"])


@pytest.mark.slow  # builds the demo a second time
def test_the_study_is_the_same_every_build(study_demo_file, tmp_path):
    def state(project: Project) -> tuple:
        codings = sorted(
            (c["document_id"], c["start"], c["end"], c["code_id"], c["coder"], c["source"])
            for c in project.coding.codings(
                sources=["human", "accepted", "rejected", "suggestion"], include_removed=True
            )
        )
        topics = [
            (t["topic"], t["size"], t["keywords"], t["status"]) for t in project.topics.list()
        ]
        samples = [(s["name"], s["strata"]) for s in project.samples.list()]
        return codings, topics, samples, [v["memo"] for v in project.mixed.verdicts()]

    with build_demo(tmp_path / "again.db", user="demo") as again:
        with Project.open(study_demo_file, user="reader") as first:
            assert state(again) == state(first)
