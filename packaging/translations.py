"""The Qt translation catalogues: generated from the sources, compiled for the app.

    python packaging/translations.py update [--language LANG]   sources -> .ts
    python packaging/translations.py compile [--out DIR]        .ts -> .qm

``update`` runs pyside6-lupdate over ui/ and careplan/ and writes one catalogue per
language, resources/translations/careplan_<LANG>.ts (en_GB, the language the sources
are written in, always; ``--language cy`` starts another). Translations already made
are kept; strings gone from the sources are dropped.

lupdate files a string under the class whose ``self.tr`` asks for it. Strings asked for
through a module's helper (``_tr("…")``, which calls ``QCoreApplication.translate`` with
the module's own context) or the core's ``_("…")``/``N_("…")`` come out of lupdate with
no context; this script files each under the context its module uses at run time.

``compile`` runs pyside6-lrelease on every catalogue; packaging/setup.sh does it before
the app or the tests start, and the .qm files are not kept in git.
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "en_GB"
PACKAGES = ("ui", "careplan")
# Helpers that translate their argument; lupdate is told to read them as tr().
HELPERS = ("_tr", "self_tr", "_", "N_")
CORE_CONTEXT = "careplan"  # careplan/i18n.py CONTEXT


def tool(name: str) -> str:
    """A PySide6 tool (pyside6-lupdate, pyside6-lrelease) beside this Python, or on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: it comes with PySide6-Essentials (pip install -e '.[dev]')")
    return found


def sources() -> list[Path]:
    return sorted(p for package in PACKAGES for p in (ROOT / package).rglob("*.py"))


def named_context(node: ast.AST) -> str | None:
    """The context of ``_tr = translator("context")`` (ui/i18n.py), if ``node`` is one."""
    if (
        isinstance(node, ast.Assign)
        and [getattr(t, "id", None) for t in node.targets] == ["_tr"]
        and isinstance(node.value, ast.Call)
        and getattr(node.value.func, "id", None) == "translator"
        and node.value.args
        and isinstance(node.value.args[0], ast.Constant)
    ):
        return str(node.value.args[0].value)
    return None


def helper_context(path: Path) -> str:
    """The context a module's ``_tr`` names (``translator("…")``) or its ``_tr``/``self_tr``
    helper passes to QCoreApplication.translate; the core's modules use :data:`CORE_CONTEXT`."""
    if path.relative_to(ROOT).parts[0] == "careplan":
        return CORE_CONTEXT
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        named = named_context(node)
        if named is not None:
            return named
        if isinstance(node, ast.FunctionDef) and node.name in HELPERS:
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "translate"
                    and call.args
                    and isinstance(call.args[0], ast.Constant)
                ):
                    return str(call.args[0].value)
    return ""


def _lupdate(files: list[Path], out: Path) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as listing:
        listing.write("\n".join(str(p) for p in files))
    try:
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                f"@{listing.name}",
                "-tr-function-alias",
                ",".join(f"tr+={name}" for name in HELPERS),
                "-locations",
                "absolute",
                "-source-language",
                SOURCE_LANGUAGE,
                "-silent",
                "-ts",
                str(out),
            ],
            check=True,
            cwd=ROOT,
        )
    finally:
        os.unlink(listing.name)


def extract() -> dict[tuple[str, str], list[tuple[str, int]]]:
    """Every translatable string in the sources: (context, source) -> its locations."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "extracted.ts"
        _lupdate(sources(), out)
        tree = ET.parse(out)
        base = out.parent
    found: dict[tuple[str, str], list[tuple[str, int]]] = {}
    contexts: dict[Path, str] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            for location in message.iter("location"):
                path = (base / location.get("filename", "")).resolve()
                line = int(location.get("line", "0"))
                where = name
                if not where:
                    if path not in contexts:
                        contexts[path] = helper_context(path)
                    where = contexts[path]
                relative = path.relative_to(ROOT).as_posix()
                found.setdefault((where, source), []).append((relative, line))
    return found


def read_catalogue(path: Path) -> dict[tuple[str, str], ET.Element]:
    """The translations in a catalogue: (context, source) -> its <translation> element."""
    kept: dict[tuple[str, str], ET.Element] = {}
    if not path.exists():
        return kept
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None:
                kept[(name, message.findtext("source") or "")] = translation
    return kept


def write_catalogue(
    path: Path, language: str, strings: dict[tuple[str, str], list[tuple[str, int]]]
) -> None:
    old = read_catalogue(path)
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage=SOURCE_LANGUAGE)
    by_context: dict[str, list[str]] = {}
    for context, source in strings:
        by_context.setdefault(context, []).append(source)
    for context in sorted(by_context):
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        for source in sorted(by_context[context]):
            message = ET.SubElement(element, "message")
            # Files only, no line numbers: the catalogue changes when strings do, not
            # whenever code moves.
            for filename in sorted({f for f, _line in strings[(context, source)]}):
                relative = os.path.relpath(ROOT / filename, path.parent)
                ET.SubElement(message, "location", filename=relative)
            ET.SubElement(message, "source").text = source
            previous = old.get((context, source))
            if previous is not None and (previous.text or "") and previous.get("type") is None:
                translation = ET.SubElement(message, "translation")
                translation.text = previous.text
            else:
                ET.SubElement(message, "translation", type="unfinished")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def catalogue_path(language: str) -> Path:
    return CATALOGUES / f"careplan_{language}.ts"


def languages() -> list[str]:
    found = sorted(p.stem.removeprefix("careplan_") for p in CATALOGUES.glob("careplan_*.ts"))
    return found or [SOURCE_LANGUAGE]


def update(extra_language: str | None = None) -> list[Path]:
    strings = extract()
    CATALOGUES.mkdir(parents=True, exist_ok=True)
    written = []
    for language in sorted({*languages(), SOURCE_LANGUAGE, *filter(None, [extra_language])}):
        path = catalogue_path(language)
        write_catalogue(path, language, strings)
        written.append(path)
    return written


def compile_catalogues(out: Path = CATALOGUES) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    compiled = []
    for ts in sorted(CATALOGUES.glob("careplan_*.ts")):
        qm = out / ts.with_suffix(".qm").name
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT
        )
        compiled.append(qm)
    return compiled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    update_parser = commands.add_parser("update", help="regenerate the catalogues (.ts)")
    update_parser.add_argument("--language", help="also start a catalogue for this language")
    compile_parser = commands.add_parser("compile", help="compile the catalogues (.qm)")
    compile_parser.add_argument("--out", type=Path, default=CATALOGUES)
    args = parser.parse_args(argv)
    if args.command == "update":
        for path in update(args.language):
            print(path.relative_to(ROOT))
    else:
        for path in compile_catalogues(args.out):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
