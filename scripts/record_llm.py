"""Record a real model's answers to the LLM coder's test case, for the replay server.

    .venv/bin/python scripts/record_llm.py http://127.0.0.1:8080/v1 MODEL OUT.json [N]

Sends each of the 28 answers (or the first N) of tests/fixtures/llm/case.json with the case's two codes,
exactly as the workbench does (its own client and prompt: temperature 0, seed 0), and
writes ``{"model", "answers": {text: {"raw": whole answer body}}, "recorded": {...}}``:
tests/llm_replay_server.py sends those bodies back as they were.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from workbench.assist.llm_client import ChatClient  # noqa: E402
from workbench.assist.llm_prompt import request_body  # noqa: E402
from workbench.codebook import Code  # noqa: E402


def main(endpoint: str, model: str, out: Path, limit: int | None = None) -> None:
    case = json.loads((ROOT / "tests" / "fixtures" / "llm" / "case.json").read_text())
    codes = [
        Code(k, c["path"], c["path"].split("/")[-1], None, None, c["definition"],
             c["inclusion"], c["exclusion"], c["examples"], None, k, "", True)
        for k, c in enumerate(case["codes"], 1)
    ]  # fmt: skip
    client = ChatClient(endpoint, timeout=600)
    answers, seconds, reported = {}, [], ""
    for answer in case["answers"][:limit]:
        reply = client.chat(request_body(model, codes, answer["text"], 0.0, 0))
        answers[answer["text"]] = {"raw": json.loads(reply.raw)}
        seconds.append(reply.seconds)
        reported = reply.model
        print(f"{reply.seconds:6.2f} s  {reply.content!r}", flush=True)
    recorded = {
        "endpoint": "llama.cpp llama-server",
        "models": client.models(),
        "date": time.strftime("%Y-%m-%d"),
        "seconds_per_answer": sorted(seconds)[len(seconds) // 2],
    }
    out.write_text(
        json.dumps({"model": reported, "answers": answers, "recorded": recorded}, indent=1)
    )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], Path(sys.argv[3]), int(sys.argv[4]) if sys.argv[4:] else None)
