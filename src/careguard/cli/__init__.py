"""The ``careguard`` command line: one module per command, registered on one group."""

from __future__ import annotations

import sys

import click

from careguard.errors import CareguardError


class _Group(click.Group):
    """A group that turns careguard's own errors into a clean message and exit code 2."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except CareguardError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(2)


@click.group(cls=_Group)
@click.version_option(package_name="careguard")
def main() -> None:
    """careguard: a safety layer for LLM-based mental-health support."""


def _register() -> None:
    # Imported here so each command module stays independent and `--help` stays fast.
    from careguard.cli import _commands

    for command in _commands.ALL:
        main.add_command(command)


_register()
