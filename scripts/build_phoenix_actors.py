"""Convert PETRARCH-2's Phoenix country and agent dictionaries into riftwatch data files.

    .venv/bin/python scripts/build_phoenix_actors.py [--dictionaries DIR] [--check] [--verbose]

Reads, from ``--dictionaries`` (default ``../shared/dictionaries/petrarch2``, a copy of
``openeventdata/petrarch2`` ``petrarch2/data/dictionaries`` at commit 676801c, MIT licence,
Copyright (c) 2014 Open Event Data Alliance):

- ``Phoenix.Countries.actors.txt``: country blocks (``NAME_ [ISO]`` and ``+`` synonyms),
  national institutions (``\\t[PAKSPY]``) and office holders with dated codes
  (``\\t[PAKGOV 20080909-20130908]``);
- ``Phoenix.agents.txt``: agent nouns with their sector (``POLICE {} [~COP]``).

and writes

- ``src/riftwatch/actors/data/generated/phoenix_countries.yaml`` (knowledge-base format,
  ``source: petrarch2-phoenix``): every country that the curated files do not define
  (name, spelling variants, demonyms), a government body for every country that lacks one
  (``Government of Kenya``), national institutions of the state sectors (government,
  military, intelligence, police), and office holders of the state sectors as persons who
  act for their country's government, military, intelligence service or police only during
  their dated tenures (``strict_tenure``);
- ``src/riftwatch/actors/data/agents/phoenix.yaml``: agent nouns (police, soldiers,
  negotiators, rebels...) of one or two words with the riftwatch role of their sector.

What is left out, and why (the dictionaries are broad and noisy; a common word must never
become an actor):

- city, province and landmark synonyms of a country ("+KANDAHAR_", "+CITY_OF_LIGHT_"):
  a place is not an actor; only synonyms that spell the country's own name (same first
  three letters, or containing the name) are kept, minus a list of known bad ones;
- persons whose only codes are elites (``ELI``), opposition or non-state sectors, or only
  junior ministries (agriculture, health...); persons of one word; names that another
  actor already holds (curated and other generated files win; two Phoenix persons with the
  same name both lose it);
- codes of non-country prefixes (``SUN``, ``IGO``) and of dependent territories given as
  six-letter codes (``GBRVGBGOV``).

Two-digit years in Phoenix dates follow PETRARCH's reading: ``YY <= 30`` is 20YY, else 19YY.
The output is deterministic (sorted, no timestamps); ``--check`` exits 1 when the committed
files differ from a rebuild.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "scripts"))

from build_actor_kb import display, slug  # noqa: E402

from riftwatch.actors.dedupe import Rules  # noqa: E402
from riftwatch.actors.kb import DATA_DIR, data_files, read_file  # noqa: E402
from riftwatch.actors.normalize import norm  # noqa: E402

DEFAULT_DICTIONARIES = next(
    (
        base / "shared" / "dictionaries" / "petrarch2"
        for base in (REPO.parent, REPO.parent.parent)  # beside the checkout or a worktree
        if (base / "shared" / "dictionaries" / "petrarch2").exists()
    ),
    REPO.parent / "shared" / "dictionaries" / "petrarch2",
)
OUT_KB = DATA_DIR / "generated" / "phoenix_countries.yaml"
OUT_AGENTS = DATA_DIR / "agents" / "phoenix.yaml"
SOURCE = "petrarch2-phoenix"
COMMIT = "676801cd9cb2924bbbad09f86d15c9323e7097bf"
LICENCE = (
    "MIT; derived from PETRARCH-2's Phoenix dictionaries (openeventdata/petrarch2 "
    f"@ {COMMIT[:7]}), Copyright (c) 2014 Open Event Data Alliance. The MIT notice is in "
    "docs/data-sources.md."
)

# sector code -> riftwatch body role (state sectors only)
STATE_SECTORS = {
    "GOV": "government",
    "GOVMIL": "government",
    "GOVSPY": "government",
    "GOVJUD": "government",
    "GOVLEG": "government",
    "GOVCOP": "government",
    "GOVFRM": "government",
    "MILGOV": "military",
    "MIL": "military",
    "SPY": "intelligence",
    "MILSPY": "intelligence",
    "COP": "police",
}
TENURE_ROLE = {
    "GOV": "government",
    "GOVMIL": "defence",
    "GOVSPY": "intelligence",
    "GOVJUD": "justice",
    "GOVLEG": "legislature",
    "GOVCOP": "interior",
    "GOVFRM": "foreign affairs",
    "MILGOV": "military",
    "MIL": "military",
    "SPY": "intelligence",
    "MILSPY": "intelligence",
    "COP": "police",
}
BODY_TYPE = {
    "government": "government",
    "military": "military",
    "intelligence": "intelligence",
    "police": "police",
}
# agent sector (after the ~) -> riftwatch agent role; sectors not listed are left out
AGENT_ROLES = {
    "GOV": "government",
    "GOVFRM": "government",
    "GOVMIL": "government",
    "GOVLEG": "government",
    "LEG": "government",
    "GOVJUD": "government",
    "JUD": "government",
    "GOVSPY": "intelligence",
    "GOVCOP": "police",
    "MIL": "military",
    "MILGOV": "military",
    "MILSPY": "intelligence",
    "SPY": "intelligence",
    "COP": "police",
    "REB": "rebels",
    "INS": "rebels",
    "OPP": "opposition",
    "UAF": "militants",
}
TITLES = frozenset(
    "president vice prime minister premier chancellor king queen prince princess sultan emir "
    "amir sheikh shaikh general gen lt colonel col major maj admiral marshal field "
    "mr mrs ms dr doctor professor prof sir lord lady dame ayatollah grand crown "
    "secretary governor senator representative congressman chairman chief former acting "
    "ex foreign defence defense interior us u s american british".split()
)
OWNER_WORD = {"USA": "U.S.", "GBR": "British"}
"""How the name of a state body shows its owner, where the last demonym would not do."""
OTHER_NAMES = frozenset(
    {"ivory coast", "east timor", "burma", "holland", "zaire", "byelorussia", "kampuchea"}
)
"""English names of a country that do not spell its Phoenix name (kept among its synonyms)."""
NOT_COUNTRIES = frozenset({"KNT"})
"""Three-letter codes of Phoenix that name no real country (Kinakuta is fictional)."""
STATE_WORDS = frozenset(
    "republic kingdom state states of the democratic people peoples islamic federal federation "
    "union commonwealth principality sultanate emirate socialist arab united grand duchy "
    "plurinational bolivarian co-operative cooperative independent".split()
)
"""Words that may surround a country's name in its official long form."""
# synonyms that pass the spelling test but are not names of the country
BAD_SYNONYMS = frozenset(
    {
        "dominican",  # Dominica and the Dominican Republic
        "congo",  # two Congos
        "congolese",
        "guinean",  # Guinea, Guinea-Bissau, Equatorial Guinea
        "sudanese",  # Sudan and South Sudan
        "korean",  # two Koreas
        "korea",
        "samoan",  # Samoa and American Samoa
        "niger",  # a prefix of Nigeria in running text
        "irish",  # Ireland and Northern Ireland
        "virgin islands",
        "porto",  # cities and regions spelled like their country
        "mexicali",
        "chiloe",
        "franche comte",
        "croat",
        "mongol",
        "switz",
        "switzer",
        "pakish",
        "tainan",  # a city of Taiwan
        "new z",
    }
)
GEO_WORDS = frozenset(
    "desert river alps mountains mountain peninsula wall shield borneo proper ville vella sea "
    "lake valley basin gulf coast highlands plateau country".split()
)
"""Words that make a synonym a place or a feature, not the country ("Namib Desert")."""
PERSON_TITLES = sorted(
    set(
        "president prime minister premier chancellor king queen prince sultan emir sheikh "
        "general secretary ayatollah governor".split()
    )
)
"""Words near a surname that make it a person's name (with the country's own words)."""
AGENT_STOP = frozenset(
    "man men woman women person people member members source sources group groups party "
    "parties head heads side sides leader leaders leadership body bodies figure figures "
    "staff crew team teams unit units agency agencies office offices committee council "
    "board commission power powers state states authority".split()
)
"""Agent nouns too general to say what a sector a phrase is in (an actor needs more)."""


# -- reading --------------------------------------------------------------------------
@dataclass
class Record:
    names: list[str]
    synonyms: list[str] = field(default_factory=list)
    codes: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    line: int = 0
    inline: bool = False  # the code is on the name's own line (a country header)


_CODE_RE = re.compile(r"\[([^\]\s]*)\s*([^\]]*)\]")


def phoenix_date(text: str) -> str | None:
    """``YYMMDD`` or ``YYYYMMDD`` as ISO; two-digit years <= 30 are 20YY.

    >>> phoenix_date("080909"), phoenix_date("19220101"), phoenix_date("320101")
    ('2008-09-09', '1922-01-01', '1932-01-01')
    """
    text = text.strip()
    if not text.isdigit() or len(text) not in (6, 8):
        return None
    if len(text) == 6:
        year = int(text[:2])
        text = f"{2000 + year if year <= 30 else 1900 + year}{text[2:]}"
    month, day = int(text[4:6]), int(text[6:8])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{text[:4]}-{text[4:6]}-{text[6:8]}"


def parse_codes(text: str) -> list[tuple[str, str | None, str | None]]:
    """``[PAKGOV 20080909-20130908]`` -> ``[("PAKGOV", "2008-09-09", "2013-09-08")]``."""
    out = []
    for match in _CODE_RE.finditer(text):
        code, span = match.group(1).strip(), match.group(2).strip()
        lo = hi = None
        if span.startswith(">"):
            lo = phoenix_date(span[1:])
        elif span.startswith("<"):
            hi = phoenix_date(span[1:])
        elif "-" in span:
            a, _, b = span.partition("-")
            lo, hi = phoenix_date(a), phoenix_date(b)
        out.append((code, lo, hi))
    return out


def read_actors(path: Path) -> list[Record]:
    """Records of a PETRARCH actor file: names sharing the codes that follow them."""
    records: list[Record] = []
    current: Record | None = None
    for number, raw in enumerate(path.read_text("utf-8", errors="replace").splitlines(), 1):
        line = raw.split("#", 1)[0].rstrip()
        text = line.strip()
        if not text:
            continue
        if line[0] in " \t" and text.startswith("["):
            if current is not None:
                current.codes += parse_codes(text)
            continue
        if text.startswith("+"):
            if current is not None:
                current.synonyms.append(text[1:].strip())
            continue
        name, _, rest = text.partition("[")
        codes = parse_codes("[" + rest) if rest else []
        if current is not None and not current.codes and not codes and not current.synonyms:
            current.names.append(name.strip())  # names sharing the codes that follow
            continue
        current = Record(names=[name.strip()], codes=codes, line=number, inline=bool(codes))
        records.append(current)
    return records


def clean_name(raw: str) -> str:
    """``"VLADIMIR_PUTIN_"`` -> ``"Vladimir Putin"`` (also drops ``(ACTING_`` notes)."""
    text = raw.replace("`", "'").split("(")[0].split(",")[0]
    text = re.sub(r"[_\s]+", " ", text).strip(" '.-")
    return display(text) if text else ""


def _acronym(raw: str) -> str | None:
    """A one-word institution name of two to five capitals stays as written ("DGSE")."""
    text = raw.strip("_ ")
    return text if re.fullmatch(r"[A-Z]{2,5}", text) else None


def name_words(name: str) -> list[str]:
    return norm(name).split()


def strip_titles(name: str, also: frozenset[str] = frozenset()) -> str:
    """The name without leading titles (and words in ``also``: country words).

    >>> strip_titles("United States President Barack Obama", frozenset({"united", "states"}))
    'Barack Obama'
    """
    words = name.split(" ")
    while len(words) > 1 and (norm(words[0]) in TITLES or norm(words[0]) in also):
        words = words[1:]
    while len(words) > 1 and norm(words[0]) in ("of", "the"):
        words = words[1:]
    return " ".join(words)


# -- the knowledge base as it stands ---------------------------------------------------
DEFERRING = frozenset({"ucdp.yaml", "phoenix_milnonstate.yaml"})
"""Files of scripts/build_actor_kb.py that defer to this one's names: their names kept
for context only do not take a name from a Phoenix country actor."""


class Existing:
    """Aliases and ids of every KB file except the ones this script writes."""

    def __init__(self, exclude: Path | None = None) -> None:
        # the countries build never reads the international file (built after it, from
        # everything else: scripts/build_phoenix_international.py)
        intl = DATA_DIR / "generated" / "phoenix_international.yaml"
        skip = {p.resolve() for p in ([exclude] if exclude else [OUT_KB, intl])}
        self.alias_owner: dict[str, set[str]] = defaultdict(set)
        self.ids: set[str] = set()
        self.countries: dict[str, dict[str, Any]] = {}  # ISO -> entity record
        self.bodies: dict[str, dict[str, str]] = defaultdict(dict)
        self.places: set[str] = set()
        for path in data_files():
            if path.resolve() in skip:
                continue
            doc = read_file(path)
            for ent in doc.get("entities") or ():
                self.ids.add(ent["id"])
                # the world groups' clan and ordinary-word names (kept by build_actor_kb.py
                # for context only, ``name_ambiguous``/``ambiguous``) hold no one back
                defer = path.name in DEFERRING
                names = [] if defer and ent.get("name_ambiguous") else [ent["name"]]
                names += list(ent.get("demonyms") or ())
                names += [
                    a if isinstance(a, str) else a["name"]
                    for a in ent.get("aliases") or ()
                    if not (defer and isinstance(a, dict) and a.get("ambiguous"))
                ]
                for name in names:
                    self.alias_owner[norm(name)].add(ent["id"])
                if ent.get("type") == "country" and ent.get("country"):
                    self.countries[ent["country"]] = ent
                    self.bodies[ent["country"]].update(ent.get("bodies") or {})
                if ent.get("type") == "place":
                    self.places.update(norm(n) for n in names)
            for ext in doc.get("extend") or ():
                for alias in ext.get("aliases") or ():
                    name = alias if isinstance(alias, str) else alias["name"]
                    self.alias_owner[norm(name)].add(ext["id"])

    def taken(self, name: str) -> bool:
        return bool(self.alias_owner.get(norm(name)))

    def claim(self, name: str, ident: str) -> bool:
        """Give ``name`` to ``ident`` unless another actor holds it (True when given)."""
        owners = self.alias_owner.get(norm(name))
        if owners and owners != {ident}:
            return False
        self.alias_owner[norm(name)].add(ident)
        return True


# -- building ---------------------------------------------------------------------------
class Builder:
    def __init__(self, records: list[Record], existing: Existing, verbose: bool = False) -> None:
        self.records = records
        self.kb = existing
        self.verbose = verbose
        self.entities: dict[str, dict[str, Any]] = {}
        self.extend: dict[str, dict[str, Any]] = {}
        self.country_id: dict[str, str] = {}  # ISO -> country entity id
        self.country_name: dict[str, str] = {}
        self.words: dict[str, list[str]] = {}  # ISO -> name and demonym words (context)
        self.dropped: Counter[str] = Counter()
        self._contexts: dict[str, list[str]] = {}
        self._rules: dict[str, dict[str, list[str]]] = {}
        self._country_words: frozenset[str] | None = None

    def log(self, why: str, what: str) -> None:
        self.dropped[why] += 1
        if self.verbose:
            print(f"drop ({why}): {what}")

    def new_id(self, prefix: str, name: str, iso: str | None = None) -> str:
        base = f"{prefix}:{slug(name)}"
        ident = base
        if ident in self.kb.ids or ident in self.entities:
            ident = f"{base}-{(iso or 'x').lower()}"
        n = 2
        while ident in self.kb.ids or ident in self.entities:
            ident = f"{base}-{n}"
            n += 1
        return ident

    # countries ---------------------------------------------------------------------------
    def countries(self) -> None:
        # a country is its header lines ("GERMAN_DEMOCRATIC_REPUBLIC [DDR]", the code on the
        # name's line; several headers of one code are merged), else the record with the
        # most synonyms among those coded with the bare three-letter code ("MOLDOVA_ ...
        # [MDA >911221]" beats "TRANSNISTRIA [MDA]"; East German cities coded DDR lose)
        headers: dict[str, list[Record]] = defaultdict(list)
        others: dict[str, Record] = {}
        for rec in self.records:
            for code, _lo, _hi in rec.codes:
                if not re.fullmatch(r"[A-Z]{3}", code) or code in NOT_COUNTRIES:
                    continue
                if rec.inline and all(c[0] == code for c in rec.codes):
                    headers[code].append(rec)
                elif code not in others or len(rec.synonyms) > len(others[code].synonyms):
                    others[code] = rec
        chosen: dict[str, Record] = {}
        for iso, recs in headers.items():
            synonyms = [n for r in recs for n in [*r.names, *r.synonyms]][1:]
            chosen[iso] = Record(names=recs[0].names[:1], synonyms=synonyms, line=recs[0].line)
        for iso, rec in others.items():
            chosen.setdefault(iso, rec)
        for iso, rec in sorted(chosen.items(), key=lambda item: item[1].line):
            self._country(iso, rec)

    def _country(self, iso: str, rec: Record) -> None:
        name = clean_name(rec.names[0])
        if not name:
            return
        variants, demonyms = self._country_names(name, rec.synonyms)
        curated = self.kb.countries.get(iso)
        if curated is not None:
            ident = curated["id"]
            self.country_name[iso] = curated["name"]
            self.words[iso] = [norm(curated["name"])] + [
                norm(d) for d in curated.get("demonyms") or ()
            ]
            fresh = [v for v in variants + demonyms if self.kb.claim(v, ident)]
            if fresh:
                ext = self.extend.setdefault(ident, {"id": ident})
                ext["aliases"] = [{"name": v, "kind": "transliteration"} for v in fresh]
        else:
            ident = self.new_id("country", name)
            if not self.kb.claim(name, ident):
                self.log("country name held by another actor", name)
                return
            keep_demonyms = [d for d in demonyms if self.kb.claim(d, ident)]
            keep_variants = [
                v for v in variants if norm(v) != norm(name) and self.kb.claim(v, ident)
            ]
            self.entities[ident] = {
                "id": ident,
                "name": name,
                "type": "country",
                "country": iso,
                "demonyms": keep_demonyms,
                "aliases": [{"name": v, "kind": "transliteration"} for v in keep_variants],
            }
            self.country_name[iso] = name
            self.words[iso] = [norm(name)] + [norm(d) for d in keep_demonyms]
        self.country_id[iso] = ident

    def _country_names(self, name: str, synonyms: list[str]) -> tuple[list[str], list[str]]:
        """(spelling variants, demonyms) of a country among its Phoenix synonyms."""
        key = norm(name)
        stem = key.replace(" ", "")[:4]
        variants: list[str] = []
        demonyms: list[str] = []
        for raw in synonyms:
            syn = clean_name(raw)
            low = norm(syn)
            if not low or low == key or low in BAD_SYNONYMS or "city" in low.split():
                continue
            if low in self.kb.places or len(low.replace(" ", "")) < 4 or "\ufffd" in syn:
                continue
            if set(low.replace("-", " ").split()) & GEO_WORDS and low not in OTHER_NAMES:
                self.log("country synonym that is a place", f"{name}: {syn}")
                continue
            rest = f" {low} ".replace(f" {key} ", " ").split()
            spelled = (
                low.replace(" ", "").startswith(stem)
                or (f" {key} " in f" {low} " and set(rest) <= STATE_WORDS)
                or low in OTHER_NAMES
                or (low[:3] == key[:3] and fuzz.ratio(low, key) >= 80)  # "Afganistan"
            )
            if not spelled:
                self.log("country synonym that is not its name", f"{name}: {syn}")
                continue
            if " " not in low and re.search(r"(an|ese|i|ish|ic|er|ite)$", low):
                demonyms.append(syn)  # "Kenyan", "Nepalese", "Omani", "Finnish"
            else:
                variants.append(syn)  # spellings, plurals, official long forms
        return sorted(set(variants)), sorted(set(demonyms))

    # governments --------------------------------------------------------------------------
    def governments(self) -> None:
        for iso, ent in self.kb.countries.items():  # curated countries Phoenix lacks (Kosovo)
            self.country_id.setdefault(iso, ent["id"])
            self.country_name.setdefault(iso, ent["name"])
        for iso in sorted(self.country_id):
            if self.kb.bodies.get(iso, {}).get("government"):
                continue
            name = f"Government of {self.country_name[iso]}"
            gov = self.new_id("org", f"{self.country_name[iso]} government", iso)
            if not self.kb.claim(name, gov):
                self.log("government name held by another actor", name)
                continue
            self.entities[gov] = {
                "id": gov,
                "name": name,
                "type": "government",
                "country": iso,
                "description": f"The national government of {self.country_name[iso]}.",
            }
            self.body_of(iso, "government", gov)

    def body_of(self, iso: str, role: str, ident: str | None = None) -> str | None:
        """The id of a country's body for ``role`` (setting it when ``ident`` is given)."""
        known = self.kb.bodies.get(iso, {}).get(role)
        if known:
            return known
        country = self.country_id.get(iso)
        if country is None:
            return None
        holder = self.entities.get(country) or self.extend.setdefault(country, {"id": country})
        bodies = holder.setdefault("bodies", {})
        if ident is not None:
            bodies.setdefault(role, ident)
        return bodies.get(role)

    # institutions and persons -------------------------------------------------------------
    def people_and_institutions(self) -> None:
        persons: list[tuple[Record, list[tuple[str, str, str | None, str | None]]]] = []
        for rec in self.records:
            if len(rec.codes) == 1 and re.fullmatch(r"\[?[A-Z]{3}\]?", rec.codes[0][0]):
                continue  # a country header
            segments = []
            for code, lo, hi in rec.codes:
                iso, sector = code[:3], code[3:]
                if iso not in self.country_id or sector not in STATE_SECTORS:
                    continue
                segments.append((iso, sector, lo, hi))
            if not segments:
                continue
            if any(lo or hi for _i, _s, lo, hi in segments):
                persons.append((rec, [s for s in segments if s[2] or s[3]]))
            else:
                self._institution(rec, segments[0])
        names: Counter[str] = Counter()
        for rec, _segments in persons:
            for name in {norm(clean_name(n)) for n in rec.names}:
                names[name] += 1
        for rec, segments in persons:
            self._person(rec, segments, names)

    def _institution(self, rec: Record, segment: tuple[str, str, Any, Any]) -> None:
        iso, sector, _lo, _hi = segment
        role = STATE_SECTORS[sector]
        names = [_acronym(n) or clean_name(n) for n in rec.names + rec.synonyms]
        if iso == "USA":  # "United States Congress" is the curated "U.S. Congress"
            names = [re.sub(r"^(United States|Us|US|American)\s+", "U.S. ", n) for n in names]
        names = [n for n in dict.fromkeys(names) if n and len(norm(n)) >= 3]
        names = [n for n in names if not self._generic(n) and not self.kb.taken(n)]
        if not names:
            self.log("institution names all held or generic", rec.names[0])
            return
        body = self.body_of(iso, role)
        joined = body is not None and sector in ("GOV", "MIL", "SPY", "COP")
        ident = body if joined and body else self.new_id("org", names[0], iso)
        fresh = [n for n in names if self.kb.claim(n, ident)]
        if not fresh:
            return
        if joined:
            holder = self.entities.get(body) or self.extend.setdefault(body, {"id": body})
            holder.setdefault("aliases", []).extend({"name": n, "kind": "official"} for n in fresh)
            return
        words = self.words.get(iso) or [""]
        owner = OWNER_WORD.get(iso) or words[-1].title()
        if owner and not any(w and w in norm(fresh[0]) for w in [*words, norm(owner)]):
            named = f"{owner} {fresh[0]}"  # names of state bodies show their owner
            if not self.kb.claim(named, ident):
                self.log("institution known under its owner's name", named)
                return
            fresh.insert(0, named)
        self.entities[ident] = {
            "id": ident,
            "name": fresh[0],
            "type": BODY_TYPE[role],
            "country": iso,
            "aliases": [{"name": n, "kind": "official"} for n in fresh[1:]],
        }

    @staticmethod
    def _generic(name: str) -> bool:
        """A title without a name ("Secretary of State") is kept only with a country word."""
        words = name_words(name)
        return len(words) < 2 and words[0] in TITLES

    def _person(
        self,
        rec: Record,
        segments: list[tuple[str, str, str | None, str | None]],
        shared: Counter[str],
    ) -> None:
        full: list[str] = []
        for raw in rec.names + rec.synonyms:
            name = strip_titles(clean_name(raw), self.country_words())
            words = [w for w in name_words(name) if w not in ("al", "el", "bin", "ibn", "de")]
            if len(words) < 2 or any(w in ("administration", "government") for w in words):
                continue
            if any(ch.isdigit() for ch in name) or self.kb.taken(name):
                self.log("person name held or unusable", name)
                continue
            if shared[norm(name)] > 1 and norm(clean_name(raw)) == norm(name):
                self.log("person name shared by two Phoenix persons", name)
                continue
            full.append(name)
        full = list(dict.fromkeys(full))
        if not full:
            return
        iso = Counter(s[0] for s in segments).most_common(1)[0][0]
        ident = self.new_id("person", full[0], iso)
        full = [n for n in full if self.kb.claim(n, ident)]
        if not full:
            return
        relations = []
        for seg_iso, sector, lo, hi in sorted(segments, key=lambda s: (s[2] or "", s[3] or "")):
            role = STATE_SECTORS[sector]
            target = self.body_of(seg_iso, role) or self.body_of(seg_iso, "government")
            if target is None:
                continue
            rel: dict[str, Any] = {"type": "member_of", "target": target}
            if lo:
                rel["start"] = lo
            if hi:
                rel["end"] = hi
            rel["role"] = TENURE_ROLE[sector]
            relations.append(rel)
        if not relations:
            return
        self.entities[ident] = {
            "id": ident,
            "name": full[0],
            "type": "person",
            "country": iso,
            "strict_tenure": True,
            "aliases": [{"name": n, "kind": "official"} for n in full[1:]],
            "relations": relations,
            "context": self.context(iso),
        }

    def country_words(self) -> frozenset[str]:
        """Every word of a country's name or demonym ("united", "states", "pakistani")."""
        if self._country_words is None:
            self._country_words = frozenset(
                word for words in self.words.values() for w in words for word in w.split()
            ) | {"united", "states"}
        return self._country_words

    def context(self, iso: str) -> list[str]:
        """Words that support a person of ``iso``: titles, the country's name and demonyms
        (one shared list per country, written once in the file as a YAML anchor)."""
        if iso not in self._contexts:
            self._contexts[iso] = PERSON_TITLES + self.words.get(iso, [])
        return self._contexts[iso]

    def merge_reviewed(self, rules: Rules) -> None:
        """Merge the pairs of this build's office holders that ``dedupe.yaml`` reviews as
        ``same``: Phoenix may hold one person under two records, each with its own spelling
        and tenure ("Abd al Rab Mansur al Hadi", vice president from 2003, and "Mansour Hadi",
        president from 2011; gaps58). The first id keeps its record; the second's name,
        aliases and tenures join it, and a ``merged`` entry redirects the second id."""
        for review in rules.reviewed:
            keep, old = self.entities.get(review.keep), self.entities.get(review.other)
            if review.decision != "same" or keep is None or old is None:
                continue
            if keep["type"] != "person" or old["type"] != "person":
                continue
            self.entities.pop(review.other)
            names = {norm(keep["name"])} | {norm(a["name"]) for a in keep["aliases"]}
            for alias in [{"name": old["name"], "kind": "official"}, *old["aliases"]]:
                if norm(alias["name"]) not in names:
                    keep["aliases"].append(dict(alias))
                    names.add(norm(alias["name"]))
            relations = keep["relations"] + old["relations"]
            keep["relations"] = sorted(
                relations, key=lambda r: (r.get("start") or "", r.get("end") or "")
            )
            keep.setdefault("merged", []).append(
                {"id": review.other, "name": old["name"], "evidence": f"reviewed: {review.reason}"}
            )

    def surnames(self) -> None:
        """A surname alone is a weak alias: it resolves only with a title or the person's
        country near it (one rule per country, written once as a YAML anchor)."""
        owners: dict[str, list[str]] = defaultdict(list)
        for ident, ent in self.entities.items():
            if ent["type"] != "person":
                continue
            words = name_words(ent["name"])
            last = words[-1]
            if len(last) < 4 or last in TITLES or self.kb.taken(last):
                continue
            owners[last].append(ident)
        for _last, idents in owners.items():
            for ident in idents:
                ent = self.entities[ident]
                rule = self._rules.setdefault(ent["country"], {"context_any": ent["context"]})
                ent["aliases"].append(
                    {"name": ent["name"].split(" ")[-1], "kind": "weak", "when": rule}
                )

    # output ---------------------------------------------------------------------------
    def document(self) -> dict[str, Any]:
        entities = []
        for ident in sorted(self.entities):
            ent = {k: v for k, v in self.entities[ident].items() if v not in (None, [], {})}
            entities.append(ent)
        extend = []
        for ident in sorted(self.extend):
            ext = {k: v for k, v in self.extend[ident].items() if v not in (None, [], {})}
            if set(ext) - {"id"}:
                extend.append(ext)
        doc: dict[str, Any] = {
            "kb_version": 1,
            "source": SOURCE,
            "description": "Countries, governments, national institutions and office holders "
            "of the whole world, from PETRARCH-2's Phoenix country dictionary.",
            "license": LICENCE,
            "generated_by": "scripts/build_phoenix_actors.py (do not edit; curate in data/curated)",
            "entities": entities,
        }
        if extend:
            doc["extend"] = extend
        return doc


# -- agents -------------------------------------------------------------------------------
# Phoenix entries that end in a preposition ("AMBASSADOR_TO", "EMBASSY_IN") are the head of a
# phrase whose actor follows; as agent nouns they took the preposition into the mention ("the
# Ugandan ambassador to complain": peers16). The one-word noun is listed on its own.
AGENT_PREFIX_ENDS = frozenset("to at for in of on from with by".split())


def read_agents(path: Path) -> dict[str, str]:
    """Agent nouns (lower case, singular and plural) -> riftwatch role."""
    subs: dict[str, list[str]] = {}
    out: dict[str, str] = {}
    conflicts: set[str] = set()
    for raw in path.read_text("utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("!") and "=" in line:
            marker, _, values = line.partition("=")
            subs[marker.strip()] = [v.strip() for v in values.split(",")]
            continue
        match = re.match(r"^(\S+)\s*(\{[^}]*\})?\s*\[~?([A-Z]*)~?\]", line)
        if not match:
            continue
        phrase, plural, sector = match.group(1), match.group(2), match.group(3)
        role = AGENT_ROLES.get(sector)
        if role is None:
            continue
        forms = [phrase]
        for marker, values in subs.items():
            if marker in phrase:
                forms = [phrase.replace(marker, v) for v in values]
        for form in forms:
            words = form.strip("_").replace("_", " ").lower().split()
            if not words or len(words) > 2 or not all(re.fullmatch(r"[a-z\-]+", w) for w in words):
                continue
            text = " ".join(words)
            if text in AGENT_STOP or words[-1] in AGENT_STOP or words[-1].endswith("minist"):
                continue  # too general, or a stem ("COMMERCE_MINIST")
            if len(words) > 1 and words[-1] in AGENT_PREFIX_ENDS:
                continue  # "AMBASSADOR_TO {}": the head of "ambassador to <country>", no noun
            variants = [text]
            already_plural = text.endswith("s") and not text.endswith("ss")
            if plural is None and not form.endswith("_") and "!" not in phrase:
                if not already_plural:  # "TROOPS" has no plural "troopss"
                    variants.append(_plural(text))
            elif plural and plural.strip("{}").strip():
                variants.append(plural.strip("{}").strip().replace("_", " ").lower())
            for variant in variants:
                if variant in out and out[variant] != role:
                    conflicts.add(variant)
                out.setdefault(variant, role)
    for word in conflicts:
        out.pop(word, None)
    return dict(sorted(out.items()))


def _plural(text: str) -> str:
    """PETRARCH's regular plural: +S, +IES after Y, +ES after SS."""
    if text.endswith("y") and text[-2:-1] not in ("a", "e", "o", "u"):
        return text[:-1] + "ies"
    if text.endswith("ss"):
        return text + "es"
    return text + "s"


def agents_document(agents: dict[str, str]) -> dict[str, Any]:
    by_role: dict[str, list[str]] = defaultdict(list)
    for noun, role in agents.items():
        by_role[role].append(noun)
    return {
        "source": SOURCE,
        "description": "Agent nouns of one or two words from PETRARCH-2's Phoenix.agents.txt, "
        "by riftwatch role (sector).",
        "license": LICENCE,
        "generated_by": "scripts/build_phoenix_actors.py (do not edit; curate in "
        "agents/curated.yaml)",
        "roles": {role: sorted(nouns) for role, nouns in sorted(by_role.items())},
    }


def render(doc: dict[str, Any], what: str, script: str = "scripts/build_phoenix_actors.py") -> str:
    """A generated data file: the licence header naming ``what`` it holds and the ``script``
    that writes it, then ``doc`` as YAML (shared by scripts/build_phoenix_international.py)."""
    header = (
        f"# {what} from PETRARCH-2's Phoenix dictionaries (openeventdata/petrarch2 @ "
        f"{COMMIT[:7]}).\n"
        "# MIT licence, Copyright (c) 2014 Open Event Data Alliance (notice in "
        "docs/data-sources.md).\n"
        f"# Generated by {script}; do not edit by hand.\n"
    )
    return header + yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100)


def arguments(
    description: str, argv: list[str] | None, files: str = "files are"
) -> argparse.Namespace:
    """The command line both Phoenix scripts take: ``--dictionaries``, ``--check`` (``files``
    says what is stale) and ``--verbose``."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--dictionaries", type=Path, default=DEFAULT_DICTIONARIES)
    parser.add_argument("--check", action="store_true", help=f"exit 1 if the {files} stale")
    parser.add_argument("--verbose", action="store_true", help="print what is left out")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__.splitlines()[0], argv)
    countries = args.dictionaries / "Phoenix.Countries.actors.txt"
    agents_file = args.dictionaries / "Phoenix.agents.txt"
    if not countries.exists() or not agents_file.exists():
        print(f"missing Phoenix dictionaries in {args.dictionaries}", file=sys.stderr)
        return 2
    builder = Builder(read_actors(countries), Existing(), verbose=args.verbose)
    builder.countries()
    builder.governments()
    builder.people_and_institutions()
    builder.merge_reviewed(Rules.load())
    builder.surnames()
    outputs = {
        OUT_KB: render(builder.document(), "Countries, governments and office holders"),
        OUT_AGENTS: render(agents_document(read_agents(agents_file)), "Agent nouns"),
    }
    stale = []
    for path, text in outputs.items():
        if args.check:
            if not path.exists() or path.read_text("utf-8") != text:
                stale.append(path.name)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    kinds = Counter(e["type"] for e in builder.entities.values())
    print(
        f"phoenix: {len(builder.entities)} entities ({dict(sorted(kinds.items()))}), "
        f"{len(builder.extend)} extensions; left out: {dict(builder.dropped)}"
    )
    if stale:
        print("stale: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
