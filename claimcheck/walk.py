"""Turn the paths on the command line into the list of articles to check.

A file (or ``-``) is checked as given, whatever its name: naming it is asking for it. A
directory is walked: every file below it whose name matches an ``include`` glob and whose
path matches no ``exclude`` glob, in sorted order, skipping hidden files and folders
(``.git``, ``.venv``...). Globs without a ``/`` match the file name (``*.md``) or any folder
on its path below the walked directory (``archive``); globs with one match the path relative
to ``base``, the directory of the config file that holds them, as in ruff and pre-commit
(``drafts/old/*.md`` excludes the same files whether ``drafts/`` or ``.`` is walked). An
exclude glob that matches nothing under the walked directories is reported as a warning: it
is almost always a typo or a path written from the wrong directory. A directory with nothing
to check is an error: in CI it is almost always a typo, and a gate that passes on no article
would hide it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from fnmatch import fnmatchcase
from pathlib import Path, PurePosixPath

from claimcheck.errors import InputError

DEFAULT_INCLUDE = ("*.txt", "*.md", "*.markdown", "*.html", "*.htm", "*.docx")


def _matching(path: Path, root: Path, base: Path, globs: Iterable[str], folders: bool) -> list[str]:
    """The globs that ``path`` (a file below the walked ``root``) matches."""
    below_root = PurePosixPath(path.relative_to(root).as_posix())
    from_base = Path(os.path.relpath(os.path.abspath(path), os.path.abspath(base))).as_posix()
    found = []
    for glob in globs:
        pattern = glob.rstrip("/") if folders else glob
        if "/" in pattern:
            if fnmatchcase(from_base, pattern.removeprefix("./")):
                found.append(glob)
        elif fnmatchcase(below_root.name, pattern) or (
            folders and any(fnmatchcase(part, pattern) for part in below_root.parts[:-1])
        ):
            found.append(glob)
    return found


def walk(
    directory: str,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    base: Path | None = None,
    used: set[str] | None = None,
) -> list[str]:
    """The articles below ``directory``, as paths starting with ``directory``, sorted.

    Globs with a ``/`` are relative to ``base`` (default: ``directory``); the exclude globs
    that matched a file are added to ``used``.
    """
    include = tuple(include) or DEFAULT_INCLUDE
    root = Path(directory)
    base = base or root
    found = []
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        for name in names:
            if name.startswith("."):
                continue
            path = Path(folder) / name
            if not _matching(path, root, base, include, folders=False):
                continue
            excluded_by = _matching(path, root, base, exclude, folders=True)
            if used is not None:
                used.update(excluded_by)
            if not excluded_by:
                found.append(path)
    found.sort(key=lambda p: p.relative_to(root).parts)
    return [str(path) for path in found]


def expand(
    paths: Sequence[str],
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    base: Path | None = None,
) -> tuple[list[str], list[str]]:
    """Files as given, directories walked (order kept, duplicates dropped), and warnings:
    one for each exclude glob that matched nothing in the walked directories."""
    articles: list[str] = []
    used: set[str] = set()
    walked = []
    for path in paths:
        if path != "-" and Path(path).is_dir():
            found = walk(path, include, exclude, base, used)
            if not found:
                globs = ", ".join(include or DEFAULT_INCLUDE)
                raise InputError(
                    f"{path}: no articles found in this directory (looked for {globs})"
                )
            articles.extend(found)
            walked.append(path)
        else:
            articles.append(path)
    seen: set[str] = set()
    unique = [p for p in articles if not (p in seen or seen.add(p))]
    where = f" (patterns are relative to {base})" if base else ""
    warnings = [
        f"exclude pattern '{glob}' matches nothing under {', '.join(walked)}{where}"
        for glob in exclude
        if walked and glob not in used
    ]
    return unique, warnings
