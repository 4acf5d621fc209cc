"""The named steps of a topic model: one table the CLI, the UI and the API choose from.

A topic run takes its reduction and clustering steps as objects (scikit-learn estimators,
as BERTopic takes ``umap_model`` and ``hdbscan_model``); this table only gives the built-in
ones a short name ("knn", "kmeans", ...) for the command line and the Topics page. A new
built-in step is a class in :mod:`workbench.assist.steps` plus one line here; a step of
one's own is passed as an object and needs neither.

A run records each step as ``{"class": "module.Class", "params": get_params()}``
(:func:`record`), from which :func:`from_record` makes the same step again.

Importing this module loads nothing heavy (no numpy, no scikit-learn): the CLI reads the
names at start-up.
"""

from __future__ import annotations

import importlib
import inspect
import json
import sys
from collections.abc import Sequence
from typing import Any

from ..errors import InputError

REDUCTIONS: dict[str, str] = {
    "knn": "NeighbourSmoothing",
    "pca": "PCAReduction",
    "umap": "UMAPReduction",
    "none": "Identity",
}
CLUSTERINGS: dict[str, str] = {
    "kmeans": "KMeansClustering",
    "hdbscan": "HDBSCANClustering",
    "agglomerative": "AgglomerativeClustering",
}
KINDS: dict[str, dict[str, str]] = {"reduction": REDUCTIONS, "clustering": CLUSTERINGS}
STEPS_MODULE = "workbench.assist.steps"
METHOD = {"reduction": "fit_transform", "clustering": "fit_predict"}


def names(kind: str) -> list[str]:
    """The registered names of one kind of step ("reduction" or "clustering")."""
    return list(KINDS[kind])


def step_class(kind: str, name: str) -> type:
    """The class registered under ``name``."""
    if name not in KINDS[kind]:
        raise InputError(None, f"{kind} must be one of {', '.join(KINDS[kind])}, not {name!r}")
    return getattr(importlib.import_module(STEPS_MODULE), KINDS[kind][name])


def make(kind: str, step: Any, params: dict[str, Any] | None = None) -> Any:
    """A step from a registered name (with ``params`` for its ``__init__``) or a step object
    as it is; an object must have ``get_params`` (so its parameters can be recorded) and
    ``fit_transform`` (a reduction) or ``fit_predict`` (a clustering)."""
    if isinstance(step, str):
        cls = step_class(kind, step)
        known = [p for p in inspect.signature(cls.__init__).parameters if p != "self"]
        unknown = sorted(set(params or {}) - set(known))
        if unknown:
            raise InputError(
                None,
                f"{kind} {step!r} has no parameter {unknown[0]!r} "
                f"(its parameters: {', '.join(known) or 'none'})",
            )
        return cls(**(params or {}))
    if params:
        raise InputError(
            None,
            f"{kind} parameters go into the step object itself, not "
            f"{kind}_params, when the step is an object",
        )
    mixin = "TransformerMixin" if kind == "reduction" else "ClusterMixin"
    for method in ("get_params", METHOD[kind]):
        if not callable(getattr(step, method, None)):
            raise InputError(
                None,
                f"the {kind} step {type(step).__name__} has no {method}() "
                f"(derive it from sklearn.base.BaseEstimator and {mixin})",
            )
    return step


def class_path(step: Any) -> str:
    return f"{type(step).__module__}.{type(step).__qualname__}"


def name_of(kind: str, step: Any) -> str:
    """The registered name of a step's class, else its ``module.Class`` path."""
    path = class_path(step)
    for name, cls in KINDS[kind].items():
        if path == f"{STEPS_MODULE}.{cls}":
            return name
    return path


def _plain(value: Any, where: str) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if hasattr(value, "item") and getattr(value, "shape", None) == ():  # a numpy scalar
        return value.item()
    if isinstance(value, (list, tuple)):
        return [_plain(v, where) for v in value]
    if isinstance(value, dict) and all(isinstance(k, str) for k in value):
        return {k: _plain(v, where) for k, v in value.items()}
    if callable(getattr(value, "get_params", None)):
        return record(value)
    raise InputError(
        None,
        f"parameter {where} = {value!r} cannot be recorded with the run "
        "(use numbers, text, lists or estimators)",
    )


def record(step: Any) -> dict[str, Any]:
    """The class and every ``__init__`` parameter of a step (``get_params(deep=False)``), as
    JSON-able values; nested estimators are recorded the same way."""
    params = step.get_params(deep=False)
    return {
        "class": class_path(step),
        "params": {k: _plain(v, f"{type(step).__name__}.{k}") for k, v in params.items()},
    }


def _is_record(value: Any) -> bool:
    return isinstance(value, dict) and set(value) == {"class", "params"}


def from_record(found: dict[str, Any]) -> Any:
    """The step a :func:`record` describes. Its class must be a scikit-learn estimator, from
    the built-in steps or a module that is already imported: a record read from a project
    file never imports new code nor makes any other kind of object."""
    from sklearn.base import BaseEstimator

    module, _, qualname = found["class"].rpartition(".")
    if module != STEPS_MODULE and module not in sys.modules:
        raise InputError(
            None,
            f"step class {found['class']} is not available: import {module or 'its module'} first",
        )
    target: Any = importlib.import_module(module)
    for part in qualname.split("."):
        target = getattr(target, part, None)
    if not isinstance(target, type):
        raise InputError(
            None,
            f"step class {found['class']} not found (a class defined "
            "inside a function cannot be re-made; define it in a module)",
        )
    if not issubclass(target, BaseEstimator):
        raise InputError(None, f"{found['class']} is not a scikit-learn estimator")
    params = {k: from_record(v) if _is_record(v) else v for k, v in found["params"].items()}
    return target(**params)


def parse_params(pairs: Sequence[str], option: str) -> dict[str, Any]:
    """``KEY=VALUE`` options as a dict; a value is read as JSON (15, 0.1, true, null, [1, 2])
    and is text otherwise (cosine)."""
    out: dict[str, Any] = {}
    for pair in pairs:
        key, sep, text = pair.partition("=")
        if not sep or not key.strip().isidentifier():
            raise InputError(
                None, f"{option}: expected KEY=VALUE, e.g. n_neighbors=15, not {pair!r}"
            )
        try:
            out[key.strip()] = json.loads(text)
        except ValueError:
            out[key.strip()] = text
    return out
