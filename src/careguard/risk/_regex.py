"""Regex helpers shared by the normaliser and the rule index."""

from __future__ import annotations

import re
from typing import Any


def trie_pattern(words: list[str]) -> str:
    """Build a regex matching exactly ``words``, preferring the longest at each position.

    A trie-shaped alternation is much faster than ``a|b|c`` over hundreds of words.
    """
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)
