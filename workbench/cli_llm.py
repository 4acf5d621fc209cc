"""Commands of the LLM coder (llm-config, llm-check, llm-agreement, llm-code, llm-calls): each
parses its arguments and calls one ``project.llm`` method; cli.py registers them through
:func:`add_commands`. Nothing is sent anywhere unless an endpoint is set or given."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from .cli_base import Commands, answer, codes_option, given, unit_option


def _progress(args: argparse.Namespace) -> Callable[[int, int], None] | None:
    if getattr(args, "json", False) or not sys.stderr.isatty():
        return None
    return lambda done, total: print(f"\r  {done}/{total} units", end="", file=sys.stderr)


def _alpha(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def agreement_text(result: dict) -> str:
    """The gate per code, one line each."""
    lines = [
        f"{result['coder']} against {', '.join(result['humans']) or 'no human coder'} on "
        f"sample {result['sample']!r} (threshold alpha {result['threshold']:g}):"
    ]
    for row in result["codes"]:
        lines.append(
            f"  {row['code']}: alpha {_alpha(row['krippendorff_alpha'])}, kappa "
            f"{_alpha(row['cohen_kappa'])}, humans' alpha {_alpha(row['human_alpha'])}, "
            f"{row['pairs']} pairs: {'allowed' if row['passes'] else 'refused'}"
        )
    return "\n".join(lines)


def _settings_text(result: dict) -> str:
    where = (
        f"data goes to {result['host']}" + (" (this machine)" if result["local"] else "")
        if result["endpoint"]
        else "no endpoint: nothing is sent anywhere"
    )
    return f"endpoint {result['endpoint'] or '-'} ({where}); model {result['model'] or '-'}; alpha threshold {result['threshold']:g}"


def cmd_config(args: argparse.Namespace) -> None:
    if args.endpoint is None and args.model is None and args.threshold is None:
        answer(args, lambda p: p.llm.settings(), _settings_text)
        return
    options = given(args, "endpoint", "model", "threshold")
    answer(args, lambda p: p.llm.configure(**options), _settings_text)


def _call_options(args: argparse.Namespace) -> dict:
    return {
        **given(args, "endpoint", "model", "temperature", "seed", "timeout", "redact"),
        "codes": args.code,
        "progress": _progress(args),
    }


def cmd_check(args: argparse.Namespace) -> None:
    options = {**_call_options(args), "sample": args.sample}
    answer(
        args,
        lambda p: p.llm.check(**options),
        lambda r: f"run {r['run']}: {r['calls']} calls\n" + agreement_text(r),
    )


def cmd_agreement(args: argparse.Namespace) -> None:
    options = {"model": args.model, "codes": args.code, "sample": args.sample}
    answer(args, lambda p: p.llm.agreement(**options), agreement_text)


def _coded_text(r: dict) -> str:
    lines = [
        f"run {r['run']}: {r['calls']} calls to {r['host']}, {r['suggested']} suggestions by "
        f"{r['coder']} for {', '.join(r['codes'])}; {r['remaining']} units left"
        + ("; model scores stored" if r["scores"] else "")
    ]
    lines += [f"  refused: {line}" for line in r["refused"]]
    return "\n".join(lines)


def cmd_code(args: argparse.Namespace) -> None:
    options = {**_call_options(args), "unit": args.unit, "limit": args.limit}
    answer(args, lambda p: p.llm.code(**options), _coded_text)


def _call_text(c: dict) -> str:
    return (
        f"{c['id']}\trun {c['run_id']}\tunit {c['segment_id']}\t{c['reported_model']}\t"
        f"{c['seconds']}s\t{', '.join(c['labels']) or '-'}\t{' '.join(c['content'].split())[:60]}"
    )


def cmd_calls(args: argparse.Namespace) -> None:
    answer(
        args,
        lambda p: p.llm.calls(run=args.run, limit=args.limit),
        lambda rs: "\n".join(map(_call_text, rs)) or "no calls recorded",
    )


def _endpoint_options(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--endpoint", metavar="URL", help="OpenAI-compatible base URL (default: set)")
    sub.add_argument("--model", metavar="NAME", help="the model to ask (default: the one set)")
    codes_option(sub)
    sub.add_argument("--temperature", type=float, default=0.0, help="sampling temperature (0)")
    sub.add_argument("--seed", type=int, default=0, help="the seed sent with each request")
    sub.add_argument("--timeout", type=float, default=120.0, help="seconds per request (120)")
    sub.add_argument(
        "--redact",
        action="store_true",
        help="replace personal data (names, e-mail, numbers) by labels before texts are sent",
    )


def add_commands(command: Commands) -> None:
    """Register the LLM coder's commands."""
    sub = command(
        "llm-config",
        cmd_config,
        "show or set the LLM coder's endpoint, model and alpha threshold (sends nothing)",
    )
    sub.add_argument("--endpoint", metavar="URL", help="e.g. http://127.0.0.1:11434/v1; '' clears")
    sub.add_argument("--model", metavar="NAME")
    sub.add_argument("--threshold", type=float, help="lowest alpha for bulk coding (0.667)")

    sub = command(
        "llm-check",
        cmd_check,
        "code the double-coding sample with the LLM; its agreement with the humans per code",
    )
    _endpoint_options(sub)
    sub.add_argument("--sample", help="the double-coding sample (default: the newest)")

    sub = command("llm-agreement", cmd_agreement, "the LLM coder's stored agreement and gate")
    sub.add_argument("--model", metavar="NAME")
    codes_option(sub)
    sub.add_argument("--sample", help="the double-coding sample (default: the newest)")

    sub = command(
        "llm-code",
        cmd_code,
        "LLM suggestions in bulk, for the codes whose alpha passes the threshold",
    )
    _endpoint_options(sub)
    unit_option(sub, "answers")
    sub.add_argument("--limit", type=int, help="at most this many units (the next not yet asked)")

    sub = command("llm-calls", cmd_calls, "the LLM coder's recorded calls, newest first")
    sub.add_argument("--run", type=int, help="only this run")
    sub.add_argument("--limit", type=int, default=50)
