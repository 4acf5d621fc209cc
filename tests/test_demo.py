"""The demo project: built from data/, it reproduces the published PER design and figures."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys

import pandas as pd
import pytest

from workbench import Project, ProjectError
from workbench.demo import build_demo
from conftest import ROOT


@pytest.fixture(scope="module")
def demo(demo_file):
    with Project.open(demo_file) as project:
        yield project


def weighted_share(frame: pd.DataFrame, mask: pd.Series, within: pd.Series | None = None) -> float:
    within = pd.Series(True, index=frame.index) if within is None else within
    weights = frame["weight"][within]
    return float((weights * mask[within]).sum() / weights.sum() * 100)


def test_demo_has_the_published_design(demo):
    counts = demo.info()["counts"]
    assert counts["respondents"] == 4481
    assert counts["transcripts"] == 6 and counts["groups"] == 6
    assert counts["answers"] > 1000 and counts["unsegmented_documents"] == 0
    assert counts["codes"] == 33 and counts["codings"] == 0  # the starter codebook, uncoded
    frame = demo.respondents()
    assert frame["stratum"].nunique() == 8
    strata = pd.read_csv(ROOT / "data/survey/strata.csv", sep=";", encoding="cp1252")
    assert strata["steekproef"].sum() == 14304 and strata["respons"].sum() == 4481
    # weights make the respondents stand for the population
    assert frame["weight"].sum() == pytest.approx(strata["populatie"].sum(), rel=1e-6)
    managers = frame["functiegroep"] == "leidinggevende"
    assert managers.mean() > weighted_share(frame, managers) / 100  # over-represented


def test_weighted_figures_match_the_published_ones(demo):
    f = demo.respondents()
    experienced = f["racisme_ervaren"] != "nee"
    colleagues = f["racisme_collega"] != "nee"
    citizens = f["racisme_burger"] != "nee"
    assert weighted_share(f, experienced) == pytest.approx(10, abs=0.5)
    assert weighted_share(f, f["racisme_ervaren"] == "vaak") == pytest.approx(1, abs=0.5)
    assert weighted_share(f, colleagues) == pytest.approx(17, abs=0.5)
    assert weighted_share(f, citizens) == pytest.approx(11, abs=0.5)
    assert weighted_share(f, experienced, f["herkomst"] == "buiten Europa") == pytest.approx(
        29, abs=0.5
    )
    assert weighted_share(f, experienced, f["schaal"] == "1-4") == pytest.approx(17, abs=0.5)
    assert weighted_share(f, colleagues, f["schaal"] == "1-4") == pytest.approx(35, abs=0.5)
    assert weighted_share(f, colleagues, f["functiegroep"] == "leidinggevende") == pytest.approx(
        25, abs=0.5
    )
    discussed = f["besproken_leidinggevende"] == "ja"
    assert weighted_share(f, discussed, experienced) == pytest.approx(35, abs=0.5)
    # and weighting matters: the unweighted share differs
    assert experienced.mean() * 100 != pytest.approx(10, abs=0.5)


def test_focus_groups_have_a_moderator_and_five_to_eight_participants(demo):
    speakers = demo.speakers()
    formats = {d["title"] for d in demo.documents(kind="transcript")}
    assert len(formats) == 6
    for group in {s["group"] for s in speakers}:
        in_group = [s for s in speakers if s["group"] == group]
        roles = [s["attributes"].get("role") for s in in_group]
        assert roles.count("moderator") >= 1
        assert 5 <= roles.count("participant") <= 8
        assert sum(s["turns"] for s in in_group) >= 40


def test_turns_match_the_transcript_answer_key(demo):
    with open(ROOT / "data/transcripts/answer_key.csv", encoding="utf-8") as handle:
        key = list(csv.DictReader(handle))
    for group in {row["group"] for row in key}:
        expected = [row["speaker"] for row in key if row["group"] == group]
        [document] = [d for d in demo.documents(kind="transcript") if d["group"] == group]
        turns = demo.segments(document["id"], kind="turn")
        assert [t["speaker"] for t in turns] == expected, group


def test_hidden_themes_stay_out_of_the_project(demo):
    names = {v["name"] for v in demo.variables()}
    assert not any("theme" in n or "thema" in n for n in names)


def test_demo_refuses_to_overwrite_without_force(demo_copy):
    with pytest.raises(ProjectError, match="--force"):
        build_demo(demo_copy)


@pytest.mark.slow  # regenerates the whole demo
def test_the_generator_writes_the_committed_demo_byte_for_byte(tmp_path):
    """data/make_demo.py, run on a copy of data/ with its outputs removed, writes every file
    of data/ back byte for byte: the demo stays reproducible, and a change to the generator
    that alters the data shows here (an import sorter once reordered the pool modules, and
    the generator stopped with a KeyError)."""
    copy = tmp_path / "data"
    shutil.copytree(ROOT / "data", copy, ignore=shutil.ignore_patterns("__pycache__"))
    outputs = sorted(
        p.relative_to(copy) for p in copy.rglob("*") if p.is_file() and p.suffix != ".py"
    )
    assert len(outputs) >= 14  # survey, keys, six transcripts, speakers, README
    for path in outputs:
        if path.name != "README.md":  # its generated block is rewritten in place
            (copy / path).unlink()
    run = subprocess.run(
        [sys.executable, str(copy / "make_demo.py")], capture_output=True, text=True, timeout=600
    )
    assert run.returncode == 0, run.stderr[-3000:]
    for path in outputs:
        assert (copy / path).read_bytes() == (ROOT / "data" / path).read_bytes(), path
