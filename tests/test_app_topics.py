"""The Topics page: run a topic model, read topics, promote one to a draft code."""

from __future__ import annotations

import pytest

from workbench import Project
from conftest import app_on, open_page, open_tab


@pytest.mark.slow  # a topic model run on the demo
def test_run_read_and_promote_a_topic(demo_copy):
    at = open_page(app_on(demo_copy, timeout=300), "ui/topics_page.py")
    assert any("No topics yet" in i.value for i in at.info)
    [run] = [b for b in at.button if b.label == "Find topics"]
    run.click().run()
    assert not at.exception
    assert len(at.expander) >= 2
    at.text_input(key="promote-path-1-0").set_value("Nieuw/Onderwerp nul").run()
    [promote] = [b for b in at.button if b.key == "promote-1-0"]
    promote.click().run()
    assert not at.exception
    with Project.open(demo_copy) as project:
        code = project.codebook.get("Nieuw/Onderwerp nul")
        assert "draft" in code.definition.lower() or "concept" in code.definition.lower()
        assert project.coding.codings() == []
        assert project.coding.codings(sources=("suggestion",))


@pytest.mark.slow  # a topic model run on the demo
def test_outliers_are_listed_and_can_be_left_out(demo_copy):
    with Project.open(demo_copy, user="ann") as project:
        run = project.topics.run(clustering="hdbscan", reduction="pca", min_size=10)
        members = project.topics.members()
        project.codebook.add("Bestaand")
    former = [m for m in members if m["was_outlier"]]
    assert former and run["reassigned"] == len(former)
    at = open_page(app_on(demo_copy, timeout=300), "ui/topics_page.py")
    assert not at.exception
    quality = run["metrics"]  # the run's coherence and diversity are shown with its topics
    shown = [c.value.replace("\\", "") for c in at.caption]  # Markdown-escaped numbers
    assert any(
        f"NPMI coherence {quality['npmi']:.3f}" in c
        and f"diversity {quality['diversity']:.3f}" in c
        and f"{run['metrics']['n_topics']} topics" in c
        for c in shown
    ), shown
    assert not [d for d in at.dataframe if "Fit (similarity)" in d.value.columns]  # tab closed
    open_tab(at, "topics_tab", "Outliers")  # only the open tab computes
    assert any(
        f"{len(former)} of {len(members)} units were outliers" in c.value for c in at.caption
    )
    [listed] = [d.value for d in at.dataframe if "Fit (similarity)" in d.value.columns]
    assert len(listed) == min(50, len(former))  # the Outliers tab: worst fitting first
    assert listed["Fit (similarity)"].is_monotonic_increasing
    open_tab(at, "topics_tab", "Topics")
    topic = next(m["topic"] for m in former)
    inliers = {m["segment_id"] for m in members if m["topic"] == topic and not m["was_outlier"]}
    key = f"{run['run']}-{topic}"
    at.checkbox(key=f"with-outliers-{key}").uncheck().run()
    at.selectbox(key=f"merge-code-{key}").set_value("Bestaand").run()
    [b for b in at.button if b.key == f"merge-{key}"][0].click().run()
    assert not at.exception
    with Project.open(demo_copy) as project:
        suggested = {s["segment_id"] for s in project.coding.codings(sources=("suggestion",))}
    assert suggested == inliers


@pytest.mark.slow  # a topic run in the app
def test_steps_are_chosen_by_name_from_the_registry(demo_copy):
    from workbench.assist.step_registry import names

    at = open_page(app_on(demo_copy, timeout=300), "ui/topics_page.py")
    reduction = at.selectbox(key="topics_reduction")
    clustering = at.selectbox(key="topics_clustering")
    assert len(reduction.options) == len(names("reduction")) and "PCA" in reduction.options
    assert "HDBSCAN (BERTopic default)" in clustering.options
    reduction.set_value("PCA")
    clustering.set_value("HDBSCAN (BERTopic default)")
    [run] = [b for b in at.button if b.label == "Find topics"]
    run.click().run()
    assert not at.exception
    with Project.open(demo_copy) as project:
        [made] = project.model_runs("topics")
    assert made["params"]["reduction"] == "pca" and made["params"]["clustering"] == "hdbscan"
    assert made["params"]["clustering_step"]["params"]["min_cluster_size"] == 10
