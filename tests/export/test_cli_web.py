"""The real program and the real web server: ``riftwatch export``/``import`` in a
subprocess, and ``GET /api/export/{kind}`` and ``/exports`` over HTTP from uvicorn on
127.0.0.1, on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import json
from pathlib import Path
from types import SimpleNamespace

import networkx as nx
import pyarrow.parquet as pq
import stix2
from tests.web.conftest import start_server

from cli.test_events import run
from export.conftest import new_url
from riftwatch import api
from riftwatch.actors import api as actors_api
from test_api_events import ALL, build


def test_export_and_import_with_the_program(judged: SimpleNamespace, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    done = run("--db", judged.url, "export", "events", "-f", "parquet", "-o", str(out),
               "--actor", "TTP")  # fmt: skip
    assert done.returncode == 0, done.stderr
    wanted = [e["id"] for e in api.list_events(judged.store, actor="TTP")]
    assert f"wrote {len(wanted)} events to {out}" in done.stdout
    assert pq.read_table(out).column("event_id").to_pylist() == wanted
    to_stdout = run("--db", judged.url, "export", "claims", "-f", "jsonl", "--counting")
    assert to_stdout.returncode == 0, to_stdout.stderr
    assert len(to_stdout.stdout.splitlines()) == len(ALL) - 2
    assert f"{len(ALL) - 2} claims" in to_stdout.stderr
    judgements = tmp_path / "judgements.csv"
    assert run("--db", judged.url, "export", "judgements", "-o", str(judgements)).returncode == 0
    target = new_url(judged.request, judged.folder, judged.backend)
    build(target, judged.corpus).close()
    first = run("--db", target, "import", "judgements", str(judgements), "-f", "json")
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["imported"] == 5
    second = run("--db", target, "import", "judgements", str(judgements))
    assert "0 judgements imported, 5 already present" in second.stdout


def test_program_errors_are_numbered(judged: SimpleNamespace, tmp_path: Path) -> None:
    bad_format = run("--db", judged.url, "export", "events", "-f", "xlsx")
    assert bad_format.returncode == 2 and "RW721" in bad_format.stderr
    broken = tmp_path / "actors.csv"
    broken.write_text("name,type,country\nGood Test Group,armed_group,PAK\n"
                      "Bad Test Group,armed_group,Pakistan\n", encoding="utf-8")  # fmt: skip
    done = run("--db", judged.url, "import", "actors", str(broken))
    assert done.returncode == 2
    assert "RW727" in done.stderr and "line 3" in done.stderr and "country" in done.stderr
    assert actors_api.judgements(judged.store) == []  # the good first row was not kept
    formats = run("export", "formats", "-f", "json")
    assert {"kind": "stix", "formats": ["json"]} in json.loads(formats.stdout)


def test_downloads_over_http(judged: SimpleNamespace, tmp_path: Path) -> None:
    served = start_server(judged.url, upload_dir=tmp_path / "uploads")
    try:
        with served.client() as client:
            csv_reply = client.get("/api/export/events", params={"format": "csv", "actor": "TTP"})
            parquet = client.get("/api/export/claims",
                                 params={"format": "parquet", "counting": "true"})  # fmt: skip
            graph = client.get("/api/export/graph", params={"format": "gexf", "by_month": "1"})
            bundle = client.get("/api/export/stix")
            bad = client.get("/api/export/events", params={"format": "xml"})
            bad_filter = client.get("/api/export/events", params={"min_reliability": "Z"})
            page = client.get("/exports", params={"actor": '"><script>x()</script>'})
            spec = client.get("/openapi.json").json()
    finally:
        served.stop()
    assert csv_reply.status_code == 200
    assert csv_reply.headers["content-disposition"] == (
        'attachment; filename="riftwatch-events.csv"')  # fmt: skip
    assert csv_reply.headers["x-riftwatch-exporter"] == "events.csv.v1"
    assert "content-security-policy" in csv_reply.headers
    wanted = api.list_events(judged.store, actor="TTP")
    assert len(csv_reply.text.splitlines()) == len(wanted) + 1
    table = pq.read_table(io.BytesIO(parquet.content))
    assert table.num_rows == len(ALL) - 2
    assert nx.read_gexf(io.BytesIO(graph.content)).number_of_edges() > 0
    assert stix2.parse(bundle.text, allow_custom=True).type == "bundle"
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "RW721"
    assert bad_filter.status_code == 400 and bad_filter.json()["error"]["code"] == "RW002"
    assert page.status_code == 200
    assert "<script>x()" not in page.text and "&lt;script&gt;" in page.text
    assert page.text.count('href="/api/export/') == sum(
        len(v) for v in api.export_formats().values())  # fmt: skip
    assert "actor=%22%3E%3Cscript%3Ex%28%29%3C%2Fscript%3E" in page.text  # filters carried
    assert "/api/export/{kind}" in spec["paths"]
