"""The static HTML report, checked in a real browser (headless Chromium via Selenium).

The report is what researchers read, so the tests look at what a person sees: the counts
shown must equal those of crosswalk.csv, a click on a cell must show that row's text,
the filter must hide rows, and hostile document text must stay inert text. Chromium and
chromedriver come from Debian (`make browser-deps`); when they are missing these tests
fail instead of skipping, so CI cannot pass without having run them.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver

from crosswalk.export.report import COLUMNS, render_report, write_report
from crosswalk.export.source import FrameTables

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
                   commitments: str = "") -> dict[str, object]:
    return {"inspection": inspection, "response_doc": doc, "responding_body": body, "register_id": rid,
            "item_type": kind, "subject": subject, "item_text": text, "scope": scope, "status": status,
            "passage": passage or None, "passage_start": 100 if passage else None,
            "passage_end": 100 + len(passage) if passage else None, "score": score,
            "method": "cue+similarity" if passage else None, "commitments": commitments or None}


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
                           ("kent-force-response", "force_response", "PEEL 2023 Kent", "Kent Police"),
                           ("essex-pcc-response", "pcc_response", "Custody 2024 Essex", "Essex PFCC"),
                           ("kent-peel-page", "peel_page", "PEEL 2023 Kent", None)]
    ] + [{"doc_id": "broken", "path": "https://example.org/broken.pdf", "sha256": None, "doc_type": None,
          "title": None, "inspection": None, "date": None, "author": None, "responding_body": None,
          "status": "error", "error": "PdfError: file is encrypted"}], columns=COLUMNS["documents"])
    return {"crosswalk": pd.DataFrame(crosswalk, columns=COLUMNS["crosswalk"]), "register": register,
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
    tables["documents"].loc[len(tables["documents"])] = {
        "doc_id": "evil", "path": "evil.html", "sha256": None, "doc_type": None, "title": EVIL, "inspection": None,
        "date": None, "author": None, "responding_body": None, "status": "error", "error": EVIL}
    tables["commitments"].loc[0, "text"] = EVIL
    tables["gradings"].loc[0, "sentence"] = EVIL
    return tables


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


def _counts(root) -> dict[str, int]:
    return {e.get_attribute("data-status"): int(e.text)
            for e in root.find_elements(By.CSS_SELECTOR, ".counts .count")}


def _visible_rows(browser: WebDriver, selector: str) -> list[str]:
    return [r.get_attribute("data-register-id") or r.text for r in browser.find_elements(By.CSS_SELECTOR, selector)
            if r.is_displayed()]


def _details(browser: WebDriver, field: str) -> str:
    return browser.find_element(By.CSS_SELECTOR, f'#details dd[data-field="{field}"]').text


# --- tests ----------------------------------------------------------------------------

def test_counts_details_and_filter(browser: WebDriver, tmp_path: Path) -> None:
    tables = _via_csv(_tables(_crosswalk()), tmp_path / "outputs")
    crosswalk = pd.read_csv(tmp_path / "outputs" / "crosswalk.csv")
    assert set(crosswalk["status"]) == set(STATUSES)
    page = tmp_path / "report.html"
    write_report(FrameTables(tables), page)
    _open(browser, page)

    expected = {s: int((crosswalk["status"] == s).sum()) for s in STATUSES}
    assert _counts(browser.find_element(By.ID, "overall-counts")) == expected
    assert browser.find_element(By.ID, "total-documents").text == "5"
    assert browser.find_element(By.ID, "total-errors").text == "1"
    assert browser.find_element(By.ID, "total-register").text == str(len(REGISTER))
    sections = browser.find_elements(By.CSS_SELECTOR, "section.inspection")
    assert sorted(s.get_attribute("data-inspection") for s in sections) == sorted(crosswalk["inspection"].unique())
    for section in sections:
        rows = crosswalk[crosswalk["inspection"] == section.get_attribute("data-inspection")]
        want = {s: int((rows["status"] == s).sum()) for s in STATUSES}
        assert _counts(section.find_element(By.CSS_SELECTOR, ".counts")) == want
        cells = section.find_elements(By.CSS_SELECTOR, ".cell")
        assert {s: sum(c.get_attribute("data-status") == s for c in cells) for s in STATUSES} == want
        # every crosswalk row has exactly one cell, at its item and response
        assert sorted((c.get_attribute("data-register-id"), c.get_attribute("data-response")) for c in cells) == \
            sorted(zip(rows["register_id"], rows["response_doc"]))

    # parts sit right under their parent, indented
    kent = browser.find_element(By.CSS_SELECTOR, 'section.inspection[data-inspection="PEEL 2023 Kent"]')
    order = [tr.get_attribute("data-register-id") for tr in kent.find_elements(By.CSS_SELECTOR, "tbody tr")]
    assert order[:3] == ["R1", "R1a", "R1b"]
    assert "part" in kent.find_element(By.CSS_SELECTOR, 'tr[data-register-id="R1a"]').get_attribute("class")

    # a status is shown as a letter too, not only as a colour
    cell = browser.find_element(By.CSS_SELECTOR, '.cell[data-register-id="C2"][data-response="essex-pcc-response"]')
    assert cell.text == "A"
    cell.click()
    row = crosswalk[(crosswalk["register_id"] == "C2")].iloc[0]
    assert _details(browser, "item_text") == row["item_text"]
    assert row["passage"] in _details(browser, "passage")
    assert _details(browser, "scope") == "in_scope"
    assert "0.900" in _details(browser, "score_method")

    # an out-of-scope cell with no passage has no details data; the panel reads the matrix
    data = browser.execute_script("return JSON.parse(document.getElementById('report-data').textContent).crosswalk")
    shown = crosswalk[~((crosswalk["status"] == "out_of_scope") & crosswalk["passage"].isna())]
    assert sorted(int(k) for k in data) == sorted(shown.index.tolist()) and len(data) < len(crosswalk)
    outside = browser.find_element(By.CSS_SELECTOR, '.cell[data-register-id="C4"][data-response="essex-pcc-response"]')
    outside.click()
    row = crosswalk[(crosswalk["register_id"] == "C4")].iloc[0]
    assert _details(browser, "item_text") == row["item_text"]
    assert _details(browser, "status") == "out_of_scope"
    assert _details(browser, "scope") == "other_body"
    assert _details(browser, "item_type_subject") == "cause_of_concern · Essex Police"
    assert _details(browser, "response") == "Essex PFCC · essex-pcc-response · Custody 2024 Essex"
    assert _details(browser, "passage") == "—"

    # late compliance rows are marked in words as well as colour
    late = browser.find_elements(By.CSS_SELECTOR, "#table-compliance tr.late")
    assert len(late) == 1 and "LATE" in late[0].text and "essex-pcc-response" in late[0].text

    # commitments sort by deadline, blanks last
    browser.find_element(By.CSS_SELECTOR, "#table-commitments th:first-child button").click()
    deadlines = [tr.find_element(By.CSS_SELECTOR, "td").text
                 for tr in browser.find_elements(By.CSS_SELECTOR, "#table-commitments tbody tr")]
    assert deadlines == ["2024-03-31", "2024-06-30", ""]

    filter_box = browser.find_element(By.ID, "filter")
    filter_box.send_keys("Custody")
    assert _visible_rows(browser, "table.matrix tbody tr") == ["C2", "C3", "AFI1"]  # "custody" in the item text
    assert _visible_rows(browser, "#table-commitments tbody tr") == ["2024-03-31 essex-pcc-response Essex PFCC "
                                                                     "We aim to review custody visiting. soft C2 "
                                                                     "commit.aim"]
    assert _visible_rows(browser, "#table-gradings tbody tr") == []
    filter_box.send_keys(Keys.CONTROL, "a")
    filter_box.send_keys(Keys.BACKSPACE)  # as a person clears it; clear() fires no input event
    assert len(_visible_rows(browser, "table.matrix tbody tr")) == len(REGISTER)


def test_hostile_text_stays_inert(browser: WebDriver, tmp_path: Path) -> None:
    tables = _via_csv(_evil_tables(), tmp_path / "outputs")
    page = tmp_path / "report.html"
    write_report(FrameTables(tables), page)
    source = page.read_text(encoding="utf-8")
    for payload in PAYLOADS:
        assert payload not in source
    assert source.count("</script>") == 2 and "<img" not in source.lower()
    assert "\u2028" not in source.split('id="report-data">', 1)[1]

    _open(browser, page)
    assert browser.execute_script("return typeof window.__pwned") == "undefined"
    assert browser.execute_script("return document.images.length") == 0
    assert browser.execute_script("return document.scripts.length") == 2
    cell = browser.find_element(By.CSS_SELECTOR, '.cell[data-register-id="R1"][data-response="kent-pcc-response"]')
    cell.click()
    passage = _details(browser, "passage")
    for payload in PAYLOADS:
        assert payload in passage
        assert payload in _details(browser, "commitments")
        assert payload in _details(browser, "item_text")
    assert PAYLOADS[2] in _details(browser, "response")
    visible = browser.find_element(By.TAG_NAME, "body").text
    assert PAYLOADS[0] in visible  # the hostile inspection name, as text
    assert browser.execute_script("return typeof window.__pwned") == "undefined"


@pytest.mark.parametrize("kind", ["realistic", "hostile", "empty"])
def test_no_network_urls(kind: str) -> None:
    if kind == "empty":
        tables = {name: pd.DataFrame(columns=columns) for name, columns in COLUMNS.items()}
    else:
        tables = _tables(_crosswalk()) if kind == "realistic" else _evil_tables()
        tables["documents"].loc[0, "title"] = "See https://www.justiceinspectorates.gov.uk/hmicfrs/"
    source = render_report(FrameTables(tables))
    pattern = r"""\b(?:src|href|srcset|action|poster|data|background)\s*=\s*["']?\s*(?:https?:)?//"""
    assert re.findall(pattern, source, flags=re.I) == []
    assert not re.search(r"url\(|@import", source, flags=re.I)
    assert "default-src 'none'" in source


def test_empty_tables_render() -> None:
    source = render_report(FrameTables({}))
    assert '<span class="count" data-status="actioned">0</span>' in source
    assert 'id="total-documents">0<' in source
