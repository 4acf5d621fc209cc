"""Active learning: the answers to code next are uncertain and unlike anything coded yet, so
coders meet a theme's other wordings fast; a batch is itself varied; random and
uncertainty orders are there to compare."""

from __future__ import annotations

import json

import pytest

from workbench import Project
from conftest import answers_project, run_cli, snapshot

# three themes, four wordings each, each wording answered several times with small changes
# (written for this test: other words than the demo's templates)
THEMES = {
    "uitsluiting": [
        "Collega's nodigen mij nooit uit voor de lunch",
        "Bij de uitjes van het team word ik steeds vergeten",
        "In het overleg praten ze over mij heen alsof ik er niet ben",
        "Op de afdeling hoor ik er gewoon niet bij",
    ],
    "grappen": [
        "Er worden grappen gemaakt over mijn accent",
        "Men lacht om mijn hoofddoek bij de koffieautomaat",
        "Opmerkingen over mijn afkomst worden als humor gebracht",
        "Mijn achternaam is een vaste grap in de groepsapp",
    ],
    "loopbaan": [
        "Ik word steeds gepasseerd voor een hogere functie",
        "Promotie gaat altijd naar collega's met een Nederlandse naam",
        "Mijn beoordeling is lager dan mijn werk verdient",
        "Een vaste aanstelling kreeg ik pas na jaren",
    ],
}
ENDINGS = [".", ", echt waar.", ", en dat al maanden.", ", helaas."]


@pytest.fixture
def themed(tmp_path):
    rows, truth, k = [], {}, 0
    for theme, wordings in THEMES.items():
        for w, wording in enumerate(wordings):
            for ending in ENDINGS:
                k += 1
                rows.append(f"{k};{'AB'[k % 2]};{wording}{ending}")
                truth[f"{wording}{ending}"] = (theme, w)
    project = answers_project(tmp_path / "p.db", "id;stratum;antwoord", rows)
    for theme in THEMES:
        project.codebook.add(theme)
    yield project, truth
    project.close()


def _code_theme(project: Project, truth: dict, theme: str, wordings: set[int]) -> None:
    for doc in project.documents(kind="answer", limit=1000):
        [unit] = project.segments(doc["id"], kind="answer")
        if truth[unit["text"]][0] == theme and truth[unit["text"]][1] in wordings:
            project.coding.code_segment(unit["id"], theme, coder="ann")


def test_diverse_offers_what_no_one_coded_and_no_two_of_the_same(themed):
    project, truth = themed
    _code_theme(project, truth, "uitsluiting", {0, 1, 2, 3})
    coded = {u["segment_id"] for u in project.coding.codings()}
    for strategy in ("diverse", "distant"):
        batch = project.suggestions.explore(embedding="use-m3", limit=6, strategy=strategy)
        picked = [truth[r["text"]] for r in batch]
        assert len(batch) == 6 and all(theme != "uitsluiting" for theme, _ in picked)
        assert len(set(picked)) == 6, picked  # no wording twice in one batch
        assert {theme for theme, _ in picked} == {"grappen", "loopbaan"}
        assert not coded & {r["segment_id"] for r in batch}
        assert all(r["uncertainty"] is None and r["model"].startswith("use-m3@") for r in batch)
    # distant: farthest first, each pick counted as seen for the next
    assert {theme for theme, _ in picked[:2]} == {"grappen", "loopbaan"}
    assert [r["distance"] for r in batch] == sorted((r["distance"] for r in batch), reverse=True)
    dense = project.suggestions.explore(embedding="use-m3", limit=6)
    assert all(0 < r["density"] <= 1 for r in dense)
    assert all(abs(r["score"] - r["distance"] * r["density"]) < 1e-3 for r in dense)


def test_uncertainty_weighs_the_choice_once_a_model_has_scored(themed):
    project, truth = themed
    _code_theme(project, truth, "grappen", {0, 1})
    _code_theme(project, truth, "loopbaan", {0})
    project.suggestions.run(embedding="use-m3", min_examples=2, threshold=0.9)
    batch = project.suggestions.explore(["grappen"], embedding="use-m3", limit=4)
    assert all(r["uncertainty"] is not None for r in batch)
    assert all(
        abs(r["score"] - r["uncertainty"] * r["distance"] * r["density"]) < 1e-3 for r in batch
    )
    by_doubt = project.suggestions.explore(
        ["grappen"], embedding="use-m3", limit=8, strategy="uncertainty"
    )
    doubts = [r["uncertainty"] for r in by_doubt]
    assert doubts == sorted(doubts, reverse=True) and doubts[0] > 0


def test_random_is_seeded_and_skips_what_was_coded(themed):
    project, truth = themed
    _code_theme(project, truth, "loopbaan", {0, 1, 2, 3})
    first = project.suggestions.explore(strategy="random", limit=10, seed=3)
    again = project.suggestions.explore(strategy="random", limit=10, seed=3)
    assert [r["segment_id"] for r in first] == [r["segment_id"] for r in again]
    assert all(truth[r["text"]][0] != "loopbaan" for r in first)
    every = project.suggestions.explore(strategy="random", limit=1000)
    assert len(every) == 48 - 16


def test_explore_through_the_cli_and_its_errors(themed, tmp_path):
    project, truth = themed
    _code_theme(project, truth, "uitsluiting", {0})
    project.suggestions.embed()  # the default model's vectors, so nothing is written below
    before = snapshot(project)
    db = str(tmp_path / "p.db")
    listed = json.loads(run_cli(["explore", db, "--limit", "3", "--json"]).stdout)
    assert len(listed) == 3 and all(
        r["model"].startswith("hybrid-tfidf-svd-256+use-m3:") for r in listed
    )
    text = run_cli(["explore", db, "--limit", "2"]).stdout.splitlines()
    assert [int(line.split("\t")[0]) for line in text] == [r["segment_id"] for r in listed[:2]]
    failed = run_cli(["explore", db, "--limit", "0"])
    assert failed.returncode == 1 and "limit must be at least 1" in failed.stderr
    failed = run_cli(["explore", db, "--code", "Bestaat/Niet"])
    assert failed.returncode == 1 and failed.stderr.count("\n") == 1
    assert snapshot(project) == before


def test_the_code_page_queue_offers_what_is_new_to_the_model(themed, tmp_path):
    """The Code page's queue 'New to the model' walks the explore batch of the embedding
    chosen on the Topics or Suggestions page; coding the unit in view is a human coding."""
    from conftest import app_on, open_page

    project, truth = themed
    _code_theme(project, truth, "uitsluiting", {0, 1, 2, 3})
    expected = project.suggestions.explore(embedding="use-m3", limit=50)
    at = app_on(tmp_path / "p.db", coder="ann")
    at.session_state["embedding_model"] = "use-m3"
    at = open_page(at, "ui/code_page.py")
    at.segmented_control(key="code_source").set_value("queue").run()
    at.radio(key="queue_source").set_value("explore").run()
    assert not at.exception, at.exception
    assert any("unlike anything coded yet" in c.value for c in at.caption)
    buttons = [b for b in at.button if (b.key or "").startswith("apply-")]
    assert {int(b.key.split("-")[1]) for b in buttons} == {expected[0]["segment_id"]}
    at.button(key="queue_next").click().run()
    buttons = [b for b in at.button if (b.key or "").startswith("apply-")]
    assert {int(b.key.split("-")[1]) for b in buttons} == {expected[1]["segment_id"]}


def test_density_keeps_off_topic_outliers_out_of_the_batch(tmp_path):
    """Far from everything is not the same as new wording of a theme: answers about
    nothing in the codebook are the farthest from what was coded, and distance alone
    (``distant``) offers them first; ``diverse`` weighs by density and offers themes."""
    outliers = [
        "De parkeergarage gaat volgende maand dicht.",
        "Ik heb geen mening.",
        "Het weer was mooi vandaag.",
        "Wanneer komt de nieuwe koffieautomaat?",
    ]
    rows, theme_of = [], {}
    for theme, wordings in THEMES.items():
        for wording in wordings:
            for ending in ENDINGS:
                rows.append(f"{len(rows) + 1};A;{wording}{ending}")
                theme_of[f"{wording}{ending}"] = theme
    for text in outliers:
        rows.append(f"{len(rows) + 1};A;{text}")
        theme_of[text] = None
    with answers_project(tmp_path / "p.db", "id;stratum;antwoord", rows) as project:
        project.codebook.add("uitsluiting")
        for doc in project.documents(kind="answer", limit=1000):
            [unit] = project.segments(doc["id"], kind="answer")
            if theme_of[unit["text"]] == "uitsluiting":
                project.coding.code_segment(unit["id"], "uitsluiting", coder="ann")
        distant = project.suggestions.explore(embedding="use-m3", limit=6, strategy="distant")
        diverse = project.suggestions.explore(embedding="use-m3", limit=6)
    assert sum(theme_of[r["text"]] is None for r in distant) >= 3
    assert [theme_of[r["text"]] for r in diverse if theme_of[r["text"]] is None] == []
    assert max(r["density"] for r in diverse) > 0
