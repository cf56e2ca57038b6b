"""The knowledge base's international organisations from PETRARCH-2's Phoenix international
dictionary (scripts/build_phoenix_international.py -> generated/phoenix_international.yaml):
intergovernmental organisations are ``igo`` actors, non-governmental organisations and
companies ``organization`` actors, IGO officials stand for their organisation only during
their dated tenures, and ordinary words never become actors. Mentions are invented.
"""

from __future__ import annotations

import pytest

from riftwatch.actors.kb import default_kb
from riftwatch.actors.resolve import Resolver


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver()


@pytest.mark.parametrize(
    ("mention", "ident", "kind"),
    [
        ("International Monetary Fund", "org:international-monetary-fund", "igo"),
        ("IMF", "org:international-monetary-fund", "igo"),
        ("UNHCR", "org:unhcr", "igo"),
        ("UN High Commission for Refugees", "org:unhcr", "igo"),
        ("International Atomic Energy Agency", "org:iaea", "igo"),
        ("Interpol", "org:international-criminal-police-organization", "igo"),
        ("World Bank", "org:world-bank", "igo"),
        ("Human Rights Watch", "org:human-rights-watch", "organization"),
        ("Doctors Without Borders", "org:doctors-without-borders", "organization"),
    ],
)
def test_international_bodies_resolve_with_their_type(
    resolver: Resolver, mention: str, ident: str, kind: str
) -> None:
    res = resolver.resolve(mention, "2012-05-01", f"On Monday the {mention} said it was ready.")
    assert res.actor is not None and res.actor.id == ident, res
    assert res.actor.type == kind


def test_converted_entries_keep_their_provenance_and_licence(resolver: Resolver) -> None:
    kb = default_kb()
    imf = kb.get("org:international-monetary-fund")
    assert {a.source for a in imf.aliases} == {"petrarch2-phoenix"}
    # curated actors keep their own names and ids (the UN bodies PETRARCH codes IGOUNO)
    assert kb.get("org:un").type == "igo"
    text = "On Monday the UN General Assembly said it was ready."
    res = resolver.resolve("UN General Assembly", "2012-05-01", text)
    assert res.actor is not None and res.actor.id == "org:un"


def test_an_official_stands_for_the_organisation_only_in_office(resolver: Resolver) -> None:
    kb = default_kb()
    person = kb.find("person:kofi-annan")
    assert person is not None and person.type == "person" and person.strict_tenure
    assert any(r.target == "org:un" and r.type == "member_of" for r in person.relations)
    text = "On Monday Kofi Annan said the talks failed."
    in_office = resolver.resolve("Kofi Annan", "2003-06-01", text)
    assert in_office.organization is not None and in_office.organization.id == "org:un"
    out_of_office = resolver.resolve("Kofi Annan", "2012-06-01", text)
    assert out_of_office.organization is None or out_of_office.organization.id != "org:un"


@pytest.mark.parametrize(
    "mention",
    [
        "Aid Group",  # a kind of body, not one body
        "Non Governmental Organisation",
        "Chevron",  # one-word company names are ordinary words too often
        "Apple",
        "Coach",
        "imf",  # a short acronym matches only as written
        "unhcr",
    ],
)
def test_common_words_and_lower_case_forms_are_no_international_actor(
    resolver: Resolver, mention: str
) -> None:
    res = resolver.resolve(mention, "2012-05-01", f"On Monday the {mention} said it was ready.")
    assert (
        res.actor is None
        or not res.actor.id.startswith("org:")
        or (res.actor.type not in ("igo", "organization"))
    ), res
