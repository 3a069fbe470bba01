"""Building the synthetic dossier as a site, with `core.extract` swapped for the synthetic one."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest

import synthetic


@contextlib.contextmanager
def synthetic_extract():
    with pytest.MonkeyPatch.context() as mp:
        import build_dossier.core as core

        mp.setattr(core, "extract", synthetic.synthetic_extraction)
        yield


def build_mkdocs(root: Path, env: dict | None = None) -> Path:
    """`mkdocs build --strict` in-process; returns the site folder. Warnings fail the build."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    with pytest.MonkeyPatch.context() as mp:
        for k, v in (env or {}).items():
            mp.setenv(k, v)
        with synthetic_extract():
            config = load_config(str(root / "mkdocs.yml"), strict=True)
            build(config)
    return Path(config.site_dir)


def synthetic_site(root: Path, env: dict | None = None) -> Path:
    synthetic.write_project(root, synthetic.site_config())
    return build_mkdocs(root, env)


def chdir(path):
    return contextlib.chdir(path) if hasattr(contextlib, "chdir") else _chdir(path)


@contextlib.contextmanager
def _chdir(path):
    old = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(old)
