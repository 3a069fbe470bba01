"""Ids: slugs cut at a word boundary, made unique among the ids already taken."""

from __future__ import annotations

from slugify import slugify


def short_slug(text: str, limit: int = 60) -> str:
    """A slug cut at a word boundary (slugify's own word_boundary drops words from the middle)."""
    slug = slugify(text)
    if len(slug) <= limit:
        return slug
    cut = slug[:limit + 1]
    return cut[:cut.rfind("-")] if "-" in cut else slug[:limit]


def unique_id(base: str, taken: set[str]) -> str:
    """`base`, or `base-2`, `base-3`... the first not in `taken`; added to `taken`."""
    out, n = base, 2
    while out in taken:
        out, n = f"{base}-{n}", n + 1
    taken.add(out)
    return out
