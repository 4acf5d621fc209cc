"""A project whose every name and text carries Markdown and HTML that would fetch from an
outside address or change how text looks, if the app ever rendered data as Markdown/HTML:
the project name (as import-qdpx copies it from another tool), code names, coder, speaker,
group, file and variable names, values, answers and memos."""

from __future__ import annotations

import csv
from pathlib import Path

from workbench import Project


def payloads(url: str) -> dict[str, str]:
    """The hostile snippets for a base ``url`` (http://127.0.0.1:PORT). ``bare`` and
    ``bare_html`` have no slash (code names cannot hold one): browsers read
    ``http:127.0.0.1:PORT`` as ``http://127.0.0.1:PORT/``."""
    bare_url = url.replace("//", "")
    return {
        "image": f"![x]({url}/leak.png)",
        "bare": f"![y]({bare_url})",
        "html": f'<img src="{url}/raw.png">',
        "bare_html": f"<img src={bare_url}>",
        "bold": "**vet**",
        "color": ":red[rood]",
        "math": "$x^2$",
        "entity": "&amp;",
        "link": "www.voorbeeld.nl",
        "mail": "meldpunt@voorbeeld.nl",
        "emoji": ":smile:",
    }


def build(path: Path, url: str) -> dict[str, str]:
    """Make the project at ``path``; returns the names the tests look for."""
    p = payloads(url)
    folder = path.parent
    name = (
        f"Studie {p['image']} {p['bold']} {p['html']} {p['color']} {p['link']} "
        f"{p['mail']} {p['emoji']}"
    )
    variable = f"regio {p['bold']}"
    value = f"noord {p['image']}"
    answer = f"Ik werd {p['image']} genegeerd {p['bold']} {p['html']} {p['math']} {p['entity']}."
    survey = folder / f"enquete {p['bold']}.csv"
    with survey.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle, delimiter=";")
        out.writerow(["id", "stratum", "w", variable, "toelichting"])
        for i in range(40):
            out.writerow(
                [
                    f"R{i:03d}",
                    "ab"[i % 2],
                    "1,5",
                    value if i % 2 else "zuid",
                    f"{answer} Nummer {i}",
                ]
            )
    speaker = f"Piet {p['bold']} {p['image']}"
    group = f"groep {p['image']}"
    transcript = folder / f"gesprek {p['bold']} {p['bare']}.vtt"
    transcript.write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n"
        f"<v {speaker}>Bij het overleg {p['image']} werd ik {p['bold']} overgeslagen.\n\n"
        "00:00:05.000 --> 00:00:08.000\n<v Anna>Dat herken ik, ook bij de lunch.\n",
        encoding="utf-8",
    )
    attribute = f"rol {p['bold']}"
    speakers = folder / "sprekers.csv"
    speakers.write_text(
        f'group,speaker,{attribute}\n"{group}","{speaker}","{value}"\n"{group}",Anna,zuid\n',
        encoding="utf-8",
    )
    code = f"Vormen/Grap {p['bold']} {p['bare']} {p['bare_html']} {p['emoji']} {p['mail']}"
    other = f"Vormen/Genegeerd {p['color']}"
    coder = f"bob {p['bold']}"
    with Project.create(path, name=name, user="ann") as project:
        project.import_survey(survey, id="id", stratum="stratum", weight="w", open=["toelichting"])
        project.import_transcript(transcript, group=group)
        project.import_speakers(speakers)
        project.segment()
        project.codebook.add(
            code, definition=f"Grappen {p['image']} {p['bold']}", examples=[answer]
        )
        project.codebook.add(other)
        answers = project.documents(kind="answer", limit=100)
        for i, doc in enumerate(answers):
            unit = project.segments(doc["id"], kind="answer")[0]["id"]
            project.coding.code_segment(unit, code, coder="ann")
            project.coding.code_segment(unit, code if i % 3 else other, coder=coder)
        [talk] = project.documents(kind="transcript")
        for turn in project.segments(talk["id"], kind="turn"):
            project.coding.code_segment(turn["id"], code, coder="ann")
        project.coding.add_memo(
            "document", answers[0]["id"], f"Memo {p['image']} {p['bold']}", coder="ann"
        )
    return {
        "name": name,
        "variable": variable,
        "value": value,
        "answer": answer,
        "speaker": speaker,
        "group": group,
        "code": code,
        "other": other,
        "coder": coder,
        "attribute": attribute,
        "transcript": transcript.name,
        "survey": survey.name,
    }
