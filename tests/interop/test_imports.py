"""ops.imports: planning (added, merged, skipped), merging without overwriting, one transaction."""

import datetime as dt

import pytest

from custjournal import ops
from custjournal.domain.errors import UserError
from custjournal.interop import exporting
from custjournal.ops import imports
from custjournal.store import backup, queries
from tests import rawdb
from tests.interop.test_vcard import IPHONE_30, OUTLOOK_21, crlf

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def vcf(tmp_path):
    def write(data: bytes, name: str = "contacts.vcf"):
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return write


def detail(journal, customer_id):
    with journal.read() as session:
        return queries.customer_detail(session, customer_id)


def counts(path):
    con = rawdb.connect(path)
    try:
        return {
            t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("customer", "contact_point", "fact", "stage_change", "customer_tag")
        }
    finally:
        con.close()


def in_step(journal) -> bool:
    """The search index and derived columns agree with the entries (check, on either backend)."""
    if rawdb.is_team(rawdb.where(journal)):
        from custjournal.store import team

        return team.index_problems(journal)[1] == []
    return backup.check(journal.path).ok


def test_new_contacts_become_customers_with_points_and_birthday(journal, vcf):
    result = ops.import_file(journal, vcf(IPHONE_30), today=TODAY)
    assert (result.added, result.merged, result.skipped) == (1, 0, 0)
    (cid,) = result.new_customer_ids
    d = detail(journal, cid)
    assert d["name"] == "Johnny Appleseed" and d["role"] == "Developer"
    assert d["email"] == "johnny@example.com" and d["phone"] == "+1 (408) 555-0100"
    points = {(p["kind"], p["label"], p["value"]) for p in d["contact_points"]}
    assert ("email", "work", "j.appleseed@apple.example") in points
    assert ("phone", "Assistant", "+1 408 555 0199") in points
    (fact,) = d["facts"]
    assert (fact["category"], fact["text"], fact["month"], fact["day"]) == (
        "important-date",
        "Birthday",
        1,
        24,
    )
    assert d["stage_history"][0]["changed_on"] == TODAY
    assert in_step(journal)  # the search index is in step


def test_duplicates_by_any_email_or_by_folded_name_and_company(journal, vcf):
    ada = ops.add_customer(journal, "Ada Lovelace", company="Analytical Engines").id
    zoe = ops.add_customer(
        journal, "Zoe Ca", company="Societe", contact_points=[("email", None, "Zoe@Example.fr")]
    ).id
    data = crlf(
        "BEGIN:VCARD\nVERSION:3.0\nFN:ADA  LOVELACE\nORG:Analytical Engines\nTITLE:CTO\n"
        "EMAIL:ada@example.com\nNOTE:met in London\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:4.0\nFN:Zoë Ça\nEMAIL:zoe@example.fr\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:4.0\nFN:Ada Lovelace\nORG:Another firm\nEND:VCARD"
    )
    plan = ops.plan_import(journal, ops.read_source(vcf(data)))
    merge_ada, skip_zoe, add_other = plan.items
    assert (merge_ada.action, merge_ada.target_id, merge_ada.reason) == (
        "merge",
        ada,
        "same name and company",
    )
    assert merge_ada.changes == ("fills role", "fills notes", "fills email ada@example.com")
    assert (skip_zoe.action, skip_zoe.target_id) == ("skip", zoe)
    assert skip_zoe.reason == "same email zoe@example.fr, nothing new"
    assert add_other.action == "add"
    result = ops.apply_import(journal, plan)
    assert (result.added, result.merged, result.skipped) == (1, 1, 1)
    d = detail(journal, ada)
    assert (d["name"], d["role"], d["email"], d["notes"]) == (
        "Ada Lovelace",
        "CTO",
        "ada@example.com",
        "met in London",
    )


def test_merge_fills_empty_fields_and_never_overwrites(journal, vcf):
    cid = ops.add_customer(
        journal, "Jürgen Müller", company="Old Company", email="juergen@example.de", notes="mine"
    ).id
    result = ops.import_file(journal, vcf(OUTLOOK_21), today=TODAY)
    assert result.merged == 1
    d = detail(journal, cid)
    assert d["name"] == "Jürgen Müller" and d["company"] == "Old Company" and d["notes"] == "mine"
    assert d["role"] == "Geschäftsführer" and d["phone"] == "+49 30 1234567"
    values = sorted(p["value"] for p in d["contact_points"])
    assert "j.mueller@privat.example" in values and "+49 170 1234567" in values
    assert [f["text"] for f in d["facts"]] == ["Birthday (born 1970)"]
    # again: nothing new, so skipped, and nothing doubled
    again = ops.import_file(journal, vcf(OUTLOOK_21), today=TODAY)
    assert (again.added, again.merged, again.skipped) == (0, 0, 1)
    assert len(detail(journal, cid)["contact_points"]) == len(d["contact_points"])


def test_duplicates_within_one_file_merge_into_the_first(journal, vcf):
    data = crlf(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Bob\nEMAIL:bob@example.com\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Robert\nEMAIL:BOB@example.com\nTEL:123\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Bob\nEMAIL:bob@example.com\nEND:VCARD"
    )
    result = ops.import_file(journal, vcf(data))
    assert (result.added, result.merged, result.skipped) == (1, 1, 1)
    (cid,) = result.new_customer_ids
    d = detail(journal, cid)
    assert d["name"] == "Bob" and d["phone"] == "123"


def test_plan_against_no_journal_and_dry_run_writes_nothing(journal, vcf, journal_path):
    plan = ops.plan_import(None, ops.read_source(vcf(IPHONE_30)))
    assert plan.added == 1
    before = counts(journal_path)
    ops.plan_import(journal, ops.read_source(vcf(IPHONE_30)))
    assert counts(journal_path) == before


def test_the_journal_changing_after_the_preview_is_taken_into_account(journal, vcf):
    plan = ops.plan_import(journal, ops.read_source(vcf(IPHONE_30)))
    assert plan.added == 1
    ops.add_customer(journal, "Johnny", email="johnny@example.com")
    result = ops.apply_import(journal, plan)
    assert (result.added, result.merged) == (0, 1)


def test_cancelling_rolls_everything_back(journal, vcf, journal_path):
    ops.add_customer(journal, "Existing")
    cards = "".join(
        f"BEGIN:VCARD\nVERSION:3.0\nFN:Person {i}\nEMAIL:p{i}@example.com\nEND:VCARD\n"
        for i in range(1200)
    )
    before = counts(journal_path)
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return done >= 1000  # cancel after two batches were written

    result = ops.import_file(journal, vcf(crlf(cards)), progress=progress)
    assert result.cancelled and result.added == 0
    assert "left as it was" in result.message
    assert counts(journal_path) == before
    assert calls[0] == (0, 2400) and calls[-1][0] >= 1000


def test_progress_reaches_the_total_and_the_index_is_right_both_ways(journal, vcf, monkeypatch):
    ops.add_customer(journal, "Existing", email="p0@example.com")
    cards = "".join(
        f"BEGIN:VCARD\nVERSION:3.0\nFN:Person {i}\nEMAIL:p{i}@example.com\nNOTE:zebra{i}\nEND:VCARD\n"
        for i in range(30)
    )
    seen = []
    ops.import_file(journal, vcf(crlf(cards)), progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1]
    assert in_step(journal)
    monkeypatch.setattr(imports, "_REBUILD_ABOVE", 5)  # the whole-index rebuild path
    more = cards.replace("Person", "Other").replace("@example", "@other")
    ops.import_file(journal, vcf(crlf(more), "more.vcf"))
    assert in_step(journal)


def test_a_broken_file_writes_nothing(journal, vcf, journal_path):
    before = counts(journal_path)
    with pytest.raises(UserError, match="Card 2"):
        ops.import_file(journal, vcf(IPHONE_30 + crlf("BEGIN:VCARD\nVERSION:3.0\nFN A\nEND:VCARD")))
    assert counts(journal_path) == before


def test_format_from_extension_or_option(tmp_path):
    assert imports.format_of(tmp_path / "a.VCF") == "vcard"
    assert imports.format_of(tmp_path / "a.txt", "CSV") == "csv"
    with pytest.raises(UserError, match="Can't tell the format of a.txt"):
        imports.format_of(tmp_path / "a.txt")
    with pytest.raises(UserError, match="Unknown format 'xml'"):
        imports.format_of(tmp_path / "a.txt", "xml")


def test_csv_and_vcard_exports_import_into_another_journal(journal, tmp_path):
    from tests.samples import fill_every_kind

    fill_every_kind(journal)
    from custjournal.store.journal import open_journal

    for name in ("out.csv", "out.vcf"):
        exporting.export_file(journal, tmp_path / name)
        other = open_journal(tmp_path / f"{name}.sqlite3")
        try:
            result = ops.import_file(other, tmp_path / name)
            assert result.added == 3
            with other.read() as session:
                rows = {r.name: r for r in queries.customer_rows(session, TODAY)}
            assert rows["Ada Lovelace"].email == "ada@example.com"
            assert rows["Ada Lovelace"].tags == ["tea", "vip"]
            assert rows["张伟"].company == "北京茶叶有限公司"
            ada = detail(other, rows["Ada Lovelace"].id)
            assert {p["value"] for p in ada["contact_points"]} >= {
                "ada@home.example",
                "https://ada.example",
            }
            assert [(f["month"], f["day"]) for f in ada["facts"]] == [(12, 10)]
        finally:
            other.close()


def test_a_shared_mailbox_does_not_fold_two_people_into_one(tmp_path):
    """Our own vCard export of a journal where two people share invoices@ imports as two."""
    from custjournal.store.journal import open_journal

    source = open_journal(tmp_path / "a.sqlite3")
    ops.add_customer(
        source,
        "Lorenzo Bianchi",
        company="Albergo Bellavista",
        email="invoices@albergobellavista.it",
    )
    ops.add_customer(
        source,
        "Francesca Galli",
        company="Albergo Bellavista",
        email="invoices@albergobellavista.it",
    )
    ops.add_customer(source, "Ada Lovelace", email="ada@example.com")
    from custjournal.interop import exporting

    exporting.export_file(source, tmp_path / "all.vcf")
    target = open_journal(tmp_path / "b.sqlite3")
    result = ops.import_file(target, tmp_path / "all.vcf")
    assert (result.added, result.merged) == (3, 0)
    # The same person under a shorter name still merges by email.
    (tmp_path / "ada.vcf").write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nEMAIL:ada@example.com\r\nTEL:+44 1\r\n"
        "END:VCARD\r\n"
    )
    again = ops.import_file(target, tmp_path / "ada.vcf")
    assert (again.added, again.merged) == (0, 1)
