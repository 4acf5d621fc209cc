"""A code's history, read from the event log: every codebook event that touched the code
(followed by its id, so a rename or move does not break it), the memos written on it, and
per coder how many codings they applied with it.

Each entry says what happened as a short ``change`` word with plain ``details`` (the UI
words them in Dutch or English) and as an English ``text`` line (the CLI prints it).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

Entry = dict[str, Any]

# English wording per change; the UI has its own (ui/strings/coding.py, history_*)
TEXTS = {
    "created": "created as {path}",
    "edited": "changed {fields}",
    "renamed": "renamed from {old} to {new}",
    "moved": "moved from {old} to {new}",
    "merged_into": "merged into {into} ({codings} codings, {memos} memos moved)",
    "merged_from": "{source} merged into it ({codings} codings, {memos} memos moved)",
    "split_off": "split: {codings} codings moved to new code {new}",
    "split_from": "made by splitting {source} ({codings} codings)",
    "deleted": "deleted",
    "reordered": "place among its siblings from {old} to {new}",
    "memo": "memo written",
    "codings": "applied {codings} times from {first} to {last}",
}


def _changes(action: str, payload: dict, code_id: int) -> Iterator[tuple[str, dict]]:
    """(change, details) for each way the event touched ``code_id``."""
    verb = action.removeprefix("codebook-")
    if verb in ("add", "import"):
        for made in payload.get("created", []) + payload.get("added", []):
            if made["id"] == code_id:
                yield "created", {"path": made["path"]}
    if verb == "import":
        for record in payload.get("updated", []):
            if record["id"] == code_id:
                old, new = record["old"], record["new"]
                if "path" in new:
                    yield "moved", {"old": old["path"], "new": new["path"]}
                fields = [k for k in new if k != "path"]
                if fields:
                    yield "edited", {"fields": ", ".join(fields)}
    if verb == "update" and payload.get("id") == code_id:
        yield "edited", {"fields": ", ".join(payload["new"])}
    if verb in ("rename", "move") and payload.get("id") == code_id:
        change = "renamed" if verb == "rename" else "moved"
        yield change, {"old": payload["old"]["path"], "new": payload["new"]["path"]}
    if verb == "merge":
        for entry in payload.get("merged", []):
            counts = {"codings": len(entry["codings"]), "memos": len(entry.get("memos", []))}
            if entry["id"] == code_id:
                yield "merged_into", {"into": entry["into_path"], **counts}
            elif entry["into"] == code_id:
                yield "merged_from", {"source": entry["path"], **counts}
        for moved in payload.get("moved", []):
            if moved["id"] == code_id:
                yield "moved", {"old": moved["old"]["path"], "new": moved["new"]["path"]}
    if verb == "split":
        n = len(payload["codings"])
        if payload["id"] == code_id:
            yield "split_off", {"new": payload["created"]["path"], "codings": n}
        elif payload["created"]["id"] == code_id:
            yield "split_from", {"source": payload["path"], "codings": n}
    if verb == "delete" and payload["deleted"]["id"] == code_id:
        yield "deleted", {}
    if verb == "reorder" and code_id in payload["new"]:
        old, new = payload["old"].index(code_id), payload["new"].index(code_id)
        if old != new:
            yield "reordered", {"old": old + 1, "new": new + 1}
    if action == "memo" and payload.get("target") == code_id:
        yield "memo", {}


def history(code_id: int, events: list[dict], codings: list[dict]) -> list[Entry]:
    """The entries of ``code_id`` from ``events`` (store.code_events) and the per-coder
    coding counts (store.coding_events), oldest first."""
    out: list[Entry] = []
    for event in events:
        for change, details in _changes(event["action"], event["payload"], code_id):
            out.append(
                {
                    "event": event["event"],
                    "time": event["time"],
                    "user": event["actor"],
                    "action": event["action"],
                    "change": change,
                    "details": details,
                    "text": TEXTS[change].format(**details),
                }
            )
    for row in codings:
        details = {"codings": row["codings"], "first": row["first"], "last": row["last"]}
        out.append(
            {
                "event": None,
                "time": row["last"],
                "user": row["actor"],
                "action": "code",
                "change": "codings",
                "details": details,
                "text": TEXTS["codings"].format(**details),
            }
        )
    return sorted(out, key=lambda e: (e["time"], e["event"] or 0))
