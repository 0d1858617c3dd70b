"""The pre-commit hook and the GitHub Action, run as their hosts would run them.

Both call ``claimcheck`` from PATH; the tests put a shim there that runs this checkout, so
they exercise the real CLI without installing anything.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT
from tests.test_ci_gates import LEDGER, REFUTED, SUPPORTED, UNVERIFIED


@pytest.fixture
def shim_env(tmp_path: Path) -> dict[str, str]:
    """An environment whose PATH starts with a ``claimcheck`` that runs this checkout."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "claimcheck"
    shim.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m claimcheck "$@"\n')
    shim.chmod(0o755)
    return {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
        "PYTHONPATH": str(ROOT),
        "NO_COLOR": "1",
        "CLAIMCHECK_CACHE_DIR": str(tmp_path / "cache"),
    }


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A newsroom repository with a ledger, a config file and two drafts."""
    root = tmp_path / "repo"
    (root / "claims").mkdir(parents=True)
    (root / "claims" / "entries.yaml").write_text(LEDGER, encoding="utf-8")
    (root / "claimcheck.toml").write_text('ledger = ["claims"]\n', encoding="utf-8")
    (root / "drafts").mkdir()
    (root / "drafts" / "good.md").write_text(f"# Minsk\n\n{SUPPORTED}\n", encoding="utf-8")
    (root / "drafts" / "bad.txt").write_text(f"{REFUTED}\n{UNVERIFIED}\n", encoding="utf-8")
    return root


# --- pre-commit ---------------------------------------------------------------------------------


def load_hook() -> dict:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = [hook for hook in hooks if hook["id"] == "claimcheck"]
    return hook


def test_hook_definition():
    hook = load_hook()
    assert hook["entry"] == "claimcheck verify"
    assert hook["language"] == "python"
    files = re.compile(hook["files"])
    for name in ("drafts/a.md", "a.markdown", "notes.txt", "page.html", "page.htm"):
        assert files.search(name), name
    for name in ("setup.py", "claims/entries.yaml", "a.md.bak"):
        assert not files.search(name), name


def run_hook(hook: dict, filenames: list[str], cwd: Path, env: dict) -> subprocess.CompletedProcess:
    # pre-commit runs: entry + args + the staged file names that match `files`
    files = re.compile(hook["files"])
    staged = [name for name in filenames if files.search(name)]
    command = [*shlex.split(hook["entry"]), *hook.get("args", []), *staged]
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def test_hook_passes_a_good_draft_and_blocks_a_refuted_claim(repo, shim_env):
    hook = load_hook()
    good = run_hook(hook, ["drafts/good.md", "claims/entries.yaml"], repo, shim_env)
    assert good.returncode == 0, good.stderr
    assert "drafts/good.md:3:1: supported" in good.stdout
    bad = run_hook(hook, ["drafts/good.md", "drafts/bad.txt"], repo, shim_env)
    assert bad.returncode == 1
    assert "drafts/bad.txt:1:1: refuted" in bad.stdout


# --- GitHub Action ------------------------------------------------------------------------------

EXPRESSION = re.compile(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}")


def load_action() -> dict:
    return yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))


def run_action(inputs: dict[str, str], cwd: Path, env: dict) -> subprocess.CompletedProcess:
    """Run the action's own shell steps as the runner would, after its install step."""
    action = load_action()
    values = {name: spec.get("default", "") for name, spec in action["inputs"].items()}
    values.update(inputs)
    result = None
    for step in action["runs"]["steps"]:
        if "run" not in step or step.get("id") == "install":
            continue  # setup-python and pip install: the test environment has claimcheck
        assert step["shell"] == "bash"
        step_env = {
            key: EXPRESSION.sub(lambda m: values[m.group(1)], str(value))
            for key, value in step.get("env", {}).items()
        }
        script = EXPRESSION.sub(lambda m: values[m.group(1)], step["run"])
        result = subprocess.run(
            ["bash", "-e", "-c", script],
            cwd=cwd,
            env={**env, **step_env, "GITHUB_ACTION_PATH": str(ROOT)},
            capture_output=True,
            text=True,
            timeout=120,
        )
        if result.returncode != 0:
            break
    assert result is not None
    return result


def test_action_definition():
    action = load_action()
    assert action["runs"]["using"] == "composite"
    assert {"files", "ledger", "fail-on", "format"} <= set(action["inputs"])
    assert action["inputs"]["format"]["default"] == "github"
    steps = action["runs"]["steps"]
    install = next(step for step in steps if step.get("id") == "install")
    assert "pip install" in install["run"] and "$GITHUB_ACTION_PATH" in install["run"]
    assert any(step.get("uses", "").startswith("actions/setup-python@") for step in steps)
    # every ${{ inputs.x }} names a declared input
    text = (ROOT / "action.yml").read_text(encoding="utf-8")
    assert set(EXPRESSION.findall(text)) <= set(action["inputs"])


def test_action_annotates_and_fails_on_a_refuted_claim(repo, shim_env):
    result = run_action({"files": "drafts", "ledger": "claims"}, repo, shim_env)
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("::error file=drafts/bad.txt,line=1,col=1,")
    assert "title=claimcheck refuted::" in lines[0]
    assert lines[1].startswith("::warning file=drafts/bad.txt,line=2,")


def test_action_inputs_reach_the_cli(repo, shim_env):
    lenient = run_action(
        {"files": "drafts/good.md drafts/bad.txt", "fail-on": "none"}, repo, shim_env
    )
    assert lenient.returncode == 0, lenient.stderr
    only_good = run_action(
        {"files": "drafts/good.md", "fail-on": "refuted,unverified", "format": "json"},
        repo,
        shim_env,
    )
    assert only_good.returncode == 0, only_good.stderr
    assert '"verdict": "supported"' in only_good.stdout
    missing = run_action({"files": "drafts/none.md"}, repo, shim_env)
    assert missing.returncode == 2
    assert "drafts/none.md" in missing.stderr
