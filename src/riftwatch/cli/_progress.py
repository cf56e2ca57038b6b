"""Progress of long commands (ingest, extract) on standard error.

On a terminal a bar is drawn (and removed at the end); otherwise, so that logs of
scheduled runs show that work goes on, a plain line is printed every
``progress_interval`` seconds (setting), e.g.
``ingest: 3/~21 parts of big.txt, 14.2 MB/20.0 MB (71%)``. ``--no-progress`` turns both off.

>>> size_text(14_200_000), size_text(512), size_text(0)
('14.2 MB', '0.5 KB', '0 B')
>>> plain("big\\x1b[31m.txt")
'big?[31m.txt'
"""

from __future__ import annotations

import math
import sys
import time
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from rich.markup import escape

from riftwatch import settings


def size_text(n: float) -> str:
    """Bytes in decimal units, one decimal: ``14.2 MB``."""
    if n <= 0:
        return "0 B"
    for unit, scale in (("GB", 1e9), ("MB", 1e6)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n / 1e3:.1f} KB"


def plain(name: str, width: int = 60) -> str:
    """A file name (hostile text) fit for one line: control characters become ``?``."""
    cleaned = "".join("?" if unicodedata.category(c).startswith("C") else c for c in name)
    return cleaned if len(cleaned) <= width else cleaned[: width - 1] + "…"


class Display:
    """One progress display: ``update()`` moves it; a bar, plain lines, or nothing."""

    def __init__(self, label: str, mode: str, stream: TextIO | None = None) -> None:
        self.label = label
        self.mode = mode  # "bar", "lines" or "off"
        self.stream = stream or sys.stderr
        self.interval = max(0.0, float(settings.get("progress_interval")))
        self._last_line = 0.0
        self._last_text = ""
        self._bar: Any = None
        self._task: Any = None

    def _open(self, console: Any) -> Any:
        from rich.progress import (
            BarColumn,
            Progress,
            TaskProgressColumn,
            TextColumn,
            TimeElapsedColumn,
        )

        self._bar = Progress(
            TextColumn(f"[bold]{escape(self.label)}"),
            BarColumn(),
            TaskProgressColumn(),
            TextColumn("{task.fields[amount]}"),
            TimeElapsedColumn(),
            TextColumn("{task.fields[detail]}"),
            console=console,
            transient=True,
        )
        self._task = self._bar.add_task(self.label, total=None, amount="", detail="")
        return self._bar

    @property
    def position(self) -> tuple[float, float | None]:
        """``(completed, total)`` of the bar (``(0, None)`` without one)."""
        if self._bar is None:
            return 0, None
        task = self._bar.tasks[0]
        return task.completed, task.total

    def update(
        self,
        completed: float,
        total: float | None,
        amount: str,
        detail: str,
        line: str,
        *,
        force: bool = False,
    ) -> None:
        """Show ``completed`` of ``total``; ``line`` is the plain line's text."""
        if self.mode == "bar" and self._bar is not None:
            self._bar.update(
                self._task,
                completed=completed,
                total=total or None,
                amount=escape(amount),
                detail=escape(plain(detail, 50)),
            )
        elif (
            self.mode == "lines"
            and line
            and line != self._last_text
            and (force or time.monotonic() - self._last_line >= self.interval)
        ):
            self.line(line)

    def line(self, text: str) -> None:
        """Print one plain line now (only in ``lines`` mode)."""
        if self.mode == "lines":
            self._last_line = time.monotonic()
            self._last_text = text
            try:
                self.stream.write(f"{self.label}: {text}\n")
                self.stream.flush()
            except (BrokenPipeError, ValueError):
                # the reader of the progress went away ("riftwatch ingest DIR 2>&1 | head"):
                # progress is no part of the work, which goes on without it
                self.mode = "off"


@contextmanager
def display(label: str, mode: str, console: Any = None) -> Iterator[Display]:
    """A :class:`Display` for the duration of a command; a bar is removed at the end."""
    shown = Display(label, mode)
    if mode != "bar":
        yield shown
        return
    with shown._open(console):
        yield shown


def mode_of(option: bool | None, is_terminal: bool) -> str:
    """``bar`` on a terminal, ``lines`` otherwise, ``off`` with ``--no-progress``.

    >>> mode_of(None, True), mode_of(None, False), mode_of(False, True), mode_of(True, False)
    ('bar', 'lines', 'off', 'lines')
    """
    if option is False:
        return "off"
    return "bar" if is_terminal else "lines"


class IngestProgress:
    """Turns the ingest pipeline's progress events into a :class:`Display`.

    The bar counts bytes over all files; inside a file it moves with each document
    (for a big text file: each part) stored.
    """

    def __init__(self, shown: Display) -> None:
        self.shown = shown
        self.files = 0
        self.total = 0
        self.done = 0  # bytes of the files finished
        self.index = 0
        self.name = ""
        self.size = 0

    def __call__(self, event: str, info: dict[str, Any]) -> None:
        if event == "start":
            self.files, self.total = info["files"], info.get("bytes") or 0
            self.shown.line(f"{self.files} file{'s' * (self.files != 1)}, {size_text(self.total)}")
            self.shown.update(0, self.total, f"0 B/{size_text(self.total)}", "", "")
        elif event == "file_start":
            self.index, self.size = info["index"], info.get("size") or 0
            self.name = plain(info["path"].replace("\\", "/").rsplit("/", 1)[-1])
            self._show(0, "")
        elif event == "document":
            in_file = min(info.get("bytes") or 0, self.size)
            part, documents = info.get("part"), info.get("documents") or 0
            if part:
                guess = max(part, math.ceil(part * self.size / in_file)) if in_file else part
                what = f"{part}/~{guess} parts of {self.name}"
            else:
                what = f"{documents:,} document{'s' * (documents != 1)} of {self.name}"
            self._show(in_file, what)
        elif event == "file":
            self._show(self.size, f"{self.name} done", force=self.index == self.files)
            self.done += self.size

    def _show(self, in_file: int, what: str, *, force: bool = False) -> None:
        completed = min(self.done + in_file, self.total)
        share = f" ({completed / self.total:.0%})" if self.total else ""
        where = what or f"reading {self.name}" if self.name else "starting"
        if self.files > 1:
            line = (
                f"{where}, {size_text(in_file)}/{size_text(self.size)}; file "
                f"{self.index}/{self.files}, {size_text(completed)}/{size_text(self.total)}"
                f"{share}"
            )
        else:
            line = f"{where}, {size_text(completed)}/{size_text(self.total)}{share}"
        amount = f"{size_text(completed)}/{size_text(self.total)}"
        if self.files > 1:
            amount += f" file {self.index}/{self.files}"
        self.shown.update(completed, self.total, amount, what or self.name, line, force=force)


class ExtractProgress:
    """Turns ``code_stored``'s progress events (documents coded / total) into a display."""

    def __init__(self, shown: Display) -> None:
        self.shown = shown
        self.total = 0

    def __call__(self, event: str, info: dict[str, Any]) -> None:
        if event == "start":
            self.total = info["total"]
            self.shown.line(f"{self.total:,} documents to code")
            self.shown.update(0, self.total, f"0/{self.total:,}", "", "")
            return
        done, events = info["documents"], info["events"]
        total = max(self.total, done)
        share = f" ({done / total:.0%})" if total else ""
        self.shown.update(
            done,
            total,
            f"{done:,}/{total:,} documents",
            f"{events:,} events",
            f"{done:,}/{total:,} documents coded{share}, {events:,} events",
            force=event == "end",
        )


__all__ = ["Display", "ExtractProgress", "IngestProgress", "display", "mode_of", "size_text"]
