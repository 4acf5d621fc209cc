"""Topic models: BERTopic on the stored vectors, stored runs, promote / merge / dismiss,
keywords of human codes. Behaviour on small data; no quality thresholds."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from sklearn.metrics import adjusted_rand_score

from workbench import InputError, Project
from workbench.assist import topics as tm
from workbench.store import assist as sql
from conftest import answers_project, back_to_version_4

ROOT = Path(__file__).resolve().parent.parent

# per kind: 5 openings x 4 endings = 20 differently worded answers; kinds share no content words
KINDS = {
    "jokes": (
        [
            "Collega's maken grappen over mijn afkomst",
            "Er worden racistische grappen gemaakt",
            "Grappen over mijn huidskleur bij de lunch",
            "Iedereen lacht om grappen over moslims",
            "Een grap over mijn accent en afkomst",
        ],
        [
            "en iedereen lacht erom.",
            "dat vind ik kwetsend, ook als het een grap is.",
            "bij de koffieautomaat, steeds weer grappen.",
            "en ze vinden die grappen grappig.",
        ],
    ),
    "adviser": (
        [
            "Ik ben naar de vertrouwenspersoon gegaan",
            "De vertrouwenspersoon luisterde goed",
            "Via de vertrouwenspersoon heb ik een melding gedaan",
            "Het gesprek met de vertrouwenspersoon hielp",
            "Ik twijfelde of ik de vertrouwenspersoon moest bellen",
        ],
        [
            "en kreeg advies over een klacht.",
            "en voelde mij gesteund door de vertrouwenspersoon.",
            "vertrouwelijk, zonder dat mijn leidinggevende het wist.",
            "en daarna volgde een tweede gesprek met de vertrouwenspersoon.",
        ],
    ),
    "promotion": (
        [
            "Ik werd gepasseerd voor promotie",
            "Mijn sollicitatie voor een hogere functie werd afgewezen",
            "Bij de bevordering werd ik overgeslagen",
            "Een jongere kreeg de promotie",
            "Ik kom niet in aanmerking voor een hogere schaal",
        ],
        [
            "terwijl mijn beoordeling uitstekend was.",
            "ondanks mijn ervaring en diploma's.",
            "en de promotie ging naar iemand met minder ervaring.",
            "voor de derde keer gepasseerd bij een bevordering.",
        ],
    ),
}


def _answers() -> list[tuple[str, str]]:
    out = []
    for kind, (openings, endings) in KINDS.items():
        for k in range(20):
            out.append((kind, f"{openings[k % 5]} {endings[k // 5]}"))
    return out


def _build(path: Path) -> tuple[Project, dict[int, str]]:
    answers = _answers()
    project = answers_project(
        path,
        "id;stratum;regio;antwoord",
        [
            f"R{k:03d};{'ab'[k % 2]};{['noord', 'zuid', 'west'][k % 3]};{text}"
            for k, (_, text) in enumerate(answers)
        ],
    )
    ids = [r[0] for r in sql.unit_inputs(project.db, ("answer",))]
    return project, {i: kind for i, (kind, _) in zip(ids, answers)}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("topics")
    project, kinds = _build(folder / "p.db")
    result = tm.run_topics(project.core, min_size=10, seed=0)
    yield project, kinds, result
    project.close()


def _assignment(project: Project, run_id: int) -> dict[int, int]:
    return {m["segment_id"]: m["topic"] for m in tm.topic_members(project.core, run_id)}


@pytest.mark.slow  # a BERTopic run (the module's fixture)
def test_a_topic_per_kind(built):
    project, kinds, result = built
    assignment = _assignment(project, result["run"])
    assert len(assignment) == 60
    found = [t for t in tm.topics(project.core) if t["topic"] != -1]
    assert len(found) == 3
    ids = sorted(assignment)
    assert adjusted_rand_score([kinds[i] for i in ids], [assignment[i] for i in ids]) == 1.0
    for topic in found:
        assert topic["size"] == 20 and topic["status"] == "open"
        assert topic["keywords"] and topic["label"].startswith(f"{topic['topic']}_")
        assert len(topic["representatives"]) == 3 and topic["representatives"][0]["text"]
        words = {w for w, _ in topic["keywords"]}
        assert "de" not in words and "mijn" not in words  # Dutch stop words removed
    words = {w for t in found for w, _ in t["keywords"][:3]}
    assert words & {"grap", "grappen"} and "vertrouwenspersoon" in words


@pytest.mark.slow  # a BERTopic run (the module's fixture)
def test_run_is_stored_with_params_and_the_real_bertopic(built):
    project, _, result = built
    [run] = [r for r in project.model_runs("topics") if r["id"] == result["run"]]
    import bertopic

    assert run["params"]["library"] == "bertopic"
    assert run["params"]["bertopic"] == bertopic.__version__
    assert run["params"]["embedding"] == result["model"] and run["seed"] == 0
    assert run["params"]["clustering"] == "kmeans" and run["params"]["min_size"] == 10
    assert "outlier_share_before" in run["metrics"] and "outlier_share_after" in run["metrics"]
    event = project.events(5)[0]
    assert event["action"] == "topics"
    members = tm.topic_members(project.core, result["run"])
    assert all(
        m["x"] is not None and m["y"] is not None and 0 <= m["probability"] <= 1 for m in members
    )


@pytest.mark.slow  # BERTopic runs
def test_same_seed_same_topics_other_seed_works(built):
    project, kinds, first = built
    again = tm.run_topics(project.core, min_size=10, seed=0)
    assert again["run"] != first["run"]
    assert _assignment(project, again["run"]) == _assignment(project, first["run"])
    assert [t["keywords"] for t in tm.topics(project.core, again["run"])] == [
        t["keywords"] for t in tm.topics(project.core, first["run"])
    ]
    other = tm.run_topics(project.core, min_size=10, seed=7)
    assignment = _assignment(project, other["run"])
    ids = sorted(assignment)
    assert len(assignment) == 60 and other["metrics"]["n_topics"] >= 2
    assert adjusted_rand_score([kinds[i] for i in ids], [assignment[i] for i in ids]) > 0.5


@pytest.mark.slow  # a BERTopic run (the module's fixture)
def test_hdbscan_outliers_reduced_or_kept(built):
    project, _, _ = built
    reduced = tm.run_topics(
        project.core, min_size=10, seed=0, clustering="hdbscan", reduction="pca"
    )
    assert all(m["topic"] != -1 for m in tm.topic_members(project.core, reduced["run"]))
    run = [r for r in project.model_runs("topics") if r["id"] == reduced["run"]][0]
    assert run["metrics"]["outlier_share_after"] == 0
    was = [m for m in tm.topic_members(project.core, reduced["run"]) if m["was_outlier"]]
    assert len(was) == run["metrics"]["reassigned"] == reduced["reassigned"] > 0
    assert all(m["original_topic"] == -1 for m in was)
    kept = tm.run_topics(
        project.core, min_size=10, seed=0, clustering="hdbscan", reduction="pca", outliers="keep"
    )
    members = tm.topic_members(project.core, kept["run"])
    outliers = [m for m in members if m["topic"] == -1]
    assert len(outliers) == round(kept["metrics"]["outlier_share_before"] * 60)
    assert all(m["was_outlier"] for m in outliers)


@pytest.mark.slow  # UMAP and HDBSCAN fitted
def test_umap_pipeline_runs(built):
    project, _, _ = built
    result = tm.run_topics(
        project.core, min_size=10, seed=0, reduction="umap", clustering="hdbscan"
    )
    assert result["params"]["reduction"] == "umap" and result["units"] == 60


@pytest.mark.slow  # a BERTopic run (the module's fixture)
def test_fit_sample_assigns_the_rest(built):
    project, kinds, _ = built
    result = tm.run_topics(project.core, min_size=10, seed=0, fit_sample=40)
    assert result["metrics"]["fitted"] == 40 and result["units"] == 60
    assert len(_assignment(project, result["run"])) == 60


@pytest.mark.slow  # a BERTopic run (the module's fixture)
def test_topics_by_counts_add_up(built):
    project, _, result = built
    table = tm.topics_by(project.core, result["run"], "regio")
    assert table.to_numpy().sum() == 60 and set(table.columns) == {"noord", "zuid", "west"}
    sizes = {t["topic"]: t["size"] for t in tm.topics(project.core, result["run"])}
    assert table.sum(axis=1).to_dict() == sizes
    assert tm.topics_by(project.core, result["run"], "stratum").to_numpy().sum() == 60
    with pytest.raises(InputError):
        tm.topics_by(project.core, result["run"], "no-such-variable")


@pytest.mark.slow  # a BERTopic run
def test_promote_merge_dismiss(tmp_path: Path):
    project, kinds = _build(tmp_path / "p.db")
    result = tm.run_topics(project.core, min_size=10, seed=0)
    run_id = result["run"]
    before = project.coding.codings()
    found = {t["topic"]: t for t in tm.topics(project.core, run_id)}
    first, second, third = sorted(found)
    promoted = tm.promote(project.core, run_id, first, "Topics/Eerste")
    code = project.codebook.get("Topics/Eerste")
    assert "DRAFT" in code.definition and f"topic {first} of topic run {run_id}" in code.definition
    assert 1 <= len(code.examples) <= 3
    assert project.coding.codings() == before  # suggestions, never codings
    suggestions = project.coding.codings(sources=("suggestion",))
    assert len(suggestions) == promoted["suggested"] == found[first]["size"]
    assert {s["coder"] for s in suggestions} == {f"model:topics/run{run_id}"}
    assert all(0 <= s["score"] <= 1 for s in suggestions)
    project.codebook.add("Bestaand")
    merged = tm.merge_into(project.core, run_id, second, "Bestaand")
    assert merged["suggested"] == found[second]["size"]
    tm.dismiss(project.core, run_id, third)
    status = {t["topic"]: (t["status"], t["code_id"]) for t in tm.topics(project.core, run_id)}
    assert status[first] == ("promoted", code.id)
    assert status[second] == ("merged", project.codebook.get("Bestaand").id)
    assert status[third] == ("dismissed", None)
    assert project.coding.codings() == before
    assert [e["action"] for e in project.events(4)][:2] == ["topic-dismiss", "topic-merge"]
    with pytest.raises(InputError):
        tm.dismiss(project.core, run_id, third)
    # suggestions can be accepted like any other
    project.suggestions.accept(suggestions[0]["id"], coder="anna")
    assert len(project.coding.codings()) == len(before) + 1
    project.close()


@pytest.mark.slow  # imports BERTopic (its c-TF-IDF), with torch
def test_code_keywords_for_human_codes(tmp_path: Path):
    project, kinds = _build(tmp_path / "p.db")
    project.codebook.add("Grappen")
    project.codebook.add("Vertrouwenspersoon")
    for unit, kind in kinds.items():
        if kind == "jokes":
            project.coding.code_segment(unit, "Grappen", coder="anna")
        elif kind == "adviser" and unit % 2:
            project.coding.code_segment(unit, "Vertrouwenspersoon", coder="anna")
    keywords = tm.code_keywords(project.core, top=5)
    assert set(keywords) == {"Grappen", "Vertrouwenspersoon"}
    assert {w for w, _ in keywords["Grappen"][:3]} & {"grap", "grappen", "afkomst", "huidskleur"}
    assert keywords["Vertrouwenspersoon"][0][0] == "vertrouwenspersoon"
    project.close()


@pytest.mark.slow  # a BERTopic run (the module's fixture)
def test_bad_input(built):
    project, _, _ = built
    with pytest.raises(InputError):
        tm.run_topics(project.core, min_size=10, clustering="dbscan")
    with pytest.raises(InputError):
        tm.run_topics(project.core, min_size=40)  # fewer than 2 x min_size units
    with pytest.raises(InputError):
        tm.run_topics(project.core, question="nope")
    with pytest.raises(InputError):
        tm.topics(project.core, 10_000)


def test_importing_workbench_does_not_import_bertopic():
    code = (
        "import sys, workbench, workbench.assist, workbench.assist.topics, workbench.cli; "
        "heavy = [m for m in ('bertopic', 'umap', 'hdbscan', 'torch') if m in sys.modules]; "
        "print(heavy); sys.exit(1 if heavy else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow  # a BERTopic run
def test_former_outliers_can_be_left_out_of_suggestions(tmp_path: Path):
    project, _ = _build(tmp_path / "p.db")
    run = tm.run_topics(project.core, min_size=10, seed=0, clustering="hdbscan", reduction="pca")
    members = tm.topic_members(project.core, run["run"])
    by_topic: dict[int, list[dict]] = {}
    for m in members:
        by_topic.setdefault(m["topic"], []).append(m)
    topic = next(t for t, ms in by_topic.items() if any(m["was_outlier"] for m in ms))
    inliers = {m["segment_id"] for m in by_topic[topic] if not m["was_outlier"]}
    project.codebook.add("Bestaand")
    merged = tm.merge_into(project.core, run["run"], topic, "Bestaand", include_outliers=False)
    suggested = {s["segment_id"] for s in project.coding.codings(sources=("suggestion",))}
    assert merged["suggested"] == len(inliers) and suggested == inliers
    assert project.events(1)[0]["payload"]["include_outliers"] is False
    project.close()


@pytest.mark.slow  # a BERTopic run
def test_v3_runs_keep_their_outliers_after_migration(tmp_path: Path):
    """A v3 file listed reassigned outliers in the run's metrics; v4 moves that into the
    members' original_topic, so was_outlier survives the upgrade."""
    project, _ = _build(tmp_path / "p.db")
    run = tm.run_topics(project.core, min_size=10, seed=0, clustering="hdbscan", reduction="pca")
    was = sorted(
        m["segment_id"] for m in tm.topic_members(project.core, run["run"]) if m["was_outlier"]
    )
    assert was
    db = project.db
    metrics = json.loads(
        db.execute("SELECT metrics FROM model_runs WHERE id = ?", [run["run"]]).fetchone()[0]
    )
    metrics["reassigned"] = was
    back_to_version_4(db.conn)
    with db.conn:  # back to the v3 layout
        db.execute(
            "UPDATE model_runs SET metrics = ? WHERE id = ?", [json.dumps(metrics), run["run"]]
        )
        db.execute("ALTER TABLE topic_members DROP COLUMN original_topic")
        db.execute("PRAGMA user_version = 3")
    project.close()
    with Project.open(tmp_path / "p.db") as reopened:
        after = sorted(
            m["segment_id"] for m in tm.topic_members(reopened, run["run"]) if m["was_outlier"]
        )
        assert after == was
        stored = [r for r in reopened.model_runs("topics") if r["id"] == run["run"]][0]
        assert stored["metrics"]["reassigned"] == len(was)


def test_neighbour_smoothing_keeps_groups_apart():
    """Each vector becomes the normalised mean of its nearest fitted vectors: two separated
    groups stay separated, new vectors are smoothed against the fitted ones."""
    from workbench.assist.steps import NeighbourSmoothing

    rng = np.random.default_rng(0)
    a = np.array([1.0, 0, 0]) + rng.normal(0, 0.05, (30, 3))
    b = np.array([0, 1.0, 0]) + rng.normal(0, 0.05, (30, 3))
    step = NeighbourSmoothing(n_neighbors=5, batch=7)
    out = step.fit_transform(np.vstack([a, b]))
    assert np.allclose(np.linalg.norm(out, axis=1), 1, atol=1e-5)
    assert (out[:30, 0] > 0.9).all() and (out[30:, 1] > 0.9).all()
    new = step.transform(np.array([[0.9, 0.1, 0.0], [0.0, 0.0, 0.0]]))
    assert new[0, 0] > 0.9  # smoothed toward the first group
    assert np.isfinite(new).all()


@pytest.mark.slow  # a BERTopic run (the module's fixture)
def test_hdbscan_topics_merged_down_to_n_topics(built):
    project, _, _ = built
    merged = tm.run_topics(
        project.core, min_size=5, seed=0, clustering="hdbscan", reduction="pca", n_topics=2
    )
    assert merged["metrics"]["n_topics"] <= 2
    assert len({m["topic"] for m in tm.topic_members(project.core, merged["run"])} - {-1}) <= 2
