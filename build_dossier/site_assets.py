"""Scripts the generated pages load, served from the site itself (no CDN: the site reads offline).

tablesort 5.6.0 (MIT, build_dossier/assets/tablesort-LICENSE.txt) from the npm package `tablesort`,
files dist/tablesort.min.js and dist/sorts/tablesort.number.min.js, unmodified.
"""

from __future__ import annotations

from .resources import asset_bytes

# docs-relative uri -> file in build_dossier/assets, in load order
SCRIPTS = {
    "assets/javascripts/tablesort.min.js": "tablesort.min.js",
    "assets/javascripts/tablesort.number.min.js": "tablesort.number.min.js",
    "assets/javascripts/dossier.js": "dossier.js",
}
LICENSES = {"assets/javascripts/tablesort-LICENSE.txt": "tablesort-LICENSE.txt"}


def script_files() -> dict[str, bytes]:
    return {uri: asset_bytes(name) for uri, name in {**SCRIPTS, **LICENSES}.items()}
