"""The project stands on its own: its code, tests and docs cite only documents it holds.

Rules agreed for the product are in docs/rules.md, choices taken in the code in docs/decisions.md
and the other pages of docs/; a citation of docs/rules.md names a section that is there.
"""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Spelt in pieces so that this file does not match itself.
OUTSIDE = re.compile(
    r"DECISIONS" + r"\.md|ENGINEERING" + r"\.md|PRODUCT" + r"\.md|\.\./shared/|\b[Ii]ssue #?\d"
)
CITED = re.compile(r"docs/rules\.md`?,\s*\"([^\"]+)\"")


def _texts() -> list[Path]:
    paths = [ROOT / "README.md"]
    for top in ("src", "tests", "benchmarks", "docs"):
        for pattern in ("*.py", "*.md"):
            paths += sorted((ROOT / top).rglob(pattern))
    return [p for p in paths if "egg-info" not in str(p)]


def test_nothing_cites_a_document_outside_the_repository():
    found = [
        f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
        for path in _texts()
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if OUTSIDE.search(line)
    ]
    assert found == []


def test_every_cited_section_of_the_rules_is_there():
    rules = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    headings = set(re.findall(r"^## (.+)$", rules, re.M))
    terms = set(re.findall(r"\*\*([^*]+?)\.?\*\*", rules))
    cited = {
        (path.relative_to(ROOT), name)
        for path in _texts()
        for name in CITED.findall(" ".join(path.read_text(encoding="utf-8").split()))
    }
    assert cited, "the code cites docs/rules.md by section"
    missing = [(str(p), name) for p, name in sorted(cited) if name not in headings | terms]
    assert missing == []
