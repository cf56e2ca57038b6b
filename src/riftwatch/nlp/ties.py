"""Persons the text ties to a group stand for that group (issue 9, other regions).

Relationship descriptions name groups through their leaders: "Shekau's faction split from",
"Karuna broke away from the LTTE", "Prince Johnson broke away from the NPFL and formed the
INPFL". A person the knowledge base does not know is, at best, an open actor of their own;
the rift between the two groups is lost. Within one document, a person is tied to a group
when the text says so:

- apposition or title: "Abubakar Shekau, the leader of Boko Haram", "Boko Haram leader
  Abubakar Shekau", "Boko Haram's founder Mohammed Yusuf";
- possession of the group: "Charles Taylor's NPFL";
- leading or founding it: "Hadi al-Amiri led the Badr Organization", "Jalal Talabani founded
  the Patriotic Union of Kurdistan", "... broke away and formed the INPFL";
- proclaiming it: "Hassan Mensah proclaimed the Y", "... announced the formation of the Y" (not
  "declared the Y a terrorist group");
- the person's faction or followers becoming it: "Mensah's faction later became the Y",
  "... split from Z and resumed operating as Y", "... renamed itself Y", and "His faction later
  became the Y" after a sentence whose subject is the person;
- a founding or becoming joined by "and" to the person's earlier act: "P abolished Z and
  proclaimed Y", "P's men left Z and renamed themselves Y";
- a group named after the person in the knowledge base: "Colonel Karuna Faction", "Forces of
  Ruslan Labazanov", "Maute Group" (the person's name with a faction, group or forces word,
  matched exactly).

A tied person, wherever the document names them (in full, by surname, or as the owner of
"X's faction/men/fighters/followers"), is the group, with the person kept as the mention's
person. A person the text ties to no group stays an open actor. A negated tie ("X never led
Y") ties nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from riftwatch.actors.kb import descriptor_words
from riftwatch.actors.resolve import common_word
from riftwatch.nlp.code import Actor

Span = tuple[int, int, Actor]
GROUPISH = frozenset({"armed_group", "faction", "shura", "party", "organization"})
"""Actor types a person can stand for."""

_ROLE = r"(?:leader|head|chief|founder|co-founder|commander|emir|amir|chairman|spokesman)"
_LATER = r"(?:later|subsequently|afterwards|eventually|by\s+then)"
_APPOSITION = re.compile(
    rf"^,?\s+(?:{_LATER},?\s+)?(?:the\s+|its\s+|a\s+)?"
    rf"(?:former\s+|then\s+|new\s+|top\s+|military\s+)?{_ROLE}"
    r"\s+of\s+(?:the\s+)?$"
)
"""person ", the leader of " group; ", later the leader of " group (what the person became
is the group they stand for in the document)"""


@cache
def _apposition() -> re.Pattern[str]:
    """:data:`_APPOSITION`, and a role held in a body of the group (events.yaml
    ``role_body_nouns``): person ", chief of staff of the " group, ", head of the political
    bureau of " group (world17)."""
    from riftwatch.nlp.lexicon import load

    bodies = "|".join(sorted(re.escape(b) for b in load().role_body_nouns)) or "(?!)"
    return re.compile(
        rf"^,?\s+(?:{_LATER},?\s+)?(?:the\s+|its\s+|a\s+)?"
        rf"(?:former\s+|then\s+|new\s+|top\s+|military\s+)?{_ROLE}"
        rf"(?:\s+of\s+(?:the\s+|its\s+)?(?:[a-z]+\s+)?(?:{bodies}))?"
        r"\s+of\s+(?:the\s+)?$"
    )


_ROLES = r"(?:leaders|heads|chiefs|founders|co-founders|commanders|emirs|amirs)"
_SHARED = re.compile(
    rf"^,?\s+(?:{_LATER},?\s+)?(?:the\s+|its\s+)?"
    rf"(?:former\s+|then\s+|new\s+|top\s+|military\s+)?{_ROLES}\s+of\s+(?:the\s+)?$"
    r"|^,\s+who\s+(?:had\s+|then\s+|later\s+|would\s+later\s+|would\s+|together\s+)?"
    r"(?:led|headed|founded|co-founded|formed|created|established|set\s+up|lead|head|found|form|"
    r"set\s+up)\s+(?:the\s+)?$"
    r"|^\s+(?:later\s+|then\s+|together\s+|jointly\s+)?(?:founded|co-founded|formed|created|"
    r"established|set\s+up|led|headed)\s+(?:the\s+)?$"
)
"""persons " and " person ", later the leaders of the " group, ", who later founded the ",
" founded the ": what the conjoined persons did together ties each of them (sides20); a
singular role ("P and Q, the leader of Y") is Q's alone"""
_NEXT_CONJUNCT = re.compile(
    r"(?:,\s+(?:and\s+)?|\s+and\s+)"
    r"([A-Z][\w'\u2019\-]+(?:\s+(?:al-|bin\s+|ibn\s+|de\s+)?[A-Z][\w'\u2019\-]+)+)"
)
"""the next name of two or more capitalised words in a coordination of persons ("P, Q and R")"""
_TITLE = re.compile(
    rf"^(?:['\u2019]s)?\s+(?:former\s+|then\s+|new\s+|top\s+|military\s+)?{_ROLE}\s*,?\s+$"
)
"""group "('s) leader " person"""
_POSSESSIVE = re.compile(r"^['\u2019]s\s+$")
"""person "'s " group"""
_REFOUNDED = r"re-?founded|revived|re-?established|relaunched"
"""a person bringing back a group that had lapsed ("P left Z and revived the Y", "refounded the
Y"): a founding for the ties, as "founded" is (replay19)"""
_FOUNDED = re.compile(
    r"^\s+(?:[\w,\-]+\s+){0,8}?(?:led|headed|founded|co-founded|formed|created|established|"
    rf"launched|commanded|set\s+up|leads|heads|commands|ran|runs|{_REFOUNDED})\s+(?:and\s+\w+\s+)?"
    r"(?:the\s+|a\s+new\s+group,?\s+(?:the\s+)?|an?\s+|(?:his|her|their)\s+(?:own\s+)?)?$"
)
"""person " founded the " group (and "broke away ... and formed the"); "leads a " group
(" faction", " unit": a part of the group is still the group's); "led his " group (the
person's own group: mmp35)"""
_WENT_ON = re.compile(
    r"^,?\s+(?:[\w\-]+,?\s+){0,6}?(?:went|would\s+go|had\s+gone)\s+on\s+to\s+"
    r"(?:lead|head|found|co-found|command|form|create|establish)\s+(?:the\s+)?$"
)
"""person " went on to lead the " group, also after an aside ("P, dismissed in 2017, went on
to lead the Y"): what the person became (memory1). Not across a relative or possessive word
(:data:`_NOT_THE_SUBJECT`)."""
_WENT_ON_NAME = re.compile(
    r"(?<![\w\-])([A-Z][\w'\u2019\-]+(?:\s+(?:al-|bin\s+|ibn\s+|de\s+)?[A-Z][\w'\u2019\-]+)*)"
    r"(?=,?\s+(?:[\w\-]+,?\s+){0,6}?(?:went|would\s+go|had\s+gone)\s+on\s+to\s+"
    r"(?:lead|head|found|co-found|command|form|create|establish)\b)"
)
"""A name (no common word in it) before "went on to lead": a person the first pass may have
left as a word ("Ferrant, dismissed in 2017, went on to lead the Y")."""
_NOT_THE_SUBJECT = re.compile(r"\b(?:who|whom|whose|which|his|her|their|its)\b", re.IGNORECASE)
_WHO_LED = re.compile(
    r"^,\s+who\s+(?:had\s+|has\s+|then\s+|later\s+|once\s+|still\s+|at\s+the\s+time\s+)?"
    r"(?:led|headed|founded|co-founded|commanded|ran|leads|heads|commands|runs|formed|created|"
    rf"established|set\s+up|{_REFOUNDED})\s+(?:the\s+)?$"
)
"""person ", who led the " group: a relative clause whose subject is the person (mmp14)"""
_WHO_LED_NAME = re.compile(
    r"(?<![\w\-])([A-Z][\w'\u2019\-]+(?:\s+(?:al-|bin\s+|ibn\s+|de\s+)?[A-Z][\w'\u2019\-]+)+)"
    r",\s+who\s+(?:\w+\s+)?(?:led|headed|founded|co-founded|commanded|ran|leads|heads|commands|"
    rf"formed|created|established|set\s+up|{_REFOUNDED})\b"
)
"""A name of two or more capitalised words before ", who led": a person the first pass may
have left as words ("... broke with Yaw Boateng, who led the Kumasi Brigade")"""
_NAME_LEFT = re.compile(
    r"(?<![\w\-])([A-Z][\w'\u2019\-]+(?:\s+(?:al-|bin\s+|ibn\s+|de\s+)?[A-Z][\w'\u2019\-]+)*)"
    r"\s+(?:left|quit|deserted|abandoned|walked\s+out\s+of|broke\s+(?:away\s+)?(?:with|from)|"
    r"split\s+(?:away\s+)?from|defected\s+from|parted\s+ways\s+with|"
    r"(?:was|were)\s+(?:expelled|ousted|thrown\s+out)\s+(?:from|of))\s+"
    r"[^.;:]{0,80}?\band\s+(?:(?:he|she|they)\s+)?(?:then\s+|later\s+|soon\s+)?"
    rf"(?:founded|co-founded|formed|created|established|launched|set\s+up|{_REFOUNDED})\b"
)
"""A name (no common word in it) leaving a group and founding another ("After a quarrel, Osei
left the Z and formed the Y"): a person the first pass may have left as a word; the tie
itself is still read by the joined-founding rule"""
_EXPELLED_NAME = re.compile(
    r"\b(?:expelled|ousted|purged|dismissed|sacked)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?"
    r"([A-Z][\w'\u2019\-]+(?:\s+(?:al-|bin\s+|ibn\s+|de\s+)?[A-Z][\w'\u2019\-]+)*)"
    r"(?=[^.;:]{0,80}?,\s+(?:and\s+(?:he|she)|who)\s+(?:then\s+|later\s+|soon\s+)?"
    rf"(?:founded|co-founded|formed|created|established|launched|set\s+up|{_REFOUNDED})\b)"
)
"""A name (no common word in it) a group expelled who then founded another ("X expelled
Muyongo, and he revived the Y"; "X expelled the commander P, who formed the Y"): a person the
first pass may have left as a word; the tie itself is read by :func:`_he_founded` or
:data:`_WHO_LED` (replay19)"""
_REBELS_OF = re.compile(
    r"^\s+(?:officers|commanders|members|leaders|cadres|fighters|militants|men)\b[^.;:]{0,60}?"
    r"\b(?:rebelled|revolted|mutinied|rose\s+up|turned|broke|split|parted\s+ways)\s+"
    r"(?:away\s+)?(?:against|with|from)\s+(?:their\s+(?:leader|chief|commander)\s*,?\s+)?$"
)
"""group " officers ... rebelled against " person, after "other"/"fellow": members of a group
rising against a person rise against their own leader, who is the group (mmp14: "Abu Musa and
other Fatah officers rebelled against P")"""
_OTHER_BEFORE = re.compile(r"\b(?:other|fellow|many|several|some)\s+$", re.IGNORECASE)
_AFTER_PREPOSITION = re.compile(
    r"\b(?:with|from|against|by|to|for|on|under|of)\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE
)
"""A person named as a preposition's object ("broke with P in 2013 and founded Y") is not the
subject of the verbs after it (mmp14): no founding tie from them"""
_LED_BY = re.compile(
    r"^(?:\s+\([A-Za-z\-]{2,12}\)|,)?\s+(?:(?:which\s+)?(?:was|is)\s+|then\s+|now\s+|at\s+first\s+)?"
    r"(?:led|headed|founded|co-founded|commanded|created|established|formed|launched|set\s+up|run)\s+"
    r"(?:(?:in|during)\s+(?:[A-Z][a-z]+\s+)?\d{4},?\s+)?by\s+(?:the\s+)?(?:former\s+|veteran\s+)?"
    r"(?:(?:[a-z]+\s+)?(?:commander|militant|cleric|officer|jihadist|leader)\s+)?$"
)
"""group ", led by " person (the description's own statement of who leads it); also " (ABC)
was formed in 2017 by " (walk54: the group's initials and the year had hidden the tie)"""
_ROLE_APPOSITION = re.compile(
    r"^,\s+(?:(?:an?|the|its)\s+)?(?:senior\s+|top\s+|veteran\s+|local\s+|regional\s+)?$"
)
_ROLE_AFTER = re.compile(rf"(?:['\u2019]s)?\s+{_ROLE}\b")
_ROLE_END = re.compile(rf"\s{_ROLE}$")
"""person ", a " group " commander"; person ", the " group "'s commander" (the role after the
group's name)"""
_ROLE_IN_PLACE = re.compile(
    rf"['\u2019]s\s+(?:(?:former|then|new|top|military|senior|regional)\s+)?{_ROLE}\s+in\s+"
    r"((?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2})"
)
"""group "'s leader in " place: the group's branch in that place when the knowledge base
names one ("Al Qaeda's leader in Iraq" is Al Qaeda in Iraq's leader; written13)"""


def _own_initials(text: str, start: int, end: int, group_end: int) -> bool:
    """True when the mention at ``start:end`` is a bracket right after the group's name,
    its initials ("Ansar Ghazwat-ul-Hind (AGuH) was formed by P").

    >>> _own_initials("Y (ABC) was formed by P", 3, 6, 1)
    True
    >>> _own_initials("Y and Z were formed by P", 6, 7, 1)
    False
    """
    return bool(re.fullmatch(r"\s*\(", text[group_end:start])) and text[end : end + 1] == ")"


def _branch_in_place(
    group: Actor, text: str, end: int, resolve_group: Callable[[str], Actor | None]
) -> Actor:
    """The branch of ``group`` the role after its name places ("X, Al Qaeda's leader in
    Iraq": Al Qaeda in Iraq), when the knowledge base knows the branch by that name; else
    ``group``.

    >>> g = Actor(id="org:g", name="Al Qaeda", mention="Al Qaeda", type="armed_group")
    >>> b = Actor(id="org:b", name="Al Qaeda in Iraq", mention="", type="armed_group")
    >>> look = {"Al Qaeda in Iraq": b}.get
    >>> _branch_in_place(g, "Al Qaeda's leader in Iraq, died.", 8, look).name
    'Al Qaeda in Iraq'
    >>> _branch_in_place(g, "Al Qaeda's leader, in Iraq, died.", 8, look).name
    'Al Qaeda'
    """
    m = _ROLE_IN_PLACE.match(text, end)
    if m is None:
        return group
    place = m.group(1)
    words = place.split()
    for n in range(len(words), 0, -1):  # the longest run of capitalised words that resolves
        for name in dict.fromkeys((group.name, group.mention)):
            branch = resolve_group(f"{name} in {' '.join(words[:n])}")
            if branch is not None and branch.key() != group.key():
                return branch
    return group


_DENIED_LEAD = re.compile(
    r"^\s+(?:did|does|do|has|had|have)\s*(?:not|never|n't)\s+(?:ever\s+)?"
    r"(?:lead|led|head|headed|found|founded|command|commanded|run)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""person " did not lead the " group: a denied tie"""
_NEGATION = re.compile(r"\b(?:not|never|no|n't|nor|denied|deny|denies)\b", re.IGNORECASE)
_HEDGE = re.compile(
    r"\b(?:may|might|could|reportedly|allegedly|possibly|perhaps|probably|apparently|"
    r"rumou?red|suspected|planned|plans|hoped|wanted|tried|attempted|sought|threatened)\b",
    re.IGNORECASE,
)
"""A tie told as possible, planned or attempted ties nothing ("may have proclaimed Y")."""
_FORMATION = r"(?:the\s+)?(?:formation|creation|establishment|founding|birth)\s+of\s+(?:the\s+)?"
_PROCLAIMED = re.compile(
    rf"^\s+(?:[\w,\-]+\s+){{0,6}}?(?:proclaimed|declared|announced)\s+(?:{_FORMATION}|the\s+)?$"
)
"""person " proclaimed the " group (an emirate, a front): a founding"""
_NOT_FOUNDING = re.compile(
    r"^\s*(?:an?\b|as\b|to\s+be\b|its\b|illegal|unlawful|banned|outlawed|terrorist|"
    r"dissolved|defeated|responsible|guilty|an?\s+enemy)",
    re.IGNORECASE,
)
"""after the group: "declared the Y a terrorist group / illegal / dissolved" founds nothing"""
_BECAME = (
    r"(?:became|renamed\s+(?:itself|themselves)|was\s+renamed|were\s+renamed|"
    r"resumed\s+operating\s+as|re-?emerged\s+as|regrouped\s+as|"
    r"rebranded\s+(?:itself\s+|themselves\s+)?as|reconstituted\s+(?:itself\s+|themselves\s+)?as|"
    r"re-?formed\s+as|took\s+the\s+name(?:\s+of)?|went\s+on\s+to\s+become|evolved\s+into|"
    r"turned\s+into|grew\s+into|called\s+themselves|called\s+itself|became\s+known\s+as)"
)
_JOINED = re.compile(
    rf"(?:^|[\s,])and\s+(?:(?:he|she|they)\s+)?"
    rf"(?:then\s+|later\s+|subsequently\s+|soon\s+|eventually\s+)?"
    rf"(?:(?P<found>founded|co-founded|formed|created|established|launched|set\s+up|proclaimed|"
    rf"declared|announced|{_REFOUNDED})\s+(?:{_FORMATION}|the\s+|a\s+new\s+group,?\s+(?:the\s+)?)?"
    rf"|(?P<became>{_BECAME})\s+(?:the\s+)?)$"
)
"""'... and proclaimed the ' / '... and resumed operating as ' just before the group; also
'..., and he revived the ' (the person's own pronoun opening the founding clause: replay19)"""
_RELATIVE = re.compile(r"\b(?:which|who|whom|whose|that|while|after|before|when)\b|[.;:]")
_WHICH = re.compile(r"\b(?:which|who|whom|whose)\b")
"""a relative clause between a person and a group has another subject ("Z, which formed Y")"""
_MEMBERS = (
    r"(?:faction|men|fighters|forces|followers|loyalists|wing|group|militia|brigade|unit|"
    r"supporters|cadres|troops|guerrillas|gunmen)"
)
_MEMBERS_BECAME = re.compile(
    rf"^['\u2019]s\s+(?:\w+\s+){{0,2}}?{_MEMBERS}\s+(?:[\w,\-]+\s+){{0,8}}?{_BECAME}\s+(?:the\s+)?$"
)
"""person "'s faction later became the " group"""
_FOUNDING = (
    r"(?:founded|co-founded|formed|created|established|launched|set\s+up|announced|proclaimed)"
)
_MEMBERS_FOUNDED = re.compile(
    rf"^['\u2019]s\s+(?:\w+\s+){{0,2}}?{_MEMBERS}\s+(?:[\w,\-]+\s+){{0,8}}?{_FOUNDING}\s+"
    rf"(?:{_FORMATION}|the\s+|an?\s+new\s+(?:group|faction|movement|organi[sz]ation),?\s+"
    rf"(?:the\s+)?)?$"
)
"""person "'s faction split off and founded the " group: what the person's own men found is
the person's group (no other actor between)"""
_PRONOUN_BECAME = re.compile(
    rf"^(?:His|Her|Their)\s+(?:\w+\s+){{0,2}}?{_MEMBERS}\s+(?:[\w,\-]+\s+){{0,8}}?{_BECAME}\s+(?:the\s+)?$"
)
""""His faction later became the " group: the previous sentence's subject's faction"""
_NAMED_GROUPS = ("{} Faction", "Forces of {}", "{} Group", "{} faction", "{} group")
"""Knowledge-base names made of a person's name (UCDP's "Forces of X", MMP's "X Faction")."""
_NAME = re.compile(r"[A-Z][\w'\u2019\-]+(?:\s+(?:al-|bin\s+|ibn\s+|de\s+)?[A-Z][\w'\u2019\-]+)*")


def _could_be_personal(name: str) -> bool:
    """Could an open group name be a person's name, which a group may be named after
    ("Karuna" for the Colonel Karuna Faction)? Not when one of its words is a common English
    word ("Islamic Jihad" is no man's name, so it is not the "Islamic Jihad Group"), nor
    when one is a word of a creed ("Salafi jihadists" are not the "Salafi Group"; lead43).

    >>> _could_be_personal("Karuna"), _could_be_personal("Islamic Jihad")
    (True, False)
    >>> _could_be_personal("Salafi")
    False
    """
    creeds = descriptor_words()
    return not any(common_word(w) or w.lower() in creeds for w in re.findall(r"[A-Za-z]+", name))


def _names(person: str) -> set[str]:
    """The full name and the surname ("Abubakar Shekau", "Shekau")."""
    words = person.split()
    out = {person}
    if len(words) > 1 and len(words[-1]) > 2:
        out.add(words[-1])
    if len(words) > 1:  # "Qais al-Khazali" is also "Khazali"
        bare = re.sub(r"^(?:al|el|ad|ar|as|ash|at|az|an)-", "", words[-1], flags=re.IGNORECASE)
        if bare != words[-1] and len(bare) > 3 and bare[:1].isupper():
            out.add(bare)
    for name in list(out):  # "al-Sahrawi" opens a sentence as "Al-Sahrawi"
        if name[:1].islower():
            out.add(name[:1].upper() + name[1:])
    return out


_PART_AFTER = re.compile(
    r"^['\u2019]s\s+(?:[\w\-]+\s+){0,2}?(?:zone|zones|unit|units|brigade|battalion|wing|cell|"
    r"cells|branch|sector|region|division|company|column|district|command)\b"
)
"""group "'s second zone", "'s northern unit": a part of the group the person commanded"""


def _commands_a_part(text: str, end: int, person: Actor | None, group: Actor) -> bool:
    """Does the text only give a known person a part of ``group`` to command ("P commanded
    the G's second zone") while the knowledge base puts the person in another group at the
    document's date? Then the part commanded does not replace that group (sides21: Hattab,
    the GSPC's founder, once commanded a zone of the GIA). A person the knowledge base gives
    no group then, or an open person, is tied as the text says.

    >>> g = Actor(id="org:g", name="G", mention="G", type="armed_group", org_id="org:g")
    >>> p = Actor(id="person:p", name="P", mention="P", type="person", org_id="org:h")
    >>> _commands_a_part("P commanded the G's second zone.", 17, p, g)
    True
    >>> _commands_a_part("P commanded the G.", 17, p, g)
    False
    """
    if person is None or not _PART_AFTER.match(text[end:]):
        return False
    own = person.org_id or ""
    return bool(own) and not own.startswith(("person:", "open:")) and own != group.key()


_HIS_BEFORE = re.compile(r"\b(?:his|her)\s+(?:own\s+)?$", re.IGNORECASE)
_MEMBERS_AFTER = re.compile(rf"^\s+(?:{_MEMBERS}|soldiers|units|commandos|militiamen|partisans)\b")
_NOT_ONE_CLAUSE = re.compile(r"[.;:()]|\b(?:who|whom|whose|which|that|while|whereas)\b")
_CAPITAL = re.compile(r"(?<![\w\-])[A-Z][\w'\u2019\-]*")


def _his_members(text: str, ps: int, pe: int, gs: int, ge: int, actors: list[Span]) -> bool:
    """Person " turned against the Z and his " group " soldiers": the group whose members the
    person, the sentence's only person so far, owns by "his" (sides21). Everything named
    between them must be a known group (a person, or a capitalised name no pass took, may
    own the members instead: "P met Q and his Y fighters"); one clause, no relative word.

    >>> y = Actor(id="open:y", name="Y", mention="Y", type="armed_group")
    >>> z = Actor(id="org:z", name="Z", mention="Z", type="armed_group", org_id="org:z")
    >>> t = "Ansa turned against the Z and his Y soldiers fought Z units."
    >>> _his_members(t, 0, 4, 34, 35, [(24, 25, z), (34, 35, y)])
    True
    >>> t2 = "Ansa turned against Kofi Mensah and his Y soldiers."
    >>> _his_members(t2, 0, 4, 40, 41, [(40, 41, y)])
    False
    """
    between = text[pe:gs]
    if len(between) > 120 or not _HIS_BEFORE.search(between) or _NOT_ONE_CLAUSE.search(between):
        return False
    if not _MEMBERS_AFTER.match(text[ge:]):
        return False
    if any(a.type == "person" or _is_open(a) for s, _e, a in actors if s < gs and s != ps):
        return False
    covered = [(s, e) for s, e, _a in actors]
    return all(any(s <= pe + m.start() < e for s, e in covered) for m in _CAPITAL.finditer(between))


def _is_open(actor: Actor) -> bool:
    return (actor.org_id or actor.id or "").startswith("open:")


def _is_person(actor: Actor) -> bool:
    return actor.type == "person" and (actor.org_id or actor.id or "").startswith("open:")


def kb_grouped(actor: Actor) -> bool:
    """A person the knowledge base knows and places in a group at the sentence's date (its
    ``org_id`` is that group). A known person the knowledge base gives no group then (a
    politician of the country dictionary outside his posts, named as a rebel leader) is not:
    what the corpus ties him to may stand (names24).

    >>> p = Actor(id="person:p", name="P", mention="P", type="person", org_id="org:g")
    >>> q = Actor(id="person:q", name="Q", mention="Q", type="person", org_id="person:q")
    >>> kb_grouped(p), kb_grouped(q)
    (True, False)
    >>> kb_grouped(Actor(id="open:r", name="R", mention="R", type="person"))
    False
    """
    if actor.type != "person" or _is_open(actor):
        return False
    group = actor.org_id or ""
    return bool(group) and group != actor.id and not group.startswith(("person:", "open:"))


def _any_person(actor: Actor) -> bool:
    """A person, known or not: what the document says a person leads outweighs the knowledge
    base's group for them ("Mokhtar Belmokhtar, the founder of al-Mourabitoun", though the
    knowledge base files him under AQIM)."""
    return actor.type == "person"


def _operation(actor: Actor) -> bool:
    """Is ``actor`` a named operation ("Operation Dignity": a name headed by a word of cues.yaml
    ``operation_name_heads``), no group a person can be tied to (gaps58)?

    >>> _operation(Actor(id="open:x", name="Operation Dignity", mention="Operation Dignity"))
    True
    >>> _operation(Actor(id="open:y", name="Dignity Front", mention="Dignity Front"))
    False
    """
    from riftwatch.nlp.lexicon import load

    words = actor.mention.split()
    return (
        bool(words) and words[0].lower() in load().operation_name_heads and words[0][:1].isupper()
    )


@cache
def _month_names() -> frozenset[str]:
    """Month and weekday names of ``time.yaml`` (their abbreviations too), title case."""
    from riftwatch.nlp.time import month_names, weekday_names

    return frozenset(w.title() for w in month_names() | weekday_names())


def _time_or_function_opening(name: str) -> bool:
    """Is a capitalised run opening a sentence no person's name: it starts with a function
    word (spaCy's English stop words: "In April", "After Ramadan", "Under Ugandan pressure")
    or holds a month or weekday name ("Late August")? Such a run was tied to the group the
    sentence founds ("In April 1959 the Y broke away and founded the Z": "In April" stood
    for the Z in every document of the corpus that opened with it; names24).

    >>> _time_or_function_opening("In April"), _time_or_function_opening("Late August")
    (True, True)
    >>> _time_or_function_opening("Qari Zia Rahman"), _time_or_function_opening("Said Bahaji")
    (False, False)
    """
    from spacy.lang.en.stop_words import STOP_WORDS

    words = re.findall(r"[A-Za-z]+", name)
    if not words:
        return False
    return words[0].lower() in STOP_WORDS or any(w.title() in _month_names() for w in words)


def find_ties(
    sentences: list[tuple[str, list[Span]]],
    resolve_group: Callable[[str], Actor | None],
    denied: dict[str, set[str]] | None = None,
) -> dict[str, Actor]:
    """Person name (full and surname) -> the group the document ties them to.

    ``resolve_group`` resolves a name to a group actor from the knowledge base (exact names
    only), for groups named after a person. When ``denied`` is given, it receives, per person
    name, the keys of the groups the document says the person is *not* tied to ("Y, not led
    by P", "P never led Y"): the knowledge base's tie of that person to such a group does not
    hold in this document (:func:`apply`).

    >>> g = Actor(id="org:bh", name="Boko Haram", mention="Boko Haram", type="armed_group")
    >>> p = Actor(id="open:a-s", name="Abubakar Shekau", mention="Abubakar Shekau",
    ...           type="person", org_id="open:a-s")
    >>> t = "Abubakar Shekau, the leader of Boko Haram, spoke."
    >>> sorted(find_ties([(t, [(0, 15, p), (31, 41, g)])], lambda n: None))
    ['Abubakar Shekau', 'Shekau']
    >>> t2 = "Abubakar Shekau never led Boko Haram."
    >>> no: dict[str, set[str]] = {}
    >>> find_ties([(t2, [(0, 15, p), (26, 36, g)])], lambda n: None, no)
    {}
    >>> sorted(no["Shekau"])
    ['org:bh']
    """
    ties: dict[str, Actor] = {}

    def tie(person: str, group: Actor) -> None:
        for name in _names(person):
            ties.setdefault(name, group)

    def deny(person: str, group: Actor, between: str) -> None:
        """A tie the text states with a negation ("not led by"): recorded in ``denied``."""
        if denied is None or _HEDGE.search(between) or not _NEGATION.search(between):
            return
        plain = re.sub(r"\s+", " ", _NEGATION.sub(" ", between))
        plain = re.sub(r"^ ,", ",", plain)
        if not (
            _DENIED_LEAD.match(between)
            or _apposition().match(plain)
            or _TITLE.match(plain)
            or _LED_BY.match(plain)
            or _WHO_LED.match(plain)
            or _FOUNDED.match(plain)
            or _WENT_ON.match(plain)
            or _PROCLAIMED.match(plain)
        ):
            return
        for name in _names(person):
            denied.setdefault(name, set()).add(group.key())

    subject: str | None = None  # the person opening the previous sentence
    seen: set[str] = set()  # full names of persons, to tie by a surname tied later
    for text, actors in sentences:
        # a named operation ("Haftar's Operation Dignity") is no group its owner belongs to
        groups = [(s, e, a) for s, e, a in actors if a.type in GROUPISH and not _operation(a)]
        if subject is not None:  # "His faction later became the Y"
            for gs, _ge, group in groups:
                head = text[:gs]
                if (
                    _PRONOUN_BECAME.match(head)
                    and not any(s < gs for s, _e, _a in actors)
                    and not _NEGATION.search(head)
                    and not _HEDGE.search(head)
                ):
                    tie(subject, group)
                    break
        persons = [(s, e, a.person or a.name) for s, e, a in actors if _is_person(a)]
        # a known person under the name the text uses ("Adnan Abu Walid al-Sahrawi")
        known = [(s, e, text[s:e]) for s, e, a in actors if _any_person(a) and not _is_person(a)]
        # capitalised names that own members ("Shekau's faction") or lead a sentence
        for m in re.finditer(rf"({_NAME.pattern})['\u2019]s\s+{_MEMBERS}\b", text):
            if not any(s <= m.start(1) < e for s, e, _a in actors):
                persons.append((m.start(1), m.end(1), m.group(1)))
        for m in _WHO_LED_NAME.finditer(text):  # "Yaw Boateng, who led the Y" (mmp14)
            if m.start(1) > 0 and not any(s < m.end(1) and m.start(1) < e for s, e, _a in actors):
                persons.append((m.start(1), m.end(1), m.group(1)))
        for m in went_on_names(text):  # "Ferrant, dismissed in 2017, went on to lead the Y"
            if not any(s < m[1] and m[0] < e for s, e, _a in actors):
                persons.append(m)
        for m in _EXPELLED_NAME.finditer(text):  # "X expelled Muyongo, and he revived the Y"
            over = [a for s, e, a in actors if s < m.end(1) and m.start(1) < e]
            if any(common_word(w) for w in re.findall(r"[A-Za-z]+", m.group(1))):
                continue
            if not over or (
                # the parse's open "organisation" of a lone surname ("Muyongo")
                len(over) == 1
                and _is_open(over[0])
                and not _is_person(over[0])
                and _could_be_personal(over[0].name)
                and over[0].name == m.group(1)
            ):
                persons.append((m.start(1), m.end(1), m.group(1)))
        for m in _NAME_LEFT.finditer(text):  # "..., Osei left the Z and formed the Y"
            if not any(s < m.end(1) and m.start(1) < e for s, e, _a in actors) and not any(
                common_word(w) for w in re.findall(r"[A-Za-z]+", m.group(1))
            ):
                persons.append((m.start(1), m.end(1), m.group(1)))
        # an open "organisation" the parse made of a name owning men ("Al-Osei's men")
        for s, e, a in actors:
            if (
                _is_open(a)
                and not _is_person(a)
                and _could_be_personal(a.name)
                and re.match(rf"['\u2019]s\s+(?:\w+\s+)?{_MEMBERS}\b", text[e:])
            ):
                persons.append((s, e, a.name))
        # an open name (no common word) right after a known group's possessive ("Al Qaeda's
        # Ustad Zarif killed"): the parse may call the man an organisation (heads10)
        for s, e, a in actors:
            if (
                _is_open(a)
                and not _is_person(a)
                and _could_be_personal(a.name)
                and any(
                    ge <= s and not _is_open(g) and _POSSESSIVE.match(text[ge:s])
                    for _gs, ge, g in groups
                )
            ):
                persons.append((s, e, a.name))
        # a name of two or more capitalised words opening the sentence ("Qari Zia Rahman
        # leads a TTP faction"): the parse alone makes it an actor, after the ties are read
        lead = _NAME.match(text)
        if (
            lead is not None
            and " " in lead.group(0)
            and not _time_or_function_opening(lead.group(0))
            and not any(s < lead.end() and lead.start() < e for s, e, _a in actors)
        ):
            persons.append((lead.start(), lead.end(), lead.group(0)))
        # open names of groups named after a person ("Karuna" -> Colonel Karuna Faction);
        # a capitalised word no pass took as an actor stays a word ("sent men to Haqqani")
        named = [(s, e, a.name) for s, e, a in actors
                 if _is_open(a) and not _is_person(a) and _could_be_personal(a.name)]  # fmt: skip
        # a known person's group at the document's date, as the knowledge base gives it
        own_group = {text[s:e]: a for s, e, a in actors if _any_person(a) and not _is_person(a)}
        for ps, pe, person in [*persons, *known]:
            for gs, ge, group in groups:
                if gs >= pe:
                    between = text[pe:gs]
                    if _NEGATION.search(between) or _HEDGE.search(between):
                        deny(person, group, between)
                        continue
                    if _his_members(text, ps, pe, gs, ge, actors):
                        tie(person, group)  # "P turned on Z and his Y soldiers fought Z"
                        continue
                    if any(pe <= s < gs for s, _e, _a in actors):
                        # another actor stands between them: only "P left Z and founded Y"
                        if _joined(
                            between,
                            text[ge:],
                            persons=[
                                (s, e)
                                for s, e, a in actors
                                if pe <= s < gs
                                and a.type == "person"
                                # "P broke with Q and founded Y": Q is an object, P the subject
                                and not _AFTER_PREPOSITION.search(text[pe:s])
                            ],
                        ):
                            tie(person, group)
                        continue
                    if (
                        _apposition().match(between)
                        or _POSSESSIVE.match(between)
                        or _WHO_LED.match(between)
                        or (
                            _FOUNDED.match(between)
                            and not _WHICH.search(between)
                            and not _AFTER_PREPOSITION.search(text[:ps])
                        )
                        or (_WENT_ON.match(between) and not _NOT_THE_SUBJECT.search(between))
                        or _he_founded(between)
                        or _MEMBERS_BECAME.match(between)
                        or (_MEMBERS_FOUNDED.match(between) and not _NOT_FOUNDING.match(text[ge:]))
                        or (
                            _PROCLAIMED.match(between)
                            and not _WHICH.search(between)
                            and not _NOT_FOUNDING.match(text[ge:])
                        )
                        or (
                            _ROLE_APPOSITION.match(between)
                            and (_ROLE_AFTER.match(text, ge) or _ROLE_END.search(text, gs, ge))
                        )
                    ) and not _commands_a_part(text, ge, own_group.get(person), group):
                        tie(person, _branch_in_place(group, text, ge, resolve_group))
                elif (
                    ge <= ps
                    and _REBELS_OF.match(text[ge:ps])
                    and _OTHER_BEFORE.search(text[:gs])
                    and not any(
                        ge <= s < ps and a.type in (*GROUPISH, "person") for s, _e, a in actors
                    )  # fmt: skip
                    and not _NEGATION.search(text[ge:ps])
                    and not _HEDGE.search(text[ge:ps])
                ):
                    tie(person, group)  # "other G officers rebelled against P": P leads G
                elif (
                    ge <= ps
                    and (
                        _TITLE.match(text[ge:ps])
                        # "RENAMO leader Ossufo Momade": the parse may take the role word
                        # into the group's mention; the person right after it is the title's
                        # (a person the knowledge base gives a group of their own keeps it:
                        # "Taliban commander Maulvi Nazir" stays the Nazir group's)
                        or (
                            not text[ge:ps].strip()
                            and _ROLE_END.search(text, gs, ge)
                            and person not in own_group
                        )
                        or _LED_BY.match(text[ge:ps])
                        # "Al Qaeda's Ustad Zarif killed": a group's possessive on a person
                        # the knowledge base does not know is the group's man (heads10)
                        or (_POSSESSIVE.match(text[ge:ps]) and person not in own_group)
                    )
                    # the group's own initials in brackets are no other party (walk54)
                    and not any(
                        ge <= s < ps and not _own_initials(text, s, e, ge) for s, e, _a in actors
                    )
                    and not _NEGATION.search(text[ge:ps])
                ):
                    tie(person, group)
                elif ge <= ps and not any(ge <= s < ps for s, _e, _a in actors):
                    deny(person, group, text[ge:ps])
        # "P and Q, later the leaders of Y": each conjunct of the coordination (sides20)
        for _ps, pe, person in sorted([*persons, *known]):
            chain, pos = [person], pe
            while True:
                m = _NEXT_CONJUNCT.match(text, pos)
                if m is None or any(
                    s < m.end(1) and m.start(1) < e and not (_is_person(a) or _any_person(a))
                    for s, e, a in actors
                ):
                    break
                chain.append(m.group(1))
                pos = m.end(1)
            shared = _shared_group(text, pos, groups, actors) if len(chain) > 1 else None
            if shared is not None and not any(common_word(w) for w in chain[-1].split()):
                for name in chain:
                    tie(name, shared)
        seen.update(p for _s, _e, p in [*persons, *known] if " " in p)
        opening = [p for s, _e, p in [*persons, *known] if not text[:s].strip()]
        subject = opening[0] if opening else None
        for _ps, _pe, person in [*persons, *named]:
            if person in ties:
                continue
            for pattern in _NAMED_GROUPS:
                for name in sorted(_names(person), key=len, reverse=True):
                    group = resolve_group(pattern.format(name))
                    if group is not None:
                        tie(person, group)
                        break
                if person in ties:
                    break
    for full in seen:  # "Kojo Asante left Z. Asante's faction later became Y"
        surname = full.split()[-1]
        if full not in ties and surname in ties:
            ties[full] = ties[surname]
    return ties


def went_on_names(text: str) -> list[tuple[int, int, str]]:
    """Names that "went on to lead/found" something (no common word in them).

    >>> went_on_names("Ferrant, dismissed in 2017, went on to lead the Y Council.")
    [(0, 7, 'Ferrant')]
    >>> went_on_names("The Council went on to lead the talks.")
    []
    """
    return [
        (m.start(1), m.end(1), m.group(1))
        for m in _WENT_ON_NAME.finditer(text)
        if not any(
            common_word(w) or w.lower() in _FUNCTION_WORDS
            for w in re.findall(r"[A-Za-z]+", m.group(1))
        )  # fmt: skip
        and not re.search(r"\b(?:the|a|an)\s+$", text[: m.start(1)], re.IGNORECASE)
    ]


_FUNCTION_WORDS = frozenset(
    "the a an this that these those he she they it his her its their we our who which "
    "later then after before when soon eventually".split()
)


def _shared_group(text: str, end: int, groups: list[Span], actors: list[Span]) -> Actor | None:
    """The group a coordination of persons ending at ``end`` leads or founded together
    (:data:`_SHARED`), when no actor stands between and nothing negates or hedges it."""
    for gs, _ge, group in sorted(groups, key=lambda g: g[0]):
        if gs < end:
            continue
        between = text[end:gs]
        if any(end <= s < gs for s, _e, _a in actors):
            return None
        if _NEGATION.search(between) or _HEDGE.search(between):
            return None
        return group if _SHARED.match(between) else None
    return None


_BECOMES_ANYWHERE = re.compile(
    rf"(?:['\u2019]s|^(?:His|Her|Their))\s+(?:\w+\s+){{0,2}}?{_MEMBERS}\s+(?:[\w,\-]+\s+){{0,8}}?"
    rf"{_BECAME}\b"
)


def tells_a_becoming(text: str) -> bool:
    """Does the sentence say a person's faction became a group ("His faction later became
    the Y", "Mensah's men renamed themselves Y")? Such a sentence ties its person (or the
    previous sentence's subject) to the group, though it names one group and no person
    actor.

    >>> tells_a_becoming("His faction later became the Ashanti Liberation Front.")
    True
    >>> tells_a_becoming("The faction later became the Ashanti Liberation Front.")
    False
    """
    return _BECOMES_ANYWHERE.search(text) is not None


_FOLLOWERS_FOUNDED = re.compile(
    rf"(?:\bwith\s+(?:his|her)\s+(?:\w+\s+)?{_MEMBERS},\s+who\s+(?:then\s+|later\s+|soon\s+)?"
    rf"|\bled\s+(?:his|her)\s+(?:\w+\s+)?{_MEMBERS}\s+out\s+(?:of\s+[^,.;:]{{1,60}}?\s+)?to\s+)"
    rf"(?:found|form|create|establish|set\s+up|founded|formed|created|established|set\s+up|"
    rf"{_REFOUNDED})\s+(?:what\s+(?:became|was|would\s+be)\s+(?:known|called)\s+as\s+)?"
    r"(?:the\s+)?$"
)
"""person "... with his followers, who formed (what became known as) the " group; "... led his
followers out to form the " group: what the person's own men found is the person's group,
across the group they left (replay19)"""


def _he_founded(between: str) -> bool:
    """Between a person and a group with no actor between: "X expelled P, and he revived the
    Y", "P was expelled in 1980, and he founded the Y". The pronoun is the person's: a bare
    "and founded" after an object is the sentence subject's act ("X expelled P and founded Y":
    X founded it), so only the pronoun form ties (replay19).

    >>> _he_founded(", and he revived the "), _he_founded(" and founded the ")
    (True, False)
    >>> _he_founded(", who said that they founded the ")
    False
    """
    m = _JOINED.search(between)
    return (
        m is not None
        and m.group("found") is not None
        and re.search(r"\band\s+(?:he|she|they)\s", m.group(0)) is not None
        and not _RELATIVE.search(between[: m.start()])
    )


def _joined(between: str, after: str, persons: list[tuple[int, int]]) -> bool:
    """Between a person and a group, across another actor: "P abolished Z and proclaimed Y",
    "P's faction split from Z and resumed operating as Y" (the person is the subject of both
    verbs: no other person, relative clause or sentence break between).

    >>> _joined(" abolished the Volta Republic and proclaimed the ", "", [])
    True
    >>> _joined(" fought the Volta Army, which later formed the ", "", [])
    False
    >>> _joined(" split from the Volta Army and resumed operating as ", "", [])
    False
    >>> _joined("'s men split from the Volta Army and resumed operating as ", "", [])
    True
    >>> _joined(" broke from the Volta Army with his followers, who formed what became known as ",
    ...         "", [])
    True
    >>> _joined(" fought the Volta Army, which led his men out to form the ", "", [])
    False
    """
    followers = _FOLLOWERS_FOUNDED.search(between)
    if followers is not None and not persons:
        # "P broke from Z with his followers, who formed Y" (replay19)
        return not _RELATIVE.search(between[: followers.start()])
    m = _JOINED.search(between)
    if m is None or persons or _RELATIVE.search(between[: m.start()]):
        return False
    if m.group("became"):  # the person's faction becomes the group, not the person
        return bool(re.match(rf"^['\u2019]s\s+(?:\w+\s+){{0,2}}?{_MEMBERS}\b", between))
    proclaimed = m.group("found") in ("proclaimed", "declared", "announced")
    return not (proclaimed and _NOT_FOUNDING.match(after))


def apply(
    text: str,
    actors: list[Span],
    ties: dict[str, Actor],
    denied: dict[str, set[str]] | None = None,
) -> list[Span]:
    """The sentence's actors with tied persons standing for their groups; a tied name the
    first pass did not take as an actor ("Karuna broke away", "Shekau's faction") is added.

    The document outweighs the knowledge base: a known person the document ties to a group
    stands for that group as a document tie (whatever group the knowledge base gives them),
    and a known person whose knowledge-base group the document denies (``denied``, from
    :func:`find_ties`) stands for no group, only for themselves.

    >>> g = Actor(id="org:bh", name="Boko Haram", mention="Boko Haram", type="armed_group",
    ...           org_id="org:bh", org_name="Boko Haram")
    >>> out = apply("Shekau's faction refused.", [], {"Shekau": g})
    >>> [(s, e, a.org_id, a.person) for s, e, a in out]
    [(0, 6, 'org:bh', 'Shekau')]
    """
    if not ties and not denied:
        return actors
    out: list[Span] = []
    for start, end, actor in actors:
        name = actor.person or actor.name
        group = ties.get(name) if _is_open(actor) else None
        known = group is None and _any_person(actor) and not _is_open(actor)
        if group is None and _any_person(actor):  # a known person the text ties to a group
            name = text[start:end]
            group = ties.get(name)
        if group is not None and (known or group.key() != actor.key()):
            out.append((start, end, _as_group(group, text[start:end], name)))
        elif known and denied and actor.key() in denied.get(text[start:end], ()):
            out.append((start, end, _untied(actor, text[start:end])))
        else:
            out.append((start, end, actor))
    taken = [(s, e) for s, e, _a in out]
    for name in sorted(ties, key=len, reverse=True):
        for m in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", text):
            s, e = m.start(), m.end()
            if any(not (e <= a or s >= b) for a, b in taken):
                continue
            out.append((s, e, _as_group(ties[name], name, name)))
            taken.append((s, e))
    return sorted(out, key=lambda x: x[0])


def _untied(actor: Actor, mention: str) -> Actor:
    """A known person the document says is not of the group the knowledge base gives them:
    the person alone."""
    return Actor(
        id=actor.id,
        name=actor.person or actor.name,
        mention=mention,
        type="person",
        org_id=actor.id,
        org_name=actor.person or actor.name,
        person=actor.person or actor.name,
        how=f"person the document says is not of {actor.org_name or actor.name}",
    )


def _as_group(group: Actor, mention: str, person: str) -> Actor:
    # a tie another document of the corpus told keeps its provenance (nlp/memory.py)
    remembered = group.how if group.how.startswith("person tied to") else None
    return Actor(
        id=group.org_id or group.id,
        name=group.org_name or group.name,
        mention=mention,
        type=group.type,
        org_id=group.org_id or group.id,
        org_name=group.org_name or group.name,
        person=person,
        how=remembered or f"person tied to {group.org_name or group.name} in the document",
    )


def group_resolver(resolver: Any, date: str | None) -> Callable[[str], Actor | None]:
    """Exact knowledge-base names of groups, for :func:`find_ties`."""

    exactly = getattr(resolver, "may_match_exactly", None)

    def resolve(name: str) -> Actor | None:
        if exactly is not None and not exactly(name):
            return None  # no exact match is possible: spare the fuzzy search (same answer)
        res = resolver.resolve(name, date, name)
        if res.unresolved or res.actor is None or res.actor.type not in GROUPISH:
            return None
        if getattr(res, "method", "exact") not in ("exact", None):
            return None
        ent = res.organization or res.actor
        return Actor(id=ent.id, name=ent.name, mention=name, type=ent.type, org_id=ent.id,
                     org_name=ent.name, how="group named after a person")  # fmt: skip

    return resolve


def founders(events: list[Any]) -> dict[str, Actor]:
    """Person -> the group the sentence says they founded ("X broke away and formed Y"):
    the coder's founder events (an open person merging into the group they formed)."""
    out: dict[str, Actor] = {}
    for ev in events:
        src, tgt = ev.event.source, ev.event.target
        if (
            ev.event.mode == "merger"
            and ev.event.modality == "asserted"
            and _is_person(src)
            and tgt.type in GROUPISH
            and any(str(w).startswith("founder") for w in ev.why)
        ):
            out.setdefault(src.person or src.name, tgt)
    return out


_UNIT_WORD = re.compile(r"\b(?:unit|brigade|battalion|wing|faction|cell|branch|chapter)\b", re.I)


def _unit_founders(events: list[Any]) -> dict[tuple[str, str], Actor]:
    """(unit name, parent id) -> the group a unit of that parent founded ("the Mid-Ulster
    unit of the UVF broke away and formed the LVF")."""
    out: dict[tuple[str, str], Actor] = {}
    for ev in events:
        src, tgt = ev.event.source, ev.event.target
        if (
            ev.event.mode == "merger"
            and ev.event.modality == "asserted"
            and src.qualifier
            and _UNIT_WORD.search(src.qualifier)
            and tgt.type in GROUPISH
            and any(str(w).startswith("founder") for w in ev.why)
        ):
            out.setdefault((src.qualifier, src.key()), tgt)
    return out


def rewrite_founders(coded: list[Any]) -> list[Any]:
    """A founder's other events are their new group's: "X broke away from Z and formed Y"
    is Y's split from Z (the founding itself, the person merging into Y, is dropped). A unit
    of a group that broke away and formed Y: Y split from that group."""
    import dataclasses

    made = founders(coded)
    units = _unit_founders(coded)
    if units:
        kept = []
        for ev in coded:
            src, tgt = ev.event.source, ev.event.target
            founded = units.get((src.qualifier or "", src.key()))
            if founded is None or tgt.key() != founded.key():
                kept.append(ev)
                continue
            if ev.event.event_type == "REJECT" and ev.event.mode == "split":
                event = dataclasses.replace(ev.event, source=tgt, target=src)
                why = [*ev.why, f"'{src.qualifier}' of {src.org_name} formed {tgt.name}"]
                kept.append(dataclasses.replace(ev, event=event, why=why))
            # the founding itself (the unit merging into what it formed) is no relation
        coded = kept
    if not made:
        return coded
    out = []
    for ev in coded:
        src, tgt = ev.event.source, ev.event.target
        new_src = made.get(src.person or src.name) if _is_person(src) else None
        new_tgt = made.get(tgt.person or tgt.name) if _is_person(tgt) else None
        if new_src is None and new_tgt is None:
            out.append(ev)
            continue
        src2 = _as_group(new_src, src.mention, src.person or src.name) if new_src else src
        tgt2 = _as_group(new_tgt, tgt.mention, tgt.person or tgt.name) if new_tgt else tgt
        if src2.key() == tgt2.key():
            continue  # the founding itself
        event = dataclasses.replace(ev.event, source=src2, target=tgt2)
        why = [*ev.why, f"{src.name if new_src else tgt.name} founded "
               f"{(new_src or new_tgt).org_name or (new_src or new_tgt).name}"]  # fmt: skip
        out.append(dataclasses.replace(ev, event=event, why=why))
    return out


_UNIT_OF = re.compile(
    r"^\s+(?:unit|units|brigade|battalion|wing|faction|cell|cells|branch|chapter|company)\s+of\s+"
    r"(?:the\s+)?$"
    r"|^,\s+(?:then\s+)?(?:the|its|an?)\s+(?:armed|military)\s+(?:wing|branch)\s+of\s+(?:the\s+)?$"
)
"""An open name " unit of the " a known group, or in apposition ", the armed wing of the "
(sides20): the text says it is part of that group."""


def units_of(text: str, actors: list[Span]) -> list[Span]:
    """'The Mid-Ulster unit of the UVF': an open name that the text calls a unit, brigade,
    wing or cell of a known group is that group (a sub-actor rolls up to its parent where
    the text says so; the unit's name stays the mention).

    >>> g = Actor(id="org:uvf", name="UVF", mention="UVF", type="armed_group", org_id="org:uvf")
    >>> o = Actor(id="open:mid-ulster", name="Mid-Ulster", mention="Mid-Ulster",
    ...           type="armed_group", org_id="open:mid-ulster")
    >>> t = "The Mid-Ulster unit of the UVF broke away."
    >>> [(a.org_id, a.mention) for _s, _e, a in units_of(t, [(4, 14, o), (27, 30, g)])]
    [('org:uvf', 'Mid-Ulster'), ('org:uvf', 'UVF')]
    """
    spans = sorted(actors, key=lambda x: x[0])
    out: list[Span] = []
    for i, (start, end, actor) in enumerate(spans):
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        if (
            nxt is not None
            and _is_open(actor)
            and not _is_person(actor)
            and not _is_open(nxt[2])
            and nxt[2].type in GROUPISH
            and _UNIT_OF.match(text[end : nxt[0]])
        ):
            group = nxt[2]
            out.append((start, end, Actor(
                id=group.org_id or group.id, name=group.org_name or group.name,
                mention=actor.mention, type=group.type, org_id=group.org_id or group.id,
                org_name=group.org_name or group.name, qualifier=actor.name,
                how=f"'{actor.name}' named a unit of {group.org_name or group.name}")))  # fmt: skip
            continue
        out.append((start, end, actor))
    return out


__all__ = ["apply", "find_ties", "founders", "group_resolver", "rewrite_founders", "units_of"]
