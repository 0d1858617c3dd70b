"""Baselines: accept a draft's known unverified claims, fail only on new ones.

``claimcheck baseline create`` writes the claims of the drafts whose verdict is in a chosen
set (default: ``unverified``) to a JSON file; ``claimcheck verify --baseline FILE`` then
reports those claims as usual but does not let them fail the gate.

A claim is keyed by a fingerprint of its file and its normalised text (case, accents'
composition, punctuation and spacing ignored), so moving a paragraph, rewrapping lines or
editing other sentences keeps the key. The file is stored relative to the baseline file's
folder, so the baseline works from any working directory. A claim that occurs twice in the
same file needs two baseline entries: a repeated claim is new. A baselined claim whose
verdict has changed since (an unverified claim the ledger now refutes) is new as well.

Refuted and contradicted claims are not baselined by default on purpose: a claim the ledger
says is false should never pass a gate because it was there yesterday.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from claimcheck.errors import ClaimcheckError
from claimcheck.model import CheckedClaim, Report

DEFAULT_FILE = ".claimcheck-baseline.json"
DEFAULT_VERDICTS = ("unverified",)
FORMAT_VERSION = 1
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def normalise(text: str) -> str:
    """``text`` as the fingerprint sees it: NFKC, case-folded, punctuation and spacing gone."""
    return " ".join(_NON_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).split())


def relative_file(file: str, base: Path | None = None) -> str:
    """``file`` relative to ``base`` (default: the current directory), with forward slashes."""
    if file.startswith("<"):  # <stdin>, <text>
        return file
    base = (base or Path.cwd()).resolve()
    path = Path(file).resolve()
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return Path(os.path.relpath(path, base)).as_posix()


def fingerprint(file: str, text: str) -> str:
    """The key of a claim: a hash of its (relative, forward-slash) file and normalised text."""
    digest = hashlib.sha256(f"{file}\0{normalise(text)}".encode()).hexdigest()
    return digest[:32]


def claim_fingerprint(claim: CheckedClaim, base: Path | None = None) -> str:
    return fingerprint(relative_file(claim.file, base), claim.claim.text)


def create(report: Report, path: Path, verdicts: Iterable[str] = DEFAULT_VERDICTS) -> int:
    """Write the baseline of ``report`` to ``path``; how many claims it holds."""
    wanted = set(verdicts)
    base = path.resolve().parent
    counts: Counter[tuple[str, str, str, str]] = Counter()
    for claim in report.claims:
        if claim.verdict in wanted:
            file = relative_file(claim.file, base)
            key = fingerprint(file, claim.claim.text)
            counts[(file, key, claim.claim.text, claim.verdict or "")] += 1
    entries = [
        {"fingerprint": key, "file": file, "text": text, "verdict": verdict, "count": n}
        for (file, key, text, verdict), n in sorted(counts.items())
    ]
    document = {
        "version": FORMAT_VERSION,
        "tool": "claimcheck",
        "verdicts": sorted(wanted),
        "claims": entries,
    }
    try:
        path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", "utf-8")
    except OSError as error:
        raise ClaimcheckError(f"{path}: cannot write ({error.strerror or error})") from None
    return sum(counts.values())


class Baseline:
    """A loaded baseline: which claims of a report it covers."""

    def __init__(self, path: Path, counts: Counter[tuple[str, str]]) -> None:
        self.path = path
        self.counts = counts

    @classmethod
    def load(cls, path: str | Path) -> Baseline:
        path = Path(path)
        try:
            document: Any = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ClaimcheckError(f"{path}: no such baseline file") from None
        except (OSError, UnicodeDecodeError) as error:
            raise ClaimcheckError(f"{path}: cannot read the baseline ({error})") from None
        except json.JSONDecodeError as error:
            raise ClaimcheckError(
                f"{path}:{error.lineno}: not a claimcheck baseline (invalid JSON: {error.msg})"
            ) from None
        claims = document.get("claims") if isinstance(document, dict) else None
        if not isinstance(claims, list) or document.get("version") != FORMAT_VERSION:
            raise ClaimcheckError(
                f"{path}: not a claimcheck baseline (create one with `claimcheck baseline create`)"
            )
        counts: Counter[tuple[str, str]] = Counter()
        for entry in claims:
            if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint"), str):
                raise ClaimcheckError(f"{path}: baseline entry without a fingerprint: {entry!r}")
            count = entry.get("count", 1)
            key = (entry["fingerprint"], str(entry.get("verdict", "unverified")))
            counts[key] += count if isinstance(count, int) and count > 0 else 1
        return cls(path, counts)

    def covered(self, report: Report) -> set[int]:
        """The indices (into ``report.claims``) of the claims the baseline accepts."""
        base = self.path.resolve().parent
        left = Counter(self.counts)
        covered = set()
        for index, claim in enumerate(report.claims):
            key = (claim_fingerprint(claim, base), claim.verdict or "")
            if left[key] > 0:
                left[key] -= 1
                covered.add(index)
        return covered
