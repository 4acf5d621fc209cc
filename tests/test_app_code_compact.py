"""The Code page on a transcript of many short turns (issue 15): a turn such as "Ja." keeps
its one-click "+ code" button but shows its quick-list codes in a popover instead of a row
of buttons; codes switched on there are written as the signed-in coder."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1.element_tree import Block

from workbench import Project
from conftest import app_on, live, open_page, with_starter, write

LONG = (
    "Mijn leidinggevende zei toen dat ik het niet zo zwaar moest opnemen, "
    "en daarna werd er nooit meer over gesproken."
)
TRANSCRIPT = f"""Gespreksleider: Herkennen jullie dat?
Sanne: Ja.
Mohamed: {LONG}
Priya: Mm-hm.
"""


@pytest.fixture
def short_turns(tmp_path: Path) -> Path:
    path = tmp_path / "fg.db"
    with Project.create(path, user="lead") as project:
        project.import_transcript(write(tmp_path, "fg.txt", TRANSCRIPT), group="fg")
        project.segment()
        with_starter(project)
    return path


def pills_places(node, inside: str | None = None, found: dict | None = None) -> dict:
    """Each unit's pills (by segment id) -> the label of the popover holding it, or None."""
    found = {} if found is None else found
    for child in node.children.values():
        if isinstance(child, Block):
            label = child.proto.popover.label if child.type == "popover" else inside
            pills_places(child, label, found)
        elif (getattr(child, "key", None) or "").startswith("pills-"):
            found[int(child.key.split("-")[1])] = inside
    return found


def turns(path: Path) -> dict[str, int]:
    with Project.open(path, user="check") as project:
        [doc] = project.documents(kind="transcript")
        return {u["text"]: u["id"] for u in project.segments(doc["id"], kind="turn")}


@pytest.mark.slow  # several AppTest reruns
def test_short_turns_show_their_codes_in_a_popover_and_code_from_it(short_turns):
    at = open_page(app_on(short_turns, coder="ann"), "ui/code_page.py")
    at.radio(key="code_kind").set_value("transcript").run()
    assert not at.exception, at.exception
    ids = turns(short_turns)
    places = pills_places(at._tree)
    assert places[ids["Ja."]] == "Codes" and places[ids["Mm-hm."]] == "Codes"
    assert places[ids[LONG]] is None  # a long turn keeps its codes in view
    # every turn keeps its one-click button for the active code
    applies = {int(b.key.split("-")[1]) for b in at.button if (b.key or "").startswith("apply-")}
    assert applies == set(ids.values())
    pills = next(p for p in at.pills if p.key.startswith(f"pills-{ids['Ja.']}-"))
    code = pills.options[0]
    pills.set_value([code]).run()
    assert not at.exception, at.exception
    [coding] = live(short_turns)
    assert (coding["segment_id"], coding["coder"], coding["text"]) == (ids["Ja."], "ann", "Ja.")
    assert pills_places(at._tree)[ids["Ja."]] == "Codes (1)"
