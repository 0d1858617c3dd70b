"""Project settings: ``claimcheck.toml`` or ``[tool.claimcheck]`` in ``pyproject.toml``.

The file is looked for in the current directory and then each parent in turn; in each
directory ``claimcheck.toml`` is tried before ``pyproject.toml``, and a ``pyproject.toml``
without a ``[tool.claimcheck]`` table is passed over. The first one found wins; nothing is
merged. Command-line flags win over every setting.

Keys (all optional)::

    ledger = ["claims", "../shared-claims"]   # paths relative to the config file
    fail-on = "refuted,contradicted"          # or a list of verdicts
    min-score = 0.5                           # 0..1
    lang = "auto"                             # auto, id or en
    include = ["*.md", "*.txt"]               # globs for walking directories
    exclude = ["archive/*", "*.draft.md"]
    matcher = "semantic"                      # or "lexical"
    model = "models/my-encoder"               # a local model directory, relative to the file

A file that cannot be read or holds a bad value raises :class:`ConfigError`, whose message
names the file, so the CLI prints one line and exits 2.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimcheck.errors import ClaimcheckError

CONFIG_NAME = "claimcheck.toml"
PYPROJECT = "pyproject.toml"
KEYS = ("ledger", "fail-on", "min-score", "lang", "include", "exclude", "matcher", "model")


class ConfigError(ClaimcheckError):
    """A configuration file that cannot be used; the message starts with its path."""


@dataclass
class Config:
    """The settings of one config file; ``None`` (or empty) where the file says nothing."""

    path: Path | None = None
    ledger: list[str] = field(default_factory=list)  # already resolved against the file
    fail_on: str | None = None
    min_score: float | None = None
    lang: str | None = None
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    matcher: str | None = None
    model: str | None = None  # already resolved against the file


def _strings(path: Path, key: str, value: Any) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(f"{path}: {key} must be a string or a list of strings")
    return list(value)


def parse(path: Path, table: dict[str, Any]) -> Config:
    """The :class:`Config` for ``table`` (the top level, or ``[tool.claimcheck]``) of ``path``."""
    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        raise ConfigError(
            f"{path}: unknown setting {', '.join(unknown)} (known: {', '.join(KEYS)})"
        )
    config = Config(path=path)
    base = path.parent
    if "ledger" in table:
        config.ledger = [str(base / p) for p in _strings(path, "ledger", table["ledger"])]
    if "fail-on" in table:
        value = table["fail-on"]
        if value in ("", []) or (isinstance(value, list) and "" in value):
            # An empty gate is a mistake (a template's blank), never "fail on nothing".
            raise ConfigError(
                f'{path}: fail-on is empty (write "none" for a gate that never fails)'
            )
        config.fail_on = ",".join(_strings(path, "fail-on", value))
    if "min-score" in table:
        score = table["min-score"]
        if isinstance(score, bool) or not isinstance(score, (int, float)) or not 0 <= score <= 1:
            raise ConfigError(f"{path}: min-score must be a number from 0 to 1")
        config.min_score = float(score)
    if "lang" in table:
        if not isinstance(table["lang"], str):
            raise ConfigError(f"{path}: lang must be a string (auto, id or en)")
        config.lang = table["lang"]
    if "include" in table:
        config.include = _strings(path, "include", table["include"])
    if "exclude" in table:
        config.exclude = _strings(path, "exclude", table["exclude"])
    for key in ("matcher", "model"):
        if key in table and not (isinstance(table[key], str) and table[key]):
            raise ConfigError(f"{path}: {key} must be a non-empty string")
    config.matcher = table.get("matcher")
    if "model" in table:
        model = table["model"]
        config.model = model if model in ("default", "lexical") else str(base / model)
    return config


def load(path: Path) -> Config | None:
    """The settings in ``path``; ``None`` for a ``pyproject.toml`` without them."""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from None
    except UnicodeDecodeError as error:  # TOML is UTF-8
        raise ConfigError(f"{path}: not UTF-8 text ({error.reason})") from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot read ({error.strerror or error})") from None
    if path.name == PYPROJECT:
        tool = data.get("tool", {})
        if not isinstance(tool, dict) or "claimcheck" not in tool:
            return None
        table = tool["claimcheck"]
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: [tool.claimcheck] must be a table")
        return parse(path, table)
    return parse(path, data)


def find(start: Path | None = None) -> Config:
    """The first config found from ``start`` (default: the current directory) upwards."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        for name in (CONFIG_NAME, PYPROJECT):
            candidate = folder / name
            if candidate.is_file():
                config = load(candidate)
                if config is not None:
                    return config
    return Config()


def resolve(explicit: str | None) -> Config:
    """``--config FILE`` when given (it must exist), else the one found upwards."""
    if explicit is None:
        return find()
    path = Path(explicit)
    if not path.is_file():
        raise ConfigError(f"{explicit}: no such config file")
    config = load(path)
    if config is None:
        raise ConfigError(f"{explicit}: no [tool.claimcheck] table")
    return config
