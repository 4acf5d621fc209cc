"""Transcription: a focus group's recording turned into a timed transcript by a local
speech-recognition model (:mod:`workbench.ingest.speech`), written as one document of turns
like an imported ``.vtt`` and linked to the recording like ``link-media``, in one event.

Whisper does not tell speakers apart, so every turn is spoken by one placeholder speaker,
:data:`SPEAKER`; each segment of speech is one turn with its start and end time. The model
and its weights digest are recorded with the event, so a transcript can be traced to what
made it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from . import media
from .errors import InputError
from .imports import refuse_reimport
from .ingest import speech
from .ingest.transcript import Transcript, Turn
from .progress import Progress, step
from .store import records
from .transcript_import import write_transcript

if TYPE_CHECKING:  # pragma: no cover
    from .core import Core

SPEAKER = "Spreker ?"  # Whisper does not diarise: one unknown speaker for every turn


def transcribe(
    core: Core,
    path: str | Path,
    *,
    group: str | None = None,
    language: str | None = None,
    progress: Progress | None = None,
) -> dict:
    """Project.transcribe: check the recording, run the model (before anything is written),
    then write the transcript, keep the recording and link it, in one event."""
    core.require("transcribe")  # before the file is read: a viewer learns nothing of it
    path = Path(path)
    file = media.check_recording(path)
    refuse_reimport(core.db, path, file["sha256"], core.path)
    group = (group or path.stem).strip()
    if not group:
        raise InputError(path, "the group name is empty")
    language = (language or core.language).strip().lower()
    step(progress, "read")  # decoding and recognising: the slow part
    heard = speech.recognise(path, None if language == "auto" else language)
    if not heard.segments:
        raise InputError(path, "no speech was recognised in this recording; nothing was written")
    turns = [Turn(SPEAKER, s.text, s.start, s.end, i) for i, s in enumerate(heard.segments, 1)]
    transcript = Transcript(path, "whisper", turns, None)
    options = {"group": group, "language": language, "model": heard.model["name"]}
    step(progress, "write")
    with media.kept(core, path, file) as stored:
        with core.write("transcribe", group) as payload:
            source = records.add_source(
                core.db,
                kind="transcript",
                filename=path.name,
                format="whisper",
                sha256=file["sha256"],
                size=file["size"],
                options=options,
                event_id=payload["event_id"],
            )
            result = write_transcript(core.db, transcript, group, source)
            row = media.record(core, result["document"], path, file, stored, payload["event_id"])
            payload.update(
                result,
                source=source,
                media=row["media"],
                stored=stored,
                sha256=file["sha256"],
                seconds=heard.seconds,
                language=heard.language,
                model=heard.model,
            )
    return {
        "file": str(path),
        "format": "whisper",
        **result,
        "speaker": SPEAKER,
        "seconds": heard.seconds,
        "language": heard.language,
        "model": heard.model,
        "media": row["media"],
        "kept": str(media.media_folder(core.path) / stored),
        "warnings": [],
    }
