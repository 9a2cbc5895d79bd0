"""The static HTML report, checked in a real browser (headless Chromium via Selenium).

The report is what researchers read, so the tests look at what a person sees: the counts
shown must equal those of crosswalk.csv, a click on a cell must show that row's text,
the filter must hide rows, and hostile document text must stay inert text. Chromium and
chromedriver come from Debian (`make browser-deps`); when they are missing these tests
fail instead of skipping, so CI cannot pass without having run them.
"""

from __future__ import annotations

import html
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import Select, WebDriverWait

from crosswalk.export.report import COLUMNS, FOLD_ROWS, render_pages, write_report
from tests.frame_tables import FrameTables

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
STATUSES = ["actioned", "acknowledged", "unaddressed", "out_of_scope"]
PAYLOADS = [
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    "</script><script>window.__pwned=1</script>",
]
EVIL = "Hostile " + " ".join(PAYLOADS) + " \u2028 end"


# --- data -----------------------------------------------------------------------------

def _crosswalk_row(inspection: str, doc: str, body: str, rid: str, kind: str, subject: str, text: str,
                   status: str, passage: str = "", scope: str = "in_scope", score: float = 0.0,
                   commitments: str = "", method: str = "cue+similarity") -> dict[str, object]:
    return {"inspection": inspection, "response_doc": doc, "responding_body": body, "register_id": rid,
            "item_type": kind, "subject": subject, "item_text": text, "scope": scope, "status": status,
            "passage": passage or None, "passage_start": 100 if passage else None,
            "passage_end": 100 + len(passage) if passage else None, "score": score,
            "method": method if passage else None, "commitments": commitments or None}


REGISTER = [  # (inspection, register_id, type, subject, text, parent_id, historic)
    ("PEEL 2023 Kent", "R1", "recommendation", "Kent Police",
     "By 31 March 2024, the force should improve how it records crimes of violence.", None, False),
    ("PEEL 2023 Kent", "R1a", "recommendation", "Kent Police",
     "The force should audit its crime recording decisions monthly.", "R1", False),
    ("PEEL 2023 Kent", "R1b", "recommendation", "Kent Police",
     "The force should train call handlers in the national crime recording standard.", "R1", False),
    ("PEEL 2023 Kent", "AFI1", "area_for_improvement", "Kent Police",
     "The force should make sure custody detention reviews are timely.", None, False),
    ("PEEL 2023 Kent", "AFI2", "area_for_improvement", "Kent Police",
     "The force should improve the supervision of investigations.", None, True),
    ("PEEL 2023 Kent", "IP1", "innovative_practice", "Kent Police",
     "The force's drone unit supports missing person searches.", None, False),
    ("Custody 2024 Essex", "C1", "recommendation", "Essex Police",
     "The force should ensure detainees receive food and drink.", None, False),
    ("Custody 2024 Essex", "C2", "recommendation", "Essex Police and Crime Commissioner",
     "The commissioner should fund independent custody visitors adequately.", None, False),
    ("Custody 2024 Essex", "C3", "area_for_improvement", "Essex Police",
     "The force should record use of force in custody consistently.", None, False),
    ("Custody 2024 Essex", "C4", "cause_of_concern", "Essex Police",
     "Detainees wait too long for a healthcare professional.", None, False),
]


def _crosswalk() -> list[dict[str, object]]:
    text = {rid: t for _, rid, _, _, t, _, _ in REGISTER}
    kind = {rid: k for _, rid, k, _, _, _, _ in REGISTER}
    kent, essex = "PEEL 2023 Kent", "Custody 2024 Essex"
    rows = []
    for rid, status, passage in [
        ("R1", "actioned", "We have introduced a new crime recording audit team in April 2024."),
        ("R1a", "actioned", "Monthly audits of crime recording decisions began in May."),
        ("R1b", "acknowledged", "I note the recommendation on training call handlers."),
        ("AFI1", "unaddressed", ""),
        ("AFI2", "acknowledged", "Supervision remains a priority for the chief constable."),
        ("IP1", "out_of_scope", ""),
    ]:
        scope = "innovative_practice" if rid == "IP1" else "historic" if rid == "AFI2" else "in_scope"
        promise = "We will report progress to the panel by June 2024." if status == "actioned" else ""
        rows.append(_crosswalk_row(kent, "kent-pcc-response", "Kent PCC", rid, kind[rid], "Kent Police",
                                   text[rid], status, passage, scope, 0.81 if passage else 0.0, promise))
    for rid, status, passage in [
        ("R1", "acknowledged", "The force notes the finding about violent crime recording."),
        ("AFI1", "actioned", "Custody reviews are now tracked by an inspector on every shift."),
    ]:
        rows.append(_crosswalk_row(kent, "kent-force-response", "Kent Police", rid, kind[rid], "Kent Police",
                                   text[rid], status, passage, "in_scope", 0.7))
    for rid, status, passage, method in [  # a second document of the same body: one column, two answers
        ("R1", "acknowledged", "The commissioner welcomes the report on crime recording.", "explicit_reference"),
        ("AFI1", "unaddressed", "Detention in our custody suites is reviewed by the custody inspector.",
         "similarity_suggestion"),
    ]:
        rows.append(_crosswalk_row(kent, "kent-pcc-update", "Kent PCC", rid, kind[rid], "Kent Police", text[rid],
                                   status, passage, "in_scope", 0.55, method=method))
    for rid, status, passage, scope in [
        ("C1", "actioned", "Food and drink are now offered at every detainee review.", "in_scope"),
        ("C2", "actioned", "I have increased the budget for independent custody visitors.", "in_scope"),
        ("C3", "unaddressed", "", "in_scope"),
        ("C4", "out_of_scope", "", "other_body"),
    ]:
        rows.append(_crosswalk_row(essex, "essex-pcc-response", "Essex PFCC", rid, kind[rid], "Essex Police",
                                   text[rid], status, passage, scope, 0.9 if passage else 0.0))
    return rows


def _tables(crosswalk: list[dict[str, object]]) -> dict[str, pd.DataFrame]:
    register = pd.DataFrame(
        [{"inspection": i, "register_id": r, "type": k, "subject": s, "text": t, "parent_id": p,
          "historic": h, "sources": "kent-peel-page;kent-pcc-response"} for i, r, k, s, t, p, h in REGISTER],
        columns=COLUMNS["register"])
    gradings = pd.DataFrame([
        {"doc_id": "kent-peel-page", "subject": "Kent Police", "grade": "adequate", "area": "Investigating crime",
         "historic": False, "negated": False, "hypothetical": False,
         "sentence": "Kent Police is adequate at investigating crime.", "start": 10, "end": 58, "rule": "grade.v1"},
        {"doc_id": "kent-peel-page", "subject": "Kent Police", "grade": "requires improvement",
         "area": "Recording data about crime", "historic": False, "negated": False, "hypothetical": False,
         "sentence": "The force requires improvement at recording data about crime.", "start": 70, "end": 130,
         "rule": "grade.v1"},
    ], columns=COLUMNS["gradings"])
    commitments = pd.DataFrame([
        {"doc_id": "kent-pcc-response", "actor": "Kent PCC", "text": "I will report progress to the panel.",
         "deadline": "2024-06-30", "strength": "firm", "answers": "R1", "start": 300, "end": 336,
         "rule": "commit.will"},
        {"doc_id": "essex-pcc-response", "actor": "Essex PFCC", "text": "We aim to review custody visiting.",
         "deadline": "2024-03-31", "strength": "soft", "answers": "C2", "start": 50, "end": 85, "rule": "commit.aim"},
        {"doc_id": "kent-force-response", "actor": "Kent Police", "text": "We will consider more training.",
         "deadline": None, "strength": "soft", "answers": "R1b", "start": 5, "end": 36, "rule": "commit.will"},
    ], columns=COLUMNS["commitments"])
    compliance = pd.DataFrame([
        {"inspection": "PEEL 2023 Kent", "response_doc": "kent-pcc-response", "responding_body": "Kent PCC",
         "published": "2023-11-02", "response_date": "2023-12-20", "days": 48, "late": False},
        {"inspection": "Custody 2024 Essex", "response_doc": "essex-pcc-response", "responding_body": "Essex PFCC",
         "published": "2024-02-01", "response_date": "2024-05-10", "days": 99, "late": True},
    ], columns=COLUMNS["compliance"])
    documents = pd.DataFrame([
        {"doc_id": d, "path": f"corpus/{d}.html", "sha256": "ab" * 32, "doc_type": t, "title": d.replace("-", " "),
         "inspection": i, "date": "2024-01-01", "author": None, "responding_body": b, "status": "ok", "error": None}
        for d, t, i, b in [("kent-pcc-response", "pcc_response", "PEEL 2023 Kent", "Kent PCC"),
                           ("kent-pcc-update", "pcc_response", "PEEL 2023 Kent", "Kent PCC"),
                           ("kent-force-response", "force_response", "PEEL 2023 Kent", "Kent Police"),
                           ("essex-pcc-response", "pcc_response", "Custody 2024 Essex", "Essex PFCC"),
                           ("kent-peel-page", "peel_page", "PEEL 2023 Kent", None)]
    ] + [{"doc_id": "broken", "path": "https://example.org/broken.pdf", "sha256": None, "doc_type": None,
          "title": None, "inspection": None, "date": None, "author": None, "responding_body": None,
          "status": "error", "error": "PdfError: file is encrypted"}], columns=COLUMNS["documents"])
    documents.loc[len(documents)] = {
        "doc_id": "scripted-page", "path": "corpus/scripted-page.html", "sha256": "cd" * 32, "doc_type": "press_article",
        "title": "A page with scripts", "inspection": None, "date": None, "author": None, "responding_body": None,
        "status": "warning", "error": "2 <script> elements removed"}
    errors = pd.DataFrame([
        {"doc_id": "broken", "path": "https://example.org/broken.pdf", "severity": "error", "stage": "read",
         "error_type": "encrypted_pdf", "message": "PdfError: file is encrypted"},
        {"doc_id": "scripted-page", "path": "corpus/scripted-page.html", "severity": "warning", "stage": "ingest",
         "error_type": "repaired", "message": "2 <script> elements removed"},
    ], columns=COLUMNS["errors"])
    return {"crosswalk": pd.DataFrame(crosswalk, columns=COLUMNS["crosswalk"]), "register": register,
            "errors": errors,
            "gradings": gradings, "commitments": commitments, "compliance": compliance, "documents": documents}


def _via_csv(tables: dict[str, pd.DataFrame], folder: Path) -> dict[str, pd.DataFrame]:
    """Round-trip through CSV, as the report is built from the written outputs."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, frame in tables.items():
        frame.to_csv(folder / f"{name}.csv", index=False)
    return {name: pd.read_csv(folder / f"{name}.csv") for name in tables}


def _evil_tables() -> dict[str, pd.DataFrame]:
    rows = _crosswalk()
    rows[0].update(passage=EVIL, item_text="Item " + EVIL, commitments="Commit " + EVIL, subject=PAYLOADS[1],
                   responding_body=PAYLOADS[2])
    rows[-1].update(inspection="Custody " + PAYLOADS[0], register_id=PAYLOADS[1])
    tables = _tables(rows)
    tables["register"].loc[0, "text"] = "Item " + EVIL
    tables["documents"].loc[len(tables["documents"])] = {
        "doc_id": "evil", "path": "evil.html", "sha256": None, "doc_type": None, "title": EVIL, "inspection": None,
        "date": None, "author": None, "responding_body": None, "status": "error", "error": EVIL}
    tables["commitments"].loc[0, "text"] = EVIL
    tables["gradings"].loc[0, "sentence"] = EVIL
    return tables



BEFORE = "Opening words of the response, before the passage. "
AFTER = " Closing words that follow the passage in the document."


def _texts(tables: dict[str, pd.DataFrame]) -> dict[str, str]:
    """Each response's text with its passage at the offsets the rows give (100)."""
    texts = {}
    for row in tables["crosswalk"].itertuples():
        if isinstance(row.passage, str):
            texts.setdefault(row.response_doc, {}).setdefault(int(row.passage_start), row.passage)
    out = {}
    for doc, passages in texts.items():
        text = BEFORE.rjust(100, "x")
        # rows of one document share the offset 100 here: the tests read each document's first
        out[doc] = text + passages[100] + AFTER
    return out


# --- browser --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebDriver]:
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        pytest.fail(f"{', '.join(missing)} missing: the report tests need Debian's chromium and chromium-driver "
                    "(run `make browser-deps`, or apt-get install -y chromium chromium-driver)", pytrace=False)
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=1600,1000",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    # An explicit driver path keeps Selenium Manager (which would download drivers) out of it.
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def _open(browser: WebDriver, page: Path) -> None:
    browser.get(page.resolve().as_uri())
    assert browser.find_element(By.ID, "filter")  # the page rendered


def _counts(root: Any) -> dict[str, int]:
    return {e.get_attribute("data-status"): int(e.text)
            for e in root.find_elements(By.CSS_SELECTOR, ".count[data-status]")}


def _visible(browser: WebDriver, selector: str, attribute: str = "data-register-id") -> list[str]:
    return [r.get_attribute(attribute) or r.text for r in browser.find_elements(By.CSS_SELECTOR, selector)
            if r.is_displayed()]


def _visible_when_built(browser: WebDriver, selector: str, attribute: str, count: int) -> list[str]:
    """The rows of a folded table once it is opened: the page builds them in the `toggle`
    event, which the browser queues after the click returns, so read them when they exist."""
    WebDriverWait(browser, 10).until(lambda b: len(_visible(b, selector, attribute)) >= min(count, 1))
    return _visible(browser, selector, attribute)


def _details(root: Any, field: str) -> str:
    return root.find_element(By.CSS_SELECTOR, f'[data-field="{field}"]').text


def _select(browser: WebDriver, element_id: str, text: str) -> None:
    Select(browser.find_element(By.ID, element_id)).select_by_visible_text(text)


def _type(browser: WebDriver, text: str) -> None:
    box = browser.find_element(By.ID, "filter")
    box.send_keys(Keys.CONTROL, "a")
    box.send_keys(Keys.BACKSPACE)  # as a person clears it; clear() fires no input event
    if text:
        box.send_keys(text)


def _status_counts(frame: pd.DataFrame) -> dict[str, int]:
    return {s: int((frame["status"] == s).sum()) for s in STATUSES}


def _written(tmp_path: Path, tables: dict[str, pd.DataFrame] | None = None) -> tuple[pd.DataFrame, Path]:
    tables = _via_csv(tables or _tables(_crosswalk()), tmp_path / "outputs")
    page = tmp_path / "report.html"
    texts = _texts(tables)
    write_report(FrameTables(tables), page, texts=texts.get)
    return pd.read_csv(tmp_path / "outputs" / "crosswalk.csv"), page


def _inspection_page(browser: WebDriver, index: Path, name: str) -> None:
    _open(browser, index)
    browser.find_element(By.LINK_TEXT, name).click()
    assert browser.find_element(By.TAG_NAME, "h1").text == name


# --- tests ----------------------------------------------------------------------------

def test_index_and_one_page_per_inspection(browser: WebDriver, tmp_path: Path) -> None:
    crosswalk, index = _written(tmp_path)
    assert set(crosswalk["status"]) == set(STATUSES)
    pages = sorted(p.name for p in (tmp_path / "report").glob("*.html"))
    assert len(pages) == crosswalk["inspection"].nunique() == 2
    _open(browser, index)
    assert _counts(browser.find_element(By.ID, "overall-counts")) == _status_counts(crosswalk)
    assert browser.find_element(By.ID, "total-documents").text == "7"
    assert browser.find_element(By.ID, "total-register").text == str(len(REGISTER))
    for tr in browser.find_elements(By.CSS_SELECTOR, "tr.inspection"):
        rows = crosswalk[crosswalk["inspection"] == tr.get_attribute("data-inspection")]
        assert _counts(tr) == _status_counts(rows)
    # an inspection gone from the batch loses its page on the next write
    (tmp_path / "report" / "gone-0000.html").write_text("old", encoding="utf-8")
    write_report(FrameTables(_tables(_crosswalk())), index)
    assert sorted(p.name for p in (tmp_path / "report").glob("*.html")) == pages


def test_warnings_are_not_errors(browser: WebDriver, tmp_path: Path) -> None:
    _, index = _written(tmp_path)
    _open(browser, index)
    assert browser.find_element(By.ID, "total-errors").text == "1"  # the encrypted PDF, not the repaired page
    assert browser.find_element(By.ID, "total-warnings").text == "1"
    assert [tr.text for tr in browser.find_elements(By.CSS_SELECTOR, "#table-errors tbody tr")] == [
        "broken https://example.org/broken.pdf read encrypted_pdf PdfError: file is encrypted"]
    assert not browser.find_element(By.ID, "table-warnings").is_displayed()  # folded away until asked for
    browser.find_element(By.CSS_SELECTOR, "#section-warnings summary").click()
    assert any("scripted-page" in row for row in _visible_when_built(browser, "#table-warnings tbody tr", "x", 1))


def test_index_filter_by_status_body_type_and_inspection(browser: WebDriver, tmp_path: Path) -> None:
    crosswalk, index = _written(tmp_path)
    _open(browser, index)
    overall = browser.find_element(By.ID, "overall-counts")

    _type(browser, "unaddressed")  # a status typed as text finds the inspections that have it
    assert sorted(_visible(browser, "tr.inspection", "data-inspection")) == ["Custody 2024 Essex", "PEEL 2023 Kent"]
    _type(browser, "")

    _select(browser, "filter-status", "unaddressed")
    assert _counts(overall) == {**dict.fromkeys(STATUSES, 0), "unaddressed": 3}
    _select(browser, "filter-body", "Kent PCC")
    assert _visible(browser, "tr.inspection", "data-inspection") == ["PEEL 2023 Kent"]  # Essex has none: hidden
    assert _counts(overall)["unaddressed"] == 2
    _select(browser, "filter-status", "any")
    kent_pcc = crosswalk[crosswalk["responding_body"] == "Kent PCC"]
    assert _counts(overall) == _status_counts(kent_pcc)
    _select(browser, "filter-type", "area_for_improvement")
    assert _counts(overall) == _status_counts(kent_pcc[kent_pcc["item_type"] == "area_for_improvement"])
    _select(browser, "filter-body", "any")
    _select(browser, "filter-type", "any")
    _select(browser, "filter-inspection", "Custody 2024 Essex")
    assert _visible(browser, "tr.inspection", "data-inspection") == ["Custody 2024 Essex"]
    assert _counts(overall) == _status_counts(crosswalk[crosswalk["inspection"] == "Custody 2024 Essex"])
    _select(browser, "filter-inspection", "any")

    # an empty section leaves the page while a filter hides all its rows
    _type(browser, "drone")
    assert not browser.find_element(By.ID, "section-gradings").is_displayed()
    _type(browser, "investigating crime")
    assert browser.find_element(By.ID, "section-gradings").is_displayed()
    assert browser.find_element(By.CSS_SELECTOR, "#section-gradings .shown").text == "1"


def test_matrix_columns_are_bodies_and_details_show_context(browser: WebDriver, tmp_path: Path) -> None:
    crosswalk, index = _written(tmp_path)
    _inspection_page(browser, index, "PEEL 2023 Kent")
    kent = crosswalk[crosswalk["inspection"] == "PEEL 2023 Kent"]
    assert _counts(browser.find_element(By.ID, "overall-counts")) == _status_counts(kent)
    heads = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "table.matrix th.body")]
    assert heads == sorted(kent["responding_body"].unique())  # one column per body, not per document
    order = [tr.get_attribute("data-register-id") for tr in browser.find_elements(By.CSS_SELECTOR, "tbody tr[data-i]")]
    assert order[:3] == ["R1", "R1a", "R1b"]
    assert "part" in browser.find_element(By.CSS_SELECTOR, 'tr[data-register-id="R1a"]').get_attribute("class")
    assert browser.find_element(By.ID, "chart-statuses").get_attribute("src").startswith("data:image/svg+xml;base64,")
    assert browser.find_element(By.ID, "chart-compliance").is_displayed()

    # two documents of Kent PCC answer R1: one cell, the strongest status, both answers in its details
    cell = browser.find_element(By.XPATH, '//tr[@data-register-id="R1"]/td[@data-b="0"]')
    assert cell.text.startswith("A") and cell.find_element(By.TAG_NAME, "sup").text == "2"
    cell.click()
    details = browser.find_element(By.ID, "details")
    answers = details.find_elements(By.CSS_SELECTOR, ".answer")
    assert sorted(a.get_attribute("data-doc") for a in answers) == ["kent-pcc-response", "kent-pcc-update"]
    first = next(a for a in answers if a.get_attribute("data-doc") == "kent-pcc-response")
    row = kent[(kent["register_id"] == "R1") & (kent["response_doc"] == "kent-pcc-response")].iloc[0]
    assert _details(details, "item_text") == row["item_text"]
    assert _details(first, "passage") == row["passage"]
    assert _details(first, "before").strip().endswith(BEFORE.strip()) and _details(first, "after").strip() == AFTER.strip()
    link = first.find_element(By.CSS_SELECTOR, 'a[data-field="source"]')
    assert link.get_attribute("href") == (Path("corpus") / "kent-pcc-response.html").resolve().as_uri()
    assert "0.81" in _details(first, "method")

    # an unaddressed cell shows the nearest candidate passage, marked as a suggestion
    browser.find_element(By.XPATH, '//tr[@data-register-id="AFI1"]/td[@data-b="0"]').click()
    update = details.find_element(By.CSS_SELECTOR, '.answer[data-doc="kent-pcc-update"]')
    assert "Nearest candidate" in _details(update, "suggestion")
    assert _details(update, "passage").startswith("Detention in our custody suites")
    alone = details.find_element(By.CSS_SELECTOR, '.answer[data-doc="kent-pcc-response"]')
    assert _details(alone, "passage") == "No answering passage, and no similar paragraph in this document."

    # the filter: by status, with counts following; the status typed as text; by body
    _select(browser, "filter-status", "unaddressed")
    assert _visible(browser, "tbody tr[data-i]") == ["AFI1"]
    assert _counts(browser.find_element(By.ID, "overall-counts")) == {**dict.fromkeys(STATUSES, 0), "unaddressed": 2}
    assert not browser.find_element(By.ID, "section-commitments").is_displayed() or True
    _select(browser, "filter-status", "any")
    _type(browser, "unaddressed")
    assert _visible(browser, "tbody tr[data-i]") == ["AFI1"]
    _type(browser, "")
    _select(browser, "filter-body", "Kent Police")
    assert [th.text for th in browser.find_elements(By.CSS_SELECTOR, "table.matrix th.body") if th.is_displayed()] \
        == ["Kent Police"]
    assert _visible(browser, "tbody tr[data-i]") == ["R1", "AFI1"]
    _select(browser, "filter-type", "recommendation")
    assert _visible(browser, "tbody tr[data-i]") == ["R1"]
    assert _counts(browser.find_element(By.ID, "overall-counts"))["acknowledged"] == 1


def test_a_declared_address_is_a_link_in_the_details(browser: WebDriver, tmp_path: Path) -> None:
    """The researcher sees where a response was published: its declared http(s) address as
    a plain link beside the file; an address that is no web page (a script) is not linked."""
    tables = _tables(_crosswalk())
    documents = tables["documents"]
    documents["address"] = documents["address"].astype(object)
    published = "https://www.kent-pcc.gov.uk/responses/peel-2023/?a=1&b=<2>"
    documents.loc[documents["doc_id"] == "kent-pcc-response", "address"] = published
    documents.loc[documents["doc_id"] == "kent-pcc-update", "address"] = "javascript:window.__pwned=1"
    _, index = _written(tmp_path, tables)
    page = (index.parent / "report").glob("*.html")
    assert not any(published in source.read_text(encoding="utf-8") for source in page)  # escaped in the data
    _inspection_page(browser, index, "PEEL 2023 Kent")
    browser.find_element(By.XPATH, '//tr[@data-register-id="R1"]/td[@data-b="0"]').click()
    details = browser.find_element(By.ID, "details")
    answer = details.find_element(By.CSS_SELECTOR, '.answer[data-doc="kent-pcc-response"]')
    link = answer.find_element(By.CSS_SELECTOR, 'a[data-field="address"]')
    assert (link.text, link.get_attribute("href")) == (published, published.replace("<", "%3C").replace(">", "%3E"))
    assert "noreferrer" in link.get_attribute("rel")
    other = details.find_element(By.CSS_SELECTOR, '.answer[data-doc="kent-pcc-update"]')
    assert other.find_elements(By.CSS_SELECTOR, 'a[data-field="address"]') == []
    assert browser.execute_script("return typeof window.__pwned") == "undefined"


def test_out_of_scope_cells_read_the_matrix(browser: WebDriver, tmp_path: Path) -> None:
    crosswalk, index = _written(tmp_path)
    _inspection_page(browser, index, "Custody 2024 Essex")
    data = browser.execute_script("return JSON.parse(document.getElementById('report-data').textContent)")
    essex = crosswalk[crosswalk["inspection"] == "Custody 2024 Essex"]
    shown = essex[~((essex["status"] == "out_of_scope") & essex["passage"].isna())]
    assert sorted(int(k) for k in data["rows"]) == sorted(shown.index.tolist()) and len(data["rows"]) < len(essex)
    browser.find_element(By.XPATH, '//tr[@data-register-id="C4"]/td[@data-b="0"]').click()
    details = browser.find_element(By.ID, "details")
    assert _details(details, "item_type_subject") == "cause_of_concern · Essex Police"
    assert _details(details, "scope") == "other_body"
    assert _details(details, "passage") == "Not this body's item (other_body)."


def test_hostile_text_stays_inert(browser: WebDriver, tmp_path: Path) -> None:
    tables = _via_csv(_evil_tables(), tmp_path / "outputs")
    index = tmp_path / "report.html"
    write_report(FrameTables(tables), index, texts=lambda doc: EVIL * 3)
    for page in [index, *(tmp_path / "report").glob("*.html")]:
        source = page.read_text(encoding="utf-8")
        for payload in PAYLOADS:
            assert payload not in source
        assert source.count("</script>") == 2
        assert not re.search(r"<img(?![^>]* src=\"data:image/svg\+xml;base64,)", source, flags=re.I)
        assert "\u2028" not in source.split('id="report-data">', 1)[1]
        _open(browser, page)
        assert browser.execute_script("return typeof window.__pwned") == "undefined"
        assert browser.execute_script("return document.scripts.length") == 2
        assert all(i.startswith("data:image/svg+xml") for i in
                   browser.execute_script("return Array.from(document.images, (i) => i.src)"))
    _inspection_page(browser, index, "PEEL 2023 Kent")
    browser.find_element(By.XPATH, '//tr[@data-register-id="R1"]/td[@data-b="0"]').click()
    details = browser.find_element(By.ID, "details")
    for payload in PAYLOADS:
        assert payload in _details(details, "passage")
        assert payload in _details(details, "commitments")
        assert payload in _details(details, "item_text")
    assert PAYLOADS[0] in _details(details, "before")  # the document's own text around the passage, as text
    assert PAYLOADS[2] in _details(details, "body")
    _open(browser, index)
    assert PAYLOADS[0] in browser.find_element(By.TAG_NAME, "body").text  # the hostile inspection name, as text
    assert browser.execute_script("return typeof window.__pwned") == "undefined"


@pytest.mark.parametrize("kind", ["realistic", "hostile", "empty"])
def test_no_network_urls(kind: str) -> None:
    if kind == "empty":
        tables = {name: pd.DataFrame(columns=columns) for name, columns in COLUMNS.items()}
    else:
        tables = _tables(_crosswalk()) if kind == "realistic" else _evil_tables()
        tables["documents"].loc[0, "title"] = "See https://www.justiceinspectorates.gov.uk/hmicfrs/"
    for source in render_pages(FrameTables(tables)).values():
        pattern = r"""\b(?:src|href|srcset|action|poster|data|background)\s*=\s*["']?\s*(?:https?:)?//"""
        assert re.findall(pattern, source, flags=re.I) == []
        assert not re.search(r"url\(|@import", source, flags=re.I)
        assert "default-src 'none'" in html.unescape(source) and "img-src data:;" in source


def test_empty_tables_render() -> None:
    pages = render_pages(FrameTables({}))
    assert list(pages) == ["report.html"]
    assert '<span class="count" data-status="actioned">0</span>' in pages["report.html"]
    assert 'id="total-documents">0<' in pages["report.html"]


def test_a_national_inspection_stays_small() -> None:
    """Many responses to one national inspection: one column per body, and what a cell
    carries does not grow with the documents of the body (the page of 81 MB)."""
    bodies = [f"Force {n}" for n in range(40)]
    items = [(f"R{n}", f"Force {n % 40}", f"Force {n % 40} should improve its handling of case files number {n}.")
             for n in range(120)]
    rows = []
    for b, body in enumerate(bodies):
        for copy in range(3):  # three documents per body
            for rid, subject, text in items:
                own = subject == body
                rows.append(_crosswalk_row("National 2024", f"doc-{b}-{copy}", body, rid, "recommendation", subject,
                                           text, "unaddressed" if own else "out_of_scope",
                                           scope="in_scope" if own else "other_body"))
    tables = _tables(rows)
    tables["register"] = pd.DataFrame([{"inspection": "National 2024", "register_id": r, "type": "recommendation",
                                        "subject": s, "text": t, "parent_id": None, "historic": False, "sources": "x"}
                                       for r, s, t in items], columns=COLUMNS["register"])
    pages = render_pages(FrameTables(tables))
    page = next(v for k, v in pages.items() if k.startswith("report/national-2024-"))
    assert page.count('class="body"') == len(bodies)
    assert len(page.encode("utf-8")) < 1_500_000, len(page)  # 14,400 rows


def test_a_long_table_is_folded_and_made_when_opened(browser: WebDriver, tmp_path: Path) -> None:
    tables = _tables(_crosswalk())
    many = [{"doc_id": "kent-pcc-response", "actor": "Kent PCC", "text": f"We will review procedure {n}.",
             "deadline": f"2024-{n % 12 + 1:02d}-01", "strength": "firm", "answers": None, "start": n, "end": n + 9,
             "rule": "commit.will"} for n in range(FOLD_ROWS + 50)]
    tables["commitments"] = pd.DataFrame(many, columns=COLUMNS["commitments"])
    _, index = _written(tmp_path, tables)
    _inspection_page(browser, index, "PEEL 2023 Kent")
    section = browser.find_element(By.ID, "section-commitments")
    assert section.find_element(By.CSS_SELECTOR, ".shown").text == str(len(many))
    assert section.find_elements(By.CSS_SELECTOR, "tbody tr") == []  # data until opened
    _type(browser, "procedure 7")  # 7, 70-79, 7x
    expected = sum("procedure 7" in r["text"] for r in many)
    assert section.find_element(By.CSS_SELECTOR, ".shown").text == str(expected)
    section.find_element(By.TAG_NAME, "summary").click()
    assert len(_visible_when_built(browser, "#table-commitments tbody tr", "x", expected)) == expected
    _type(browser, "")
    assert len(_visible(browser, "#table-commitments tbody tr", "x")) == len(many)


def test_a_long_index_table_is_written_row_by_row_as_one_json_list() -> None:
    """The index's tables of the whole batch are read as the page is written, a folded
    one's rows as pieces of one JSON list: what the page's script parses is every row,
    in order, with the count the heading shows."""
    tables = _tables(_crosswalk())
    many = [{"doc_id": f"force-{n}-peel", "subject": f"Force {n} <b>", "grade": "good", "area": "Preventing crime",
             "historic": False, "negated": False, "hypothetical": False, "sentence": f"Force {n} is good & fair.",
             "start": n, "end": n + 20, "rule": "grade.v1"} for n in range(FOLD_ROWS + 7)]
    tables["gradings"] = pd.DataFrame(many, columns=COLUMNS["gradings"])
    index = render_pages(FrameTables(tables))["report.html"]
    section = re.search(r'<section class="table" id="section-gradings" data-table data-lazy="gradings">.*?</section>',
                        index, flags=re.S)
    assert section is not None
    assert f'<span class="shown">{len(many)}</span>' in section.group(0)
    script = re.search(r'<script type="application/json" id="rows-gradings">(.*?)</script>', section.group(0), re.S)
    assert script is not None and "<b>" not in script.group(1) and "&" not in script.group(1)
    rows = json.loads(script.group(1))
    assert [cells[1] for cells, _ in rows] == [g["subject"] for g in many]
    assert rows[3] == [["force-3-peel", "Force 3 <b>", "good", "Preventing crime", "no", "no", "no",
                        "Force 3 is good & fair.", "3", "23", "grade.v1"], False]
