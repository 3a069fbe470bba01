"""Sentence splitting shared by the extractors (stub, being written)."""

from __future__ import annotations

import re

_END = re.compile(r"(?<=[.!?][\"”’)]?)\s+(?=[\"“‘(]?[A-Z0-9])")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the sentences of `text`, in order."""
    spans, start = [], 0
    for m in _END.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans
