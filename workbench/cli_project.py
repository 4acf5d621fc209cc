"""Commands of the project file and what goes into it (init, info, backup, the imports, segment,
search, events, import-qdpx, demo): each parses its arguments and calls one Project method;
cli.py registers them through :func:`add_commands` and :func:`add_exchange`."""

from __future__ import annotations

import argparse
import sys

from . import cli_text as show
from .cli_base import Commands, answer, given, quiet_option, stages, unit_option
from .cli_base import emit as _print
from .cli_base import open_project as _project
from .cli_base import progress as _progress
from .progress import Progress as Stages
from .progress import counter


def cmd_init(args: argparse.Namespace) -> None:
    from .project import Project

    with Project.create(args.project, name=args.name, language=args.language, user=args.user) as p:
        _print(
            args, p.info(), lambda i: f"created {i['path']} (schema version {i['schema_version']})"
        )


def cmd_info(args: argparse.Namespace) -> None:
    answer(args, lambda p: p.info(), show.format_counts)


def cmd_backup(args: argparse.Namespace) -> None:
    answer(
        args,
        lambda p: p.backup(args.out),
        lambda r: (
            f"backed up {r['project']} to {r['path']} ({r['bytes']:,} bytes, "
            f"up to event {r['newest_event']})"
        ),
    )


def _segment_after(
    args: argparse.Namespace, p, result: dict, progress: Stages | None = None
) -> dict:
    if not args.no_segment:
        try:
            count = counter(progress, "segment") if progress else _progress(args)
            result["segmentation"] = p.segment(progress=count)
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
    options = given(args, "id", "stratum", "weight", "delimiter", "encoding", "sheet", "decimal")
    with _project(args) as p, stages(args) as progress:
        result = p.import_survey(
            args.file,
            open=args.open or (),
            warm_nlp=not args.no_segment,
            progress=progress,
            **options,
        )
        _print(args, _segment_after(args, p, result, progress), show.import_done)


def cmd_import_transcript(args: argparse.Namespace) -> None:
    options = {
        "speakers": args.speakers or (),
        "not_speakers": args.not_speakers or (),
        **given(args, "group", "encoding", "format"),
    }
    with _project(args) as p:
        if args.preview:
            _print(args, p.preview_transcript(args.file, **options), show.transcript_preview)
            return
        with stages(args) as progress:
            result = p.import_transcript(args.file, progress=progress, **options)
            _print(args, _segment_after(args, p, result, progress), show.import_done)


def cmd_import_document(args: argparse.Namespace) -> None:
    with _project(args) as p:
        result = p.import_document(args.file, **given(args, "group"))
        _print(args, _segment_after(args, p, result), show.import_done)


def cmd_link_media(args: argparse.Namespace) -> None:
    answer(args, lambda p: p.link_media(args.group, args.file), show.media_linked)


def cmd_transcribe(args: argparse.Namespace) -> None:
    options = given(args, "group", "language")
    with _project(args) as p, stages(args) as progress:
        result = p.transcribe(args.file, progress=progress, **options)
        _print(args, _segment_after(args, p, result, progress), show.transcribed)


def cmd_import_speakers(args: argparse.Namespace) -> None:
    answer(args, lambda p: p.import_speakers(args.file), show.import_done)


def cmd_import_design(args: argparse.Namespace) -> None:
    options = given(args, "stratum", "population", "sampled")
    answer(args, lambda p: p.survey.import_strata(args.file, **options), show.import_done)


def cmd_import_margins(args: argparse.Namespace) -> None:
    answer(args, lambda p: p.survey.import_margins(args.file), show.import_done)


def cmd_segment(args: argparse.Namespace) -> None:
    answer(
        args,
        lambda p: p.segment(progress=_progress(args)),
        lambda r: (
            f"segmented {r['documents']} documents into {r['sentences']} "
            f"sentences in {r['seconds']} s"
        ),
    )


def _hit(h: dict) -> str:
    page = f" p. {h['page']}" if h.get("page") else ""
    return f"{h['segment_id']:>8} {h['kind']:<8} {h['title']}{page}: {h['snippet']}"


def _event(e: dict) -> str:
    return f"{e['id']:>6} {e['time'][:19]} {e['actor']:<12} {e['action']:<18} {e['target'] or ''}"


def cmd_search(args: argparse.Namespace) -> None:
    answer(
        args,
        lambda p: p.search(args.query, unit=args.unit, limit=args.limit),
        lambda hs: "\n".join(map(_hit, hs)) or "no matches",
    )


def cmd_events(args: argparse.Namespace) -> None:
    answer(args, lambda p: p.events(args.limit), lambda es: "\n".join(map(_event, es)))


def cmd_import_qdpx(args: argparse.Namespace) -> None:
    from .project import Project

    result = Project.import_qdpx(args.project, args.target, user=args.user)
    _print(args, result, show.qdpx_text)


def cmd_demo(args: argparse.Namespace) -> None:
    from .demo import build_demo

    with build_demo(args.project, force=args.force, user=args.user, progress=_progress(args)) as p:
        _print(args, p.info(), show.format_counts)


def _no_segment(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--no-segment", action="store_true", help="import only; segment later")


def add_commands(command: Commands) -> None:
    """Register init, info, backup, the imports, segment, search and events."""
    sub = command("init", cmd_init, "create a new, empty project file")
    sub.add_argument("--name", help="the project's name (default: the file name)")
    sub.add_argument("--language", default="nl", help="language of the texts (default: nl)")

    command("info", cmd_info, "show the project's name, schema version and counts")

    sub = command(
        "backup",
        cmd_backup,
        "copy the project to a new file, consistent while others work (SQLite online backup)",
    )
    sub.add_argument("out", help="the copy: a new file (an existing one is never overwritten)")

    sub = command(
        "import-survey",
        cmd_import_survey,
        "import respondents and open answers (csv, xlsx, sav, parquet)",
    )
    quiet_option(sub)
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
    _no_segment(sub)

    sub = command(
        "import-transcript",
        cmd_import_transcript,
        "import a focus-group transcript (txt, docx, vtt, srt)",
    )
    quiet_option(sub)
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
    _no_segment(sub)

    sub = command(
        "import-document",
        cmd_import_document,
        "import a PDF document (its text layer: one unit per paragraph, with page numbers)",
    )
    sub.add_argument("file", help="the .pdf file")
    sub.add_argument("--group", help="group it belongs to (default: the file name without .pdf)")
    _no_segment(sub)

    sub = command(
        "link-media",
        cmd_link_media,
        "link a focus group's audio or video to its transcript (copied into PROJECT.media/)",
    )
    sub.add_argument("group", help="the focus group (or the transcript's document id)")
    sub.add_argument("file", help="the recording: .mp3 .wav .m4a .ogg .mp4 or .webm")

    sub = command(
        "transcribe",
        cmd_transcribe,
        "transcribe a recording with the local Whisper model into a timed transcript"
        " (one turn per segment, speaker 'Spreker ?') and link the recording to it",
    )
    sub.add_argument("file", help="the recording: .mp3 .wav .m4a .ogg .mp4 or .webm")
    sub.add_argument("--group", help="focus group (default: the file name without extension)")
    sub.add_argument(
        "--language", help="language spoken: nl, en, ... or auto (default: the project's)"
    )
    _no_segment(sub)

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


def add_exchange(command: Commands) -> None:
    """Register import-qdpx and demo: commands that make a new project file from others."""
    sub = command(
        "import-qdpx",
        cmd_import_qdpx,
        "read a REFI-QDA project (.qdpx), e.g. from ATLAS.ti, NVivo or MAXQDA, into a NEW project",
        first=("QDPX_FILE", "the REFI-QDA project to read"),
    )
    sub.add_argument("target", metavar="NEW_PROJECT_FILE", help="the project file to create")

    sub = command("demo", cmd_demo, "build the demo project from data/")
    sub.add_argument("--force", action="store_true", help="replace the file if it exists")
