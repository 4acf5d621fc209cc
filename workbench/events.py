"""Every event a project records, declared once: its action, the fields of its payload, and
whether ``undo`` can reverse it (a command log, like Taguette's).

Each change to a project is one :meth:`workbench.core.Core.write`: one transaction that
appends one row to ``events`` (time, actor, action, target, payload as JSON). ``Core.write``
refuses an action that is not declared here, and undo reverses only the :data:`UNDOABLE`
ones, so this list is the whole vocabulary of the audit trail. ``fields`` are in every
payload of the action; ``optional`` ones only when they apply (named in a comment).

Pure: no imports from the package.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EventType:
    action: str
    fields: tuple[str, ...]
    optional: tuple[str, ...] = ()
    undoable: bool = False

    def allows(self, keys: set[str]) -> bool:
        """True when a payload with these keys has every field and nothing undeclared."""
        return set(self.fields) <= keys <= set(self.fields) | set(self.optional)


def _e(action: str, fields: str, optional: str = "", undo: bool = False) -> EventType:
    return EventType(action, tuple(fields.split()), tuple(optional.split()), undo)


_DECISION = "suggestion coding code model score"  # accept and reject
_HANDOVER = "run topic code path suggested include_outliers"  # topic-promote and -merge

# one line per event, as a table
# fmt: off
EVENTS: dict[str, EventType] = {e.action: e for e in (
    # the project
    _e("create", "name language"),
    _e("set-min-cell", "min_cell"),
    # imports (each records its file in `sources`) and segmentation
    _e("import-survey", "respondents answers variables questions options source"),
    _e("import-transcript", "group document turns speakers source warnings"),
    _e("import-document", "group document paragraphs pages source warnings"),  # a PDF
    _e("import-speakers", "speakers"),
    # a hand correction of one speaker attribute / one respondent's survey variable
    _e("set-speaker", "group speaker attribute old new"),
    _e("set-variable", "respondent variable old new"),
    # audio/video of a focus group, copied into the media folder (seconds: WAV only, else None)
    _e("link-media", "group document_id filename stored format sha256 size media seconds"),
    # a recording transcribed by a local speech model (turns by one unknown speaker), kept
    # and linked as link-media does; model: its name, versions and weights digest
    _e("transcribe", "group document turns speakers source media stored sha256 seconds "
                     "language model"),
    _e("import-design", "strata population"),
    _e("import-margins", "variables"),
    _e("import-qdpx", "file origin answers transcripts respondents variables questions groups "
                      "speakers turns codes codings memos users not_carried skipped_sources "
                      "source"),
    _e("import-qdpx-memos", "memos"),  # memos on sentences, once segmentation made them
    _e("segment", "documents sentences pipeline"),
    # the codebook: every change raises the codebook version
    _e("codebook-add", "created version"),
    _e("codebook-update", "id path old new version"),
    _e("codebook-rename", "id old new version"),
    _e("codebook-move", "id old new version"),
    _e("codebook-merge", "source target codings memos codes children duplicates merged moved "
                         "version"),
    _e("codebook-reorder", "parent old new version", "id path"),  # optional: the code placed
    _e("codebook-split", "id path created codings version"),
    _e("codebook-delete", "deleted version"),
    _e("codebook-import", "format warnings added updated unchanged version"),
    # coding (undo reverses the coder's own last one of these)
    _e("code", "coding code coder span", undo=True),
    _e("uncode", "coding coder", undo=True),
    _e("memo", "memo kind target", undo=True),
    _e("consensus", "segment code applied decided_by", undo=True),
    # optional: how another tool's highlights were placed, and those without a code
    _e("import-codings", "codings already_coded repeated_in_file coders layout source",
       "untagged placed_exact placed_whitespace", undo=True),
    # optional: codings removed by the undone event that were coded again meanwhile
    _e("undo", "undid action restored removed memos_removed reviews_removed", "not_restored"),
    # samples and reviews
    _e("assign-sample", "sample units coders seed"),
    _e("draw-sample", "sample unit question frame drawn strata seed sizes"),
    _e("extend-sample", "sample draw drawn seed sizes"),
    _e("review", "reviews segments coder", undo=True),
    # a double-coding sample's coders see each other's work on its units from now on
    _e("reveal-sample", "sample units coders"),
    # models that assist coders; optional: the coder had the coding already
    _e("embed", "model unit segments dim"),
    _e("suggest", "run model suggested replaced"),
    _e("accept", _DECISION, "already_coded", undo=True),
    _e("reject", _DECISION, "already_coded", undo=True),
    _e("topics", "run model unit topics units"),
    _e("topic-promote", _HANDOVER),
    _e("topic-merge", _HANDOVER),
    _e("topic-dismiss", "run topic"),
    # the LLM coder: its settings (nothing is sent before an endpoint is set), and a run of
    # calls (purpose check: the double-coding sample; code: bulk suggestions)
    _e("llm-settings", "endpoint model threshold"),
    _e("llm-code", "run model purpose calls suggested sample", "scores"),
    # mixed methods
    _e("verdict", "code verdict memo"),
    # written once by the schema migration to version 6 (store/migrations.py)
    _e("deduplicate-codings", "kept removed reason memos_moved"),
    # members and roles; optional: the acting user, recorded as the first owner when the
    # first member is added to a single-user project
    _e("members-add", "name role", "first_owner"),
    _e("members-remove", "name role"),
    _e("members-role", "name old new"),
)}
# fmt: on
UNDOABLE = tuple(action for action, event in EVENTS.items() if event.undoable)

# -- who may do what ---------------------------------------------------------------------
# The roles of a project's members, lowest first: each may do what the roles before it may.
# viewer: Browse and the viewer-rules exports (redacted, small cells suppressed), nothing else;
# coder: code (also by importing their own codings), memo, undo their own work, consensus,
# reviews, suggestions and the models;
# owner: also members, imports (also of others' codings), the codebook, the design of
# samples, exports beyond the viewer rules (and of the whole project), and settings.
ROLES = ("viewer", "coder", "owner")

# The lowest role that may write each action: Core.write checks it (in a project with members)
# before anything is written. Every action in EVENTS has one; tests/test_roles.py fails for an
# action without one, so a new action gets its role here when it is declared above.
# fmt: off
MINIMUM_ROLE: dict[str, str] = {
    **dict.fromkeys((
        "create", "set-min-cell", "import-survey", "import-transcript", "import-speakers",
        "set-speaker", "set-variable",
        "import-document", "link-media", "transcribe", "import-design", "import-margins", "import-qdpx", "import-qdpx-memos", "segment",
        "codebook-add", "codebook-update", "codebook-rename", "codebook-move", "codebook-merge", "codebook-reorder",
        "codebook-split", "codebook-delete", "codebook-import", "assign-sample", "reveal-sample", "draw-sample", "extend-sample", "topic-promote",
        "deduplicate-codings", "members-add", "members-remove", "members-role",
        "llm-settings",  # where the project's texts are sent
    ), "owner"),
    **dict.fromkeys((
        "code", "uncode", "memo", "consensus", "import-codings", "undo", "review", "embed", "suggest", "accept",
        "reject", "topics", "topic-merge", "topic-dismiss", "verdict", "llm-code",
    ), "coder"),
}
# fmt: on

# Reads that not every member may make, each checked by name in the API method that reads
# (Core.require): text and codings as stored (not redacted), and exports without the viewer
# rules. What is not listed here (Browse, viewer exports, settings) every member may read.
READ_TEXT = "read texts as stored"  # documents, segments, search, codings, memos, retrieval,
# topics, queues, respondents, the events
EXPORT_RAW = "export more than the viewer rules allow"  # also the kinds not offered to viewers
LIST_MEMBERS = "list the members"
BACKUP = "back up the project"  # a copy of everything, as stored
READS: dict[str, str] = {
    READ_TEXT: "coder",
    EXPORT_RAW: "owner",
    LIST_MEMBERS: "viewer",
    BACKUP: "owner",
}


def minimum_role(action: str) -> str:
    """The lowest role that may do ``action`` (an event action or a name in READS); a
    ValueError naming it if none is declared (a programming error, as for undeclared
    actions)."""
    role = MINIMUM_ROLE.get(action) or READS.get(action)
    if role is None:
        raise ValueError(f"no role declared for {action!r}: add it to workbench/events.py")
    return role


def who_may(action: str) -> str:
    """The roles that may do ``action``, in words: "owners", "coders and owners"..."""
    allowed = ROLES[ROLES.index(minimum_role(action)) :]
    return " and ".join(f"{role}s" for role in allowed)


def refusal(what: str) -> str:
    """What was refused, in words: "do 'code' (coders and owners may)"."""
    return f"{what if what in READS else f'do {what!r}'} ({who_may(what)} may)"


def may(role: str | None, action: str) -> bool:
    """True when a member with ``role`` (None: not a member) may do ``action``."""
    needed = minimum_role(action)
    return role in ROLES and ROLES.index(role) >= ROLES.index(needed)


def declared(action: str) -> EventType:
    """The declaration of ``action``; a ValueError naming it if there is none (a programming
    error: every event type is declared here before code writes it)."""
    try:
        return EVENTS[action]
    except KeyError:
        raise ValueError(
            f"undeclared event action {action!r}: declare it in workbench/events.py"
        ) from None
