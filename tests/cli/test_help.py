"""Every option and argument of the command line says what it is for in ``--help``."""

from __future__ import annotations

import click
import typer

from riftwatch.cli import app


def _undocumented(command: click.Command, path: str) -> list[str]:
    missing = [
        f"{path} {param.opts[0] if isinstance(param, click.Option) else param.name}"
        for param in command.params
        if not getattr(param, "help", None)
    ]
    if isinstance(command, click.Group):
        for name, sub in command.commands.items():
            missing += _undocumented(sub, f"{path} {name}")
    return missing


def test_every_option_and_argument_has_help_text() -> None:
    assert _undocumented(typer.main.get_command(app), "riftwatch") == []
