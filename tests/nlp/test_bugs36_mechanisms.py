"""Analyst probes, round bugs36 (issue 9), on invented sentences.

Classes of phrasing, not sentences: a denial whose object is help given to a party ("X denies
support for Y": the help is denied, nobody is refused), a denial over a participle that is the
denied predicate of its object ("Army denies rebel commander killed in raid", "X denied its
fighters trained at Y's camps"). Each class has twins that keep the old reading (a refusal of
shelter, a confirmation) and twins that must not be asserted. None of the sentences comes from
a benchmark, a dev set or a news file.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted, has, named_events


# -- a denied allegation of help (written.denied_aid, written.denied_allegation_of_help) ----
@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Kabul denies support for Haqqani network", "Afghanistan", "Haqqani"),
        ("Tehran denies arms for Houthis", "Iran", "Ansarallah"),
        ("Pakistan denies funding for TTP", "Pakistan", "Tehrik-i-Taliban"),
        ("Islamabad denied backing to the Taliban last year.", "Pakistan", "Taliban"),
    ],
)
def test_a_denied_allegation_of_help_refuses_nobody(text: str, a: str, b: str) -> None:
    found = named_events(text)
    assert not has(found, a, "REJECT", b), found
    assert not has(found, a, "AID", b), found


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Tehran denies arms for Houthis", "Iran", "Ansarallah"),
        ("Pakistan denies funding for TTP", "Pakistan", "Tehrik-i-Taliban"),
    ],
)
def test_a_the_help_itself_is_denied(text: str, a: str, b: str) -> None:
    found = named_events(text)
    assert has(found, a, "AID", b, "denied"), found


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("The Taliban denied shelter to Al Qaeda fighters in 2002.", "Taliban", "Al Qaeda"),
        ("The Haqqani network denied Al Qaeda sanctuary in its areas.", "Haqqani", "Al Qaeda"),
        ("The tribe denied the TTP passage through its valley.", "", "Tehrik-i-Taliban"),
    ],
)
def test_a_refusing_shelter_or_passage_is_still_a_rejection(text: str, a: str, b: str) -> None:
    found = named_events(text)
    assert has(found, a, "REJECT", b), found


# -- a denied participle clause on the denial's object (written.denied_reduced_clause) -----
@pytest.mark.parametrize(
    ("text", "a", "etype", "b"),
    [
        ("Army denies TTP commander killed in operation", "Pakistan", "ASSAULT", "Tehrik"),
        ("Police deny Lashkar-e-Taiba chief arrested in Lahore", "Pakistan", "COERCE", "Lashkar"),
        (
            "Haqqani network denies its fighters trained at Al Qaeda camps",
            "Al Qaeda",
            "AID",
            "Haqqani",
        ),
        (
            "The TTP denied its men trained at Lashkar-e-Taiba camps in 2010.",
            "Lashkar",
            "AID",
            "Tehrik",
        ),
    ],
)
def test_b_c_a_denied_participle_is_not_asserted(text: str, a: str, etype: str, b: str) -> None:
    found = named_events(text)
    assert not has(found, a, etype, b), found
    assert not any(e[1] == "REJECT" for e in asserted(found)), found


def test_b_the_denied_killing_keeps_its_parties_as_denied() -> None:
    found = named_events("Army denies TTP commander killed in operation")
    assert has(found, "", "ASSAULT", "Tehrik", "denied"), found


def test_c_the_denied_training_keeps_its_parties_as_denied() -> None:
    found = named_events("The TTP denied its men trained at Lashkar-e-Taiba camps in 2010.")
    assert has(found, "Lashkar", "AID", "Tehrik", "denied"), found


@pytest.mark.parametrize(
    ("text", "etype", "b"),
    [
        ("Army confirms TTP commander killed in operation", "ASSAULT", "Tehrik"),
        ("The Haqqani network said its fighters trained at Al Qaeda camps.", "AID", "Haqqani"),
    ],
)
def test_b_c_a_confirmed_participle_stays_asserted(text: str, etype: str, b: str) -> None:
    found = named_events(text)
    assert has(found, "", etype, b), found


# -- a known name's closing word is no trigger (code.SentenceCoder._inside_name) -----------
@pytest.mark.parametrize(
    "text",
    [
        "India's Research and Analysis Wing paid the BLA, Islamabad alleged.",
        "The Research and Analysis Wing armed Baloch rebels in 2012.",
    ],
)
def test_d_the_closing_word_of_a_known_name_is_no_trigger(text: str) -> None:
    found = named_events(text)
    assert not any(e[1] == "COOPERATE" and "Research and Analysis" in e[0] for e in found), found


def test_d_a_wing_named_by_the_document_still_belongs_to_its_group() -> None:
    found = named_events("The Islamic Movement of Uzbekistan's Zarbat Wing attacked an army post.")
    assert has(found, "Zarbat Wing", "COOPERATE", "Islamic Movement of Uzbekistan"), found


# -- a name spelt otherwise does not run over a comma (resolve.Resolver._scan_fold) --------
@pytest.mark.parametrize(
    "text",
    [
        "Haftar's LNA, south of the capital, shelled militias loyal to the GNA.",
        "Units of the LNA, south of Sirte, clashed with the GNA.",
    ],
)
def test_d_an_apposition_after_a_comma_is_not_part_of_a_name(text: str) -> None:
    found = named_events(text, "2019-06-01")
    assert not any("Saith" in e[0] or "Saith" in e[2] for e in found), found
    lna = ("LNA", "Libyan National Army")  # the knowledge base's name since stop 48
    assert any(e[0] in lna or e[2] in lna for e in found), found


# -- a headline's participle of imminence (written.imminent, written._headline_participle) --
@pytest.mark.parametrize(
    ("text", "etype", "b"),
    [
        ("Haqqani envoys set to visit Kabul", "CONSULT", "Afghan"),
        ("Hamas delegation slated to visit Cairo", "CONSULT", "Egypt"),
        ("Afghan army set to launch operation against Taliban", "ASSAULT", "Taliban"),
        ("The Taliban are slated to meet Pakistani officials in Doha.", "CONSULT", "Pakistan"),
    ],
)
def test_e_a_headline_act_set_to_happen_is_not_asserted(text: str, etype: str, b: str) -> None:
    found = named_events(text)
    assert not any(e[1] == etype and b in e[2] for e in asserted(found)), found


@pytest.mark.parametrize(
    ("text", "etype", "b"),
    [
        ("Haqqani envoys visit Kabul", "CONSULT", "Afghan"),
        ("Afghan army launches operation against Taliban", "ASSAULT", "Taliban"),
        ("Militants set fire to a Taliban office in Kandahar", "ASSAULT", "Taliban"),
    ],
)
def test_e_the_act_done_stays_asserted(text: str, etype: str, b: str) -> None:
    found = named_events(text)
    assert any(e[1] == etype and b in e[2] for e in asserted(found)), found


# -- fire that backs troops is no attack on them (written.backing_fire) ---------------------
@pytest.mark.parametrize(
    ("text", "backer", "backed", "enemy"),
    [
        (
            "Pakistani troops, backed by U.S. drone strikes, clashed with TTP fighters.",
            "U.S.",
            "Pakistan Army",
            "Tehrik",
        ),
        (
            "Afghan soldiers, supported by American air strikes, clashed with Taliban units.",
            "United States",
            "Afghan National Army",
            "Taliban",
        ),
    ],
)
def test_j_the_backer_never_attacks_the_troops_it_backs(
    text: str, backer: str, backed: str, enemy: str
) -> None:
    found = named_events(text)
    assert not any(
        backer in e[0] and backed in e[2] and e[1] == "ASSAULT" for e in asserted(found)
    ), found


def test_j_the_backing_fire_still_hits_the_enemy() -> None:
    found = named_events(
        "Pakistani troops, backed by U.S. drone strikes, clashed with TTP fighters."
    )
    assert has(found, "U.S.", "ASSAULT", "Tehrik"), found


# -- a group noun given a name by "known as" (mentions._named_noun, _apposed_group) --------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Oromo militias known as Qeerroo Guards attacked Ethiopian army positions.", "Qeerroo"),
        ("A militia known as the Zorbak Brigade attacked Ethiopian troops.", "Zorbak Brigade"),
        ("Rebels known as the Kestrel Column ambushed Malian soldiers.", "Kestrel Column"),
    ],
)
def test_j_a_noun_known_as_a_name_is_that_group(text: str, name: str) -> None:
    found = named_events(text)
    assert any(name in e[0] and e[1] == "ASSAULT" for e in asserted(found)), found


@pytest.mark.parametrize(
    "text",
    [
        "A militia known as the Zorbak Brigade did not attack Ethiopian troops.",
        "A militia known as the Zorbak Brigade may have attacked Ethiopian troops.",
    ],
)
def test_j_a_named_group_keeps_the_modality_of_its_act(text: str) -> None:
    found = named_events(text)
    assert not any("Zorbak" in e[0] for e in asserted(found)), found


# -- a passive claim with coordinated claimants (SentenceCoder._coordinated_claimants) -----
@pytest.mark.parametrize(
    "text",
    [
        "The raid on the Pakistani army camp was claimed jointly by the TTP and Al Qaeda.",
        "The attack on the Afghan police convoy was claimed by the Haqqani network and Al Qaeda.",
    ],
)
def test_i_each_joint_claimant_is_an_author(text: str) -> None:
    found = asserted(named_events(text))
    authors = {e[0] for e in found if e[1] == "ASSAULT"}
    assert len(authors) >= 2 and any("Al Qaeda" in a for a in authors), found


@pytest.mark.parametrize(
    "text",
    [
        "The raid on the Pakistani army camp was not claimed by the TTP and Al Qaeda.",
        "The raid on the army camp may have been claimed jointly by the TTP and Al Qaeda.",
    ],
)
def test_i_an_unmade_claim_gives_no_author(text: str) -> None:
    found = asserted(named_events(text))
    assert not any("Al Qaeda" in e[0] and e[1] == "ASSAULT" for e in found), found
