"""The version a processed document is cached under.

A document is processed again when its bytes change or when anything that decides its
result changes: the package version, a pattern file, the pipeline's own code, or the
version of a library that reads or extracts (an upgrade of pdfium or spaCy's lookup
tables can change the text or the lemmas, and so every result).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from crosswalk import __version__
from crosswalk.resources import patterns_version

PACKAGE = Path(__file__).resolve().parent.parent
# Distributions whose version changes what a document yields: readers, normalisers, spaCy.
EXTRACTION_LIBRARIES = ("spacy", "spacy-lookups-data", "pypdfium2", "pdfplumber", "lxml", "beautifulsoup4",
                        "ftfy", "charset-normalizer", "rapidfuzz")


def library_versions() -> str:
    versions = []
    for name in EXTRACTION_LIBRARIES:
        try:
            versions.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name}=absent")
    return ";".join(versions)


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    release = __version__
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*.py")):
        digest.update(path.relative_to(PACKAGE).as_posix().encode())
        digest.update(path.read_bytes())
    digest.update(library_versions().encode())
    return f"{release}+{digest.hexdigest()[:12]}.{patterns_version()}"


# Distributions whose version changes the bytes an output file is written with from the same
# rows: the CSV and Parquet writers, the report's templates engine and its charts.
WRITER_LIBRARIES = ("pandas", "numpy", "pyarrow", "jinja2", "markupsafe", "matplotlib")


@lru_cache(maxsize=1)
def output_version() -> str:
    """What decides an output file's bytes besides the rows it is written from: the
    pipeline's version, the report's templates, styles and script (not Python, so not in
    `pipeline_version`) and the writing libraries' versions. A run keeps an output whose
    inputs and this version are those it was last written from (`crosswalk.batch.kept`)."""
    digest = hashlib.sha256()
    for path in sorted((PACKAGE / "export" / "templates").iterdir()):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    for name in WRITER_LIBRARIES:
        try:
            digest.update(f"{name}={metadata.version(name)};".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=absent;".encode())
    return f"{pipeline_version()}+{digest.hexdigest()[:12]}"
