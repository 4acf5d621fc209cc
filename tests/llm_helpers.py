"""What the LLM coder's tests share: the case (tests/fixtures/llm/case.json) as a project with
two human coders on a blind double-coding sample, and the replay server as a real process."""

from __future__ import annotations

import contextlib
import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from workbench import Project
from conftest import answers_project

HERE = Path(__file__).resolve().parent
CASE = json.loads((HERE / "fixtures" / "llm" / "case.json").read_text(encoding="utf-8"))
EXCL, REMARK = (c["path"] for c in CASE["codes"])
MODEL = "coder-model"


def case_project(path: Path, sample_size: int = 20) -> Project:
    """The case's 28 answers, its two codes, a blind double-coding sample of ``sample_size``
    coded by ann and bob as the case says."""
    rows = [f'r{k};s{k % 2};"{a["text"]}"' for k, a in enumerate(CASE["answers"])]
    project = answers_project(path, "id;stratum;antwoord", rows)
    for code in CASE["codes"]:
        project.codebook.add(
            code["path"],
            definition=code["definition"],
            inclusion=code["inclusion"],
            exclusion=code["exclusion"],
            examples=code["examples"],
        )
    project.coding.assign_sample(["ann", "bob"], sample_size, unit="answer", seed=3)
    by_text = {a["text"]: a for a in CASE["answers"]}
    for row in project.coding.assignments():
        text = project.segment_by_id(row["segment_id"])["text"]
        for code in by_text[text][row["coder"]]:
            project.coding.code_segment(row["segment_id"], code, coder=row["coder"])
    return project


def recordings(tmp: Path, changes: dict[str, object] | None = None) -> Path:
    """The case's model answers as a recordings file, with ``changes`` (text -> answer)."""
    answers = {a["text"]: a["model"] for a in CASE["answers"]}
    answers.update(changes or {})
    path = tmp / f"recordings-{len(list(tmp.glob('recordings-*')))}.json"
    path.write_text(json.dumps({"model": CASE["reported_model"], "answers": answers}))
    return path


@contextlib.contextmanager
def replay_server(recorded: Path, log: Path | None = None) -> Iterator[str]:
    """tests/llm_replay_server.py as a subprocess on a free loopback port: its endpoint."""
    command = [sys.executable, str(HERE / "llm_replay_server.py"), str(recorded)]
    if log is not None:
        command += ["--log", str(log)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        assert line.startswith("PORT "), line
        yield f"http://127.0.0.1:{int(line.split()[1])}/v1"
    finally:
        process.terminate()
        process.wait(timeout=10)


def free_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
