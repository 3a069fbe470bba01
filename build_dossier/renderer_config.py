"""A plugin-free mkdocs.yml for the `build-dossier render --out` tree, for Zensical (or MkDocs).

Zensical reads mkdocs.yml but runs no third-party plugin, so what the dossier plugin does at build
time is written into the file: docs_dir points at the rendered tree, the stylesheet and scripts
are listed, and the sidebar is an explicit `nav` of sections (the plugin prunes it on the fly).
Custom YAML tags (`!ENV`, `!!python/name:`) are carried over untouched.
"""

from __future__ import annotations

import os
from pathlib import Path

import yaml

from .navigation import explicit_nav
from .site import SHIM_URI, STYLESHEET_URI
from .site_assets import SCRIPTS

PLUGIN_NAMES = ("dossier",)


class Tagged:
    """A YAML node with a custom tag, kept as written."""

    def __init__(self, tag: str, value):
        self.tag, self.value = tag, value


class _Loader(yaml.SafeLoader):
    pass


class _Dumper(yaml.SafeDumper):
    pass


def _construct(loader, tag_suffix, node, prefix="!"):
    if isinstance(node, yaml.ScalarNode):
        value = loader.construct_scalar(node)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)
    return Tagged(prefix + tag_suffix, value)


_Loader.add_multi_constructor("!", _construct)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/",
                              lambda l, s, n: _construct(l, s, n, "tag:yaml.org,2002:python/"))


def _represent(dumper, data: Tagged):
    if isinstance(data.value, list):
        return dumper.represent_sequence(data.tag, data.value, flow_style=True)
    if isinstance(data.value, dict):
        return dumper.represent_mapping(data.tag, data.value)
    return dumper.represent_scalar(data.tag, str(data.value))


_Dumper.add_representer(Tagged, _represent)


def _without_plugin(plugins) -> list:
    out = []
    for p in plugins or []:
        name = next(iter(p)) if isinstance(p, dict) else p
        if name not in PLUGIN_NAMES:
            out.append(p)
    return out


def _add(items, *uris) -> list:
    items = list(items or [])
    for uri in uris:
        if uri not in items:
            items.append(uri)
    return items


def renderer_config(project_config: Path, out_dir: Path, config_path: Path, page_uris: list[str]) -> str:
    """mkdocs.yml text for building `out_dir` without the dossier plugin."""
    data = yaml.load(project_config.read_text("utf-8"), Loader=_Loader) or {}
    base = config_path.resolve().parent
    data["docs_dir"] = os.path.relpath(out_dir.resolve(), base).replace(os.sep, "/")
    data["site_dir"] = "site"  # beside this file: Zensical wants it inside the project root
    data["plugins"] = _without_plugin(data.get("plugins"))
    data["extra_css"] = _add(data.get("extra_css"), STYLESHEET_URI)
    data["extra_javascript"] = _add(data.get("extra_javascript"), *SCRIPTS)
    extra = data.get("extra") if isinstance(data.get("extra"), dict) else {}
    extra["polyfills"] = _add(extra.get("polyfills"), SHIM_URI)
    data["extra"] = extra
    data["nav"] = explicit_nav(page_uris)
    # Section members are left out of the sidebar on purpose (their index pages list them).
    validation = data.get("validation") if isinstance(data.get("validation"), dict) else {}
    validation["omitted_files"] = "info"
    data["validation"] = validation
    header = ("# Written by `build-dossier render`: builds the rendered tree without the dossier plugin\n"
              "# (zensical build -f THIS_FILE, or mkdocs build -f THIS_FILE). Regenerated on each render.\n")
    return header + yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000)
