"""Commands of model assistance (models, embed, suggest, explore, suggestions, accept,
reject, topics, topic-promote, topic-merge, topic-dismiss): each parses its arguments and
calls one Project method; cli.py registers them through :func:`add_commands`. Building the
parser loads no model code (the step and model names are read only when checked or shown)."""

from __future__ import annotations

import argparse

from . import cli_text as show
from .cli_base import (
    Commands,
    LazyChoices,
    answer,
    choice_option,
    codes_option,
    embedding_option,
    given,
    quiet_option,
    stages,
    unit_option,
)
from .cli_base import emit as _print
from .cli_base import open_project as _project


def cmd_models(args: argparse.Namespace) -> None:
    from .project import Project

    _print(args, Project.models(), show.models_text)


def cmd_embed(args: argparse.Namespace) -> None:
    answer(
        args,
        lambda p: p.suggestions.store_vectors(**given(args, "unit", "embedding")),
        lambda r: (
            f"{r['units']} {r['unit']} embedded with {r['model']} "
            f"({r['computed']} computed, {r['dims']} dimensions)"
        ),
    )


def cmd_suggest(args: argparse.Namespace) -> None:
    options = given(args, "unit", "embedding", "threshold", "min_examples", "precision")
    with stages(args) as progress:
        answer(
            args,
            lambda p: p.suggestions.run(
                args.code,
                limit_per_code=args.limit,
                codebook=not args.no_codebook,
                progress=progress,
                **options,
            ),
            show.suggested,
        )


def _suggestion(r: dict) -> str:
    return f"{r['id']}\t{r['score']:.2f}\t{r['code']}\t{r['text'][:80]}"


def cmd_explore(args: argparse.Namespace) -> None:
    answer(
        args,
        lambda p: p.suggestions.explore(
            args.code, **given(args, "unit", "embedding", "limit", "strategy", "seed")
        ),
        lambda rs: (
            "\n".join(
                f"{r['segment_id']}\t{'' if r['score'] is None else format(r['score'], '.2f')}"
                f"\t{r['text'][:80]}"
                for r in rs
            )
            or "nothing left to code"
        ),
    )


def cmd_suggestions(args: argparse.Namespace) -> None:
    answer(
        args,
        lambda p: p.suggestions.queue(**given(args, "coder", "order", "code", "limit")),
        lambda rs: "\n".join(map(_suggestion, rs)) or "no open suggestions",
    )


def cmd_decide(args: argparse.Namespace) -> None:
    with _project(args) as p:
        decide = p.suggestions.accept if args.command == "accept" else p.suggestions.reject
        ids = [decide(i, coder=args.coder) for i in args.ids]
        _print(
            args, {args.command + "ed": ids}, lambda r: f"{args.command}ed {len(ids)} suggestion(s)"
        )


def _step_names(kind: str) -> list[str]:
    from .assist.step_registry import names

    return names(kind)


def cmd_topics(args: argparse.Namespace) -> None:
    from .assist.step_registry import parse_params

    options = given(
        args,
        *("unit", "question", "embedding", "min_size", "seed"),
        *("reduction", "clustering", "outliers", "n_topics"),
    )
    for kind in ("reduction", "clustering"):
        options[f"{kind}_params"] = parse_params(getattr(args, f"{kind}_param"), f"--{kind}-param")
    with stages(args) as progress:
        answer(args, lambda p: p.topics.run(progress=progress, **options), show.topics_text)


def cmd_topic_decide(args: argparse.Namespace) -> None:
    def decide(p):
        if args.command == "topic-dismiss":
            return p.topics.dismiss(args.topic, run_id=args.run)
        act = p.topics.promote if args.command == "topic-promote" else p.topics.merge
        return act(
            args.topic, args.code, run_id=args.run, include_outliers=not args.without_outliers
        )

    answer(
        args,
        decide,
        lambda r: (
            f"run {r['run']} topic {r['topic']}: "
            + (f"{r['suggested']} suggestions for {r['code']}" if "code" in r else "dismissed")
        ),
    )


def add_commands(command: Commands) -> None:
    """Register the model commands: models, embed, suggestions and topics."""
    command(
        "models",
        cmd_models,
        "the embedding models by name (--embedding NAME), with what is installed here",
        first=None,
    )
    sub = command("embed", cmd_embed, "compute and store the vectors of every unit (once)")
    unit_option(sub, "answers")
    embedding_option(sub)

    sub = command(
        "suggest",
        cmd_suggest,
        "model suggestions for uncoded units (never counted as human codings)",
    )
    quiet_option(sub)
    codes_option(sub)
    unit_option(sub, "answers")
    embedding_option(sub)
    sub.add_argument("--threshold", type=float, default=0.5, help="lowest score kept (0-1)")
    sub.add_argument("--limit", type=int, default=200, help="most suggestions per code")
    sub.add_argument(
        "--min-examples",
        type=int,
        default=10,
        help="coded units a code needs for a classifier (else similarity)",
    )
    sub.add_argument(
        "--precision",
        type=float,
        metavar="P",
        help="choose each code's threshold by cross-validation to reach this precision",
    )
    sub.add_argument(
        "--no-codebook",
        action="store_true",
        help="human codings only: leave the codebook's examples and criteria out",
    )

    sub = command(
        "explore",
        cmd_explore,
        "uncoded answers to code next: uncertain and unlike anything coded (active learning)",
    )
    codes_option(sub)
    unit_option(sub, "answers")
    embedding_option(sub)
    choice_option(
        sub,
        "--strategy",
        ["diverse", "distant", "uncertainty", "random"],
        "diverse: uncertainty x distance to the nearest coded answer x density, a varied "
        "batch (default); distant: without density",
    )
    sub.add_argument("--limit", type=int, default=20, help="how many to propose")
    sub.add_argument("--seed", type=int, default=0, help="random seed (strategy random)")

    sub = command("suggestions", cmd_suggestions, "open suggestions to review")
    sub.add_argument("--coder", help="the reviewing coder (default: --user)")
    choice_option(sub, "--order", ["confidence", "uncertainty"])
    sub.add_argument("--code", metavar="PATH")
    sub.add_argument("--limit", type=int, default=50)

    for name in ("accept", "reject"):
        sub = command(name, cmd_decide, f"{name} suggestions by id (undo reverses it)")
        sub.add_argument("ids", nargs="+", type=int, metavar="SUGGESTION_ID")
        sub.add_argument("--coder", help="whose decision (default: --user)")

    sub = command(
        "topics",
        cmd_topics,
        "topic model of the stored vectors (suggestions only after promote/merge)",
    )
    quiet_option(sub)
    unit_option(sub, "answers")
    sub.add_argument("--question", help="only the answers to this question")
    embedding_option(sub)
    sub.add_argument("--min-size", type=int, default=10, help="smallest topic")
    sub.add_argument("--seed", type=int, default=0, help="random seed (same seed, same topics)")
    for kind, default, text in (
        ("reduction", "knn", "knn: neighbour smoothing (fast default); umap: BERTopic's"),
        ("clustering", "kmeans", "kmeans (fast default); hdbscan: BERTopic's"),
    ):
        sub.add_argument(
            f"--{kind}",
            default=default,
            metavar="NAME",  # NAME: choices unread
            help=f"%(choices)s; {text} default",
            choices=LazyChoices(lambda kind=kind: _step_names(kind)),
        )
        sub.add_argument(
            f"--{kind}-param",
            action="append",
            default=[],
            metavar="KEY=VALUE",
            help=f"a parameter of the {kind} step, e.g. "
            f"{'n_neighbors=15' if kind == 'reduction' else 'n_init=10'}; "
            "repeatable",
        )
    sub.add_argument("--n-topics", type=int, help="number of topics (default: by silhouette)")
    choice_option(
        sub,
        "--outliers",
        ["reduce", "keep"],
        "hdbscan's outliers: reassign them (default) or keep topic -1",
    )
    for name, needs_code in (
        ("topic-promote", True),
        ("topic-merge", True),
        ("topic-dismiss", False),
    ):
        sub = command(name, cmd_topic_decide, f"{name.split('-')[1]} a topic of a topic run")
        sub.add_argument("topic", type=int)
        if needs_code:
            sub.add_argument("code", help="new code path (promote) or existing code (merge)")
            sub.add_argument(
                "--without-outliers",
                action="store_true",
                help="leave the topic's former outliers out of the suggestions",
            )
        sub.add_argument("--run", type=int, help="topic run id (default: the newest)")
