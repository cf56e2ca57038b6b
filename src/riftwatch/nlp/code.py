"""Coding sentences into dyadic PLOVER events: who did what to whom, with modality.

Registered as ``code.rules.v1``. The input is a parsed sentence (spaCy ``Doc``) and the
actor mentions found in it; the output is a list of :class:`Event`. Every decision is
recorded in ``Event.why`` so that ``riftwatch explain`` can show it.

Roles come from the dependency tree: subjects (inherited through control verbs,
coordination and relative clauses), objects and listed prepositions, passive agents,
possessives and ``of``-phrases of nominal events, and light verbs ("offer stipends to X").
Modality comes from the path between the trigger and the root of its clause: negation,
denial, doubt, conditions and proposals, futures; a relative clause keeps its own
modality ("factions whose members are shunning X" is asserted even under "an idea is").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from riftwatch.nlp.lexicon import Lexicon

NAME = "code.rules.v1"

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
OBJECT_DEPS = {"dobj", "obj", "dative", "attr", "oprd"}
CLAUSE_BOUNDARY = {"relcl"}
# heads that stand for members of a group: "members of X", "X fighters", "leaders of X"
MEMBER_NOUNS = frozenset(
    "member members fighter fighters militant militants commander commanders leader leaders "
    "operative operatives official officials representative representatives loyalist "
    "loyalists cadre cadres unit units faction factions wing wings elements element ranks "
    "men recruits followers supporters figures veterans envoy envoys emissary emissaries "
    "spokesman spokesmen chief chiefs head heads council shura".split()
)
WEAK_COLLECTIVES = frozenset("militants gunmen fighters insurgents attackers assailants".split())
THREAT_VERBS = frozenset({"warn", "threaten", "vow", "pledge"})


@dataclass
class Actor:
    """A participant of an event, resolved to the organisation it stands for."""

    id: str | None
    name: str
    mention: str
    type: str | None = None
    org_id: str | None = None
    org_name: str | None = None
    person: str | None = None
    qualifier: str | None = None
    how: str = "kb"
    weak: bool = False
    country: str | None = None  # ISO3 of an open actor of a country ("Syrian rebels")

    def key(self) -> str:
        return self.org_id or self.id or self.name.lower()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.org_id or self.id,
            "name": self.org_name or self.name,
            "mention": self.mention,
        }
        if self.person:
            out["person"] = self.person
        if self.qualifier:
            out["qualifier"] = self.qualifier
        if self.country:
            out["country"] = self.country
        if self.how != "kb":
            out["resolved_by"] = self.how
        return out


@dataclass
class Event:
    source: Actor
    target: Actor
    event_type: str
    mode: str | None
    modality: str
    trigger: Any  # spaCy Token
    quote: str
    why: list[str] = field(default_factory=list)
    strength: float = 0.8


class SentenceCoder:
    """Code one parsed sentence. ``actor_of`` maps a token index to an :class:`Actor`."""

    def __init__(self, lex: Lexicon, sdoc: Any, actor_of: dict[int, Actor]) -> None:
        self.lex = lex
        self.doc = sdoc
        self.actor_of = actor_of
        self.events: list[Event] = []

    # -- actors of tokens -------------------------------------------------------
    def actors(self, tok: Any, depth: int = 0) -> list[Actor]:
        """The actors a token stands for, with its coordinated siblings."""
        if tok is None or depth > 4:
            return []
        found = self._actor(tok, depth)
        out = [found] if found else []
        for conj in tok.conjuncts:
            if conj.i > tok.i:
                other = self._actor(conj, depth)
                if other and all(other.key() != a.key() for a in out):
                    out.append(other)
        return out

    def _actor(self, tok: Any, depth: int) -> Actor | None:
        if tok.i in self.actor_of:
            found = self.actor_of[tok.i]
            if found.weak:  # "Lashkar-e-Jhangvi militants": the named group, not "militants"
                for child in tok.lefts:
                    named = self.actor_of.get(child.i)
                    if named is not None and not named.weak and named.type != "country":
                        return self._qualified(named, tok)
            return found
        lower = tok.lower_
        # relative pronoun: the antecedent of the relative clause
        if tok.tag_ in ("WP", "WDT", "WP$") or lower in ("who", "which", "that", "whose"):
            clause = tok.head
            while clause.dep_ not in ("relcl", "acl") and clause.head.i != clause.i:
                if clause.dep_ in ("ROOT",):
                    break
                clause = clause.head
            if clause.dep_ in ("relcl", "acl"):
                return self._actor(clause.head, depth + 1)
            return None
        if tok.pos_ == "NOUN" and tok.lower_ in self.lex.nouns:
            places = self.lex.nouns[tok.lower_].get("place_modifiers")
            for sub in tok.lefts:
                for inner in sub.subtree:
                    found = self.actor_of.get(inner.i)
                    if found and not (places and sub.dep_ != "poss" and found.type == "country"):
                        return found
        if tok.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "ADJ"):
            # "members of X", "leaders of X", "some of X"
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ in ("of", "from", "within", "inside"):
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            inner = self._actor(pobj, depth + 1)
                            if inner:
                                return self._qualified(inner, tok)
            # "X fighters", "X's operatives", "their members"
            # the name inside the phrase before its owner: "their Al Qaeda allies" are Al Qaeda
            order = {"compound": 0, "nmod": 1, "amod": 2, "poss": 3}
            for child in sorted(tok.children, key=lambda c: order.get(c.dep_, 9)):
                if child.dep_ in order:
                    inner = self.actor_of.get(child.i)
                    if inner is None and child.dep_ == "poss":
                        inner = self._actor(child, depth + 1)  # "whose members", "its men"
                    if inner is None:
                        continue
                    if inner.type == "country" and lower not in _STATE_HEADS:
                        continue  # "Afghan fighters" are not the Afghan state
                    return self._qualified(inner, tok)
        return None

    @staticmethod
    def _qualified(actor: Actor, head: Any) -> Actor:
        mods = [t.text for t in head.lefts if t.dep_ in ("amod", "compound", "nummod", "det")
                and t.lower_ not in ("the", "a", "an")]  # fmt: skip
        qualifier = " ".join([*mods, head.text]) if head.lower_ in MEMBER_NOUNS else None
        if not qualifier:
            return actor
        return Actor(**{**actor.__dict__, "qualifier": qualifier})

    # -- subjects and objects -----------------------------------------------------
    def subject(self, verb: Any, seen: int = 0) -> tuple[list[Actor], bool, str]:
        """(actors, passive?, how) of the subject of ``verb``, inherited where needed."""
        if seen > 6:
            return [], False, ""
        for child in verb.children:
            if child.dep_ in ("nsubj", "csubj"):
                return self.actors(child), False, "subject"
            if child.dep_ in ("nsubjpass", "csubjpass"):
                return self.actors(child), True, "passive subject"
        dep = verb.dep_
        head = verb.head
        if verb.pos_ in ("ADJ", "ADV") and dep in ("acomp", "oprd", "xcomp", "attr", "advmod"):
            # "has grown closer to X": the subject of the verb the adjective completes
            acts, passive, how = self.subject(head, seen + 1)
            return acts, passive, f"{how} (of '{head.text}')"
        if dep == "xcomp" and head.pos_ == "ADJ" and head.dep_ in ("acomp", "amod"):
            acts, passive, how = self.subject(head.head, seen + 1)
            return acts, False, f"{how} (through '{head.text}')"
        if dep == "xcomp" or (dep == "advcl" and verb.tag_ in ("VBG", "VBN", "VB")):
            # object control: "sent gunmen to attack" -> the sender, unless the object is a
            # real actor ("ordered the Nusra Front to stop")
            for child in head.children:
                if child.dep_ in ("dobj", "obj") and dep == "xcomp":
                    acts = self.actors(child)
                    if acts and not all(a.weak for a in acts):
                        return acts, False, "object of the governing verb"
            acts, passive, how = self.subject(head, seen + 1)
            return acts, False if dep == "xcomp" else passive, f"{how} (inherited)"
        if dep == "conj" and head.pos_ in ("VERB", "AUX"):
            acts, passive, how = self.subject(head, seen + 1)
            return acts, passive, f"{how} (shared by coordination)"
        if dep in ("relcl", "acl"):
            antecedent = self.actors(head)
            passive = verb.tag_ == "VBN" and dep == "acl"
            return antecedent, passive, "antecedent of the relative clause"
        if dep == "pcomp" and head.dep_ == "prep" and head.lower_ == "of":
            # "accused X of supporting Y", "suspected X of harbouring Y": X does it
            for child in head.head.children:
                if child.dep_ in ("dobj", "obj"):
                    acts = self.actors(child)
                    if acts:
                        return acts, False, f"object of '{head.head.text}'"
        if dep == "pcomp" and head.dep_ == "prep":
            return (
                self.subject(head.head, seen + 1)
                if head.head.pos_ in ("VERB", "AUX")
                else ([], False, "")
            )
        return [], False, ""

    def objects(self, verb: Any, entry: dict[str, Any]) -> tuple[list[Actor], str]:
        preps = set(entry.get("preps") or ())
        # "provided the TTP with explosives": with a "with" phrase, the object is the recipient
        thing = bool(entry.get("object_is_thing")) and not any(
            c.dep_ == "prep" and c.lower_ == "with" for c in verb.children
        )
        for child in verb.children:
            if child.dep_ in OBJECT_DEPS and not (thing and child.dep_ in ("dobj", "obj")):
                acts = self.actors(child)
                if not acts and child.dep_ == "dative":  # "provided weapons to X"
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            acts = self.actors(pobj)
                if acts:
                    return acts, f"object ({child.dep_})"
        for child in verb.children:
            if child.dep_ == "prep" and (child.lower_ in preps or child.lower_ == "against"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        acts = self.actors(pobj)
                        if acts:
                            return acts, f"object of '{child.lower_}'"
            if child.dep_ == "prt":  # "turn away from X", "break away from X"
                for sub in child.children:
                    if sub.dep_ == "prep":
                        for pobj in sub.children:
                            acts = self.actors(pobj)
                            if acts:
                                return acts, f"object of '{child.lower_} {sub.lower_}'"
        # "allowed X to operate", "helped X (to) escape": X is parsed as the subject of the
        # complement clause
        for child in verb.children:
            if child.dep_ in ("ccomp", "xcomp") and child.pos_ in ("VERB", "AUX"):
                for sub in child.children:
                    if sub.dep_ == "nsubj":
                        acts = self.actors(sub)
                        if acts:
                            return acts, f"subject of the complement '{child.text}'"
        # "offer the Taliban experts" parsed with the recipient as a modifier of the thing
        if thing:
            for child in verb.children:
                if child.dep_ in ("dobj", "obj"):
                    for mod in child.lefts:
                        actor = self.actor_of.get(mod.i)
                        if mod.dep_ in ("compound", "nmod") and actor and actor.type != "country":
                            return [actor], "recipient written before the thing given"
        # an object that is a thing carrying the partner: "shunning contacts with X",
        # "provide shelter to X", "offer stipends to X"
        for child in verb.children:
            if child.dep_ in ("dobj", "obj"):
                for prep in child.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("with", "to", "for", "between"):
                        for pobj in prep.children:
                            acts = self.actors(pobj)
                            if acts:
                                return acts, f"partner of the object ('{prep.lower_}')"
        return [], ""

    def agent(self, verb: Any) -> list[Actor]:
        for child in verb.children:
            if child.dep_ == "agent":
                for pobj in child.children:
                    acts = self.actors(pobj)
                    if acts:
                        return acts
                    # "by the U.S.-led invasion": the invader is the agent
                    for sub in pobj.children:
                        if sub.i in self.actor_of:
                            return [self.actor_of[sub.i]]
                    for sub in pobj.subtree:
                        if sub.i in self.actor_of and sub.i < pobj.i:
                            return [self.actor_of[sub.i]]
        return []

    # -- the passes -----------------------------------------------------------------
    def run(self) -> list[Event]:
        threats = []
        for tok in self.doc:
            if tok.pos_ == "VERB" and tok.lemma_.lower() in THREAT_VERBS:
                threats.append(tok)
            entry = self.lex.verbs.get(tok.lemma_.lower())
            if entry is not None:
                # entries say which parts of speech they take ("closer to X": ADJ/ADV);
                # by default verbs, auxiliaries and adjectives
                allowed = entry.get("pos") or ("VERB", "AUX", "ADJ")
                if tok.pos_ in allowed:
                    self._verb(tok, entry)
                    continue
            if tok.pos_ in ("NOUN", "PROPN"):
                entry = self.lex.nouns.get(tok.lower_) or self.lex.nouns.get(tok.lemma_.lower())
                if entry:
                    self._noun(tok, entry)
        for verb in threats:
            self._threat(verb)
        return self._dedupe()

    def _threat(self, verb: Any) -> None:
        """'X warned that it will attack Y', 'X threatened to attack Y': an asserted THREATEN
        from the attacker to the attacked (the attack itself stays future)."""
        inside = {t.i for c in verb.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree}
        for event in list(self.events):
            if event.trigger.i in inside and event.event_type in ("ASSAULT", "COERCE"):
                self.events.append(Event(
                    event.source, event.target, "THREATEN", "violence", "asserted", verb,
                    _quote(verb), [f"threat verb '{verb.text}' over an attack: THREATEN",
                                   *event.why[1:]],
                    ))  # fmt: skip

    def _verb(self, verb: Any, entry: dict[str, Any]) -> None:
        why = [f"trigger verb '{verb.text}' -> {entry['type']}"]
        particle = entry.get("needs_particle")
        if particle and not any(
            c.dep_ in ("prt", "prep", "advmod") and c.lower_ == particle for c in verb.children
        ):
            return
        if entry.get("needs_ties") and not any(
            c.dep_ in ("dobj", "obj") and c.lemma_ in ("tie", "link", "relation", "contact")
            for c in verb.children
        ):
            return
        wanted = entry.get("needs_object_noun")
        if wanted:
            objs = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
            if not any(o.lemma_.lower() in wanted for o in objs):
                return
            if entry.get("claim"):
                return  # "claimed responsibility": coded from the attack noun, if any
        if verb.lemma_.lower() == "turn" and any(
            c.dep_ in ("prep", "prt") and c.lower_ in ("on", "against") for c in verb.children
        ):
            # "turned on their allies", "turned against X"
            entry = {"type": "REJECT", "mode": "split", "preps": ["on", "against"]}
            why = [f"trigger verb '{verb.text} on/against' -> REJECT (split)"]
        elif entry.get("frame") == "away" and any(
            c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod") for c in verb.children
        ):
            # "drove X out of Y": an expulsion of X by the subject
            entry = {"type": "COERCE", "mode": "expulsion", "preps": []}
            why = [f"trigger verb '{verb.text} ... out' -> COERCE (expulsion)"]
        elif (
            entry.get("frame") == "away"
            and entry.get("needs_away")
            and not any(c.lower_ == "away" for c in verb.subtree)
        ):
            return
        if entry.get("frame") == "refusal":
            self._refusal(verb, entry, why)
            return
        sources, passive, how = self.subject(verb)
        targets, thow = self.objects(verb, entry)
        if passive:
            agents = self.agent(verb)
            targets, thow = sources, "passive subject"
            sources, how = agents, "passive agent ('by')"
        if entry.get("subject_is_patient"):  # "soldiers martyred": the subject suffered it
            targets, thow = sources, "subject (who suffered it)"
            sources, how = self.agent(verb), "passive agent ('by')"
        if entry.get("frame") == "away":
            mover = [a for c in verb.children if c.dep_ in ("dobj", "obj") for a in self.actors(c)]
            if mover:
                sources, how = mover, "moved away (object)"
            targets, thow = self._from_target(verb), "'away from'"
        if entry.get("mode") == "mediation" and not targets:
            parties: list[Actor] = []
            for e in self.events:
                for a in (e.source, e.target):
                    if all(a.key() != p.key() for p in parties):
                        parties.append(a)
            if parties:
                targets, thow = parties, "the parties of the mediated event"
                if passive or verb.dep_ == "acl":
                    sources, how = self.agent(verb) or sources, "agent of the mediation"
        if entry.get("group_targets"):  # "left the group", not "left Afghanistan"
            targets = [t for t in targets if t.type not in ("country", "place")]
        if len(sources) > 1 and any(
            c.dep_ == "advmod" and c.lower_ in ("jointly", "together") for c in verb.children
        ):
            # "X and Y jointly carried out ...": the partners cooperate, both ways
            self._emit(sources[:1], sources[1:], "COOPERATE", "joint_operations", verb,
                       [*why, "'jointly': coordinated partners cooperate"],
                       both_ways=True)  # fmt: skip
        why += [f"source: {how}", f"target: {thow}"] if thow else [f"source: {how}"]
        mode = entry.get("mode")
        self._emit(sources, targets, entry["type"], mode, verb, why,
                   reciprocal=entry.get("frame") == "reciprocal")  # fmt: skip

    def _from_target(self, verb: Any) -> list[Actor]:
        """The Z of "away from Z" (or "from Z"), attached to the verb or to its "away"."""
        heads = [verb, *(c for c in verb.children if c.lower_ == "away")]
        for head in heads:
            for tok in head.children:
                if tok.dep_ == "prep" and tok.lower_ == "from":
                    for pobj in tok.children:
                        acts = self.actors(pobj)
                        if acts:
                            return acts
        return []

    def _refusal(self, verb: Any, entry: dict[str, Any], why: list[str]) -> None:
        sources, passive, how = self.subject(verb)
        comp = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp")), None)
        targets: list[Actor] = []
        mode = "assist"
        if comp is not None:
            inner = self.lex.verbs.get(comp.lemma_.lower()) or {}
            targets, thow = self.objects(comp, inner or {"preps": ["with", "to", "for"]})
            mode = inner.get("mode") or mode
            why.append(f"refusal of '{comp.text}': target {thow or 'not found'}")
        if not targets:
            targets, thow = self.objects(verb, {"preps": ["from", "with", "to"]})
        if not targets:
            # "refusing this inducement": the party that offered it, named earlier
            others = [e.source for e in self.events if e.trigger.i < verb.i]
            if others:
                targets = [others[-1]]
                why.append("target: the offering party of an earlier event")
        why.append(f"source: {how}")
        self._emit(sources, targets, "REJECT", mode, verb, why)

    def _noun(self, noun: Any, entry: dict[str, Any]) -> None:
        why = [f"trigger noun '{noun.text}' -> {entry['type']}"]
        partners: list[Actor] = []
        for prep in noun.children:
            if prep.dep_ != "prep":
                continue
            allowed = set(entry.get("partner_preps") or ()) | set(entry.get("patient_preps") or ())
            if prep.lower_ in allowed:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        partners = self.actors(pobj)
                        if partners:
                            why.append(f"other party: object of '{prep.lower_}'")
                            break
            if partners:
                break
        owners: list[Actor] = []
        if entry.get("possessor_is_partner") and not partners:
            for child in noun.lefts:
                if child.dep_ == "poss":
                    partners = self.actors(child)
                    if partners:
                        why.append(f"other party: possessor '{child.text}'")
        for child in noun.lefts:
            if child.dep_ not in ("poss", "compound", "amod", "nmod"):
                continue
            if child.dep_ == "poss" and entry.get("possessor_is_partner"):
                continue
            for sub in child.subtree:
                if sub.i in self.actor_of:
                    if (
                        entry.get("place_modifiers")
                        and child.dep_ != "poss"
                        and self.actor_of[sub.i].type == "country"
                    ):
                        continue  # "Pakistan clash": a place, not the party
                    owners = [self.actor_of[sub.i]]
                    why.append(f"agent: {child.dep_} '{child.text}'")
                    break
            if owners:
                break
        if not owners:
            for child in noun.children:
                if child.dep_ == "prep" and child.lower_ in ("by", "from"):
                    for pobj in child.children:
                        owners = self.actors(pobj)
                        if owners:
                            why.append(f"agent: '{child.lower_}' phrase")
        head = noun.head
        if (
            not partners
            and noun.dep_ in ("dobj", "obj", "conj")
            and self.lex.light_verbs.get(head.lemma_.lower()) == "beneficiary"
        ):
            verb = head if noun.dep_ != "conj" else head.head
            partners, _p, how = self.subject(verb)
            if partners:
                why.append(f"beneficiary: subject of '{verb.text}'")
                if not owners:  # "received money from X"
                    for prep in verb.children:
                        if prep.dep_ == "prep" and prep.lower_ == "from":
                            for pobj in prep.children:
                                owners = owners or self.actors(pobj)
                    if owners:
                        why.append(f"giver: 'from' phrase of '{verb.text}'")
        reciprocal = entry.get("frame") == "reciprocal"
        # "an alliance between X and Y", "X and Y's cooperation": both sides in one phrase
        if reciprocal and len(partners) >= 2 and not owners:
            self._emit(partners[:1], partners[1:], entry["type"], entry.get("mode"), noun,
                       [*why, "both parties in one phrase"], both_ways=True)  # fmt: skip
            return
        if not owners:
            owners, how = self._nominal_owner(noun)
            if owners:
                why.append(f"agent: {how}")
        if not owners or not partners:
            patient, how = self._suffering_patient(noun)
            if patient and owners and not partners:
                partners = patient
                why.append(f"target: {how}")
        # in exchange for X: the reverse of the governing exchange
        if self._in_return_for(noun):
            gov = [e for e in self.events if e.trigger.i < noun.i]
            if gov:
                owners, partners = [gov[-1].target], [gov[-1].source]
                why.append("'in return for': the reverse of the exchange")
        mode = entry.get("mode")
        if entry["type"] == "ASSAULT" and any(c.lemma_.lower() == "drone" for c in noun.lefts):
            mode = "drone"  # "a drone strike", "CIA drone strikes"
        self._emit(owners, partners, entry["type"], mode, noun, why, reciprocal=False)

    def _nominal_owner(self, noun: Any) -> tuple[list[Actor], str]:
        """The holder of a nominal event: subject of a light verb or copula, or a locative."""
        node = noun
        steps = 0
        while steps < 6 and node.head.i != node.i:
            steps += 1
            parent = node.head
            if node.dep_ in ("dobj", "obj", "attr", "nsubj", "nsubjpass", "pobj", "conj",
                             "appos", "acomp", "xcomp", "ccomp", "amod", "advmod", "npadvmod",
                             "prep", "pcomp", "compound"):  # fmt: skip
                lemma = parent.lemma_.lower()
                if parent.pos_ in ("VERB", "AUX") and node.dep_ in ("dobj", "obj", "attr"):
                    role = self.lex.light_verbs.get(lemma)
                    if lemma == "be" or role in ("agent", "holder"):
                        acts, _p, how = self.subject(parent)
                        if acts:
                            return acts, f"subject of '{parent.text}' ({how})"
                    if role == "beneficiary":
                        return [], ""
                if parent.pos_ in ("VERB", "AUX", "ADJ") and node.dep_ in ("pobj", "prep"):
                    acts, _p, how = (
                        self.subject(parent) if parent.pos_ != "ADJ" else ([], False, "")
                    )
                    if acts:
                        return acts, f"subject of '{parent.text}'"
                node = parent
                if node.pos_ in ("VERB", "AUX"):
                    acts, _p, how = self.subject(node)
                    if acts:
                        return acts, f"subject of '{node.text}' ({how})"
                    loc = self._locative(node)
                    if loc:
                        return loc, "group named in a locative phrase"
                    break
            else:
                break
        loc = self._locative(node)
        return (loc, "group named in a locative phrase") if loc else ([], "")

    def _locative(self, verb: Any) -> list[Actor]:
        """'among members of X', 'in the X organization': the group the clause is about."""
        for child in verb.subtree:
            if child.dep_ == "prep" and child.lower_ in ("among", "in", "within", "inside"):
                if child.head.pos_ not in ("VERB", "AUX", "ADJ"):
                    continue
                for pobj in child.children:
                    acts = [a for a in self.actors(pobj) if a.type not in ("country", "place")]
                    if acts:
                        return acts
        return []

    def _suffering_patient(self, noun: Any) -> tuple[list[Actor], str]:
        node = noun
        for _ in range(5):
            node = node.head
            if node.lemma_ in ("suffer", "lose", "sustain", "endure", "face", "take"):
                acts, _p, how = self.subject(node)
                return acts, f"subject of '{node.text}' ({how})"
            if node.head.i == node.i:
                break
        return [], ""

    @staticmethod
    def _in_return_for(noun: Any) -> bool:
        prep = noun.head
        if prep.dep_ == "prep" and prep.lower_ == "for":
            return prep.head.lower_ == "return" or prep.head.lower_ == "exchange"
        return False

    # -- emitting -------------------------------------------------------------------
    def _emit(self, sources: list[Actor], targets: list[Actor], etype: str, mode: str | None,
              trigger: Any, why: list[str], reciprocal: bool = False,
              both_ways: bool = False) -> None:  # fmt: skip
        """Add events from every source to every target.

        A reciprocal event whose parties are coordinated in one role ("X and Y
        cooperate", "exchanged prisoners") runs both ways; "X cooperates with Y" only
        from X to Y.
        """
        if not sources:
            return
        if reciprocal and not targets and len(sources) > 1:
            sources, targets, both_ways = sources[:1], sources[1:], True
            why = [*why, "coordinated parties of a reciprocal event"]
        for s in sources:
            for t in targets:
                if s.key() == t.key():
                    continue
                self.events.append(Event(s, t, etype, mode, "asserted", trigger,
                                         _quote(trigger), list(why)))  # fmt: skip
                if both_ways:
                    self.events.append(Event(t, s, etype, mode, "asserted", trigger,
                                             _quote(trigger), [*why, "reciprocal"]))  # fmt: skip

    def _dedupe(self) -> list[Event]:
        """One event per (source, target, type) in a sentence ("pledged allegiance" is one
        pledge, not two); the first trigger is kept, the others' reasons are added."""
        kept: dict[tuple[str, str, str], Event] = {}
        for e in self.events:
            key = (e.source.key(), e.target.key(), e.event_type)
            if key not in kept:
                kept[key] = e
            elif e.trigger.i != kept[key].trigger.i:
                kept[key].why.append(f"also: '{e.trigger.text}'")
        return list(kept.values())


_STATE_HEADS = frozenset(
    "army military troops soldiers forces force police policemen government authorities "
    "officials official services service agency agencies intelligence state regime ministry "
    "administration commandos paramilitaries rangers base bases embassy consulate convoy "
    "convoys checkpoint checkpoints post posts positions installations personnel diplomats "
    "interests targets outpost outposts camp camps planes aircraft drones demands demand "
    "request requests offer offers proposal proposals pressure calls plan plans policy".split()
)


def _quote(trigger: Any) -> str:
    """The words around the trigger that show the event (trigger plus its particles/object)."""
    toks = [trigger]
    for child in trigger.children:
        if child.dep_ in ("prt", "neg", "aux", "auxpass", "dobj", "xcomp", "compound", "amod"):
            toks.append(child)
    lo = min(t.i for t in toks)
    hi = max(t.i for t in toks)
    if hi - lo > 8:
        hi = trigger.i
        lo = min(lo, trigger.i)
    return trigger.doc[lo : hi + 1].text


__all__ = ["NAME", "Actor", "Event", "SentenceCoder"]
