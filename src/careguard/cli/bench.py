"""``careguard bench``: quality beside published baselines, and speed, as tables."""

from __future__ import annotations

import time
from pathlib import Path

import click

from careguard.cli._options import data_option


@click.command("bench")
@data_option("cssrs_reddit/ is")
@click.option("--quality/--no-quality", default=True, help="Run the C-SSRS Reddit benchmark.")
@click.option("--speed/--no-speed", default=True, help="Run the speed and memory benchmark.")
@click.option("--seeds", default=5, show_default=True, help="Cross-validation repeats.")
def bench(data_dir: Path, quality: bool, speed: bool, seeds: int) -> None:
    """Measure quality on the shared data and speed on this machine."""
    if quality:
        from careguard.benchmark import reddit

        users = reddit.load_users(data_dir)  # parsed once, for both tables
        start = time.perf_counter()
        score = reddit.run(users, seeds=seeds)
        n_posts = sum(len(u.posts) for u in users)
        click.echo(
            f"\n## C-SSRS Reddit (Gaur et al. 2019): {len(users)} users, {n_posts} posts, "
            f"balanced accuracy ({time.perf_counter() - start:.0f} s)\n"
        )
        click.echo(reddit.table(score))
        from careguard.risk.engine import Engine

        engine = Engine.load()
        start = time.perf_counter()
        z = reddit.zero_shot(users, engine.assess)
        click.echo(
            "\n## The same users, zero-shot: the engine as shipped, each user their worst "
            f"post ({time.perf_counter() - start:.0f} s)\n"
        )
        click.echo(reddit.zero_shot_table(z))
        from careguard.benchmark import counsel

        questions = counsel.load_questions(data_dir)
        click.echo(
            f"\n## Real help-seekers' questions (CounselChat, {len(questions)}): share escalated"
            " (moderate or above), mostly not crises\n"
        )
        click.echo(counsel.table(counsel.escalated_by_topic(questions, engine.assess)))
    if speed:
        from careguard.benchmark import speed as sp

        click.echo(f"\n## Speed and memory (this machine: {sp.machine()})\n")
        click.echo(sp.table(sp.run()))
