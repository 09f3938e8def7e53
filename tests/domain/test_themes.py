"""Themes: answers that say the same thing in other words land together, in any language."""

from __future__ import annotations

import pytest

from custjournal.domain import themes as th


def grouped(texts: list[str], language: str | None = None) -> list[set[str]]:
    lang = language or th.guess_language(texts)
    answers = [th.Answer(t, lang) for t in texts]
    return [{texts[i] for i in indexes} for _, indexes in th.group(answers)]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (
            ["fast delivery", "they deliver quickly", "delivered next day", "fair price"],
            [{"fast delivery", "they deliver quickly", "delivered next day"}, {"fair price"}],
        ),
        (
            ["slow shipping", "Shipping is SLOW", "the invoice was wrong"],
            [{"slow shipping", "Shipping is SLOW"}, {"the invoice was wrong"}],
        ),
        (  # German: stemmed in German, the participle's ge- set aside
            [
                "Schnelle Lieferung",
                "Sie liefern immer schnell",
                "Geliefert am nächsten Tag",
                "Guter Preis",
                "faire Preise",
            ],
            [
                {"Schnelle Lieferung", "Sie liefern immer schnell", "Geliefert am nächsten Tag"},
                {"Guter Preis", "faire Preise"},
            ],
        ),
        (  # French
            ["livraison rapide", "ils livrent vite", "livré le lendemain", "le prix est juste"],
            [{"livraison rapide", "ils livrent vite", "livré le lendemain"}, {"le prix est juste"}],
        ),
        (  # accents and case folded alike
            ["Café au top", "cafe au top", "CAFÉ AU TOP"],
            [{"Café au top", "cafe au top", "CAFÉ AU TOP"}],
        ),
        (["great!", "very good"], []),  # nothing but praise: no topic, no theme
    ],
)
def test_grouping(texts: list[str], expected: list[set[str]]) -> None:
    assert grouped(texts) == expected


def test_the_same_answers_give_the_same_themes_in_any_order() -> None:
    texts = ["fast delivery", "fair price", "they deliver quickly", "fair prices", "quick quote"]
    first = grouped(texts)
    again = grouped(list(reversed(texts)))
    assert sorted(map(sorted, first)) == sorted(map(sorted, again))


@pytest.mark.parametrize(
    ("texts", "language"),
    [
        (["fast delivery", "they deliver quickly"], "english"),
        (["Die Lieferung ist immer pünktlich"], "german"),
        (["La livraison est très rapide"], "french"),
        (["Доставка всегда вовремя"], "russian"),
        (["quick"], "english"),  # no clue: English
    ],
)
def test_guess_language(texts: list[str], language: str) -> None:
    assert th.guess_language(texts) == language


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["BeanCo keeps missing delivery windows."], {0: "BeanCo"}),
        (["Roastwerk's sales rep changes every few months."], {0: "Roastwerk"}),
        (["Quality of the Kenyan AA from Kaffee Kontor is inconsistent."], {0: "Kaffee Kontor"}),
        (["Slow shipping.", "Their support is rude."], {}),
        # A single capitalised word opening a sentence is a name only when it is met elsewhere.
        (["Acme never calls back.", "We left Acme last year."], {0: "Acme", 1: "Acme"}),
        (["Quality is inconsistent.", "The quality dropped."], {}),
        # A product after an article and a word or two in lower case, not a company.
        (["The decaf Swiss Water was out of stock twice this month."], {}),
        (["Our organic Highland Gold sold out; GrindHouse had it."], {0: "GrindHouse"}),
        # A preposition or a second word between: a company after all.
        (["The service at Kaffee Kontor is slow."], {0: "Kaffee Kontor"}),
        (["Deliveries from our old supplier BeanCo were late."], {0: "BeanCo"}),
        (["With the beans from BeanCo we had problems."], {0: "BeanCo"}),
        (["their support at Roastworks never answers"], {0: "Roastworks"}),
    ],
)
def test_competitor_names(texts: list[str], expected: dict[int, str]) -> None:
    assert th.competitor_names(texts) == expected


@pytest.mark.parametrize(
    ("texts", "name"),
    [
        (["fast delivery", "Fast delivery.", "they deliver quickly"], "Fast delivery"),
        (["they deliver quickly", "delivered next day"], "Delivered next day"),
    ],
)
def test_theme_name(texts: list[str], name: str) -> None:
    assert th.theme_name(texts) == name


@pytest.mark.parametrize(
    ("text", "name", "language", "shown"),
    [
        (
            "BeanCo keeps missing delivery windows.",
            "BeanCo",
            "english",
            "a competitor keeps missing delivery windows.",
        ),
        (
            "Kaffee Kontor's machines break down.",
            "Kaffee Kontor",
            "english",
            "a competitor's machines break down.",
        ),
        (
            "Quality of the beans from Roastwerk varies.",
            "Roastwerk",
            "english",
            "Quality of the beans from a competitor varies.",
        ),
        # Where the stand-in would break the grammar, the name stays.
        (
            "Die Qualität von Roastwerk schwankt.",
            "Roastwerk",
            "german",
            "Die Qualität von Roastwerk schwankt.",
        ),
        ("Slow shipping.", None, "english", "Slow shipping."),
    ],
)
def test_a_theme_of_several_competitors_says_a_competitor(
    text: str, name: str | None, language: str, shown: str
) -> None:
    assert th.without_name(text, name, language) == shown
    assert th.theme_name([th.without_name(text, name, language)])[0].isupper()
