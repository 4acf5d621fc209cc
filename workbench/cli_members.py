"""``members PROJECT {list,add,remove,role}``: who may work on a project and as what. Each
action calls one method of ``project.members``; cli.py registers them via :func:`add_members`."""

from __future__ import annotations

import argparse

from .cli_base import Commands, answer, json_option, user_option

ROLES = ("owner", "coder", "viewer")  # as workbench.events.ROLES, highest first for --help


def _listing(p) -> dict:
    return {"mode": p.members.mode, "user": p.user, "role": p.role, "members": p.members.list()}


def listing_text(r: dict) -> str:
    if r["mode"] == "single-user":
        return (
            f"single-user project: whoever opens it acts as owner (now {r['user']}); "
            "adding a member makes it a team project, with you as its first owner"
        )
    lines = [f"{m['role']:<7} {m['name']}" for m in r["members"]]
    return "\n".join([*lines, f"you: {r['user']} ({r['role']})"])


def cmd_members(args: argparse.Namespace) -> None:
    if args.action == "list":
        answer(args, _listing, listing_text)
    elif args.action == "add":
        answer(
            args,
            lambda p: p.members.add(args.name, args.role),
            lambda r: (
                f"added {r['name']} as {r['role']}"
                + (f" ({r['first_owner']} is the first owner)" if r["first_owner"] else "")
            ),
        )
    elif args.action == "remove":
        answer(
            args,
            lambda p: p.members.remove(args.name),
            lambda r: f"removed {r['name']} ({r['role']})",
        )
    else:
        answer(
            args,
            lambda p: p.members.set_role(args.name, args.role),
            lambda r: f"{r['name']}: {r['old']} -> {r['new']}",
        )


def add_members(command: Commands) -> None:
    """Register ``members PROJECT ACTION``."""
    sub = command(
        "members",
        cmd_members,
        "list, add or remove the project's members and change their roles (owners only; "
        "a project without members is single-user: its opener acts as owner)",
        json_flag=False,
    )
    actions = sub.add_subparsers(dest="action", required=True, metavar="ACTION")
    for action, text in (
        ("list", "the members and their roles"),
        ("add", "add a member with a role (on a single-user project you become its owner)"),
        ("remove", "remove a member (never the last owner)"),
        ("role", "give a member another role"),
    ):
        parser = actions.add_parser(action, help=text, description=text)
        if action != "list":
            parser.add_argument("name", metavar="NAME", help="the member's user name")
        if action in ("add", "role"):
            parser.add_argument("--role", required=True, choices=ROLES)
        json_option(parser)
        user_option(parser)
