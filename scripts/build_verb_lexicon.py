"""Convert PETRARCH-2's CAMEO verb dictionary into the lexicon's base verb file.

    .venv/bin/python scripts/build_verb_lexicon.py [--input CAMEO.2.0.txt] [--check]

Reads ``../shared/dictionaries/petrarch2/CAMEO.2.0.txt`` (openeventdata/petrarch2, MIT,
Copyright (c) 2015 Open Event Data Alliance; format in dictionaries-format.rst beside it)
and writes ``src/riftwatch/nlp/lexicon/cameo_verbs.json``: the dictionary's synonym sets,
its verb groups (each with its CAMEO code and phrase patterns) and, per verb lemma, its
group, its own code and the words of a multi-word verb ("meet with", "wipe out"). Every
CAMEO code is turned into a PLOVER type and mode by the one shared map,
``riftwatch.nlp.lexicon.cameo`` (``cameo_to_plover.csv``); each entry keeps its CAMEO code
and its line in the source, and the file says ``source: petrarch2`` with the MIT notice.

What is converted, and what is left out (counted in the file's ``stats``):

- verbs: the base form of each verb line (its first word; PETRARCH lists the inflections
  after it in ``{...}``), lower-cased. ``+MEET_WITH`` becomes lemma ``meet`` with the
  following word ``with``; verbs with words before them (``WIRE_+TAP``) and coordination
  artefacts (``+KILLED_AND``) are left out.
- patterns ``- PRE * POST [code]``: at most one noun before the verb (the subject's head),
  and after it at most one noun (the object's head, or a particle such as OFF or UP) and any
  number of prepositional phrases ``(PREP [NOUN])``. A noun is a word, a synonym set
  ``&NAME`` or a braced phrase ``{ADJ ... HEAD}`` (the last word is the head). ``+`` in a
  phrase marks the target's place; ``$`` (source), ``%`` and ``^`` marks and the older
  TABARI-style word sequences are left out.
- codes: ``[a:b]`` codes a from source to target and b from target to source (visit/host);
  ``[:b]`` only the reverse ("X faces criticism" is criticism of X); ``[---]`` codes nothing.

The output is deterministic (no timestamps); ``--check`` exits 1 when the committed file
differs from a rebuild.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from riftwatch.nlp.lexicon import cameo  # noqa: E402

# ../shared beside the checkout (a git worktree one level deeper looks one more level up)
SHARED = next((p / "shared" for p in (REPO.parent, REPO.parent.parent) if (p / "shared").is_dir()),
              REPO.parent / "shared")  # fmt: skip
DEFAULT_INPUT = SHARED / "dictionaries" / "petrarch2" / "CAMEO.2.0.txt"
OUTPUT = REPO / "src" / "riftwatch" / "nlp" / "lexicon" / "cameo_verbs.json"
ORIGIN = (
    "openeventdata/petrarch2, petrarch2/data/dictionaries/CAMEO.2.0.txt "
    "@ 676801cd9cb2924bbbad09f86d15c9323e7097bf"
)
NOTICE = """The MIT License (MIT)

Copyright (c) 2015 Open Event Data Alliance

Permission is hereby granted, free of charge, to any person obtaining a copy of
this software and associated documentation files (the "Software"), to deal in
the Software without restriction, including without limitation the rights to
use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of
the Software, and to permit persons to whom the Software is furnished to do so,
subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS
FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE."""
FORMAT = 1

PREPOSITIONS = frozenset(
    "about above across after against along alongside amid among amongst around as at before "
    "behind below beneath beside besides between beyond by despite during except for from in "
    "inside into like near of off on onto out outside over past per since through throughout "
    "to toward towards under underneath until unto upon versus via with within without".split()
)
PARTICLES = frozenset("up down off out back over away apart aside together forward".split())
_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
_CODE = re.compile(r"\[([0-9:\-]*)\]\s*$")
_TOKEN = re.compile(r"\{[^}]*\}|\([^)]*\)|[^\s{}()]+")


class Skip(Exception):
    """A pattern outside the converted subset (the reason is the message)."""


# -- reading -----------------------------------------------------------------------------
def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip() if not line.startswith("#") else ""


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s_]+", text.strip().lower()) if w]


def parse_code(raw: str) -> tuple[str | None, str | None]:
    """``"042:043"`` -> ("042", "043"); ``":110"`` -> (None, "110"); ``"---"`` -> (None, None).

    >>> parse_code("042:043"), parse_code(":110"), parse_code("---"), parse_code("193")
    (('042', '043'), (None, '110'), (None, None), ('193', None))
    """
    raw = raw.strip()
    forward, _, reverse = raw.partition(":")
    clean = [c if c.isdigit() else None for c in (forward.strip(), reverse.strip())]
    return clean[0], clean[1]


def _noun(token: str) -> dict[str, Any]:
    """A noun element: a word, a synonym set or a braced phrase whose last word is the head."""
    if token.startswith("{"):
        words = _words(token[1:-1])
        if not words:
            raise Skip("empty phrase")
        head, mods = words[-1], words[:-1]
    else:
        head, mods = token.lower().strip("_"), []
    for word in [head, *mods]:
        if word.startswith("&"):
            continue
        if not re.fullmatch(r"[a-z][a-z'\-/]*", word):
            raise Skip(f"word {word!r}")
    if head.startswith("&") or any(m.startswith("&") for m in mods):
        head = head.upper() if head.startswith("&") else head
        mods = [m.upper() if m.startswith("&") else m for m in mods]
    return {"head": head, "mods": mods} if mods else {"head": head}


def parse_pattern(body: str) -> dict[str, Any]:
    """The structure of one pattern line (without its leading ``-`` and its code).

    >>> parse_pattern("* {ROCKET ATTACK}")
    {'obj': {'head': 'attack', 'mods': ['rocket']}}
    >>> parse_pattern("SHELLING *")
    {'subj': {'head': 'shelling'}}
    >>> parse_pattern("* OUT (AT)")
    {'prt': 'out', 'preps': [{'prep': ['at']}]}
    >>> parse_pattern("* TALKS (WITH +)")
    {'obj': {'head': 'talks'}, 'preps': [{'prep': ['with'], 'target': True}]}
    """
    if body.count("*") != 1:
        raise Skip("no single verb slot")
    pre, post = body.split("*")
    out: dict[str, Any] = {}
    pre_tokens = _TOKEN.findall(pre)
    if any(t in ("$", "%", "^") for t in pre_tokens):
        raise Skip("actor marker")
    pre_tokens = [t for t in pre_tokens if t != "+"]
    if len(pre_tokens) > 1:
        raise Skip("word sequence before the verb")
    if pre_tokens:
        if pre_tokens[0].startswith("("):
            raise Skip("phrase before the verb")
        out["subj"] = _noun(pre_tokens[0])
    preps: list[dict[str, Any]] = []
    for token in _TOKEN.findall(post):
        low = token.lower()
        if token in ("$", "%", "^"):
            raise Skip("actor marker")
        if token == "+":
            continue  # the target where it would be anyway
        if token.startswith("("):
            inner = token[1:-1].split()
            if not inner:
                raise Skip("empty phrase")
            heads = inner[0].lower().split("/")
            if not all(h in PREPOSITIONS for h in heads):
                raise Skip(f"phrase without a preposition {token!r}")
            phrase: dict[str, Any] = {"prep": heads}
            rest = inner[1:]
            if any(r in ("$", "%", "^") for r in rest):
                raise Skip("actor marker")
            if "+" in rest:
                phrase["target"] = True
                rest = [r for r in rest if r != "+"]
            if len(rest) > 1 and not " ".join(rest).startswith("{"):
                raise Skip("word sequence in a phrase")
            if rest:
                phrase["noun"] = _noun(" ".join(rest))
            preps.append(phrase)
        elif low in PREPOSITIONS and low not in PARTICLES:
            preps.append({"prep": [low]})  # "* AT", "* &MEDIATION BETWEEN"
        elif low in PARTICLES and "prt" not in out and "obj" not in out and not preps:
            out["prt"] = low
        elif "obj" in out or preps:
            raise Skip("word sequence after the verb")
        else:
            out["obj"] = _noun(token)
    if preps:
        out["preps"] = preps
    return out


def read_dictionary(text: str) -> dict[str, Any]:
    """Synonym sets, verb groups with their verbs and patterns, and what was left out."""
    synsets: dict[str, list[dict[str, Any]]] = {}
    groups: dict[str, dict[str, Any]] = {}
    skipped: Counter[str] = Counter()
    current_syn: str | None = None
    group: dict[str, Any] | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        if raw.startswith("####### VERB PATTERNS"):
            current_syn = None
        line = _strip_comment(raw)
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("&"):
            current_syn, group = stripped.split()[0].upper(), None
            synsets.setdefault(current_syn, [])
            continue
        if current_syn and stripped.startswith("+"):
            term = stripped[1:].strip()
            words = _words(term.replace("_", " "))
            if words and all(re.fullmatch(r"[a-z0-9][a-z0-9'\-/.]*", w) for w in words):
                item = (
                    {"head": words[-1], "mods": words[:-1]}
                    if len(words) > 1
                    else {"head": words[-1]}
                )
                synsets[current_syn].append(item)
            continue
        header = _HEADER.match(stripped)
        if header:
            name = header.group(1).strip("_").upper()
            forward, reverse = parse_code(header.group(2))
            current_syn = None
            group = groups.setdefault(name, {
                "name": name, "code": forward, "reverse": reverse, "line": number,
                "verbs": [], "patterns": [],
            })  # fmt: skip
            continue
        if group is None:
            continue
        if stripped.startswith("~"):
            skipped["transformation"] += 1
            continue
        if stripped.startswith("-"):
            found = _CODE.search(stripped)
            if not found:
                skipped["pattern without a code"] += 1
                continue
            body = stripped[1 : found.start()].strip()
            forward, reverse = parse_code(found.group(1))
            try:
                pattern = parse_pattern(body)
            except Skip as why:
                skipped[_reason(str(why))] += 1
                continue
            if not pattern:
                skipped["pattern: verb alone"] += 1
                continue
            pattern.update({"code": forward, "reverse": reverse, "line": number,
                            "text": "- " + re.sub(r"\s+", " ", body)})  # fmt: skip
            pattern["_comment"] = raw.split("#", 1)[1] if "#" in raw else ""
            group["patterns"].append(pattern)
            continue
        verb = _verb_line(stripped, group, number)
        if verb is None:
            skipped["verb: multi-word form not converted"] += 1
        else:
            group["verbs"].append(verb)
    for group in groups.values():
        _pattern_verbs(group)
    return {"synsets": synsets, "groups": groups, "skipped": skipped}


def _forms(lemma: str) -> set[str]:
    """Regular forms PETRARCH generates for a verb (S/ES/IES, D/ED, ING)."""
    up = lemma.upper()
    out = {up, up + "S", up + "ES", up + "D", up + "ED", up + "ING"}
    if up.endswith("Y"):
        out.add(up[:-1] + "IES")
        out.add(up[:-1] + "IED")
    if up.endswith("E"):
        out.add(up[:-1] + "ING")
    if len(up) > 2 and up[-1] not in "AEIOUWXY" and up[-2] in "AEIOU":
        out |= {up + up[-1] + "ED", up + up[-1] + "ING"}  # ROB -> ROBBED
    return out


def _pattern_verbs(group: dict[str, Any]) -> None:
    """The verbs a pattern was written for, from its comment (``# HOLD , DETAIN``).

    The dictionary's header says the comment names "the verb[s] where the pattern was
    originally found"; PETRARCH applies every pattern to the whole group, but "held talks"
    is not "jailed talks", so a pattern is kept for the verbs its comment names (all of the
    group's verbs when the comment names none of them).
    """
    forms: dict[str, str] = {}
    for verb in group["verbs"]:
        for form in _forms(verb["lemma"]) | set(verb.get("forms", ())):
            forms.setdefault(form.replace("+", "").replace("_", " ").split()[0], verb["lemma"])
            forms.setdefault(form.replace("+", "").replace(" ", "_"), verb["lemma"])
    for pattern in group["patterns"]:
        comment = pattern.pop("_comment", "")
        named = []
        for token in re.findall(r"[A-Z][A-Z_\-]+", comment.split("<", 1)[0]):
            lemma = forms.get(token) or forms.get(token.split("_")[0])
            if lemma and lemma not in named:
                named.append(lemma)
        if named:
            pattern["verbs"] = named


def _reason(why: str) -> str:
    for key in ("actor marker", "word sequence", "phrase", "word ", "no single", "empty"):
        if why.startswith(key):
            return f"pattern: {key.strip()}"
    return "pattern: other"


def _verb_line(line: str, group: dict[str, Any], number: int) -> dict[str, Any] | None:
    """One verb of a group: lemma, following words, own code (None: the group's)."""
    code_match = re.search(r"\[([0-9:\-]*)\]", line)
    own = parse_code(code_match.group(1)) if code_match else None
    braces = re.search(r"\{([^}]*)\}", line)
    forms = braces.group(1).replace(",", " ").split() if braces else []
    spec = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", line).split()
    if not spec:
        return None
    first = spec[0]
    after: list[str] = []
    if "_" in first or first.startswith("+"):
        if not first.startswith("+"):
            return None  # words before the verb: WIRE_+TAP, RE_+ARREST
        parts = _words(first[1:].replace("_", " "))
        if not parts or any(p in ("and", "or") for p in parts):
            return None
        first, after = parts[0], parts[1:]
    lemma = first.lower().strip("+")
    if not re.fullmatch(r"[a-z][a-z\-]*", lemma):
        return None
    out: dict[str, Any] = {"lemma": lemma, "line": number}
    if forms:
        out["forms"] = [f.upper() for f in forms]
    if after:
        out["with"] = after
    if own is not None:
        out["code"], out["reverse"] = own
    return out


# -- converting --------------------------------------------------------------------------
def _typed(forward: str | None, reverse: str | None) -> dict[str, Any]:
    """CAMEO code(s) with their PLOVER type and mode from the shared map."""
    out: dict[str, Any] = {"cameo": forward or "---"}
    if forward:
        kind = cameo.plover_of(forward)
        if kind and kind != cameo.NO_TYPE:
            out["type"] = kind
            mode = cameo.mode_of(forward)
            if mode:
                out["mode"] = mode
        elif kind == cameo.NO_TYPE:
            out["type"] = None
    if reverse:
        out["reverse_cameo"] = reverse
        kind = cameo.plover_of(reverse)
        if kind and kind != cameo.NO_TYPE:
            out["reverse_type"] = kind
            mode = cameo.mode_of(reverse)
            if mode:
                out["reverse_mode"] = mode
    return out


def convert(parsed: dict[str, Any], digest: str) -> dict[str, Any]:
    """The JSON document: provenance, synonym sets, groups and verbs."""
    groups_out: dict[str, Any] = {}
    verbs_out: dict[str, list[dict[str, Any]]] = {}
    for name, group in parsed["groups"].items():
        patterns = []
        for p in group["patterns"]:
            item = {k: v for k, v in p.items() if k not in ("code", "reverse")}
            item.update(_typed(p["code"], p["reverse"]))
            patterns.append(item)
        groups_out[name] = {**_typed(group["code"], group["reverse"]), "line": group["line"],
                            "patterns": patterns}  # fmt: skip
        for verb in group["verbs"]:
            entry: dict[str, Any] = {"group": name, "line": verb["line"]}
            if verb.get("with"):
                entry["with"] = verb["with"]
            if "code" in verb:
                entry.update(_typed(verb["code"], verb["reverse"]))
            else:
                entry.update(_typed(group["code"], group["reverse"]))
            verbs_out.setdefault(verb["lemma"], []).append(entry)
    n_patterns = sum(len(g["patterns"]) for g in groups_out.values())
    return {
        "source": "petrarch2",
        "file": "CAMEO.2.0.txt",
        "origin": ORIGIN,
        "input_sha256": digest,
        "license": "MIT",
        "notice": NOTICE,
        "generated_by": "scripts/build_verb_lexicon.py",
        "format": FORMAT,
        "map": "riftwatch/nlp/lexicon/cameo_to_plover.csv",
        "stats": {
            "groups": len(groups_out),
            "verb_lemmas": len(verbs_out),
            "verb_entries": sum(len(v) for v in verbs_out.values()),
            "patterns": n_patterns,
            "skipped": dict(sorted(parsed["skipped"].items())),
        },
        "synsets": {k: v for k, v in sorted(parsed["synsets"].items()) if v},
        "groups": dict(sorted(groups_out.items())),
        "verbs": dict(sorted(verbs_out.items())),
    }


def render(doc: dict[str, Any]) -> str:
    """Compact but diffable JSON: one line per synonym set, group and verb."""
    lines = ["{"]
    head = [k for k in doc if k not in ("synsets", "groups", "verbs")]
    for key in head:
        lines.append(f"{json.dumps(key)}: {json.dumps(doc[key], sort_keys=True)},")
    for section in ("synsets", "groups", "verbs"):
        lines.append(f"{json.dumps(section)}: {{")
        items = list(doc[section].items())
        for i, (key, value) in enumerate(items):
            comma = "," if i < len(items) - 1 else ""
            lines.append(f"{json.dumps(key)}: {json.dumps(value, separators=(',', ':'))}{comma}")
        lines.append("}," if section != "verbs" else "}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def build(source: Path) -> str:
    raw = source.read_bytes()
    text = raw.decode("utf-8", errors="replace")
    return render(convert(read_dictionary(text), hashlib.sha256(raw).hexdigest()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--check", action="store_true", help="exit 1 if the output is stale")
    args = parser.parse_args(argv)
    if not args.input.is_file():
        print(
            f"missing {args.input}: the PETRARCH-2 dictionaries sit in ../shared", file=sys.stderr
        )
        return 2
    text = build(args.input)
    if args.check:
        current = args.output.read_text("utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is stale: rerun scripts/build_verb_lexicon.py", file=sys.stderr)
            return 1
        print(f"{args.output} is current")
        return 0
    args.output.write_text(text, "utf-8")
    stats = json.loads(text)["stats"]
    print(f"wrote {args.output.relative_to(REPO)}: {stats['verb_lemmas']} verb lemmas, "
          f"{stats['groups']} groups, {stats['patterns']} patterns; left out: "
          f"{sum(stats['skipped'].values())} ({stats['skipped']})")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
