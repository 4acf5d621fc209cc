"""Commands of coding samples and reviews (draw-sample, extend-sample, next-to-code,
samples, review, coverage): each parses its arguments and calls one ``project.samples``
method; cli.py registers them through :func:`add_commands`."""

from __future__ import annotations

import argparse

from . import cli_text as show
from . import units
from .cli_base import Commands, answer, given
from .cli_base import emit as _print
from .cli_base import open_project as _project
from .errors import InputError


def _sizes(pairs: list[str] | None) -> dict[str, int] | None:
    if not pairs:
        return None
    sizes = {}
    for pair in pairs:
        name, sep, value = pair.rpartition("=")
        if not sep or not value.strip().isdigit():
            raise InputError(None, f"size {pair!r} must look like STRATUM=N")
        sizes[name] = int(value)
    return sizes


def cmd_draw_sample(args: argparse.Namespace) -> None:
    answer(
        args,
        lambda p: p.samples.draw(
            args.name,
            args.size,
            sizes=_sizes(args.stratum_size),
            stratify_by=[] if args.no_strata else (args.strata or ["stratum"]),
            **given(args, "allocation", "unit", "question", "seed", "pilot", "code"),
        ),
        show.sample_text,
    )


def cmd_extend_sample(args: argparse.Namespace) -> None:
    answer(
        args,
        lambda p: p.samples.extend(
            args.name,
            args.size,
            sizes=_sizes(args.stratum_size),
            **given(args, "allocation", "seed", "code", "model_run"),
        ),
        show.sample_text,
    )


def cmd_next_to_code(args: argparse.Namespace) -> None:
    with _project(args) as p:
        result = p.samples.next_to_code(
            args.name, args.size, args.code, seed=args.seed, model_run=args.model_run
        )
        result["queue"] = p.samples.queue(args.name)[: args.size]
        _print(
            args,
            result,
            lambda r: (
                show.sample_text(r) + "\nnext to code (answer "
                "segments): " + " ".join(map(str, r["queue"]))
            ),
        )


def cmd_samples(args: argparse.Namespace) -> None:
    answer(
        args,
        lambda p: [p.samples.status(args.name)] if args.name else p.samples.list(),
        lambda rs: "\n".join(map(show.sample_text, rs)) or "no samples",
    )


def cmd_review(args: argparse.Namespace) -> None:
    def review(p) -> dict:
        segments = list(args.segment)
        if args.sample:
            segments += p.samples.queue(args.sample, coder=args.coder or p.user)
        return {"reviewed": p.samples.review(segments, coder=args.coder), "segments": len(segments)}

    answer(
        args,
        review,
        lambda r: (
            f"marked {r['reviewed']} answers as reviewed "
            f"({r['segments'] - r['reviewed']} were already)"
        ),
    )


def cmd_coverage(args: argparse.Namespace) -> None:
    answer(
        args,
        lambda p: p.samples.coverage(args.code, question=args.question, rule=args.rule),
        show.coverage_text,
    )


def add_commands(command: Commands) -> None:
    """Register the sample commands with ``command(name, handler, help)`` (cli_base.Commands)."""
    sub = command(
        "draw-sample",
        cmd_draw_sample,
        "draw a coding sample: a stratified random sample of respondents (or "
        "answers) for the coders, recorded so figures can rest on it",
    )
    sub.add_argument("name", metavar="NAME", help="a name for the sample")
    sub.add_argument("--size", type=int, help="number of units to draw")
    sub.add_argument(
        "--strata",
        action="append",
        metavar="VAR",
        help="stratify by this survey variable (repeat to cross; default: the survey's strata)",
    )
    sub.add_argument("--no-strata", action="store_true", help="a simple random sample")
    sub.add_argument(
        "--allocation",
        default="population",
        choices=["proportional", "population", "equal", "neyman"],
        help="how --size is spread over the strata: in proportion to the "
        "population the units stand for (summed weights; the default, which "
        "keeps small subgroups' intervals valid), to the units, equally, or "
        "neyman (from --pilot)",
    )
    sub.add_argument(
        "--stratum-size",
        action="append",
        metavar="STRATUM=N",
        help="draw N in STRATUM (instead of --size; repeatable)",
    )
    sub.add_argument(
        "--unit",
        default="respondent",
        choices=list(units.SAMPLE_NAMES),
        metavar="UNIT",
        help="respondent (default: respondents with an answer in scope) or answer; plurals too",
    )
    sub.add_argument("--question", help="only respondents who answered this question")
    sub.add_argument("--seed", type=int, default=0)
    sub.add_argument(
        "--pilot",
        metavar="SAMPLE",
        help="Neyman: the coded sample whose spread per stratum sets the sizes",
    )
    sub.add_argument(
        "--code",
        action="append",
        metavar="PATH",
        help="Neyman: the code(s) whose figures the sample serves",
    )

    sub = command(
        "extend-sample",
        cmd_extend_sample,
        "draw more units into a sample (a second, recorded draw; still random)",
    )
    sub.add_argument("name", metavar="NAME")
    sub.add_argument("--size", type=int, help="number of units to add")
    sub.add_argument(
        "--allocation",
        default="population",
        choices=["proportional", "population", "equal", "neyman", "uncertainty"],
    )
    sub.add_argument("--stratum-size", action="append", metavar="STRATUM=N")
    sub.add_argument("--seed", type=int, default=1)
    sub.add_argument(
        "--code",
        action="append",
        metavar="PATH",
        help="neyman / uncertainty: the code(s) whose figures should improve",
    )
    sub.add_argument("--model-run", type=int, metavar="RUN")

    sub = command(
        "next-to-code",
        cmd_next_to_code,
        "which answers to code next to narrow a figure's CI most: extends the "
        "sample where the model is unsure and weights are large (still random)",
    )
    sub.add_argument("name", metavar="SAMPLE")
    sub.add_argument("--code", action="append", required=True, metavar="PATH")
    sub.add_argument("--size", type=int, default=50)
    sub.add_argument("--model-run", type=int, metavar="RUN")
    sub.add_argument("--seed", type=int, default=1)

    sub = command(
        "samples", cmd_samples, "coding samples: frame, draws, drawn and reviewed per stratum"
    )
    sub.add_argument("name", metavar="NAME", nargs="?", help="only this sample")

    sub = command(
        "review",
        cmd_review,
        "mark answers as read against the whole codebook (the codes not applied do not apply)",
    )
    sub.add_argument("segment", metavar="SEGMENT", type=int, nargs="*", help="answer segment ids")
    sub.add_argument(
        "--sample", metavar="NAME", help="every answer of this sample not yet reviewed by the coder"
    )
    sub.add_argument("--coder", help="who reviewed (default: --user)")

    sub = command(
        "coverage",
        cmd_coverage,
        "how many answers a human has coded or reviewed for a code, per sample",
    )
    sub.add_argument("--code", required=True, metavar="PATH")
    sub.add_argument("--question")
    sub.add_argument("--rule", default="consensus")
