"""Commands of survey figures and of what leaves the project (estimate, weights, export):
each parses its arguments and calls one Project method; cli.py registers them through
:func:`add_estimate`, :func:`add_weights` and :func:`add_export`."""

from __future__ import annotations

import argparse
from typing import Any

from . import cli_text as show
from .cli_base import Commands, answer, choice_option, given, quiet_option, stages
from .errors import InputError
from .export import kinds as export_kinds


def _item(text: str, flag: str) -> tuple[str, list[str]]:
    """``VARIABLE=VALUE[,VALUE...]`` as (variable, values)."""
    name, sep, values = text.partition("=")
    if not sep or not name.strip() or not values.strip():
        raise InputError(None, f"{flag} {text!r} must look like VARIABLE=VALUE[,VALUE...]")
    return name.strip(), [v.strip() for v in values.split(",")]


def cmd_estimate(args: argparse.Namespace) -> None:
    proportion = _item(args.proportion, "--proportion") if args.proportion else None
    figure = (
        {}
        if args.code is None
        else given(args, "method", "sample", "rule", "model_run", "question")
    )
    answer(
        args,
        lambda p: p.estimate(
            proportion=proportion,
            by=args.by or [],
            rake=args.rake or [],
            **given(args, "mean", "total", "code", "ci", "weights", "among"),
            **figure,
        ),
        show.estimate_text,
    )


def cmd_weights(args: argparse.Namespace) -> None:
    answer(args, lambda p: p.survey.weights_report(), show.weights_text)


def _for(option: str) -> str:
    """The kinds that take an export option, for its flag's help: ``table/report``."""
    return "/".join(export_kinds.taking(option))


def cmd_export(args: argparse.Namespace) -> None:
    given = {
        "by": args.by,
        "codes": args.code,
        "items": args.item,
        "quasi": args.quasi,
        "k": args.k,
        "full": args.full,
        "language": args.language,
    }
    # each flag goes to the kinds that take it (the registry says which); others ignore it
    options: dict[str, Any] = {
        name: value
        for name, value in given.items()
        if value and name in export_kinds.KINDS[args.format].options
    }
    if "items" in options:
        options["items"] = [_item(i, "--item") for i in options["items"]]
    with stages(args) as progress:
        answer(
            args,
            lambda p: p.export(
                args.format,
                args.out,
                viewer=args.viewer,
                min_cell=args.min_cell,
                progress=progress,
                **options,
            ),
            lambda r: (
                f"wrote {r['path']} ({r['kind']}, {r['format']}; "
                f"codebook version {r['meta']['codebook_version']}, state of event "
                f"{r['meta']['last_event']}, {r['meta']['audience']})"
            ),
        )


def add_estimate(command: Commands) -> None:
    """Register estimate."""
    sub = command(
        "estimate",
        cmd_estimate,
        "weighted survey estimate with SE, 95%% CI, design effect and a group test",
    )
    what = sub.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--proportion",
        metavar="VAR=VALUE[,VALUE...]",
        help="share of respondents whose VAR is one of the values "
        "(respondents without an answer are left out)",
    )
    what.add_argument("--mean", metavar="VAR", help="mean of a numeric survey variable")
    what.add_argument("--total", metavar="VAR", help="population total of a numeric variable")
    what.add_argument(
        "--code",
        metavar="PATH",
        help="share of respondents with an open answer coded PATH or a sub-code",
    )
    choice_option(
        sub,
        "--among",
        ["all", "answered"],
        "with --code: among all respondents (default) or those who answered an open question",
    )
    sub.add_argument(
        "--by",
        action="append",
        metavar="VAR",
        help="per group of VAR, with a test of the differences (repeat to cross)",
    )
    choice_option(
        sub,
        "--ci",
        ["logit", "beta"],
        "interval for proportions: logit (default, as R) or Korn-Graubard",
    )
    choice_option(
        sub,
        "--weights",
        ["imported", "design"],
        "the imported weights (default) or design weights N_h / n_h from the imported strata",
    )
    sub.add_argument(
        "--rake",
        action="append",
        metavar="VAR",
        help="rake the weights to the imported margins of VAR (and the strata "
        "sizes) first; repeatable",
    )

    choice_option(
        sub,
        "--method",
        ["complete", "sample", "model-assisted"],
        "with --code: complete (every answer coded; refused otherwise), "
        "sample (the coded part of a coding sample, two-phase) or "
        "model-assisted (the sample calibrated on model scores)",
    )
    sub.add_argument("--sample", metavar="NAME", help="the coding sample (sample, model-assisted)")
    sub.add_argument(
        "--rule",
        default="consensus",
        metavar="RULE",
        help="which codings count: consensus (default: consensus where recorded, "
        "else any coder), any, or a coder's name",
    )
    sub.add_argument(
        "--model-run",
        type=int,
        metavar="RUN",
        help="the suggestion run whose scores assist (default: the newest)",
    )
    sub.add_argument("--question", help="only answers to this open question")


def add_weights(command: Commands) -> None:
    """Register weights."""
    command(
        "weights",
        cmd_weights,
        "weights in use and by design, and the respondents "
        "against the population margins (representativeness)",
    )


def add_export(command: Commands) -> None:
    """Register export, its flags' help naming the kinds that take each (from the registry)."""
    sub = command(
        "export",
        cmd_export,
        "write an export: coded segments, codes x subgroups "
        "table, codebook, report, REFI-QDA project or "
        "respondent-level dataset (csv, xlsx, SPSS .sav, csv + R script .zip); "
        "the file type follows OUT's suffix",
    )
    sub.add_argument(
        "--format",
        required=True,
        metavar="KIND",
        choices=list(export_kinds.KINDS),
        help=export_kinds.summary(),
    )
    sub.add_argument("out", metavar="OUT", help="the file to write")
    quiet_option(sub)
    sub.add_argument(
        "--viewer",
        action="store_true",
        help="viewer rules: quotes redacted, no respondent ids or speaker names",
    )
    sub.add_argument(
        "--min-cell",
        type=int,
        help="raise the small-cell threshold (never below the project's, at least 10)",
    )
    sub.add_argument(
        "--by",
        nargs="+",
        metavar="VARIABLE",
        help=f"{_for('by')}: survey variables to break down by",
    )
    sub.add_argument(
        "--code", nargs="+", metavar="PATH", help=f"{_for('codes')}: the themes to show"
    )
    sub.add_argument(
        "--item",
        action="append",
        metavar="VARIABLE=VALUE[,VALUE...]",
        help=f"{_for('items')}: a survey item shown next to the themes (repeatable)",
    )
    sub.add_argument(
        "--quasi",
        nargs="+",
        metavar="VARIABLE",
        help=f"{_for('quasi')}: quasi-identifiers to coarsen (default: categorical "
        "variables and the stratum)",
    )
    sub.add_argument("--k", type=int, help=f"{_for('k')}: smallest group of respondents (>= 10)")
    sub.add_argument(
        "--full",
        action="store_true",
        help=f"{_for('full')}: the researcher's full version, not anonymised (ids, values "
        "as recorded, answers unredacted; owners only)",
    )
    sub.add_argument(
        "--language",
        choices=("nl", "en"),
        help=f"{_for('language')}: the language of headings, tables and the method "
        "(default: the project's language)",
    )
