"""The list of commands the ``careguard`` group exposes."""

from __future__ import annotations

import click

from careguard.cli.bench import bench
from careguard.cli.check import check
from careguard.cli.models import models
from careguard.cli.screen import screen
from careguard.cli.train import train

ALL: list[click.Command] = [check, screen, bench, models, train]
