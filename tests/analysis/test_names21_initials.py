"""A group named only by initials is the corpus's one group whose name spells them, known or
open (issue 10, helper names21).

In a replay of many histories fed as one corpus, a list's entry named by initials alone (a
knowledge-base actor called "ZLF") and the "Zorblan Liberation Front" another document names in
full were two actors, so the pair's rows fell on two dyads and no break showed. Open actors alone
were merged before (:func:`riftwatch.actors.open.same_open_actors`); now a known actor may be
either side. Invented groups only. Negative twins: two names spelling the letters, a country
named by letters, and a known actor with a full name written by initials stay apart.
"""

from __future__ import annotations

from riftwatch.actors.open import initials_owners
from riftwatch.analysis.claims import Claim
from riftwatch.analysis.timeline import _same_open_actors, prepare

ZLF_KB = ("org:zlf", "ZLF")
ZLF_OPEN = ("open:zorblan-liberation-front", "Zorblan Liberation Front")
KPU_OPEN = ("open:kpu", "KPU")
KPU_KB = ("org:kestrel-people-union", "Kestrel People's Union")
OTHER = ("open:umbrian-people-army", "Umbrian People's Army")


def _claim(n: int, source: tuple[str, str], target: tuple[str, str], kind: str = "ASSAULT",
           date: str = "1990-01") -> Claim:  # fmt: skip
    return Claim(
        event_id=n,
        doc_id=f"d{n}",
        source_id=source[0],
        source_name=source[1],
        target_id=target[0],
        target_name=target[1],
        event_type=kind,
        modality="asserted",
        date=date,
        source_mention=source[1],
    )


def test_a_known_actor_named_by_initials_counts_under_the_open_name_they_spell() -> None:
    claims = [_claim(1, ZLF_KB, OTHER), _claim(2, ZLF_OPEN, OTHER)]
    assert _same_open_actors(claims).get(ZLF_KB[0]) == ZLF_OPEN[0]


def test_open_initials_count_under_the_known_name_they_spell() -> None:
    claims = [_claim(1, KPU_OPEN, OTHER), _claim(2, KPU_KB, OTHER)]
    assert _same_open_actors(claims).get(KPU_OPEN[0]) == KPU_KB[0]


def test_the_pair_is_one_dyad_across_the_documents() -> None:
    claims = [
        _claim(1, ZLF_OPEN, OTHER, "COOPERATE", "1990-01"),
        _claim(2, ZLF_KB, OTHER, "ASSAULT", "1992-01"),
    ]
    dyads = {frozenset(d) for d in prepare(claims).dyads}
    assert dyads == {frozenset((ZLF_OPEN[0], OTHER[0]))}


def test_two_names_spelling_the_letters_merge_nothing() -> None:
    claims = [
        _claim(1, ZLF_KB, OTHER),
        _claim(2, ZLF_OPEN, OTHER),
        _claim(3, ("open:zorblan-labour-federation", "Zorblan Labour Federation"), OTHER),
    ]
    assert ZLF_KB[0] not in _same_open_actors(claims)


def test_a_country_named_by_letters_is_never_a_groups_initials() -> None:
    names = {"open:united-sudanese-alliance": "United Sudanese Alliance"}
    assert initials_owners(names, {"country:usa": "USA"}) == {}


def _written(claim: Claim, mention: str) -> Claim:
    return Claim(**{**claim.__dict__, "source_mention": mention})


LABOUR = ("org:zorblan-labour-front", "Zorblan Labour Front")


def test_a_known_name_the_corpus_only_wrote_by_initials_is_the_group_they_spell() -> None:
    # the knowledge base gives "ZLF" to a "Zorblan Labour Front" the corpus never names; the
    # corpus names one group those letters spell, the "Zorblan Liberation Front"
    claims = [_written(_claim(1, LABOUR, OTHER), "ZLF"), _claim(2, ZLF_OPEN, OTHER)]
    assert _same_open_actors(claims).get(LABOUR[0]) == ZLF_OPEN[0]


def test_a_known_name_the_corpus_also_wrote_in_full_stays_itself() -> None:
    claims = [
        _written(_claim(1, LABOUR, OTHER), "ZLF"),
        _written(_claim(3, LABOUR, OTHER), "the Zorblan Labour Front"),
        _claim(2, ZLF_OPEN, OTHER),
    ]
    assert LABOUR[0] not in _same_open_actors(claims)


def test_letters_of_a_known_actor_of_another_country_stay_its_own() -> None:
    # "ISI" (Pakistan's intelligence service) beside the Islamic State of Iraq named in full:
    # two known actors of two countries
    isi = ("org:pak-isi", "Inter-Services Intelligence")
    iraq = ("org:islamic-state-of-iraq", "Islamic State of Iraq")
    claims = [_written(_claim(1, isi, OTHER), "ISI"), _claim(2, iraq, OTHER)]
    assert isi[0] not in _same_open_actors(claims)


def test_letters_written_with_dashes_spell_out_nothing() -> None:
    # "Z-L-F" is initials too: it is no full name for another actor's "ZLF"
    claims = [_claim(1, ("open:zlf", "ZLF"), OTHER), _claim(2, ("org:zlf-1970s", "Z-L-F"), OTHER)]
    assert "open:zlf" not in _same_open_actors(claims)


def test_one_name_spelt_two_ways_is_one_open_actor() -> None:
    # a leading Arabic article or not, and a vowel written or not: one group of the corpus
    claims = [
        _claim(1, ("open:al-zorbiyat", "Al-Zorbiyat"), OTHER, "COOPERATE", "1990-01"),
        _claim(2, ("open:zorbiyat", "Zorbiyat"), OTHER, "ASSAULT", "1992-01"),
        _claim(3, ("open:harkat-kestrel", "Harkat Kestrel"), OTHER, "COOPERATE", "1990-01"),
        _claim(4, ("open:harakat-kestrel", "Harakat Kestrel"), OTHER, "ASSAULT", "1992-01"),
    ]
    merged = _same_open_actors(claims)
    assert merged.get("open:zorbiyat") == "open:al-zorbiyat"
    assert merged.get("open:harkat-kestrel") == "open:harakat-kestrel"
    dyads = {frozenset(d) for d in prepare(claims).dyads}
    assert dyads == {
        frozenset(("open:al-zorbiyat", OTHER[0])),
        frozenset(("open:harakat-kestrel", OTHER[0])),
    }


def test_other_letters_or_only_generic_words_stay_apart() -> None:
    # "Zorbiyat" and "Kestriyat" are two names; "Islamic Front" and "Islamic Fronts" say only
    # what kind of group they are, so nothing shows they are one
    claims = [
        _claim(1, ("open:zorbiyat", "Zorbiyat"), OTHER),
        _claim(2, ("open:kestriyat", "Kestriyat"), OTHER),
        _claim(3, ("open:islamic-front", "Islamic Front"), OTHER),
        _claim(4, ("open:islamic-fronts", "Islamic Fronts"), OTHER),
    ]
    merged = _same_open_actors(claims)
    assert not {"open:zorbiyat", "open:kestriyat", "open:islamic-front",
                "open:islamic-fronts"} & set(merged)  # fmt: skip
