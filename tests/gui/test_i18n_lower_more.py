"""More sentences made below gui/, as the German app says them: picking an open promise or a
reminder's date by the start of its text, a reminder's key, the passphrase file and the
system keyring (store/keystore.py), and a copy into a team database that already holds
customers (store/team_copy.py). The command line keeps their English (tests/domain/test_text.py,
tests/team/test_copy.py check it word for word).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from custjournal import ops
from custjournal.domain import reminders
from custjournal.domain.errors import UserError
from custjournal.domain.i18n import Message
from custjournal.gui import i18n
from custjournal.gui.sentences import say
from custjournal.store import keystore, team_copy
from custjournal.store.journal import open_journal


@pytest.fixture
def german(qapp: QApplication) -> Iterator[QLocale]:
    """The app as it starts with Settings > Language on Deutsch; English again after."""
    before = QLocale()
    i18n.save_language("de")
    yield i18n.install(qapp)
    i18n.save_language("system")
    QLocale.setDefault(before)
    i18n.install_translators(qapp, QLocale(QLocale.Language.English))


def refused(call, *args, **kwargs) -> Message:
    with pytest.raises(UserError) as info:
        call(*args, **kwargs)
    assert isinstance(info.value.message, Message)
    return info.value.message


def test_picking_an_open_promise_by_its_text_in_german(journal, german):
    ada = ops.add_customer(journal, "Ada Lovelace").id
    said = refused(ops.mark_promise_done, journal, ada, "send")
    assert said == "Ada Lovelace has no open promises."  # the English, as the CLI prints it
    assert say(said) == "Ada Lovelace hat keine offenen Versprechen."
    ops.add_promise(journal, ada, "Send the brochure")
    ops.add_promise(journal, ada, "Send samples")
    said = refused(ops.mark_promise_done, journal, ada, "call")
    assert say(said) == "Kein offenes Versprechen von Ada Lovelace beginnt mit „call“."
    said = refused(ops.mark_promise_done, journal, ada, "send")
    assert say(said) == (
        "Ada Lovelace hat 2 offene Versprechen: 'Send the brochure'; 'Send samples'. "
        "Geben Sie den Anfang des gemeinten an."
    )
    assert said == (
        "Ada Lovelace has 2 open promises: 'Send the brochure'; 'Send samples'. "
        "Give the start of the one you mean."
    )


def test_a_reminders_date_and_key_in_german(german):
    dates = [
        reminders.Target("date:1", "Birthday"),
        reminders.Target("date:2", "Business anniversary"),
    ]
    said = refused(reminders.pick_target, "date", dates, "b", "Ada")
    assert say(said) == (
        "Ada hat 2 wichtige Daten: 'Birthday' (date:1); 'Business anniversary' "
        "(date:2). Geben Sie den Anfang des gemeinten an oder seinen Schlüssel."
    )
    said = refused(reminders.pick_target, "date", [], None, "Ada")
    assert say(said) == "Ada hat keine wichtigen Daten."
    said = refused(reminders.parse_item_key, "promise:x")
    assert say(said) == (
        "„promise:x“ nennt keine Nummer: Schreiben Sie promise:ID, etwa promise:12, oder geben "
        "Sie den Anfang des Textes an."
    )
    assert say(refused(reminders.parse_item_key, "neglected:3")) == (
        "„neglected:3“ ist keine Erinnerung: Schreiben Sie nur „neglected“."
    )


def test_the_passphrase_file_and_the_keyring_in_german(tmp_path, monkeypatch, german):
    secret = tmp_path / "passphrase"
    secret.write_text("correct horse\n", encoding="utf-8")
    secret.chmod(0o644)
    monkeypatch.setenv(keystore.PASSPHRASE_FILE, str(secret))
    said = refused(keystore.read_passphrase_file, keystore.PASSPHRASE_FILE)
    assert say(said) == (
        f"CUSTJOURNAL_PASSPHRASE_FILE nennt {secret}, das andere lesen dürfen (Modus 0644): "
        f"Machen Sie es privat mit „chmod 600 {secret}“."
    )
    secret.chmod(0o600)
    secret.write_text("\n", encoding="utf-8")
    said = refused(keystore.read_passphrase_file, keystore.PASSPHRASE_FILE)
    assert say(said) == "Die angegebene Passphrase ist leer: Schreiben Sie sie in die erste Zeile."
    assert say(keystore.KEPT) == "Die Passphrase wird im Schlüsselbund des Systems aufbewahrt."


def test_a_copy_into_a_team_database_with_customers_in_german(
    pg_server, pg_database, tmp_path, german
):
    source = open_journal(tmp_path / "source.sqlite3")
    dest = open_journal(pg_server.url(pg_database))
    try:
        ops.add_customer(source, "Ada Lovelace")
        ops.add_customer(dest, "Bob")
        said = refused(team_copy.copy_file_to_team, source, dest)
        assert said.startswith("The team database ")  # the English, as `custjournal copy` says
        assert say(said).startswith(f"Die Teamdatenbank {pg_database} auf ")
        assert say(said).endswith(
            "enthält bereits Kunden: Eine Kopie geht nur in ein neues oder leeres Journal. "
            "Es wurde nichts geändert."
        )
    finally:
        source.close()
        dest.close()


def test_a_segments_name_in_german(german):
    # The command's heading names the segment in English; the app says the same name in German.
    from custjournal.domain.insights import Segment

    named = {
        text: Segment.parse(text).label for text in ("all", "tag:vip", "stage:loyalty", "tier:A")
    }
    assert named == {
        "all": "all customers",
        "tag:vip": "customers tagged 'vip'",
        "stage:loyalty": "customers in Loyalty",
        "tier:A": "tier A customers",
    }
    assert [say(label) for label in named.values()] == [
        "alle Kunden",
        "Kunden mit dem Schlagwort „vip“",
        "Kunden in der Phase Treue",
        "Kunden der Stufe A",
    ]


def test_a_segment_of_no_stage_or_tier_refused_in_german(german):
    # The command line says the English (tests/cli/test_insights_review.py); the app's segment
    # chooser the same sentence in German, naming the kind that was given.
    from custjournal.domain.insights import Segment

    stage = refused(Segment.parse, "stage:bogus")
    tier = refused(Segment.parse, "tier:Z")
    assert tier == "Unknown segment 'tier:Z': use tier: with one of A, B, C."
    assert say(tier) == "Unbekanntes Segment „tier:Z“: Verwenden Sie tier: mit einer von A, B, C."
    assert say(stage) == (
        "Unbekanntes Segment „stage:bogus“: Verwenden Sie stage: mit einer von "
        "prospecting, consideration, purchase, connection, loyalty."
    )


def test_insights_names_stages_milestones_and_health_elements_in_german(journal, german):
    """The page's tables and charts say the journal's words in the app's language: a German
    Insights page read "Prospecting", "First purchase" and "Care" (seen by a new user)."""
    import datetime as dt

    from custjournal.domain.insights import Segment
    from custjournal.gui import insights_page
    from custjournal.store import insights_kept

    today = dt.date(2026, 12, 2)
    ada = ops.add_customer(journal, "Ada Lovelace").id
    ops.set_stage(journal, ada, "connection", on=today - dt.timedelta(days=10), today=today)
    ops.add_milestone(journal, ada, "first_purchase", on=today - dt.timedelta(days=5))
    ops.log_conversation(journal, ada, on=today - dt.timedelta(days=3), summary="Tea")
    ops.add_promise(journal, ada, "Send samples", due=today - dt.timedelta(days=1), on=today)
    with journal.reader() as source:
        page = insights_kept.page(source, Segment(), today)
    tables = [
        part.table
        for section in insights_page.build(page)
        for part in section.parts
        if part.table is not None
    ]
    # The health elements head the columns of their table.
    cells = {cell for t in tables for row in t.rows for cell in row.cells}
    cells |= {heading for t in tables for heading in t.headers}
    assert {"Bindung", "Erster Kauf", "Fürsorge"} <= cells
    assert not {"Connection", "First purchase", "Care", "Knowledge"} & cells


def test_the_question_before_a_new_currency_in_german(journal, german):
    ops.set_currency(journal, "EUR")
    ada = ops.add_customer(journal, "Ada Lovelace").id
    ops.add_gift(journal, ada, "Tee", cost_minor=500)
    assert say(ops.currency_change(journal, "JPY").warning) == (
        "1 Geschenk mit Kosten ist in EUR und zählt in JPY nicht mehr zu den Kosten der Geschenke."
    )
    ops.add_purchase(journal, ada, 12000)
    assert say(ops.currency_change(journal, "JPY").warning).endswith(
        " sind in EUR und zählen in JPY nicht mehr zum Wert, zu den Stufen und zu den Kosten "
        "der Geschenke."
    )
