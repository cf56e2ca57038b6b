"""Running the ``riftwatch`` program as an analyst does, from tests.

The program runs in a child process of this interpreter with this checkout's ``src`` first
on ``PYTHONPATH`` (so a worktree tests its own code, also from another directory) and with
``RIFTWATCH_DB`` unset (a test names its store with ``--db``; a store set in the calling
shell never leaks in). Tests import it as ``from clirun import riftwatch`` (``tests/`` is on
the import path through its ``conftest.py``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def program(*args: str) -> list[str]:
    """The command line of ``riftwatch ARGS`` run by this interpreter."""
    return [sys.executable, "-m", "riftwatch.cli", *args]


def environment(*, columns: int | None = None, **extra: str) -> dict[str, str]:
    """The child's environment: this one without ``RIFTWATCH_DB``, ``src`` first on
    ``PYTHONPATH``, a terminal ``columns`` wide when given, and ``extra`` variables."""
    env = {k: v for k, v in os.environ.items() if k != "RIFTWATCH_DB"}
    env["PYTHONPATH"] = os.pathsep.join([str(SRC), *filter(None, [env.get("PYTHONPATH")])])
    if columns is not None:
        env["COLUMNS"] = str(columns)
    env.update(extra)
    return env


def riftwatch(
    *args: str,
    columns: int | None = None,
    env: dict[str, str] | None = None,
    stdin: str | int | None = None,
    cwd: Path | str | None = None,
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    """``riftwatch ARGS`` to its end: exit status, stdout and stderr as text. ``env`` adds
    variables to :func:`environment`; ``stdin`` is text typed at the prompt or a file
    descriptor (a pseudo-terminal); without it the program reads an empty input."""
    feed: dict[str, object] = (
        {"input": stdin} if isinstance(stdin, str)
        else {"stdin": subprocess.DEVNULL if stdin is None else stdin}
    )  # fmt: skip
    return subprocess.run(  # type: ignore[call-overload]
        program(*args),
        **feed,
        capture_output=True,
        text=True,
        env=environment(columns=columns, **(env or {})),
        cwd=cwd,
        timeout=timeout,
    )


def default_sigint() -> None:
    """A child process's ``preexec_fn``: Ctrl-C (SIGINT) handled as by default, since a child
    started from a shell without job control inherits it ignored (the interrupt tests send it)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)
