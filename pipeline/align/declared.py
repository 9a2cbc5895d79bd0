"""Which documents belong to which inspection, as researchers declare it.

Grouping by the titles documents carry fails for a response that names no inspection
and restates no item the batch already knows. A researcher usually knows where each
file belongs, and can say so in two ways:

- a manifest CSV with columns `path,inspection` (`crosswalk run --manifest FILE`);
  paths are relative to the manifest's folder, or absolute;
- a folder per inspection: a file named `.inspection` in a folder puts every document
  under it in one inspection, named by the file's first line (or, when empty, by the
  folder's name). Hidden files are never read as documents.

A manifest row wins over a folder. Declared documents are grouped by the declared name
alone; undeclared documents are grouped by their titles as before and may join a
declared inspection whose name their title matches.

A researcher also knows where each document was published: its public address (URL),
evidence of who published it when its text names no body (`crosswalk.ingest.address`).
It can be declared in two ways:

- an `address` column in the manifest (a manifest needs `path` and at least one of
  `inspection` and `address`; either may be blank on a row);
- index tables kept in the input folders: Markdown files (`*.md`, which are never read
  as documents when `.crosswalkignore` lists them) with lines `stem | ... | address | ...`
  whose first cell is a document's file name without its suffix; only the first http(s)
  address on such a line is read, never its other cells. An index applies to the
  documents in its folder and the folders under it; the nearest index naming a stem wins.

A manifest row wins over an index line. A document with no declared address is read
from its text alone.

A declaration the system will not read (an index table or marker without read permission,
a vanished share) is the user's to fix, as a wrong argument is: `DeclarationError`, which
the command line says in one sentence; a manifest whose quotation marks do not pair up is
refused so too, not read with a row swallowing the rest of the file.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path

MARKER = ".inspection"
DECLARING_COLUMNS = ("inspection", "address")  # a manifest declares at least one of them
INDEX_SUFFIX = ".md"
URL_RE = re.compile(r"https?://[^\s|<>)\]`]+")
INDEX_STEM_RE = re.compile(r"[^\s|`]+")


class DeclarationError(ValueError):
    """A declaration beside the documents (an index table, an inspection marker) that
    cannot be read: its message names the file and the system's reason."""


def _read_declaration(path: Path) -> str:
    """A marker's or index table's text, undecodable bytes replaced (a file saved in a
    Windows code page is a typo in a name, not a reason to stop the batch); a file the
    system refuses to read raises `DeclarationError`."""
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise DeclarationError(f"{path} cannot be read ({exc.strerror or exc})") from exc


def read_manifest(manifest: Path, column: str = "inspection") -> dict[Path, str]:
    """Resolved path -> the value the manifest declares in `column` (the inspection's
    name, or the document's address). Fails naming the file when the manifest has no
    `path` column or neither declaring column."""
    with manifest.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle, strict=True)
        try:
            fields = set(reader.fieldnames or ())
            if "path" not in fields or not fields & set(DECLARING_COLUMNS):
                raise ValueError(f"{manifest}: a manifest needs the column path and at least one of inspection, address")
            declared = {}
            for row in reader:
                path, value = (row.get("path") or "").strip(), (row.get(column) or "").strip()
                if path and value:
                    declared[(manifest.parent / path).resolve()] = value
        except csv.Error as exc:
            raise ValueError(f"{manifest}: its quotation marks do not pair up by line {reader.line_num} ({exc})") from exc
    return declared


def folders_up(path: Path, root: Path) -> Iterator[Path]:
    """The file's folder and the folders above it up to the input root, nearest first: where
    a declaration beside the documents (a marker, an index table) may stand, the nearest
    winning."""
    folder = path.parent
    while True:
        yield folder
        if folder == root or folder.parent == folder or root not in folder.parents:
            return
        folder = folder.parent


def folder_inspection(path: Path, root: Path) -> str | None:
    """The inspection a `.inspection` marker in the file's folder (or a folder above it,
    up to the input root) declares."""
    for folder in folders_up(path, root):
        marker = folder / MARKER
        if marker.is_file():
            lines = _read_declaration(marker).strip().splitlines()
            return lines[0].strip() if lines and lines[0].strip() else folder.name
    return None


def declared_inspections(files: Iterable[tuple[str, Path, Path]], manifest: Path | None = None) -> dict[str, str]:
    """doc_id -> declared inspection name, for (doc_id, path, root) of a batch."""
    return _declared(files, read_manifest(manifest) if manifest is not None else {}, folder_inspection)


def _declared(files: Iterable[tuple[str, Path, Path]], listed: dict[Path, str],
              beside: Callable[[Path, Path], str | None]) -> dict[str, str]:
    """doc_id -> what is declared of each file of a batch: its manifest row (which wins),
    else what the folders beside it declare (`beside(path, root)`)."""
    declared = {}
    for doc_id, path, root in files:
        value = listed.get(path.resolve()) or beside(path, root)
        if value:
            declared[doc_id] = value
    return declared


@lru_cache(maxsize=256)
def _index_lines(folder: Path) -> dict[str, str]:
    """The addresses the index tables of one folder declare: stem -> the first http(s)
    address on its line. Only the first cell (the stem) and that address are read."""
    found: dict[str, str] = {}
    for index in sorted(folder.glob(f"*{INDEX_SUFFIX}")):
        if index.name.startswith(".") or not index.is_file():
            continue
        for line in _read_declaration(index).splitlines():
            if "|" not in line:
                continue
            stem = INDEX_STEM_RE.fullmatch(line.split("|", 1)[0].strip())
            address = URL_RE.search(line)
            if stem is not None and address is not None:
                found.setdefault(stem.group(), address.group().rstrip(".,;"))
    return found


def index_address(path: Path, root: Path) -> str | None:
    """The address an index table in the file's folder (or a folder above it, up to the
    input root) declares for the file's stem."""
    return next((address for folder in folders_up(path, root)
                 if (address := _index_lines(folder).get(path.stem)) is not None), None)


def declared_addresses(files: Iterable[tuple[str, Path, Path]], manifest: Path | None = None) -> dict[str, str]:
    """doc_id -> declared public address, for (doc_id, path, root) of a batch: a manifest's
    `address` column, else an index table's line."""
    listed = read_manifest(manifest, "address") if manifest is not None else {}
    _index_lines.cache_clear()  # a run reads the tables as they are now
    return _declared(files, listed, index_address)
