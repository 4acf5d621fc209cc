"""How well the respondents stand for the population: their distribution per variable
against known population shares, unweighted and under each set of weights. This is how
sample bias is detected (unweighted vs population) and shown to be corrected (weighted)."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd


def compare_to_population(
    data: pd.DataFrame, margins: Mapping[str, Mapping[str, float]], weights: Mapping[str, pd.Series]
) -> pd.DataFrame:
    """One row per (variable, value): population share, the respondents' unweighted share and
    their weighted share under each named set of weights, with the largest absolute gap.

    Shares are among respondents with a value for the variable; values not in the margins
    count in the denominator (so the shares show what is missing from the population list).
    """
    rows = []
    for variable, shares in margins.items():
        values = data[variable].astype("string")
        known = values.notna().to_numpy()
        total = float(sum(shares.values()))
        for value, share in shares.items():
            hit = (values == str(value)).fillna(False).to_numpy() & known
            row = {
                "variable": variable,
                "value": str(value),
                "population": share / total,
                "unweighted": hit.sum() / max(known.sum(), 1),
            }
            for name, w in weights.items():
                w = np.asarray(w, dtype=float)
                row[name] = float(w[hit].sum() / w[known].sum())
            rows.append(row)
    table = pd.DataFrame(rows)
    if table.empty:
        return table
    columns = ["unweighted", *weights]
    for column in columns:
        table[f"gap_{column}"] = table[column] - table["population"]
    return table
