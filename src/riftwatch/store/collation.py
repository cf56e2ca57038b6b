"""Text orderings that are the same on every store: by Unicode code point.

SQLite compares text by code point (its ``BINARY`` collation on UTF-8); PostgreSQL uses
the database's collation, which on most servers is a language's ("a, B, b, é, Z").
:func:`code_point` wraps a column for ``ORDER BY`` so that PostgreSQL sorts it with
``COLLATE "C"`` (UTF-8 bytes, that is code points) and SQLite as it is: a list an
analyst reads comes in the same order from either store, and in the order of Python's
``sorted()``.

>>> from sqlalchemy import column, select
>>> from sqlalchemy.dialects import postgresql, sqlite
>>> query = select(column("name")).order_by(code_point(column("name")))
>>> str(query.compile(dialect=postgresql.dialect())).split("ORDER BY ")[1]
'name COLLATE "C"'
>>> str(query.compile(dialect=sqlite.dialect())).split("ORDER BY ")[1]
'name'
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal


class code_point(ColumnElement[Any]):  # noqa: N801  (reads as a function in a query)
    """``column`` ordered by code point on every dialect (see the module's doc)."""

    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]

    def __init__(self, column: Any) -> None:
        self.column = column
        self.type = column.type


@compiles(code_point)
def _as_is(element: code_point, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.column, **kw)


@compiles(code_point, "postgresql")
def _c_collation(element: code_point, compiler: Any, **kw: Any) -> str:
    return f'{compiler.process(element.column, **kw)} COLLATE "C"'


__all__ = ["code_point"]
