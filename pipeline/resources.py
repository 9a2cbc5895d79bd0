"""Where the rule data lives.

`patterns/` is installed as the package `crosswalk.patterns`, so `importlib.resources`
finds it in an editable install and in a wheel alike. `CROSSWALK_PATTERNS` points at
another folder for researchers who keep their own edited copy.
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path


def patterns_dir() -> Path:
    override = os.environ.get("CROSSWALK_PATTERNS")
    if override:
        return Path(override)
    return Path(str(resources.files("crosswalk.patterns")))


def pattern_file(name: str) -> Path:
    path = patterns_dir() / name
    if not path.is_file():
        raise FileNotFoundError(f"pattern file {name!r} not found in {patterns_dir()}")
    return path


def read_lines(name: str) -> list[str]:
    """Non-blank, non-comment lines of a text pattern file."""
    lines = pattern_file(name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


@lru_cache(maxsize=1)
def patterns_version() -> str:
    """A digest of every pattern file: part of the cache key of a processed document."""
    digest = hashlib.sha256()
    for path in sorted(patterns_dir().iterdir()):
        if path.is_file() and path.suffix in {".csv", ".json", ".jsonl", ".txt"}:
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
