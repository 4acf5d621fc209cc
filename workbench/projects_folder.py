"""The projects folder of a server: every project a team works on is one ``NAME.db`` file
directly in one configured folder, and nothing outside it is ever opened or created.

A project is chosen by name (letters, digits, space, ``. _ -``); a path is accepted only if
it names a file directly in the folder, so ``../x``, ``/tmp/x.db``, a sub-folder or a
symbolic link out of the folder is refused with one line before any file is touched.
"""

from __future__ import annotations

import re
from pathlib import Path

from .errors import InputError

SUFFIX = ".db"
NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9 _.-]{0,79}")


class ProjectsFolder:
    """The folder ``root`` (it must exist) and the projects in it."""

    def __init__(self, root: str | Path):
        self.given = Path(root)
        if not self.given.is_dir():
            raise InputError(root, "the projects folder does not exist (or is not a folder)")
        self.root = self.given.resolve()

    def names(self) -> list[str]:
        """The projects in the folder, by name (files ``NAME.db`` that are not links)."""
        return sorted(
            p.name[: -len(SUFFIX)]
            for p in self.root.iterdir()
            if p.name.endswith(SUFFIX)
            and NAME.fullmatch(p.name[: -len(SUFFIX)])
            and p.is_file()
            and not p.is_symlink()
        )

    def path(self, name: str) -> Path:
        """The file of project ``name`` (``NAME``, ``NAME.db`` or a path to a file directly
        in the folder); :class:`InputError` for anything that would lead outside it."""
        text = name.strip()
        if "/" in text or "\\" in text:
            candidate = Path(text)
            if not candidate.is_absolute():
                candidate = self.root / candidate
            if candidate.parent.resolve() != self.root:
                raise InputError(
                    text, f"is outside the projects folder {self.root}: choose a project in it"
                )
            text = candidate.name
        stem = text[: -len(SUFFIX)] if text.endswith(SUFFIX) else text
        if not NAME.fullmatch(stem) or stem.endswith("."):
            raise InputError(
                name,
                "is not a project name: 1 to 80 letters, digits, spaces, '.', '_' or '-', "
                "starting with a letter or digit",
            )
        path = self.root / f"{stem}{SUFFIX}"
        if path.is_symlink() or (path.exists() and path.resolve().parent != self.root):
            raise InputError(
                name, f"is outside the projects folder {self.root}: choose a project in it"
            )
        return path
