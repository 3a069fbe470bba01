"""Loading the data files shipped in build_dossier/data (patterns, gazetteers, calendars)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


@lru_cache(maxsize=None)
def load_data(name: str) -> Any:
    text = resources.files("build_dossier").joinpath("data", f"{name}.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def asset_bytes(name: str) -> bytes:
    return resources.files("build_dossier").joinpath("assets", name).read_bytes()
