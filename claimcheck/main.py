"""The console entry point: a fast path for ``--version``, and every error as one line.

Kept apart from ``cli.py`` so that ``claimcheck --version`` answers without importing typer.

Exit status 1 means only "the gate failed" (or ``ledger lint`` found problems); anything
that stops a run is one line on stderr and status 2: a usage error, bad input, an output
that cannot be written, and an unexpected exception, which asks for a bug report (with
``--debug`` before the command, or ``CLAIMCHECK_DEBUG=1``, its traceback follows).
"""

from __future__ import annotations

import contextlib
import os
import sys

USAGE_STATUS = 2
INTERRUPTED_STATUS = 130


def say(message: str) -> None:
    """One line on stderr, its control characters shown, never raising.

    ``##[`` is broken up as well: a CI log (GitHub's runner reads stderr too) would run it
    as a legacy workflow command wherever it stood, and error lines name files.
    """
    from claimcheck.safe_text import visible

    line = f"claimcheck: {visible(message)}".replace("##[", "##%5B")
    if sys.stderr is not None:
        with contextlib.suppress(OSError):
            print(line, file=sys.stderr, flush=True)


def _wants_traceback(args: list[str]) -> bool:
    """``--debug`` among the options before the command, or ``CLAIMCHECK_DEBUG`` set."""
    if os.environ.get("CLAIMCHECK_DEBUG", "").strip() not in ("", "0"):
        return True
    for arg in args:
        if arg == "--debug":
            return True
        if not arg.startswith("-"):
            return False  # the command: what follows is its own
    return False


def _click_errors() -> tuple[type[Exception], type[Exception]]:
    """click's ``ClickException`` and ``UsageError`` as typer raises them, found through
    typer's public ``BadParameter``: typer ships its own copy of click in newer releases,
    and used click itself in older ones."""
    import typer

    classes = {cls.__name__: cls for cls in typer.BadParameter.__mro__}
    return classes["ClickException"], classes["UsageError"]


def _usage_line(error: Exception) -> str:
    """A click usage error as one line, with the command's help to turn to."""
    message = error.format_message()  # type: ignore[attr-defined]
    context = getattr(error, "ctx", None)
    if context is None:
        return f"error: {message}"
    return f"error: {message} (see '{context.command_path} --help')"


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if sys.stdout is None:  # started with stdout closed: the result could not be reported
        say("error: standard output is closed; nothing was done")
        sys.exit(USAGE_STATUS)
    if args in (["--version"], ["-V"]):
        from claimcheck import __version__

        print(f"claimcheck {__version__}")
        return
    from typer import Abort

    from claimcheck.cli import app
    from claimcheck.errors import ClaimcheckError

    click_error, usage_error = _click_errors()
    try:
        status = app(args=args, prog_name="claimcheck", standalone_mode=False)
        sys.stdout.flush()  # here, where a full disk is still reported
    except ClaimcheckError as error:
        say(f"error: {error}")
        sys.exit(USAGE_STATUS)
    except BrokenPipeError:
        # The reader (head, a closed pager) went away: not an error of ours, nor a verdict
        # (verify's gate status survives it: see cli_common.emit).
        from claimcheck.cli_common import silence_stdout

        silence_stdout()
        sys.exit(0)
    except KeyboardInterrupt:
        sys.exit(INTERRUPTED_STATUS)
    except OSError as error:  # writing the output: a full disk, a closed pipe, EIO
        from claimcheck.cli_common import silence_stdout

        silence_stdout()
        where = f" ({error.filename})" if error.filename else ""
        say(f"error: {error.strerror or error}{where}")
        sys.exit(USAGE_STATUS)
    except Exception as error:  # noqa: BLE001 - the last line of defence
        if type(error).__name__ == "NoArgsIsHelpError":  # ``claimcheck`` alone: its help
            print(error.format_message(), file=sys.stderr)  # type: ignore[attr-defined]
        elif isinstance(error, usage_error):
            say(_usage_line(error))
        elif isinstance(error, click_error):
            say(f"error: {error.format_message()}")  # type: ignore[attr-defined]
        elif isinstance(error, Abort):
            say("error: aborted (no answer to a prompt)")
        elif _wants_traceback(args):
            import traceback

            traceback.print_exc()
        else:
            say(
                f"error: unexpected {type(error).__name__}: {error}. This is a bug in "
                "claimcheck: please report it with the command that caused it (run "
                "'claimcheck --debug ...' or set CLAIMCHECK_DEBUG=1 for the traceback)"
            )
        sys.exit(USAGE_STATUS)
    sys.exit(status or 0)
