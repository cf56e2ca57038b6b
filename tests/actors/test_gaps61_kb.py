"""Knowledge base entries of gaps61 (curated/gaps61.yaml): the Federal Republic of
Yugoslavia and its government (1992-2003), and the People's Mujahedin of Iran under the names
reporting gives it."""

from __future__ import annotations

import pytest

from riftwatch.nlp import extract

MEK = "org:mek"
FRY = "country:federal-republic-of-yugoslavia"
FRY_GOV = "org:federal-republic-of-yugoslavia-government"


@pytest.fixture(scope="module")
def resolver():  # type: ignore[no-untyped-def]
    return extract._resolver()


@pytest.mark.parametrize(
    "name",
    ["MEK", "MKO", "PMOI", "Mujahedin-e Khalq", "Mojahedin-e Khalq",
     "People's Mujahedin of Iran", "People's Mojahedin Organization of Iran"],
)  # fmt: skip
def test_the_peoples_mujahedin_have_one_id(resolver, name: str) -> None:  # type: ignore[no-untyped-def]
    res = resolver.resolve(name, "2005")
    assert res.actor is not None and res.actor.id == MEK, res


@pytest.mark.parametrize(("name", "ident"), [
    ("Federal Republic of Yugoslavia", FRY),
    ("FRY", FRY),
    ("Yugoslav government", FRY_GOV),
    ("Yugoslav federal government", FRY_GOV),
])  # fmt: skip
def test_the_fry_and_its_government_are_known(resolver, name: str, ident: str) -> None:  # type: ignore[no-untyped-def]
    res = resolver.resolve(name, "1999")
    assert res.actor is not None and res.actor.id == ident, res


def test_the_fry_is_the_country_of_its_government(resolver) -> None:  # type: ignore[no-untyped-def]
    kb = resolver.kb
    assert kb.get(FRY).bodies.get("government") == FRY_GOV
    assert kb.get(FRY_GOV).country == kb.get(FRY).country


def test_the_yugoslav_peoples_army_is_not_the_fry(resolver) -> None:  # type: ignore[no-untyped-def]
    res = resolver.resolve("Yugoslav People's Army", "1991")
    assert res.actor is None or res.actor.id not in (FRY, FRY_GOV), res
