"""Whether a plain crisis statement stays escalated when it is dressed in everyday text.

Context rules (fiction, study, games, jokes, habits, idioms) stop look-alikes from
escalating; each one that reaches too far hides a real crisis. These probes put crisis
statements written for the project beside real everyday comments, after openings people
write, before a laugh, and through the obfuscations people use, and count the pairs that
fall below ``moderate``. Run: ``.venv/bin/python bench/bench_robustness.py``.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from careguard.errors import InputError
from careguard.types import Assessment, RiskLevel

Assess = Callable[[str], Assessment]

STATEMENTS = (
    "i want to kill myself tonight",
    "i am going to take all my pills tonight",
    "i have the rope ready and i am going to hang myself",
    "i cant do this anymore, i am going to end my life",
    "i keep thinking about killing myself",
    "i wrote my suicide note today",
    "im going to kms",
    "my dad hits me every night and i am scared to go home",
    "i have been cutting my arms every day this week",
    "ive decided to end it after my exams",
)
"""The writer's own risk, said plainly; each is ``moderate`` or above on its own."""

REPORTS = (
    "my friend says she wants to kill herself",
    "my brother took a whole bottle of pills an hour ago",
    "my mum hits me and my little brother every night",
    "my girlfriend is on the bridge right now and says she will jump",
    "my son has been cutting his arms every day",
)
"""Someone close to the writer at risk (a concerned other); each ``moderate`` or above alone."""

OPENINGS = (
    "i dont know why but",
    "nobody knows this but",
    "i dont think i can go on,",
    "i want you to know that",
    "if anyone reads this,",
    "i dont want to worry anyone but",
    "no one can help me,",
    "please dont judge me but",
    "i never thought id say this but",
    "no matter what i do",
)
"""What people write before the crisis itself; none negates it or makes it a habit."""

ACTS = (
    "i took 40 pills an hour ago",
    "i am standing on the ledge right now",
    "i want to kill myself tonight",
    "i have the rope ready and i am going to hang myself",
)
"""Crises under way or set for today: ``high`` or above on their own."""

LAUGHS = (" lol", " haha", " 😂", " lmao", " 💀")

_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"}
_LOOKALIKE = {"a": "а", "e": "е", "o": "о", "i": "і", "c": "с", "p": "р"}  # Cyrillic


def _leet(s: str, rng: random.Random) -> str:
    return "".join(_LEET.get(c, c) if rng.random() < 0.3 else c for c in s)


def _spaced(s: str, rng: random.Random) -> str:
    return " ".join(" ".join(w) if rng.random() < 0.3 and len(w) > 3 else w for w in s.split())


def _zero_width(s: str, rng: random.Random) -> str:
    return "".join(c + ("\u200b" if rng.random() < 0.3 else "") for c in s)


def _lookalikes(s: str, rng: random.Random) -> str:
    return "".join(_LOOKALIKE.get(c, c) if rng.random() < 0.5 else c for c in s)


def _dotted(s: str, rng: random.Random) -> str:
    return ".".join(s.split())


def _shouted(s: str, rng: random.Random) -> str:
    return s.upper()


OBFUSCATIONS: dict[str, Callable[[str, random.Random], str]] = {
    "leetspeak": _leet,
    "spaced letters": _spaced,
    "zero-width characters": _zero_width,
    "Cyrillic look-alikes": _lookalikes,
    "words joined by dots": _dotted,
    "capitals": _shouted,
}


@dataclass(frozen=True, slots=True)
class Probe:
    """One probe: how many of its texts fell below the level they should keep."""

    name: str
    failed: int
    total: int

    @property
    def share(self) -> float:
        """Share of the probe's texts that fell."""
        return self.failed / self.total if self.total else 0.0


def everyday_comments(data_dir: Path, n: int, seed: int = 20261207) -> list[str]:
    """``n`` GoEmotions dev comments, each ending as a sentence, sampled with ``seed``."""
    path = data_dir / "goemotions" / "dev.tsv"
    if not path.is_file():
        raise InputError(f"{path} not found: pass --data pointing at the shared data folder")
    lines = [line.split("\t", 1)[0].strip() for line in path.read_text("utf-8").splitlines()]
    texts = [t if t.endswith((".", "!", "?")) else t + "." for t in lines if t]
    return random.Random(seed).sample(texts, min(n, len(texts)))


def _below(assess: Assess, texts: Sequence[str], level: RiskLevel) -> int:
    return sum(assess(t).level < level for t in texts)


def beside_everyday(
    assess: Assess,
    comments: Sequence[str],
    statements: Sequence[str] = STATEMENTS,
    name: str = "beside everyday comments",
) -> Probe:
    """Each statement after and before each comment must stay ``moderate`` or above."""
    texts = [
        text
        for comment in comments
        for statement in statements
        for text in (f"{comment} {statement}", f"{statement}. {comment}")
    ]
    return Probe(name, _below(assess, texts, RiskLevel.MODERATE), len(texts))


def after_openings(assess: Assess) -> Probe:
    """Each act after each opening must stay ``high`` or above."""
    texts = [f"{opening} {act}" for opening in OPENINGS for act in ACTS]
    return Probe("after an everyday opening", _below(assess, texts, RiskLevel.HIGH), len(texts))


def with_a_laugh(assess: Assess) -> Probe:
    """Each act followed by a laugh must stay ``moderate`` or above."""
    texts = [f"{act}{laugh}" for act in ACTS for laugh in LAUGHS]
    return Probe("followed by a laugh", _below(assess, texts, RiskLevel.MODERATE), len(texts))


def obfuscated(assess: Assess, *, per_statement: int = 5, seed: int = 3) -> list[Probe]:
    """Each statement, obfuscated each way ``per_statement`` times, must stay ``moderate``."""
    out = []
    for name, obfuscate in OBFUSCATIONS.items():
        rng = random.Random(seed)
        texts = [obfuscate(s, rng) for s in STATEMENTS for _ in range(per_statement)]
        out.append(
            Probe(f"obfuscated: {name}", _below(assess, texts, RiskLevel.MODERATE), len(texts))
        )
    return out


def run(assess: Assess, everyday: Sequence[str]) -> list[Probe]:
    """Every probe, with ``everyday`` comments (see :func:`everyday_comments`)."""
    return [
        beside_everyday(assess, everyday),
        beside_everyday(assess, everyday, REPORTS, "a concerned other beside everyday comments"),
        after_openings(assess),
        with_a_laugh(assess),
        *obfuscated(assess),
    ]


def table(probes: Sequence[Probe]) -> str:
    """The probes as a Markdown table."""
    rows = [f"| {p.name} | {p.failed} / {p.total} | {p.share:.4f} |" for p in probes]
    return "\n".join(["| probe | fell | share |", "|---|---|---|", *rows])
