"""Cheap pre-checks for rule patterns: literals at least one of which every match contains.

Running ~150 regular expressions over every text costs a millisecond per 100 characters,
because each is tried at every position. Most rules cannot match most texts, and a
plain substring test can tell: ``kill (?:myself|yourself)`` cannot match a text without
"kill ". :func:`required_literals` reads a pattern's parse tree and returns such a set of
strings (any match contains at least one of them), or None when it cannot prove one.
The analysis is conservative: a gate may let a rule run needlessly, never skip a match.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from typing import Any

from careguard.risk._regex import trie_pattern

_parser: Any = importlib.import_module("re._parser")
_const: Any = importlib.import_module("re._constants")

Literals = frozenset[str]
_MIN_USEFUL = 3  # "i " or "a" is in every text: such a gate only costs time
# Words in nearly every text: a gate made of them lets its rule run anyway.
_COMMON = frozenset(
    {
        "a",
        "about",
        "all",
        "am",
        "an",
        "and",
        "are",
        "at",
        "be",
        "but",
        "do",
        "feel",
        "for",
        "get",
        "got",
        "had",
        "has",
        "have",
        "he",
        "how",
        "i",
        "if",
        "in",
        "is",
        "it",
        "just",
        "like",
        "me",
        "my",
        "no",
        "not",
        "of",
        "on",
        "or",
        "out",
        "she",
        "so",
        "that",
        "the",
        "they",
        "this",
        "to",
        "up",
        "was",
        "we",
        "what",
        "when",
        "with",
        "you",
        "i am",
        "i have",
        "i will",
        "i would",
        "do not",
        "can not",
        "want to",
        "going to",
    }
)


def required_literals(pattern: str) -> Literals | None:
    """Strings of which every match of ``pattern`` contains at least one, or None."""
    try:
        tree = _parser.parse(pattern)
    except Exception:  # pragma: no cover - the caller compiled it already
        return None
    found = _sequence(list(tree))
    if not found or min(map(len, found)) < _MIN_USEFUL:
        return None
    return found


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Yield ``(index, char, depth)`` for each ``(``, ``)`` and ``|`` that is syntax.

    Characters inside classes and escapes are skipped; ``depth`` is the group depth
    after the character (so a closing ``)`` of a top-level group reports 0).
    """
    depth = 0
    in_class = False
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif ch in "()|":
            depth += {"(": 1, ")": -1, "|": 0}[ch]
            yield i, ch, depth
        i += 1


def split_alternatives(pattern: str) -> list[str]:
    """Split ``pattern`` at its top-level ``|`` (outside groups, classes and escapes)."""
    cuts = [i for i, ch, depth in _structure(pattern) if ch == "|" and depth == 0]
    bounds = zip([-1, *cuts], [*cuts, len(pattern)], strict=True)
    out: list[str] = []
    for part in (pattern[a + 1 : b] for a, b in bounds):
        # "(?:a|b)" alone is "a|b": unwrap it, so each alternative gets its own gate.
        out.extend(split_alternatives(part[3:-1]) if _whole_group(part) else [part])
    return out


def _whole_group(pattern: str) -> bool:
    """Whether ``pattern`` is one non-capturing group ``(?:...)`` and nothing else."""
    if not (pattern.startswith("(?:") and pattern.endswith(")")):
        return False
    last = len(pattern) - 1
    return not any(ch == ")" and depth == 0 and i != last for i, ch, depth in _structure(pattern))


def _score(lits: Literals) -> float:
    common = sum(lit.strip() in _COMMON for lit in lits)
    return min(len(lit.strip()) for lit in lits) * 4 - len(lits) / 4 - 12 * common


def _sequence(items: list[tuple[Any, Any]]) -> Literals | None:
    """Best requirement of a concatenation: a literal run, or one item's requirement."""
    candidates: list[Literals] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            candidates.append(frozenset({"".join(run)}))
            run.clear()

    for op, av in items:
        if op is _const.LITERAL:
            run.append(chr(av))
            continue
        close_run()
        sub = _item(op, av)
        if sub is not None:
            candidates.append(sub)
    close_run()
    useful = [c for c in candidates if min(map(len, c)) >= _MIN_USEFUL]
    if not useful:
        return None
    return max(useful, key=_score)


def _item(op: Any, av: Any) -> Literals | None:
    if op is _const.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is _const.BRANCH:
        union: set[str] = set()
        for alt in av[1]:
            sub = _sequence(list(alt))
            if sub is None:
                return None
            union |= sub
        return frozenset(union)
    if op in (_const.MAX_REPEAT, _const.MIN_REPEAT, _const.POSSESSIVE_REPEAT):
        lo, _hi, sub = av
        return _sequence(list(sub)) if lo >= 1 else None
    if op is _const.ATOMIC_GROUP:
        return _sequence(list(av))
    return None  # classes, anchors, lookarounds, back-references: no literal to require


class GateIndex:
    """Finds, in one regex pass, which of many gated patterns may match a text.

    Item ``k`` of ``gates`` is the gate of pattern ``k``; :meth:`candidates` returns the
    indices whose gate is None or has a literal that occurs in the text, in order.
    """

    def __init__(self, gates: list[Literals | None]) -> None:
        """Index ``gates`` (a None gate is always a candidate)."""
        words = sorted({lit for gate in gates if gate for lit in gate})
        self._regex = re.compile("(?=(" + trie_pattern(words) + "))") if words else None
        self._always = frozenset(k for k, gate in enumerate(gates) if gate is None)
        owners: dict[str, set[int]] = {}
        for k, gate in enumerate(gates):
            for lit in gate or ():
                owners.setdefault(lit, set()).add(k)
        # A literal found at a position also finds every shorter literal it starts with
        # (looked up prefix by prefix: comparing every pair of literals cost 0.2 s).
        self._owners = {
            w: frozenset(k for n in range(1, len(w) + 1) for k in owners.get(w[:n], ()))
            for w in words
        }

    def candidates(self, text: str) -> list[int]:
        """Indices of the patterns that may match ``text``, ascending."""
        found = set(self._always)
        if self._regex is not None:
            seen: set[str] = set()
            for m in self._regex.finditer(text):
                word = m.group(1)
                if word not in seen:
                    seen.add(word)
                    found |= self._owners[word]
        return sorted(found)
