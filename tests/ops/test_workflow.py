"""The GitHub Pages workflow passes actionlint and builds with publishconf.py."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"


def _actionlint() -> str | None:
    """The binary installed beside this interpreter (a venv not on PATH), else on PATH."""
    beside = Path(sys.executable).parent / "actionlint"
    return str(beside) if beside.exists() else shutil.which("actionlint")


def test_actionlint_accepts_pages_workflow() -> None:
    binary = _actionlint()
    assert binary, "actionlint missing: install the test extras (pip install -e '.[test]')"
    proc = subprocess.run(
        [binary, "-no-color", str(WORKFLOW)], capture_output=True, text=True, cwd=ROOT
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_actionlint_catches_a_broken_workflow(tmp_path: Path) -> None:
    """Guard against a linter that passes everything (wrong binary, wrong args)."""
    binary = _actionlint()
    assert binary
    broken = tmp_path / "broken.yml"
    broken.write_text(
        WORKFLOW.read_text().replace("steps.pages.outputs.base_url", "steps.pages.outputs.nope")
    )
    proc = subprocess.run([binary, "-no-color", str(broken)], capture_output=True, text=True)
    assert proc.returncode != 0
    assert "nope" in proc.stdout


def test_workflow_publishes_with_publishconf_and_pages_url() -> None:
    text = WORKFLOW.read_text()
    makefile = (ROOT / "Makefile").read_text()
    assert "make setup" in text and "make publish" in text
    assert "publishconf.py" in makefile.split("publish:", 1)[1].split("\n\n", 1)[0]
    assert "SITEURL: ${{ steps.pages.outputs.base_url }}" in text
    for action in ("configure-pages", "upload-pages-artifact", "deploy-pages"):
        assert f"actions/{action}@" in text
    assert "pages: write" in text and "id-token: write" in text
    assert "group: pages" in text
