"""Commands of matrices and word counts (matrix, words): each parses its arguments and calls
one Project method; cli.py registers them through :func:`add_commands`."""

from __future__ import annotations

import argparse

from . import cli_text as show
from .cli_base import Commands, answer, codes_option, unit_option


def cmd_matrix(args: argparse.Namespace) -> None:
    answer(
        args,
        lambda p: p.matrices.matrix(
            args.columns,
            args.code,
            unit=args.unit,
            out=args.out,
            figure=args.figure,
            weighted=not args.unweighted,
            min_cell=args.min_cell,
        ),
        show.matrix_text,
    )


def cmd_words(args: argparse.Namespace) -> None:
    from .matrices import words_dict  # here: building the parser must not load numpy

    answer(
        args,
        lambda p: words_dict(
            p.matrices.words(
                args.code, args.by, args.group, top=args.top, unit=args.unit, min_cell=args.min_cell
            )
        ),
        show.words_text,
    )


def _min_cell(sub: argparse.ArgumentParser) -> None:
    sub.add_argument(
        "--min-cell",
        type=int,
        help="raise the small-cell threshold (never below the project's, at least 10)",
    )


def add_commands(command: Commands) -> None:
    """Register matrix and words."""
    sub = command(
        "matrix",
        cmd_matrix,
        "codes x codes (co-occurrence) or codes x the groups of a survey variable, "
        "'focus-group' or 'speaker:ATTRIBUTE': units, people, weighted shares; small cells "
        "marked, and blanked in --out files (.png, .svg heatmap; .csv)",
    )
    sub.add_argument("--rows", choices=["codes"], default="codes", help="the rows: codes")
    sub.add_argument(
        "--columns",
        required=True,
        metavar="codes|VARIABLE",
        help="codes, a survey variable, focus-group, or speaker:ATTRIBUTE",
    )
    codes_option(sub)
    unit_option(sub, "units")
    sub.add_argument("--out", metavar="FILE", help="also write FILE (.png, .svg or .csv)")
    sub.add_argument(
        "--figure",
        default="people",
        choices=["people", "units", "size", "share", "ci_low", "ci_high"],
        help="the figure the heatmap shows (default: people)",
    )
    sub.add_argument(
        "--unweighted", action="store_true", help="counts only, no weighted shares (faster)"
    )
    _min_cell(sub)
    sub = command(
        "words",
        cmd_words,
        "the most frequent words (lemmas, stop words left out) of a code's units or of all, "
        "per group of --by",
    )
    sub.add_argument("--code", metavar="PATH", help="only units coded with this code")
    sub.add_argument(
        "--by", metavar="VARIABLE", help="per value of a survey variable, focus-group, speaker:ATTR"
    )
    sub.add_argument("--group", metavar="VALUE", help="only this value of --by")
    sub.add_argument("--top", type=int, default=30, help="words per group (default: 30)")
    unit_option(sub, "units")
    _min_cell(sub)
