"""A company's or an NGO's initials name nothing in running text; a group's own initials do.

The knowledge base holds the companies and NGOs of PETRARCH-2's Phoenix international list
beside armed groups, and the initialism index read their letters in running text: "FAN"
became an NGO ("Fsm Association of Ngo's"), "STC" Sensient Technologies, "ICP" the
International Council of Psychologists (kb43). An organisation that no conflict or sanctions
dataset lists and that no relation joins to an armed group, a party or a state body
(``initialisms.outside_conflict``) gives no initials; its full name still resolves and a
document that spells it out before its letters still defines them. A UCDP rebel's home
country is that of the government it fights (build rule), not where one event was: the MEK
is Iranian, not Pakistani.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.nlp.conftest import actor_ids as _ids

from riftwatch import api
from riftwatch.nlp import initialisms
from riftwatch.nlp.extract import _resolver

COMPANY = "org:sensient-technologies-corporation"


def _events(*texts: str) -> list[dict[str, Any]]:
    docs = [{"id": f"k{k}", "date": "2019-05", "text": t} for k, t in enumerate(texts)]
    return list(api.extract(docs))


@pytest.mark.parametrize(
    ("letters", "owner"),
    [
        ("FAN", "org:fsm-association-of-ngo"),
        ("STC", COMPANY),
        ("ICP", "org:international-council-of-psychologists"),
    ],
)
def test_letters_of_an_organisation_outside_conflict_are_in_no_index(
    letters: str, owner: str
) -> None:
    kb = _resolver().kb
    assert initialisms.outside_conflict(kb.get(owner), kb)
    assert initialisms.default_index().lookup(letters) is None


def test_a_designated_fronts_letters_still_name_it() -> None:
    # negative twin: an organisation the UN lists is a party to the conflict
    kb = _resolver().kb
    assert not initialisms.outside_conflict(kb.get("org:al-rashid-trust"), kb)
    assert initialisms.default_index().lookup("ART") == "org:al-rashid-trust"


@pytest.mark.parametrize("kind", ["armed_group", "party", "military"])
def test_conflict_types_are_never_outside_conflict(kind: str) -> None:
    kb = _resolver().kb
    ent = next(e for e in kb if e.type == kind)
    assert not initialisms.outside_conflict(ent, kb)


def test_an_organisation_related_to_an_armed_group_is_not_outside_conflict() -> None:
    kb = _resolver().kb
    tied = [
        e
        for e in kb
        if e.type == "organization"
        and not set(e.external) & initialisms.CONFLICT_DATASETS
        and any((t := kb.find(r.target)) and t.type == "armed_group" for r in e.relations)
    ]
    assert tied, "the knowledge base holds organisations tied to armed groups by a relation"
    assert not any(initialisms.outside_conflict(e, kb) for e in tied)


def test_company_letters_in_a_report_name_no_company() -> None:
    events = _events("STC fighters attacked Houthi positions near Aden, officials said.")
    assert COMPANY not in _ids(events)


def test_the_companys_full_name_still_resolves() -> None:
    res = _resolver().resolve("Sensient Technologies Corporation", None, "")
    assert res.actor is not None and res.actor.id == COMPANY


def test_letters_the_document_spelled_out_still_name_the_company() -> None:
    # negative twin: the document defined the letters itself
    from riftwatch.nlp import acronyms
    from riftwatch.nlp.extract import Actor

    text = "Sensient Technologies Corporation (STC) said that STC sued a supplier."
    company = Actor(
        id=COMPANY,
        name="Sensient Technologies Corporation",
        mention="Sensient Technologies Corporation",
        type="organization",
    )
    known: dict[str, Any] = {}
    found = acronyms.apply(text, [(0, 33, company)], known)
    assert known["STC"].id == COMPANY
    assert [(text[s:e], a.id) for s, e, a in found if text[s:e] == "STC"] == [
        ("STC", COMPANY),
        ("STC", COMPANY),
    ]


def test_the_mek_is_iranian() -> None:
    kb = _resolver().kb
    assert kb.get("org:mek").country == "IRN"


def test_a_rebel_fighting_its_own_government_keeps_that_country() -> None:
    # negative twins: a Pakistani group UCDP records fighting the Government of Pakistan,
    # and one of a non-state conflict in Pakistan (the event's country stays its home)
    kb = _resolver().kb
    assert kb.get("org:baloch-ittehad").country == "PAK"
    assert kb.get("org:meher").country == "PAK"
