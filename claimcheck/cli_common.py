"""What the commands share: the exit codes and plain usage lines of their ``--help``, and
where their output goes."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from typer.core import TyperCommand

# "\b" keeps click from joining the lines of the paragraph that follows it.
EXIT_CODES = (
    "\b\nExit codes:\n"
    "  0  the gate passes\n"
    "  1  a claim has a verdict listed in --fail-on (ledger lint: problems found)\n"
    "  2  usage, input, ledger or output error (one line on stderr)"
)


class Command(TyperCommand):
    """A command whose usage line names its arguments as its help does (``PATH...``), not
    in the braces typer puts around a required argument (``{PATH...}``)."""

    def collect_usage_pieces(self, ctx):  # noqa: ANN001, ANN201 - click's signature
        pieces = super().collect_usage_pieces(ctx)
        return [p[1:-1] if p.startswith("{") and p.endswith("}") else p for p in pieces]


def emit(text: str, output: Path | None) -> None:
    """``text`` on stdout, or in the file ``output`` (replaced atomically).

    A reader that stops early (``| head``) ends the output, not the command: its exit
    status stays the gate's."""
    if output is None:
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except BrokenPipeError:
            silence_stdout()
        return
    from claimcheck.errors import ClaimcheckError
    from claimcheck.files import write_atomic

    try:
        write_atomic(output, text)
    except OSError as error:
        raise ClaimcheckError(f"{output}: cannot write ({error.strerror or error})") from None


def silence_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush has nothing to fail on."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    finally:
        os.close(devnull)


def refuse_overwriting(
    output: Path | None,
    articles: Sequence[str | Path],
    ledgers: Sequence[str | Path],
    include: Sequence[str] = (),
) -> None:
    """Refuse, before any work, an ``--output`` that is one of the articles being read, that
    a walked folder of articles would read next time (named as ``include`` names articles),
    or that lies in the ledger: the report would replace the draft, be checked as an article
    by the next run, or replace a ledger file (a report written into ``claims/`` wipes
    entries, or is read back as a second copy of each)."""
    if output is None:
        return
    from fnmatch import fnmatchcase

    from claimcheck.errors import ClaimcheckError
    from claimcheck.walk import DEFAULT_INCLUDE

    target = output.resolve()
    names = [glob for glob in (include or DEFAULT_INCLUDE) if "/" not in glob]
    for article in articles:
        if str(article) == "-":
            continue
        path = Path(article)
        resolved = path.resolve()
        if resolved == target or _same_file(path, output):
            raise ClaimcheckError(f"{output}: is an article being checked; write elsewhere")
        inside = resolved in target.parents and path.is_dir()
        if inside and any(fnmatchcase(output.name, glob) for glob in names):
            raise ClaimcheckError(
                f"{output}: is in the folder of articles {article}, named like one: the "
                "next run would check it; write elsewhere"
            )
    for ledger in ledgers:
        root = Path(ledger).resolve()
        if target == root or root in target.parents or _same_file(Path(ledger), output):
            raise ClaimcheckError(f"{output}: is in the ledger {ledger}; write elsewhere")


def _same_file(a: Path, b: Path) -> bool:
    """Whether two existing paths are one file (a hard link, or a symlink's target)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
