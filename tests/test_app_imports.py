"""The app imports models, NLP, statistics and plotting libraries only when a page uses
them: opening every page of the demo in mid-study (each as it first renders) loads none of
them, except scipy where a page shows survey estimates with confidence intervals (Browse,
Mixed methods) and altair where it draws a chart."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ROOT

HEAVY = [
    "torch",
    "sentence_transformers",
    "bertopic",
    "umap",
    "hdbscan",
    "sklearn",
    "matplotlib",
    "spacy",
    "scipy",
    "altair",
]
PAGES = [
    "documents",
    "search",
    "codebook",
    "code",
    "samples",
    "suggest",
    "topics",
    "retrieve",
    "agreement",
    "browse",
    "mixed",
    "matrices",
    "export",
]
# What a page may load on its first render, because it shows what needs it.
NEEDS = {"browse": {"scipy"}, "mixed": {"scipy", "altair"}}

SCRIPT = """
import json, sys
from streamlit.testing.v1 import AppTest
app, project, pages, heavy = sys.argv[1], sys.argv[2], sys.argv[3].split(","), sys.argv[4].split(",")
at = AppTest.from_file(app, default_timeout=120)
at.session_state["project_path"] = project
at.session_state["ui_language"] = "en"
at.run()
loaded = {"project": sorted(m for m in heavy if m in sys.modules)}
for page in pages:
    at.switch_page(f"ui/{page}_page.py").run()
    assert not at.exception, (page, at.exception)
    loaded[page] = sorted(m for m in heavy if m in sys.modules)
print(json.dumps(loaded))
"""


@pytest.mark.slow  # a fresh interpreter per page
def test_no_page_imports_heavy_libraries_on_its_first_render(study_demo_file):
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            SCRIPT,
            str(ROOT / "app.py"),
            str(study_demo_file),
            ",".join(PAGES),
            ",".join(HEAVY),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert loaded["project"] == []
    before: set[str] = set()
    for page in PAGES:  # each page's own imports: what it loaded beyond the pages before it
        assert set(loaded[page]) - before <= NEEDS.get(page, set()), page
        before = set(loaded[page])
    # The Agreement page computes kappa and alpha on the study's double coding: itself,
    # without scikit-learn or scipy.
    assert loaded["agreement"] == []


def test_the_server_imports_streamlit_without_plotly():
    """ui.serve (run.sh's server) imports Streamlit without the Plotly it would import for
    its chart theme; plotly still imports afterwards for what uses it (BERTopic)."""
    code = (
        "import sys; from ui import serve; serve._import_streamlit(); "
        "assert 'streamlit.web.cli' in sys.modules; "
        "print('plotly' in sys.modules); import plotly.io; print('plotly' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["False", "True"]
