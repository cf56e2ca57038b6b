"""The STIX 2.1 bundle, written to a file and parsed back with ``stix2.parse`` on SQLite
and PostgreSQL: every reference resolves, ids are stable across exports, grades ride in
notes, verdicts in opinions, and only asserted claims make relationships."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import stix2

from riftwatch import api
from riftwatch.export.stix import stix_id
from test_api_events import A, B, C, E, F, G


def bundle_of(path: Path) -> stix2.Bundle:
    return stix2.parse(path.read_text(encoding="utf-8"), allow_custom=True)


def refs(obj: stix2.base._STIXBase) -> list[str]:
    out = []
    for name in ("object_refs", "source_ref", "target_ref", "created_by_ref"):
        value = obj.get(name)
        if value:
            out.extend(value if isinstance(value, list) else [value])
    return out


def test_the_bundle_parses_back_and_every_reference_resolves(
    judged: SimpleNamespace, tmp_path: Path
) -> None:
    path = tmp_path / "bundle.json"
    result = api.export("stix", "json", path, db=judged.store)
    bundle = bundle_of(path)
    assert result["records"] == len(bundle.objects)
    ids = {o.id for o in bundle.objects}
    assert len(ids) == len(bundle.objects)
    for obj in bundle.objects:
        for ref in refs(obj):
            assert ref in ids, (obj.type, ref)
    types = {o.type for o in bundle.objects}
    assert {"threat-actor", "identity", "relationship", "report", "note", "opinion"} <= types
    by_name = {o.name: o for o in bundle.objects if o.type in ("threat-actor", "identity")}
    assert by_name["Islamic State"].type == "threat-actor"
    assert by_name["Pakistan Army"].type == "identity"
    assert by_name["Pakistan Army"].identity_class == "organization"
    for rel in (o for o in bundle.objects if o.type == "relationship"):
        assert 0 <= rel.confidence <= 100
        assert rel.relationship_type == "targets" or rel.relationship_type.startswith(
            "x-riftwatch-")  # fmt: skip


def test_grades_judgements_and_modality(judged: SimpleNamespace, tmp_path: Path) -> None:
    path = tmp_path / "bundle.json"
    api.export("stix", "json", path, db=judged.store)
    objects = bundle_of(path).objects
    reports = {o.id: o for o in objects if o.type == "report"}
    notes = [o for o in objects if o.type == "note" and "x_riftwatch_reliability" in o]
    assert len(notes) == len(reports) == 4
    grades = {(n.x_riftwatch_reliability, n.x_riftwatch_credibility) for n in notes}
    assert grades == {("B", 2), ("E", 5), ("C", 3), ("D", 4)}
    assert all(n.object_refs[0] in reports for n in notes)
    opinions = {o.x_riftwatch_event_id: o for o in objects if o.type == "opinion"}
    assert opinions[judged.ids[A]].opinion == "strongly-disagree"
    assert opinions[judged.ids[B]].opinion == "disagree"
    assert "event_type=COERCE" in opinions[judged.ids[B]].explanation
    override = [o for o in objects if o.type == "note" and o.get("x_riftwatch_event_id")]
    assert [(o.x_riftwatch_event_id, o.x_riftwatch_credibility) for o in override] == [
        (judged.ids[C], 2)
    ]
    names = {o.id: o.name for o in objects if o.type in ("threat-actor", "identity")}
    made = {(names[r.source_ref], r.x_riftwatch_event_type, names[r.target_ref])
            for r in objects if r.type == "relationship"}  # fmt: skip
    assert ("Islamic State", "ACCUSE", "Al Qaeda") in made
    assert ("Pakistan Army", "COERCE", "Haqqani Network") in made  # as corrected
    # negated and hypothetical claims assert nothing: Haqqani did not attack the army
    # (F), the TTP may attack it (G), the Taliban did not shelter Al Qaeda (E)
    claims = {c["event_id"]: c for c in api.list_claims(judged.store)}
    for k in (E, F, G):
        c = claims[judged.ids[k]]
        assert c["modality"] != "asserted"
        assert (c["source_name"], c["event_type"], c["target_name"]) not in made
    # nor does the rejected claim (A)
    assert ("Haqqani Network", "AID", "Al Qaeda") not in made
    # the rejected claim makes no relationship; its opinion points at its report
    assert opinions[judged.ids[A]].object_refs[0] in reports


def test_ids_are_stable_across_exports(judged: SimpleNamespace, tmp_path: Path) -> None:
    first, second = tmp_path / "one.json", tmp_path / "two.json"
    api.export("stix", "json", first, db=judged.store)
    api.export("stix", "json", second, db=judged.store)
    assert first.read_bytes() == second.read_bytes()
    ids = {o.id for o in bundle_of(first).objects}
    assert stix_id("threat-actor", "org:islamic-state") in ids
    intrusion = tmp_path / "sets.json"
    api.export("stix", "json", intrusion, db=judged.store, group_object="intrusion-set")
    kinds = {o.type for o in bundle_of(intrusion).objects}
    assert "intrusion-set" in kinds and "threat-actor" not in kinds


def test_an_undated_documents_report_says_published_is_the_ingest_time(
    judged: SimpleNamespace, tmp_path: Path
) -> None:
    """STIX requires ``published``; a consumer reads it as the document's date. An undated
    document's report flags the ingest time as such (and says so); a dated one's is its
    date, with where that date came from."""
    path = tmp_path / "bundle.json"
    api.export("stix", "json", path, db=judged.store)
    reports = [o for o in bundle_of(path).objects if o.type == "report"]
    documents = {d["id"]: d for d in api.list_documents(judged.store, limit=100)}
    undated = [r for r in reports if documents[r.x_riftwatch_document_id]["published"] is None]
    dated = [r for r in reports if documents[r.x_riftwatch_document_id]["published"]]
    assert undated and dated  # the corpus's note states no date; its reports do
    for report in undated:
        assert report.x_riftwatch_published_is_ingest_time is True
        assert "no publication date" in report.description
        assert "ingested" in report.description
        assert "x_riftwatch_date_origin" not in report
    for report in dated:
        document = documents[report.x_riftwatch_document_id]
        assert report.x_riftwatch_published_is_ingest_time is False
        assert report.published.strftime("%Y-%m-%d").startswith(document["published"][:10])
        assert report.x_riftwatch_date_origin == document["date_origin"]
