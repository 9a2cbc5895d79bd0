"""Find the input files of a batch.

Folders are walked recursively. A `.crosswalkignore` file at the top of an input folder
lists glob patterns (one a line, `dir/` for a folder) of files that are not documents,
such as the gold labels kept beside the sample corpus. Hidden files are skipped.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Iterator
from pathlib import Path

from crosswalk.errors import UnreadableDocument

IGNORE_FILE = ".crosswalkignore"


def _ignore_patterns(root: Path) -> list[str]:
    path = root / IGNORE_FILE
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def _ignored(relative: str, patterns: list[str]) -> bool:
    parts = relative.split("/")
    for pattern in patterns:
        if pattern.endswith("/"):
            if any(fnmatch.fnmatch(part, pattern[:-1]) for part in parts[:-1]):
                return True
        elif fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(parts[-1], pattern):
            return True
    return False


def discover(inputs: Iterable[Path]) -> Iterator[tuple[Path, Path]]:
    """(file, root) pairs in a stable order; a file given directly is its own root's child.

    Symlinks and unreadable entries are yielded too: ingestion reports them as error rows
    rather than letting them vanish from the batch.
    """
    for item in inputs:
        if item.is_dir():
            patterns = _ignore_patterns(item)
            for path in sorted(item.rglob("*")):
                relative = path.relative_to(item).as_posix()
                if any(part.startswith(".") for part in relative.split("/")):
                    continue
                if path.is_dir() or _ignored(relative, patterns):
                    continue
                yield path, item
        else:
            yield item, item.parent


def read_input(path: Path) -> bytes:
    """The bytes of an input file. Symbolic links are not followed: a link in a
    downloads folder may point anywhere on the machine."""
    if path.is_symlink():
        raise UnreadableDocument("symlink", f"{path} is a symbolic link to {path.readlink()}; links are not followed")
    return path.read_bytes()


def doc_id_for(path: Path, root: Path) -> str:
    """The path relative to the input root, without suffix, with forward slashes."""
    try:
        relative = path.resolve().relative_to(root.resolve()) if root.is_dir() else Path(path.name)
    except ValueError:
        relative = Path(path.name)
    return relative.with_suffix("").as_posix()
