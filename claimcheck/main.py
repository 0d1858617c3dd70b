"""The console entry point: a fast path for ``--version``, and errors as one line, exit 2.

Kept apart from ``cli.py`` so that ``claimcheck --version`` answers without importing typer.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if args in (["--version"], ["-V"]):
        from claimcheck import __version__

        print(f"claimcheck {__version__}")
        return
    from claimcheck.errors import ClaimcheckError

    try:
        from claimcheck.cli import app

        app(args=args, prog_name="claimcheck", standalone_mode=True)
    except ClaimcheckError as error:
        print(f"claimcheck: error: {error}", file=sys.stderr)
        sys.exit(2)
    except BrokenPipeError:
        # The reader (head, a closed pager) went away: not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
