"""Topic steps as objects: the built-in steps follow scikit-learn's conventions, a step of
one's own is passed without touching the package, every step parameter is recorded with the
run and a run made from that record gives the same topics, bad steps fail with one line and
change nothing, and the steps give the topics the code gave before they became objects."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest
from sklearn.base import BaseEstimator, ClusterMixin, TransformerMixin
from sklearn.metrics import adjusted_rand_score
from test_topics import _build

from workbench import InputError, Project
from workbench.assist import step_registry, steps
from workbench.assist import topics as tm
from workbench.cli import main
from conftest import ROOT, snapshot

BEFORE = json.loads((ROOT / "tests" / "fixtures" / "topics_before_steps.json").read_text())


class Centring(TransformerMixin, BaseEstimator):
    """A reduction of this test's own: subtract the fitted mean, optionally normalise."""

    def __init__(self, scale: bool = True):
        self.scale = scale

    def fit(self, X, y=None):
        self.mean_ = np.asarray(X).mean(axis=0)
        return self

    def transform(self, X):
        out = np.asarray(X) - self.mean_
        return out / np.linalg.norm(out, axis=1, keepdims=True) if self.scale else out


class SphericalKMeans(ClusterMixin, BaseEstimator):
    """A clustering of this test's own: cosine k-means from farthest-first starts."""

    def __init__(self, n_clusters: int = 3, iterations: int = 10):
        self.n_clusters = n_clusters
        self.iterations = iterations

    def fit(self, X, y=None):
        X = np.asarray(X) / np.linalg.norm(X, axis=1, keepdims=True)
        centres = [X[0]]
        for _ in range(self.n_clusters - 1):
            centres.append(X[np.argmin(np.max(X @ np.array(centres).T, axis=1))])
        centres = np.array(centres)
        for _ in range(self.iterations):
            self.labels_ = np.argmax(X @ centres.T, axis=1)
            centres = np.array([X[self.labels_ == k].mean(axis=0) for k in range(len(centres))])
            centres /= np.linalg.norm(centres, axis=1, keepdims=True)
        return self


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory):
    project, kinds = _build(tmp_path_factory.mktemp("steps") / "p.db")
    yield project, kinds
    project.close()


def _assignment(project: Project, run_id: int) -> dict[int, int]:
    return {m["segment_id"]: m["topic"] for m in tm.topic_members(project.core, run_id)}


def _keywords(project: Project, run_id: int) -> dict[int, list]:
    return {t["topic"]: t["keywords"] for t in tm.topics(project.core, run_id)}


def _init_names(cls: type) -> set[str]:
    import inspect

    return {p for p in inspect.signature(cls.__init__).parameters if p != "self"}


# -- the same topics as before ---------------------------------------------------------------
def _same_as_before(project: Project, project_name: str, pipeline: str) -> None:
    expected = BEFORE[project_name]["runs"][pipeline]
    # without merging near-duplicate topics, which came later (issue 13); so did the
    # distinctive keywords (test_topic_quality.py), so the old keywords are not compared
    run = tm.run_topics(project.core, **expected["params"], merge_similar=None)
    members = {m["segment_id"]: m for m in tm.topic_members(project.core, run["run"])}
    ids = BEFORE[project_name]["ids"]
    assert sorted(members) == ids
    assert [members[i]["topic"] for i in ids] == expected["topics"]
    assert [members[i]["original_topic"] for i in ids] == expected["original"]


FAST = [p for p in BEFORE["small"]["runs"] if "umap" not in p]


@pytest.mark.parametrize("pipeline", FAST)
def test_the_same_topics_as_before_steps_were_objects(small, pipeline):
    """Every pipeline of run_topics (names, n_topics, outliers, fit sample) assigns each unit
    the topic, and each topic the keywords, the code before the step objects gave."""
    _same_as_before(small[0], "small", pipeline)


@pytest.mark.slow
def test_the_same_topics_as_before_with_umap(small):
    _same_as_before(small[0], "small", "umap-hdbscan")


@pytest.mark.slow
def test_the_same_demo_topics_as_before(demo_file, tmp_path):
    """On the demo's 1,654 answers: k-means' silhouette choice of 30 topics, HDBSCAN with
    92% outliers reassigned, merged down to 5, and UMAP + HDBSCAN, unit for unit."""
    path = tmp_path / "demo.db"
    path.write_bytes(demo_file.read_bytes())
    with Project.open(path, user="demo") as project:
        for pipeline in BEFORE["demo"]["runs"]:
            _same_as_before(project, "demo", pipeline)


# -- recorded and re-made ----------------------------------------------------------------------
def test_every_step_parameter_is_recorded_and_a_rerun_gives_the_same_topics(small):
    project, _ = small
    options = {
        "min_size": 5,
        "reduction": "pca",
        "reduction_params": {"n_components": 6},
        "clustering_params": {"n_init": 1},
        "n_topics": 6,
    }
    first = tm.run_topics(project.core, seed=2, **options)
    # 6 topics in 3 kinds of answers: the seed decides the split, so the record must carry it
    assert _assignment(project, first["run"]) != _assignment(
        project, tm.run_topics(project.core, seed=0, **options)["run"]
    )
    [run] = [r for r in project.model_runs("topics") if r["id"] == first["run"]]
    assert run["params"]["reduction"] == "pca" and run["params"]["clustering"] == "kmeans"
    assert run["params"]["reduction_step"] == {
        "class": "workbench.assist.steps.PCAReduction",
        "params": {"n_components": 6, "random_state": 2},
    }  # the run's seed filled in
    assert run["params"]["clustering_step"] == {
        "class": "workbench.assist.steps.KMeansClustering",
        "params": {
            "n_clusters": 6,
            "n_init": 1,
            "max_clusters": 30,
            "min_cluster_size": 5,
            "random_state": 2,
            "k_search": "silhouette",
        },
    }  # n_topics, min_size and seed filled in
    hdbscan = tm.run_topics(
        project.core,
        min_size=10,
        seed=0,
        reduction="pca",
        clustering="hdbscan",
        clustering_params={"min_samples": 3},
    )
    assert hdbscan["params"]["clustering_step"]["params"] == {
        "min_cluster_size": 10,
        "min_samples": 3,
        "metric": "euclidean",
        "cluster_selection_method": "eom",
    }
    default = tm.run_topics(project.core, min_size=10, seed=0)
    for kind in ("reduction", "clustering"):
        record = default["params"][f"{kind}_step"]
        cls = step_registry.step_class(kind, default["params"][kind])
        assert set(record["params"]) == _init_names(cls)  # every __init__ parameter
    # a rerun uses the record alone: the project reopened, nothing kept in memory
    for made in (first, hdbscan, default):
        with Project.open(project.path, user="other") as reopened:
            again = reopened.topics.rerun(made["run"])
            assert again["run"] != made["run"]
            assert again["params"] == made["params"]
            assert _assignment(reopened, again["run"]) == _assignment(reopened, made["run"])
            assert _keywords(reopened, again["run"]) == _keywords(reopened, made["run"])


def test_a_step_class_of_ones_own_is_passed_without_touching_the_package(small):
    project, kinds = small
    reduction, clustering = Centring(scale=True), SphericalKMeans(n_clusters=3)
    run = tm.run_topics(
        project.core, min_size=10, seed=0, reduction=reduction, clustering=clustering
    )
    found = _assignment(project, run["run"])
    ids = sorted(found)
    assert adjusted_rand_score([kinds[i] for i in ids], [found[i] for i in ids]) == 1.0
    assert run["params"]["clustering"] == "test_topic_steps.SphericalKMeans"
    assert run["params"]["clustering_step"] == {
        "class": "test_topic_steps.SphericalKMeans",
        "params": {"n_clusters": 3, "iterations": 10},
    }
    assert run["params"]["reduction_step"]["params"] == {"scale": True}
    assert not hasattr(clustering, "labels_") and not hasattr(reduction, "mean_")  # cloned
    again = tm.rerun(project.core, run["run"])
    assert _assignment(project, again["run"]) == found
    # a scikit-learn estimator as it comes: its random_state None becomes the run's seed
    from sklearn.decomposition import TruncatedSVD

    svd = tm.run_topics(project.core, min_size=10, seed=2, reduction=TruncatedSVD(n_components=8))
    assert svd["params"]["reduction_step"]["params"]["random_state"] == 2
    assert _assignment(project, tm.rerun(project.core, svd["run"])["run"]) == _assignment(
        project, svd["run"]
    )


# -- bad input -------------------------------------------------------------------------------
class NoParams:
    def fit_predict(self, X):
        return np.zeros(len(X), dtype=int)


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"clustering": "dbscan"}, "clustering must be one of kmeans, hdbscan, agglomerative"),
        ({"reduction_params": {"n_neighbours": 5}}, "has no parameter 'n_neighbours'"),
        (
            {"clustering": "hdbscan", "clustering_params": {"min_cluster_size": 1}},
            "'min_cluster_size' parameter of HDBSCANClustering must be",
        ),
        ({"reduction": "umap", "reduction_params": {"n_components": "five"}}, "'n_components'"),
        ({"clustering": NoParams()}, "NoParams has no get_params()"),
        ({"n_neighbors": 5}, "unknown topic parameter 'n_neighbors'"),
        ({"n_topics": 4, "clustering": SphericalKMeans(n_clusters=3)}, "n_topics=4 but"),
        ({"reduction": Centring(), "reduction_params": {"scale": False}}, "into the step object"),
    ],
)
def test_bad_steps_fail_in_one_line_and_change_nothing(tmp_path, params, expected):
    """Checked before the vectors are computed: the project stays exactly as it was."""
    project, _ = _build(tmp_path / "p.db")
    before = snapshot(project)
    with pytest.raises(InputError) as error:
        tm.run_topics(project.core, min_size=10, **params)
    assert expected in str(error.value) and "\n" not in str(error.value)
    assert snapshot(project) == before
    project.close()


def test_a_record_never_imports_code_nor_makes_other_objects():
    """A project file is data: its step records make scikit-learn estimators of modules
    already loaded, nothing else."""
    with pytest.raises(InputError, match="not a scikit-learn estimator"):
        step_registry.from_record({"class": "subprocess.Popen", "params": {"args": ["true"]}})
    with pytest.raises(InputError, match="not available"):
        step_registry.from_record({"class": "not_a_module_here.Step", "params": {}})
    made = step_registry.from_record(step_registry.record(steps.UMAPReduction(n_neighbors=7)))
    assert isinstance(made, steps.UMAPReduction) and made.n_neighbors == 7


# -- scikit-learn conventions --------------------------------------------------------------
def _step(cls: type) -> BaseEstimator:
    step = cls()
    return step.set_params(random_state=0) if "random_state" in step.get_params() else step


@pytest.mark.filterwarnings("ignore::sklearn.exceptions.SkipTestWarning")
@pytest.mark.parametrize(
    "kind, name",
    [(k, n) for k in step_registry.KINDS for n in step_registry.names(k) if n != "umap"],
)
def test_built_in_steps_pass_scikit_learns_estimator_checks(kind, name):
    """Parameters stored as given and never changed by fit, learned state ending in _,
    clone/get_params/set_params, input validation: scikit-learn's own check_estimator."""
    from sklearn.utils.estimator_checks import check_estimator

    check_estimator(_step(step_registry.step_class(kind, name)))


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore::sklearn.exceptions.SkipTestWarning")
def test_umap_step_passes_the_estimator_checks_but_umaps_randomness():
    from sklearn.utils.estimator_checks import check_estimator

    check_estimator(
        _step(steps.UMAPReduction),
        expected_failed_checks={
            "check_methods_sample_order_invariance": "UMAP's transform is stochastic",
            "check_methods_subset_invariance": "UMAP's transform is stochastic",
        },
    )


# -- the CLI and its start-up ------------------------------------------------------------------
def test_cli_passes_step_names_and_parameters(small, capsys):
    project, _ = small
    code = main(
        [
            "--user",
            "ann",
            "topics",
            str(project.path),
            "--reduction",
            "pca",
            "--reduction-param",
            "n_components=5",
            "--clustering",
            "kmeans",
            "--clustering-param",
            "n_init=2",
            "--clustering-param",
            "max_clusters=4",
            "--json",
        ]
    )
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    params = out["params"]
    # each topic with its keywords, size and members (unit ids), the run's quality measures
    members = tm.topic_members(project.core, out["run"])
    for topic in out["topics"]:
        assert topic["members"] == sorted(
            m["segment_id"] for m in members if m["topic"] == topic["topic"]
        )
        assert topic["size"] == len(topic["members"]) > 0
        assert topic["keywords"] and all(isinstance(w, str) for w in topic["keywords"])
    assert -1 <= out["metrics"]["npmi"] <= 1 and 0 < out["metrics"]["diversity"] <= 1
    assert params["reduction_step"]["params"]["n_components"] == 5
    assert params["clustering_step"]["params"]["n_init"] == 2
    assert params["clustering_step"]["params"]["max_clusters"] == 4
    runs = len(project.model_runs("topics"))
    for option, expected in (
        ("--reduction-param=n_components", "expected KEY=VALUE"),
        ("--clustering-param=n_init=many", "'n_init' parameter"),
    ):
        assert main(["--user", "ann", "topics", str(project.path), option]) == 1
        err = capsys.readouterr().err
        assert err.startswith("error: ") and expected in err and err.count("\n") == 1
    assert len(project.model_runs("topics")) == runs


def test_cli_starts_without_reading_the_step_registry():
    """The step names come from a package that loads numpy: building the parser must not."""
    code = (
        "import sys, workbench.cli as c; c.build_parser(); "
        "sys.exit(1 if 'numpy' in sys.modules else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_a_run_recorded_before_k_search_is_remade_with_the_silhouette(small):
    """Runs made before ``k_search`` chose k by silhouette; a rerun of one does the same
    whatever the default (never k-means into max_clusters)."""
    project, _ = small
    made = tm.run_topics(project.core, min_size=10, merge_similar=None)
    params = json.loads(
        project.db.execute("SELECT params FROM model_runs WHERE id = ?", [made["run"]]).fetchone()[
            0
        ]
    )
    del params["clustering_step"]["params"]["k_search"], params["merge_similar"]
    with project.db.conn:
        project.db.execute(
            "UPDATE model_runs SET params = ? WHERE id = ?", [json.dumps(params), made["run"]]
        )
    again = tm.rerun(project.core, made["run"])
    assert again["params"]["clustering_step"]["params"]["k_search"] == "silhouette"
    assert _assignment(project, again["run"]) == _assignment(project, made["run"])
