"""A client for an OpenAI-compatible chat endpoint (``/v1/chat/completions``, ``/v1/models``):
Ollama, vLLM, llama.cpp's server or a hosted service. Standard library only (urllib).

Nothing here knows the project: it sends what it is given to the endpoint the user set and
returns the raw answer with its parsed parts. Every failure is one :class:`InputError` line
naming the endpoint and the problem (unreachable, timeout, HTTP status, an answer that is
not the JSON of the protocol), raised before the caller writes anything.

An API key for a hosted service is read from ``$DUIDING_LLM_API_KEY`` at call time and never
stored. Proxies named in the environment are not used: data goes to the endpoint's host only.
"""

from __future__ import annotations

import json
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import Any

from ..errors import InputError

KEY_VARIABLE = "DUIDING_LLM_API_KEY"
# no proxy from the environment ($http_proxy...): data goes to the endpoint's host, the one
# the user set and the app names, and nowhere in between
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def normalise_endpoint(endpoint: str) -> str:
    """The base URL up to and including ``/v1`` (``http://host:port/v1``), checked: http(s),
    a host, no user name or password in it (a key goes in $DUIDING_LLM_API_KEY)."""
    text = (endpoint or "").strip()
    parsed = urllib.parse.urlsplit(text)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise InputError(
            None, f"endpoint {text!r} is not an http(s) URL such as http://127.0.0.1:11434/v1"
        )
    if parsed.username or parsed.password:
        raise InputError(
            None, f"endpoint of {parsed.hostname}: no credentials in the URL; set {KEY_VARIABLE}"
        )
    path = parsed.path.rstrip("/")
    for tail in ("/chat/completions", "/models"):
        if path.endswith(tail):
            path = path[: -len(tail)]
    if not path.endswith("/v1"):
        path += "/v1"
    return urllib.parse.urlunsplit((parsed.scheme, parsed.netloc, path, "", ""))


def host_of(endpoint: str) -> str:
    """Where data goes: the endpoint's host (and port), for the UI and the records."""
    parsed = urllib.parse.urlsplit(normalise_endpoint(endpoint))
    return parsed.netloc


def is_local(endpoint: str) -> bool:
    """True when the endpoint is this machine (loopback): then nothing leaves it."""
    host = urllib.parse.urlsplit(normalise_endpoint(endpoint)).hostname or ""
    return host in ("localhost", "::1") or host.startswith("127.")


@dataclass(frozen=True)
class Reply:
    """One chat completion: the text the model wrote, the ``model`` field the server
    reported, the whole HTTP body as received, and how long the call took."""

    content: str
    model: str
    raw: str
    seconds: float


class ChatClient:
    """Calls one endpoint; ``timeout`` (seconds) bounds each request."""

    def __init__(self, endpoint: str, timeout: float = 120.0) -> None:
        self.endpoint = normalise_endpoint(endpoint)
        self.timeout = timeout

    def _request(self, path: str, body: dict | None = None) -> tuple[Any, str]:
        headers = {"Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body, ensure_ascii=False).encode("utf-8")
            headers["Content-Type"] = "application/json"
        key = os.environ.get(KEY_VARIABLE)
        if key:
            headers["Authorization"] = f"Bearer {key}"
        url = self.endpoint + path
        request = urllib.request.Request(url, data=data, headers=headers)
        try:
            with _OPENER.open(request, timeout=self.timeout) as response:
                raw = response.read().decode("utf-8", errors="replace")
        except urllib.error.HTTPError as error:
            detail = _error_detail(error)
            raise InputError(url, f"the endpoint answered HTTP {error.code}{detail}") from None
        except TimeoutError:
            raise InputError(url, f"no answer within {self.timeout:g} s (timeout)") from None
        except urllib.error.URLError as error:
            reason = error.reason
            if isinstance(reason, TimeoutError):
                raise InputError(url, f"no answer within {self.timeout:g} s (timeout)") from None
            raise InputError(url, f"endpoint unreachable ({reason})") from None
        except (ConnectionError, OSError) as error:
            raise InputError(url, f"endpoint unreachable ({error})") from None
        try:
            return json.loads(raw), raw
        except json.JSONDecodeError:
            raise InputError(url, f"the answer is not JSON: {_clip(raw)!r}") from None

    def models(self) -> list[str]:
        """The model names ``/v1/models`` lists."""
        parsed, _ = self._request("/models")
        if not isinstance(parsed, dict) or not isinstance(parsed.get("data"), list):
            raise InputError(self.endpoint + "/models", "the answer has no 'data' list of models")
        return [str(m.get("id")) for m in parsed["data"] if isinstance(m, dict)]

    def chat(self, body: dict) -> Reply:
        """Send one chat completion request (``body`` as the protocol has it) and return the
        first choice's message text with the reported model."""
        started = time.perf_counter()
        parsed, raw = self._request("/chat/completions", body)
        seconds = time.perf_counter() - started
        try:
            content = parsed["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError):
            raise InputError(
                self.endpoint + "/chat/completions",
                f"the answer has no choices[0].message.content: {_clip(raw)!r}",
            ) from None
        if not isinstance(content, str):
            raise InputError(
                self.endpoint + "/chat/completions", "the answer's message content is not text"
            )
        return Reply(content, str(parsed.get("model") or ""), raw, seconds)


def _clip(text: str, size: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= size else flat[:size] + "..."


def _error_detail(error: urllib.error.HTTPError) -> str:
    """The server's own error message, if it sent one (OpenAI style), clipped to one line."""
    try:
        body = error.read().decode("utf-8", errors="replace")
    except OSError:
        return ""
    try:
        found = json.loads(body).get("error")
        message = found.get("message") if isinstance(found, dict) else found
    except (json.JSONDecodeError, AttributeError):
        message = body
    return f": {_clip(str(message))}" if message else ""
