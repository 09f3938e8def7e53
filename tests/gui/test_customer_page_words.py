"""What the customer page says, as a reviewer read it in the window: "What we know" says what is
true for a customer with conversations that taught nothing yet, a pain point's own full stop
does not stand before its bracket, and a PDF's save dialog opens in the folder the last PDF was
saved to."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from custjournal import ops
from custjournal.gui import file_dialogs, i18n
from custjournal.gui.controller import JournalController
from custjournal.gui.main_window import MainWindow
from custjournal.store.journal import open_journal


@pytest.fixture(params=["en", "de"])
def language(request, qapp: QApplication) -> Iterator[str]:
    before = QLocale()
    if request.param == "de":
        i18n.save_language("de")
        i18n.install(qapp)
    yield request.param
    QLocale.setDefault(before)
    i18n.install_translators(qapp, QLocale(QLocale.Language.English))


@pytest.fixture
def people(journal) -> dict[str, int]:
    talked = ops.add_customer(journal, "Nuria Martínez").id
    for summary in ("First call", "Samples sent"):
        ops.log_conversation(journal, talked, summary=summary)
    hurt = ops.add_customer(journal, "Birgit Kühn").id
    ops.log_conversation(
        journal, hurt, pains=[ops.PainInput("Delivery arrived two days late.", "us")]
    )
    new = ops.add_customer(journal, "Tomáš Procházka").id
    journal.close()
    return {"talked": talked, "hurt": hurt, "new": new}


@pytest.fixture
def window(qtbot, journal_path, people, language) -> Iterator[MainWindow]:
    w = MainWindow(JournalController(open_journal(journal_path)), use_tray=False)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.rows_loaded, timeout=10_000):
        w.show()
    yield w
    w.controller.close()


def known_rows(window: MainWindow) -> list[str]:
    tree = window.page.known
    rows = []
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        rows.append(item.text(0))
        rows += [item.child(j).text(0) for j in range(item.childCount())]
    return rows


def test_what_we_know_says_what_is_true(window, people, language):
    window.select_customer(people["talked"])
    assert known_rows(window) == [
        {
            "en": "Nothing learned yet from 2 conversations: next time, ask about their family, "
            "interests and goals.",
            "de": "Aus 2 Gesprächen noch nichts erfahren: Fragen Sie beim nächsten Mal nach "
            "Familie, Interessen und Zielen.",
        }[language]
    ]
    window.select_customer(people["new"])  # nobody talked to yet: the invitation to log
    assert known_rows(window) == [
        {
            "en": "Nothing yet: log a conversation (Ctrl+L) or add a fact.",
            "de": "Noch nichts: Halten Sie ein Gespräch fest (Strg+L) oder fügen Sie einen Fakt "
            "hinzu.",
        }[language]
    ]


def test_a_pain_point_s_full_stop_does_not_stand_before_its_bracket(window, people, language):
    window.select_customer(people["hurt"])
    rows = known_rows(window)
    with_us = {"en": "with us", "de": "mit uns"}[language]
    assert f"Delivery arrived two days late ({with_us})" in rows, rows


def test_the_pdf_dialog_opens_where_the_last_pdf_was_saved(
    window, people, tmp_path, monkeypatch, language
):
    offered: list[Path] = []
    chosen = tmp_path / "out" / "briefs"
    chosen.mkdir(parents=True)

    def save_dialog(_parent, _title, suggested, _filter):
        offered.append(Path(suggested))
        return str(chosen / f"brief {len(offered)}.pdf")

    # Every dialog of the app goes through gui/file_dialogs.py.
    monkeypatch.setattr(file_dialogs, "save_file_name", save_dialog)
    window.show_brief_for(people["talked"])
    first = window.brief_view.save_pdf()
    assert first is not None and first.parent == chosen
    assert offered[0].parent != chosen  # the first time: Documents, or home
    window.show_brief_for(people["hurt"])
    assert window.brief_view.save_pdf() is not None
    assert offered[1].parent == chosen  # then where the last PDF went
    # The selection's briefs in one PDF are PDFs too.
    assert window.bulk.ask_pdf_path(2) is not None
    assert offered[2].parent == chosen
