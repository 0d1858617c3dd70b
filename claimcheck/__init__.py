"""claimcheck: check the factual claims in an article against a newsroom's claims ledger.

The public API lives in :mod:`claimcheck.api` and is re-exported here lazily, so that
``claimcheck --version`` does not pay for the whole pipeline's imports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_API_NAMES = (
    "check_text",
    "check_file",
    "extract_claims",
    "load_ledger",
    "search_ledger",
    "Report",
    "CheckedClaim",
    "Claim",
    "Ledger",
    "Entry",
    "ClaimcheckError",
)

__all__ = ["__version__", *_API_NAMES]

if TYPE_CHECKING:  # pragma: no cover
    from claimcheck.api import (  # noqa: F401
        CheckedClaim,
        Claim,
        ClaimcheckError,
        Entry,
        Ledger,
        Report,
        check_file,
        check_text,
        extract_claims,
        load_ledger,
        search_ledger,
    )


def __getattr__(name: str) -> Any:
    if name in _API_NAMES:
        from claimcheck import api

        return getattr(api, name)
    raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")
