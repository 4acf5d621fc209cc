"""The Suggestions page's LLM section: where data goes before anything is sent, the
agreement per code against the threshold, and the run button (against the replay server)."""

from __future__ import annotations

import pytest

from workbench import Project
from conftest import app_on, open_page, shown
from llm_helpers import EXCL, MODEL, REMARK, case_project, recordings, replay_server

PAGE = "ui/suggest_page.py"


def _plain(at) -> str:
    """The page's text as a reader sees it (Markdown escapes and word joiners removed)."""
    return shown(at).replace("\u2060", "").replace("\\", "")


@pytest.mark.slow  # the app under AppTest (~2.5 s)
def test_off_until_an_endpoint_is_set_and_the_host_is_named(tmp_path):
    case_project(tmp_path / "case.db").close()
    at = open_page(app_on(tmp_path / "case.db"), PAGE)
    assert "nothing is sent anywhere" in _plain(at)
    assert not [b for b in at.button if b.key in ("llm_check_button", "llm_run_button")]
    at.text_input(key="llm_endpoint").set_value("https://llm.example.org/v1")
    at.text_input(key="llm_model").set_value(MODEL)
    [save] = [b for b in at.button if b.label == "Save settings"]
    save.click().run()
    assert not at.exception
    text = _plain(at)
    assert "the texts of the answers go to llm.example.org, outside this machine" in text
    assert at.checkbox(key="llm_redact").value  # personal data replaced when it leaves
    assert "has not coded the double-coded sample yet" in text  # nothing sent so far


@pytest.mark.slow  # the app under AppTest, and a replay server process
def test_agreement_per_code_and_the_run_button(tmp_path):
    path = tmp_path / "case.db"
    with replay_server(recordings(tmp_path)) as endpoint:
        with case_project(path) as project:
            project.llm.configure(endpoint=endpoint, model=MODEL)
        at = open_page(app_on(path), PAGE)
        host = endpoint.split("//")[1].split("/")[0]
        assert f"Texts go to {host}: this machine" in _plain(at)
        assert not at.checkbox(key="llm_redact").value
        at.button(key="llm_check_button").click().run()
        assert not at.exception
        assert "20 answers of the model on the sample recorded" in _plain(at)
        [table] = [df.value for df in at.dataframe if "Alpha (model-human)" in df.value.columns]
        rows = table.set_index("Code")
        assert rows.loc[EXCL, "Bulk"] == "allowed" and rows.loc[REMARK, "Bulk"] == "refused"
        assert (
            rows.loc[EXCL, "Alpha (model-human)"] >= 0.667 > rows.loc[REMARK, "Alpha (model-human)"]
        )
        at.button(key="llm_run_button").click().run()
        assert not at.exception
        text = _plain(at)
        assert f"8 requests to {host}" in text and "Refused: code 'Vormen/Opmerkingen'" in text
    with Project.open(path) as project:
        made = project.coding.codings(sources=("suggestion",))
        assert made and {c["coder"] for c in made} == {f"llm:{MODEL}"}
