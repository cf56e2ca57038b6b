"""A pair named in full where the claims hold only initials (issue 10, helper replay19).

Found by diagnosing the retired held-out replay sets 17 and 18: a judge (or ``riftwatch dyad A
B``) names the groups in full ("African National Congress", "Pan Africanist Congress of
Azania", "National Liberation Front (South Yemen)") while the texts wrote only ANC, PAC, NLF.
When the knowledge base knows the full name, its actor won over the claims' own, though the
claims never mention it, so the pair's evidence was not found. Now the one actor of the
claims named by the initials of the whole name, of the name without a closing qualifier, or
of its opening before "of", comes before a knowledge-base actor the claims do not hold; two
actors with those initials are no answer.
"""

from __future__ import annotations

from claimkit import claim

from riftwatch.analysis.hierarchy import FlatHierarchy
from riftwatch.analysis.timeline import prepare
from riftwatch.api import _actor_key, _lettered


def _prepared(*names: tuple[str, str]):  # type: ignore[no-untyped-def]
    claims = [
        claim(ident, "open:kestrel-front", "COOPERATE", "1975-03", source_name=name,
              target_name="Kestrel Front")
        for ident, name in names
    ]  # fmt: skip
    return prepare(claims, hierarchy=FlatHierarchy())


def test_a_qualified_full_name_finds_the_claims_initials() -> None:
    p = _prepared(("open:zlf", "ZLF"))
    assert _actor_key(p, "Zorblan Liberation Front (Kestrel)") == "open:zlf"


def test_the_opening_before_of_spells_the_initials() -> None:
    p = _prepared(("open:zpc", "ZPC"))
    assert _actor_key(p, "Zorblan People's Congress of Kestrelia") == "open:zpc"


def test_dotted_initials_count_as_initials() -> None:
    p = _prepared(("open:z-p-c", "Z.P.C."))
    assert _lettered(p, "Zorblan People's Congress") == "open:z-p-c"


def test_two_actors_with_the_initials_are_no_answer() -> None:
    p = _prepared(("open:zlf", "ZLF"), ("org:zlf-1970s", "Z-L-F"))
    assert _lettered(p, "Zorblan Liberation Front") is None


def test_a_short_name_spells_no_initials() -> None:
    # two words are no acronym: "Kestrel Army" is not "KA"
    p = _prepared(("open:ka", "KA"))
    assert _lettered(p, "Kestrel Army") is None


def test_initials_in_the_claims_come_before_a_known_actor_they_never_mention() -> None:
    # the knowledge base knows the African National Congress; the claims wrote only "ANC"
    p = _prepared(("open:anc", "ANC"))
    assert _actor_key(p, "African National Congress") == "open:anc"
