"""Everyday chat sent to a support chatbot must not be escalated by the full engine.

``tests/fixtures/everyday_chat.jsonl`` holds about 250 hand-written messages a crisis line
would not act on (gold level ``none`` or ``low``): requests to an assistant, small talk,
acknowledgements, good news, mild stress, risk-adjacent words in benign contexts, and
ordinary venting. It is a held-out measurement set: never train or tune on it.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from careguard.types import RiskLevel

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "everyday_chat.jsonl"
KINDS = frozenset(
    {"request", "smalltalk", "ack", "good_news", "mild_stress", "benign_trigger", "venting"}
)
MAX_ESCALATED_SHARE = 0.02
SNIPPET = 40


@dataclass(frozen=True, repr=False)
class Result:
    """One fixture message and what the engine made of it."""

    text: str
    kind: str
    level: RiskLevel
    sources: tuple[str, ...]

    def describe(self) -> str:
        """Kind, level and sources, with the text cut short so long messages stay readable."""
        text = self.text if len(self.text) <= SNIPPET else self.text[:SNIPPET] + "..."
        return f"[{self.kind}] {self.level.value} via {','.join(self.sources) or '-'}: {text!r}"

    __repr__ = describe


def _load() -> list[tuple[str, str]]:
    rows = []
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            assert row["kind"] in KINDS, row
            rows.append((row["text"], row["kind"]))
    return rows


@pytest.fixture(scope="module")
def results(engine) -> list[Result]:  # type: ignore[no-untyped-def]
    out = []
    for text, kind in _load():
        a = engine.assess(text)
        sources = tuple(sorted({ev.source for ev in a.evidence}))
        out.append(Result(text=text, kind=kind, level=a.level, sources=sources))
    return out


def _report(results: list[Result]) -> str:
    """Escalated (moderate or above) over total, for each kind."""
    lines = []
    for kind in sorted(KINDS):
        of_kind = [r for r in results if r.kind == kind]
        up = sum(r.level >= RiskLevel.MODERATE for r in of_kind)
        lines.append(f"{kind}: {up}/{len(of_kind)}")
    return "; ".join(lines)


def test_when_everyday_chat_assessed_then_at_most_two_percent_escalated(
    results: list[Result],
) -> None:
    escalated = [r for r in results if r.level >= RiskLevel.MODERATE]
    share = len(escalated) / len(results)
    print(f"\neveryday chat: {len(escalated)}/{len(results)} escalated ({share:.3f})")
    print(_report(results))
    by_source = Counter(s for r in escalated for s in r.sources)
    assert share <= MAX_ESCALATED_SHARE, (
        f"{len(escalated)}/{len(results)} ({share:.1%}) escalated to moderate or above "
        f"[{_report(results)}] sources {dict(by_source.most_common())}:\n"
        + "\n".join(r.describe() for r in escalated)
    )


def test_when_acknowledgement_assessed_then_level_is_none(results: list[Result]) -> None:
    acks = [r for r in results if r.kind == "ack"]
    assert acks
    raised = [r for r in acks if r.level > RiskLevel.NONE]
    assert len(raised) == 0, f"{len(raised)}/{len(acks)} acknowledgements above none:\n" + (
        "\n".join(r.describe() for r in raised)
    )


def test_when_everyday_chat_assessed_then_none_is_high_or_imminent(
    results: list[Result],
) -> None:
    high = [r for r in results if r.level >= RiskLevel.HIGH]
    assert len(high) == 0, f"{len(high)}/{len(results)} assessed high or imminent:\n" + (
        "\n".join(r.describe() for r in high)
    )
