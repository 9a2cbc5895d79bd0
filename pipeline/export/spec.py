"""The output tables, specified once: each table's name, what one row stands for, and its
columns in order, each with a type and a description.

Everything that names a table's columns reads them from here: the rows built for each
table (`crosswalk.batch.build_tables`), the CSV and Parquet files and their SQL mirrors
`out_<table>` (`crosswalk.export.write_tables`, `crosswalk.batch.catalogue`), the
report, and the README's outputs table, which `tests/export/test_spec.py` renders from here
and holds equal to the README. A column added here appears everywhere at once; a row builder that
does not fill it fails at once (rows are read column by column).

Types are those of the values a column holds, as SQL declares them in the mirrors:
`text`, `integer`, `number` (a float), `boolean`. A blank is allowed in any column. CSV
and Parquet keep the dtypes pandas gives the values, which the tables' bytes depend on.
"""

from __future__ import annotations

from dataclasses import dataclass

TYPES = {"text": "TEXT", "integer": "INTEGER", "number": "REAL", "boolean": "BOOLEAN"}  # -> SQL declared type


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # a key of TYPES
    description: str = ""

    def __post_init__(self) -> None:
        if self.type not in TYPES:
            raise ValueError(f"column {self.name}: type {self.type!r} is not one of {', '.join(TYPES)}")


@dataclass(frozen=True)
class Table:
    name: str
    row: str  # what one row stands for
    columns: tuple[Column, ...]
    same_as: str = ""  # a table with another's columns ("as `crosswalk`" in the README)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


def _c(name: str, type: str = "text", description: str = "") -> Column:
    return Column(name, type, description)


DOC_ID = _c("doc_id")
OFFSETS = (_c("start", "integer"), _c("end", "integer"), _c("rule"))
QUALIFIERS = (_c("historic", "boolean"), _c("negated", "boolean"), _c("hypothetical", "boolean"))

_CROSSWALK = (
    _c("inspection"), _c("response_doc"), _c("responding_body"), _c("register_id"), _c("item_type"), _c("subject"),
    _c("item_text"),
    _c("scope", description="in_scope, other_body, innovative_practice, historic"),
    _c("status", description="actioned, acknowledged, declined, unaddressed, out_of_scope"),
    _c("passage"), _c("passage_start", "integer"), _c("passage_end", "integer"),
    _c("score", "number", "how strong the evidence is, 0-100, by method: see below"),
    _c("method"),
    _c("commitments", description="those inside the passage"),
)

TABLES: dict[str, Table] = {t.name: t for t in (
    Table("documents", "input file", (
        DOC_ID, _c("path"), _c("sha256"),
        _c("doc_type", description="pcc_response, force_response, government_response, peel_page, "
                                   "monitoring_record, press_article, inspection_report, unknown"),
        _c("title"), _c("inspection", description="title as written"), _c("date", description="the document's own"),
        _c("author"),
        _c("responding_body", description="force, PCC or fire area answering, its force's own name when the area "
                                          "does not name it, as for London's commissioner, the Met's, \"Home Office\" or \"UK Government\"; for responses and press "
                                          "articles carrying one, or that the learned type reads nearly as an "
                                          "area's answer"),
        _c("address", description="the document's public address when one is declared: a manifest's address "
                                  "column or an index table beside the documents"),
        _c("status", description="ok, warning, error"),
        _c("error", description="the warnings, or the error type and message"),
    )),
    Table("errors", "failed file, or warning about a file that was read", (
        DOC_ID, _c("path"), _c("severity", description="error, warning"),
        _c("stage", description="read, ingest, extract, process"),
        _c("error_type", description="see the catalogue above"), _c("message"),
    )),
    Table("items", "item stated in a document", (
        DOC_ID, _c("item_id"),
        _c("type", description="recommendation, area_for_improvement, cause_of_concern, innovative_practice"),
        _c("subject", description="canonical body"), _c("number", description="label in the document, e.g. R4"),
        _c("text"), _c("parent_id", description="lead-in item of a multi-part item"), *QUALIFIERS, *OFFSETS,
        _c("register_id", description="the register item it merged into"),
    )),
    Table("gradings", "grading", (
        DOC_ID, _c("subject"),
        _c("grade", description="outstanding, good, adequate, requires_improvement, inadequate"),
        _c("area"), *QUALIFIERS, _c("sentence"), *OFFSETS,
    )),
    Table("commitments", "commitment sentence", (
        DOC_ID, _c("actor"), _c("text"), _c("deadline", description="ISO date or month"),
        _c("strength", description="firm, planned, hedged"),
        _c("answers", description="item_id it answers, when it says so or follows a restated item"), *OFFSETS,
    )),
    Table("register", "item of an inspection, de-duplicated across its documents", (
        _c("inspection"),
        _c("register_id", description="`KEY/R1`: the inspection's key and the item's, unique across the batch"),
        _c("type"), _c("subject"), _c("text"), _c("parent_id"), _c("historic", "boolean"),
        _c("sources", description="documents that state it"),
    )),
    Table("crosswalk", "(response, register item)", _CROSSWALK),
    Table("unaddressed", "unaddressed crosswalk row", _CROSSWALK, same_as="crosswalk"),
    Table("compliance", "response", (
        _c("inspection"), _c("response_doc"), _c("responding_body"),
        _c("published", description="report publication date from the texts"),
        _c("published_source"), _c("response_date"), _c("days", "integer"),
        _c("late", "boolean", "over the 56 days of section 55"),
    )),
)}

# Every table a run writes, in this order.
TABLE_NAMES = tuple(TABLES)


def columns(table: str) -> list[str]:
    """The column names of `table`, in order."""
    return TABLES[table].names


def sql_type(table: str, column: str) -> str:
    """The declared SQL type of a column of the mirror `out_<table>` ("" for a column
    the specification does not know)."""
    spec = TABLES.get(table)
    found = next((c for c in spec.columns if c.name == column), None) if spec else None
    return TYPES[found.type] if found else ""
