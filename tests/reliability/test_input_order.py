"""The same documents give the same tables whatever order they come in.

Researchers add documents in batches, under the names their downloads had. The order a
batch is read in follows those names, so a grouping that let the first document of a
title found its inspection (or a linked response take the first target it met) gave
other inspections, registers and statuses when the same files were named otherwise.
These tests run the real batch on real corpus documents (of the training sets) whose
inspections used to follow the order of their names: PEEL spotlight reports and their
responses, a PCC's yearly pages, monitoring records and a force's effectiveness report
restated by its PCC and panel."""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

from crosswalk.batch.runner import run_batch
from crosswalk.export import TABLE_NAMES
from tests.conftest import REAL

DOCS = REAL / "docs"
NAMES = [
    "gA_resp_hmic_corebusiness_register_harm", "gA_resp_kent_stalking2019_monitoring",
    "gA_resp_westmercia_panel_peel2018", "gB_insp_peel2018_group1_press_releases",
    "gB_insp_peel2018_group2_press_releases", "gB_insp_peel2018_group3_press_releases",
    "gE_resp_westmercia_pcc_gettingagrip2023", "gF_insp_peel_spotlight_group2_2019",
    "gF_mon_corebusiness_register_procurement", "gG_resp_apcc_spotlight2019", "gG_resp_npcc_spotlight2019",
    "gI_resp_hampshire_pcc_peel_spotlight2019", "gI_resp_npcc_peel_spotlight2020", "gJ_resp_gwent_pcc_hardyards2019",
    "gK_resp_essex_pfcc_fraud2019", "gK_resp_essex_pfcc_legitimacy2017_page", "gK_resp_essex_pfcc_roadspolicing2020",
    "gM_resp_northumbria_pcc_corebusiness2015", "gM_resp_westmercia_pcc_effectiveness2017",
    "gP_resp_westmercia_panel_effectiveness2017_update", "gS_resp_essex_pcc_efficiency2016",
    "gS_resp_essex_pcc_valueformoney2013", "gS_resp_essex_pcc_vulnerability2015",
    "gS_resp_essex_pfcc_mentalhealth2018", "gU_press_worcesternews_westmercia_effectiveness2017",
    "gZ_resp_surrey_pcc_sac2022", "resp_essex_stalking2019_monitoring",
]
RANK = re.compile(r"\bz\d\d_", re.I)  # the prefix that renames a file to sort elsewhere (in a slug: lower case)


def _copy(names: list[str], folder: Path, renamed: bool = False) -> None:
    """Copy the documents into `folder`; `renamed`: each as `zNN_<name>`, NN its rank
    in reverse order, so the batch reads them the other way round."""
    folder.mkdir(parents=True, exist_ok=True)
    for rank, name in enumerate(reversed(names) if renamed else names):
        shutil.copyfile(DOCS / f"{name}.txt", folder / (f"z{rank:02d}_{name}.txt" if renamed else f"{name}.txt"))


def _rows(out: Path) -> dict[str, list[tuple[str, ...]]]:
    """Every table's rows with each document's own name back in place of its `zNN_`
    one (a list of names sorted again), without `path`, sorted: rows are listed by
    doc_id, so renaming reorders them."""
    tables: dict[str, list[tuple[str, ...]]] = {}
    for name in TABLE_NAMES:
        with open(out / f"{name}.csv", encoding="utf-8-sig", newline="") as handle:
            header, *rows = list(csv.reader(handle))
        keep = [n for n, column in enumerate(header) if column != "path"]
        tables[name] = sorted(tuple(_named(row[n]) for n in keep) for row in rows)
    return tables


def _named(cell: str) -> str:
    cell = RANK.sub("", cell)
    return ";".join(sorted(cell.split(";"))) if re.fullmatch(r"[\w/]+(;[\w/]+)+", cell) else cell


def _csv_bytes(out: Path) -> dict[str, bytes]:
    return {name: (out / f"{name}.csv").read_bytes() for name in TABLE_NAMES}


def test_documents_named_to_sort_the_other_way_give_the_same_tables(tmp_path: Path) -> None:
    _copy(NAMES, tmp_path / "named")
    _copy(NAMES, tmp_path / "renamed", renamed=True)
    run_batch([tmp_path / "named"], tmp_path / "out-named", jobs=2)
    run_batch([tmp_path / "renamed"], tmp_path / "out-renamed", jobs=2)
    named, renamed = _rows(tmp_path / "out-named"), _rows(tmp_path / "out-renamed")
    assert len(named["crosswalk"]) > 20 and len(named["register"]) > 10  # the inspections were aligned
    for table in TABLE_NAMES:
        assert named[table] == renamed[table], table


def test_two_batches_in_either_order_give_the_tables_of_one_run(tmp_path: Path) -> None:
    """Byte for byte: the same files, in one run or added in two batches, first half or
    second half first, on one worker or two."""
    folder = tmp_path / "in"
    first, second = NAMES[::2], NAMES[1::2]
    _copy(NAMES, folder)
    run_batch([folder], tmp_path / "at-once", jobs=2)
    outputs = []
    for batches, jobs in (((first, second), 1), ((second, first), 2)):
        shutil.rmtree(folder)
        out = tmp_path / f"batches-{len(outputs)}"
        for batch in batches:
            _copy(batch, folder)
            run_batch([folder], out, jobs=jobs)
        outputs.append(_csv_bytes(out))
    assert outputs[0] == outputs[1] == _csv_bytes(tmp_path / "at-once")


def test_folders_given_in_either_order_name_each_file_alike(tmp_path: Path) -> None:
    """Two folders holding a file of one name: each file keeps its doc_id (`a`, `a~2`)
    whichever folder is given first, so a re-run finds every document under its name."""
    folders = [tmp_path / "d1", tmp_path / "d2"]
    for folder, name in zip(folders, NAMES):
        folder.mkdir()
        shutil.copyfile(DOCS / f"{name}.txt", folder / "a.txt")
    run_batch(folders, tmp_path / "forward", jobs=1)
    run_batch(folders[::-1], tmp_path / "backward", jobs=1)
    assert _csv_bytes(tmp_path / "forward") == _csv_bytes(tmp_path / "backward")
