"""Modality and coding probes, round neg44 (issue 9: precision on written reports and
headlines), on invented sentences.

Classes of phrasing, not sentences: verbs that show a report false ("debunked", "disprove");
a copula's predicate denied by "anything but", "far from", "less than"; a condition on the
very existence of an act named by a noun ("X's help to Y, if it ever existed, ended ..."); a
report taken back in the next sentence or clause by "no such ... took place" or by a speaker
who recants; a report given in a confession or statement its maker later took back; "a great
deal" as a quantity; "struck a deal with". Each class has twins that must stay asserted, or
look-alikes that must not fire. None of the sentences comes from a benchmark, a dev set or a
news file.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted_triples, has_triple, named_events

DATE = "2014-05-01"


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return named_events(text, DATE)


def _asserted(text: str) -> set[tuple[str, str, str]]:
    return asserted_triples(_events(text))


_has = has_triple


# -- a. verbs that show a report false -------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Pakistani analysts debunked a claim that the Haqqani network had paid Lashkar-e-Taiba.",
        "Bank records disprove claims that Al Qaeda funded the TTP.",
    ],
)
def test_a_report_shown_false_is_denied(text: str) -> None:
    found = _events(text)
    assert any(m == "denied" for *_, m in found)
    assert not any(m == "asserted" for *_, m in found)


def test_a_report_shown_true_stays_asserted() -> None:
    assert _has(_asserted("Bank records prove that Al Qaeda funded the TTP."), "Al Qaeda",
                "AID", "Tehrik")  # fmt: skip


# -- b. a copula's predicate denied ----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Ties between the TTP and Al Qaeda were anything but friendly.",
        "Ties between the TTP and Al Qaeda remained far from warm.",
        "The TTP's ties with Al Qaeda were less than cordial.",
        "The TTP and Al Qaeda were anything but allies.",
    ],
)
def test_b_denied_predicate_asserts_no_cooperation(text: str) -> None:
    assert not _has(_asserted(text), "Tehrik", "COOPERATE", "Al Qaeda")


@pytest.mark.parametrize(
    "text",
    [
        "Ties between the TTP and Al Qaeda were friendly.",
        # "nothing but" means "only"; "far more" compares
        "Ties between the TTP and Al Qaeda were nothing but cordial.",
        "Ties between the TTP and Al Qaeda were far more cordial than before.",
    ],
)
def test_b_twins_keep_the_cooperation(text: str) -> None:
    assert _has(_asserted(text), "Tehrik", "COOPERATE", "Al Qaeda")


# -- c. a condition on the act's existence ---------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Al Qaeda's help to the TTP, if it ever existed, ended long before the school attack.",
        "Al Qaeda's help to the TTP, if it ever existed, ended in 2009, officials said.",
        "The ISI's support for the TTP, if there was any, ended in 2009.",
        "The ISI's support for the TTP, if there was any, was small.",
        "The ISI stopped funding the Haqqani network in 2011, if the reports are true.",
    ],
)
def test_c_conditional_existence_asserts_neither_help_nor_its_end(text: str) -> None:
    found = _asserted(text)
    assert not any(t in ("AID", "REJECT", "SUPPORT") for _, t, _ in found)
    assert any(m == "hypothetical" for *_, m in _events(text))


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The ISI's support for the TTP ended in 2009.", "REJECT"),
        ("The ISI stopped funding the Haqqani network in 2011, a U.S. official said.", "REJECT"),
        # "even if" concedes: the end is told
        ("Even if the talks failed, the ISI stopped funding the Haqqani network in 2011.",
         "REJECT"),
    ],
)  # fmt: skip
def test_c_twins_keep_the_withdrawal(text: str, etype: str) -> None:
    assert _has(_asserted(text), "Inter-Services", etype, "")


# -- d. taken back: "no such ... took place", a speaker who recants --------------------------
CLAIM = "A TTP video said its men had ambushed an army convoy in Swat. "
TOLD = "The detainee said the ISI had armed the TTP"


@pytest.mark.parametrize(
    "text",
    [
        CLAIM + "The army said no such ambush happened.",
        CLAIM + "Nothing of the sort happened, the army said.",
        CLAIM + "Officials said no such attack took place.",
        TOLD + ". He later recanted.",
        TOLD + ", but he later recanted.",
    ],
)
def test_d_taken_back_report_is_not_asserted(text: str) -> None:
    found = _asserted(text)
    assert not _has(found, "Tehrik", "ASSAULT", "")
    assert not _has(found, "Inter-Services", "AID", "Tehrik")


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        (CLAIM + "The army said such ambushes happen often.", "Tehrik", "ASSAULT", "Pakistan"),
        (CLAIM + "The army confirmed the attack.", "Tehrik", "ASSAULT", "Pakistan"),
        (TOLD + ". He never recanted.", "Inter-Services", "AID", "Tehrik"),
        # "withdrew" is also a retreat: it takes nothing back on its own
        (TOLD + ". He later withdrew.", "Inter-Services", "AID", "Tehrik"),
    ],
)
def test_d_twins_stay_asserted(text: str, source: str, etype: str, target: str) -> None:
    assert _has(_asserted(text), source, etype, target)


# -- e. a report given in what its maker took back ------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "In a confession he later recanted, a TTP courier said Al Qaeda had paid him.",
        "In a statement the group later retracted, the TTP said its fighters had killed ten "
        "soldiers.",
        "A confession, which the courier later recanted, said Al Qaeda had paid the TTP.",
    ],
)
def test_e_recanted_report_is_denied(text: str) -> None:
    found = _events(text)
    assert found and all(m == "denied" for *_, m in found)


@pytest.mark.parametrize(
    "text",
    [
        "In a confession aired on television, a TTP courier said Al Qaeda had paid him.",
        "In a statement released on Friday, the TTP said its fighters had killed ten soldiers.",
    ],
)
def test_e_twins_stay_asserted(text: str) -> None:
    assert any(m == "asserted" for *_, m in _events(text))


# -- f. "a great deal", "struck a deal" ------------------------------------------------------
def test_f_a_great_deal_is_a_quantity_not_an_agreement() -> None:
    found = _asserted("The Afghan Taliban gave the TTP a great deal of money.")
    assert not any(t == "AGREE" for _, t, _ in found)
    assert _has(found, "Taliban", "AID", "Tehrik")


@pytest.mark.parametrize(
    "text", ["The Afghan Taliban struck a deal with the TTP.", "Pakistan strikes deal with TTP"]
)
def test_f_struck_a_deal_is_an_agreement_not_an_attack(text: str) -> None:
    found = _asserted(text)
    assert not any(t == "ASSAULT" for _, t, _ in found)
    assert any(t == "AGREE" and "Tehrik" in g for _, t, g in found)


def test_f_twin_strike_on_a_hideout_stays_an_attack() -> None:
    assert _has(_asserted("Pakistan struck a TTP hideout in Khyber."), "Pakistan", "ASSAULT",
                "Tehrik")  # fmt: skip


def test_f_twin_a_deal_not_struck_asserts_nothing() -> None:
    found = _asserted("The Afghan Taliban did not strike a deal with the TTP.")
    assert not any(t in ("AGREE", "ASSAULT") for _, t, _ in found)


# -- g. more ways to recant a report in the same sentence -----------------------------------
PAID = "Al Qaeda had paid the TTP"


@pytest.mark.parametrize(
    "text",
    [
        f"A courier, who later recanted, told investigators that {PAID}.",
        f"According to a recanted confession, {PAID}.",
        f"The courier confessed that {PAID}, but the confession was later retracted.",
        f"The courier confessed that {PAID} but later recanted his confession.",
    ],
)
def test_g_recanted_in_the_same_sentence_is_not_asserted(text: str) -> None:
    found = _events(text)
    assert found and not any(m == "asserted" for *_, m in found)


@pytest.mark.parametrize(
    "text",
    [
        f"A courier, who later testified in court, told investigators that {PAID}.",
        f"According to a detailed confession, {PAID}.",
        f"The courier confessed that {PAID}, and the confession was later published.",
        f"The courier confessed that {PAID}, but he never recanted his confession.",
    ],
)
def test_g_twins_stay_asserted(text: str) -> None:
    assert _has(_asserted(text), "Al Qaeda", "AID", "Tehrik")


# -- h. "there is no denying that": the denial is taken away ---------------------------------
def test_h_no_denying_asserts() -> None:
    text = "There is no denying that the ISI armed the Haqqani network."
    assert _has(_asserted(text), "Inter-Services", "AID", "Haqqani")


@pytest.mark.parametrize(
    "text",
    [
        "Officials keep denying that the ISI armed the Haqqani network.",
        "Denying that the ISI armed the Haqqani network, the general left.",
    ],
)
def test_h_twins_denying_still_denies(text: str) -> None:
    assert not _has(_asserted(text), "Inter-Services", "AID", "Haqqani")


# -- i. a report recanted in a relative clause on it ----------------------------------------
def test_i_report_recanted_in_a_relative_clause_is_denied() -> None:
    text = "His confession that the ISI paid the TTP, which he recanted, was aired on television."
    found = _events(text)
    assert found and all(m == "denied" for *_, m in found)


@pytest.mark.parametrize(
    "text",
    [
        "His confession that the ISI paid the TTP, which he repeated, was aired on television.",
        "His confession that the ISI paid the TTP, which he never recanted, was aired on "
        "television.",
        # the group recants its own pledge: nothing said about the report
        "Reports that the ISI paid the TTP, which later recanted its pledge, surfaced.",
    ],
)
def test_i_twins_are_not_denied(text: str) -> None:
    assert not any(m == "denied" for *_, m in _events(text))


# -- j. a relation that exists only in words; talks that collapsed before they began --------
# (classes named by the label notes of traps44_frozen's asserted negatives after its blind
# run, fixed on these invented probes, never on its sentences)
@pytest.mark.parametrize(
    "text",
    [
        "The merger between Jamaat-ul-Ahrar and the TTP existed only in name.",
        "The alliance between the Haqqani network and Al Qaeda exists only on paper, Afghan "
        "officials said.",
        "The TTP's pact with Al Qaeda exists mainly in propaganda videos.",
        "The pact between the TTP and Al Qaeda exists in name only.",
    ],
)
def test_j_relation_only_in_words_is_not_asserted(text: str) -> None:
    found = _events(text)
    assert found and not any(m == "asserted" for *_, m in found)


@pytest.mark.parametrize(
    "text",
    [
        "The alliance between the Haqqani network and Al Qaeda exists in practice, not only on "
        "paper.",
        "The alliance between the Haqqani network and Al Qaeda exists only in Khost.",
    ],
)
def test_j_twins_keep_the_relation(text: str) -> None:
    assert _has(_asserted(text), "Haqqani", "COOPERATE", "Al Qaeda")


@pytest.mark.parametrize(
    "text",
    [
        "Talks between the TTP and Islamabad collapsed before any meeting took place.",
        "Talks between the TTP and Islamabad collapsed before they began.",
        "The alliance between the TTP and Al Qaeda collapsed before it began.",
    ],
)
def test_j_collapsed_before_it_began_asserts_nothing(text: str) -> None:
    assert not _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Talks between the TTP and Islamabad collapsed in May after three rounds.",
        "Talks between the TTP and Islamabad collapsed before the elections.",
        "The alliance between the TTP and Al Qaeda collapsed in 2012.",
    ],
)
def test_j_twins_a_collapse_after_it_held_is_a_rejection(text: str) -> None:
    assert _has(_asserted(text), "Tehrik", "REJECT", "")
