"""Audio and video of a focus group, linked to its transcript so that a coded passage plays
from its turn's time.

The file is copied into the project's media folder (``<project file>.media`` beside it)
under a name made of its digest; the project records the original name, the stored name
(relative to that folder), the format, sha256 and size. Copying, not recording a path,
keeps a project portable: the project file and its media folder move together to another
machine or colleague, where an absolute path to someone's recordings would not resolve.
The digest shows a stored file that was replaced (its size differs, or ``verify=True``).
"""

from __future__ import annotations

import hashlib
import os
import wave
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError
from .events import READ_TEXT
from .imports import file_digest
from .store import media as sql

if TYPE_CHECKING:  # pragma: no cover
    from .core import Core

# extension -> (MIME type, audio or video)
FORMATS = {
    ".mp3": ("audio/mpeg", "audio"),
    ".wav": ("audio/wav", "audio"),
    ".m4a": ("audio/mp4", "audio"),
    ".ogg": ("audio/ogg", "audio"),
    ".mp4": ("video/mp4", "video"),
    ".webm": ("video/webm", "video"),
}


def media_folder(project: Path) -> Path:
    """Where a project's media files live: a folder beside the project file."""
    return project.with_name(project.name + ".media")


def _format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise InputError(
            path,
            f"unknown media file type {path.suffix or '(no extension)'!r};"
            f" expected {', '.join(FORMATS)}",
        )
    return suffix


def _looks_right(head: bytes, suffix: str) -> bool:
    """The file's first bytes match its extension (a renamed text file is refused)."""
    if suffix == ".wav":
        return head[:4] == b"RIFF" and head[8:12] == b"WAVE"
    if suffix == ".mp3":
        return head[:3] == b"ID3" or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0)
    if suffix in (".m4a", ".mp4"):
        return head[4:8] == b"ftyp"
    if suffix == ".ogg":
        return head[:4] == b"OggS"
    return head[:4] == b"\x1a\x45\xdf\xa3"  # .webm (Matroska/EBML)


def _wav_seconds(path: Path) -> float:
    try:
        with wave.open(str(path), "rb") as audio:
            return audio.getnframes() / audio.getframerate()
    except (wave.Error, EOFError, ZeroDivisionError) as error:
        raise InputError(path, f"damaged WAV file ({error})") from None


def _document(db, target: str | int, path: Path) -> dict:
    """The transcript document ``target`` names: a document id, or a focus group's only
    transcript; refused unless its turns have times to play from."""
    if isinstance(target, str) and not sql.transcript_documents(db, target) and target.isdigit():
        target = int(target)
    if isinstance(target, int):
        doc = sql.document(db, target)
        if doc is None:
            raise InputError(path, f"no document {target} in this project")
        if doc["kind"] != "transcript":
            raise InputError(path, f"document {target} is not a focus-group transcript")
    else:
        docs = sql.transcript_documents(db, target)
        if not docs:
            raise InputError(path, f"no focus group {target!r} with a transcript")
        if len(docs) > 1:
            ids = ", ".join(str(d["id"]) for d in docs)
            raise InputError(
                path, f"group {target!r} has {len(docs)} transcripts (documents {ids}): give one"
            )
        doc = {**docs[0], "group": target}
    if not doc["timed"]:
        raise InputError(
            path,
            f"the transcript of {doc['group']!r} has no times to play from; import it from"
            " .vtt/.srt or with [hh:mm:ss] stamps first",
        )
    return doc


def _copy(source: Path, target: Path, sha256: str) -> bool:
    """Copy ``source`` to ``target`` (atomically, checking the digest of what was written);
    False when an identical file is there already."""
    if target.is_file() and file_digest(target)[0] == sha256:
        return False
    partial = target.with_name(target.name + ".partial")
    digest = hashlib.sha256()
    with source.open("rb") as reader, partial.open("wb") as writer:
        for block in iter(lambda: reader.read(1 << 20), b""):
            digest.update(block)
            writer.write(block)
    if digest.hexdigest() != sha256:
        partial.unlink()
        raise InputError(source, "the file changed while it was copied; try again")
    os.replace(partial, target)
    return True


def check_recording(path: Path) -> dict:
    """A recording's extension, digest, size and (WAV) length, refused with one line when
    its type is unknown, it is empty or its first bytes do not match its extension."""
    suffix = _format(path)
    sha256, size = file_digest(path)
    if size == 0:
        raise InputError(path, "file is empty")
    with path.open("rb") as handle:
        if not _looks_right(handle.read(16), suffix):
            raise InputError(
                path, f"this is not a {suffix[1:]} file (its first bytes do not match)"
            )
    seconds = _wav_seconds(path) if suffix == ".wav" else None
    return {"suffix": suffix, "sha256": sha256, "size": size, "seconds": seconds}


@contextmanager
def kept(core: Core, path: Path, file: dict) -> Iterator[str]:
    """Copy the checked recording ``file`` into the media folder for the write made inside
    this block, yielding its stored name; if that write fails, the copy (and a folder made
    for it) is removed again, so the folder is as it was."""
    folder = media_folder(core.path)
    made_folder = not folder.exists()
    stored = f"{file['sha256'][:16]}{file['suffix']}"
    copied = False
    try:
        folder.mkdir(exist_ok=True)
        copied = _copy(path, folder / stored, file["sha256"])
        yield stored
    except BaseException:
        if copied:
            (folder / stored).unlink(missing_ok=True)
        if made_folder and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
        raise


def record(core: Core, document_id: int, path: Path, file: dict, stored: str, event: int) -> dict:
    """Record a kept recording for ``document_id`` (inside the write of ``event``): the
    fields of a link-media payload."""
    row = {
        "document_id": document_id,
        "filename": path.name,
        "stored": stored,
        "format": file["suffix"][1:],
        "sha256": file["sha256"],
        "size": file["size"],
    }
    media_id = sql.add_media(core.db, {**row, "event_id": event})
    return {**row, "media": media_id}


def link_media(core: Core, target: str | int, path: str | Path) -> dict:
    """Project.link_media: check the file, copy it into the media folder, record it in one
    event; on any refusal the project and its folder are as they were."""
    core.require("link-media")  # before the file is read: a viewer learns nothing of it
    path = Path(path)
    file = check_recording(path)
    doc = _document(core.db, target, path)
    seconds = file["seconds"]
    if seconds is not None and doc["last"] > seconds:
        raise InputError(
            path,
            f"the recording lasts {seconds:.1f} s but the transcript of {doc['group']!r} has a"
            f" turn at {doc['last']:.1f} s: is this the recording of another group?",
        )
    with kept(core, path, file) as stored:
        with core.write("link-media", doc["group"]) as payload:
            row = record(core, doc["id"], path, file, stored, payload["event_id"])
            payload.update(row, group=doc["group"], seconds=seconds)
    return {
        "file": str(path),
        "group": doc["group"],
        "document": doc["id"],
        **row,
        "seconds": seconds,
        "folder": str(media_folder(core.path)),
    }


def media(core: Core, document: int | None = None, *, verify: bool = False) -> list[dict]:
    """The media linked to transcripts (one per document, the newest link): where the file
    is, its MIME type, audio or video, and whether it is there as linked (size; with
    ``verify`` also the digest)."""
    core.require(READ_TEXT)  # recordings of people speaking: not for viewers
    folder = media_folder(core.path)
    out = []
    for row in sql.media(core.db, document):
        path = folder / row["stored"]
        present = path.is_file() and path.stat().st_size == row["size"]
        if present and verify:
            present = file_digest(path)[0] == row["sha256"]
        mime, kind = FORMATS["." + row["format"]]
        out.append({**row, "path": str(path), "mime": mime, "kind": kind, "present": present})
    return out
