"""Sign-in cost with local accounts: Argon2id hashing and checking through the accounts file,
against argon2-cffi's bare PasswordHasher doing the same work in the same run.

    .venv/bin/python benchmarks/bench_signin.py [--runs 5]

Prints the median of ``runs`` for: adding an account (one hash + one insert) vs a bare hash;
a right password (read, verify, clear failures) vs a bare verify; a wrong password and an
unknown name (each a verify + a recorded failure): these two should cost the same, so that
timing does not tell whether a name exists. Nothing here is a test.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import tempfile
import time
from pathlib import Path

from argon2 import PasswordHasher

from workbench.accounts import Accounts, SignInError

PASSWORD = "Hagelslag-op-brood-7"


def timed(call) -> float:
    started = time.perf_counter()
    with contextlib.suppress(SignInError):
        call()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    bare = PasswordHasher()
    stored = bare.hash(PASSWORD)
    rows: dict[str, list[float]] = {
        k: [] for k in ("hash", "add", "verify", "ok", "wrong", "unknown")
    }
    with tempfile.TemporaryDirectory() as folder, Accounts(Path(folder)) as accounts:
        timed(lambda: accounts.verify("warm-up", "x" * 12))  # makes the dummy hash once
        for run in range(runs):
            rows["hash"].append(timed(lambda: bare.hash(PASSWORD)))
            rows["add"].append(timed(lambda: accounts.add(f"user{run}", PASSWORD)))
            rows["verify"].append(timed(lambda: bare.verify(stored, PASSWORD)))
            rows["ok"].append(timed(lambda: accounts.verify(f"user{run}", PASSWORD)))
            rows["wrong"].append(timed(lambda: accounts.verify(f"user{run}", PASSWORD + "!")))
            rows["unknown"].append(timed(lambda: accounts.verify(f"nobody{run}", PASSWORD)))
    median = {k: statistics.median(v) * 1000 for k, v in rows.items()}
    print(
        f"argon2-cffi defaults: time_cost={bare.time_cost}, memory={bare.memory_cost} KiB, "
        f"parallelism={bare.parallelism}; median of {runs} runs"
    )
    print(
        f"add account      {median['add']:7.1f} ms   bare hash   {median['hash']:7.1f} ms   "
        f"ratio {median['add'] / median['hash']:.2f}"
    )
    print(
        f"right password   {median['ok']:7.1f} ms   bare verify {median['verify']:7.1f} ms   "
        f"ratio {median['ok'] / median['verify']:.2f}"
    )
    print(
        f"wrong password   {median['wrong']:7.1f} ms   unknown name {median['unknown']:7.1f} ms   "
        f"ratio {median['wrong'] / median['unknown']:.2f}"
    )


if __name__ == "__main__":
    main()
