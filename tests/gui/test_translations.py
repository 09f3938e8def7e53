"""The translations are complete and the code keeps them reachable (a check that runs in CI).

- No `tr()`/`translate()` holds an f-string: lupdate can't see what it will be at run time.
- Plurals go through `Words.tr(text, "", n)`: lupdate marks no plural in a `translate()` with a
  count (and such a message is found for 1 only), and PySide's `self.tr` with a count stops at
  the first class of an object's hierarchy, so a base class's plural is missed in a subclass.
- Every shipped language is complete after `pyside6-lupdate` over today's sources, run into a
  copy of its .ts: no unfinished entry (a string added or changed without its translation) and
  no obsolete one (a string gone from the code, still in the file).
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "src" / "custjournal" / "gui"
# What scripts/translations reads: the app, and the lower layers' marked sentences
# (domain/i18n.py).
TRANSLATED = ("gui", "domain", "ops", "store", "interop")
LOWER = ("domain", "ops", "store", "interop")
I18N = ROOT / "resources" / "i18n"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
TR_NAMES = {"tr", "translate"}


def _calls(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in TR_NAMES:
                yield name, node


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(ROOT)}:{node.lineno}"


def test_no_f_string_inside_a_translation() -> None:
    found = []
    for path in sorted(GUI.rglob("*.py")):
        for name, call in _calls(path):
            source = call.args[1] if name == "translate" and len(call.args) > 1 else None
            if name == "tr" and call.args:
                source = call.args[0]
            if isinstance(source, ast.JoinedStr) or (
                isinstance(source, ast.BinOp) and isinstance(source.op, (ast.Add, ast.Mod))
            ):
                found.append(_where(path, call))
    assert not found, f"tr()/translate() with an f-string or built text: {found}"


def test_no_f_string_inside_a_lower_layer_sentence() -> None:
    """`OpsText.tr(f"...")` would be English in the app for good: lupdate skips it."""
    found = []
    for path in sorted(p for d in LOWER for p in (GUI.parent / d).rglob("*.py")):
        for name, call in _calls(path):
            func = call.func
            owner = func.value if isinstance(func, ast.Attribute) else None
            if not (name == "tr" and isinstance(owner, ast.Name) and owner.id.endswith("Text")):
                continue
            source = call.args[0] if call.args else None
            if not (isinstance(source, ast.Constant) and isinstance(source.value, str)):
                found.append(_where(path, call))
            elif "%n" in source.value and len(call.args) < 3:
                found.append(_where(path, call))  # a plural whose count lupdate can't see
    assert not found, f"a lower layer's sentence lupdate can't read: {found}"


def test_plurals_go_through_words() -> None:
    found = []
    for path in sorted(GUI.rglob("*.py")):
        for name, call in _calls(path):
            # Only calls lupdate reads (a literal text); helpers that pass a text on are not.
            text = call.args[1] if name == "translate" and len(call.args) > 1 else None
            if name == "tr" and call.args:
                text = call.args[0]
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                continue
            if name == "translate" and len(call.args) >= 4:
                found.append(_where(path, call))
            func = call.func
            by_words = isinstance(func, ast.Attribute) and (
                isinstance(func.value, ast.Name) and func.value.id == "Words"
            )
            if name == "tr" and len(call.args) >= 3 and not by_words:
                found.append(_where(path, call))
    assert not found, f"a count outside Words.tr(text, '', n): {found}"


def test_no_literal_goes_through_a_helper_lupdate_cannot_see() -> None:
    """`_tr("Save")` works at run time, but lupdate reads only tr()/translate(): never listed."""
    found = []
    for path in sorted(GUI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            first = node.args[0]
            if (
                name not in TR_NAMES
                and re.fullmatch(r"_*(tr|translate|t)", name)
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
            ):
                found.append(_where(path, node))
    assert not found, f"a text lupdate never sees: {found}"


def test_tr_is_called_on_self_or_words() -> None:
    """lupdate names the context of `view.tr("...")` after the variable ("view"), PySide after
    the object's class: the two never meet, and the text stays English."""
    found = []
    for path in sorted(GUI.rglob("*.py")):
        for name, call in _calls(path):
            func = call.func
            if name == "tr" and isinstance(func, ast.Attribute):
                owner = func.value
                if not (isinstance(owner, ast.Name) and owner.id in ("self", "Words")):
                    found.append(_where(path, call))
    assert not found, f"tr() on another object: {found}"


def test_the_check_above_sees_an_f_string(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('def f(self, n):\n    return self.tr(f"{n} customers")\n')
    (name, call), *_ = _calls(sample)
    assert name == "tr" and isinstance(call.args[0], ast.JoinedStr)


def _unfinished_and_obsolete(ts: Path) -> list[str]:
    problems = []
    for context in ET.parse(ts).getroot().iter("context"):
        where = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("unfinished", "obsolete", "vanished"):
                problems.append(f"{kind}: {where}: {message.findtext('source')!r}")
    return problems


@pytest.mark.parametrize("ts", sorted(I18N.glob("custjournal_*.ts")), ids=lambda p: p.stem)
def test_a_shipped_language_is_complete_after_lupdate(ts: Path, tmp_path: Path) -> None:
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    sources = sorted(str(p) for d in TRANSLATED for p in (GUI.parent / d).rglob("*.py"))
    extra = ["-pluralonly"] if ts.stem.endswith("_en") else []
    run = subprocess.run(
        [str(LUPDATE), "-locations", "none", *extra, *sources, "-ts", str(copy)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    problems = _unfinished_and_obsolete(copy)
    assert not problems, (
        f"{ts.name} after lupdate ({len(problems)}; run `bash scripts/translations` and "
        "translate them):\n" + "\n".join(problems[:30])
    )


def test_every_translation_keeps_the_placeholders_of_its_source() -> None:
    """A translation that drops or renames a {field} would fail in .format() at run time."""
    bad = []
    for ts in sorted(I18N.glob("custjournal_*.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            source = message.findtext("source") or ""
            want = sorted(set(re.findall(r"\{\w*\}", source)))
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            for text in forms:
                if sorted(set(re.findall(r"\{\w*\}", text))) != want:
                    bad.append(f"{ts.name}: {source!r} -> {text!r}")
    assert not bad, "\n".join(bad)
