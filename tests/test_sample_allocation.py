"""Coding samples allocated in proportion to the population the answers stand for (their summed
survey weights): the allocation under which figures of small subgroups keep their coverage
in a survey with unequal weights (benchmarks/README.md, bench_coverage)."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench import InputError, Project
from conftest import run_cli, snapshot, write_csv


@pytest.fixture
def weighted(tmp_path: Path) -> Project:
    """Three strata of 30 answers each, weights 1, 3 and 6 (an over-sampled small stratum
    and an under-sampled large one, as in the demo survey)."""
    rows = ["id;stratum;w;antwoord"]
    for s, (stratum, weight) in enumerate((("a", "1"), ("b", "3"), ("c", "6"))):
        rows += [
            f"R{s}{k:02d};{stratum};{weight};Antwoord {k} over de collega's in {stratum}."
            for k in range(30)
        ]
    survey = write_csv(tmp_path / "survey.csv", rows)
    project = Project.create(tmp_path / "p.db", user="tester")
    project.import_survey(survey, id="id", stratum="stratum", weight="w", open=["antwoord"])
    yield project
    project.close()


def _sizes(status: dict) -> dict[str, int]:
    return {row["stratum"]: row["drawn"] for row in status["strata"]}


def test_population_allocation_follows_the_summed_weights(weighted):
    proportional = weighted.samples.draw("counts", 20, seed=1, allocation="proportional")
    population = weighted.samples.draw("people", 20, seed=1, allocation="population")
    assert _sizes(proportional) == {"a": 7, "b": 7, "c": 6}  # 30 answers each
    # two per stratum first, the other 14 as 30 : 90 : 180 (samples._largest_remainder)
    assert _sizes(population) == {"a": 2, "b": 6, "c": 12}
    assert population["draws"][0]["allocation"] == "population"
    extended = _sizes(weighted.samples.extend("people", 10, seed=2, allocation="population"))
    added = {s: extended[s] - n for s, n in _sizes(population).items()}
    assert sum(added.values()) == 10 and added["a"] < added["b"] < added["c"]


def test_population_allocation_keeps_two_per_stratum(weighted):
    status = weighted.samples.draw("small", 8, seed=1, allocation="population")
    assert min(_sizes(status).values()) >= 2 and sum(_sizes(status).values()) == 8


def test_unknown_allocation_changes_nothing(weighted):
    before = snapshot(weighted)
    with pytest.raises(InputError, match="allocation must be one of proportional, population"):
        weighted.samples.draw("x", 10, allocation="weights")
    assert snapshot(weighted) == before


def test_cli_draws_a_population_sample(weighted):
    path = weighted.path
    weighted.close()
    run = run_cli(
        ["draw-sample", str(path), "pop", "--size", "20", "--allocation", "population", "--json"]
    )
    assert run.returncode == 0, run.stderr
    with Project.open(path) as project:
        assert _sizes(project.samples.status("pop")) == {"a": 2, "b": 6, "c": 12}
