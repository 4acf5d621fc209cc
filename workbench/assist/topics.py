"""Topic runs of a project: fit a topic model on the stored segment embeddings, store the run,
read its topics, and decide on them (promote to a draft code, merge into a code, dismiss).

The model itself is :class:`~workbench.assist.topic_model.TopicModel` (BERTopic with the
reduction and clustering steps passed as scikit-learn style objects); a run records every
parameter of both steps with their classes (``reduction_step``, ``clustering_step`` in its
params), so :func:`rerun` can make it again from the record alone. A promoted or merged
topic's members become suggestions, never codings.

bertopic, umap, hdbscan and scikit-learn are imported inside functions only.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from ..codebook import Codebook
from ..errors import InputError
from ..progress import Progress, step
from ..store import assist as sql
from ..store import codings as coding_sql
from ..units import kinds
from ..units import name as unit_name
from . import step_registry
from .embeddings import _embed
from .models import make_backend

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from ..core import Core

STATUSES = ("open", "promoted", "merged", "dismissed")
RERUN = ("n_topics", "outliers", "fit_sample", "outlier_strategy", "map")


def _label(topic: int, keywords: list) -> str:
    """The topic number and its first 4 distinctive keywords (the number alone without)."""
    if topic == -1:
        return "outliers"
    return "_".join([str(topic), *(w for w, _ in keywords[:4])])


def _docs(rows: Sequence[tuple[int, str, str | None]]) -> list[str]:
    return [lemmas if lemmas else (text or "").lower() for _, text, lemmas in rows]


def _units(
    core: Core, unit: str, question: str | None, embedding: str | None
) -> tuple[list[int], list[str], np.ndarray, str]:
    backend = make_backend(embedding, purpose="topics")
    ids, key = _embed(core, backend, unit, 2000)
    rows = {r[0]: r for r in sql.unit_inputs(core.db, kinds(unit))}
    if question is not None:
        asked = sql.unit_questions(core.db, ids)
        if question not in set(asked.values()):
            raise InputError(None, f"no {unit} to question {question!r}")
        ids = [i for i in ids if asked.get(i) == question]
    return ids, _docs([rows[i] for i in ids]), sql.vectors(core.db, key, ids), key


def run_topics(
    core: Core,
    unit: str = "answers",
    question: str | None = None,
    embedding: str | None = None,
    min_size: int = 10,
    seed: int = 0,
    progress: Progress | None = None,
    **params: Any,
) -> dict:
    """Fit a :class:`~workbench.assist.topic_model.TopicModel` on the stored vectors of
    ``unit`` (computed once if missing) and store the run, its topics and members in one
    ``topics`` event. ``reduction`` and ``clustering`` are step objects or registered names
    (with ``reduction_params`` / ``clustering_params`` for a named step's ``__init__``)."""
    from .topic_model import TopicModel

    unit = unit_name(unit)  # "answer" and "answers" make the same run
    steps = {
        kind: step_registry.make(
            kind, params.pop(kind, default), params.pop(f"{kind}_params", None)
        )
        for kind, default in (("reduction", "knn"), ("clustering", "kmeans"))
    }
    unknown = sorted(set(params) - set(TopicModel().get_params(deep=False)))
    if unknown:
        raise InputError(
            None,
            f"unknown topic parameter {unknown[0]!r} (a step's parameters "
            "go with the step: reduction=..., clustering=... objects, or "
            "reduction_params / clustering_params for a named step)",
        )
    model = TopicModel(min_size=min_size, seed=seed, **steps, **params)
    model.prepare_steps()  # bad step parameters fail here, before vectors are computed or stored
    step(progress, "embed")
    ids, docs, X, key = _units(core, unit, question, embedding)
    step(progress, "fit")
    model.fit(docs, X)
    metrics = dict(model.metrics_)
    metrics["reassigned"] = int(np.sum((model.original_topics_ == -1) & (model.topics_ != -1)))
    run_params = {
        **model.record(),
        "unit": unit,
        "question": question,
        "embedding": key,
        "library": "bertopic",
        "bertopic": _bertopic_version(),
        "docs": "lemmas",
        "vectorizer": "CountVectorizer(nl stop words)",
    }
    topic_rows = [
        {
            "topic": t,
            "label": _label(t, model.keywords_.get(t, [])),
            "keywords": model.keywords_.get(t, []),
            "size": size,
        }
        for t, size in model.sizes_.items()
    ]
    members = [
        (
            ids[k],
            model.topics_[k],
            model.probabilities_[k],
            model.map_[k, 0],
            model.map_[k, 1],
            model.original_topics_[k],
        )
        for k in range(len(ids))
    ]
    step(progress, "save")
    with core.write("topics", key) as payload:
        run_id = sql.add_run(core.db, "topics", run_params, seed, metrics, payload["event_id"])
        sql.add_topics(core.db, run_id, topic_rows)
        sql.add_topic_members(core.db, run_id, members)
        payload.update(run=run_id, model=key, unit=unit, topics=len(topic_rows), units=len(ids))
    return {
        "run": run_id,
        "model": key,
        "unit": unit,
        "question": question,
        "units": len(ids),
        "topics": [
            {
                **{k: r[k] for k in ("topic", "label", "size")},
                "keywords": [w for w, _ in r["keywords"]],
                "members": [ids[k] for k in np.flatnonzero(model.topics_ == r["topic"])],
            }
            for r in topic_rows
        ],
        "metrics": {k: v for k, v in metrics.items() if k != "reassigned"},
        "reassigned": metrics["reassigned"],
        "params": run_params,
    }


def _bertopic_version() -> str:
    from importlib.metadata import version

    return version("bertopic")


def rerun(core: Core, run_id: int | None = None) -> dict:
    """A new run made from a stored run's record alone: the same units, embedding, seed,
    parameters and steps (re-made from their recorded classes and parameters), so the same
    topics when the stored vectors are the same."""
    run_id = _run_id(core, run_id)
    params = sql.run(core.db, run_id)["params"]
    if "reduction_step" not in params:
        raise InputError(
            None,
            f"topic run {run_id} predates recorded steps: run it again "
            f"with reduction={params.get('reduction')!r}, "
            f"clustering={params.get('clustering')!r}",
        )
    return run_topics(
        core,
        params["unit"],
        params["question"],
        params["embedding"],
        params["min_size"],
        params["seed"],
        reduction=step_registry.from_record(params["reduction_step"]),
        clustering=step_registry.from_record(_before_k_search(params["clustering_step"])),
        **{k: params[k] for k in RERUN},
        merge_similar=params.get("merge_similar"),  # runs before merging had none
    )


def _before_k_search(record: dict) -> dict:
    """A k-means or agglomerative step recorded before ``k_search`` chose k by silhouette."""
    chooses = ("KMeansClustering", "AgglomerativeClustering")
    if record["class"].rpartition(".")[2] in chooses and "k_search" not in record["params"]:
        return {**record, "params": {**record["params"], "k_search": "silhouette"}}
    return record


# -- reading -------------------------------------------------------------------------------
def _run_id(core: Core, run_id: int | None) -> int:
    if run_id is None:
        run_id = sql.latest_run(core.db, "topics")
        if run_id is None:
            raise InputError(None, "no topic run yet (run topics first)")
        return run_id
    found = sql.run(core.db, run_id)
    if found is None or found["kind"] != "topics":
        raise InputError(None, f"no topic run with id {run_id}")
    return run_id


def topics(core: Core, run_id: int | None = None, representatives: int = 3) -> list[dict]:
    """The topics of a run (newest by default) with their representative segments (members
    closest to the centroid, with text) and the run id on every row."""
    run_id = _run_id(core, run_id)
    rows = sql.topic_rows(core.db, run_id)
    members = sql.member_rows(core.db, run_id)
    best: dict[int, list[dict]] = {}
    for member in members:  # ordered by topic, probability descending
        chosen = best.setdefault(member["topic"], [])
        if len(chosen) < representatives:
            chosen.append(member)
    texts = sql.unit_texts(core.db, [m["segment_id"] for c in best.values() for m in c])
    for row in rows:
        row["representatives"] = [
            {
                "segment_id": m["segment_id"],
                "probability": m["probability"],
                "document_id": texts[m["segment_id"]]["document_id"],
                "text": texts[m["segment_id"]]["text"],
            }
            for m in best.get(row["topic"], [])
        ]
    return rows


def topic_members(core: Core, run_id: int | None = None, topic: int | None = None) -> list[dict]:
    """Members (segment_id, topic, probability, x, y, original_topic, was_outlier) of a run
    or one topic, best fitting first."""
    run_id = _run_id(core, run_id)
    rows = sql.member_rows(core.db, run_id, topic)
    for row in rows:
        row["was_outlier"] = row["topic"] == -1 or row["original_topic"] == -1
    return rows


def topics_by(core: Core, run_id: int | None, variable: str | None = None) -> pd.DataFrame:
    """Topic x variable counts of units: a survey variable (or question / stratum) for
    answers, the focus group (default for turns) or a speaker attribute for turns."""
    import pandas as pd

    run_id = _run_id(core, run_id)
    run = sql.run(core.db, run_id)
    if variable is None:
        variable = (
            "group" if kinds(run["params"].get("unit", "answers")) == ("turn",) else "question"
        )
    members = sql.member_rows(core.db, run_id)
    attributes = sql.unit_attributes(core.db, [m["segment_id"] for m in members])
    if not any(variable in a for a in attributes.values()):
        raise InputError(None, f"unknown variable {variable!r} for the units of run {run_id}")
    frame = pd.DataFrame(
        {
            "topic": [m["topic"] for m in members],
            variable: [attributes[m["segment_id"]].get(variable) for m in members],
        }
    )
    frame[variable] = frame[variable].fillna("(missing)").astype(str)
    return pd.crosstab(frame["topic"], frame[variable])


# -- decisions -----------------------------------------------------------------------------
def _topic(core: Core, run_id: int, topic: int) -> dict:
    run_id = _run_id(core, run_id)
    for row in sql.topic_rows(core.db, run_id):
        if row["topic"] == topic:
            if topic == -1:
                raise InputError(None, "the outlier topic cannot be promoted or merged")
            if row["status"] != "open":
                raise InputError(None, f"topic {topic} of run {run_id} is {row['status']} already")
            return row
    raise InputError(None, f"no topic {topic} in topic run {run_id}")


def coder_name(run_id: int) -> str:
    return f"model:topics/run{run_id}"


def _suggest_members(
    core: Core,
    run_id: int,
    topic: int,
    code_id: int,
    event_id: int,
    include_outliers: bool = True,
) -> int:
    members = [
        m
        for m in sql.member_rows(core.db, run_id, topic)
        if include_outliers or m["original_topic"] != -1
    ]
    spans = sql.unit_spans(core.db, [m["segment_id"] for m in members])
    coder = coder_name(run_id)
    old = sql.open_suggestion_ids(core.db, [coder], [code_id])
    coding_sql.remove(core.db, old, event_id)
    rows = [
        {
            "document_id": spans[m["segment_id"]][0],
            "segment_id": m["segment_id"],
            "start": spans[m["segment_id"]][1],
            "end": spans[m["segment_id"]][2],
            "code_id": code_id,
            "coder": coder,
            "source": "suggestion",
            "score": round(float(m["probability"] or 0.0), 6),
        }
        for m in members
    ]
    return len(sql.add_coding_rows(core.db, rows, event_id))


def _hand_over(
    core: Core, run_id: int, topic: int, action: str, make_code, include_outliers: bool
) -> dict:
    """One event (promote or merge): the topic's status, its code (made by ``make_code()``
    inside the same transaction), and its members as suggestions for that code."""
    with core.write(f"topic-{action}", f"run {run_id} topic {topic}") as payload:
        code = make_code()
        sql.set_topic_status(core.db, run_id, topic, action + "d", code.id)
        made = _suggest_members(core, run_id, topic, code.id, payload["event_id"], include_outliers)
        payload.update(
            run=run_id,
            topic=topic,
            code=code.id,
            path=code.path,
            suggested=made,
            include_outliers=include_outliers,
        )
    return {
        "run": run_id,
        "topic": topic,
        "code": code.path,
        "code_id": code.id,
        "suggested": made,
        "coder": coder_name(run_id),
    }


def promote(
    core: Core, run_id: int | None, topic: int, path: str, include_outliers: bool = True
) -> dict:
    """A new code from a topic: its keywords and up to 3 representative quotes as a DRAFT
    definition and examples; the topic's members become suggestions (never codings),
    without its former outliers if ``include_outliers`` is False."""
    from .topic_model import TOP_WORDS

    run_id = _run_id(core, run_id)
    row = _topic(core, run_id, topic)
    [found] = [t for t in topics(core, run_id) if t["topic"] == topic]
    words = ", ".join(w for w, _ in row["keywords"][:TOP_WORDS])
    definition = (
        f"DRAFT from topic {topic} of topic run {run_id} ({row['size']} units); "
        f"keywords: {words}. Review and rewrite before use."
    )
    examples = [r["text"][:500] for r in found["representatives"][:3]]
    return _hand_over(
        core,
        run_id,
        topic,
        "promote",
        lambda: Codebook(core).add(path, definition=definition, examples=examples),
        include_outliers,
    )


def merge_into(
    core: Core, run_id: int | None, topic: int, code: str | int, include_outliers: bool = True
) -> dict:
    """The topic's members (without its former outliers if ``include_outliers`` is False)
    become suggestions for an existing code; the topic is 'merged'."""
    run_id = _run_id(core, run_id)
    _topic(core, run_id, topic)
    target = Codebook(core).get(code)
    return _hand_over(core, run_id, topic, "merge", lambda: target, include_outliers)


def dismiss(core: Core, run_id: int | None, topic: int) -> dict:
    run_id = _run_id(core, run_id)
    _topic(core, run_id, topic)
    with core.write("topic-dismiss", f"run {run_id} topic {topic}") as payload:
        sql.set_topic_status(core.db, run_id, topic, "dismissed", None)
        payload.update(run=run_id, topic=topic)
    return {"run": run_id, "topic": topic, "status": "dismissed"}


# -- manual mode ---------------------------------------------------------------------------
def code_keywords(
    core: Core, codes: Sequence[str | int] | None = None, unit: str = "answers", top: int = 10
) -> dict[str, list[tuple[str, float]]]:
    """c-TF-IDF keywords of existing codes: per code, the lemmas of the units a human (or an
    accepted suggestion) coded with it, against one class of all the other units."""
    from bertopic.vectorizers import ClassTfidfTransformer

    from .topic_model import vectorizer as make_vectorizer

    rows = sql.unit_inputs(core.db, kinds(unit))
    if not rows:
        raise InputError(None, f"no {unit} (import and segment first)")
    docs = dict(zip([r[0] for r in rows], _docs(rows)))
    targets = (
        [Codebook(core).get(c) for c in codes] if codes is not None else Codebook(core).codes()
    )
    pairs = sql.unit_code_pairs(core.db, kinds(unit), ("human", "accepted"))
    classes: list[str] = []
    names: list[str] = []
    coded: set[int] = set()
    for code in targets:
        units = sorted(u for (u, c) in pairs if c == code.id and u in docs)
        if units:
            names.append(code.path)
            classes.append(" ".join(docs[u] for u in units))
            coded.update(units)
    if not names:
        return {}
    classes.append(" ".join(docs[u] for u in docs if u not in coded) or "_")
    vectorizer = make_vectorizer()
    counts = vectorizer.fit_transform(classes)
    weights = ClassTfidfTransformer().fit_transform(counts).toarray()
    words = vectorizer.get_feature_names_out()
    out: dict[str, list[tuple[str, float]]] = {}
    for k, name in enumerate(names):
        order = np.argsort(-weights[k], kind="stable")[:top]
        out[name] = [
            (str(words[j]), round(float(weights[k, j]), 6)) for j in order if weights[k, j] > 0
        ]
    return out
