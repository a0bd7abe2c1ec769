"""The rule branches' literal gates, worked out once and shipped with the package.

:func:`careguard.risk.rules._gate.required_literals` reads a pattern's parse tree with
Python's own (pure Python) regex parser: over the ~1,350 branches of the rule tables that
cost about a third of a second at every start-up, a third of ``careguard check``. The
gates depend on nothing but the pattern, so ``_gates.json`` keeps them, keyed by a digest
of each pattern. A pattern the table does not know (a rule edited or added since it was
written) gets its gate worked out at start-up as before: a stale table is slower, never
wrong. ``tests/risk/rules/test_gate.py`` fails until the table is rewritten with::

    python -m careguard.risk.rules
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Final

from careguard.risk.rules._gate import Literals, required_literals

GATES_FILE: Final = "_gates.json"
FORMAT: Final = 1
REWRITE_COMMAND: Final = "python -m careguard.risk.rules"


def digest(pattern: str) -> str:
    """The table's key for ``pattern``."""
    return hashlib.blake2b(pattern.encode("utf-8"), digest_size=12).hexdigest()


@functools.cache
def shipped() -> dict[str, list[str] | None]:
    """The shipped table (digest -> sorted literals, or None for "no gate"); {} if unreadable."""
    try:
        text = resources.files(__package__).joinpath(GATES_FILE).read_text(encoding="utf-8")
        data = json.loads(text)
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return {}
    gates = data.get("gates")
    return gates if isinstance(gates, dict) else {}


def gate(pattern: str) -> Literals | None:
    """:func:`required_literals` of ``pattern``, from the shipped table when it is there."""
    key = digest(pattern)
    table = shipped()
    if key in table:
        found = table[key]
        return None if found is None else frozenset(found)
    return required_literals(pattern)


def build(patterns: Iterable[str]) -> dict[str, list[str] | None]:
    """The table for ``patterns``, each gate worked out from its parse tree."""
    table: dict[str, list[str] | None] = {}
    for pattern in patterns:
        found = required_literals(pattern)
        table[digest(pattern)] = None if found is None else sorted(found)
    return dict(sorted(table.items()))


def branch_patterns() -> list[str]:
    """Every branch pattern of the registered rules."""
    from careguard.risk.rules import all_rules

    return [branch.pattern for rule in all_rules() for branch in rule.branches]


def main() -> None:
    """Rewrite ``_gates.json`` beside this module from the registered rules."""
    table = build(branch_patterns())
    path = Path(__file__).with_name(GATES_FILE)
    body = json.dumps({"format": FORMAT, "gates": table}, indent=0, sort_keys=True)
    path.write_text(body + "\n", encoding="utf-8")
    print(f"wrote {len(table)} gates to {path}")
