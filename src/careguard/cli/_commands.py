"""The list of commands the ``careguard`` group exposes."""

from __future__ import annotations

import click

from careguard.cli.screen import screen

ALL: list[click.Command] = [screen]
