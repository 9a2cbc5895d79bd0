"""Find the input files of a batch, and name each one.

Folders are walked recursively, never following a symbolic link (a link to a folder, a
dangling link and a link to itself are each one input, reported as an error row). A
`.crosswalkignore` file at the top of an input folder lists glob patterns (one a line,
`dir/` for a folder) of files that are not documents, such as the gold labels kept
beside the sample corpus. Hidden files, the output folder of the run and any folder
holding a crosswalk catalogue are skipped: a batch never reads its own outputs.

Names come from zips and Windows shares in any bytes. A name that is not UTF-8 is shown
with each undecodable byte as `\\xNN` (`caf\\xe9.txt`), in `doc_id`, `path` and messages;
the file itself is still opened by its real name.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from crosswalk.errors import ErrorType, UnreadableDocument

IGNORE_FILE = ".crosswalkignore"
CATALOGUE_NAME = "catalogue.sqlite"


def display(path: Path | str) -> str:
    """A path as valid text: bytes that are not UTF-8 become `\\xNN`."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _ignore_patterns(root: Path) -> list[str]:
    path = root / IGNORE_FILE
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def _ignored(relative: str, patterns: list[str], is_dir: bool) -> bool:
    parts = relative.split("/")
    for pattern in patterns:
        if pattern.endswith("/"):
            folders = parts if is_dir else parts[:-1]
            if any(fnmatch.fnmatch(part, pattern[:-1]) for part in folders):
                return True
        elif not is_dir and (fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(parts[-1], pattern)):
            return True
    return False


def _is_output_folder(folder: Path, exclude: set[str]) -> bool:
    return os.path.realpath(folder) in exclude or (folder / CATALOGUE_NAME).is_file()


def _walk(folder: Path, root: Path, patterns: list[str], exclude: set[str]) -> Iterator[Path]:
    """Files below `folder`, sorted; links and folders that cannot be listed are yielded
    themselves, so that they become error rows instead of vanishing."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: os.fsencode(e.name))
    except OSError:
        yield folder
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.name.startswith("."):
            continue
        relative = path.relative_to(root).as_posix()
        try:
            is_dir = not entry.is_symlink() and entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if _ignored(relative, patterns, is_dir):
            continue
        if is_dir:
            if not _is_output_folder(path, exclude):
                yield from _walk(path, root, patterns, exclude)
        else:
            yield path


def discover(inputs: Iterable[Path], exclude: Iterable[Path] = ()) -> Iterator[tuple[Path, Path]]:
    """(file, root) pairs in a stable order; a file given directly is its own root's child.

    Never raises: a missing input, a loop of links or a folder that cannot be listed is
    yielded like a file, and reading it gives the error row. The same file reached twice
    (given twice, or given and inside a given folder) is yielded once; links are never
    merged this way, each is its own row."""
    skip = {os.path.realpath(p) for p in exclude}
    seen: set[str] = set()
    for item in inputs:
        if not item.is_symlink() and item.is_dir():
            if _is_output_folder(item, skip):
                continue
            found: Iterable[Path] = _walk(item, item, _ignore_patterns(item), skip)
            root = item
        else:
            found, root = [item], item.parent
        for path in found:
            key = os.path.realpath(path) if not path.is_symlink() else os.path.abspath(path)
            if key in seen:
                continue
            seen.add(key)
            yield path, root


def check_input(path: Path, max_bytes: int) -> None:
    """Raise UnreadableDocument for what cannot be read as a document, before reading it."""
    if path.is_symlink():
        target = display(os.readlink(path))
        raise UnreadableDocument(ErrorType.SYMLINK, f"{display(path)} is a symbolic link to {target}; links are not followed")
    if not path.exists():
        raise UnreadableDocument(ErrorType.UNREADABLE, f"{display(path)} does not exist")
    if path.is_dir():
        raise UnreadableDocument(ErrorType.UNREADABLE, f"{display(path)} is a folder that could not be listed")
    if not path.is_file():
        raise UnreadableDocument(ErrorType.NOT_REGULAR_FILE,
                                 f"{display(path)} is not a regular file (a pipe, socket or device)")
    size = path.stat().st_size
    if size > max_bytes:
        raise UnreadableDocument(ErrorType.TOO_LARGE, f"{size} bytes, over the limit of {max_bytes}")


def read_input(path: Path) -> bytes:
    """The bytes of an input file. Symbolic links are not followed: a link in a
    downloads folder may point anywhere on the machine."""
    if path.is_symlink():
        target = display(os.readlink(path))
        raise UnreadableDocument(ErrorType.SYMLINK, f"{display(path)} is a symbolic link to {target}; links are not followed")
    return path.read_bytes()


def doc_id_for(path: Path, root: Path) -> str:
    """The path relative to the input root, without suffix, with forward slashes; links
    are not resolved (a link may loop)."""
    relative = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
    if relative.startswith(".."):
        relative = path.name
    return display(Path(relative).with_suffix("").as_posix())


def unique_doc_ids(paths: Iterable[tuple[Path, Path]]) -> Iterator[tuple[Path, str]]:
    """Every input its own doc_id: the path without its suffix when that is unique; else
    with its suffix (`a` and `a.pdf`); else with `~2`, `~3`... (`a~2`). Names are given
    in the order of the files' own paths, not of the inputs: `crosswalk run d2 d1` names
    `d1/a.txt` and `d2/a.txt` as `crosswalk run d1 d2` does, so a re-run with its
    folders in another order finds every document under its old name."""
    taken: set[str] = set()
    named = sorted(((doc_id_for(path, root), path) for path, root in paths),
                   key=lambda pair: (pair[0], os.fsencode(os.path.abspath(pair[1]))))
    for doc_id, path in named:
        if doc_id in taken:
            doc_id += display(path.suffix)
        base, n = doc_id, 2
        while doc_id in taken:
            doc_id, n = f"{base}~{n}", n + 1
        taken.add(doc_id)
        yield path, doc_id
