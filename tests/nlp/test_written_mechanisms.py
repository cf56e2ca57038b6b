"""Mechanisms of written reports (issue 9, the "written reports" hidden set), on invented
sentences.

One test per class of constructions (riftwatch.nlp.written and the issue-9 classes of the
new user's corpus), each with its positive forms and the negated, hedged, denied or future
twins that must not be asserted. None of the sentences comes from a development set, a
benchmark or tests/nlp/data/written.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted_between, named_events

from riftwatch.nlp.extract import extract_document


def events(text: str, date: str = "2012-04-02") -> set[tuple[str, str, str, str]]:
    """(source, type, target, modality) of every event in ``text``."""
    return named_events(text, date)


def has(found: set[tuple[str, str, str, str]], source: str, etype: str | tuple[str, ...],
        target: str, modality: str | None = "asserted") -> bool:  # fmt: skip
    types = (etype,) if isinstance(etype, str) else etype
    return any(
        source in s and g in types and target in t and (modality is None or m == modality)
        for s, g, t, m in found
    )


# -- "not only ... but also": additive, not a negation -------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Al Qaeda not only financed the Haqqani network but also lent it explosives experts.",
         "Al Qaeda", "AID", "Haqqani"),
        ("The Haqqani network not only hosted Al Qaeda's Arab fighters but also fed them.",
         "Haqqani", "AID", "Al Qaeda"),
        ("Hayat Tahrir al-Sham not just detained Hurras al-Din commanders but also seized "
         "their weapons depots.", "Tahrir", ("COERCE", "ASSAULT"), "Hurras"),
    ],
)  # fmt: skip
def test_not_only_is_additive(text: str, source: str, etype: str, target: str) -> None:
    found = events(text)
    assert has(found, source, etype, target), found


@pytest.mark.parametrize(
    "text",
    [
        "Al Qaeda has not financed the Haqqani network this year.",
        "The Haqqani network did not shelter Al Qaeda couriers in Miranshah, a commander said.",
        "Al Qaeda never financed the Haqqani network, its spokesman insisted.",
    ],
)
def test_not_only_twins_stay_negated(text: str) -> None:
    found = events(text)
    assert not asserted_between(found, "Al Qaeda", "Haqqani"), found
    assert not asserted_between(found, "Haqqani", "Al Qaeda"), found


# -- a shared object: "X funded and armed Y" ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Al Qaeda sheltered and financed the Haqqani network in 2009.", "Al Qaeda", "Haqqani"),
        ("The dossier says the ISI armed and trained Lashkar-e-Taiba in the 1990s.",
         "Inter-Services", "Lashkar"),
    ],
)  # fmt: skip
def test_shared_object_first_verb(text: str, source: str, target: str) -> None:
    assert has(events(text), source, "AID", target)


def test_shared_object_codes_the_verb_without_object() -> None:
    """The first verb's own event is coded: its reasons name the shared object."""
    text = "Al Qaeda sheltered and financed the Haqqani network in 2009."
    coded = extract_document({"id": "t", "text": text, "date": "2012-04-02"})
    why = [" ".join(c.event.why) for c in coded]
    assert any("shared with the coordinated verb 'financed'" in w for w in why), why


@pytest.mark.parametrize(
    "text",
    [
        "Al Qaeda may have sheltered and financed the Haqqani network in 2009.",
        "Al Qaeda neither sheltered nor financed the Haqqani network, the report found.",
        "Al Qaeda sheltered neither the Haqqani network nor the Quetta shura.",
        "Neither Al Qaeda nor its Arab volunteers sheltered the Haqqani network.",
        "Officials denied that Al Qaeda had sheltered and financed the Haqqani network.",
        # two subjects: the first clause has no party, nothing is shared
        "Al Qaeda retreated and the Haqqani network attacked the Afghan army.",
    ],
)
def test_shared_object_twins(text: str) -> None:
    assert not asserted_between(events(text), "Al Qaeda", "Haqqani")


# -- promises with an infinitive ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The TTP pledged to avenge its commander by attacking Pakistani army posts.", "Tehrik",
         "Pakistan"),
        ("Jamaat-ul-Ahrar swore to strike the Frontier Corps in Mohmand.", "Tehrik",
         "Frontier"),
        ("The Haqqani network promised to protect Al Qaeda's Arab fighters.", "Haqqani",
         "Al Qaeda"),
    ],
)  # fmt: skip
def test_promise_is_no_pledge_and_its_act_is_future(text: str, source: str, target: str
                                                     ) -> None:  # fmt: skip
    found = events(text)
    # no pledge of allegiance to the party of the promised act, and the act is not asserted
    assert not any(e[1] in ("SUPPORT", "AID", "ASSAULT") for e in
                   asserted_between(found, source, target)), found  # fmt: skip


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Several TTP commanders pledged allegiance to the Islamic State last month.", "Tehrik",
         "Islamic State"),
        ("The Haqqani network renewed its oath to the Taliban's new emir.", "Haqqani",
         "Taliban"),
    ],
)  # fmt: skip
def test_pledge_of_allegiance_stays_asserted(text: str, source: str, target: str) -> None:
    assert has(events(text), source, "SUPPORT", target)


# -- evidential verbs ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Seized ledgers suggest that the Haqqani network paid Al Qaeda trainers in 2011.",
        "The ISI appears to have warned Lashkar-e-Taiba of the raid.",
        "Al Qaeda seems to be sending money to the Pakistani Taliban.",
    ],
)
def test_evidential_verbs_do_not_vouch(text: str) -> None:
    found = events(text)
    assert not {e for e in found if e[3] == "asserted"}, found
    assert found, "the event is still coded, with a modality that is not asserted"


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Seized ledgers show that the Haqqani network paid Al Qaeda trainers in 2011.",
         "Haqqani", "Al Qaeda"),
        ("The ISI warned Lashkar-e-Taiba about an American raid, officials said.", "Inter-Services",
         "Lashkar"),
    ],
)  # fmt: skip
def test_established_evidence_stays_asserted(text: str, source: str, target: str) -> None:
    assert has(events(text), source, ("AID", "SUPPORT", "COOPERATE"), target)


# -- relations stated by a predicate adjective or participle -----------------------------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Analysts say the Haqqani network is still closely aligned with Al Qaeda.", "Haqqani",
         "COOPERATE", "Al Qaeda"),
        ("Lashkar-e-Taiba has remained loyal to the Pakistani army for decades.", "Lashkar",
         "SUPPORT", "Pakistan"),
        ("Hurras al-Din is openly hostile to Hayat Tahrir al-Sham.", "Hurras", "REJECT",
         "Tahrir"),
        ("Tribal elders in Kurram are firmly opposed to the Pakistani Taliban.", "elders",
         "REJECT", "Tehrik"),
    ],
)  # fmt: skip
def test_relation_predicates(text: str, source: str, etype: str, target: str) -> None:
    found = events(text)
    assert has(found, source, etype, target), found


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Haqqani network is not aligned with Al Qaeda, a commander claimed.", "Haqqani",
         "Al Qaeda"),
        ("Lashkar-e-Taiba may be loyal to the Pakistani army.", "Lashkar", "Pakistan"),
        ("Hurras al-Din is not hostile to Hayat Tahrir al-Sham, its emir insisted.", "Hurras",
         "Tahrir"),
        ("If the Haqqani network were allied with Al Qaeda, talks would fail.", "Haqqani",
         "Al Qaeda"),
        # "loyal to X" as a modifier names X's people, it states no relation of its own
        ("Fighters loyal to the Haqqani network ambushed a convoy.", "Haqqani", "Haqqani"),
    ],
)  # fmt: skip
def test_relation_predicate_twins(text: str, source: str, target: str) -> None:
    found = events(text)
    assert not {e for e in asserted_between(found, source, target)
                if e[1] in ("COOPERATE", "SUPPORT", "REJECT")}, found  # fmt: skip


# -- coordinated country modifiers ("Afghan and Pakistani officials") ---------------------
@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Afghan and Pakistani negotiators met in Murree on Tuesday.", "Afghan", "Pakistan"),
        ("U.S. and Pakistani officials held talks in Rawalpindi last week.", "U.S.", "Pakistan"),
    ],
)  # fmt: skip
def test_coordinated_country_modifiers_meet_both_ways(text: str, first: str, second: str
                                                      ) -> None:  # fmt: skip
    found = events(text)
    assert has(found, first, "CONSULT", second), found
    assert has(found, second, "CONSULT", first), found


def test_coordinated_country_modifiers_as_object() -> None:
    found = events("Haqqani fighters ambushed Afghan and U.S. troops near Khost.")
    assert has(found, "Haqqani", "ASSAULT", "Afghan"), found
    assert has(found, "Haqqani", "ASSAULT", "U.S."), found
    found = events("Haqqani fighters did not ambush Afghan and U.S. troops near Khost.")
    assert not asserted_between(found, "Haqqani", "U.S."), found


@pytest.mark.parametrize(
    "text",
    [
        "Afghan and Pakistani negotiators did not meet in Murree on Tuesday.",
        "Afghan and Pakistani negotiators may meet in Murree next week.",
        "Afghan and Pakistani negotiators refused to meet in Murree.",
    ],
)
def test_coordinated_country_modifiers_twins(text: str) -> None:
    found = events(text)
    assert not {e for e in found if e[1] == "CONSULT" and e[3] == "asserted"}, found


# -- "U.S." before a lower-case word does not end a sentence -------------------------------
def test_us_abbreviation_before_lower_case_continues() -> None:
    from riftwatch.nlp.segment import segment

    assert len(segment("Envoys of the U.S. and Pakistan met. They agreed on little.")) == 2
    assert len(segment("Aid came from the U.S. The army used it.")) == 2


# -- handing people over to another party ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("Villagers in Khost handed two Haqqani fighters over to Afghan police.", "villagers",
         "Afghan"),
        ("Pakistan extradited an Al Qaeda financier to the United States in 2004.", "Pakistan",
         "United States"),
    ],
)  # fmt: skip
def test_handover_cooperates_with_the_receiver(text: str, giver: str, receiver: str) -> None:
    found = events(text)
    assert any(giver.lower() in s.lower() and g == "COOPERATE" and receiver in t
               and m == "asserted" for s, g, t, m in found), found  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan did not extradite the Al Qaeda financier to the United States.",
        "Pakistan may extradite the Al Qaeda financier to the United States.",
        "Pakistan denied that it had extradited an Al Qaeda financier to the United States.",
    ],
)
def test_handover_twins(text: str) -> None:
    assert not asserted_between(events(text), "Pakistan", "United States")


# -- refusing a hostile act rejects its receiver, not its victim -------------------------
def test_refusing_a_hostile_act() -> None:
    found = events("Elders in Bajaur refused to hand Al Qaeda's Arab fighters over to the army.")
    assert not {e for e in found if "Al Qaeda" in e[2] and e[3] == "asserted"}, found
    assert has(found, "elders", "REJECT", "Pakistan"), found
    # refusing help stays a rejection of the party not helped
    found = events("The Afghan Taliban refused to shelter Jamaat-ul-Ahrar commanders.")
    assert has(found, "Afghan Taliban", "REJECT", "Jamaat-ul-Ahrar"), found


# -- attitude verbs over an act -----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Lashkar-e-Taiba praised the attack on the Pakistani army's headquarters.",
        "The ISI backed the bombing of the U.S. consulate, the senator alleged.",
        "The Taliban condemned the raid on the Pakistani army post.",
    ],
)
def test_attitude_to_an_act_is_not_the_act(text: str) -> None:
    found = events(text)
    # neither an attack by the one who holds the attitude nor support for the attacked
    first = text.split()[0] if not text.startswith("The") else text.split()[1]
    assert not {e for e in found if first in e[0] and e[3] == "asserted"
                and e[1] in ("ASSAULT", "SUPPORT", "COOPERATE")}, found  # fmt: skip


def test_attitude_to_an_authored_act_keeps_its_author() -> None:
    found = events("Al Qaeda praised the Haqqani network's raid on the U.S. embassy.")
    assert has(found, "Al Qaeda", "SUPPORT", "Haqqani"), found
    assert has(found, "Haqqani", "ASSAULT", "U.S."), found


# -- "his" and an unknown named person ---------------------------------------------------
def test_his_is_not_an_earlier_person_when_a_nearer_one_is_unknown() -> None:
    found = events("Zawahiri spoke first, but Abu Karim Tabbal then renewed his oath to "
                   "Mullah Omar.")  # fmt: skip
    assert not has(found, "Al Qaeda", "SUPPORT", "Taliban"), found
    found = events("Zawahiri renewed his oath to Mullah Omar.")
    assert has(found, "Al Qaeda", "SUPPORT", "Taliban"), found


# -- adverbial backing: "with X's blessing", "under the protection of X" ------------------
@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("Lashkar-e-Taiba trains its recruits with the ISI's approval, the dossier says.",
         "Inter-Services", "Lashkar"),
        ("Al Qaeda operatives settled in Kunar under the protection of the Haqqani network.",
         "Haqqani", "Al Qaeda"),
        ("Pakistani troops pushed into Bajaur with the backing of the United States.",
         "United States", "Pakistan"),
    ],
)  # fmt: skip
def test_backing_phrases(text: str, giver: str, receiver: str) -> None:
    found = events(text)
    assert has(found, giver, ("SUPPORT", "AID"), receiver), found


@pytest.mark.parametrize(
    "text",
    [
        "Lashkar-e-Taiba does not train its recruits with the ISI's approval, officials insist.",
        "Lashkar-e-Taiba may train its recruits with the ISI's approval.",
        "If Lashkar-e-Taiba trained its recruits with the ISI's approval, donors would object.",
    ],
)
def test_backing_phrase_twins(text: str) -> None:
    assert not asserted_between(events(text), "Inter-Services", "Lashkar")


# -- dependence: "X relies on Y for protection" -------------------------------------------
def test_dependence_means_the_other_gives() -> None:
    found = events("Al Qaeda operatives rely on the Haqqani network for shelter.")
    assert has(found, "Haqqani", "AID", "Al Qaeda"), found
    found = events("Hurras al-Din depends on Al Qaeda for money.")
    assert has(found, "Al Qaeda", "AID", "Hurras"), found


@pytest.mark.parametrize(
    "text",
    [
        "Al Qaeda operatives do not rely on the Haqqani network for shelter.",
        "Al Qaeda operatives may rely on the Haqqani network for shelter.",
        # depending on someone for nothing it gives is no aid
        "Al Qaeda operatives rely on the Haqqani network's silence.",
    ],
)
def test_dependence_twins(text: str) -> None:
    assert not asserted_between(events(text), "Haqqani", "Al Qaeda")


# -- shunning by avoidance ----------------------------------------------------------------
def test_avoiding_a_party_is_shunning() -> None:
    found = events("Haqqani commanders now avoid contact with the Islamic State's envoys.")
    assert has(found, "Haqqani", "REJECT", "Islamic State"), found
    found = events("The Taliban emir told his men to avoid Hurras al-Din.")
    assert not has(found, "Taliban", "COOPERATE", "Hurras"), found


@pytest.mark.parametrize(
    "text",
    [
        # an avoided clash did not happen, and avoiding it shuns nobody
        "The Haqqani network avoided a clash with the Islamic State in Kurram.",
        "Haqqani commanders do not avoid contact with the Islamic State's envoys.",
    ],
)
def test_avoidance_twins(text: str) -> None:
    found = events(text)
    assert not asserted_between(found, "Haqqani", "Islamic State"), found


# -- intelligence agents of a country ------------------------------------------------------
def test_agents_of_a_country_are_its_intelligence() -> None:
    found = events("Pakistani agents detained a Lashkar-e-Taiba commander in Muridke.")
    assert has(found, "Inter-Services", "COERCE", "Lashkar"), found
    assert not has(events("Pakistani agents did not detain the Lashkar-e-Taiba commander."),
                   "Inter-Services", "COERCE", "Lashkar")  # fmt: skip


# -- denials: of a claim (nobody rejected) and of material help (a refusal) ----------------
@pytest.mark.parametrize(
    "text",
    [
        "Hurras al-Din denied any knowledge of the Islamic State's couriers in Idlib.",
        "The ISI denied involvement with Lashkar-e-Taiba's camps.",
        "Lashkar-e-Taiba dismissed the allegations made by the Pakistani army.",
    ],
)
def test_denying_a_claim_rejects_nobody(text: str) -> None:
    found = events(text)
    assert not {e for e in found if e[1] == "REJECT" and e[3] == "asserted"}, found


def test_denying_material_help_is_a_refusal() -> None:
    found = events("The Haqqani network denied the Islamic State's envoys shelter in Khost.")
    assert has(found, "Haqqani", "REJECT", "Islamic State"), found
    found = events("The Haqqani network denied shelter to Islamic State envoys.")
    assert has(found, "Haqqani", "REJECT", "Islamic State"), found
    # denying the relation, or that help was given, is a denial, not a refusal
    for text in (
        "The Haqqani network denied ties to the Islamic State.",
        "The Haqqani network denied giving shelter to Islamic State envoys.",
        "The Haqqani network has never denied shelter to Islamic State envoys.",
    ):
        found = events(text)
        assert not asserted_between(found, "Haqqani", "Islamic State"), (text, found)


# -- an attack claimed without "responsibility for" ---------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Jamaat-ul-Ahrar claimed the bombing that killed six Pakistani policemen in Mardan.",
         "Jamaat-ul-Ahrar", "Pakistan"),
        ("An ambush claimed by the Islamic State killed four Taliban fighters in Nangarhar.",
         "Islamic State", "Taliban"),
    ],
)  # fmt: skip
def test_claimed_attack_has_its_claimant_as_author(text: str, source: str, target: str
                                                   ) -> None:  # fmt: skip
    found = events(text)
    assert has(found, source, "ASSAULT", target), found


@pytest.mark.parametrize(
    "text",
    [
        "Jamaat-ul-Ahrar did not claim the bombing that killed six Pakistani policemen.",
        "Jamaat-ul-Ahrar may have claimed the bombing that killed six Pakistani policemen.",
        "Officials doubt that Jamaat-ul-Ahrar claimed the bombing that killed six policemen.",
        "Jamaat-ul-Ahrar denied the bombing that killed six Pakistani policemen.",
    ],
)
def test_claimed_attack_twins(text: str) -> None:
    found = events(text)
    assert not {e for e in found if "Jamaat" in e[0] and e[3] == "asserted"}, found


# -- the issue-9 classes of the new user's corpus, in other words ----------------------------
def test_issue9_classes_hold_on_new_wordings() -> None:
    # a denial attributed to officials: the funding is denied, nobody accuses the NDS
    found = events("Afghan officials denied that the NDS had paid Haqqani commanders.")
    assert has(found, "Directorate", "AID", "Haqqani", "denied"), found
    assert not {e for e in found if e[3] == "asserted"}, found
    # a refusal to host the TTP keeps the Afghan Taliban
    found = events("The Afghan Taliban refused to host fighters of the Pakistani Taliban.")
    assert has(found, "Afghan Taliban", "REJECT", "Tehrik"), found
    # "could end its ties": no firm negated cooperation
    found = events("Pakistani intelligence could end its ties with Lashkar-e-Taiba.")
    assert not {e for e in found if e[3] in ("asserted", "negated")}, found
    # a tip-off, with the warned-of strike hung on the people warned
    found = events("An ISI officer warned Lashkar-e-Taiba leaders of an upcoming Indian strike.")
    assert has(found, "Inter-Services", "AID", "Lashkar"), found
    assert not has(found, "Inter-Services", "THREATEN", "Lashkar"), found
    # "its" binds to the nearer group
    found = events("Hurras al-Din denounced HTS for its arrests of Hurras al-Din commanders.")
    assert has(found, "Tahrir", "COERCE", "Hurras"), found
    # hedges are uncertain
    assert has(events("Al Qaeda is probably funding the Haqqani network."), "Al Qaeda", "AID",
               "Haqqani", "uncertain")  # fmt: skip
