"""The version a processed document is cached under.

A document is processed again when its bytes change or when anything that decides its
result changes: the package version, a pattern file, or the pipeline's own code.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from crosswalk import __version__
from crosswalk.resources import patterns_version

PACKAGE = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    release = __version__
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*.py")):
        digest.update(path.relative_to(PACKAGE).as_posix().encode())
        digest.update(path.read_bytes())
    return f"{release}+{digest.hexdigest()[:12]}.{patterns_version()}"
