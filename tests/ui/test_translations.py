"""The Qt translation catalogues: every string the app shows is in them, and a translated
catalogue, compiled, changes what the app shows (widgets and the core's messages).

The strings are found here by reading the sources (ast), independently of pyside6-lupdate,
which generates the catalogues (packaging/translations.py).
"""

from __future__ import annotations

import ast
import datetime as dt
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from careplan import i18n
from careplan.records import PlanSummary
from ui import app as app_module
from ui.models.history import PlanHistoryModel

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "resources" / "translations"
SOURCE_CATALOGUE = CATALOGUES / "careplan_en_GB.ts"
TOOL = ROOT / "packaging" / "translations.py"
UPDATE = "run: python packaging/translations.py update"

# Functions that translate their argument: the module helpers and the core's markers.
HELPERS = {"_tr", "self_tr"}
CORE_HELPERS = {"_", "N_"}
# Where a translating call may take a variable: the helpers themselves, each passing its
# own argument on, and the place the core translates messages marked with N_.
DYNAMIC_ALLOWED = {
    ("careplan/services/base.py", "integrity_to_validation"),
}


def _named_context(node: ast.AST) -> str | None:
    """The context of ``_tr = translator("context")`` (ui/i18n.py), if ``node`` is one."""
    if (
        isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
        and node.targets[0].id in HELPERS
        and isinstance(node.value, ast.Call)
        and isinstance(node.value.func, ast.Name)
        and node.value.func.id == "translator"
        and node.value.args
        and isinstance(node.value.args[0], ast.Constant)
    ):
        return str(node.value.args[0].value)
    return None


def _translating(call: ast.Call) -> bool:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr == "tr" or (
            func.attr == "translate"
            and isinstance(func.value, ast.Name)
            and func.value.id == "QCoreApplication"
        )
    return isinstance(func, ast.Name) and func.id in HELPERS | CORE_HELPERS


class _Finder(ast.NodeVisitor):
    def __init__(self, relative: str) -> None:
        self.relative = relative
        self.core = relative.startswith("careplan/")
        # The context the module's helper translates in: named by ``_tr = translator(…)``
        # or by the QCoreApplication.translate call inside a ``def _tr``/``def self_tr``.
        self.helper_context: str | None = None
        self.helper_calls: list[tuple[str, str, str]] = []  # (where, helper, text)
        self.classes: list[str] = []
        self.functions: list[str] = []
        self.found: set[tuple[str, str]] = set()
        self.problems: list[str] = []

    def finish(self) -> None:
        """Files the strings asked for through the module's helper under its context."""
        for where, helper, text in self.helper_calls:
            if self.helper_context is None:
                self.problems.append(f"{where}: {helper}() with no helper in its module")
            else:
                self.found.add((self.helper_context, text))

    def visit_Assign(self, node: ast.Assign) -> None:
        named = _named_context(node)
        if named is not None:
            self.helper_context = named
        self.generic_visit(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        # pyside6-lupdate does not read inside f-strings: a string asked for there
        # never reaches the catalogue.
        for inner in ast.walk(node):
            if isinstance(inner, ast.Call) and _translating(inner):
                self.problems.append(
                    f"{self.relative}:{inner.lineno}: {ast.unparse(inner)[:60]} inside an "
                    "f-string, where pyside6-lupdate does not see it"
                )
        self.generic_visit(node)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.functions.append(node.name)
        self.generic_visit(node)
        self.functions.pop()

    def _text(self, node: ast.Call, position: int) -> str | None:
        argument = node.args[position] if len(node.args) > position else None
        if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
            return argument.value
        inside = self.functions[-1] if self.functions else ""
        helper = inside in HELPERS | CORE_HELPERS | {"_translate_core"}
        if not helper and (self.relative, inside) not in DYNAMIC_ALLOWED:
            self.problems.append(
                f"{self.relative}:{node.lineno}: {ast.unparse(node)[:80]} — not a literal string"
            )
        return None

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        where = f"{self.relative}:{node.lineno}"
        if isinstance(func, ast.Attribute) and func.attr == "tr" and node.args:
            if isinstance(func.value, ast.Name) and func.value.id == "self" and self.classes:
                text = self._text(node, 0)
                if text is not None:
                    self.found.add((self.classes[-1], text))
            else:
                self.problems.append(
                    f"{where}: {ast.unparse(func)}(…) — its context depends on the object at "
                    "run time; use self.tr in the class or the module's _tr"
                )
        elif (
            isinstance(func, ast.Attribute)
            and func.attr == "translate"
            and isinstance(func.value, ast.Name)
            and func.value.id == "QCoreApplication"
        ):
            context = node.args[0]
            if isinstance(context, ast.Constant) and isinstance(context.value, str):
                if self.functions and self.functions[-1] in HELPERS:
                    self.helper_context = context.value
                text = self._text(node, 1)
                if text is not None:
                    self.found.add((context.value, text))
            elif not self.functions or self.functions[-1] not in HELPERS | {"_translate_core"}:
                self.problems.append(f"{where}: translate() with a context that is not literal")
        elif isinstance(func, ast.Name) and func.id in HELPERS and node.args:
            text = self._text(node, 0)
            if text is not None:
                self.helper_calls.append((where, func.id, text))
        elif isinstance(func, ast.Name) and func.id in CORE_HELPERS and self.core and node.args:
            text = self._text(node, 0)
            if text is not None:
                self.found.add((i18n.CONTEXT, text))
        self.generic_visit(node)


def strings_in_sources() -> tuple[set[tuple[str, str]], list[str]]:
    found: set[tuple[str, str]] = set()
    problems: list[str] = []
    for package in ("ui", "careplan"):
        for path in sorted((ROOT / package).rglob("*.py")):
            finder = _Finder(path.relative_to(ROOT).as_posix())
            finder.visit(ast.parse(path.read_text(encoding="utf-8")))
            finder.finish()
            found |= finder.found
            problems += finder.problems
    return found, problems


def strings_in_catalogue(path: Path) -> set[tuple[str, str]]:
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in ET.parse(path).getroot().iter("context")
        for message in context.iter("message")
    }


def test_every_translating_call_names_a_literal_string_and_a_fixed_context() -> None:
    _found, problems = strings_in_sources()
    assert problems == []


def test_the_catalogue_holds_every_string_the_ui_and_the_core_translate() -> None:
    found, _problems = strings_in_sources()
    assert len(found) > 1000  # the scan sees the app's strings at all
    assert (("PlanHistoryModel", "Review date")) in found
    assert ((i18n.CONTEXT, "A patient with this NHS number is already registered.")) in found
    for catalogue in sorted(CATALOGUES.glob("careplan_*.ts")):
        listed = strings_in_catalogue(catalogue)
        missing = sorted(found - listed)
        gone = sorted(listed - found)
        assert missing == [], f"{catalogue.name} lacks strings the sources translate; {UPDATE}"
        assert gone == [], f"{catalogue.name} holds strings no source asks for; {UPDATE}"
    assert SOURCE_CATALOGUE.exists()


@pytest.fixture
def german(tmp_path: Path) -> Path:
    """The real catalogue with three strings translated, compiled as the app ships it."""
    tree = ET.parse(SOURCE_CATALOGUE)
    wanted = {
        ("PlanHistoryModel", "Review date"): "Überprüfungsdatum",
        ("_HistoryTable", "not set"): "nicht festgelegt",
        (i18n.CONTEXT, "A patient with this NHS number is already registered."): (
            "Ein Patient mit dieser NHS-Nummer ist bereits registriert."
        ),
    }
    root = tree.getroot()
    root.set("language", "de")
    done = set()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            if key in wanted:
                translation = message.find("translation")
                assert translation is not None
                translation.attrib.clear()
                translation.text = wanted[key]
                done.add(key)
    assert done == set(wanted)
    source = tmp_path / "careplan_de.ts"
    tree.write(source, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(source)], check=True)
    return tmp_path


@pytest.fixture
def installed(app: QApplication) -> Iterator[list[QTranslator]]:
    """Translators the test installs, removed afterwards with the locale put back."""
    before = set(app.findChildren(QTranslator))
    locale = QLocale()
    added: list[QTranslator] = []
    yield added
    for translator in set(app.findChildren(QTranslator)) - before:
        app.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(locale)


def test_the_app_loads_the_catalogue_for_the_persons_language_at_start(
    app: QApplication,
    german: Path,
    installed: list[QTranslator],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert PlanHistoryModel().headerData(6, Qt.Orientation.Horizontal) == "Review date"
    monkeypatch.setattr(app_module, "TRANSLATIONS_DIR", german)
    QLocale.setDefault(QLocale("de_DE"))
    app_module.configure_application(app)

    model = PlanHistoryModel()
    assert model.headerData(6, Qt.Orientation.Horizontal) == "Überprüfungsdatum"
    # A string asked for in the base class (its context) by a subclass's instance.
    plan = PlanSummary(1, dt.date(2025, 9, 1), "draft", 1, None, 1, 1, None, None, None)
    model.set_plans((plan,), None)
    assert model.data(model.index(0, 6)) == "nicht festgelegt"
    # The core's messages, translated through the same catalogue.
    assert i18n._("A patient with this NHS number is already registered.") == (
        "Ein Patient mit dieser NHS-Nummer ist bereits registriert."
    )
    assert i18n._("Not in any catalogue.") == "Not in any catalogue."


def test_compile_writes_a_catalogue_qt_can_load_for_every_language(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, str(TOOL), "compile", "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    compiled = sorted(tmp_path.glob("careplan_*.qm"))
    expected = sorted(p.stem for p in CATALOGUES.glob("careplan_*.ts"))
    assert [p.stem for p in compiled] == expected, run.stdout
    for qm in compiled:
        assert QTranslator().load(str(qm)), qm
