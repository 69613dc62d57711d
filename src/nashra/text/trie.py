"""Regular expressions that match any of many words in one pass.

Python's ``re`` tries the branches of ``a|b|c`` one after the other at every position; a
pattern factored as a trie (``ال(?:اثنين|ثلاثاء|…)``) looks at each character once per
position, which makes a scan for hundreds of words several times faster.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_pattern(words: Iterable[str]) -> str:
    """A non-capturing pattern matching exactly the given words, longest first."""
    trie: dict = {}
    for word in words:
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _build(trie) if trie else "(?!)"


def _build(node: dict) -> str:
    branches = []
    for char in sorted(k for k in node if k):
        branches.append(re.escape(char) + _build(node[char]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body
