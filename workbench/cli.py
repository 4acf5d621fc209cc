"""The command line: each command parses its arguments and calls one Project method.

Exit codes: 0 success, 1 bad input or project problem (one line on stderr), 2 usage error,
130 interrupted (nothing half-written: every write is one transaction).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from . import cli_samples
from . import cli_text as show
from .cli_base import Handler, LazyChoices, unit_option
from .cli_base import emit as _print
from .cli_base import open_project as _project
from .cli_base import progress as _progress
from .errors import InputError, WorkbenchError
from .export import kinds as export_kinds

DOTTED = (
    "read '.' in code names as levels ('Vormen.Grappen' = Vormen/Grappen), as "
    "Taguette writes its tree (default: on for Taguette's files only)"
)


def cmd_init(args: argparse.Namespace) -> None:
    from .project import Project

    with Project.create(args.project, name=args.name, language=args.language, user=args.user) as p:
        _print(
            args, p.info(), lambda i: f"created {i['path']} (schema version {i['schema_version']})"
        )


def cmd_info(args: argparse.Namespace) -> None:
    with _project(args) as p:
        _print(args, p.info(), show.format_counts)


def _segment_after(args: argparse.Namespace, p, result: dict) -> dict:
    if not args.no_segment:
        try:
            result["segmentation"] = p.segment(progress=_progress(args))
        except KeyboardInterrupt:
            print(
                f"\ninterrupted during segmentation: {result['file']} was imported, but not all of it is"
                f" segmented yet; run 'python -m workbench segment {args.project}' to finish it"
                " (do not import it again)",
                file=sys.stderr,
            )
            raise SystemExit(130) from None
    return result


def cmd_import_survey(args: argparse.Namespace) -> None:
    with _project(args) as p:
        result = p.import_survey(
            args.file,
            id=args.id,
            stratum=args.stratum,
            weight=args.weight,
            open=args.open or (),
            delimiter=args.delimiter,
            encoding=args.encoding,
            sheet=args.sheet,
            decimal=args.decimal,
            warm_nlp=not args.no_segment,
        )
        _print(args, _segment_after(args, p, result), show.import_done)


def cmd_import_transcript(args: argparse.Namespace) -> None:
    options = {
        "group": args.group,
        "encoding": args.encoding,
        "format": args.format,
        "speakers": args.speakers or (),
        "not_speakers": args.not_speakers or (),
    }
    with _project(args) as p:
        if args.preview:
            _print(args, p.preview_transcript(args.file, **options), show.transcript_preview)
            return
        result = p.import_transcript(args.file, **options)
        _print(args, _segment_after(args, p, result), show.import_done)


def cmd_import_speakers(args: argparse.Namespace) -> None:
    with _project(args) as p:
        _print(args, p.import_speakers(args.file), show.import_done)


def cmd_import_design(args: argparse.Namespace) -> None:
    with _project(args) as p:
        _print(
            args,
            p.import_strata(
                args.file, stratum=args.stratum, population=args.population, sampled=args.sampled
            ),
            show.import_done,
        )


def cmd_import_margins(args: argparse.Namespace) -> None:
    with _project(args) as p:
        _print(args, p.import_margins(args.file), show.import_done)


def cmd_segment(args: argparse.Namespace) -> None:
    with _project(args) as p:
        _print(
            args,
            p.segment(progress=_progress(args)),
            lambda r: (
                f"segmented {r['documents']} documents into {r['sentences']} "
                f"sentences in {r['seconds']} s"
            ),
        )


def cmd_search(args: argparse.Namespace) -> None:
    with _project(args) as p:
        hits = p.search(args.query, unit=args.unit, limit=args.limit)
        _print(
            args,
            hits,
            lambda hs: (
                "\n".join(
                    f"{h['segment_id']:>8} {h['kind']:<8} {h['title']}: {h['snippet']}" for h in hs
                )
                or "no matches"
            ),
        )


def cmd_events(args: argparse.Namespace) -> None:
    with _project(args) as p:
        _print(
            args,
            p.events(args.limit),
            lambda es: "\n".join(
                f"{e['id']:>6} {e['time'][:19]} {e['actor']:<12} {e['action']:<18} {e['target'] or ''}"
                for e in es
            ),
        )


def cmd_codebook(args: argparse.Namespace) -> None:
    with _project(args) as p:
        if args.action == "import":
            _print(
                args,
                p.codebook.import_file(
                    args.file, format=args.format, dotted_levels=args.dotted_levels
                ),
                lambda r: (
                    f"codebook version {p.codebook.version}: "
                    + ", ".join(f"{k} {v}" for k, v in r.items())
                ),
            )
        else:
            path = p.codebook.export_file(args.file, format=args.format)
            _print(
                args,
                {"file": str(path), "version": p.codebook.version},
                lambda r: f"wrote {r['file']} (codebook version {r['version']})",
            )


def cmd_code(args: argparse.Namespace) -> None:
    with _project(args) as p:
        _print(
            args,
            p.import_codings(args.file, coder=args.coder, dotted_levels=args.dotted_levels),
            show.import_done,
        )


def cmd_undo(args: argparse.Namespace) -> None:
    with _project(args) as p:
        _print(
            args,
            p.undo(coder=args.coder),
            lambda r: f"undid {r['undid']} (event {r['event']})" if r else "nothing to undo",
        )


def _filters(pairs: list[str] | None) -> dict[str, list[str]]:
    filters: dict[str, list[str]] = {}
    for pair in pairs or []:
        name, sep, values = pair.partition("=")
        if not sep or not name:
            raise InputError(None, f"filter {pair!r} must look like VARIABLE=VALUE[,VALUE...]")
        filters[name.strip()] = [v.strip() for v in values.split(",")]
    return filters


def cmd_retrieve(args: argparse.Namespace) -> None:
    with _project(args) as p:
        rows = p.retrieve(
            args.code,
            coders=args.coder,
            respondents=_filters(args.where),
            group=args.group,
            speakers=_filters(args.speaker),
            unit=args.unit,
        )
        records = rows.to_dict(orient="records")
        _print(
            args,
            records,
            lambda rs: (
                "\n".join(
                    f"{r['code']}  [{r['respondent'] or r['speaker']}] {r['text']}" for r in rs
                )
                or "no coded passages"
            ),
        )


def cmd_estimate(args: argparse.Namespace) -> None:
    proportion = _item(args.proportion, "--proportion") if args.proportion else None
    with _project(args) as p:
        figure = (
            {}
            if args.code is None
            else {
                "method": args.method,
                "sample": args.sample,
                "rule": args.rule,
                "model_run": args.model_run,
                "question": args.question,
            }
        )
        result = p.estimate(
            proportion=proportion,
            mean=args.mean,
            total=args.total,
            code=args.code,
            by=args.by or [],
            ci=args.ci,
            weights=args.weights,
            rake=args.rake or [],
            among=args.among,
            **figure,
        )
        _print(args, result, show.estimate_text)


def cmd_weights(args: argparse.Namespace) -> None:
    with _project(args) as p:
        _print(args, p.weights_report(), show.weights_text)


def cmd_agreement(args: argparse.Namespace) -> None:
    with _project(args) as p:
        report = p.agreement(args.coders, args.code, unit=args.unit)
        _print(args, report.to_dict(), lambda r: show.agreement_table(r))


def cmd_assign(args: argparse.Namespace) -> None:
    with _project(args) as p:
        result = p.assign_sample(
            args.coders, args.size, unit=args.unit, seed=args.seed, sample=args.sample
        )
        _print(
            args,
            result,
            lambda r: (
                f"assigned {len(r['units'])} {args.unit} segments to "
                f"{', '.join(r['coders'])} as {r['sample']!r}"
            ),
        )


def cmd_suggest(args: argparse.Namespace) -> None:
    with _project(args) as p:
        _print(
            args,
            p.suggest(
                args.code,
                unit=args.unit,
                embedding=args.embedding,
                threshold=args.threshold,
                limit_per_code=args.limit,
                min_examples=args.min_examples,
            ),
            show.suggested,
        )


def cmd_suggestions(args: argparse.Namespace) -> None:
    with _project(args) as p:
        rows = p.suggestion_queue(
            coder=args.coder, order=args.order, code=args.code, limit=args.limit
        )
        _print(
            args,
            rows,
            lambda rs: (
                "\n".join(f"{r['id']}\t{r['score']:.2f}\t{r['code']}\t{r['text'][:80]}" for r in rs)
                or "no open suggestions"
            ),
        )


def cmd_decide(args: argparse.Namespace) -> None:
    with _project(args) as p:
        decide = p.accept_suggestion if args.command == "accept" else p.reject_suggestion
        ids = [decide(i, coder=args.coder) for i in args.ids]
        _print(
            args, {args.command + "ed": ids}, lambda r: f"{args.command}ed {len(ids)} suggestion(s)"
        )


def _step_names(kind: str) -> list[str]:
    from .assist.step_registry import names

    return names(kind)


def cmd_topics(args: argparse.Namespace) -> None:
    from .assist.step_registry import parse_params

    steps = {
        f"{kind}_params": parse_params(getattr(args, f"{kind}_param"), f"--{kind}-param")
        for kind in ("reduction", "clustering")
    }
    with _project(args) as p:
        _print(
            args,
            p.run_topics(
                unit=args.unit,
                question=args.question,
                embedding=args.embedding,
                min_size=args.min_size,
                seed=args.seed,
                reduction=args.reduction,
                clustering=args.clustering,
                outliers=args.outliers,
                n_topics=args.n_topics,
                **steps,
            ),
            show.topics_text,
        )


def cmd_topic_decide(args: argparse.Namespace) -> None:
    with _project(args) as p:
        if args.command == "topic-promote":
            result = p.promote_topic(
                args.topic, args.code, run_id=args.run, include_outliers=not args.without_outliers
            )
        elif args.command == "topic-merge":
            result = p.merge_topic(
                args.topic, args.code, run_id=args.run, include_outliers=not args.without_outliers
            )
        else:
            result = p.dismiss_topic(args.topic, run_id=args.run)
        _print(
            args,
            result,
            lambda r: (
                f"run {r['run']} topic {r['topic']}: "
                + (f"{r['suggested']} suggestions for {r['code']}" if "code" in r else "dismissed")
            ),
        )


def cmd_demo(args: argparse.Namespace) -> None:
    from .demo import build_demo

    with build_demo(args.project, force=args.force, user=args.user, progress=_progress(args)) as p:
        _print(args, p.info(), show.format_counts)


def _item(text: str, flag: str) -> tuple[str, list[str]]:
    """``VARIABLE=VALUE[,VALUE...]`` as (variable, values)."""
    name, sep, values = text.partition("=")
    if not sep or not name.strip() or not values.strip():
        raise InputError(None, f"{flag} {text!r} must look like VARIABLE=VALUE[,VALUE...]")
    return name.strip(), [v.strip() for v in values.split(",")]


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
    }
    # each flag goes to the kinds that take it (the registry says which); others ignore it
    options: dict[str, Any] = {
        name: value
        for name, value in given.items()
        if value and name in export_kinds.KINDS[args.format].options
    }
    if "items" in options:
        options["items"] = [_item(i, "--item") for i in options["items"]]
    with _project(args) as p:
        result = p.export(
            args.format, args.out, viewer=args.viewer, min_cell=args.min_cell, **options
        )
        _print(
            args,
            result,
            lambda r: (
                f"wrote {r['path']} ({r['kind']}, {r['format']}; "
                f"codebook version {r['meta']['codebook_version']}, state of event "
                f"{r['meta']['last_event']}, {r['meta']['audience']})"
            ),
        )


def cmd_import_qdpx(args: argparse.Namespace) -> None:
    from .project import Project

    result = Project.import_qdpx(args.project, args.target, user=args.user)
    _print(args, result, show.qdpx_text)


def _program() -> str:
    """How the user called us: ``duiding`` (the installed command) or python -m workbench."""
    name = sys.argv[0].replace("\\", "/").rsplit("/", 1)[-1] if sys.argv else ""
    return "duiding" if name == "duiding" else "python -m workbench"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=_program(),
        description="Duiding: code open answers and focus groups, linked to survey estimates.",
    )
    parser.add_argument("--user", help="who is working (default: $DUIDING_USER or login name)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(
        name: str,
        handler: Handler,
        help: str,
        json_flag: bool = True,
        first: tuple[str, str] = ("PROJECT_FILE", "the project file (.db)"),
    ):
        # help is %-formatted by argparse (so "95%%"), the description is printed as it is
        sub = commands.add_parser(name, help=help, description=help.replace("%%", "%"))
        sub.add_argument("project", metavar=first[0], help=first[1])
        if json_flag:
            sub.add_argument("--json", action="store_true", help="print the result as JSON")
        sub.set_defaults(handler=handler)
        return sub

    sub = command("init", cmd_init, "create a new, empty project file")
    sub.add_argument("--name", help="the project's name (default: the file name)")
    sub.add_argument("--language", default="nl", help="language of the texts (default: nl)")

    command("info", cmd_info, "show the project's name, schema version and counts")

    sub = command(
        "import-survey",
        cmd_import_survey,
        "import respondents and open answers (csv, xlsx, sav, parquet)",
    )
    sub.add_argument("file", help="the survey file")
    sub.add_argument("--id", required=True, help="column with the respondent id")
    sub.add_argument("--stratum", required=True, help="column with the sampling stratum")
    sub.add_argument(
        "--weight",
        help="column with the survey weight (without it: 1 for "
        "everyone, until design weights come from import-design)",
    )
    sub.add_argument(
        "--open",
        action="append",
        metavar="COL",
        help="column with an open question (repeat for several)",
    )
    sub.add_argument("--delimiter", help="csv delimiter (default: detected among , ; tab)")
    sub.add_argument(
        "--encoding", help="csv encoding (default: detected: utf-8, utf-8-sig, cp1252)"
    )
    sub.add_argument("--decimal", help="decimal separator for csv numbers (default: detected)")
    sub.add_argument("--sheet", help="xlsx sheet name (default: the first)")
    sub.add_argument("--no-segment", action="store_true", help="import only; segment later")

    sub = command(
        "import-transcript",
        cmd_import_transcript,
        "import a focus-group transcript (txt, docx, vtt, srt)",
    )
    sub.add_argument("file", help="the transcript file")
    sub.add_argument("--group", help="focus group name (default: the file name without extension)")
    sub.add_argument("--encoding", help="text encoding (default: detected)")
    sub.add_argument(
        "--format",
        choices=["txt", "docx", "vtt", "srt"],
        help="file format (default: from the extension)",
    )
    sub.add_argument(
        "--speaker",
        "--speakers",
        dest="speakers",
        action="extend",
        nargs="+",
        metavar="LABEL",
        help="labels that are speakers, where the reader is unsure "
        "(repeatable; 'Vraag' also covers 'Vraag 3')",
    )
    sub.add_argument(
        "--not-speaker",
        "--not-speakers",
        dest="not_speakers",
        action="extend",
        nargs="+",
        metavar="LABEL",
        help="labels that are text of the turn before, not speakers (repeatable)",
    )
    sub.add_argument(
        "--preview",
        action="store_true",
        help="show the speakers, turns and warnings; import nothing",
    )
    sub.add_argument("--no-segment", action="store_true", help="import only; segment later")

    sub = command(
        "import-speakers",
        cmd_import_speakers,
        "set speaker attributes from a table with columns group, speaker, ...",
    )
    sub.add_argument("file", help="csv or xlsx with group, speaker and attribute columns")

    sub = command(
        "import-design",
        cmd_import_design,
        "set the population size (and number sampled) per stratum from a table",
    )
    sub.add_argument("file", help="csv or xlsx with one row per stratum")
    sub.add_argument("--stratum", required=True, help="column with the stratum")
    sub.add_argument("--population", required=True, help="column with the population size")
    sub.add_argument("--sampled", help="column with the number sampled")

    sub = command(
        "import-margins",
        cmd_import_margins,
        "set known population shares (columns variable, value, share)",
    )
    sub.add_argument("file", help="csv or xlsx with variable, value, share")

    command("segment", cmd_segment, "split new documents into sentences, lemmatise and index")

    sub = command("search", cmd_search, "full-text search over segments (words and lemmas)")
    sub.add_argument("query", help="words (all must match, inflections too) or an FTS5 query")
    unit_option(sub, "units")
    sub.add_argument("--limit", type=int, default=20, help="at most this many hits")

    sub = command("events", cmd_events, "show the audit trail, newest first")
    sub.add_argument("--limit", type=int, default=50)

    codebook = commands.add_parser(
        "codebook",
        help="import or export the codebook",
        description="import or export the codebook",
    )
    actions = codebook.add_subparsers(dest="action", required=True, metavar="ACTION")
    for action, text in (
        ("import", "add or update codes from a yaml, csv or qdc file"),
        ("export", "write the codebook as yaml, csv, qdc or md"),
    ):
        sub = actions.add_parser(action, help=text, description=text)
        sub.add_argument("project", metavar="PROJECT_FILE", help="the project file (.db)")
        sub.add_argument("file", help="the codebook file")
        sub.add_argument("--format", help="yaml, csv, qdc or md (default: from the extension)")
        if action == "import":
            sub.add_argument("--dotted-levels", action=argparse.BooleanOptionalAction, help=DOTTED)
        sub.add_argument("--json", action="store_true", help="print the result as JSON")
        sub.set_defaults(handler=cmd_codebook)

    sub = command(
        "code",
        cmd_code,
        "import codings made elsewhere from a CSV file: "
        "document or segment, start, end, code, coder; or another "
        "tool's highlights (document name, coded text, code), "
        "as Taguette and QualCoder export them",
    )
    sub.add_argument("file", help="CSV of codings")
    sub.add_argument("--coder", help="coder for rows without one")
    sub.add_argument("--dotted-levels", action=argparse.BooleanOptionalAction, help=DOTTED)

    sub = command("undo", cmd_undo, "reverse your last coding action")
    sub.add_argument("--coder", help="whose action (default: --user)")

    sub = command("retrieve", cmd_retrieve, "coded passages of a code, with filters")
    sub.add_argument("code", help="code path, e.g. 'Vormen/Opmerkingen en grappen'")
    sub.add_argument("--coder", action="append", help="only this coder's codings (repeatable)")
    sub.add_argument(
        "--where",
        action="append",
        metavar="VAR=VALUE[,VALUE]",
        help="filter on a survey variable (repeatable)",
    )
    sub.add_argument("--group", help="only this focus group")
    sub.add_argument(
        "--speaker",
        action="append",
        metavar="ATTR=VALUE[,VALUE]",
        help="filter on a speaker attribute (repeatable)",
    )
    unit_option(sub, "units")

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
    sub.add_argument(
        "--among",
        choices=["all", "answered"],
        default="all",
        help="with --code: among all respondents (default) or those who answered an open question",
    )
    sub.add_argument(
        "--by",
        action="append",
        metavar="VAR",
        help="per group of VAR, with a test of the differences (repeat to cross)",
    )
    sub.add_argument(
        "--ci",
        choices=["logit", "beta"],
        default="logit",
        help="interval for proportions: logit (default, as R) or Korn-Graubard",
    )
    sub.add_argument(
        "--weights",
        choices=["imported", "design"],
        default="imported",
        help="the imported weights (default) or design weights N_h / n_h from the imported strata",
    )
    sub.add_argument(
        "--rake",
        action="append",
        metavar="VAR",
        help="rake the weights to the imported margins of VAR (and the strata "
        "sizes) first; repeatable",
    )

    sub.add_argument(
        "--method",
        choices=["complete", "sample", "model-assisted"],
        default="complete",
        help="with --code: complete (every answer coded; refused otherwise), "
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

    cli_samples.add_commands(command)

    command(
        "weights",
        cmd_weights,
        "weights in use and by design, and the respondents "
        "against the population margins (representativeness)",
    )

    sub = command(
        "agreement",
        cmd_agreement,
        "agreement between coders per code and overall (percent, kappa, alpha)",
    )
    sub.add_argument("--coders", nargs="+", required=True, metavar="CODER")
    sub.add_argument("--code", action="append", metavar="PATH", help="only these codes")
    unit_option(sub, "units")

    sub = command("assign", cmd_assign, "assign a random sample of segments for double coding")
    sub.add_argument("--coders", nargs="+", required=True, metavar="CODER")
    sub.add_argument("--size", type=int, required=True, help="number of segments")
    unit_option(sub, "answer")
    sub.add_argument("--seed", type=int, default=0)
    sub.add_argument("--sample", help="a name for the sample")

    sub = command(
        "suggest",
        cmd_suggest,
        "model suggestions for uncoded units (never counted as human codings)",
    )
    sub.add_argument("--code", action="append", metavar="PATH", help="only these codes")
    unit_option(sub, "answers")
    sub.add_argument(
        "--embedding",
        metavar="NAME",
        help="tfidf-svd-256 (default, offline) or st:MODEL_FOLDER_OR_CACHED_NAME",
    )
    sub.add_argument("--threshold", type=float, default=0.5, help="lowest score kept (0-1)")
    sub.add_argument("--limit", type=int, default=200, help="most suggestions per code")
    sub.add_argument(
        "--min-examples",
        type=int,
        default=10,
        help="coded units a code needs for a classifier (else similarity)",
    )

    sub = command("suggestions", cmd_suggestions, "open suggestions to review")
    sub.add_argument("--coder", help="the reviewing coder (default: --user)")
    sub.add_argument("--order", choices=["confidence", "uncertainty"], default="confidence")
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
    unit_option(sub, "answers")
    sub.add_argument("--question", help="only the answers to this question")
    sub.add_argument("--embedding", metavar="NAME", help="tfidf-svd-256 (default) or st:MODEL")
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
    sub.add_argument(
        "--outliers",
        default="reduce",
        choices=["reduce", "keep"],
        help="hdbscan's outliers: reassign them (default) or keep topic -1",
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

    sub = command(
        "export",
        cmd_export,
        "write an export: coded segments, codes x subgroups "
        "table, codebook, report, REFI-QDA project or "
        "anonymised dataset; the file type follows OUT's suffix",
    )
    sub.add_argument(
        "--format",
        required=True,
        metavar="KIND",
        choices=list(export_kinds.KINDS),
        help=export_kinds.summary(),
    )
    sub.add_argument("out", metavar="OUT", help="the file to write")
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

    sub = command(
        "import-qdpx",
        cmd_import_qdpx,
        "read a REFI-QDA project (.qdpx), e.g. from ATLAS.ti, NVivo or MAXQDA, into a NEW project",
        first=("QDPX_FILE", "the REFI-QDA project to read"),
    )
    sub.add_argument("target", metavar="NEW_PROJECT_FILE", help="the project file to create")

    sub = command("demo", cmd_demo, "build the demo project from data/")
    sub.add_argument("--force", action="store_true", help="replace the file if it exists")
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
