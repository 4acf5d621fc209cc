"""Agreement for 100 codes x 10,000 units x 3 coders (about 1 million unit-code decisions).

    .venv/bin/python benchmarks/bench_agreement.py

Times ``workbench.analysis.agreement`` (percent, Cohen's kappa for 2 coders, Krippendorff's
alpha) against the peer way of doing the same with the same libraries: one call of
``krippendorff.alpha`` on a coders x units matrix and one ``cohen_kappa_score`` per code.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from workbench.analysis.agreement import agreement
from timing import best  # this folder is on sys.path when run as a script


def data(coders: list[str], codes: int = 100, units: int = 10_000):
    rng = np.random.default_rng(7)
    truth = rng.random((codes, units)) < 0.1
    matrices, frames = {}, []
    for coder in coders:
        matrix = truth ^ (rng.random(truth.shape) < 0.03)
        matrices[coder] = matrix
        code_idx, unit_idx = np.nonzero(matrix)
        frames.append(
            pd.DataFrame(
                {"unit": unit_idx, "coder": coder, "code": [f"theme/{k:03d}" for k in code_idx]}
            )
        )
    seen = pd.DataFrame([(u, c) for c in coders for u in range(units)], columns=["unit", "coder"])
    return seen, pd.concat(frames, ignore_index=True), matrices


def main() -> None:
    import krippendorff
    from sklearn.metrics import cohen_kappa_score

    for coders in (["A", "B"], ["A", "B", "C"]):
        seen, applied, matrices = data(coders)
        agreement(seen[seen["unit"] < 50], applied[applied["unit"] < 50], coders)  # load libraries
        ours = best(lambda: agreement(seen, applied, coders))

        def peer() -> None:
            for k in range(100):
                stack = np.vstack([matrices[c][k] for c in coders]).astype(float)
                krippendorff.alpha(reliability_data=stack, level_of_measurement="nominal")
                if len(coders) == 2:
                    cohen_kappa_score(matrices["A"][k], matrices["B"][k])

        theirs = best(peer)
        print(
            f"{len(coders)} coders, 100 codes x 10,000 units: duiding {ours:.2f} s, "
            f"per-code library calls {theirs:.2f} s, ratio {ours / theirs:.2f}"
        )


if __name__ == "__main__":
    main()
