"""`build-dossier`: the command line, a thin layer over the library.

Errors from the core arrive as DossierError and leave here as one line on stderr, exit 1.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .errors import DossierError, DossierErrors

EPILOG = """examples:
  build-dossier new my-story        start an empty dossier project in ./my-story
  build-dossier export > data.json  print dossier.json for the project in this folder
  build-dossier render --out build  write the generated Markdown tree to ./build
  build-dossier scaffold actors     write a stub annotation in docs/actors/ for every actor without one
  build-dossier check               list every problem in the annotations in docs/ (exit 1 if any)
  build-dossier render --out build/docs --config-out build/mkdocs.yml && zensical build -f build/mkdocs.yml
  build-dossier score key.yaml      measure extraction against a hand-written answer key
"""


@dataclass
class Project:
    root: Path
    docs_dir: Path
    site_name: str
    plugin_config: object


def load_project(config_file: str) -> Project:
    path = Path(config_file)
    if not path.is_file():
        raise DossierError(
            "no mkdocs.yml here: run this in a dossier project (or start one with `build-dossier new DIR`)",
            str(path),
        )
    from mkdocs.config import load_config
    from mkdocs.exceptions import ConfigurationError

    try:
        config = load_config(str(path))
    except ConfigurationError as exc:
        raise DossierError(f"invalid configuration: {exc}", str(path)) from None
    plugin = config.plugins.get("dossier")
    if plugin is None:
        raise DossierError("the `dossier` plugin is not enabled (add `plugins: [dossier]`)", str(path))
    return Project(path.resolve().parent, Path(config.docs_dir), config.site_name, plugin.config)


def generate_project(config_file: str):
    from .config import settings_from
    from .site import generate

    project = load_project(config_file)
    settings = settings_from(project.plugin_config, project.site_name)
    return generate(project.root, project.docs_dir, project.plugin_config.seeds_dir, settings), project


def _check_out(out: Path, project: Project) -> None:
    """--out is replaced wholesale (with --force): it must hold none of the project's own files,
    and never lie in docs/ or seeds/, which people edit and the build reads."""
    seeds = (project.root / project.plugin_config.seeds_dir).resolve()
    protected = {"the project": project.root.resolve(), "the docs folder": project.docs_dir.resolve(),
                 "the seeds folder": seeds}
    for name, folder in protected.items():
        if out == folder or out in folder.parents:
            raise DossierError(f"--out {out} would replace {name}: choose an empty folder outside it")
    for name, folder in protected.items():
        if name != "the project" and folder in out.parents:
            raise DossierError(f"--out {out} is inside {name}: generated pages never go into files people edit")


def cmd_export(args) -> int:
    generated, _ = generate_project(args.config)
    sys.stdout.write(generated.json)
    return 0


def cmd_render(args) -> int:
    generated, project = generate_project(args.config)
    out = Path(args.out)
    _check_out(out.resolve(), project)
    if out.exists():
        if not args.force and any(out.iterdir()):
            raise DossierError(f"{out} is not empty; pass --force to replace it")
        shutil.rmtree(out)
    # The editors' own files first, then the generated pages (which include their prose).
    if project.docs_dir.is_dir():
        shutil.copytree(project.docs_dir, out)
        for uri in generated.annotations.hidden_uris():  # a hidden item has no page
            if uri not in generated.files:
                (out / uri).unlink(missing_ok=True)
    for uri, content in generated.files.items():
        target = out / uri
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    (out / "dossier.json").write_text(generated.json, encoding="utf-8")
    print(f"wrote {len(generated.files)} generated files to {out}", file=sys.stderr)
    if args.config_out:
        from .renderer_config import renderer_config

        target = Path(args.config_out)
        uris = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.md"))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(renderer_config(Path(args.config), out, target, uris), encoding="utf-8")
        print(f"wrote {target}: build it with `zensical build -f {target}`", file=sys.stderr)
    return 0


def cmd_check(args) -> int:
    try:
        generated, project = generate_project(args.config)
    except DossierErrors as exc:
        problems = exc.errors
    except DossierError as exc:
        problems = [exc]
    else:
        n = len(generated.annotations.by_uri())
        print(f"build-dossier: {n} annotation file{'' if n == 1 else 's'} checked, no problems", file=sys.stderr)
        return 0
    for problem in problems:
        print(problem)
    n = len(problems)
    print(f"build-dossier: {n} problem{'' if n == 1 else 's'} found", file=sys.stderr)
    return 1


def cmd_scaffold(args) -> int:
    from .annotations import FOLDERS
    from .scaffold import stubs

    unknown = [k for k in args.kinds if k not in FOLDERS]
    if unknown:
        raise DossierError(f"unknown kind {unknown[0]!r} (kinds: {', '.join(FOLDERS)})")
    generated, project = generate_project(args.config)
    existing = {uri for uri in generated.editor_pages}
    written = 0
    for uri, text in stubs(generated.dossier, existing, tuple(args.kinds) or FOLDERS).items():
        target = project.docs_dir / uri
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            with open(target, "x", encoding="utf-8") as fh:  # "x": an existing file is never replaced
                fh.write(text)
        except FileExistsError:
            continue
        written += 1
        print(target.relative_to(project.root) if target.is_relative_to(project.root) else target)
    print(f"build-dossier: wrote {written} stub annotation{'' if written == 1 else 's'}", file=sys.stderr)
    return 0


def cmd_score(args) -> int:
    import json

    import yaml

    from .score import KINDS, KeyError_, format_table, score

    key_path = Path(args.expected)
    try:
        expected = yaml.safe_load(key_path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DossierError(f"cannot read the answer key: {exc.strerror}", str(key_path)) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DossierError(f"invalid YAML: {getattr(exc, 'problem', exc)}", str(key_path),
                           mark.line + 1 if mark is not None else None) from None
    generated, _ = generate_project(args.config)
    try:
        result = score(expected, json.loads(generated.json))
    except KeyError_ as exc:
        raise DossierError(f"invalid answer key: {exc}", str(key_path)) from None
    if args.json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_table(result, details=not args.brief))
    failed = []
    for gate, measure in ((args.min_recall, "recall"), (args.min_precision, "precision")):
        for spec in gate or []:
            kind, _, value = spec.rpartition("=")
            try:
                threshold = float(value)
            except ValueError:
                raise DossierError(f"--min-{measure} {spec}: expected [KIND=]NUMBER, e.g. actors=0.95") from None
            kinds = [kind] if kind else list(KINDS)
            if any(k not in KINDS for k in kinds):
                raise DossierError(f"--min-{measure} {spec}: kind must be one of {', '.join(KINDS)}")
            for k in kinds:
                got = result[k][measure]
                if got is not None and got < threshold:
                    failed.append(f"{k} {measure} {got:.2f} < {threshold:.2f}")
    for line in failed:
        print(f"build-dossier: below target: {line}", file=sys.stderr)
    return 1 if failed else 0


def cmd_new(args) -> int:
    target = Path(args.dir)
    if target.exists() and any(target.iterdir()):
        raise DossierError(f"{target} already exists and is not empty")
    skeleton = resources.files("build_dossier").joinpath("skeleton")
    title = args.title or target.resolve().name.replace("-", " ").replace("_", " ").strip().title()
    _copy_tree(skeleton, target, {"{{TITLE}}": title, "{{REQUIREMENT}}": args.requirement})
    print(
        f"Created {target}/. Next:\n"
        f"  1. put articles (.txt, .html, .md) in {target}/seeds/\n"
        f"  2. cd {target} && mkdocs build   (or mkdocs serve to preview)\n",
        file=sys.stderr,
    )
    return 0


def _copy_tree(src, dest: Path, substitutions: dict[str, str]) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    for item in src.iterdir():
        name = item.name
        if name == "__pycache__":
            continue
        if name.startswith("dot-"):  # packaged as dot-github, dot-gitignore
            name = "." + name[4:]
        if item.is_dir():
            _copy_tree(item, dest / name, substitutions)
            continue
        text = item.read_text("utf-8")
        for key, value in substitutions.items():
            if name.endswith((".yml", ".yaml")):
                # Inside a double-quoted YAML string: a title's quotes and backslashes escaped.
                value = json.dumps(value, ensure_ascii=False)[1:-1]
            text = text.replace(key, value)
        (dest / name).write_text(text, encoding="utf-8")


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="build-dossier",
        description="Turn a folder of news articles into an annotated, cited dossier site.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("-f", "--config", default="mkdocs.yml", help="the project's mkdocs.yml (default: ./mkdocs.yml)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("new", help="start a new, empty dossier project",
                       description="Start a new dossier project: mkdocs.yml, docs/, seeds/, a Pages workflow.",
                       epilog="example:\n  build-dossier new harbour-strike --title 'The harbour strike'",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("dir", help="folder to create")
    p.add_argument("--title", help="the dossier's title (default: from the folder name)")
    p.add_argument("--requirement", default="build-dossier",
                   help="pip requirement the project's workflow installs (default: build-dossier)")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("export", help="print dossier.json to standard output",
                       description="Print the dossier as data (dossier.json) for the project in this folder.",
                       epilog="example:\n  build-dossier export > dossier.json",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("render", help="write the generated Markdown tree to a folder",
                       description="Write the docs tree MkDocs would build (the editors' pages and the "
                                   "generated ones) to a folder any Markdown site renderer can build.",
                       epilog="example:\n  build-dossier render --out build/docs",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", required=True, help="folder to write (must be empty or pass --force)")
    p.add_argument("--force", action="store_true", help="replace the folder if it exists")
    p.add_argument("--config-out", metavar="FILE",
                   help="also write a plugin-free mkdocs.yml for the tree (for Zensical), e.g. build/mkdocs.yml")
    p.set_defaults(func=cmd_render)

    p = sub.add_parser("scaffold", help="write a stub annotation in docs/ for every item that has none",
                       description="Write docs/<kind>/<id>.md for every source, actor, claim, event and "
                                   "dispute that has no annotation yet, with the extracted values as "
                                   "comments to uncomment and edit. Never overwrites a file.",
                       epilog="examples:\n  build-dossier scaffold            stubs for every kind\n"
                              "  build-dossier scaffold sources    stubs for the sources only",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("kinds", nargs="*", metavar="KIND",
                   help="sources, actors, claims, events or disputes (default: all)")
    p.set_defaults(func=cmd_scaffold)

    p = sub.add_parser("check", help="validate the annotations in docs/, listing every problem",
                       description="Read every annotation in docs/ and apply it as a build would: unknown "
                                   "ids, YAML errors, quotes not found or ambiguous, merges into hidden "
                                   "actors... One problem per line (file:line: message); exit 1 if any.",
                       epilog="example:\n  build-dossier check && mkdocs build --strict",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("score", help="measure extraction against a hand-written answer key",
                       description="Build the project in this folder and compare its actors, claims, "
                                   "events and disputes with an answer key (YAML): precision and recall "
                                   "per kind, then what was missed and what was found wrongly. A "
                                   "measurement: exit 0 unless a --min-* target is given and not met.",
                       epilog="examples:\n  build-dossier score tests/expected/demo.yaml\n"
                              "  build-dossier score key.yaml --json > scores.json\n"
                              "  build-dossier score key.yaml --min-recall actors=0.95 --min-recall claims=0.8",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("expected", help="the answer key (YAML; format in tests/expected/demo.yaml)")
    p.add_argument("--json", action="store_true", help="print the full result as JSON")
    p.add_argument("--brief", action="store_true", help="print the table only, not the misses")
    p.add_argument("--min-recall", action="append", metavar="[KIND=]X",
                   help="exit 1 when recall (of KIND, or of every kind) is below X; repeatable")
    p.add_argument("--min-precision", action="append", metavar="[KIND=]X",
                   help="exit 1 when precision (of KIND, or of every kind) is below X; repeatable")
    p.set_defaults(func=cmd_score)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except DossierErrors as exc:
        for problem in exc.errors:
            print(f"build-dossier: error: {problem}", file=sys.stderr)
        return 1
    except DossierError as exc:
        print(f"build-dossier: error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
