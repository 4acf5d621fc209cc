"""The app imports models, NLP, statistics and plotting libraries only when a page uses
them: opening every page of the demo (each as it first renders) loads none of them."""

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
    "mixed",
    "matrices",
    "browse",
    "export",
]

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
def test_no_page_imports_heavy_libraries_on_its_first_render(demo_file):
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            SCRIPT,
            str(ROOT / "app.py"),
            str(demo_file),
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
    assert loaded == {page: [] for page in ["project", *PAGES]}
