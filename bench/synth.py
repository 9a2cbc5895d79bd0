"""The synthetic batch: varied text, HTML and PDF documents made from the five samples.

Documents are rendered by the test fixtures (`tests.fixtures.render_html`,
`tests.fixtures.render_pdf`), so the benchmark reads exactly the kind of file the tests
read. Each document is a deterministic function of the seed, its kind and its index:

* force names: the four forces of the samples' region (West Mercia, West Midlands,
  Warwickshire, Staffordshire) are replaced, consistently within a group of five
  documents (one per sample, as in the real corpus), by four force areas drawn from
  `patterns/bodies.csv`; a group is therefore one inspection with its responses;
* paragraph order: up to two pairs of nearby prose paragraphs are swapped (never
  headings, list items, item statements, or the first lines that carry the metadata);
* length: prose paragraphs of the same sample are repeated at the end, a few for text
  documents and as many as a PDF needs to reach its drawn page count (2-10);
* format: plain text, HTML page variant 0 (semantic) or 1 (legacy CMS, entities);
  PDFs with the letterhead when the sample is a letter, and every other West Mercia
  response with its recommendations as a ruled table.

No two documents are byte-identical (checked; a collision is re-rolled with one more
repeated paragraph). The cache is rebuilt when the samples, the renderers, the force
list or this module change.
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
import re
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
DEFAULT_CACHE = Path(__file__).resolve().parent / ".cache"
SEED = 20240514
BUILD_VERSION = 1

REGION_FORCES = ("West Mercia", "West Midlands", "Warwickshire", "Staffordshire")
REGION_RE = re.compile(r"\b(" + "|".join(REGION_FORCES) + r")\b")
TEXT_FORMATS = ("txt", "html0", "html1")
TABLE_SAMPLE = "west-mercia-pcc-response-soc-2024"
MAX_SWAP_DISTANCE = 6  # lines: paragraphs are swapped within their section only
MIN_PAGES, MAX_PAGES = 2, 10
CHARS_PER_PAGE = 3000.0  # first guess; corrected from the rendered page count


@dataclass(frozen=True)
class Entry:
    kind: str  # "text" (text or HTML) or "pdf"
    index: int
    path: str  # relative to the cache folder
    sample: str
    fmt: str  # txt, html0, html1, pdf
    sha256: str
    pages: int = 0
    table_pages: tuple[int, ...] = ()


# ------------------------------------------------------------------------- inputs


def samples() -> list[str]:
    return sorted(p.stem for p in CORPUS.glob("*.txt"))


def sample_text(stem: str) -> str:
    return (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")


def doc_type(stem: str) -> str | None:
    gold = CORPUS / "gold" / f"{stem}.json"
    return json.loads(gold.read_text(encoding="utf-8")).get("doc_type") if gold.is_file() else None


def force_areas() -> list[str]:
    """Force areas of `patterns/bodies.csv` ("London" and the City read oddly as a region)."""
    with (REPO / "patterns" / "bodies.csv").open(encoding="utf-8", newline="") as handle:
        areas = [row["area"] for row in csv.DictReader(handle) if row["kind"] == "force" and row["area"]]
    return sorted({a for a in areas if "London" not in a})


def fingerprint() -> str:
    digest = hashlib.sha256(f"{BUILD_VERSION}:{SEED}".encode())
    sources = [*sorted(CORPUS.glob("*.txt")), *sorted((CORPUS / "gold").glob("*.json")), REPO / "patterns" / "bodies.csv",
               REPO / "tests" / "fixtures" / "render_pdf.py", REPO / "tests" / "fixtures" / "render_html.py",
               Path(__file__)]
    for path in sources:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


# ---------------------------------------------------------------------- variation


def scenario(kind: str, group: int, areas: list[str]) -> dict[str, str]:
    """The four force areas that stand in for the samples' region in one group."""
    rng = random.Random(f"{SEED}:scenario:{kind}:{group}")
    return dict(zip(REGION_FORCES, rng.sample(areas, len(REGION_FORCES))))


def substitute(text: str, mapping: dict[str, str]) -> str:
    return REGION_RE.sub(lambda m: mapping[m.group(1)], text)


def _is_prose(lines: list[str], i: int) -> bool:
    """A whole paragraph on one line: long, a sentence, not a heading/list item/markup,
    and not the continuation of the line before or continued by the line after."""
    line = lines[i].strip()
    if len(line) < 150 or not line.endswith(".") or not line[:1].isupper() or "[" in line or "•" in line:
        return False
    if _is_item_like(line):
        return False
    before = next((lines[j].strip() for j in range(i - 1, -1, -1) if lines[j].strip()), "")
    after = lines[i + 1].strip() if i + 1 < len(lines) else ""
    if lines[i - 1].strip() and not before.endswith((".", ":", "!", "?", "”", "'", '"')):
        return False  # the line continues the one before
    if _is_item_like(before) or not before.endswith((".", "!", "?", "”", '"')):
        return False  # it answers the item or heading above it: keep the pair together
    return not after[:1].islower()


ITEM_LIKE_RE = re.compile(r"^(?:R\d+\.|\d+(?:\.\d+)*\.?\s|[-–•])")
ADDRESSEE_RE = re.compile(r"\b(?:should|must|needs? to)\b")


def _is_item_like(line: str) -> bool:
    return bool(ITEM_LIKE_RE.match(line) or ADDRESSEE_RE.search(line[:160]))


def prose_lines(text: str) -> list[int]:
    lines = text.split("\n")
    return [i for i in range(4, len(lines)) if _is_prose(lines, i)]


def swap_paragraphs(text: str, rng: random.Random, swaps: int = 2) -> str:
    lines = text.split("\n")
    candidates = prose_lines(text)
    pairs = [(a, b) for a in candidates for b in candidates if a < b <= a + MAX_SWAP_DISTANCE]
    for a, b in rng.sample(pairs, min(swaps, len(pairs))):
        lines[a], lines[b] = lines[b], lines[a]
    return "\n".join(lines)


def repeated_sections(text: str, rng: random.Random, count: int) -> str:
    """`count` prose paragraphs of the text, repeated at its end."""
    lines = text.split("\n")
    pool = [lines[i].strip() for i in prose_lines(text)] or [line.strip() for line in lines if len(line.strip()) > 80]
    if not pool or count <= 0:
        return text
    extra = [rng.choice(pool) for _ in range(count)]
    return text.rstrip("\n") + "\n\n" + "\n\n".join(extra) + "\n"


def varied_text(stem: str, mapping: dict[str, str], rng: random.Random, extra_sections: int) -> str:
    text = substitute(sample_text(stem), mapping)
    text = swap_paragraphs(text, rng, rng.randint(0, 2))
    return repeated_sections(text, rng, extra_sections)


# -------------------------------------------------------------------------- build


class Builder:
    """Builds documents by index into `cache`; documents already there are kept."""

    def __init__(self, cache: Path = DEFAULT_CACHE) -> None:
        self.cache = cache
        self.manifest_path = cache / "manifest.json"
        self.stems = samples()
        self.areas = force_areas()
        self.print_fp = fingerprint()
        self.entries: dict[str, list[Entry]] = {"text": [], "pdf": []}
        self._load()
        self.seen = {e.sha256 for kind in self.entries.values() for e in kind}

    def _load(self) -> None:
        if not self.manifest_path.is_file():
            return
        data = json.loads(self.manifest_path.read_text(encoding="utf-8"))
        if data.get("fingerprint") != self.print_fp:
            shutil.rmtree(self.cache / "docs", ignore_errors=True)
            return
        for kind in ("text", "pdf"):
            entries = [Entry(**{**e, "table_pages": tuple(e["table_pages"])}) for e in data.get(kind, [])]
            # keep the leading run whose files are intact
            for entry in entries:
                path = self.cache / entry.path
                if not path.is_file():
                    break
                self.entries[kind].append(entry)

    def _save(self) -> None:
        self.cache.mkdir(parents=True, exist_ok=True)
        data = {"fingerprint": self.print_fp, **{k: [asdict(e) for e in v] for k, v in self.entries.items()}}
        tmp = self.manifest_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=0), encoding="utf-8")
        tmp.replace(self.manifest_path)

    def build(self, n_text: int, n_pdf: int) -> tuple[float, int]:
        """Make sure the first n_text text/HTML and n_pdf PDF documents exist.

        Returns (seconds spent, documents newly rendered)."""
        start = time.perf_counter()
        made = 0
        for kind, count, make in (("text", n_text, self._make_text), ("pdf", n_pdf, self._make_pdf)):
            while len(self.entries[kind]) < count:
                self.entries[kind].append(make(len(self.entries[kind])))
                made += 1
                if made % 50 == 0:
                    self._save()
        self._save()
        return time.perf_counter() - start, made

    def text_entries(self, n: int) -> list[Entry]:
        return self.entries["text"][:n]

    def pdf_entries(self, n: int) -> list[Entry]:
        return self.entries["pdf"][:n]

    def path(self, entry: Entry) -> Path:
        return self.cache / entry.path

    # one document

    def _unique(self, render: Callable[[str], bytes], rng: random.Random, text: str,
                first: bytes | None = None) -> tuple[bytes, str]:
        data = first
        for _ in range(50):
            if data is None:
                data = render(text)
            sha = hashlib.sha256(data).hexdigest()
            if sha not in self.seen:
                self.seen.add(sha)
                return data, text
            text = repeated_sections(text, rng, 1)
            data = None
        raise RuntimeError("could not make a unique document")

    def _make_text(self, index: int) -> Entry:
        from tests.fixtures.render_html import render_html

        group, k = divmod(index, len(self.stems))
        stem = self.stems[k]
        fmt = TEXT_FORMATS[(group + k) % len(TEXT_FORMATS)]
        rng = random.Random(f"{SEED}:text:{index}")
        text = varied_text(stem, scenario("text", group, self.areas), rng, rng.choice((0, 0, 0, 1, 2, 3)))
        folder = self.cache / "docs" / "text" / f"{index // 100:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        suffix = ".txt" if fmt == "txt" else ".html"
        path = folder / f"t{index:05d}-{stem[:24]}{suffix}"

        def render(body: str) -> bytes:
            if fmt == "txt":
                path.write_text(body, encoding="utf-8")
            else:
                render_html(body, path, variant=int(fmt[-1]))
            return path.read_bytes()

        data, _ = self._unique(render, rng, text)
        return Entry("text", index, path.relative_to(self.cache).as_posix(), stem, fmt,
                     hashlib.sha256(data).hexdigest())

    def _make_pdf(self, index: int) -> Entry:
        import pypdfium2 as pdfium

        from tests.fixtures.render_pdf import render_pdf

        group, k = divmod(index, len(self.stems))
        stem = self.stems[k]
        rng = random.Random(f"{SEED}:pdf:{index}")
        target = rng.randint(MIN_PAGES, MAX_PAGES)
        table = stem == TABLE_SAMPLE and group % 2 == 0
        letterhead = doc_type(stem) == "pcc_response"
        base = varied_text(stem, scenario("pdf", group, self.areas), rng, 0)
        folder = self.cache / "docs" / "pdf" / f"{index // 100:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"p{index:05d}-{stem[:24]}.pdf"

        def pages_of() -> int:
            doc = pdfium.PdfDocument(str(path))
            try:
                return len(doc)
            finally:
                doc.close()

        # Repeat prose paragraphs until the page count is in range and near the target.
        per_page = CHARS_PER_PAGE
        extra_chars = max(0.0, target * per_page - len(base))
        mean_para = max(200.0, sum(len(p) for p in base.split("\n") if len(p) > 150) / max(1, len(prose_lines(base))))
        sections = int(extra_chars / mean_para)
        text = base
        for _ in range(6):
            sub = random.Random(f"{SEED}:pdf:{index}:sections")
            text = repeated_sections(base, sub, sections)
            render_pdf(text, path, table=table, letterhead=letterhead)
            pages = pages_of()
            if MIN_PAGES <= pages <= MAX_PAGES and abs(pages - target) <= 1:
                break
            if pages < MIN_PAGES or pages < target - 1:
                sections += max(1, int((target - pages) * per_page / mean_para))
            elif pages > target + 1 and sections > 0:
                sections = max(0, sections - max(1, int((pages - target) * per_page / mean_para)))
            else:
                break  # the base text alone is longer than the target: keep it

        def render(body: str) -> bytes:
            render_pdf(body, path, table=table, letterhead=letterhead)
            return path.read_bytes()

        data, text = self._unique(render, rng, text, path.read_bytes())
        pages = pages_of()
        return Entry("pdf", index, path.relative_to(self.cache).as_posix(), stem, "pdf",
                     hashlib.sha256(data).hexdigest(), pages, tuple(table_pages(path)) if table else ())


def table_pages(path: Path) -> Iterator[int]:
    """Pages (0-based) that draw a ruled table: vertical rulings, as the renderer's grid.

    Read with pdfplumber at build time, so the benchmark's split of table and non-table
    pages does not rely on the ingestor's own detector."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for index, page in enumerate(pdf.pages):
            if sum(1 for e in page.edges if e["orientation"] == "v" and e["height"] >= 8) >= 2:
                yield index
            page.close()
