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
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

MARKER = ".inspection"
COLUMNS = {"path", "inspection"}


def read_manifest(manifest: Path) -> dict[Path, str]:
    """Resolved path -> declared inspection name."""
    with manifest.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        if not COLUMNS <= set(reader.fieldnames or ()):
            raise ValueError(f"{manifest}: a manifest needs the columns path and inspection")
        declared = {}
        for row in reader:
            path, name = (row.get("path") or "").strip(), (row.get("inspection") or "").strip()
            if path and name:
                declared[(manifest.parent / path).resolve()] = name
    return declared


def folder_inspection(path: Path, root: Path) -> str | None:
    """The inspection a `.inspection` marker in the file's folder (or a folder above it,
    up to the input root) declares."""
    folder = path.parent
    while True:
        marker = folder / MARKER
        if marker.is_file():
            lines = marker.read_text(encoding="utf-8").strip().splitlines()
            return lines[0].strip() if lines and lines[0].strip() else folder.name
        if folder == root or folder.parent == folder or root not in folder.parents:
            return None
        folder = folder.parent


def declared_inspections(files: Iterable[tuple[str, Path, Path]], manifest: Path | None = None) -> dict[str, str]:
    """doc_id -> declared inspection name, for (doc_id, path, root) of a batch."""
    listed = read_manifest(manifest) if manifest is not None else {}
    declared = {}
    for doc_id, path, root in files:
        name = listed.get(path.resolve()) or folder_inspection(path, root)
        if name:
            declared[doc_id] = name
    return declared
