"""Convert PETRARCH-2's Phoenix international actors dictionary into a riftwatch data file.

    .venv/bin/python scripts/build_phoenix_international.py [--dictionaries DIR] [--check]
                                                           [--verbose]

Reads ``Phoenix.International.actors.txt`` from ``--dictionaries`` (default
``../shared/dictionaries/petrarch2``, a copy of ``openeventdata/petrarch2``
``petrarch2/data/dictionaries`` at commit 676801c, MIT licence, Copyright (c) 2014 Open
Event Data Alliance): intergovernmental organisations (``[IGOUNO]``, ``[IGOWSTNAT]``...),
non-governmental organisations (``[NGOHRI]``...), multinational companies (``[MNCUSA]``...)
and the officials of the intergovernmental organisations with dated codes
(``[IGOUNO 970101-061231]``), and writes ``src/riftwatch/actors/data/generated/
phoenix_international.yaml`` (knowledge-base format, ``source: petrarch2-phoenix``):

- an organisation for every record whose names look like an organisation's (an
  organisation word such as "Organization", "Fund", "Court", "Committee", or an acronym):
  type ``igo`` for IGO codes, ``organization`` for NGO and MNC codes; a record one of whose
  names an intergovernmental or non-governmental organisation of the knowledge base already
  holds gives that actor its other names as aliases instead;
- officials with dated IGO codes as persons who stand for the organisation only during
  their dated tenures (``strict_tenure``, as the country conversion does), when the
  organisation of that code was made from this file or found in the knowledge base.

Left out (a common word must never become an actor): media outlets (``MED`` codes);
undated records that name no organisation (persons, titles); names of one word that are
not acronyms of at most six letters, or that are ordinary words (spaCy stop words, words of
CAMEO's verb dictionary and of Phoenix's agent nouns); names of one or two ordinary words
("Peace Alliance"); company names of one word; names another actor already holds (the
curated files and every other generated file win).
The output is deterministic; ``--check`` exits 1 when the committed file differs.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "scripts"))

from build_actor_kb import display, slug  # noqa: E402
from build_phoenix_actors import (  # noqa: E402
    LICENCE,
    SOURCE,
    TITLES,
    Existing,
    Record,
    arguments,
    clean_name,
    read_actors,
    render,
    strip_titles,
)

from riftwatch.actors.kb import DATA_DIR  # noqa: E402
from riftwatch.actors.normalize import norm  # noqa: E402

INTERNATIONAL = "Phoenix.International.actors.txt"
WHAT = "International organisations"
"""What the generated file holds, as its header names it."""
SCRIPT = "scripts/build_phoenix_international.py"
OUT = DATA_DIR / "generated" / "phoenix_international.yaml"
ORG_WORDS = frozenset(
    "organization organisation organizations union council fund bank agency programme program "
    "commission commissioner committee court tribunal league association community mission "
    "conference assembly parliament forum alliance federation foundation institute "
    "international society network watch trust partnership coalition corps secretariat panel "
    "centre center movement authority nations secretary-general office unicef cross crescent "
    "frontieres frontiers relief rescue corporation company group inc ltd plc limited airlines "
    "airways petroleum oil energy holdings industries bureau service services charity "
    "campaign caritas".split()
)
"""Words that show a name is an organisation's, not a person's or a title's."""
NAME_HEADS = frozenset(
    "bank cross crescent corps international watch relief council institute trust corporation "
    "airways airlines company".split()
)
"""Heads that make two ordinary words a name ("World Bank", "Population Council"; not
"Aid Group", "Peace Alliance")."""
DESCRIBED = {
    "IGO": "Intergovernmental organisation",
    "NGO": "Non-governmental organisation",
    "MNC": "Company",
}
KIND_WORDS = frozenset(
    "non governmental government intergovernmental inter national global regional".split()
)
"""Words that with organisation words name a kind of body ("Non Governmental Organisation")."""
TYPES = {"IGO": "igo", "NGO": "organization", "MNC": "organization"}
GENERIC_CODE_PARTS = frozenset(
    "IGO NGO MNC HLH HRI DEV EDU ENV BUS MED JUD REF LAB AGR CHR MOS JEW HIN BUD LEG ELI CVL "
    "SPY COP MIL GOV REB OPP UAF SET KID PRO CTH SUN SHI ITH CRM RAD MOD CON REG TOP FRM "
    "AFR ASA EUR LAM MEA NAF SAM SAS SEA WAF CAF EAF CAS CRB NMR BLK BAL SCN WST EEU WEU MDS "
    "PGS NTH STH CAU".split()
)
"""Three-letter parts of Phoenix codes that name a sector or a region, not one organisation:
a code ending in one of them ("NGOHLH", "IGOENV") is shared by unrelated bodies."""
HOLDER_TYPES = frozenset({"igo", "organization"})
"""Types of knowledge-base actors that a Phoenix record's other names may extend."""


def load_vocabulary(dictionaries: Path) -> frozenset[str]:
    """Ordinary English words: spaCy's stop words and the words of CAMEO's verb dictionary
    and Phoenix's agent nouns (as scripts/build_actor_kb.py reads them)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words: set[str] = {w.lower() for w in STOP_WORDS}
    for name in ("CAMEO.2.0.txt", "Phoenix.agents.txt"):
        path = dictionaries / name
        if not path.exists():
            continue
        for line in path.read_text("utf-8", errors="replace").splitlines():
            line = re.sub(r"\[[^\]]*\]|\{[^}]*\}|\([^)]*\)", " ", line.split("#", 1)[0])
            words.update(w.lower() for w in re.split(r"[^A-Za-z]+", line) if len(w) > 1)
    return frozenset(words)


def initials(name: str) -> str:
    """``"UN High Commission for Refugees"`` -> ``"UNHCR"`` (function words left out)."""
    words = norm(name).replace("-", " ").split()
    out = []
    for word in words:
        if word in ("of", "the", "for", "and", "on", "in", "to"):
            continue
        out.append("un" if word == "un" else word[0])
    return "".join(out).upper()


def same_body(one: str, two: str) -> bool:
    """Two names of one organisation: an acronym and its initials, or a spelling variant.

    >>> same_body("IAEA", "International Atomic Energy Agency"), same_body("UNHCR", "UNDP")
    (True, False)
    """
    a, b = norm(one), norm(two)
    if " " not in a and " " in b:
        return initials(two) == one.upper().replace(".", "")
    if " " not in b and " " in a:
        return initials(one) == two.upper().replace(".", "")
    return " " in a and " " in b and fuzz.ratio(a.replace("s", "z"), b.replace("s", "z")) >= 92


class Builder:
    def __init__(self, existing: Existing, vocabulary: frozenset[str], verbose: bool) -> None:
        self.kb = existing
        self.vocabulary = vocabulary
        self.verbose = verbose
        self.entities: dict[str, dict[str, Any]] = {}
        self.extend: dict[str, dict[str, Any]] = {}
        self.code_owner: dict[str, str] = {}  # IGO code -> actor id
        self.by_code: defaultdict[str, list[str]] = defaultdict(list)  # IGO code -> made here
        self.dropped: Counter[str] = Counter()
        self.types = self._kb_types()

    @staticmethod
    def _kb_types() -> dict[str, str]:
        from riftwatch.actors.kb import data_files, read_file

        out: dict[str, str] = {}
        for path in data_files():
            if path.resolve() == OUT.resolve():
                continue
            for ent in read_file(path).get("entities") or ():
                out[ent["id"]] = ent.get("type", "")
        return out

    def log(self, why: str, what: str) -> None:
        self.dropped[why] += 1
        if self.verbose:
            print(f"drop ({why}): {what}")

    # names ---------------------------------------------------------------------------
    def ordinary(self, word: str) -> bool:
        low = word.lower()
        forms = {low, low[:-1] if low.endswith("s") else low}
        return bool(forms & self.vocabulary)

    def name_of(self, raw: str, kind: str) -> tuple[str, str] | None:
        """(name, alias kind) of a raw Phoenix name, or None when it is unusable."""
        text = raw.replace("`", "'").split("(")[0]
        text = re.sub(r"[_\s]+", " ", text).strip(" '.,-")
        text = re.sub(r"^(?i:the)\s+", "", text)
        if not text or "\ufffd" in text or any(ch.isdigit() for ch in text):
            return None
        words = text.split()
        if len(words) == 1:
            letters = text.replace(".", "").replace("-", "")
            if kind == "MNC" or not letters.isalpha() or not 3 <= len(letters) <= 10:
                return None
            if self.ordinary(letters):
                return None
            if len(letters) > 6:  # "INTERPOL", "GREENPEACE": a word-like name
                return letters.capitalize(), "official"
            return letters.upper(), "abbreviation"
        name = re.sub(r"\bU\.?n\b\.?", "UN", display(text))  # "Un General Assembly"
        content = [w for w in norm(name).split() if w not in ("of", "the", "for", "and")]
        plain = len(content) <= 2 and all(self.ordinary(w) for w in content)
        if plain and (content[-1] not in NAME_HEADS or len(content) < 2):
            return None  # "Black Rock": ordinary words, no organisation head
        # ("World Bank", "Red Cross": ordinary words with an organisation head are kept; the
        # knowledge base matches a name of several words only as a mention's whole name)
        if all(w in ORG_WORDS or w in KIND_WORDS for w in " ".join(content).split("-")[0].split()):
            return None  # "Non Governmental Organisation": a kind of body, not one body
        return name, "official"

    def org_like(self, names: list[tuple[str, str]]) -> bool:
        return any(
            kind == "abbreviation" or set(norm(n).replace("-", " ").split()) & ORG_WORDS
            for n, kind in names
        )

    # records -------------------------------------------------------------------------
    def run(self, records: list[Record]) -> None:
        persons: list[Record] = []
        for rec in records:
            codes = [c for c in rec.codes if c[0][:3] in TYPES and "MED" not in c[0]]
            if (
                not codes
                or len(codes) != len(rec.codes)
                and not any(lo or hi for _, lo, hi in codes)
            ):
                self.log("no IGO, NGO or company code", rec.names[0])
                continue
            if any(lo or hi for _c, lo, hi in codes):
                persons.append(rec)
                continue
            self._organisation(rec, codes[0][0])
        for rec in persons:
            self._person(rec)

    def _organisation(self, rec: Record, code: str) -> None:
        kind = code[:3]
        names = [self.name_of(n, kind) for n in rec.names + rec.synonyms]
        named = [n for n in dict.fromkeys(names) if n is not None]
        own_code = (
            kind == "NGO"
            and len(code) >= 9
            and code[-3:] not in GENERIC_CODE_PARTS
            and code[-3:] not in self.kb.countries
        )  # "[NGOHLHMSF]": the code names one body, so the record is an organisation's
        if not named or not (own_code or self.org_like(named)):
            self.log("names no organisation", rec.names[0])
            return
        holder = None
        for name, _kind in named:
            owners = self.kb.alias_owner.get(norm(name)) or set()
            if len(owners) == 1:
                (owner,) = owners
                if self.types.get(owner) in HOLDER_TYPES or owner in self.entities:
                    holder = owner
                    break
        if holder is None and kind in ("IGO", "NGO"):
            holder = self._same_body(code, named)
        if holder is None:
            free = [(n, k) for n, k in named if not self.kb.taken(n)]
            if not free:
                self.log("names all held by other actors", rec.names[0])
                return
            first = next(((n, k) for n, k in free if k == "official"), free[0])
            base = f"org:{slug(first[0])}"
            ident, n = base, 2
            while ident in self.kb.ids or ident in self.entities:
                ident, n = f"{base}-{n}", n + 1
            self.kb.claim(first[0], ident)
            self.entities[ident] = {
                "id": ident,
                "name": first[0],
                "type": TYPES[kind],
                "description": f"{DESCRIBED[kind]} in PETRARCH-2's Phoenix international "
                f"dictionary (code {code}).",
                "external": {"phoenix": [code]},
                "aliases": [],
            }
            holder = ident
        self.code_owner.setdefault(code, holder)
        known = self.by_code[code]
        if kind in ("IGO", "NGO") and holder in self.entities and holder not in known:
            known.append(holder)
        for name, alias_kind in named:
            if norm(name) == norm(self.entities.get(holder, {}).get("name", "")):
                continue
            if holder in self.kb.alias_owner.get(norm(name), ()):
                continue  # the actor has it already (a curated weak alias keeps its rule)
            if not self.kb.claim(name, holder):
                self.log("name held by another actor", name)
                continue
            target = self.entities.get(holder) or self.extend.setdefault(holder, {"id": holder})
            aliases = target.setdefault("aliases", [])
            if all(norm(a["name"]) != norm(name) for a in aliases):
                aliases.append({"name": name, "kind": alias_kind})

    def _same_body(self, code: str, named: list[tuple[str, str]]) -> str | None:
        """The organisation a record of ``code`` belongs to, when it is one made or found
        before: the knowledge-base actor that holds a name of an earlier record of an
        organisation's own code ("[IGOUNO]": "UN General Assembly" is the UN's, as PETRARCH
        codes it; "[NGOHLHMSF]": "Doctors Without Borders" and "Medecins Sans Frontieres"),
        or an earlier organisation of the same code whose acronym is the other's initials
        ("IAEA", "International Atomic Energy Agency") or whose name differs only in
        spelling ("Organisation"/"Organization")."""
        owned = code[-3:] not in GENERIC_CODE_PARTS and code[-3:] not in self.kb.countries
        owner = self.code_owner.get(code)
        if owned and owner is not None and (owner not in self.entities or len(code) >= 9):
            return owner
        for ident in self.by_code.get(code, ()):
            ent = self.entities[ident]
            theirs = [ent["name"], *(a["name"] for a in ent.get("aliases") or ())]
            for mine in named:
                for other in theirs:
                    if same_body(mine[0], other):
                        return ident
        return None

    def _person(self, rec: Record) -> None:
        relations = []
        for code, lo, hi in sorted(rec.codes, key=lambda c: (c[1] or "", c[2] or "")):
            target = self.code_owner.get(code)
            if target is None or not (lo or hi) or code[:3] != "IGO":
                continue
            rel: dict[str, Any] = {"type": "member_of", "target": target, "role": "official"}
            if lo:
                rel["start"] = lo
            if hi:
                rel["end"] = hi
            relations.append(rel)
        if not relations:
            self.log("official of no known organisation", rec.names[0])
            return
        full: list[str] = []
        for raw in rec.names + rec.synonyms:
            name = strip_titles(clean_name(raw), frozenset({"un", "u", "n", "united", "nations"}))
            words = [w for w in norm(name).split() if w not in ("al", "el", "bin", "ibn", "de")]
            if len(words) < 2 or set(words) & ORG_WORDS or set(words) & TITLES:
                continue
            if self.kb.taken(name):
                self.log("person name held", name)
                continue
            full.append(name)
        full = list(dict.fromkeys(full))
        if not full:
            self.log("person with no usable name", rec.names[0])
            return
        base = f"person:{slug(full[0])}"
        ident, n = base, 2
        while ident in self.kb.ids or ident in self.entities:
            ident, n = f"{base}-{n}", n + 1
        full = [f for f in full if self.kb.claim(f, ident)]
        if not full:
            return
        self.entities[ident] = {
            "id": ident,
            "name": full[0],
            "type": "person",
            "strict_tenure": True,
            "aliases": [{"name": f, "kind": "official"} for f in full[1:]],
            "relations": relations,
        }

    def duplicates(self, text: str) -> list[tuple[str, str, str]]:
        """Pairs the knowledge base's duplicate rule (``riftwatch.actors.dedupe``) would find
        with this text as the file: (mine, other, level), one of them made here."""
        import tempfile

        from riftwatch.actors.dedupe import find_duplicates
        from riftwatch.actors.kb import data_files, load_kb

        with tempfile.TemporaryDirectory() as tmp:
            mine = Path(tmp) / OUT.name
            mine.write_text(text, "utf-8")
            paths = [p for p in data_files() if p.resolve() != OUT.resolve()] + [mine]
            kb = load_kb(paths, validate=False, use_cache=False)
        out = []
        for one, two, decision in find_duplicates(kb):
            if not decision.same:
                continue
            if one.id in self.entities:
                out.append((one.id, two.id, decision.level))
            elif two.id in self.entities:
                out.append((two.id, one.id, decision.level))
        return out

    def settle(self, pairs: list[tuple[str, str, str]]) -> None:
        """Leave out the actor made here of each duplicate pair: a spelling variant of
        another actor gives it its names; an acronym clash ("AFDL" of a Congolese rebel
        alliance and of a francophone association) keeps the other actor's reading."""
        for mine, other, level in pairs:
            ent = self.entities.pop(mine, None)
            if ent is None:
                continue
            self.log(f"duplicate of another actor ({level})", f"{mine} ~ {other}")
            if level == "acronym" or other not in self.types and other not in self.entities:
                continue
            names = [ent["name"], *(a["name"] for a in ent.get("aliases") or ())]
            target = self.entities.get(other) or self.extend.setdefault(other, {"id": other})
            have = {norm(target.get("name", ""))} | {
                norm(a["name"]) for a in target.get("aliases") or ()
            }
            for name in names:
                if norm(name) not in have:
                    kind = "abbreviation" if " " not in name else "official"
                    target.setdefault("aliases", []).append({"name": name, "kind": kind})
                    have.add(norm(name))

    def document(self) -> dict[str, Any]:
        entities = [
            {k: v for k, v in self.entities[i].items() if v not in (None, [], {})}
            for i in sorted(self.entities)
        ]
        extend = [self.extend[i] for i in sorted(self.extend) if set(self.extend[i]) - {"id"}]
        doc: dict[str, Any] = {
            "kb_version": 1,
            "source": SOURCE,
            "description": "Intergovernmental and non-governmental organisations, multinational "
            "companies and IGO officials, from PETRARCH-2's Phoenix international dictionary.",
            "license": LICENCE,
            "generated_by": f"{SCRIPT} (do not edit; curate in data/curated)",
            "entities": entities,
        }
        if extend:
            doc["extend"] = extend
        return doc


def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__.splitlines()[0], argv, files="file is")
    path = args.dictionaries / INTERNATIONAL
    if not path.exists():
        print(f"missing {path}", file=sys.stderr)
        return 2
    builder = Builder(Existing(exclude=OUT), load_vocabulary(args.dictionaries), args.verbose)
    builder.run(read_actors(path))
    text = render(builder.document(), WHAT, SCRIPT)
    for _round in range(3):  # the duplicate rule's pairs (acronym clashes, variants)
        pairs = builder.duplicates(text)
        if not pairs:
            break
        builder.settle(pairs)
        text = render(builder.document(), WHAT, SCRIPT)
    kinds = Counter(e["type"] for e in builder.entities.values())
    print(
        f"phoenix international: {len(builder.entities)} entities "
        f"({dict(sorted(kinds.items()))}), {len(builder.extend)} extensions; "
        f"left out: {dict(builder.dropped)}"
    )
    if args.check:
        if not OUT.exists() or OUT.read_text("utf-8") != text:
            print(f"stale: {OUT.name}", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
