"""Neyman allocation of a coding sample from a coded pilot sample (workbench.samples): it
failed with pandas 3 (the grouping column is no longer passed to groupby.apply) and when
the code came as a list (the CLI's repeatable --code, the Samples page's choice)."""

from __future__ import annotations

import pytest

from workbench import InputError, Project
from conftest import run_cli, snapshot
from sample_helpers import JOKES, code_sample, survey_project


def test_neyman_puts_more_where_the_weighted_code_varies_more(tmp_path):
    """The pilot is coded; in 'uitvoering' the weights are 3 (against 1) and the code is
    more common, so w * y spreads more there and Neyman draws more of it."""
    path = survey_project(tmp_path / "neyman.db")
    with Project.open(path, user="lead") as project:
        project.samples.draw("pilot", 30, seed=1)
    code_sample(path, "pilot", 30)
    with Project.open(path, user="lead") as project:
        found = project.samples.draw(
            "main", 20, allocation="neyman", pilot="pilot", code=[JOKES], seed=3
        )
        [draw] = found["draws"]
        assert draw["allocation"] == "neyman" and sum(draw["sizes"].values()) == 20
        assert draw["sizes"]["uitvoering"] > draw["sizes"]["rijk"] >= 2
        before = snapshot(project)
        with pytest.raises(InputError, match="Neyman allocation needs --pilot"):
            project.samples.draw("no pilot", 20, allocation="neyman", code=[JOKES])
        assert snapshot(project) == before


def test_neyman_through_the_cli(tmp_path):
    """draw-sample passes --code as a list (it may be repeated)."""
    path = survey_project(tmp_path / "cli.db")
    with Project.open(path, user="lead") as project:
        project.samples.draw("pilot", 30, seed=1)
    code_sample(path, "pilot", 30)
    done = run_cli(
        [
            "draw-sample",
            str(path),
            "main",
            "--size",
            "20",
            "--allocation",
            "neyman",
            "--pilot",
            "pilot",
            "--code",
            JOKES,
        ]
    )
    assert done.returncode == 0, done.stderr
    assert "sample 'main': 20 drawn of 80 respondents" in done.stdout
