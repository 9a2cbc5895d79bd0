"""The package imports as `crosswalk`, whatever the working folder holds (issue 13)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_import_crosswalk_is_not_shadowed_by_a_pipeline_module(tmp_path: Path) -> None:
    (tmp_path / "pipeline.py").write_text("raise SystemExit('a researcher's own pipeline.py was imported')\n")
    result = subprocess.run([sys.executable, "-c", "import crosswalk, crosswalk.cli; print(crosswalk.run.__module__)"],
                            cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip().startswith("crosswalk"), result.stderr
