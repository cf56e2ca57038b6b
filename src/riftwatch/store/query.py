"""riftwatch's one search syntax: parsed here, then run the same way on SQLite and PostgreSQL.

A query is parsed into a small tree (:class:`Term`, :class:`And`, :class:`Or`) and the
tree is translated into a SQLite FTS5 ``MATCH`` expression (:func:`to_fts5`) and a
PostgreSQL ``tsquery`` (:func:`to_tsquery`); both are passed to the database as bound
parameters, never pasted into SQL. Invalid queries raise
:class:`~riftwatch.errors.StoreError` RW304 saying what is wrong and where.

Grammar (operators are upper case; ``and``, ``or``, ``not`` are plain words)::

    query   = expr
    expr    = group { "OR" group }               (* OR binds loosest *)
    group   = unary { [ "AND" ] unary }          (* words side by side: all must occur *)
    unary   = ( "NOT" | "-" ) atom | atom         (* "-" glued to the word: -network *)
    atom    = word | phrase | "(" expr ")"
    phrase  = '"' word { word } '"'              (* also “typographic quotes” *)
    word    = letters/digits, may hold - ' . etc. (* al-Qaeda, Qa'ida, 9/11 *)
              [ "*" ]                            (* prefix: Haqqani* *)

Every group must hold at least one word that is *not* negated (``NOT`` excludes
sentences from what the rest of its group finds; it cannot stand alone).

Tokens are what SQLite's FTS5 ``unicode61`` tokenizer (``remove_diacritics 2``) makes
of a text, on both stores: runs of letters and digits, case-folded, diacritics removed,
no stemming. Everything else separates tokens, so a word holding punctuation is a phrase
of its parts: ``al-Qaeda`` finds "al-Qaeda", "Al Qaeda" and "al‑Qaeda", and
``Qa'ida`` finds "Qa’ida" (a typographic apostrophe) too.

>>> parse('al-Qaeda')
Term(tokens=(('al', False), ('qaeda', False)), text='al-Qaeda')
>>> to_fts5(parse('Haqqani NOT network'))
'(("haqqani") NOT ("network"))'
>>> to_tsquery(parse('Haqqani NOT network'))
"('haqqani' & !'network')"
>>> to_tsquery(parse('"Haqqani net*" OR (Zarqāwī -Jordan)'))
"(('haqqani' <-> 'net':*) | ('zarqawi' & !'jordan'))"
>>> to_fts5(parse('"Haqqani net*" OR (Zarqāwī -Jordan)'))
'("haqqani" + "net" * OR (("zarqawi") NOT ("jordan")))'
>>> parse('ISI AND')
Traceback (most recent call last):
...
riftwatch.errors.StoreError: RW304 invalid search query 'ISI AND': AND at character 5 has \
nothing after it
>>> parse('text:Taliban')
Traceback (most recent call last):
...
riftwatch.errors.StoreError: RW304 invalid search query 'text:Taliban': column filters such as \
'text:' are not supported (character 1); to search for the words, quote them: "text:Taliban"
>>> tokenize("Mullah ‘Umar’s   CAFÉ-2010s")
['mullah', 'umar', 's', 'cafe', '2010s']
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from riftwatch.errors import StoreError
from riftwatch.store import unicode61

# -- tokens -----------------------------------------------------------------------------------


def _char_class(ranges: tuple[tuple[int, int], ...]) -> str:
    parts = []
    for lo, hi in ranges:
        parts.append(
            re.escape(chr(lo)) if lo == hi else f"{re.escape(chr(lo))}-{re.escape(chr(hi))}"
        )
    return "".join(parts)


_TOKEN = re.compile(f"[^{_char_class(unicode61.SEPARATORS)}]+")
_FOLD = {ord(a): b for a, b in zip(unicode61.FOLD_FROM, unicode61.FOLD_TO, strict=True)}
_FOLD.update({ord(c): None for c in unicode61.DROPPED})
# folding, and every separator made a space: one str.translate, then a split (tokenize)
_FOLD_SPLIT = dict(_FOLD)
_FOLD_SPLIT.update({c: " " for lo, hi in unicode61.SEPARATORS for c in range(lo, hi + 1)})


def token_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, token)`` for each token of ``text``, as both stores index it.

    >>> list(token_spans("al-Qaeda’s"))
    [(0, 2, 'al'), (3, 8, 'qaeda'), (9, 10, 's')]
    """
    for match in _TOKEN.finditer(text):
        token = match.group().translate(_FOLD)
        if token:
            yield match.start(), match.end(), token


def tokenize(text: str) -> list[str]:
    """The tokens of ``text``: case-folded, without diacritics, cut at non-letters/digits.

    The same as the tokens of :func:`token_spans`, faster: folding never turns a token
    character into a separator (tests/store/test_search.py checks it), so the whole text
    is folded, its separators made spaces, and then cut at the spaces.
    """
    return [token for token in text.translate(_FOLD_SPLIT).split(" ") if token]


# -- the tree ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """A word or a phrase: tokens in a row, each ``(token, is_prefix)``."""

    tokens: tuple[tuple[str, bool], ...]
    text: str


@dataclass(frozen=True)
class And:
    """All of ``items`` and none of ``excluded``."""

    items: tuple[Node, ...]
    excluded: tuple[Node, ...] = ()


@dataclass(frozen=True)
class Or:
    """Any of ``items``."""

    items: tuple[Node, ...]


Node = Term | And | Or

MAX_TERMS = 64
MAX_DEPTH = 16
MAX_LENGTH = 2000

# -- lexer ------------------------------------------------------------------------------------

_QUOTES = {'"': '"', "“": "”", "”": "”", "„": "“"}
_OPERATORS = ("AND", "OR", "NOT")
_COLUMN = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*:")


@dataclass(frozen=True)
class _Lexeme:
    kind: str  # "term", "(", ")", "AND", "OR", "NOT", "-"
    pos: int  # 1-based character of the query
    term: Term | None = None
    text: str = ""


class _Invalid(Exception):
    pass


def _word_tokens(word: str, pos: int, *, in_phrase: bool) -> list[tuple[str, bool]]:
    """The tokens of one typed word (``pos`` is its first character, 1-based)."""
    prefix = word.endswith("*")
    body = word[:-1] if prefix else word
    star = body.find("*")
    if star >= 0:
        raise _Invalid(
            f"* at character {pos + star}: a wildcard can only end a word, e.g. Haqqani*"
        )
    column = _COLUMN.match(body) if not in_phrase else None
    if column and tokenize(body[column.end() : column.end() + 1]):
        name = column.group()
        raise _Invalid(
            f"column filters such as {name!r} are not supported (character {pos}); "
            f'to search for the words, quote them: "{word}"'
        )
    if not in_phrase and body == "NEAR":
        raise _Invalid(f'NEAR at character {pos} is not supported: use a "quoted phrase"')
    tokens = tokenize(body)
    if not tokens:
        if prefix and not body:
            raise _Invalid(
                f"* at character {pos} has no word before it: a wildcard ends a word, e.g. Haqq*"
            )
        raise _Invalid(f"{word!r} at character {pos} has no letters or digits to search for")
    return [(t, prefix and i == len(tokens) - 1) for i, t in enumerate(tokens)]


def _lex(query: str) -> list[_Lexeme]:
    lexemes: list[_Lexeme] = []
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        if ch.isspace():
            i += 1
        elif ch in "()":
            lexemes.append(_Lexeme(ch, i + 1))
            i += 1
        elif ch in _QUOTES:
            close = query.find(_QUOTES[ch], i + 1)
            if ch in "“„" and close < 0:
                close = query.find('"', i + 1)
            if close < 0:
                raise _Invalid(f"the quote at character {i + 1} is not closed")
            inner = query[i + 1 : close]
            tokens: list[tuple[str, bool]] = []
            for m in re.finditer(r"\S+", inner):
                tokens += _word_tokens(m.group(), i + 2 + m.start(), in_phrase=True)
            if not tokens:
                raise _Invalid(f"the quotes at character {i + 1} hold no words to search for")
            lexemes.append(_Lexeme("term", i + 1, Term(tuple(tokens), query[i : close + 1])))
            i = close + 1
        else:
            start = i
            while i < n and not query[i].isspace() and query[i] not in '()"“”„':
                i += 1
            word = query[start:i]
            if word in _OPERATORS:
                lexemes.append(_Lexeme(word, start + 1, text=word))
                continue
            if word.startswith("-") and len(word) > 1 and tokenize(word[1:2] + "x") != ["x"]:
                # "-network": a minus glued to a word excludes it
                lexemes.append(_Lexeme("-", start + 1, text="-"))
                word, start = word[1:], start + 1
            elif word == "-" and i < n and query[i] in '("“„':
                lexemes.append(_Lexeme("-", start + 1, text="-"))
                continue
            tokens = _word_tokens(word, start + 1, in_phrase=False)
            lexemes.append(_Lexeme("term", start + 1, Term(tuple(tokens), word)))
    return lexemes


# -- parser -----------------------------------------------------------------------------------


class _Parser:
    def __init__(self, lexemes: list[_Lexeme]) -> None:
        self.lexemes = lexemes
        self.i = 0
        self.depth = 0

    def peek(self) -> _Lexeme | None:
        return self.lexemes[self.i] if self.i < len(self.lexemes) else None

    def take(self) -> _Lexeme:
        lexeme = self.lexemes[self.i]
        self.i += 1
        return lexeme

    def expr(self) -> Node:
        items = [self.group()]
        while (lx := self.peek()) is not None and lx.kind == "OR":
            self.take()
            self._needs_operand(lx)
            items.append(self.group())
        return items[0] if len(items) == 1 else Or(tuple(items))

    def _needs_operand(self, op: _Lexeme) -> None:
        nxt = self.peek()
        if nxt is None or nxt.kind == ")":
            raise _Invalid(f"{op.text} at character {op.pos} has nothing after it")
        if nxt.kind in ("AND", "OR"):
            raise _Invalid(
                f"{nxt.text} at character {nxt.pos} follows {op.text} (character {op.pos}): "
                "put a word between them"
            )

    def group(self) -> Node:
        first = self.peek()
        if first is not None and first.kind == ")":
            raise _Invalid(f"the parenthesis at character {first.pos} closes nothing")
        if first is not None and first.kind in ("AND", "OR"):
            raise _Invalid(f"{first.text} at character {first.pos} has nothing before it")
        positive: list[Node] = []
        negative: list[tuple[_Lexeme, Node]] = []
        while (lx := self.peek()) is not None and lx.kind not in ("OR", ")"):
            if lx.kind == "AND":
                self.take()
                self._needs_operand(lx)
                continue
            if lx.kind in ("NOT", "-"):
                self.take()
                nxt = self.peek()
                if nxt is None or nxt.kind == ")":
                    raise _Invalid(f"{lx.text} at character {lx.pos} has nothing after it")
                if nxt.kind in ("NOT", "-", "AND", "OR"):
                    raise _Invalid(
                        f"{nxt.text} at character {nxt.pos} follows {lx.text} "
                        f"(character {lx.pos}): put a word between them"
                    )
                negative.append((lx, self.atom()))
            else:
                positive.append(self.atom())
        if not positive:
            if negative:
                op, _node = negative[0]
                raise _Invalid(
                    f"{op.text} at character {op.pos} excludes from nothing: combine it with "
                    "a word to search for, e.g. Haqqani NOT network"
                )
            raise _Invalid("the query is empty")
        if not negative and len(positive) == 1:
            return positive[0]
        return And(tuple(positive), tuple(node for _, node in negative))

    def atom(self) -> Node:
        lx = self.take()
        if lx.kind == "term":
            assert lx.term is not None
            return lx.term
        if lx.kind == "(":
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise _Invalid(f"parentheses nested deeper than {MAX_DEPTH} (character {lx.pos})")
            nxt = self.peek()
            if nxt is None:
                raise _Invalid(f"the parenthesis at character {lx.pos} is not closed")
            if nxt.kind == ")":
                raise _Invalid(f"empty parentheses at character {lx.pos}")
            node = self.expr()
            close = self.peek()
            if close is None or close.kind != ")":
                raise _Invalid(f"the parenthesis at character {lx.pos} is not closed")
            self.take()
            self.depth -= 1
            return node
        raise _Invalid(f"unexpected {lx.kind} at character {lx.pos}")  # pragma: no cover


def parse(query: str) -> Node:
    """Parse ``query``; raise StoreError RW304 naming what is wrong and where."""
    try:
        if not query or not query.strip():
            raise _Invalid("the query is empty")
        if len(query) > MAX_LENGTH:
            raise _Invalid(f"longer than {MAX_LENGTH} characters")
        lexemes = _lex(query)
        terms = sum(len(lx.term.tokens) for lx in lexemes if lx.term is not None)
        if terms > MAX_TERMS:
            raise _Invalid(f"{terms} words; at most {MAX_TERMS}")
        parser = _Parser(lexemes)
        node = parser.expr()
        rest = parser.peek()
        if rest is not None:  # only a ")" stops expr() early
            raise _Invalid(f"the parenthesis at character {rest.pos} closes nothing")
        return node
    except _Invalid as exc:
        raise StoreError("RW304", query=query, detail=str(exc)) from None


# -- translations -----------------------------------------------------------------------------


def to_fts5(node: Node) -> str:
    """A SQLite FTS5 MATCH expression (tokens quoted; no column filters)."""
    if isinstance(node, Term):
        return " + ".join(
            '"' + t.replace('"', '""') + '"' + (" *" if p else "") for t, p in node.tokens
        )
    if isinstance(node, Or):
        return "(" + " OR ".join(to_fts5(item) for item in node.items) + ")"
    out = "(" + " AND ".join(to_fts5(item) for item in node.items) + ")"
    for excluded in node.excluded:
        out = f"({out} NOT ({to_fts5(excluded)}))"
    return out


def _lexeme(token: str, prefix: bool) -> str:
    quoted = "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"
    return quoted + (":*" if prefix else "")


def to_tsquery(node: Node) -> str:
    """A PostgreSQL tsquery in its text form (cast with ``CAST(:q AS tsquery)``)."""
    if isinstance(node, Term):
        parts = [_lexeme(t, p) for t, p in node.tokens]
        return parts[0] if len(parts) == 1 else "(" + " <-> ".join(parts) + ")"
    if isinstance(node, Or):
        return "(" + " | ".join(to_tsquery(item) for item in node.items) + ")"
    parts = [to_tsquery(item) for item in node.items]
    parts += ["!" + to_tsquery(item) for item in node.excluded]
    return "(" + " & ".join(parts) + ")"


# -- evaluation and highlighting in Python ----------------------------------------------------


def _occurrences(term: Term, tokens: list[str]) -> Iterator[int]:
    width = len(term.tokens)
    for i in range(len(tokens) - width + 1):
        if all(
            tokens[i + j].startswith(t) if prefix else tokens[i + j] == t
            for j, (t, prefix) in enumerate(term.tokens)
        ):
            yield i


def matches(node: Node, tokens: list[str]) -> bool:
    """Whether a text of these tokens matches ``node`` (the reference both stores follow).

    >>> matches(parse("al-Qaeda NOT Iraq"), tokenize("Al Qaeda in Iraq"))
    False
    >>> matches(parse("qaed*"), tokenize("al-Qaeda’s emir"))
    True
    """
    if isinstance(node, Term):
        return next(_occurrences(node, tokens), None) is not None
    if isinstance(node, Or):
        return any(matches(item, tokens) for item in node.items)
    return all(matches(item, tokens) for item in node.items) and not any(
        matches(item, tokens) for item in node.excluded
    )


def _positive_terms(node: Node) -> Iterator[Term]:
    if isinstance(node, Term):
        yield node
    else:
        for item in node.items:
            yield from _positive_terms(item)


def highlight(text: str, node: Node, *, max_tokens: int = 24) -> tuple[str, list[list[int]]]:
    """A snippet of ``text`` with the words the query found in ``[`` ``]``.

    Returns the snippet and the ``[start, end)`` offsets, in the snippet, of each marked
    stretch (without its brackets), so that a program need not parse brackets that the
    text itself may hold. Runs of white space become one space; a long sentence is cut
    to ``max_tokens`` tokens around the first hit, with ``…`` where it was cut.

    >>> highlight("Officials said al-Qaeda’s men left.", parse("al-Qaeda"))
    ('Officials said [al-Qaeda]’s men left.', [[16, 24]])
    """
    spans = list(token_spans(text))
    tokens = [t for _, _, t in spans]
    marked: list[tuple[int, int]] = []  # token index ranges, inclusive
    for term in _positive_terms(node):
        width = len(term.tokens)
        marked += [(i, i + width - 1) for i in _occurrences(term, tokens)]
    marked.sort()
    merged: list[list[int]] = []
    for first, last in marked:
        if merged and first <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], last)
        else:
            merged.append([first, last])
    lo, hi = 0, len(spans)
    if len(spans) > max_tokens:
        anchor = merged[0][0] if merged else 0
        lo = max(0, min(anchor - max_tokens // 4, len(spans) - max_tokens))
        hi = lo + max_tokens
    start = spans[lo][0] if lo > 0 else 0
    end = spans[hi - 1][1] if hi < len(spans) else len(text)
    pieces: list[tuple[str, bool]] = [("…", False)] if lo > 0 else []
    cursor = start
    for first, last in merged:
        a, b = spans[first][0], spans[last][1]
        a, b = max(a, start), min(b, end)
        if a >= b:
            continue
        pieces += [(text[cursor:a], False), (text[a:b], True)]
        cursor = b
    pieces.append((text[cursor:end], False))
    if hi < len(spans):
        pieces.append(("…", False))
    out, marks = "", []
    for piece, is_mark in pieces:
        piece = re.sub(r"\s+", " ", piece)
        if is_mark:
            out += "["
            marks.append([len(out), len(out) + len(piece)])
            out += piece + "]"
        else:
            out += piece
    stripped = out.lstrip()
    shift = len(out) - len(stripped)
    return stripped.rstrip(), [[a - shift, b - shift] for a, b in marks]


def unbracketed(snippet: str, marks: list[list[int]]) -> tuple[str, list[list[int]]]:
    """The snippet of :func:`highlight` without the ``[`` ``]`` it added, and the
    ``[start, end)`` offsets of the marked stretches in that plain text: a program reads
    the hits from the offsets alone, whatever brackets the text holds itself.

    >>> unbracketed("said [x] and [shelter] ok", [[14, 21]])
    ('said [x] and shelter ok', [[13, 20]])
    """
    plain, hits, cursor = "", [], 0
    for start, end in marks:
        plain += snippet[cursor : start - 1]
        hits.append([len(plain), len(plain) + end - start])
        plain += snippet[start:end]
        cursor = end + 1
    return plain + snippet[cursor:], hits


# -- ranking, the same on both stores -------------------------------------------------------

BM25_K1 = 1.2
BM25_B = 0.75


def _distinct_terms(node: Node) -> list[Term]:
    seen: dict[tuple[tuple[str, bool], ...], Term] = {}
    for term in _positive_terms(node):
        seen.setdefault(term.tokens, term)
    return list(seen.values())


def _count(term: Term, tokens: list[str]) -> int:
    """How often ``term`` occurs in ``tokens`` (what :func:`_occurrences` yields, faster)."""
    (first, prefix), rest = term.tokens[0], term.tokens[1:]
    if not rest:
        return sum(1 for t in tokens if t.startswith(first)) if prefix else tokens.count(first)
    count, width = 0, len(term.tokens)
    for i in range(len(tokens) - width + 1):
        token = tokens[i]
        if (token.startswith(first) if prefix else token == first) and all(
            tokens[i + j].startswith(t) if p else tokens[i + j] == t
            for j, (t, p) in enumerate(rest, 1)
        ):
            count += 1
    return count


def rank(node: Node, hits: Iterable[tuple[int, str]]) -> list[int]:
    """The ids of ``hits`` (``(sentence id, text)`` pairs found by ``node``), best first.

    Relevance is BM25 computed here, in Python, so that SQLite and PostgreSQL, which find
    the same sentences, also give them in the same order (their own scores, FTS5's
    ``bm25`` and ``ts_rank``, differ). Its statistics come from the hits themselves: how
    often each word or phrase of the query (not the excluded ones) occurs in a sentence,
    the sentence's length in tokens against the hits' average, and how rare the word or
    phrase is among the hits. Ties go to the lower sentence id.

    >>> rank(parse("ISI OR Haqqani"), [(1, "A long sentence that names the ISI once"),
    ...                                (2, "The ISI, the ISI."), (3, "Haqqani and the ISI")])
    [3, 2, 1]
    """
    terms = _distinct_terms(node)
    rows: list[tuple[int, int, tuple[int, ...]]] = []
    for sid, body in hits:
        tokens = tokenize(body)
        counts = tuple(_count(term, tokens) for term in terms)
        rows.append((sid, len(tokens), counts))
    if not rows:
        return []
    n = len(rows)
    average = sum(length for _, length, _ in rows) / n or 1.0
    idf = []
    for i in range(len(terms)):
        df = sum(1 for _, _, counts in rows if counts[i])
        idf.append(math.log(1.0 + (n - df + 0.5) / (df + 0.5)))
    scored = []
    for sid, length, counts in rows:
        norm = BM25_K1 * (1.0 - BM25_B + BM25_B * length / average)
        score = 0.0
        for weight, tf in zip(idf, counts, strict=True):
            if tf:
                score += weight * tf * (BM25_K1 + 1.0) / (tf + norm)
        scored.append((-round(score, 9), sid))
    scored.sort()
    return [sid for _, sid in scored]


# -- PostgreSQL index function ----------------------------------------------------------------


def _pg_class(ranges: list[tuple[int, int]]) -> str:
    def esc(c: int) -> str:
        return f"\\u{c:04x}" if c <= 0xFFFF else f"\\U{c:08x}"

    return "".join(esc(lo) if lo == hi else f"{esc(lo)}-{esc(hi)}" for lo, hi in ranges)


def _ranges(points: list[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for c in sorted(points):
        if out and out[-1][1] == c - 1:
            out[-1] = (out[-1][0], c)
        else:
            out.append((c, c))
    return out


def postgres_function_sql(name: str = "riftwatch_tsvector") -> str:
    """``CREATE FUNCTION name(text) RETURNS tsvector``: the PostgreSQL side of :func:`tokenize`.

    It folds (case, diacritics; ASCII letters by ``lower(... COLLATE "C")``, the rest by
    ``translate``), turns separators into spaces and builds the tsvector from the tokens
    and their positions by hand, so that neither PostgreSQL's parser nor the server's
    locale has a say. It calls only built-in functions (found in ``pg_catalog`` whatever
    the search path), so it is safe in a generated column and in dump/restore.
    """
    pairs = [
        (a, b)
        for a, b in zip(unicode61.FOLD_FROM, unicode61.FOLD_TO, strict=True)
        if not ("A" <= a <= "Z")
    ]
    fold_from = "".join(a for a, _ in pairs) + unicode61.DROPPED
    fold_to = "".join(b for _, b in pairs)
    folded = _pg_class(_ranges([ord(c) for c in fold_from]))
    separators = _pg_class(list(unicode61.SEPARATORS))
    for literal in (fold_from, fold_to):
        assert "$" not in literal and "\x00" not in literal
    return f"""
CREATE OR REPLACE FUNCTION {name}(doc text) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
SELECT COALESCE(string_agg('''' || tok || ''':' || LEAST(n, 16383), ' '), '')::tsvector
FROM unnest(string_to_array(btrim(lower(regexp_replace(
       CASE WHEN doc ~ $re$[{folded}]$re$
            THEN translate(doc, $from${fold_from}$from$, $to${fold_to}$to$)
            ELSE doc END,
       $re$[{separators}]+$re$, ' ', 'g') COLLATE "C")), ' ')) WITH ORDINALITY AS t(tok, n)
WHERE octet_length(tok) < 2047
$fn$
"""


__all__ = [
    "And",
    "Node",
    "Or",
    "Term",
    "highlight",
    "matches",
    "parse",
    "postgres_function_sql",
    "rank",
    "to_fts5",
    "to_tsquery",
    "token_spans",
    "tokenize",
]
