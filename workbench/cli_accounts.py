"""``accounts PROJECTS_DIR {list,log,add,password,disable,enable}``: the local accounts of a
server's projects folder (offline installations; with an identity provider there are none).
Each action calls one method of :class:`workbench.accounts.Accounts`.

A password is read from a prompt on a terminal (asked twice, never echoed) or else as the
first line of standard input (``printf '%s\\n' "$PW" | ... add vera``); never from an
argument, which other users of the server could read in the process list."""

from __future__ import annotations

import argparse
import getpass
import sys

from .cli_base import Commands, emit, json_option, user_option
from .errors import InputError


def read_password(prompt: str = "password: ") -> str:
    """The new password: prompted twice on a terminal, else the first line of stdin."""
    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass(prompt)
        if getpass.getpass("again: ") != first:
            raise InputError(None, "the two passwords differ: nothing changed")
        return first
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line:
        raise InputError("<stdin>", "no password given: type it at the prompt or pipe it in")
    return line.rstrip("\r\n")


def listing_text(rows: list[dict]) -> str:
    if not rows:
        return "no accounts yet: add one with `accounts DIR add NAME`"
    return "\n".join(
        f"{r['name']:<24} {'disabled' if r['disabled'] else 'active':<8} "
        f"created {r['created']}{_by(r['created_by'])}, changed {r['changed']}"
        f"{_by(r['changed_by'])}"
        for r in rows
    )


def _by(actor: str | None) -> str:
    return f" by {actor}" if actor else ""


def log_text(rows: list[dict]) -> str:
    if not rows:
        return "nothing logged yet"
    return "\n".join(f"{r['time']}  {r['actor']:<20} {r['action']:<9} {r['name']}" for r in rows)


def cmd_accounts(args: argparse.Namespace) -> None:
    from .accounts import Accounts

    with Accounts(args.project, by=getattr(args, "user", None)) as accounts:
        if args.action == "list":
            emit(args, accounts.list(), listing_text)
            return
        if args.action == "log":
            emit(args, accounts.log(args.name), log_text)
            return
        if args.action == "add":
            result = accounts.add(args.name, read_password())
            done = "added"
        elif args.action == "password":
            result = accounts.set_password(args.name, read_password("new password: "))
            done = "new password for"
        else:
            result = accounts.set_disabled(args.name, args.action == "disable")
            done = f"{args.action}d"
        emit(args, result, lambda r: f"{done} {r['name']}")


def add_accounts(command: Commands) -> None:
    """Register ``accounts PROJECTS_DIR ACTION``."""
    sub = command(
        "accounts",
        cmd_accounts,
        "local accounts of a server's projects folder: add, new password, disable, enable, "
        "list (passwords are hashed with Argon2id; a password is prompted for or read from "
        "standard input)",
        json_flag=False,
        first=("PROJECTS_DIR", "the server's projects folder ($DUIDING_PROJECTS)"),
    )
    actions = sub.add_subparsers(dest="action", required=True, metavar="ACTION")
    for action, text in (
        ("list", "the accounts, whether they are disabled, who made and last changed them"),
        ("log", "who added, disabled, enabled each account or set its password, and when"),
        ("add", "add an account (the password from the prompt or standard input)"),
        ("password", "set a new password (the old one stops working at once)"),
        ("disable", "stop an account from signing in (its work stays in the projects)"),
        ("enable", "let a disabled account sign in again"),
    ):
        parser = actions.add_parser(action, help=text, description=text)
        if action == "log":
            parser.add_argument("name", metavar="NAME", nargs="?", help="only this account")
        elif action != "list":
            parser.add_argument("name", metavar="NAME", help="the user name")
        json_option(parser)
        user_option(parser)  # who manages the accounts, named in the log
