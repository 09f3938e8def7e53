"""The app's language: Qt translators for our strings and Qt's own, and the locale.

At start (`install`), the language chosen in Settings (System, English, Deutsch; kept per user
in QSettings under "language") picks the locale: QLocale.setDefault, so dates, numbers and money
in the app follow it, and two translators: `custjournal_<lang>.qm` from resources/i18n (ours)
and `qtbase_<lang>.qm` from Qt's translations folder (the buttons of Qt's own dialogs). English
has a translation too, holding only the plural forms ("1 customer", "2 customers"); a language
without a translation of ours falls back to it. A new choice applies at the next start.

The vocabulary of stages, channels, categories and reasons is English in `domain/` (which
imports no Qt), marked there with `QT_TRANSLATE_NOOP("Vocabulary", ...)`; `word` translates it
where it is shown.
"""

from __future__ import annotations

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


def locale_for(language: str) -> QLocale:
    """The locale the app uses for *language*: the system's, or the language's own."""
    if language == "system":
        return QLocale.system()
    if language == "en":
        # English as the system writes it where it is English (en_GB's dates stay en_GB's).
        system = QLocale.system()
        if system.language() == QLocale.Language.English:
            return system
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale(language)


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
