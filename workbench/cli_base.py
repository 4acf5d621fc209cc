"""What every command shares: open the project as the acting user, print a result (JSON
with --json, else its text form), report progress on a terminal."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

Handler = Callable[[argparse.Namespace], Any]


def emit(args: argparse.Namespace, result: Any, text: Callable[[Any], str] | None = None) -> None:
    if getattr(args, "json", False) or text is None:
        print(json.dumps(result, ensure_ascii=False, indent=2, default=str))
    else:
        print(text(result))


def open_project(args: argparse.Namespace):
    from .project import Project

    return Project.open(args.project, user=args.user)


def progress(args: argparse.Namespace) -> Callable[[int, int], None] | None:
    if getattr(args, "json", False) or not sys.stderr.isatty():
        return None
    return lambda done, total: print(f"\r  {done}/{total} documents", end="", file=sys.stderr)


class LazyChoices:
    """argparse ``choices`` read from ``names()`` on first use (when a value is checked or the
    help is shown), so that building the parser imports no model code: a registry that lives
    in a heavy package keeps the CLI's start-up fast."""

    def __init__(self, names: Callable[[], list[str]]):
        self._names = names

    def __contains__(self, value: object) -> bool:
        return value in self._names()

    def __iter__(self):
        return iter(self._names())


def unit_option(parser: argparse.ArgumentParser, default: str) -> None:
    """``--unit``: every name :mod:`workbench.units` accepts, the same for every command."""
    from . import units

    parser.add_argument(
        "--unit",
        default=default,
        choices=units.ACCEPTED,
        metavar="UNIT",
        help=f"{units.describe()}; or answer, turn, sentence (default: {default})",
    )
