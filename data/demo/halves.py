"""Write from one half of the phrase templates, for a benchmark of unseen wording.

Every template pool and noun-phrase list is split by position (even: half 0, odd: half 1).
Answers coded from one half and scored on answers from the other meet the same themes in
wording no model saw. The demo itself (HALF None) uses every template, unchanged.
"""

from __future__ import annotations

# None (the demo): every template. 0/1: only that half of each list (even/odd positions), so
# a benchmark can code answers from one half and test on the other (unseen wording).
HALF: int | None = None


def set_half(half: int | None) -> None:
    """Write from one half of the templates (0 or 1) or, with None, from all of them."""
    global HALF
    if half not in (None, 0, 1):
        raise ValueError(f"half must be None, 0 or 1, not {half!r}")
    HALF = half


def halve(items: list, keep: bool = False) -> list:
    """All items (HALF None), else HALF's half; ``keep``: an empty half gives all items."""
    if HALF is None:
        return items
    half = items[HALF::2]
    return items if keep and not half else half
