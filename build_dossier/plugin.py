"""The MkDocs plugin: glue between MkDocs' build events and the pure core.

on_files builds the dossier and adds its pages as virtual files (nothing is written to docs/);
on_serve watches seeds/; on_post_build writes dossier.json into the site.
"""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files

from .config import DossierConfig, settings_from
from .errors import DossierError
from .navigation import TAGS_PAGE, TAGS_URI, has_tags_plugin, prune_nav, section_index
from .render.structured import with_page_url
from .site import SHIM_URI, STYLESHEET_URI, generate
from .site_assets import SCRIPTS


class DossierPlugin(BasePlugin[DossierConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.generated = None

    @property
    def root(self) -> Path:
        return Path(os.path.dirname(os.path.abspath(self._config_file)))

    @event_priority(100)  # before Material's offline plugin adds its CDN shim
    def on_config(self, config):
        self._config_file = config.config_file_path or os.path.join(os.getcwd(), "mkdocs.yml")
        polyfills = config.extra.setdefault("polyfills", [])
        if SHIM_URI not in polyfills:
            polyfills.insert(0, SHIM_URI)
        if STYLESHEET_URI not in config.extra_css:
            config.extra_css.append(STYLESHEET_URI)
        for uri in SCRIPTS:
            if uri not in [str(s) for s in config.extra_javascript]:
                config.extra_javascript.append(uri)
        return config

    def on_files(self, files: Files, *, config) -> Files:
        try:
            settings = settings_from(self.config, config.site_name)
            self.generated = generate(self.root, Path(config.docs_dir), self.config.seeds_dir, settings)
        except DossierError as exc:
            raise PluginError(str(exc)) from None
        for uri, content in self.generated.files.items():
            existing = files.get_file_from_path(uri)
            if existing is not None:
                files.remove(existing)
            f = File.generated(config, uri, content=content)
            editor = self.generated.editor_pages.get(uri)
            if editor is not None:
                f.edit_uri = uri
            files.append(f)
        for uri in self.generated.annotations.hidden_uris():  # a hidden item has no page
            hidden = files.get_file_from_path(uri)
            if hidden is not None and uri not in self.generated.files:
                files.remove(hidden)
        if has_tags_plugin(config) and files.get_file_from_path(TAGS_URI) is None:
            files.append(File.generated(config, TAGS_URI, content=TAGS_PAGE))
        return files

    def on_nav(self, nav, *, config, files):
        return prune_nav(nav)

    def on_page_markdown(self, markdown: str, *, page, config, files) -> str:
        if config.site_url and '"@type":"ClaimReview"' in markdown:
            return with_page_url(markdown, page.canonical_url)
        return markdown

    def on_page_context(self, context, *, page, config, nav):
        # A source or an actor is not in the sidebar: mark its section there, so readers see where they are.
        index = section_index(page, nav)
        if index is not None:
            index.active = True
            self._marked = index
        return context


    def on_serve(self, server, *, config, builder):
        server.watch(str(self.root / self.config.seeds_dir))
        return server

    def on_post_page(self, output: str, *, page, config) -> str:
        # Unmark the section marked in on_page_context, or every later page shows it as current too.
        marked = getattr(self, "_marked", None)
        if marked is not None:
            marked.active = False
            self._marked = None
        return _offline_page(output, config)

    def on_post_template(self, output_content: str, *, template_name: str, config) -> str:
        return _offline_page(output_content, config)

    def on_post_build(self, *, config) -> None:
        if self.generated is None:
            return
        target = Path(config.site_dir) / self.config.json_path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(self.generated.json, encoding="utf-8")


def _offline_enabled(config) -> bool:
    plugin = config.plugins.get("material/offline") or config.plugins.get("offline")
    return plugin is not None and bool(plugin.config.get("enabled", True))


def _offline_page(html: str, config) -> str:
    """A page of an offline site fetches nothing: Material's header repository link would ask
    the GitHub API for stars and forks, so the link stays and its fetching component goes."""
    if not _offline_enabled(config):
        return html
    return html.replace(' data-md-component="source"', "")
