"""CSV cells that a spreadsheet cannot run: hostile text stays text.

Spreadsheets run a cell that begins with ``=``, ``+``, ``-``, ``@`` (or a tab or carriage
return before one) as a formula, and a formula such as ``=HYPERLINK(...)`` can send data
away. Every CSV riftwatch writes passes its text cells through :func:`csv_text`, which puts
an apostrophe in front of such a cell (spreadsheets show it as text and hide the
apostrophe); the imports read cells back through :func:`from_csv_text`. Numbers are
left alone.

>>> csv_text('=HYPERLINK("http://x")'), csv_text("-1 said"), csv_text(-1.5), csv_text("Al Qaeda")
('\\'=HYPERLINK("http://x")', "'-1 said", -1.5, 'Al Qaeda')
>>> from_csv_text(csv_text("=1+1")), from_csv_text("'quoted")
('=1+1', "'quoted")
"""

from __future__ import annotations

from typing import Any

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def csv_text(value: Any) -> Any:
    """``value``, with an apostrophe in front when it is text a spreadsheet would run."""
    if isinstance(value, str) and value.startswith(TRIGGERS):
        return "'" + value
    return value


def from_csv_text(value: Any) -> Any:
    """What :func:`csv_text` was given: the apostrophe it added taken off."""
    if isinstance(value, str) and value.startswith("'") and value[1:].startswith(TRIGGERS):
        return value[1:]
    return value


__all__ = ["TRIGGERS", "csv_text", "from_csv_text"]
