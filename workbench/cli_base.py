"""What every command shares: how a command is added to the parser (the project argument and
--json), open the project as the acting user, print a result (JSON with --json, else its
text form), report progress on a terminal, and the options several commands declare alike."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from .progress import STAGES, Progress

Handler = Callable[[argparse.Namespace], Any]
PROJECT = ("PROJECT_FILE", "the project file (.db)")


class Commands:
    """Adds commands to the parser: ``commands(name, handler, help)`` gives the command's
    parser with the project argument (and --json) in place, so that each cli_*.py module adds
    only its commands' own arguments (in its ``add_commands`` and the like)."""

    def __init__(self, subparsers: argparse._SubParsersAction):
        self._subparsers = subparsers

    def __call__(
        self,
        name: str,
        handler: Handler,
        help: str,
        json_flag: bool = True,
        first: tuple[str, str] | None = PROJECT,
    ) -> argparse.ArgumentParser:
        """``first=None``: a command that needs no project (``models``)."""
        # help is %-formatted by argparse (so "95%%"), the description is printed as it is
        sub = self._subparsers.add_parser(name, help=help, description=help.replace("%%", "%"))
        if first is not None:
            sub.add_argument("project", metavar=first[0], help=first[1])
        if json_flag:
            json_option(sub)
        user_option(sub)
        sub.set_defaults(handler=handler)
        return sub

    def group(self, name: str, help: str, dest: str) -> Commands:
        """A command of actions (``codebook import``): each action is added like a command."""
        parser = self._subparsers.add_parser(name, help=help, description=help)
        return Commands(parser.add_subparsers(dest=dest, required=True, metavar="ACTION"))


def json_option(parser: argparse.ArgumentParser) -> None:
    """``--json``: print the result as JSON instead of its text form."""
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def user_option(parser: argparse.ArgumentParser) -> None:
    """``--user NAME`` after the command too (``code P --user vera``): who is acting, with
    that member's rights; given before the command, it counts the same."""
    parser.add_argument(
        "--user",
        default=argparse.SUPPRESS,
        help="who is working, with their role in the project (default: $DUIDING_USER or the "
        "login name)",
    )


def emit(args: argparse.Namespace, result: Any, text: Callable[[Any], str] | None = None) -> None:
    if getattr(args, "json", False) or text is None:
        print(json.dumps(result, ensure_ascii=False, indent=2, default=str))
    else:
        print(text(result))


def open_project(args: argparse.Namespace):
    from .project import Project

    return Project.open(args.project, user=args.user)


def answer(
    args: argparse.Namespace, call: Callable[[Any], Any], text: Callable[[Any], str] | None = None
) -> None:
    """Open the project, ``call(project)`` (one Project method) and print what it returns."""
    with open_project(args) as p:
        emit(args, call(p), text)


def given(args: argparse.Namespace, *names: str) -> dict[str, Any]:
    """The options ``names`` as keyword arguments of the same names (``unit=args.unit``)."""
    return {name: getattr(args, name) for name in names}


def progress(args: argparse.Namespace) -> Callable[[int, int], None] | None:
    if getattr(args, "json", False) or not sys.stderr.isatty():
        return None
    return lambda done, total: print(f"\r  {done}/{total} documents", end="", file=sys.stderr)


class StageLine:
    """A long job's stages on ``stream`` (stderr), one line each as it starts; on a
    terminal the line also counts within the stage (``train 3/12``)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self.stage: str | None = None

    def __call__(self, stage: str, done: int, total: int) -> None:
        label = f"{STAGES.get(stage, stage)}…"
        if self.tty:
            ending = "\n" if self.stage not in (None, stage) else ""
            count = f" {done}/{total}" if total else ""
            print(f"{ending}\r\033[K{label}{count}", end="", file=self.stream, flush=True)
        elif stage != self.stage:
            print(label, file=self.stream, flush=True)
        self.stage = stage

    def end(self) -> None:
        """Close a terminal's last line, so that what follows starts on its own."""
        if self.tty and self.stage is not None:
            print(file=self.stream, flush=True)


def on_terminal(stream: TextIO) -> bool:
    """True when ``stream`` is a terminal someone watches (not a pipe, a file or a script)."""
    return stream.isatty()


@contextmanager
def stages(args: argparse.Namespace) -> Iterator[Progress | None]:
    """The progress callable for a long job's stages: lines on stderr when stderr is a
    terminal; none with --json or --quiet, and none for a script or a pipe, whose stderr
    then holds only an error, on one line (stdout carries only the result either way)."""
    quiet = getattr(args, "json", False) or getattr(args, "quiet", False)
    if quiet or not on_terminal(sys.stderr):
        yield None
        return
    line = StageLine(sys.stderr)
    try:
        yield line
    finally:
        line.end()


def quiet_option(parser: argparse.ArgumentParser) -> None:
    """``--quiet``: no progress lines on stderr (--json implies it)."""
    parser.add_argument("--quiet", action="store_true", help="write no progress lines on stderr")


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


class EmbeddingChoices:
    """``--embedding``'s names for the help: the registry's (read on first use, like
    :class:`LazyChoices`, so building the parser imports no model code) and the two open
    forms ``tfidf-svd-DIM`` and ``st:FOLDER``. Every value passes argparse: the registry
    itself refuses an unknown or not-installed name when the command runs, in one line
    (exit 1) and in the same words as the Python API."""

    OPEN_FORMS = ("tfidf-svd-DIM", "st:FOLDER")

    def __contains__(self, value: object) -> bool:
        return isinstance(value, str)

    def __iter__(self):
        from .assist.models import MODELS

        return iter([*MODELS, *self.OPEN_FORMS])


def embedding_option(parser: argparse.ArgumentParser) -> None:
    """``--embedding NAME``: a model of the registry by name (the ``models`` command lists
    them, with what is installed), the same for every command that embeds."""
    parser.add_argument(
        "--embedding",
        metavar="NAME",
        choices=EmbeddingChoices(),
        help="embedding model: %(choices)s (`models` lists them and the default)",
    )


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


def choice_option(
    parser: argparse.ArgumentParser, flag: str, choices: list[str], help: str | None = None
) -> None:
    """An option among fixed ``choices``, the first of them its default."""
    parser.add_argument(flag, choices=choices, default=choices[0], help=help)


def codes_option(parser: argparse.ArgumentParser) -> None:
    """``--code PATH`` (repeatable): only these codes."""
    parser.add_argument("--code", action="append", metavar="PATH", help="only these codes")
