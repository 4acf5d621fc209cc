"""Counting for matrices, pure functions over DataFrames: code x code co-occurrence, code x
group cross-tabulations (distinct units or people per cell) and word frequencies. Weighted
shares are not made here: they are the survey estimates of :mod:`workbench.estimation`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd


def cooccurrence(pairs: pd.DataFrame, key: str, codes: Sequence[str]) -> pd.DataFrame:
    """Code x code: how many distinct ``key`` values (units, people) carry both codes; the
    diagonal is each code's own count. ``pairs`` has a ``key`` and a ``code`` column; a
    missing key (a turn without a known speaker) is not counted."""
    pairs = pairs[[key, "code"]].dropna().drop_duplicates()
    order = list(codes)
    if pairs.empty:
        return pd.DataFrame(0, index=order, columns=order, dtype=np.int64)
    keys, key_index = np.unique(pairs[key].to_numpy(), return_inverse=True)
    position = {code: i for i, code in enumerate(order)}
    code_index = pairs["code"].map(position)
    known = code_index.notna().to_numpy()
    # 0/1 as floats: the product runs in BLAS (integer matmul does not), exact below 2**53
    indicator = np.zeros((len(keys), len(order)), dtype=np.float64)
    indicator[key_index[known], code_index[known].astype(int).to_numpy()] = 1.0
    table = np.rint(indicator.T @ indicator).astype(np.int64)
    return pd.DataFrame(table, index=order, columns=order)


def crosstab(
    pairs: pd.DataFrame, key: str, codes: Sequence[str], groups: Sequence[str]
) -> pd.DataFrame:
    """Code x group: how many distinct ``key`` values (units, people) of each group carry
    each code. ``pairs`` has ``key``, ``code`` and ``group`` columns; rows and columns
    come in the order given, absent ones as 0."""
    pairs = pairs[[key, "code", "group"]].dropna().drop_duplicates()
    table = (
        pairs.groupby(["code", "group"], sort=False)[key].nunique().unstack(fill_value=0)
        if not pairs.empty
        else pd.DataFrame()
    )
    return table.reindex(index=list(codes), columns=list(groups), fill_value=0).astype(np.int64)


def group_sizes(members: pd.DataFrame, key: str, groups: Sequence[str]) -> pd.Series:
    """Distinct ``key`` values (people) per ``group``, in the order of ``groups``."""
    sizes = members[[key, "group"]].dropna().drop_duplicates().groupby("group")[key].nunique()
    return sizes.reindex(list(groups), fill_value=0).astype(np.int64)


def word_counts(
    texts: Iterable[str | None], stop_words: frozenset[str], top: int = 30, min_length: int = 2
) -> pd.DataFrame:
    """The ``top`` lemmas of space-separated lemma strings, stop words and words shorter
    than ``min_length`` or without a letter left out: word, units (how many texts use it),
    count (how often in all). Ties go by units, then count, then alphabet, so the order
    is stable."""
    in_units: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for text in texts:
        if not isinstance(text, str) or not text:
            continue
        words = [
            w
            for w in text.split()
            if len(w) >= min_length and w not in stop_words and any(c.isalpha() for c in w)
        ]
        total.update(words)
        in_units.update(set(words))
    rows = sorted(total, key=lambda w: (-in_units[w], -total[w], w))[: max(int(top), 0)]
    return pd.DataFrame(
        {
            "word": rows,
            "units": [in_units[w] for w in rows],
            "count": [total[w] for w in rows],
        },
        columns=["word", "units", "count"],
    ).astype({"units": np.int64, "count": np.int64})
