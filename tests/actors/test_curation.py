"""Curation round trips through the store, on SQLite and PostgreSQL (``store`` fixture)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from riftwatch.actors import api, curation
from riftwatch.actors.errors import ActorError
from riftwatch.actors.tables import ActorAliasRow, ActorJudgement, ActorRow
from riftwatch.store import Store


def test_sync_loads_the_kb_snapshot_once(store: Store) -> None:
    first = curation.sync_kb(store)
    assert first["loaded"] is True and first["entities"] > 500
    again = curation.sync_kb(store)
    assert again["loaded"] is False
    with store.new_session() as session:
        n_actors = session.scalar(select(func.count()).select_from(ActorRow))
        ttp = session.scalars(
            select(ActorAliasRow.actor_id).where(ActorAliasRow.norm == "tehreek e taliban")
        ).all()
    assert n_actors == first["entities"]
    assert ttp == ["org:ttp"]


def test_add_alias_relate_round_trip(store: Store) -> None:
    added = curation.add_actor(
        store,
        "Tora Bora Front",
        "armed_group",
        aliases=["Tora Bora Military Front"],
        country="AFG",
        start="2007",
        analyst="ana",
        note="Khalis family network in Nangarhar",
    )
    assert added["kind"] == "add" and added["analyst"] == "ana"
    ident = added["subject"]
    assert ident == "org:tora-bora-front"
    assert (
        api.resolve_mention("Tora Bora Military Front", date="2009", db=store)["actor"]["id"]
        == ident
    )
    # the bundled KB alone does not know it
    assert api.resolve_mention("Tora Bora Military Front", date="2009")["unresolved"]

    curation.add_alias(store, ident, "TBF", kind="abbreviation", analyst="ana")
    assert api.resolve_mention("TBF", date="2009", db=store)["actor"]["id"] == ident

    person = curation.add_actor(store, "Anwar ul-Haq Mujahid", "person", analyst="ana")
    curation.relate(store, person["subject"], "leader_of", ident, start="2007", analyst="ana")
    res = api.resolve_mention("Anwar ul-Haq Mujahid", date="2010", db=store)
    assert res["organization"]["id"] == ident
    shown = api.show_actor(ident, db=store)
    assert any(r["type"] == "leader_of" and r["direction"] == "in" for r in shown["relations"])
    kinds = [j["kind"] for j in api.judgements(store)]
    assert kinds == ["add", "alias", "add", "relation"]


def test_merge_not_same_blocks_and_undo(store: Store) -> None:
    a = curation.add_actor(store, "Ghazi Force", "armed_group", analyst="ana")["subject"]
    b = curation.add_actor(store, "Ghazi Brigade", "armed_group", analyst="bob")["subject"]
    negative = curation.merge(store, a, b, judgement="not_same", analyst="bob")
    with pytest.raises(ActorError) as info:
        curation.merge(store, a, b, analyst="ana")
    assert info.value.code == "RW404"
    # undoing the negative judgement lets the merge through
    curation.undo(store, negative["id"], analyst="bob")
    merged = curation.merge(store, a, b, analyst="ana")
    assert merged["kind"] == "same"
    kb, resolver = curation.effective(store)
    assert kb.canonical_id(b) == a
    assert resolver.resolve("Ghazi Brigade", "2010").actor.id == a
    # undo the merge: both exist again
    curation.undo(store, merged["id"], analyst="ana")
    kb, resolver = curation.effective(store)
    assert b in kb.entities and resolver.resolve("Ghazi Brigade", "2010").actor.id == b
    rows = api.judgements(store)
    assert [r["kind"] for r in rows] == ["add", "add", "not_same", "same"]
    assert rows[2]["undone_by"] == "bob" and rows[3]["undone_at"] is not None
    assert len(api.judgements(store, include_undone=False)) == 2


def test_nothing_is_overwritten_undo_twice_fails(store: Store) -> None:
    j = curation.add_alias(store, "org:ttp", "Tehreek-e-Taliban Swat Chapter", analyst="ana")
    curation.undo(store, j["id"], analyst="ana")
    with pytest.raises(ActorError) as info:
        curation.undo(store, j["id"], analyst="ana")
    assert info.value.code == "RW406"
    with pytest.raises(ActorError) as missing:
        curation.undo(store, 9999)
    assert missing.value.code == "RW405"
    with store.new_session() as session:
        assert session.scalar(select(func.count()).select_from(ActorJudgement)) == 1


def test_split_moves_aliases_and_blocks_remerge(store: Store) -> None:
    j = curation.split(
        store,
        "org:nusra-front",
        ["Jabhat al-Nusra li-Ahl al-Sham"],
        new_name="Nusra Front for the People of the Levant (test split)",
        new_id="org:nusra-levant-test",
        analyst="ana",
    )
    kb, resolver = curation.effective(store)
    assert "org:nusra-levant-test" in kb.entities
    res = resolver.resolve("Jabhat al-Nusra li-Ahl al-Sham", "2013")
    assert res.actor.id == "org:nusra-levant-test"
    with pytest.raises(ActorError) as info:
        curation.merge(store, "org:nusra-front", "org:nusra-levant-test", analyst="bob")
    assert info.value.code == "RW404"
    curation.undo(store, j["id"])
    kb, _ = curation.effective(store)
    assert "org:nusra-levant-test" not in kb.entities


def test_validation_errors(store: Store) -> None:
    with pytest.raises(ActorError) as unknown:
        curation.add_alias(store, "org:no-such-group", "X")
    assert unknown.value.code == "RW401"
    with pytest.raises(ActorError) as exists:
        curation.add_actor(store, "Al Qaeda", "armed_group")
    assert exists.value.code == "RW407"
    with pytest.raises(ActorError) as bad_type:
        curation.relate(store, "org:ttp", "leader_of", "org:al-qaeda")
    assert bad_type.value.code == "RW403"
    with pytest.raises(ActorError) as itself:
        curation.merge(store, "org:ttp", "org:ttp")
    assert itself.value.code == "RW408"
    with pytest.raises(ActorError) as date:
        curation.add_actor(store, "New Group", "armed_group", start="June 2010")
    assert date.value.code == "RW403"


def _ingest_sentences(store: Store, texts: list[tuple[str, str]]) -> None:
    from riftwatch.store.tables import Document, SentenceRow, utcnow

    with store.new_session() as session, session.begin():
        for i, (published, text) in enumerate(texts):
            doc = Document(
                content_hash=f"h{i:062d}",
                text=text,
                published=published,
                char_count=len(text),
                language="en",
                source_type="news",
                reliability="B",
                credibility=2,
                grade_origin={},
                meta={},
                status="ready",
                created_at=utcnow(),
            )
            session.add(doc)
            session.flush()
            session.add(SentenceRow(document_id=doc.id, idx=0, start=0, end=len(text), text=text))


def test_suggestions_rank_unknown_names_and_respect_judgements(store: Store) -> None:
    _ingest_sentences(
        store,
        [
            (
                "2010-06-01",
                "Fighters of the Tora Bora Front ambushed a convoy, and the Haqqani "
                "network denied involvement.",
            ),
            ("2010-06-03", "The Tora Bora Front said commander Qari Zia Rahman led the attack."),
            ("2010-06-05", "Officials said the Tora Bora Front had ties to Al Qaeda."),
            ("2010-06-07", "Commander Qari Zia Rahman met Taliban leaders in Kunar."),
            ("2010-06-08", "A spokesman for the Tehreek-e-Taliban Pakistan denied it."),
        ],
    )
    rows = curation.suggest(store, min_count=2)
    names = [r["mention"] for r in rows]
    assert names[0] == "Tora Bora Front"
    assert rows[0]["kind"] == "org" and rows[0]["documents"] == 3
    assert rows[0]["examples"]
    assert "Qari Zia Rahman" in names
    zia = next(r for r in rows if r["mention"] == "Qari Zia Rahman")
    assert zia["kind"] == "person"
    # known actors are never suggested
    assert not any("Haqqani" in n or "Tehreek" in n or n == "Taliban" for n in names)
    # accepting one as a new actor and rejecting the other removes both
    curation.add_actor(store, "Tora Bora Front", "armed_group", analyst="ana")
    curation.reject(store, "Qari Zia Rahman", analyst="ana")
    assert curation.suggest(store, min_count=2) == []


def test_api_functions_accept_a_url(db_url: str) -> None:
    j = api.add(db_url, "Lashkar-e-Khorasan Test", "armed_group", analyst="ana")
    assert api.judgements(db_url)[0]["id"] == j["id"]
    assert api.resolve_mention("Lashkar-e-Khorasan Test", db=db_url)["actor"]["id"] == j["subject"]
    assert api.sync(db_url)["loaded"] is True


def test_suggest_lists_the_open_actors_of_stored_events(store: Store) -> None:
    from riftwatch.actors.open import open_id
    from riftwatch.coding import code_stored

    _ingest_sentences(
        store,
        [
            ("2013-04-02", "Zarbat Mahaz gunmen attacked a Pakistan Army convoy near Bannu."),
            ("2013-04-09", "The Pakistani army killed six Zarbat Mahaz fighters in Lakki Marwat."),
            ("2013-04-12", "Hamid Zarbatyar threatened the Pakistani army."),
            ("2013-04-20", "Security forces arrested two Taliban commanders in Bannu."),
        ],
    )
    assert code_stored(store)["events"] >= 3
    rows = curation.suggest(store, min_count=2)
    mahaz = next(r for r in rows if r["mention"] == "Zarbat Mahaz")
    assert mahaz["open_id"] == open_id("Zarbat Mahaz") and mahaz["id"] == "mention:zarbat mahaz"
    assert mahaz["documents"] == 2 and mahaz["count"] == 2 and mahaz["events"] >= 2
    assert any(c.startswith("extraction:") for c in mahaz["cues"])
    assert mahaz["examples"] and "Zarbat Mahaz" in mahaz["examples"][0]["sentence"]
    # once in a single document only: below min_count, listed with min_count=1
    assert "Hamid Zarbatyar" not in [r["mention"] for r in rows]
    assert "Hamid Zarbatyar" in [r["mention"] for r in curation.suggest(store, min_count=1)]
    # known actors never come up; adding the open actor to the KB ends the suggestion
    assert not any("Taliban" in r["mention"] or "Pakistan" in r["mention"] for r in rows)
    curation.add_actor(store, "Zarbat Mahaz", "armed_group", analyst="ana")
    assert "Zarbat Mahaz" not in [r["mention"] for r in curation.suggest(store, min_count=2)]


def test_remove_alias_is_a_judgement_undo_restores_it(store: Store) -> None:
    from riftwatch import api as root_api

    assert api.resolve_mention("al-Qaida", db=store)["actor"]["id"] == "org:al-qaeda"
    made = api.remove_alias(store, "org:al-qaeda", "al-Qaida", analyst="ana", note="too broad")
    assert made["kind"] == "not_same" and made["object"] == "mention:al qaida"
    assert made["payload"]["alias_removed"] is True and made["payload"]["sources"] == ["curated"]
    names = [a["name"] for a in api.show_actor("org:al-qaeda", db=store)["aliases"]]
    assert "al-Qaida" not in names and "Al Qaeda" in names  # other spellings stay
    # audited with the actor's aliases before the change
    row = root_api.audit_log(store, action="actor.unalias")[0]
    assert row["actor"] == "ana" and row["object_id"] == "org:al-qaeda"
    before = [a["name"] for a in row["before"]["org:al-qaeda"]["aliases"]]
    assert "al-Qaida" in before and row["after"]["id"] == made["id"]
    # a merge of the name into the actor is now refused until the judgement is undone
    with pytest.raises(ActorError, match="RW404"):
        api.merge(store, "org:al-qaeda", "mention:al-Qaida", analyst="ana")
    api.undo(store, made["id"], analyst="ana")
    names = [a["name"] for a in api.show_actor("org:al-qaeda", db=store)["aliases"]]
    assert "al-Qaida" in names
    with pytest.raises(ActorError, match="RW403"):  # the actor's own name
        api.remove_alias(store, "org:al-qaeda", "Al Qaeda", analyst="ana")
    with pytest.raises(ActorError, match="RW403"):  # not one of its aliases
        api.remove_alias(store, "org:al-qaeda", "Haqqani network", analyst="ana")
    with pytest.raises(ActorError, match="RW401"):
        api.remove_alias(store, "org:nobody-at-all", "x", analyst="ana")


def test_curation_audit_rows_hold_the_actors_before(store: Store) -> None:
    from riftwatch import api as root_api

    api.alias(store, "org:haqqani-network", "Haqqani Clan Test", analyst="ana")
    api.relate(store, "org:haqqani-network", "rival_of", "org:al-qaeda", start="2020",
               analyst="ana")  # fmt: skip
    (alias_row,) = root_api.audit_log(store, action="actor.alias")
    assert "Haqqani Clan Test" not in [
        a["name"] for a in alias_row["before"]["org:haqqani-network"]["aliases"]
    ]
    (relation_row,) = root_api.audit_log(store, action="actor.relation")
    assert set(relation_row["before"]) == {"org:haqqani-network", "org:al-qaeda"}
    assert relation_row["after"]["payload"]["type"] == "rival_of"
