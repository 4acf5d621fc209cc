"""The LLM coder against a real HTTP server process (tests/llm_replay_server.py: the OpenAI
chat protocol over a loopback socket, replaying recorded answers): the protocol end to end,
what is recorded, the agreement gate, and bad endpoints that leave the project as it was."""

from __future__ import annotations

import json

import krippendorff
import numpy as np
import pytest

from workbench import InputError, Project
from workbench.assist.llm_client import host_of, is_local, normalise_endpoint
from workbench.store import samples as sample_sql
from conftest import answers_project, run_cli, snapshot
from llm_helpers import (
    CASE,
    EXCL,
    HERE,
    MODEL,
    REMARK,
    case_project,
    free_port,
    recordings,
    replay_server,
)


@pytest.fixture
def case(tmp_path):
    with case_project(tmp_path / "case.db") as project:
        yield project


def _by_text(project: Project, segment_id: int) -> dict:
    text = project.segment_by_id(segment_id)["text"]
    return next(a for a in CASE["answers"] if a["text"] == text)


def _model_says(answer: dict) -> set[str]:
    raw = answer["model"].strip().removeprefix("```json").removesuffix("```")
    folded = {EXCL.casefold(): EXCL, REMARK.casefold(): REMARK}
    return {folded[c.casefold()] for c in json.loads(raw)["codes"]}


def test_check_sends_the_codebook_and_records_every_call(case, tmp_path):
    log = tmp_path / "requests.jsonl"
    with replay_server(recordings(tmp_path), log) as endpoint:
        case.llm.configure(endpoint=endpoint, model=MODEL)
        result = case.llm.check(temperature=0.0, seed=11)
    sent = [json.loads(line) for line in log.read_text().splitlines()]
    assert len(sent) == result["calls"] == 20  # one request per unit of the sample
    for body in sent:
        assert body["model"] == MODEL and body["temperature"] == 0.0 and body["seed"] == 11
        system = body["messages"][0]["content"]
        for code in CASE["codes"]:  # definitions, criteria and example quotes go along
            assert code["definition"] in system and code["exclusion"] in system
            assert all(json.dumps(q, ensure_ascii=False) in system for q in code["examples"])
        schema = body["response_format"]["json_schema"]["schema"]
        assert schema["properties"]["codes"]["items"]["enum"] == [EXCL, REMARK]
    sample = {a["segment_id"] for a in case.coding.assignments()}
    texts = {case.segment_by_id(u)["text"] for u in sample}
    assert {b["messages"][1]["content"].split('"""')[1].strip() for b in sent} == texts

    calls = case.llm.calls(run=result["run"], limit=None)
    assert len(calls) == 20
    for call in calls:
        answer = _by_text(case, call["segment_id"])
        assert call["reported_model"] == CASE["reported_model"]
        assert json.loads(call["raw_answer"])["choices"][0]["message"]["content"] == answer["model"]
        assert call["content"] == answer["model"]
        assert set(call["labels"]) == _model_says(answer)  # fences and case handled
        body = call["request"]["body"]
        assert body["temperature"] == 0.0 and body["seed"] == 11 and body["messages"]
    [run] = case.llm.runs()
    assert run["params"]["models_listed"] == [CASE["reported_model"]]
    assert run["params"]["host"] == host_of(endpoint) and run["params"]["purpose"] == "check"
    assert run["seed"] == 11 and run["calls"] == 20
    # a check suggests nothing: the sample is the humans' yardstick
    assert case.coding.codings(sources=("suggestion",)) == []


def test_agreement_is_alpha_with_each_human_coder(case, tmp_path):
    with replay_server(recordings(tmp_path)) as endpoint:
        result = case.llm.check(endpoint=endpoint, model=MODEL)
    rows = {row["code"]: row for row in result["codes"]}
    assert set(rows) == {EXCL, REMARK} and result["humans"] == ["ann", "bob"]
    # computed again from the case itself: one item per (human, unit), the model's decision
    # against the human's, with the krippendorff package
    sample = {a["segment_id"] for a in case.coding.assignments()}
    for code in (EXCL, REMARK):
        model, human = [], []
        for coder in ("ann", "bob"):
            for unit in sorted(sample):
                answer = _by_text(case, unit)
                model.append(int(code in _model_says(answer)))
                human.append(int(code in answer[coder]))
        expected = krippendorff.alpha(
            reliability_data=np.array([model, human]), level_of_measurement="nominal"
        )
        assert rows[code]["krippendorff_alpha"] == pytest.approx(expected)
        assert rows[code]["pairs"] == 40
    assert rows[EXCL]["krippendorff_alpha"] >= 0.667 > rows[REMARK]["krippendorff_alpha"]
    assert rows[EXCL]["passes"] and not rows[REMARK]["passes"]
    assert rows[EXCL]["human_alpha"] == pytest.approx(1.0) and rows[REMARK]["human_alpha"] < 1.0
    again = case.llm.agreement(model=MODEL)  # read back from the record alone
    assert again == {k: v for k, v in result.items() if k not in ("run", "calls")}


def test_the_gate_refuses_a_code_below_the_threshold(case, tmp_path):
    with replay_server(recordings(tmp_path)) as endpoint:
        case.llm.configure(endpoint=endpoint, model=MODEL)
        with pytest.raises(InputError, match="llm-check"):  # not checked yet: refused
            case.llm.code(codes=[EXCL])
        case.llm.check()
        alpha = case.llm.agreement()["codes"][1]["krippendorff_alpha"]
        before = snapshot(case)
        with pytest.raises(InputError) as refused:
            case.llm.code(codes=[REMARK])
        message = str(refused.value)
        assert "\n" not in message and REMARK in message and f"{alpha:.3f}" in message
        assert "0.667" in message
        assert snapshot(case) == before  # nothing sent, nothing written

        result = case.llm.code()  # every code: the one that passes is used
        assert (
            result["codes"] == [EXCL]
            and len(result["refused"]) == 1
            and REMARK in result["refused"][0]
        )
        assert result["calls"] == 8  # the units outside the sample; the sample was answered
        assert result["scores"] and result["remaining"] == 0

        case.llm.configure(threshold=-1.0)  # the project's threshold governs
        assert case.llm.code(codes=[REMARK])["codes"] == [REMARK]


def test_suggestions_are_never_human_codings(case, tmp_path):
    with replay_server(recordings(tmp_path)) as endpoint:
        case.llm.configure(endpoint=endpoint, model=MODEL)
        case.llm.check()
        result = case.llm.code(codes=[EXCL])
    suggestions = case.coding.codings(sources=("suggestion",))
    assert len(suggestions) == result["suggested"] > 0
    sample = {a["segment_id"] for a in case.coding.assignments()}
    for s in suggestions:
        assert s["coder"] == f"llm:{MODEL}" and s["score"] == 1.0
        assert s["code_id"] == case.codebook.get(EXCL).id
        assert s["segment_id"] not in sample
        assert EXCL in _model_says(_by_text(case, s["segment_id"]))
    assert not case.coding.codings(coders=[f"llm:{MODEL}"])  # no human or accepted one
    first = suggestions[0]["id"]
    with pytest.raises(InputError, match="human coder"):
        case.suggestions.accept(first, coder=f"llm:{MODEL}")
    accepted = case.suggestions.accept(first, coder="ann")
    [row] = case.coding.codings(sources=("accepted",))
    assert row["id"] == accepted and row["coder"] == "ann"
    assert case.coding.undo(coder="ann")["undid"] == "accept"
    # every unit answered: its 0/1 answers are the run's model scores, for the figures
    scores = sample_sql.scores(case.db, result["run"], case.codebook.get(EXCL).id)
    assert len(scores) == 28
    for unit, value in scores.items():
        assert value == float(EXCL in _model_says(_by_text(case, unit)))


def test_limit_codes_the_next_units_and_scores_wait_for_all(case, tmp_path):
    with replay_server(recordings(tmp_path)) as endpoint:
        case.llm.configure(endpoint=endpoint, model=MODEL)
        case.llm.check()
        first = case.llm.code(codes=[EXCL], limit=3)
        assert (first["calls"], first["remaining"], first["scores"]) == (3, 5, False)
        second = case.llm.code(codes=[EXCL])
        assert (second["calls"], second["remaining"], second["scores"]) == (5, 0, True)
        asked = [c["segment_id"] for c in case.llm.calls(limit=None)]
        assert len(asked) == len(set(asked)) == 28  # no unit asked twice


BAD = {
    "http 500": ({"status": 500}, "HTTP 500"),
    "not json": ({"body": "<html><h1>502 Bad Gateway</h1></html>"}, "not JSON"),
    "unknown label": ('{"codes": ["Vormen/Pesten"]}', "unknown code label 'Vormen/Pesten'"),
    "not the form": ("Ja, uitsluiting is van toepassing.", 'is not {"codes"'),
    "timeout": ({"delay": 3, "content": '{"codes": []}'}, "timeout"),
}


@pytest.mark.parametrize(
    "kind",
    [pytest.param(k, marks=pytest.mark.slow) if k == "timeout" else k for k in sorted(BAD)],
)
def test_a_bad_answer_leaves_the_project_as_it_was(case, tmp_path, kind):
    answer, expected = BAD[kind]
    with replay_server(recordings(tmp_path)) as endpoint:
        case.llm.configure(endpoint=endpoint, model=MODEL)
        case.llm.check()
    sample = {a["segment_id"] for a in case.coding.assignments()}
    units = [case.segments(d["id"], kind="answer")[0] for d in case.documents(kind="answer")]
    late = [u for u in units if u["id"] not in sample][-1]["text"]  # asked last
    with replay_server(recordings(tmp_path, {late: answer})) as endpoint:
        before = snapshot(case)
        with pytest.raises(InputError) as info:
            case.llm.code(endpoint=endpoint, codes=[EXCL], timeout=1.0)
    message = str(info.value)
    assert "\n" not in message and expected in message and endpoint in message
    assert snapshot(case) == before  # the calls that went well are not half-written


def test_unreachable_endpoint_and_no_endpoint(case, tmp_path):
    before = snapshot(case)
    with pytest.raises(InputError, match="nothing is sent anywhere"):
        case.llm.check(model=MODEL)
    endpoint = f"http://127.0.0.1:{free_port()}/v1"
    with pytest.raises(InputError, match="endpoint unreachable") as info:
        case.llm.check(endpoint=endpoint, model=MODEL, timeout=5)
    assert "\n" not in str(info.value) and endpoint in str(info.value)
    assert snapshot(case) == before


def test_endpoint_forms():
    assert normalise_endpoint("http://127.0.0.1:8080") == "http://127.0.0.1:8080/v1"
    assert normalise_endpoint("http://h:1/v1/chat/completions") == "http://h:1/v1"
    assert normalise_endpoint("https://api.example.org/v1/") == "https://api.example.org/v1"
    assert host_of("http://localhost:11434/v1") == "localhost:11434"
    assert is_local("http://127.0.0.1:9/v1") and not is_local("https://api.example.org/v1")
    for bad in ("ftp://h/v1", "127.0.0.1:8080", "", "http://user:secret@h/v1"):
        with pytest.raises(InputError):
            normalise_endpoint(bad)


def test_settings_are_recorded_and_send_nothing(case):
    assert case.llm.settings()["endpoint"] is None  # off until the user sets one
    found = case.llm.configure(endpoint="https://api.example.org", model="m", threshold=0.8)
    assert found["host"] == "api.example.org" and found["local"] is False
    assert found["threshold"] == 0.8
    [event] = case.events(limit=1)
    assert event["action"] == "llm-settings"
    assert case.llm.calls() == []
    case.llm.configure(endpoint="")
    assert case.llm.settings()["endpoint"] is None
    with pytest.raises(InputError, match="threshold"):
        case.llm.configure(threshold=2)


def test_cli_config_check_code_and_calls(case, tmp_path):
    path = str(case.path)
    case.close()
    with replay_server(recordings(tmp_path)) as endpoint:
        done = run_cli(["llm-config", path, "--endpoint", endpoint, "--model", MODEL])
        assert done.returncode == 0 and "data goes to 127.0.0.1" in done.stdout
        done = run_cli(["llm-check", path, "--json"])
        assert done.returncode == 0, done.stderr
        rows = {r["code"]: r for r in json.loads(done.stdout)["codes"]}
        assert rows[EXCL]["passes"] and not rows[REMARK]["passes"]
        done = run_cli(["llm-code", path, "--code", REMARK])
        assert done.returncode == 1 and done.stdout == ""
        assert done.stderr.count("\n") == 1 and "below the threshold" in done.stderr
        done = run_cli(["llm-code", path, "--code", EXCL, "--limit", "2"])
        assert done.returncode == 0 and "2 calls to 127.0.0.1" in done.stdout
        done = run_cli(["llm-agreement", path])
        assert "allowed" in done.stdout and "refused" in done.stdout
        done = run_cli(["llm-calls", path, "--limit", "3", "--json"])
        assert [c["reported_model"] for c in json.loads(done.stdout)] == [
            CASE["reported_model"]
        ] * 3


def test_its_scores_make_a_model_assisted_figure(case, tmp_path):
    """Once the model has answered for every answer, the figure of a code can be calibrated
    on its answers (two-phase, the double-coding sample as phase 2)."""
    sample = sorted({a["segment_id"] for a in case.coding.assignments()})
    for coder in ("ann", "bob"):  # read against the whole codebook: the rest does not apply
        case.samples.review(sample, coder=coder)
    with replay_server(recordings(tmp_path)) as endpoint:
        case.llm.configure(endpoint=endpoint, model=MODEL)
        case.llm.check()
        run = case.llm.code(codes=[EXCL])["run"]
    name = case.coding.assignments()[0]["sample"]
    plain = case.estimate(code=EXCL, method="sample", sample=name)
    assisted = case.estimate(code=EXCL, method="model-assisted", sample=name)
    assert assisted["model_run"] == run and "model-assisted with run" in assisted["basis"]
    assert assisted["model_agreement"]["n"] == 20
    # the model agrees with the humans on this code, so coding only a sample costs less
    assert assisted["estimates"][0]["se_phase2"] < plain["estimates"][0]["se_phase2"]


def test_redact_replaces_personal_data_before_it_leaves(tmp_path):
    texts = [
        "Mijn teamleider Jan de Vries stuurde mij een mail via jan.devries@minbzk.nl over mijn afkomst.",
        "Bel mevrouw Yilmaz op 06-12345678 als je vragen hebt over de borrel.",
    ]
    project = answers_project(
        tmp_path / "p.db", "id;stratum;antwoord", [f'r{k};a;"{t}"' for k, t in enumerate(texts)]
    )
    project.codebook.add(EXCL, definition="Buitengesloten worden vanwege afkomst.")
    project.coding.assign_sample(["ann", "bob"], 2, unit="answer", seed=1)
    log = tmp_path / "sent.jsonl"
    answers = {"stuurde mij een mail via": '{"codes": []}', "als je vragen hebt": '{"codes": []}'}
    recorded = tmp_path / "r.json"
    recorded.write_text(json.dumps({"model": "m", "answers": answers}))
    with project, replay_server(recorded, log) as endpoint:
        project.llm.check(endpoint=endpoint, model="m", redact=True)
        [run] = project.llm.runs()
        assert run["params"]["redact"] is True
    sent = " ".join(
        json.loads(line)["messages"][1]["content"] for line in log.read_text().splitlines()
    )
    for personal in ("Jan de Vries", "jan.devries@minbzk.nl", "Yilmaz", "06-12345678"):
        assert personal not in sent
    assert "[naam]" in sent and "[e-mail]" in sent and "[telefoonnummer]" in sent


def test_a_proxy_in_the_environment_is_not_used(case, tmp_path, monkeypatch):
    """Data goes to the host the page names, not through a proxy set for other programs."""
    for name in ("no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY"):
        monkeypatch.setenv(name, f"http://127.0.0.1:{free_port()}")
    with replay_server(recordings(tmp_path)) as endpoint:
        assert case.llm.check(endpoint=endpoint, model=MODEL)["calls"] == 20


def test_a_real_small_models_answers_are_refused_by_the_gate(case):
    """Gemma 3 270M (the base model that installs from PyPI) through llama.cpp's
    llama-server, recorded by scripts/record_llm.py with the workbench's own requests; the
    replay server sends its answer bodies as llama-server did. It applies every code to
    every answer, so it agrees with the humans no better than chance: both codes refused."""
    recorded = HERE / "fixtures" / "llm" / "gemma3-270m-base.json"
    with replay_server(recorded) as endpoint:
        result = case.llm.check(endpoint=endpoint, model="gemma.gguf")
        calls = case.llm.calls(limit=None)
        assert {c["reported_model"] for c in calls} == {"gemma.gguf"}
        assert all("timings" in json.loads(c["raw_answer"]) for c in calls)  # llama.cpp's own
        assert all(set(c["labels"]) == {EXCL, REMARK} for c in calls)
        for row in result["codes"]:
            assert not row["passes"]
            assert row["krippendorff_alpha"] is None or row["krippendorff_alpha"] <= 0
        before = snapshot(case)
        with pytest.raises(InputError, match="below the threshold"):
            case.llm.code(endpoint=endpoint, model="gemma.gguf", codes=[EXCL])
        assert snapshot(case) == before
