"""The command line: each command parses its arguments and calls one Project method.

The commands live with what they own (cli_project.py, cli_coding.py, cli_figures.py,
cli_samples.py, cli_assist.py: handlers and arguments); this module builds the parser from
them and runs a command.

Exit codes: 0 success, 1 bad input or project problem (one line on stderr), 2 usage error,
130 interrupted (nothing half-written: every write is one transaction).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import (
    cli_accounts,
    cli_assist,
    cli_coding,
    cli_figures,
    cli_llm,
    cli_matrices,
    cli_members,
    cli_project,
    cli_samples,
)
from .cli_base import Commands
from .errors import WorkbenchError


def _program() -> str:
    """How the user called us: ``duiding`` (the installed command) or python -m workbench."""
    name = sys.argv[0].replace("\\", "/").rsplit("/", 1)[-1] if sys.argv else ""
    return "duiding" if name == "duiding" else "python -m workbench"


def build_parser() -> argparse.ArgumentParser:
    """The parser of every command, in the order of the work (the order --help lists them)."""
    parser = argparse.ArgumentParser(
        prog=_program(),
        description="Duiding: code open answers and focus groups, linked to survey estimates.",
    )
    parser.add_argument(
        "--user",
        help="who is working, with their role in the project (default: $DUIDING_USER or "
        "login name); also accepted after the command",
    )
    command = Commands(parser.add_subparsers(dest="command", required=True, metavar="COMMAND"))
    cli_project.add_commands(command)  # init, info, import-*, segment, search, events
    cli_coding.add_commands(command)  # codebook, code, undo, retrieve
    cli_figures.add_estimate(command)
    cli_samples.add_commands(command)  # draw-sample ... coverage
    cli_figures.add_weights(command)
    cli_matrices.add_commands(command)  # matrix, words
    cli_coding.add_agreement(command)  # agreement, assign
    cli_assist.add_commands(command)  # suggest ... topic-dismiss
    cli_llm.add_commands(command)  # llm-config ... llm-calls
    cli_figures.add_export(command)
    cli_project.add_exchange(command)  # import-qdpx, demo
    cli_accounts.add_accounts(command)  # accounts DIR list/add/password/disable/enable
    cli_members.add_members(command)  # members PROJECT list/add/remove/role
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        args.handler(args)
    except WorkbenchError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\ninterrupted: nothing was half-written", file=sys.stderr)
        return 130
    return 0
