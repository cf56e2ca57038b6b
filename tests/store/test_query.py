"""The query parser and the token rule shared by both stores.

The token rule is checked against the real tokenizers: SQLite's FTS5 ``unicode61``
and the PostgreSQL function built by migration 0006, for every character of the Basic
Multilingual Plane and every other character the tables name.
"""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from riftwatch.errors import StoreError
from riftwatch.store import open_store, unicode61
from riftwatch.store.query import And, Or, Term, highlight, parse, to_fts5, to_tsquery, tokenize


def _points() -> list[int]:
    """Every BMP character but surrogates, and the astral ones the tables mention."""
    astral = {c for lo, hi in unicode61.SEPARATORS if hi > 0xFFFF for c in range(lo, hi + 1)}
    astral |= {ord(c) for c in unicode61.FOLD_FROM + unicode61.DROPPED if ord(c) > 0xFFFF}
    astral |= set(range(0x10000, 0x110000, 997))
    bmp = [c for c in range(1, 0x10000) if not 0xD800 <= c <= 0xDFFF]
    return bmp + sorted(astral)


def test_python_tokens_equal_sqlite_fts5_unicode61_for_every_character() -> None:
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 2')")
    points = _points()
    con.executemany("INSERT INTO t(rowid, x) VALUES (?, ?)", ((c, f"q{chr(c)}Q") for c in points))
    con.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    found: dict[int, list[tuple[int, str]]] = {}
    for term, doc, offset in con.execute("SELECT term, doc, offset FROM v"):
        found.setdefault(doc, []).append((offset, term))
    wrong = [
        hex(c)
        for c in points
        if [t for _, t in sorted(found.get(c, []))] != tokenize(f"q{chr(c)}Q")
    ]
    assert wrong == []


@pytest.mark.postgres
def test_postgres_function_equals_python_tokens_for_every_character(pg_url: str) -> None:

    store = open_store(pg_url)
    points = _points()
    with store.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT c, riftwatch_tsvector('q' || chr(c) || 'Q') "
                "FROM unnest(CAST(:points AS integer[])) AS c"
            ),
            {"points": points},
        ).all()
    store.close()
    wrong = []
    for c, vector in rows:
        lexemes = sorted(
            ((pos, lexeme) for lexeme, positions in _parse_tsvector(vector) for pos in positions)
        )
        if [lexeme for _, lexeme in lexemes] != tokenize(f"q{chr(c)}Q"):
            wrong.append(hex(c))
    assert wrong == []


def _parse_tsvector(value: str) -> list[tuple[str, list[int]]]:
    import re

    return [
        (m.group(1).replace("''", "'"), [int(p) for p in m.group(2).split(",")])
        for m in re.finditer(r"'((?:[^']|'')*)':([\d,]+)", value)
    ]


@pytest.mark.postgres
def test_postgres_positions_make_phrases_across_punctuation(pg_url: str) -> None:

    store = open_store(pg_url)
    sample = "Al-Qaeda’s «emir», Zarqāwī — and ÉCOLE 2.0 (x_y) ٣٤ طالبان!"
    with store.engine.connect() as conn:
        vector = conn.scalar(text("SELECT riftwatch_tsvector(:t)"), {"t": sample})
        assert conn.scalar(text("SELECT riftwatch_tsvector('')")) == ""
    store.close()
    positions = sorted((p, lx) for lx, ps in _parse_tsvector(vector) for p in ps)
    assert [lx for _, lx in positions] == tokenize(sample)
    assert [p for p, _ in positions] == list(range(1, len(positions) + 1))


def test_tokens_fold_case_and_diacritics_and_cut_at_punctuation() -> None:
    assert tokenize("AL-QAEDA al‑Qaeda Al Qaeda") == ["al", "qaeda"] * 3
    assert tokenize("Qa’ida Qa'ida Qaʼida") == ["qa", "ida", "qa", "ida", "qaʼida"]
    assert tokenize("Hekmatyār Gülbuddin ÉLITE café") == ["hekmatyar", "gulbuddin", "elite", "cafe"]
    assert tokenize("9/11 12.05.2007 e-mail x@y.org") == [
        "9", "11", "12", "05", "2007", "e", "mail", "x", "y", "org",
    ]  # fmt: skip
    assert tokenize("جنوبی وزیرستان") == ["جنوبی", "وزیرستان"]


def test_parse_builds_the_tree() -> None:
    assert parse("Taliban") == Term((("taliban", False),), "Taliban")
    tree = parse('Haqqani "safe haven" OR sanctuary -Quetta')
    assert isinstance(tree, Or)
    first, second = tree.items
    assert isinstance(first, And) and [t.text for t in first.items] == ["Haqqani", '"safe haven"']
    assert isinstance(second, And) and second.excluded[0].text == "Quetta"
    # lower-case and/or/not are words; operators are upper case
    assert parse("taliban and haqqani") == And((parse("taliban"), parse("and"), parse("haqqani")))
    assert parse("Taliban AND Haqqani") == parse("Taliban Haqqani")
    assert parse("“safe haven”") == Term((("safe", False), ("haven", False)), "“safe haven”")
    assert parse('"al-Qae*"').tokens == (("al", False), ("qae", True))
    assert parse("-(ISI OR army) Taliban") == And(
        (parse("Taliban"),), (Or((parse("ISI"), parse("army"))),)
    )
    assert parse("10:30 http://example.org").items[1].tokens[0] == ("http", False)


def test_translations_quote_every_token() -> None:
    tree = parse("""al-Qaeda OR (Taliban -"Quetta Shura") OR Haqq*""")
    assert to_fts5(tree) == (
        '("al" + "qaeda" OR (("taliban") NOT ("quetta" + "shura")) OR "haqq" *)'
    )
    assert to_tsquery(tree) == (
        "(('al' <-> 'qaeda') | ('taliban' & !('quetta' <-> 'shura')) | 'haqq':*)"
    )


@pytest.mark.parametrize(
    ("query", "detail"),
    [
        ("ISI AND", "AND at character 5 has nothing after it"),
        ("Taliban OR", "OR at character 9 has nothing after it"),
        ("(ISI", "the parenthesis at character 1 is not closed"),
        ("ISI)", "the parenthesis at character 4 closes nothing"),
        (")", "the parenthesis at character 1 closes nothing"),
        ('Taliban "safe', "the quote at character 9 is not closed"),
        ("source:Dawn", "column filters such as 'source:' are not supported (character 1)"),
        ("Taliban -", "'-' at character 9 has no letters or digits to search for"),
        ("-(b OR c)", "- at character 1 excludes from nothing"),
        ("a - b", "'-' at character 3 has no letters or digits"),
    ],
)
def test_invalid_queries_say_what_and_where(query: str, detail: str) -> None:
    with pytest.raises(StoreError) as info:
        parse(query)
    assert info.value.code == "RW304"
    assert detail in info.value.detail
    assert repr(query) in str(info.value)


def test_highlight_marks_whole_phrases_and_keeps_the_texts_own_brackets() -> None:
    snippet, marks = highlight(
        "They said [sic] that al-Qaeda’s men left al Qaeda.", parse("al-qaeda OR sic")
    )
    assert snippet == "They said [[sic]] that [al-Qaeda]’s men left [al Qaeda]."
    assert [snippet[a:b] for a, b in marks] == ["sic", "al-Qaeda", "al Qaeda"]
    excluded, marks = highlight("Haqqani and ISI", parse("Haqqani NOT army"))
    assert excluded == "[Haqqani] and ISI" and len(marks) == 1
    long = " ".join(f"w{i}" for i in range(100)) + " Taliban " + " ".join("x" * 10)
    snippet, marks = highlight(long, parse("Taliban"), max_tokens=10)
    assert snippet.startswith("…") and snippet.endswith("…") and "[Taliban]" in snippet
    assert len(snippet.split()) <= 12
    spaced, _ = highlight("Taliban\n\n   fighters", parse("fighters"))
    assert spaced == "Taliban [fighters]"
