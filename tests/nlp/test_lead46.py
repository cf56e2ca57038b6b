"""What a walk through a Somalia corpus of my own found (stop 46): an acronym defined after
two names joined by "and" ("al-Shabaab and the Islamic State in Somalia (ISS)") was given to
both names as one open actor, so "ISS had received funds from al-Shabaab" made al-Shabaab fund
a group named after itself; a defined name the knowledge base reads whole ("the Islamic State
in Somalia") became an open actor in that document and the Islamic State in others, and
"ISS fighters" the knowledge base's guess; "called on its fighters to eliminate the group"
read "its" as the enemy's and sent a REQUEST to it; "shared smuggling networks with Y", parsed
as one noun phrase, coded nothing."""

from __future__ import annotations

from riftwatch.nlp import extract

SHABAAB, IS, HIZBUL, KENYA = (
    "org:al-shabaab",
    "org:islamic-state",
    "org:hizbul-islam",
    "country:kenya",
)


def _coded(text: str, date: str = "2019-10-10") -> list[dict]:
    docs = [{"id": "d", "date": date, "text": text}]
    return [c.to_dict() for c in extract.extract_documents(docs)]


def _triples(text: str, date: str = "2019-10-10") -> list[tuple[str, str, str, str]]:
    return [
        (e["source"]["id"], e["event_type"], e["target"]["id"], e["modality"])
        for e in _coded(text, date)
    ]


def test_an_acronym_after_two_joined_names_is_the_second_names() -> None:
    text = (
        "The panel assesses that al-Shabaab and the Zorb State in Tarsa (ZST) stayed hostile "
        "in 2019. The panel found no evidence that ZST had received funds from al-Shabaab."
    )
    coded = _coded(text)
    funds = [e for e in coded if e["event_type"] == "AID"]
    assert funds, coded
    assert {e["target"]["name"] for e in funds} == {"Zorb State in Tarsa"}
    assert {e["source"]["id"] for e in funds} == {SHABAAB}
    assert all(e["modality"] == "negated" for e in funds)


def test_a_whole_name_read_by_the_knowledge_base_keeps_its_id_with_an_acronym() -> None:
    with_acronym = _triples(
        "Kenya attacked the Islamic State in Somalia (ISS) in 2019. ISS fighters then "
        "ambushed Kenyan troops near Qandala."
    )
    without = _triples("Kenya attacked the Islamic State in Somalia in 2019.")
    # the group is an entity of its own since stop 48 (part of the Islamic State)
    iss = "org:islamic-state-somalia"
    assert (KENYA, "ASSAULT", iss, "asserted") in without
    assert (KENYA, "ASSAULT", iss, "asserted") in with_acronym
    assert (iss, "ASSAULT", KENYA, "asserted") in with_acronym
    assert not any(s.startswith("open:") or t.startswith("open:") for s, _y, t, _m in with_acronym)


def test_a_name_nobody_knows_defined_with_its_acronym_stays_one_open_actor() -> None:
    triples = _triples(
        "Kenya attacked the Zorbic Front of Tarsa (ZFT) in 2019. ZFT fighters then ambushed "
        "Kenyan troops near Qandala."
    )
    assert (KENYA, "ASSAULT", "open:zorbic-front-of-tarsa", "asserted") in triples
    assert ("open:zorbic-front-of-tarsa", "ASSAULT", KENYA, "asserted") in triples


def test_a_group_calling_on_its_fighters_calls_on_its_own() -> None:
    triples = _triples(
        "Al-Shabaab declared war on the Islamic State and called on its fighters to eliminate "
        "the group."
    )
    assert (SHABAAB, "REJECT", IS, "asserted") in triples
    assert not any(y == "REQUEST" and t == IS for _s, y, t, _m in triples), triples
    assert not any(y == "ASSAULT" and m == "asserted" for _s, y, _t, m in triples), triples


def test_an_enemys_fighters_killed_stay_the_enemys() -> None:
    # the twin: "its" on the object of an attack is the victim's, as before
    triples = _triples("Al-Shabaab attacked Hizbul Islam in Kismayo and killed its fighters.")
    assert (SHABAAB, "ASSAULT", HIZBUL, "asserted") in triples


def test_shared_networks_with_a_compound_noun_are_cooperation() -> None:
    triples = _triples(
        "Al-Shabaab shared smuggling networks with the Islamic State in Puntland.", "2019-03-10"
    )
    assert (SHABAAB, "COOPERATE", IS, "asserted") in triples
    assert (IS, "COOPERATE", SHABAAB, "asserted") in triples


def test_shared_networks_denied_or_hedged_are_not_asserted() -> None:
    for text, modality in (
        ("Hizbul Islam never shared smuggling networks with al-Shabaab.", "negated"),
        ("Hizbul Islam may have shared smuggling networks with al-Shabaab.", "uncertain"),
    ):
        triples = _triples(text, "2010-03-10")
        assert (HIZBUL, "COOPERATE", SHABAAB, modality) in triples, (text, triples)
        assert not any(m == "asserted" for *_r, m in triples), (text, triples)


def test_a_reconciliation_between_two_groups_is_an_agreement_both_ways() -> None:
    triples = _triples(
        "The reconciliation between Hizbul Islam and al-Shabaab was sealed in Mogadishu in "
        "December 2010.",
        "2011-01-20",
    )
    assert (HIZBUL, "AGREE", SHABAAB, "asserted") in triples
    assert (SHABAAB, "AGREE", HIZBUL, "asserted") in triples


def test_a_reconciliation_denied_or_hoped_for_is_not_asserted() -> None:
    for text, modality in (
        ("There has been no reconciliation between Hizbul Islam and al-Shabaab.", "negated"),
        ("Elders hope for a reconciliation between Hizbul Islam and al-Shabaab.", "hypothetical"),
    ):
        triples = _triples(text, "2011-01-20")
        assert (HIZBUL, "AGREE", SHABAAB, modality) in triples, (text, triples)
        assert not any(m == "asserted" for *_r, m in triples), (text, triples)


def _doubts(text: str) -> list[dict]:
    return [e["attributed_to"] for e in _coded(text) if e["modality"] == "uncertain"]


def test_who_calls_a_reported_rift_wishful_thinking_is_named_as_doubting_it() -> None:
    # the parser hangs "wishful thinking" inside the noun phrase of the rift
    doubts = _doubts(
        "Some officials called reports of a rift between al-Shabaab and al-Qaeda wishful thinking."
    )
    assert doubts, doubts
    assert all(d["doubted"] == "wishful" and d["name"] == "Some officials" for d in doubts)


def test_a_reported_reconciliation_called_wishful_thinking_is_doubted_by_the_caller() -> None:
    for text in (
        "Some members of the panel considered the reconciliation between al-Shabaab and the "
        "Islamic State to be wishful thinking.",
        "Some members of the panel considered reports of a reconciliation between al-Shabaab "
        "and the Islamic State to be wishful thinking.",
    ):
        doubts = _doubts(text)
        assert doubts, text
        assert all(d.get("doubted") == "wishful" for d in doubts), (text, doubts)
        assert all(d["name"] == "Some members" for d in doubts), (text, doubts)


def test_a_reported_reconciliation_nobody_doubts_carries_no_doubt() -> None:
    coded = _coded(
        "Some members of the panel considered reports of a reconciliation between al-Shabaab "
        "and the Islamic State to be credible."
    )
    assert not any((e.get("attributed_to") or {}).get("doubted") for e in coded), coded


def test_fighting_with_a_group_against_another_is_fighting_beside_it() -> None:
    triples = _triples(
        "Hizbul Islam fought with al-Shabaab against Ethiopian troops in 2009.", "2010-01-20"
    )
    assert (HIZBUL, "COOPERATE", SHABAAB, "asserted") in triples
    assert not any(y == "ASSAULT" and t == SHABAAB for _s, y, t, _m in triples), triples
    assert any(y == "ASSAULT" and s == HIZBUL and t != SHABAAB for s, y, t, _m in triples)


def test_fighting_with_a_group_alone_stays_a_fight_and_negated_help_is_not_asserted() -> None:
    assert (HIZBUL, "ASSAULT", SHABAAB, "asserted") in _triples(
        "Hizbul Islam fought with al-Shabaab in Kismayo in 2009.", "2010-01-20"
    )
    triples = _triples(
        "Hizbul Islam did not fight with al-Shabaab against Ethiopian troops.", "2010-01-20"
    )
    assert (HIZBUL, "COOPERATE", SHABAAB, "negated") in triples
    assert not any(m == "asserted" for *_r, m in triples), triples


def _corpus(rows: list[tuple[str, str, str]]) -> list[dict]:
    from riftwatch import api

    return list(api.extract([{"id": i, "date": d, "text": t} for i, d, t in rows]))


MPLA, FNLA = (
    "org:popular-movement-for-the-liberation-of-angola",
    "org:national-front-for-the-liberation-of-angola",
)


def test_letters_in_another_word_order_beside_a_group_named_after_its_country() -> None:
    # "the MPLA" beside "the National Front for the Liberation of Angola": the document is
    # about Angola although it names no place there
    text = (
        "In January 1975 the National Front for the Liberation of Angola (FNLA) and the MPLA "
        "signed an agreement with Portugal."
    )
    coded = _corpus([("a", "1975-01", text)])
    agreed = {e["source"]["id"] for e in coded if e["event_type"] == "AGREE"}
    assert {FNLA, MPLA} <= agreed, coded


def test_letters_read_in_one_document_stand_for_the_group_in_the_corpus() -> None:
    rows = [
        ("a", "1975-01", "In January 1975 the National Front for the Liberation of Angola "
         "(FNLA) and the MPLA signed an agreement with Portugal."),
        ("b", "1975-03", "In March 1975 FNLA forces attacked MPLA offices in Luanda."),
    ]  # fmt: skip
    coded = [e for e in _corpus(rows) if e["doc_id"] == "b"]
    assert any(e["event_type"] == "ASSAULT" and e["target"]["id"] == MPLA for e in coded), coded
    # (since names25 the curated knowledge base knows "MPLA" beside Angolan context, so the
    # second row also reads it alone; the memory's lesson is tested in test_corpus_memory)
