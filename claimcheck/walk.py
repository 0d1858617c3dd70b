"""Turn the paths on the command line into the list of articles to check.

A file (or ``-``) is checked as given, whatever its name: naming it is asking for it. A
directory is walked: every file below it whose name matches an ``include`` glob and whose
path matches no ``exclude`` glob, in sorted order, skipping hidden files and folders
(``.git``, ``.venv``...). Globs without a ``/`` match the file name (``*.md``) or any folder
on its path (``archive``); globs with one match the path relative to the walked directory
(``archive/*.md``). A directory with nothing to check is an error: in CI it is almost always
a typo, and a gate that passes on no article would hide it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from fnmatch import fnmatchcase
from pathlib import Path, PurePosixPath

from claimcheck.errors import InputError

DEFAULT_INCLUDE = ("*.txt", "*.md", "*.markdown", "*.html", "*.htm", "*.docx")


def _matches(relative: PurePosixPath, globs: Iterable[str], folders: bool) -> bool:
    text = relative.as_posix()
    for glob in globs:
        glob = glob.rstrip("/") if folders else glob
        if "/" in glob:
            if fnmatchcase(text, glob.lstrip("./")):
                return True
        elif fnmatchcase(relative.name, glob) or (
            folders and any(fnmatchcase(part, glob) for part in relative.parts[:-1])
        ):
            return True
    return False


def walk(directory: str, include: Sequence[str] = (), exclude: Sequence[str] = ()) -> list[str]:
    """The articles below ``directory``, as paths starting with ``directory``, sorted."""
    include = tuple(include) or DEFAULT_INCLUDE
    root = Path(directory)
    found = []
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        for name in names:
            if name.startswith("."):
                continue
            path = Path(folder) / name
            relative = PurePosixPath(path.relative_to(root).as_posix())
            if _matches(relative, include, folders=False) and not _matches(
                relative, exclude, folders=True
            ):
                found.append(path)
    found.sort(key=lambda p: p.relative_to(root).parts)
    return [str(path) for path in found]


def expand(
    paths: Sequence[str], include: Sequence[str] = (), exclude: Sequence[str] = ()
) -> list[str]:
    """Files as given, directories walked; order kept, duplicates dropped."""
    articles: list[str] = []
    for path in paths:
        if path != "-" and Path(path).is_dir():
            found = walk(path, include, exclude)
            if not found:
                globs = ", ".join(include or DEFAULT_INCLUDE)
                raise InputError(
                    f"{path}: no articles found in this directory (looked for {globs})"
                )
            articles.extend(found)
        else:
            articles.append(path)
    seen: set[str] = set()
    return [p for p in articles if not (p in seen or seen.add(p))]
