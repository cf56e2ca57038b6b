"""names55: other-region names the knowledge base held but could not reach, and one faction.

* the Janjaweed (UCDP's actor, whose name is ambiguous) resolve beside Darfur's places and
  parties, and a clash "with the Janjaweed" is an event between the two sides;
* "the Urabenos" / "Urabeños" are the Clan del Golfo beside Colombian words, and nothing
  without them;
* "Ansar al-Sharia" is AQAP beside Yemeni places other than the word "Yemen", and stays the
  Libyan or Tunisian group beside theirs;
* ULFA (Independent), under its bracketed, dashed and initial forms, is a faction split from
  the ULFA; the bare "ULFA" stays the whole front (also when its leader's name is before it:
  "Paresh Baruah's ULFA" is the group, not the man).

Sentences are invented.
"""

from __future__ import annotations

import pytest
from tests.actors.conftest import mention_id
from tests.nlp.conftest import id_events

from riftwatch.actors.kb import default_kb

ULFA = "org:united-liberation-front-of-assam"
ULFA_I = "org:ulfa-independent"


@pytest.mark.parametrize(
    ("mention", "date", "context", "expected"),
    [
        (
            "Janjaweed",
            "2004-03-01",
            "Janjaweed horsemen burned a village near Geneina.",
            "org:janjaweed",
        ),
        (
            "Urabenos",
            "2014-02-01",
            "The Urabenos took over routes near Turbo in Uraba.",
            "org:clan-del-golfo",
        ),
        (
            "Urabeños",
            "2014-02-01",
            "Urabeños gunmen shot a trader in Medellin.",
            "org:clan-del-golfo",
        ),
        ("Urabenos", "2014-02-01", "The Urabenos of the valley sang at the fair.", None),
        (
            "Ansar al-Sharia",
            "2011-08-01",
            "Ansar al-Sharia gunmen held the town of Jaar in Abyan for a year.",
            "org:aqap",
        ),
        ("ULFA-I", "2015-04-01", "ULFA-I cadres crossed into Tinsukia from Myanmar.", ULFA_I),
        (
            "ULFA (Independent)",
            "2015-04-01",
            "The ULFA (Independent) claimed a blast in Dibrugarh.",
            ULFA_I,
        ),
    ],
)
def test_names_resolve_with_their_context(mention, date, context, expected):
    assert mention_id(mention, date, context) == expected


def test_ulfa_independent_split_from_ulfa_and_led_by_baruah():
    kb = default_kb()
    ent = kb.get(ULFA_I)
    assert ent.type == "faction"
    assert any(r.type == "splinter_of" and r.target == ULFA for r in ent.relations)
    baruah = kb.get("person:paresh-baruah")
    assert any(r.type == "leader_of" and r.target == ULFA_I for r in baruah.relations)


@pytest.mark.parametrize(
    ("text", "date", "wanted"),
    [
        (
            "SLA fighters clashed with the Janjaweed near Nyala in Darfur.",
            "2005-02-01",
            ("org:sla", "ASSAULT", "org:janjaweed"),
        ),
        (
            "The Janjaweed raided a JEM camp in North Darfur.",
            "2004-06-01",
            ("org:janjaweed", "ASSAULT", "org:justice-and-equality-movement"),
        ),
        (
            "The Urabenos fought Los Rastrojos for the ports of Colombia's Pacific coast.",
            "2012-03-01",
            ("org:clan-del-golfo", "ASSAULT", "org:los-rastrojos"),
        ),
        (
            "Tunisian police detained Ansar al-Sharia preachers in Sousse.",
            "2013-09-01",
            ("country:tunisia", "COERCE", "org:ansar-al-sharia-in-tunisia"),
        ),
        (
            "ULFA (I) rebels ambushed Indian troops near Sivasagar, Assam.",
            "2016-05-01",
            (ULFA_I, "ASSAULT", "org:indian-army"),
        ),
        (
            "Paresh Baruah's ULFA ambushed Indian troops near Dibrugarh, Assam.",
            "2014-05-01",
            (ULFA, "ASSAULT", "org:indian-army"),
        ),
        (
            "ULFA gave NDFB cadres shelter at its bases in southern Bhutan in 1997.",
            "1998-01-01",
            (ULFA, "AID", "org:national-democratic-front-of-bodoland"),
        ),
        (
            "Hardliners walked out of the front in 2013 and called themselves ULFA-I.",
            "2013-06-01",
            (ULFA_I, "REJECT", ULFA),
        ),
    ],
)
def test_events_name_the_groups(text, date, wanted):
    found = {(s, t, o) for s, t, o, m in id_events(text, date) if m == "asserted"}
    assert wanted in found, found
