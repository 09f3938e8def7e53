"""The app's language: Qt translators for our strings and Qt's own, and the locale.

At start (`install`), the language chosen in Settings (System, English, Deutsch; kept per user
in QSettings under "language") picks the locale: QLocale.setDefault, so dates, numbers and money
in the app follow it (a language other than the system's is written the system's way: English
on a German desktop is en_DE, 09/12/2026 and 1.234,50; see `locale_for`), and two translators: `custjournal_<lang>.qm` from resources/i18n (ours)
and `qtbase_<lang>.qm` from Qt's translations folder (the buttons of Qt's own dialogs). English
has a translation too, holding only the plural forms ("1 customer", "2 customers"); a language
without a translation of ours falls back to it. A new choice applies at the next start.

The vocabulary of stages, channels, categories and reasons is English in `domain/` (which
imports no Qt), marked there with `QT_TRANSLATE_NOOP("Vocabulary", ...)`; `word` translates it
where it is shown.
"""

from __future__ import annotations

import re
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QSettings, QTranslator

_SETTING = "language"
# Each language in its own name, so a person who can't read the current one finds theirs.
LANGUAGES: dict[str, str] = {"system": "", "en": "English", "de": "Deutsch"}
_installed: list[QTranslator] = []


def language_label(key: str) -> str:
    if key == "system":
        return QCoreApplication.translate("Language", "System")
    return LANGUAGES[key]


def saved_language() -> str:
    """The user's choice: "system", "en" or "de"."""
    value = str(QSettings().value(_SETTING, "system"))
    return value if value in LANGUAGES else "system"


def save_language(language: str) -> None:
    settings = QSettings()
    settings.setValue(_SETTING, language)
    settings.sync()


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The locale the app uses for *language*: the system's, or the language as written where
    the system is (see `_written_here`)."""
    system = QLocale.system() if system is None else system
    if language == "system":
        return system
    wanted = QLocale(language).language()
    if system.language() == wanted:  # en_GB's dates stay en_GB's, de_CH's stay de_CH's
        return system
    return _written_here(wanted, system)


def _written_here(language: QLocale.Language, system: QLocale) -> QLocale:
    """*language* with the system's dates and numbers: English on a German desktop is en_DE
    (09/12/2026, 1.234,50), not the US's 12/9/26 and 1,234.50, which a German reads as 12
    September. Where the language has no locale for the system's country (English in Brazil),
    one of its locales that writes dates in the same order with the same decimal and group
    marks, or at least in the same order; else the language's own (and with no system
    preference, LANG=C, the language's own too)."""
    here = QLocale(language, system.territory())
    if here.language() == language and here.territory() == system.territory():
        return here
    own = QLocale(language)
    if system.language() == QLocale.Language.C:
        return own
    # In the language's own script: English is written in Deseret too (en-Dsrt).
    others = QLocale.matchingLocales(language, own.script(), QLocale.Country.AnyTerritory)

    def marks(locale: QLocale) -> tuple[str, ...]:
        return (_date_order(locale), locale.decimalPoint(), locale.groupSeparator())

    for same in (marks, _date_order):
        for locale in (own, *others):
            if same(locale) == same(system):
                return locale
    return own


def _date_order(locale: QLocale) -> str:
    """ "dMy", "Mdy" or "yMd": the order of a short date's day, month and year."""
    fmt = re.sub(r"'[^']*'", "", locale.dateFormat(QLocale.FormatType.ShortFormat))
    return "".join(dict.fromkeys(c for c in fmt if c in "dMy"))


def _load(translator: QTranslator, locale: QLocale, name: str, folder: str) -> bool:
    # QTranslator.load(locale, ...) tries each of the locale's UI languages in turn
    # ("de-CH", "de", ...), so a Swiss German desktop gets the German translation.
    return translator.load(locale, name, "_", folder, ".qm")


def install(app: QCoreApplication, language: str | None = None) -> QLocale:
    """Set the locale and install the translators for *language* (default: the saved choice).

    Called once at start, before any window is built. Returns the locale in use.
    """
    language = saved_language() if language is None else language
    locale = locale_for(language)
    QLocale.setDefault(locale)
    install_translators(app, locale)
    return locale


def install_translators(app: QCoreApplication, locale: QLocale) -> None:
    """Ours and Qt's translators for *locale*'s language, replacing those installed before."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    folder = resources.files("custjournal.resources").joinpath("i18n")
    with resources.as_file(folder) as path:
        ours = QTranslator(app)
        if _load(ours, locale, "custjournal", str(path)) or ours.load("custjournal_en", str(path)):
            _installed.append(ours)
    qt = QTranslator(app)
    if locale.language() != QLocale.Language.English and _load(
        qt, locale, "qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)


def word(text: str) -> str:
    """A word of the domain's vocabulary (a stage, a channel, a reason), in the app's language."""
    return QCoreApplication.translate("Vocabulary", text)


class _Words(QObject):
    """Plurals outside a QObject: `Words.tr("%n item(s)", "", n)`.

    pyside6-lupdate marks `%n` plurals only in `tr()` calls (a `translate()` with a count is
    read as a plain message), and names the context of `Words.tr(...)` after the variable:
    "Words". So this object translates in that context, whatever its class is called.
    """

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate("Words", text, disambiguation, n)


Words = _Words()
