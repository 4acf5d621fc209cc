"""A real HTTP server process that speaks the OpenAI chat protocol and replays recorded
answers: ``/v1/models`` and ``/v1/chat/completions`` on 127.0.0.1, one thread per request.

    python tests/llm_replay_server.py RECORDINGS.json [--log REQUESTS.jsonl]

prints ``PORT <n>`` once it listens (on a free port), then serves until killed. The
recordings file is ``{"model": reported model name, "answers": {text: answer}}``; a request
is answered with the answer of the recorded text found in its last user message (the
longest such text), wrapped as a ``chat.completion``. An answer is either the message
content (a string) or an object that makes the server misbehave as real servers do:
``{"status": 500}`` (an OpenAI error body), ``{"body": "<html>..."}`` (not JSON),
``{"delay": seconds, "content": ...}`` (slow), or ``{"raw": {...}}``: a real server's whole
answer body, recorded, sent as it was. A request matching no recorded text gets a
404 error body. Every request body is appended to the log (one JSON line), so a test can
check what the client sent.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


def _completion(model: str, content: str, prompt: str) -> dict:
    return {
        "id": f"chatcmpl-replay-{abs(hash(prompt)) % 10**12}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "system_fingerprint": "replay",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
        "usage": {
            "prompt_tokens": len(prompt.split()),
            "completion_tokens": len(content.split()),
            "total_tokens": len(prompt.split()) + len(content.split()),
        },
    }


def make_handler(recordings: dict, log: Path | None):
    model = recordings["model"]
    answers: dict = recordings["answers"]
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # quiet
            pass

        def _send(self, status: int, body: str, kind: str = "application/json") -> None:
            data = body.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _error(self, status: int, message: str) -> None:
            error = {"error": {"message": message, "type": "invalid_request_error"}}
            self._send(status, json.dumps(error))

        def do_GET(self) -> None:
            if self.path.rstrip("/") == "/v1/models":
                listed = {"object": "list", "data": [{"id": model, "object": "model"}]}
                self._send(200, json.dumps(listed))
            else:
                self._error(404, f"no route {self.path}")

        def do_POST(self) -> None:
            if self.path.rstrip("/") != "/v1/chat/completions":
                self._error(404, f"no route {self.path}")
                return
            length = int(self.headers.get("Content-Length") or 0)
            try:
                body = json.loads(self.rfile.read(length))
                prompt = [m for m in body["messages"] if m["role"] == "user"][-1]["content"]
            except (ValueError, KeyError, IndexError, TypeError):
                self._error(400, "a chat request needs messages with a user message")
                return
            if log is not None:
                with lock, log.open("a", encoding="utf-8") as handle:
                    handle.write(json.dumps(body, ensure_ascii=False) + "\n")
            found = [text for text in answers if text in prompt]
            if not found:
                self._error(404, "no recorded answer for this request")
                return
            answer = answers[max(found, key=len)]
            if isinstance(answer, str):
                answer = {"content": answer}
            time.sleep(float(answer.get("delay", 0)))
            if "status" in answer:
                self._error(int(answer["status"]), "the model failed (recorded)")
            elif "body" in answer:
                self._send(200, answer["body"], "text/html")
            elif "raw" in answer:  # a real server's whole answer, as it sent it
                self._send(200, json.dumps(answer["raw"], ensure_ascii=False))
            else:
                self._send(200, json.dumps(_completion(model, answer["content"], prompt)))

    return Handler


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("recordings", type=Path)
    parser.add_argument("--log", type=Path)
    args = parser.parse_args()
    recordings = json.loads(args.recordings.read_text(encoding="utf-8"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(recordings, args.log))
    print(f"PORT {server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    sys.exit(0)


if __name__ == "__main__":
    main()
