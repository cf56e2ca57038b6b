"""Mechanisms of written reports (issue 9, the "written reports" hidden set), on invented
sentences.

One test per class of constructions (riftwatch.nlp.written and the issue-9 classes of the
new user's corpus), each with its positive forms and the negated, hedged, denied or future
twins that must not be asserted. None of the sentences comes from a development set, a
benchmark or tests/nlp/data/written.
"""

from __future__ import annotations

import pytest

from riftwatch.nlp.extract import extract_document


def events(text: str, date: str = "2012-04-02") -> set[tuple[str, str, str, str]]:
    """(source, type, target, modality) of every event in ``text``."""
    coded = extract_document({"id": "t", "text": text, "date": date})
    return {
        (c.event.source.org_name or c.event.source.name, c.event.event_type,
         c.event.target.org_name or c.event.target.name, c.event.modality)
        for c in coded
    }  # fmt: skip


def has(found: set[tuple[str, str, str, str]], source: str, etype: str | tuple[str, ...],
        target: str, modality: str | None = "asserted") -> bool:  # fmt: skip
    types = (etype,) if isinstance(etype, str) else etype
    return any(
        source in s and g in types and target in t and (modality is None or m == modality)
        for s, g, t, m in found
    )


def asserted_between(found: set[tuple[str, str, str, str]], a: str, b: str) -> set:
    """Asserted events from an actor whose name holds ``a`` to one whose name holds ``b``."""
    return {e for e in found if e[3] == "asserted" and a in e[0] and b in e[2]}


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
