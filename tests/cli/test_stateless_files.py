"""The stateless commands read what ``ingest`` reads: a PDF, a DOCX, a text file or a folder
of them, coded without a store, each document dated as ingest dates it and named by its file.

An analyst with a folder of briefings should not have to convert it to JSON Lines first;
a file in the folder that cannot be read is named on standard error and the others go on.
The reports are invented.
"""

from __future__ import annotations

import json
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from tests.documents import write_docx, write_pdf

from clirun import riftwatch


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return riftwatch(*args, timeout=600)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("briefings")
    (root / "2012").mkdir()
    (root / "2012" / "march.txt").write_text(
        "Kabul, 4 March 2012 - The Haqqani network sheltered Al Qaeda fighters in Khost.\n"
    )
    write_pdf(root / "debrief.pdf", ["Islamabad, 12 June 2013",
                                "Al Qaeda accused the Haqqani network of betrayal."],
              datetime(2014, 2, 20, 9, 0))  # fmt: skip
    write_docx(root / "intercepts.docx", ["Peshawar, 2 May 2014 - The Haqqani network attacked "
                                     "Al Qaeda couriers near Miranshah."])  # fmt: skip
    (root / "noise.bin").write_bytes(b"\x00\x01\x02\x03 not a document")
    return root


def test_extract_codes_every_readable_file_of_a_folder(folder: Path) -> None:
    res = run("extract", str(folder), "--format", "jsonl")
    assert res.returncode == 1, res.stderr  # the binary file is an error, the rest goes on
    assert "noise.bin" in res.stderr and "RW109" in res.stderr
    events = [json.loads(line) for line in res.stdout.splitlines()]
    found = {(e["doc_id"], e["source"]["name"], e["event_type"], e["target"]["name"], e["date"])
             for e in events if e["modality"] == "asserted"}  # fmt: skip
    assert ("2012/march.txt", "Haqqani Network", "AID", "Al Qaeda", "2012-03-04") in found, found
    assert ("debrief.pdf", "Al Qaeda", "ACCUSE", "Haqqani Network", "2013-06-12") in found, found
    assert any(doc == "intercepts.docx" and t == "ASSAULT" and d == "2014-05-02"
               for doc, _s, t, _t, d in found), found  # fmt: skip


def test_a_single_text_file_is_one_document_not_json_lines(folder: Path) -> None:
    res = run("extract", str(folder / "2012" / "march.txt"), "--format", "jsonl")
    assert res.returncode == 0, res.stderr
    assert "RW203" not in res.stderr
    assert {json.loads(line)["doc_id"] for line in res.stdout.splitlines()} == {"march.txt"}


def test_rifts_read_a_folder_and_cite_its_files(folder: Path) -> None:
    res = run("dyad", "Haqqani network", "Al Qaeda", str(folder), "--format", "json")
    assert res.returncode == 1, res.stderr  # the binary file again
    data = json.loads(res.stdout)
    cited = {e["doc_id"] for month in data["months"] for e in month["evidence"]}
    assert {"2012/march.txt", "debrief.pdf", "intercepts.docx"} <= cited, cited
