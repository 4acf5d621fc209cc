"""The LLM coder's protocol: the prompt built from the codebook (definitions, inclusion and
exclusion criteria, example quotes) and the one answer form it accepts back.

One request per unit: the system message holds the instructions and the codebook, the user
message the unit's text. The model answers ``{"codes": [label, ...]}`` with labels from the
codebook (the code paths); anything else is an error naming the unit, never a guess.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from ..codebook import Code
from ..errors import InputError

PROMPT_VERSION = 1
MAX_TOKENS = 200

INSTRUCTIONS = (
    "You are a careful qualitative coder. You apply a codebook to one text at a time: an "
    "open answer from a survey or one turn of a focus group. A code applies only when the "
    "text fits its definition and its inclusion criteria and none of its exclusion criteria. "
    'Reply with JSON only, in the form {"codes": ["<label>", ...]}, using only the labels '
    'of the codebook below; reply {"codes": []} when no code applies.'
)


def _code_block(code: Code) -> str:
    lines = [f"- label: {code.path}"]
    if code.label_en:
        lines.append(f"  name in English: {code.label_en}")
    for name, value in (
        ("definition", code.definition),
        ("include when", code.inclusion),
        ("exclude when", code.exclusion),
    ):
        if value and value.strip():
            lines.append(f"  {name}: {' '.join(value.split())}")
    for quote in code.examples:
        lines.append(f"  example: {json.dumps(' '.join(quote.split()), ensure_ascii=False)}")
    return "\n".join(lines)


def messages(codes: Sequence[Code], text: str) -> list[dict[str, str]]:
    """The chat messages that ask which of ``codes`` apply to ``text``."""
    codebook = "\n".join(_code_block(code) for code in codes)
    return [
        {"role": "system", "content": f"{INSTRUCTIONS}\n\nCodebook:\n{codebook}"},
        {"role": "user", "content": f'Text to code:\n"""\n{text}\n"""'},
    ]


def request_body(
    model: str, codes: Sequence[Code], text: str, temperature: float, seed: int
) -> dict[str, Any]:
    """The ``/v1/chat/completions`` body: model, messages, temperature, seed, and the answer's
    JSON schema."""
    return {
        "model": model,
        "messages": messages(codes, text),
        "temperature": temperature,
        "seed": seed,
        "max_tokens": MAX_TOKENS,
        "response_format": response_format([code.path for code in codes]),
        "stream": False,
    }


def response_format(labels: Sequence[str]) -> dict[str, Any]:
    """Structured output (OpenAI's ``json_schema``; llama.cpp, vLLM and Ollama honour it as a
    grammar): an object whose ``codes`` lists labels of the codebook only."""
    schema = {
        "type": "object",
        "properties": {
            "codes": {
                "type": "array",
                "items": {"type": "string", "enum": list(labels)},
                "maxItems": len(labels),
            }
        },
        "required": ["codes"],
        "additionalProperties": False,
    }
    return {
        "type": "json_schema",
        "json_schema": {"name": "codes", "strict": True, "schema": schema},
    }


_FENCE = re.compile(r"^```[a-zA-Z]*\s*|\s*```$")


def _clip(text: str, size: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= size else flat[:size] + "..."


def parse(content: str, labels: Sequence[str], where: str, known: Sequence[str] = ()) -> list[str]:
    """The code paths the answer applies, checked against ``labels`` (exact, or the one label
    that matches ignoring case and surrounding spaces); a code of the codebook that was not
    asked about (``known``) is left out; InputError naming ``where`` for an answer that is
    not that JSON or names a label that is no code at all."""
    text = _FENCE.sub("", content.strip())
    try:
        found = json.loads(text)
    except json.JSONDecodeError:
        start, end = text.find("{"), text.rfind("}")
        try:
            found = json.loads(text[start : end + 1]) if 0 <= start < end else None
        except json.JSONDecodeError:
            found = None
    if isinstance(found, dict):
        found = found.get("codes")
    if not isinstance(found, list) or not all(isinstance(x, str) for x in found):
        raise InputError(
            None, f'{where}: the answer is not {{"codes": [labels]}}: {_clip(content)!r}'
        )
    folded = {label.strip().casefold(): label for label in labels}
    other = {label.strip().casefold() for label in known}
    applied: list[str] = []
    for item in found:
        label = item if item in labels else folded.get(item.strip().casefold())
        if label is None and item.strip().casefold() in other:
            continue
        if label is None:
            raise InputError(
                None,
                f"{where}: the model answered the unknown code label {_clip(item)!r} "
                f"(asked: {_clip(', '.join(labels), 120)})",
            )
        if label not in applied:
            applied.append(label)
    return applied
