"""How well the Insights themes group answers that say the same thing in other words.

    python benchmarks/themes.py

Labelled answers: the demo's reasons for buying and delights (each theme said in several ways,
slots filled with a few products and relatives), plus German and French sets written for this.
Each variant of `domain/themes.group` is scored by pairs of answers: precision (answers put
together that belong together), recall (answers that belong together put together) and F1.
The variants: folded words only; Snowball stems; stems of at least four letters merged with the
longer stems they begin; both. The figures are in docs/insights.md.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from custjournal.demo.corpus import DELIGHT_THEMES, WHY_BUY_THEMES  # noqa: E402
from custjournal.domain import themes as th  # noqa: E402

SLOTS = (
    {"bean": "Kenyan AA", "product": "cold brew", "relative": "daughter"},
    {"bean": "Earl Grey", "product": "chai concentrate", "relative": "husband"},
)
GERMAN = (
    (
        "Schnelle Lieferung",
        "Sie liefern immer schnell",
        "Geliefert am nächsten Tag",
        "Die Lieferung kommt pünktlich",
    ),
    ("Faire Preise", "Der Preis stimmt", "Gutes Preis-Leistungs-Verhältnis"),
    ("Die Schulung für mein Team", "Sie haben unser Team gut geschult"),
    ("Man erreicht immer jemanden am Telefon", "Am Telefon sofort erreichbar"),
)
FRENCH = (
    ("Livraison rapide", "Ils livrent vite", "Livré le lendemain", "La livraison est ponctuelle"),
    ("Des prix justes", "Le prix est honnête"),
    ("La formation de mon équipe", "Ils ont bien formé notre équipe"),
)


def labelled() -> list[tuple[str, str, str]]:
    """(text, language, label) of every answer."""
    rows = []
    for kind, themes in (("why", WHY_BUY_THEMES), ("delight", DELIGHT_THEMES)):
        for i, theme in enumerate(themes):
            for text, slots in itertools.product(theme, SLOTS):
                rows.append((text.format_map(slots), "english", f"{kind}{i}"))
    for lang, themes in (("german", GERMAN), ("french", FRENCH)):
        for i, theme in enumerate(themes):
            rows += [(text, lang, f"{lang}{i}") for text in theme]
    return list(dict.fromkeys(rows))


def score(rows: list[tuple[str, str, str]]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1, each corpus (kind or language) grouped on its own."""
    together = right = should = 0
    corpora = sorted({label.rstrip("0123456789") for _, _, label in rows})
    for corpus in corpora:
        part = [r for r in rows if r[2].rstrip("0123456789") == corpus]
        groups = th.group([th.Answer(text, lang) for text, lang, _ in part])
        theme_of = {i: key for key, indexes in groups for i in indexes}
        for a, b in itertools.combinations(range(len(part)), 2):
            same = part[a][2] == part[b][2]
            put = a in theme_of and theme_of.get(a) == theme_of.get(b)
            should += same
            together += put
            right += same and put
    precision = right / together if together else 0.0
    recall = right / should if should else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def variant(stem: bool, merge: bool) -> Callable[[], tuple[float, float, float]]:
    def run() -> tuple[float, float, float]:
        th.concepts_of.cache_clear()
        th._stem.cache_clear()
        original_stem, original_group = th._stem, th.group
        if not stem:
            th._stem = lambda word, language: word  # type: ignore[assignment]
        th.group = lambda answers, **kw: original_group(  # type: ignore[assignment]
            answers, merge_prefixes=merge, **kw
        )
        try:
            return score(labelled())
        finally:
            th._stem, th.group = original_stem, original_group
            th.concepts_of.cache_clear()

    return run


def main() -> None:
    rows = labelled()
    print(f"{len(rows)} answers in {len({r[2] for r in rows})} themes")
    print(f"{'variant':34s} precision  recall  F1")
    for name, stem, merge in (
        ("folded words only", False, False),
        ("+ Snowball stems", True, False),
        ("+ prefix merge (no stems)", False, True),
        ("+ Snowball stems + prefix merge", True, True),
    ):
        p, r, f = variant(stem, merge)()
        print(f"{name:34s} {p:9.3f} {r:7.3f} {f:5.3f}")


if __name__ == "__main__":
    main()
