"""The LLM coder's cost per answer: the workbench (prompt from the codebook, HTTP, parsing,
recording, agreement) against bare urllib posting the same requests to the same server.

    .venv/bin/python benchmarks/bench_llm.py [--runs 3]
    .venv/bin/python benchmarks/bench_llm.py --endpoint http://127.0.0.1:8080/v1 --model NAME

Without ``--endpoint`` the server is the replay server of the tests (a real process on a
loopback port, answering at once), so the figures are the protocol's own overhead. With an
endpoint (a real model, e.g. llama.cpp's llama-server) it also prints seconds per answer and
the model's agreement with the case's two human coders per code (tests/fixtures/llm/).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
from llm_helpers import MODEL, case_project, recordings, replay_server  # noqa: E402


def bare(endpoint: str, bodies: list[dict]) -> float:
    """Seconds to post ``bodies`` one by one with urllib and read each answer's content."""
    started = time.perf_counter()
    for body in bodies:
        request = urllib.request.Request(
            endpoint + "/chat/completions",
            data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=600) as response:
            json.loads(response.read())["choices"][0]["message"]["content"]
    return time.perf_counter() - started


def run(endpoint: str, model: str, folder: Path, k: int) -> dict:
    with case_project(folder / f"case{k}.db") as project:
        project.llm.configure(endpoint=endpoint, model=model)
        started = time.perf_counter()
        result = project.llm.check(timeout=600)
        ours = time.perf_counter() - started
        bodies = [c["request"]["body"] for c in project.llm.calls(limit=None)]
        seconds = [c["seconds"] for c in project.llm.calls(limit=None)]
    return {
        "calls": result["calls"],
        "ours": ours,
        "bare": bare(endpoint, bodies),
        "per_call": sorted(seconds)[len(seconds) // 2],
        "codes": result["codes"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--endpoint")
    parser.add_argument("--model", default=MODEL)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for k in range(args.runs):
            if args.endpoint:
                found = run(args.endpoint, args.model, folder, k)
            else:
                with replay_server(recordings(folder)) as endpoint:
                    found = run(endpoint, args.model, folder, k)
            print(
                f"run {k + 1}: {found['calls']} answers, workbench {found['ours']:.3f} s "
                f"({found['ours'] / found['calls'] * 1000:.1f} ms/answer, median call "
                f"{found['per_call'] * 1000:.1f} ms), bare urllib {found['bare']:.3f} s, "
                f"ratio {found['ours'] / found['bare']:.2f}"
            )
            for row in found["codes"]:
                alpha = row["krippendorff_alpha"]
                print(
                    f"  {row['code']}: alpha {'-' if alpha is None else f'{alpha:.3f}'} "
                    f"(humans {row['human_alpha']:.3f}), applied {row['llm_applied']}/"
                    f"{row['units']}, {'allowed' if row['passes'] else 'refused'}"
                )


if __name__ == "__main__":
    main()
