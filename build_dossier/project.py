"""The file-system adapter: reading a dossier project's seeds and editors' pages.

The only module of the core that touches the disk; everything it returns is plain data.
"""

from __future__ import annotations

from pathlib import Path


from .annotations import FOLDERS, AnnotationFile
from . import frontmatter
from .errors import DossierError
from .ingest import SUPPORTED_SUFFIXES, unsupported
from .model import EditorPage, SourceFile

IGNORED_NAMES = {"README.md", "README.txt", "readme.md"}


def seed_files(root: Path, seeds_dir: str) -> list[Path]:
    folder = root / seeds_dir
    if not folder.is_dir():
        raise DossierError(f"seeds folder not found: {folder}", str(folder))
    # Every file counts: one the tool cannot read is an error, never silently left out.
    return sorted(
        p for p in folder.rglob("*")
        if p.is_file() and p.name not in IGNORED_NAMES
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def read_sources(root: Path, seeds_dir: str) -> list[SourceFile]:
    sources = []
    for path in seed_files(root, seeds_dir):
        rel = path.relative_to(root).as_posix()
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            raise unsupported(rel)
        data = path.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise DossierError(f"not UTF-8 text (byte {exc.start}); save the file as UTF-8", rel, line) from None
        sources.append(SourceFile(rel, text))
    return sources


def read_editor_pages(root: Path, docs_dir: Path) -> dict[str, EditorPage]:
    """Every Markdown page in docs/, by docs-relative uri, front matter parsed."""
    pages = {}
    if not docs_dir.is_dir():
        return pages
    for path in sorted(docs_dir.rglob("*.md")):
        uri = path.relative_to(docs_dir).as_posix()
        try:
            rel = path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            rel = str(path)
        pages[uri] = parse_editor_page(uri, path.read_text("utf-8"), rel)
    return pages


def parse_editor_page(uri: str, text: str, path: str) -> EditorPage:
    meta, body, _ = frontmatter.split(frontmatter.normalise(text), path)
    return EditorPage(uri, meta, body, path)


def read_annotation_files(root: Path, docs_dir: Path) -> list[AnnotationFile]:
    """The Markdown files in docs/sources, docs/actors, docs/claims, docs/events, docs/disputes."""
    found = []
    for folder in FOLDERS:
        for path in sorted((docs_dir / folder).glob("*.md")) if (docs_dir / folder).is_dir() else []:
            try:
                rel = path.resolve().relative_to(root.resolve()).as_posix()
            except ValueError:
                rel = str(path)
            try:
                text = path.read_bytes().decode("utf-8")
            except UnicodeDecodeError as exc:
                raise DossierError(f"not UTF-8 text (byte {exc.start}); save the file as UTF-8", rel) from None
            found.append(AnnotationFile(f"{folder}/{path.name}", rel, text))
    return found
