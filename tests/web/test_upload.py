"""Uploads through the form over real HTTP on both stores: ingest, coding, failures, limits."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
from tests.documents import pdf_bytes
from tests.web.conftest import REPORT_A, Served

from riftwatch import api


def _token(client: httpx.Client) -> str:
    page = client.get("/upload").text
    return re.search(r'name="token" value="([^"]+)"', page).group(1)


def test_upload_ingests_codes_and_reports_failures(fresh_server: Callable[..., Served]) -> None:
    served = fresh_server()
    record = {
        "id": "r1",
        "title": "Wire <i>item</i>",
        "url": "https://example.org/r?id=1&x=2",
        "text": "Islamabad, 2 May 2011. Pakistani troops attacked TTP militants in Swat.",
    }
    pdf = pdf_bytes("The army sheltered refugees in Swat.")
    files = [
        ("files", ("report.txt", REPORT_A.encode(), "text/plain")),
        ("files", ("brief.pdf", pdf, "application/pdf")),
        ("files", ("feed.jsonl", (json.dumps(record) + "\n").encode(), "application/json")),
        ("files", ("empty.txt", b"", "text/plain")),
        ("files", ("../../escape.bin", bytes(range(256)) * 4, "application/octet-stream")),
    ]
    with served.client() as client:
        token = _token(client)
        response = client.post(
            "/upload", files=files,
            data={"token": token, "source": "Uploads", "source_type": "news",
                  "reliability": "B", "credibility": "3", "code": "1"},
        )  # fmt: skip
        assert response.status_code == 200, response.text[:800]
        body = response.text
        documents = client.get("/api/documents").json()
        events = client.get("/api/events").json()
        failures_page = client.get("/failures").text
    assert re.search(r"<dt>Documents added</dt><dd>3</dd>", body)
    assert re.search(r"<dt>Failed</dt><dd>2</dd>", body)
    assert "empty.txt" in body and "RW102" in body
    assert "escape.bin" in body and "RW109" in body
    assert "../" not in re.sub(r"<[^>]+>", "", body.split("Failed files")[1])
    assert re.search(r"Coded 3 documents into [1-9]\d* events?", body)
    assert len(re.findall(r'<li><a href="/documents/\d+">', body)) == 3
    assert "Wire &lt;i&gt;item&lt;/i&gt;" in body
    assert documents["total"] == 3
    assert {d["grade"] for d in documents["items"]} == {"B3"}
    assert {d["source"] for d in documents["items"]} == {"Uploads"}
    assert events["total"] >= 2
    # saved under the upload folder, names made safe, nothing outside it
    saved = sorted(p.name for p in served.app.state.upload_dir.rglob("*") if p.is_file())
    assert saved == ["brief.pdf", "empty.txt", "escape.bin", "feed.jsonl", "report.txt"]
    assert "RW102" in failures_page and "RW109" in failures_page
    # the document page links the http(s) URL
    wire = next(d for d in documents["items"] if d["title"] == "Wire <i>item</i>")
    with served.client() as client:
        page = client.get(f"/documents/{wire['id']}").text
    assert '<a href="https://example.org/r?id=1&amp;x=2" rel="noopener noreferrer nofollow"' in page
    # uploading the same files again adds nothing
    with served.client() as client:
        again = client.post("/upload", files=files[:3], data={"token": token}).text
    assert re.search(r"<dt>Documents added</dt><dd>0</dd>", again)
    assert api.count_documents(served.db) == 3


def test_upload_without_the_form_token_is_refused(fresh_server: Callable[..., Served]) -> None:
    served = fresh_server()
    with served.client() as client:
        files = [("files", ("report.txt", REPORT_A.encode(), "text/plain"))]
        missing = client.post("/upload", files=files)
        wrong = client.post("/upload", files=files, data={"token": "guess"})
    for response in (missing, wrong):
        assert response.status_code == 403
        assert "<code>RW604</code>" in response.text
    assert api.count_documents(served.db) == 0
    assert not served.app.state.upload_dir.exists()


def test_upload_with_no_file_or_bad_grades_says_so(fresh_server: Callable[..., Served]) -> None:
    served = fresh_server()
    with served.client() as client:
        token = _token(client)
        nothing = [("files", ("", b"", "application/octet-stream"))]
        empty = client.post("/upload", data={"token": token}, files=nothing)
        one = [("files", ("report.txt", REPORT_A.encode(), "text/plain"))]
        graded = client.post("/upload", data={"token": token, "reliability": "Q"}, files=one)
    assert empty.status_code == 400
    assert "<code>RW602</code>" in empty.text
    assert graded.status_code == 400
    assert "<code>RW002</code>" in graded.text
    assert api.count_documents(served.db) == 0
    assert not any(p.is_file() for p in served.app.state.upload_dir.rglob("*"))


def test_upload_over_the_limit_is_refused(fresh_server: Callable[..., Served]) -> None:
    served = fresh_server(max_upload_mb=0.01)  # 10 000 bytes
    big = b"The Haqqani network sheltered fighters. " * 500  # 20 000 bytes
    with served.client() as client:
        token = _token(client)
        declared = client.post("/upload", data={"token": token},
                               files=[("files", ("big.txt", big, "text/plain"))])  # fmt: skip

        # the same body as a stream of chunks, with no Content-Length to go by
        built = httpx.Request("POST", served.base + "/upload", data={"token": token},
                              files=[("files", ("big.txt", big, "text/plain"))])  # fmt: skip
        body = built.read()

        def chunks() -> Iterator[bytes]:
            for start in range(0, len(body), 4096):
                yield body[start : start + 4096]

        streamed = client.post(
            "/upload", content=chunks(), headers={"Content-Type": built.headers["content-type"]}
        )
        assert "content-length" not in streamed.request.headers
        api_call = client.post("/api/documents", content=big)
        one = [("files", ("small.txt", REPORT_A.encode(), "text/plain"))]
        small = client.post("/upload", data={"token": token}, files=one)
    for response in (declared, streamed):
        assert response.status_code == 413
        assert "<code>RW601</code>" in response.text
        assert "content-security-policy" in response.headers
    assert api_call.status_code == 413
    assert api_call.json()["error"]["code"] == "RW601"
    assert small.status_code == 200
    assert api.count_documents(served.db) == 1


def test_the_failed_files_are_read_again_from_the_report(
    fresh_server: Callable[..., Served],
) -> None:
    """The failed-file report's button reads the failed files again: one fixed where it lies
    is ingested and coded, one still broken stays on the report with its reason."""
    served = fresh_server()
    files = [
        ("files", ("later.txt", b"", "text/plain")),
        ("files", ("broken.txt", b"", "text/plain")),
    ]
    with served.client() as client:
        response = client.post("/upload", files=files, data={"token": _token(client), "code": "1"})
        assert re.search(r"<dt>Failed</dt><dd>2</dd>", response.text)
        page = client.get("/failures").text
        assert 'id="rerun-button"' in page
        token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        fixed = next(served.app.state.upload_dir.rglob("later.txt"))
        fixed.write_text("Kabul, 3 May 2012. The Taliban attacked the army in Kandahar.\n")
        refused = client.post("/failures/rerun", data={"csrf_token": "wrong"})
        assert refused.status_code == 403
        again = client.post("/failures/rerun", data={"csrf_token": token})
        assert again.status_code == 200, again.text[:600]
        report = again.text
        documents = client.get("/api/documents").json()
    assert re.search(r"Read again: 2 files; documents added 1; failed 1\.", report)
    assert re.search(r"Coded 1 document into [1-9]\d* events?", report)
    assert "broken.txt" in report and "RW102" in report
    assert "later.txt" not in report.split("rerun-result")[-1].split("</section>")[-1]
    assert [Path(d["path"]).name for d in documents["items"]] == ["later.txt"]
    audit = [row["action"] for row in api.audit_log(served.db)]
    assert audit.count("upload") == 2, audit  # the upload and the second read


def test_ingest_progress_follows_the_run_as_it_goes(
    fresh_server: Callable[..., Served], tmp_path: Path
) -> None:
    """``GET /api/ingest/progress`` reads the latest run from the store: while files are read
    (asked from the ingest's own progress callback, mid-run) and once the run is over."""
    served = fresh_server()
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a.txt").write_text(REPORT_A, encoding="utf-8")
    (folder / "b.txt").write_text("", encoding="utf-8")  # fails: empty
    (folder / "c.txt").write_text("Peshawar, 5 June 2011. The army attacked the TTP.\n")
    with served.client() as client:
        assert client.get("/api/ingest/progress").json()["run"] is None
        seen: list[dict] = []

        def progress(event: str, info: dict) -> None:
            if event == "file":
                seen.append(client.get("/api/ingest/progress").json())

        api.ingest([folder], db=served.db, progress=progress)
        after = client.get("/api/ingest/progress").json()
        page = client.get("/upload").text
    assert [s["status"] for s in seen] == ["running"] * 3
    assert [sum(s["files"].values()) for s in seen] == [1, 2, 3]
    assert seen[0]["files"] == {"done": 1} and seen[1]["files"] == {"done": 1, "failed": 1}
    assert after["status"] == "finished" and after["finished_at"]
    assert after["files"] == {"done": 2, "failed": 1} and after["documents"] == 2
    assert f'data-run="{after["run"]}"' in page and 'id="upload-progress"' in page
