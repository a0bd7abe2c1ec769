"""``careguard check``: assess one text or conversation and show why."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from careguard.errors import InputError
from careguard.risk.engine import Engine
from careguard.types import Assessment, Evidence, RiskLevel

_COLOURS = {
    RiskLevel.NONE: "green",
    RiskLevel.LOW: "cyan",
    RiskLevel.MODERATE: "yellow",
    RiskLevel.HIGH: "red",
    RiskLevel.IMMINENT: "magenta",
}


@click.command("check")
@click.argument("text", required=False)
@click.option(
    "--conversation",
    "conversation_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help='A JSON file: a list of {"role": "user"|"assistant", "content": "..."} turns.',
)
@click.option("--json", "as_json", is_flag=True, help="Print the full assessment as JSON.")
@click.option("--rules-only", is_flag=True, help="Skip the learned heads (no encoder needed).")
def check(
    text: str | None, conversation_path: Path | None, as_json: bool, rules_only: bool
) -> None:
    """Assess TEXT (or standard input, or --conversation) and explain the verdict."""
    item: str | list[dict[str, str]]
    if conversation_path is not None:
        if text is not None:
            raise InputError("give either TEXT or --conversation, not both")
        item = _read_conversation(conversation_path)
    elif text is None or text == "-":
        if sys.stdin.isatty():
            raise InputError("nothing to check: give TEXT, pipe text on stdin, or --conversation")
        item = sys.stdin.read()
    else:
        item = text
    engine = Engine.load(use_model=not rules_only)
    assessment = engine.assess(item)
    if as_json:
        click.echo(assessment.model_dump_json(indent=2))
    else:
        turns = [item] if isinstance(item, str) else [t.get("content", "") for t in item]
        click.echo(render(assessment, turns))


def _read_conversation(path: Path) -> list[dict[str, str]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: invalid JSON at line {exc.lineno}: {exc.msg}") from None
    if isinstance(data, dict) and "messages" in data:
        data = data["messages"]
    if not isinstance(data, list):
        raise InputError(f'{path}: expected a list of {{"role", "content"}} turns')
    return data


def render(a: Assessment, turns: list[str]) -> str:
    """Render a readable report: level, C-SSRS, categories, and each turn with evidence marked."""
    colour = _COLOURS[a.level]
    lines = [
        click.style(f"level: {a.level.value.upper()}", fg=colour, bold=True)
        + f"   C-SSRS: {a.cssrs}/6"
        + ("   (concerned other)" if a.concerned_other else "")
        + (click.style("   DEGRADED", fg="red", bold=True) if a.degraded else ""),
    ]
    for err in a.errors:
        lines.append(click.style(f"  error in {err.component}: {err.message}", fg="red"))
    top = sorted(a.categories.items(), key=lambda kv: -kv[1])
    shown = [f"{c.value} {p:.2f}" for c, p in top if p >= 0.05]
    lines.append("categories: " + (", ".join(shown) if shown else "none above 0.05"))
    if a.rationale:
        lines.append("why:")
        lines.extend(f"  - {r}" for r in a.rationale)
    for i, text in enumerate(turns):
        spans = [e for e in a.evidence if e.turn == i and not e.source.startswith("model:")]
        if not spans and len(turns) > 1:
            continue
        prefix = f"turn {i}: " if len(turns) > 1 else "text: "
        lines.append(prefix + _highlight(text, spans))
    if a.evidence:
        lines.append("evidence:")
        lines.extend(f"  {_describe(e)}" for e in a.evidence)
    return "\n".join(lines)


def _highlight(text: str, spans: list[Evidence]) -> str:
    out, pos = [], 0
    counted = sorted((e for e in spans if not e.negated and e.note is None), key=lambda e: e.start)
    for e in counted:
        if e.start < pos:
            continue
        out.append(text[pos : e.start])
        out.append(click.style(text[e.start : e.end], fg="red", bold=True, underline=True))
        pos = e.end
    out.append(text[pos:])
    shown = "".join(out)
    return shown if len(text) <= 2000 else shown[:2000] + " [...]"


def _describe(e: Evidence) -> str:
    flags = [
        flag
        for flag, on in (
            ("about someone else", e.subject == "other"),
            ("negated", e.negated),
            ("past", e.past),
        )
        if on
    ]
    if e.note:
        flags.append(e.note)
    where = f"turn {e.turn} " if e.turn else ""
    span = e.text if len(e.text) <= 80 else e.text[:77] + "..."
    tail = f" [{'; '.join(flags)}]" if flags else ""
    return f"{e.reason.value:<26} {where}{span!r}  ({e.source}, {e.score:.2f}){tail}"
