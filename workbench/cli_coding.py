"""Commands of the codebook and of human coding (codebook, code, undo, retrieve, agreement,
assign): each parses its arguments and calls one Project method; cli.py registers them
through :func:`add_commands` and :func:`add_agreement`."""

from __future__ import annotations

import argparse

from . import cli_text as show
from .cli_base import Commands, answer, codes_option, given, json_option, unit_option
from .cli_base import emit as _print
from .cli_base import open_project as _project
from .errors import InputError

DOTTED = (
    "read '.' in code names as levels ('Vormen.Grappen' = Vormen/Grappen), as "
    "Taguette writes its tree (default: on for Taguette's files only)"
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


def cmd_reorder(args: argparse.Namespace) -> None:
    answer(
        args,
        lambda p: _code_dict(
            p.codebook.place(args.path, **given(args, "before", "after", "position"))
        ),
        lambda r: f"{r['path']} is now number {r['place']} among its siblings",
    )


def _code_dict(code) -> dict:
    """The placed code, as the CLI prints it: path, id and its place (1 = first)."""
    return {"path": code.path, "id": code.id, "place": code.position + 1}


def cmd_history(args: argparse.Namespace) -> None:
    answer(
        args,
        lambda p: p.codebook.history(args.path),
        lambda rows: (
            "\n".join(f"{r['time'][:19].replace('T', ' ')}  {r['user']}  {r['text']}" for r in rows)
            or "no history"
        ),
    )


def cmd_code(args: argparse.Namespace) -> None:
    answer(
        args,
        lambda p: p.coding.import_file(
            args.file, coder=args.coder, dotted_levels=args.dotted_levels
        ),
        show.import_done,
    )


def cmd_undo(args: argparse.Namespace) -> None:
    answer(
        args,
        lambda p: p.coding.undo(coder=args.coder),
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


def _passage(r: dict) -> str:
    who = r["respondent"] or r["speaker"] or r["title"]
    page = r.get("page")
    where = f", p. {int(page)}" if isinstance(page, (int, float)) and page == page else ""
    return f"{r['code']}  [{who}{where}] {r['text']}"


def cmd_retrieve(args: argparse.Namespace) -> None:
    answer(
        args,
        lambda p: p.coding.retrieve(
            args.code,
            coders=args.coder,
            respondents=_filters(args.where),
            group=args.group,
            speakers=_filters(args.speaker),
            unit=args.unit,
        ).to_dict(orient="records"),
        lambda rs: "\n".join(map(_passage, rs)) or "no coded passages",
    )


def cmd_agreement(args: argparse.Namespace) -> None:
    answer(
        args,
        lambda p: p.coding.agreement(
            args.coders, args.code, unit=args.unit, sample=args.sample
        ).to_dict(),
        show.agreement_table,
    )


def cmd_assign(args: argparse.Namespace) -> None:
    answer(
        args,
        lambda p: p.coding.assign_sample(
            args.coders, args.size, **given(args, "unit", "seed", "sample")
        ),
        lambda r: (
            f"assigned {len(r['units'])} {args.unit} segments to "
            f"{', '.join(r['coders'])} as {r['sample']!r}"
        ),
    )


def cmd_reveal_sample(args: argparse.Namespace) -> None:
    answer(
        args,
        lambda p: p.samples.reveal(args.sample),
        lambda r: (
            f"revealed {r['sample']!r}: {', '.join(r['coders'])} now see each other's "
            f"codings on its {r['units']} units"
        ),
    )


def _dotted_levels(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--dotted-levels", action=argparse.BooleanOptionalAction, help=DOTTED)


def _coders(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--coders", nargs="+", required=True, metavar="CODER")


def add_commands(command: Commands) -> None:
    """Register codebook (import, export, reorder, history), code, undo and retrieve."""
    actions = command.group(
        "codebook", "import, export or reorder the codebook; a code's history", dest="action"
    )
    for action, text in (
        ("import", "add or update codes from a yaml, csv or qdc file"),
        ("export", "write the codebook as yaml, csv, qdc or md"),
    ):
        sub = actions(action, cmd_codebook, text, json_flag=False)
        sub.add_argument("file", help="the codebook file")
        sub.add_argument("--format", help="yaml, csv, qdc or md (default: from the extension)")
        if action == "import":
            _dotted_levels(sub)
        json_option(sub)
    sub = actions(
        "reorder",
        cmd_reorder,
        "move a code among its siblings (the order of the tree and of exports)",
    )
    sub.add_argument("path", help="the code, e.g. 'Vormen/Gepest'")
    where = sub.add_mutually_exclusive_group(required=True)
    where.add_argument("--before", metavar="SIBLING", help="just before this sibling")
    where.add_argument("--after", metavar="SIBLING", help="just after this sibling")
    where.add_argument("--position", type=int, metavar="N", help="to place N (1 = first)")
    sub = actions("history", cmd_history, "every change to a code, with who and when")
    sub.add_argument("path", help="the code, e.g. 'Vormen/Gepest'")

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
    _dotted_levels(sub)

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


def add_agreement(command: Commands) -> None:
    """Register agreement and assign: double coding and how far the coders agree."""
    sub = command(
        "agreement",
        cmd_agreement,
        "agreement between coders per code and overall (percent, kappa, alpha)",
    )
    _coders(sub)
    codes_option(sub)
    unit_option(sub, "units")
    sub.add_argument(
        "--sample",
        help="count only this double-coding sample's units (default: every sample the coders "
        "were given; without one, the units they coded)",
    )

    sub = command("assign", cmd_assign, "assign a random sample of segments for double coding")
    _coders(sub)
    sub.add_argument("--size", type=int, required=True, help="number of segments")
    unit_option(sub, "answer")
    sub.add_argument("--seed", type=int, default=0)
    sub.add_argument("--sample", help="a name for the sample")

    sub = command(
        "reveal-sample",
        cmd_reveal_sample,
        "end blind double coding of a sample: its coders see each other's codings (owners)",
    )
    sub.add_argument("sample", help="the sample's name (as given to assign)")
