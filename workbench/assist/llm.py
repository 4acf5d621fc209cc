"""The LLM coder: a large language model behind an OpenAI-compatible endpoint codes units with
the codebook, opt-in, recorded and held to the human coders' standard.

* Nothing is sent anywhere until the user sets an endpoint (the project setting
  ``llm_endpoint``, or an ``endpoint`` argument); :func:`settings` says where data goes.
* Every call is recorded with its run (``llm_calls``): the request (messages, model,
  temperature, seed), the model the server reported, the raw answer and the codes applied.
  A run is all or nothing: every call is made first, then one write records them, so an
  unreachable endpoint, a non-JSON answer or an unknown code label leaves the project as it
  was.
* :func:`check` codes the units of a blind double-coding sample (``assign_sample``);
  :func:`agreement` compares the model with each human coder there, per code (Cohen's kappa
  and Krippendorff's alpha of :mod:`workbench.analysis.agreement`: every pair (human coder,
  unit) is one item with two decisions, the model's and the human's), next to the humans'
  alpha among themselves.
* :func:`code` suggests a code in bulk only when that alpha is at or above the project's
  threshold (``llm_alpha_threshold``, default 0.667); a code below it is refused with its
  alpha named. Its codings are suggestions (source 'suggestion', coder ``llm:<model>``),
  accepted or rejected like any other. When the model has answered for every unit in scope,
  its 0/1 answers are stored as the run's model scores, for model-assisted figures.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from .. import retrieval
from ..analysis.agreement import agreement as agreement_of
from ..codebook import Code, Codebook
from ..errors import InputError
from ..store import assist as assist_sql
from ..store import codings as coding_sql
from ..store import llm as sql
from ..store import records
from ..store import samples as sample_sql
from ..units import kinds
from ..units import name as unit_name
from . import llm_prompt
from .llm_client import ChatClient, host_of, is_local, normalise_endpoint

if TYPE_CHECKING:  # pragma: no cover
    from ..core import Core

ENDPOINT, MODEL, THRESHOLD = "llm_endpoint", "llm_model", "llm_alpha_threshold"
DEFAULT_THRESHOLD = 0.667
PREFIX = "llm:"
Progress = Callable[[int, int], None]


def coder_name(model: str) -> str:
    """The coder the model's codings carry: ``llm:<model>`` (never a human coder)."""
    return f"{PREFIX}{model}"


def settings(core: Core) -> dict[str, Any]:
    """The endpoint, model and threshold in force, and where data goes (None: nowhere)."""
    stored = core.settings
    endpoint = stored.get(ENDPOINT) or None
    return {
        "endpoint": endpoint,
        "host": host_of(endpoint) if endpoint else None,
        "local": is_local(endpoint) if endpoint else None,
        "model": stored.get(MODEL) or None,
        "threshold": float(stored.get(THRESHOLD, DEFAULT_THRESHOLD)),
    }


def configure(
    core: Core,
    endpoint: str | None = None,
    model: str | None = None,
    threshold: float | None = None,
) -> dict[str, Any]:
    """Set the endpoint (an empty string clears it: nothing is sent), the model and the
    alpha threshold of the gate; one ``llm-settings`` event. Sends nothing."""
    changes: dict[str, str] = {}
    if endpoint is not None:
        changes[ENDPOINT] = normalise_endpoint(endpoint) if endpoint.strip() else ""
    if model is not None:
        changes[MODEL] = model.strip()
    if threshold is not None:
        if not -1.0 <= threshold <= 1.0:
            raise InputError(None, f"the alpha threshold must be between -1 and 1, not {threshold}")
        changes[THRESHOLD] = repr(float(threshold))
    if not changes:
        raise InputError(None, "nothing to set: give an endpoint, a model or a threshold")
    with core.write("llm-settings", "llm") as payload:
        for key, value in changes.items():
            records.set_setting(core.db, key, value)
        now = {**settings(core)}
        payload.update(endpoint=now["endpoint"], model=now["model"], threshold=now["threshold"])
    return settings(core)


def _resolve(core: Core, endpoint: str | None, model: str | None) -> tuple[str, str]:
    current = settings(core)
    endpoint = endpoint or current["endpoint"]
    model = model or current["model"]
    if not endpoint:
        raise InputError(
            None,
            "no LLM endpoint is set, so nothing is sent anywhere: set one (llm-config "
            "--endpoint URL) or pass --endpoint",
        )
    if not model:
        raise InputError(None, "no LLM model is set: set one (llm-config --model) or pass --model")
    return normalise_endpoint(endpoint), model


def _targets(core: Core, codes: Sequence[str | int] | None) -> list[Code]:
    """The codes asked about: those given, else every active code without active children
    (a parent such as 'Vormen' groups codes; its children carry the definitions)."""
    book = Codebook(core)
    if codes:
        found = [book.get(c) for c in codes]
    else:
        every = book.codes()
        parents = {c.parent_id for c in every}
        found = [c for c in every if c.id not in parents]
    if not found:
        raise InputError(None, "the codebook is empty: nothing to code with")
    return found


def _ask(
    core: Core,
    client: ChatClient,
    model: str,
    targets: Sequence[Code],
    units: Sequence[int],
    temperature: float,
    seed: int,
    progress: Progress | None,
    redact: bool = False,
) -> list[dict]:
    """One call per unit; the calls as records. Writes nothing (errors leave no trace).
    ``redact``: personal data (names, e-mail, phone and other numbers) is replaced by labels
    such as [naam] before the text leaves (workbench.privacy, as for viewers)."""
    texts = sql.unit_texts(core.db, units)
    if redact:
        from .. import privacy

        texts = {k: privacy.redact(v) for k, v in texts.items()}
    labels = [code.path for code in targets]
    known = [code.path for code in Codebook(core).codes(include_inactive=True)]
    made: list[dict] = []
    for done, segment_id in enumerate(units, 1):
        body = llm_prompt.request_body(model, targets, texts[segment_id], temperature, seed)
        reply = client.chat(body)
        applied = llm_prompt.parse(
            reply.content, labels, f"{client.endpoint}: unit {segment_id} (model {model})", known
        )
        made.append(
            {
                "segment_id": segment_id,
                "coder": coder_name(model),
                "request": {"url": client.endpoint, "body": body, "codes": labels},
                "reported_model": reply.model,
                "raw_answer": reply.raw,
                "content": reply.content,
                "labels": applied,
                "seconds": round(reply.seconds, 4),
            }
        )
        if progress is not None:
            progress(done, len(units))
    return made


def _params(client: ChatClient, model: str, listed: list[str] | None, **extra: Any) -> dict:
    return {
        "coder": "llm",
        "endpoint": client.endpoint,
        "host": host_of(client.endpoint),
        "model": model,
        "models_listed": listed,
        "prompt_version": llm_prompt.PROMPT_VERSION,
        "max_tokens": llm_prompt.MAX_TOKENS,
        **extra,
    }


def _listed(client: ChatClient) -> list[str] | None:
    """The server's model list (recorded as the model's version); None where a server does
    not offer /v1/models (an error there is not fatal: the chat call decides)."""
    try:
        return client.models()
    except InputError:
        return None


def check(
    core: Core,
    endpoint: str | None = None,
    model: str | None = None,
    codes: Sequence[str | int] | None = None,
    sample: str | None = None,
    *,
    unit: str = "units",
    temperature: float = 0.0,
    seed: int = 0,
    timeout: float = 120.0,
    progress: Progress | None = None,
    redact: bool = False,
) -> dict:
    """Code every unit of a double-coding sample with the model (recorded, no suggestions),
    then its agreement with the human coders per code and the gate (:func:`agreement`)."""
    endpoint, model = _resolve(core, endpoint, model)
    sample = sample or _newest_sample(core)
    units = sorted(sql.sample_units(core.db, sample))
    if not units:
        raise InputError(None, f"no double-coding sample named {sample!r}")
    targets = _targets(core, codes)
    client = ChatClient(endpoint, timeout)
    listed = _listed(client)
    made = _ask(core, client, model, targets, units, temperature, seed, progress, redact)
    params = _params(
        client,
        model,
        listed,
        redact=redact,
        purpose="check",
        sample=sample,
        unit=unit_name(unit),
        temperature=temperature,
        codes=[c.path for c in targets],
        codebook_version=Codebook(core).version,
    )
    with core.write("llm-code", coder_name(model)) as payload:
        run_id = assist_sql.add_run(core.db, "suggestions", params, seed, {}, payload["event_id"])
        sql.add_calls(core.db, run_id, made, payload["event_id"])
        payload.update(
            run=run_id, model=model, purpose="check", calls=len(made), suggested=0, sample=sample
        )
    return {
        "run": run_id,
        "calls": len(made),
        **agreement(core, model, [c.path for c in targets], sample, unit=unit),
    }


def _newest_sample(core: Core) -> str:
    found = sql.newest_sample(core.db)
    if found is None:
        raise InputError(
            None, "no double-coding sample: assign one (assign) and let the humans code it first"
        )
    return found


def _frames(
    core: Core, humans: list[str], paths: list[str], unit: str, units: set[int]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    seen, applied, _, _ = retrieval.agreement_tables(core, humans, paths, unit)
    return seen[seen["unit"].isin(units)], applied[applied["unit"].isin(units)]


def _safe(seen: pd.DataFrame, applied: pd.DataFrame, coders: list[str], path: str):
    try:
        return agreement_of(seen, applied, coders, [path]).per_code[0]
    except InputError:  # no pairable unit, or a coder who saw none
        return None


def agreement(
    core: Core,
    model: str | None = None,
    codes: Sequence[str | int] | None = None,
    sample: str | None = None,
    *,
    unit: str = "units",
) -> dict:
    """Per code: the model's kappa and alpha with the human coders of a double-coding
    sample (each (human, unit) pair one item), the humans' alpha among themselves, and
    whether the code passes the gate (alpha >= the project's threshold). Reads only."""
    model = model or settings(core)["model"]
    if not model:
        raise InputError(None, "no LLM model is set: set one (llm-config --model) or pass --model")
    sample = sample or _newest_sample(core)
    assigned = sql.sample_units(core.db, sample)
    if not assigned:
        raise InputError(None, f"no double-coding sample named {sample!r}")
    humans = sorted(
        {c for cs in assigned.values() for c in cs if not c.startswith((PREFIX, "model:"))}
    )
    answers = sql.newest_labels(core.db, coder_name(model), list(assigned))
    threshold = settings(core)["threshold"]
    if codes:
        paths = [Codebook(core).get(c).path for c in codes]
    else:
        asked = {p for asked, _ in answers.values() for p in asked}
        paths = [c.path for c in Codebook(core).codes(include_inactive=True) if c.path in asked]
    seen_h, applied_h = _frames(core, humans, paths, unit, set(assigned))
    rows = []
    for path in paths:
        asked = [u for u, (a, _) in answers.items() if path in a]
        said = {u for u in asked if path in answers[u][1]}
        seen, applied = [], []
        for human in humans:
            theirs = set(seen_h.loc[seen_h["coder"] == human, "unit"])
            coded = applied_h[(applied_h["coder"] == human) & (applied_h["code"] == path)]
            theirs |= set(coded["unit"])
            seen += [(f"{human}|{u}", "human") for u in theirs]
            seen += [(f"{human}|{u}", "llm") for u in asked]
            applied += [(f"{human}|{u}", "human", path) for u in set(coded["unit"])]
            applied += [(f"{human}|{u}", "llm", path) for u in said]
        pair = _safe(
            pd.DataFrame(seen, columns=["unit", "coder"]),
            pd.DataFrame(applied, columns=["unit", "coder", "code"]),
            ["llm", "human"],
            path,
        )
        among = _safe(seen_h, applied_h, humans, path) if len(humans) >= 2 else None
        alpha = pair.krippendorff_alpha if pair else None
        rows.append(
            {
                "code": path,
                "units": len(asked),
                "pairs": pair.units if pair else 0,
                "llm_applied": len(said),
                "human_applied": pair.applied.get("human", 0) if pair else 0,
                "percent_agreement": pair.percent_agreement if pair else None,
                "cohen_kappa": pair.cohen_kappa if pair else None,
                "krippendorff_alpha": alpha,
                "human_alpha": among.krippendorff_alpha if among else None,
                "passes": alpha is not None and alpha >= threshold,
            }
        )
    return {
        "model": model,
        "coder": coder_name(model),
        "sample": sample,
        "humans": humans,
        "threshold": threshold,
        "codes": rows,
    }


def _refusal(row: dict | None, path: str, sample: str, threshold: float) -> str:
    if row is None or not row["units"]:
        return f"code {path!r}: the LLM coder has not coded sample {sample!r} with it (llm-check)"
    alpha = row["krippendorff_alpha"]
    shown = "undefined (no variation)" if alpha is None else f"{alpha:.3f}"
    return (
        f"code {path!r}: the LLM coder's alpha with the human coders on sample {sample!r} is "
        f"{shown}, below the threshold {threshold:g}: not suggested by it"
    )


def code(
    core: Core,
    endpoint: str | None = None,
    model: str | None = None,
    codes: Sequence[str | int] | None = None,
    *,
    unit: str = "answers",
    limit: int | None = None,
    sample: str | None = None,
    temperature: float = 0.0,
    seed: int = 0,
    timeout: float = 120.0,
    progress: Progress | None = None,
    redact: bool = False,
) -> dict:
    """Bulk suggestions by the model for the codes that pass the gate, on units it has not
    answered for yet (the first ``limit``); one ``llm-code`` event and model run.

    With ``codes`` every one must pass (else InputError naming its alpha); without, the
    codes that pass are used and the others listed as refused."""
    endpoint, model = _resolve(core, endpoint, model)
    if limit is not None and limit < 1:
        raise InputError(None, f"the limit must be at least 1, not {limit}")
    wanted = _targets(core, codes)
    gate = agreement(core, model, [c.path for c in wanted], sample)
    by_path = {row["code"]: row for row in gate["codes"]}
    refused = [
        _refusal(by_path.get(c.path), c.path, gate["sample"], gate["threshold"])
        for c in wanted
        if not by_path.get(c.path, {}).get("passes")
    ]
    targets = [c for c in wanted if by_path.get(c.path, {}).get("passes")]
    if refused and (codes or not targets):
        raise InputError(
            None, refused[0] + (f" (and {len(refused) - 1} more)" * (len(refused) > 1))
        )
    unit, unit_kinds = unit_name(unit), kinds(unit)
    everything = coding_sql.unit_segments(core.db, unit_kinds)
    coder = coder_name(model)
    paths = [c.path for c in targets]
    before = sql.newest_labels(core.db, coder, everything)
    todo = [u for u in everything if not set(paths) <= set(before.get(u, ([], []))[0])]
    todo = todo[:limit] if limit is not None else todo
    client = ChatClient(endpoint, timeout)
    listed = _listed(client)
    made = _ask(core, client, model, targets, todo, temperature, seed, progress, redact)

    ids = {c.path: c.id for c in targets}
    human = assist_sql.unit_code_pairs(core.db, unit_kinds, ("human", "accepted", "rejected"))
    human |= assist_sql.unit_code_pairs(core.db, unit_kinds, ("suggestion",), [coder])
    proposals = [
        {"segment_id": call["segment_id"], "code_id": ids[p], "coder": coder, "score": 1.0}
        for call in made
        for p in call["labels"]
        if (call["segment_id"], ids[p]) not in human
    ]
    spans = assist_sql.unit_spans(core.db, [p["segment_id"] for p in proposals])
    for proposal in proposals:
        document_id, start, end = spans[proposal["segment_id"]]
        proposal.update(document_id=document_id, start=start, end=end, source="suggestion")
    answers = {**before, **{c["segment_id"]: (paths, c["labels"]) for c in made}}
    remaining = sum(1 for u in everything if not set(paths) <= set(answers.get(u, ([], []))[0]))
    covered = remaining == 0
    params = _params(
        client,
        model,
        listed,
        redact=redact,
        purpose="code",
        unit=unit,
        temperature=temperature,
        codes=paths,
        refused=refused,
        gate={r["code"]: r["krippendorff_alpha"] for r in gate["codes"]},
        sample=gate["sample"],
        codebook_version=Codebook(core).version,
    )
    with core.write("llm-code", coder) as payload:
        run_id = assist_sql.add_run(core.db, "suggestions", params, seed, {}, payload["event_id"])
        sql.add_calls(core.db, run_id, made, payload["event_id"])
        added = [
            i for i in assist_sql.add_coding_rows(core.db, proposals, payload["event_id"]) if i
        ]
        if covered and everything:
            for path in paths:
                values = np.array([float(path in answers[u][1]) for u in everything])
                sample_sql.add_scores(core.db, run_id, ids[path], np.asarray(everything), values)
        payload.update(
            run=run_id,
            model=model,
            purpose="code",
            calls=len(made),
            suggested=len(added),
            sample=gate["sample"],
            scores=bool(covered and everything),
        )
    return {
        "run": run_id,
        "coder": coder,
        "host": host_of(client.endpoint),
        "codes": paths,
        "refused": refused,
        "calls": len(made),
        "suggested": len(added),
        "remaining": remaining,
        "scores": bool(covered and everything),
        "seconds_per_call": round(sum(c["seconds"] for c in made) / len(made), 3) if made else None,
    }


def calls(core: Core, run: int | None = None, limit: int | None = 50) -> list[dict]:
    """The recorded calls (request, reported model, raw answer, codes applied), newest first."""
    return sql.calls(core.db, run, limit)


def runs(core: Core) -> list[dict]:
    """The LLM coder's runs (check and code), newest first."""
    return sql.runs(core.db)
