"""The Insights page kept in the journal: worked out once per day and segment, read back after.

Working the page out reads every entry of the journal (hundreds of milliseconds to seconds at
10,000 customers, docs/insights.md "Speed"); opening it again, or running `custjournal insights`
again, reads the kept page instead, as long as nothing in the journal changed:

- `journal_change.n` (migration 0012) goes up with every change to the journal's rows, counted
  by triggers on every table of the journal (`install`): per row on SQLite, once per writing
  transaction, as it commits, on PostgreSQL. The same triggers delete every kept page, so none
  outlives a change (nor keeps a forgotten customer's words in the file).
- A page is kept with the `n` read at the start of the read transaction it was worked out in,
  and is read back only while `n` is still that: a change committed while the page was being
  worked out leaves it unused (on PostgreSQL the trigger's delete may come before the keeping
  insert; the `n` is what tells).
- Keeping a day's page forgets the pages of other days but the day before and the day after
  it: the app works tomorrow's page out the day before (gui/main_window.py `work_out_ahead`),
  and keeping it must leave today's. The kept parts that read the day are kept under their
  page's day for the same reason (`FORM_PART`).
- Keeping writes from a reading path: on a journal that can't be written (read-only file,
  a team role without the right) it is skipped, quietly, and the page is worked out each time.
  Only a plain reader (`Journal.reader()`) keeps: it is what the app's worker and the command
  read through.

`custjournal insights --json` keeps its text beside the page (`json_text`): writing a 10,000-
customer page as indented JSON alone takes longer than reading it.

Kept per version of the program as well (`FORM`): a newer program never reads an older one's
page. A kept page is plain JSON of the typed page (`domain.insights.to_plain`), never pickled.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from custjournal import __version__
from custjournal.domain import insights as di
from custjournal.store import keeping
from custjournal.store.reader import Reader, Source, on_postgresql, pause_of, rows

if TYPE_CHECKING:
    from custjournal.store.insights import KeptParts

# What a kept body is: the page's plain JSON, or the command's JSON text, of this program
# (the JSON's layout: interop/readable_json.py, from the third).
FORM_PAGE = f"page {__version__} 3"
FORM_JSON = f"json {__version__} 4"
# What a kept part is (`insights_part`, migration 0014): a statement's rows as JSON. Kept
# across days: its `day` is "", but for a statement that needs the day (its parameters hold a
# day: store/insights.py `KeptParts.daily`), kept under the page's day, so that tomorrow's page
# worked out today leaves today's parts (and the other way round). A page reads the parts of ""
# and of its day.
FORM_PART = f"part {__version__} 3"
_ANY_DAY = ""
# Kept pages and day-kept parts of days further than this from the day kept are forgotten: the
# day before stays (tomorrow's worked out ahead leaves today's), and the day after.
_DAYS_KEPT_AROUND = dt.timedelta(days=1)

_COUNT_CHANGE = "UPDATE journal_change SET n = n + 1 WHERE id = 1"


# Every statement written out whole (tests/test_sql_text.py): one per table of the journal and
# event; on `customer` an update of the columns kept there from the entries (store/derived.py)
# does not count, since those change with the entries, which count already. A new table needs
# its triggers here and in TRIGGERS_PG (tests/store/test_insights_kept.py holds both to the
# journal's tables and the customer's columns). A delight or pain said (or resolved, or moved
# to another conversation or customer: its words unchanged) marks its customer in
# `insights_stale` for the parts that read it with a `~` (store/insights.py `READS`); one deleted,
# or its words edited, deletes those parts, so no kept part holds words taken back (a segment's
# part may not be opened again for months, and goes into every backup meanwhile).
TRIGGERS: dict[str, str] = {
    "tr_kept_setting_insert": (
        "CREATE TRIGGER tr_kept_setting_insert AFTER INSERT ON setting BEGIN UPDATE "
        "journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; DELETE "
        "FROM insights_part WHERE reads LIKE '%,setting,%'; END"
    ),
    "tr_kept_setting_delete": (
        "CREATE TRIGGER tr_kept_setting_delete AFTER DELETE ON setting BEGIN UPDATE "
        "journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; DELETE "
        "FROM insights_part WHERE reads LIKE '%,setting,%'; END"
    ),
    "tr_kept_setting_update": (
        "CREATE TRIGGER tr_kept_setting_update AFTER UPDATE ON setting BEGIN UPDATE "
        "journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; DELETE "
        "FROM insights_part WHERE reads LIKE '%,setting,%'; END"
    ),
    "tr_kept_customer_insert": (
        "CREATE TRIGGER tr_kept_customer_insert AFTER INSERT ON customer BEGIN UPDATE "
        "journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; DELETE "
        "FROM insights_part WHERE reads LIKE '%,customer,%'; END"
    ),
    "tr_kept_customer_delete": (
        "CREATE TRIGGER tr_kept_customer_delete AFTER DELETE ON customer BEGIN UPDATE "
        "journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; DELETE "
        "FROM insights_part; DELETE FROM insights_stale; END"
    ),
    "tr_kept_customer_update": (
        "CREATE TRIGGER tr_kept_customer_update AFTER UPDATE OF id, name, company, "
        "role, email, phone, notes, stage, cadence_days, tier_pin, archived, "
        "created_at ON customer BEGIN UPDATE journal_change SET n = n + 1 WHERE id = "
        "1; DELETE FROM insights_kept; DELETE FROM insights_part WHERE reads LIKE "
        "'%,customer,%'; END"
    ),
    "tr_kept_customer_tag_insert": (
        "CREATE TRIGGER tr_kept_customer_tag_insert AFTER INSERT ON customer_tag BEGIN "
        "UPDATE journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; "
        "DELETE FROM insights_part WHERE reads LIKE '%,customer_tag,%'; END"
    ),
    "tr_kept_customer_tag_delete": (
        "CREATE TRIGGER tr_kept_customer_tag_delete AFTER DELETE ON customer_tag BEGIN "
        "UPDATE journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; "
        "DELETE FROM insights_part WHERE reads LIKE '%,customer_tag,%'; END"
    ),
    "tr_kept_customer_tag_update": (
        "CREATE TRIGGER tr_kept_customer_tag_update AFTER UPDATE ON customer_tag BEGIN "
        "UPDATE journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; "
        "DELETE FROM insights_part WHERE reads LIKE '%,customer_tag,%'; END"
    ),
    "tr_kept_contact_point_insert": (
        "CREATE TRIGGER tr_kept_contact_point_insert AFTER INSERT ON contact_point "
        "BEGIN UPDATE journal_change SET n = n + 1 WHERE id = 1; DELETE FROM "
        "insights_kept; DELETE FROM insights_part WHERE reads LIKE "
        "'%,contact_point,%'; END"
    ),
    "tr_kept_contact_point_delete": (
        "CREATE TRIGGER tr_kept_contact_point_delete AFTER DELETE ON contact_point "
        "BEGIN UPDATE journal_change SET n = n + 1 WHERE id = 1; DELETE FROM "
        "insights_kept; DELETE FROM insights_part WHERE reads LIKE "
        "'%,contact_point,%'; END"
    ),
    "tr_kept_contact_point_update": (
        "CREATE TRIGGER tr_kept_contact_point_update AFTER UPDATE ON contact_point "
        "BEGIN UPDATE journal_change SET n = n + 1 WHERE id = 1; DELETE FROM "
        "insights_kept; DELETE FROM insights_part WHERE reads LIKE "
        "'%,contact_point,%'; END"
    ),
    "tr_kept_stage_change_insert": (
        "CREATE TRIGGER tr_kept_stage_change_insert AFTER INSERT ON stage_change BEGIN "
        "UPDATE journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; "
        "DELETE FROM insights_part WHERE reads LIKE '%,stage_change,%'; END"
    ),
    "tr_kept_stage_change_delete": (
        "CREATE TRIGGER tr_kept_stage_change_delete AFTER DELETE ON stage_change BEGIN "
        "UPDATE journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; "
        "DELETE FROM insights_part WHERE reads LIKE '%,stage_change,%'; END"
    ),
    "tr_kept_stage_change_update": (
        "CREATE TRIGGER tr_kept_stage_change_update AFTER UPDATE ON stage_change BEGIN "
        "UPDATE journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; "
        "DELETE FROM insights_part WHERE reads LIKE '%,stage_change,%'; END"
    ),
    "tr_kept_conversation_insert": (
        "CREATE TRIGGER tr_kept_conversation_insert AFTER INSERT ON conversation BEGIN "
        "UPDATE journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; "
        "DELETE FROM insights_part WHERE reads LIKE '%,conversation,%'; END"
    ),
    "tr_kept_conversation_delete": (
        "CREATE TRIGGER tr_kept_conversation_delete AFTER DELETE ON conversation BEGIN "
        "UPDATE journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; "
        "DELETE FROM insights_part WHERE reads LIKE '%,conversation,%' OR reads LIKE "
        "'%,conversation_day,%'; INSERT OR IGNORE INTO insights_stale (segment, part, "
        "customer_id) SELECT segment, part, OLD.customer_id FROM insights_part WHERE "
        "reads LIKE '%,conversation_day~,%'; END"
    ),
    "tr_kept_conversation_update": (
        "CREATE TRIGGER tr_kept_conversation_update AFTER UPDATE ON conversation BEGIN "
        "UPDATE journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; "
        "DELETE FROM insights_part WHERE reads LIKE '%,conversation,%' OR reads LIKE "
        "'%,conversation_day,%'; INSERT OR IGNORE INTO insights_stale (segment, part, "
        "customer_id) SELECT segment, part, OLD.customer_id FROM insights_part WHERE "
        "reads LIKE '%,conversation_day~,%' UNION SELECT segment, part, NEW.customer_id"
        " FROM insights_part WHERE reads LIKE '%,conversation_day~,%'; END"
    ),
    "tr_kept_delight_insert": (
        "CREATE TRIGGER tr_kept_delight_insert AFTER INSERT ON delight BEGIN UPDATE "
        "journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; DELETE "
        "FROM insights_part WHERE reads LIKE '%,delight,%'; INSERT OR IGNORE INTO "
        "insights_stale (segment, part, customer_id) SELECT segment, part, "
        "NEW.customer_id FROM insights_part WHERE reads LIKE '%,delight~,%'; END"
    ),
    "tr_kept_delight_delete": (
        "CREATE TRIGGER tr_kept_delight_delete AFTER DELETE ON delight BEGIN UPDATE "
        "journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; DELETE "
        "FROM insights_part WHERE reads LIKE '%,delight,%' OR reads LIKE "
        "'%,delight~,%'; END"
    ),
    "tr_kept_delight_update": (
        "CREATE TRIGGER tr_kept_delight_update AFTER UPDATE ON delight BEGIN UPDATE "
        "journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; DELETE "
        "FROM insights_part WHERE reads LIKE '%,delight,%' OR (OLD.text IS NOT NEW.text "
        "AND reads LIKE '%,delight~,%'); INSERT OR IGNORE INTO insights_stale (segment, "
        "part, customer_id) SELECT segment, part, OLD.customer_id FROM insights_part "
        "WHERE reads LIKE '%,delight~,%' UNION SELECT segment, part, NEW.customer_id "
        "FROM insights_part WHERE reads LIKE '%,delight~,%'; END"
    ),
    "tr_kept_pain_point_insert": (
        "CREATE TRIGGER tr_kept_pain_point_insert AFTER INSERT ON pain_point BEGIN "
        "UPDATE journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; "
        "DELETE FROM insights_part WHERE reads LIKE '%,pain_point,%'; INSERT OR IGNORE "
        "INTO insights_stale (segment, part, customer_id) SELECT segment, part, "
        "NEW.customer_id FROM insights_part WHERE reads LIKE '%,pain_point~,%'; END"
    ),
    "tr_kept_pain_point_delete": (
        "CREATE TRIGGER tr_kept_pain_point_delete AFTER DELETE ON pain_point BEGIN "
        "UPDATE journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; "
        "DELETE FROM insights_part WHERE reads LIKE '%,pain_point,%' OR reads LIKE "
        "'%,pain_point~,%'; END"
    ),
    "tr_kept_pain_point_update": (
        "CREATE TRIGGER tr_kept_pain_point_update AFTER UPDATE ON pain_point BEGIN "
        "UPDATE journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; "
        "DELETE FROM insights_part WHERE reads LIKE '%,pain_point,%' OR (OLD.text IS "
        "NOT NEW.text AND reads LIKE '%,pain_point~,%'); INSERT OR IGNORE INTO "
        "insights_stale (segment, part, customer_id) SELECT segment, part, "
        "OLD.customer_id FROM insights_part WHERE reads LIKE '%,pain_point~,%' UNION "
        "SELECT segment, part, NEW.customer_id FROM insights_part WHERE reads LIKE "
        "'%,pain_point~,%'; END"
    ),
    "tr_kept_fact_insert": (
        "CREATE TRIGGER tr_kept_fact_insert AFTER INSERT ON fact BEGIN UPDATE "
        "journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; DELETE "
        "FROM insights_part WHERE reads LIKE '%,fact,%'; END"
    ),
    "tr_kept_fact_delete": (
        "CREATE TRIGGER tr_kept_fact_delete AFTER DELETE ON fact BEGIN UPDATE "
        "journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; DELETE "
        "FROM insights_part WHERE reads LIKE '%,fact,%'; END"
    ),
    "tr_kept_fact_update": (
        "CREATE TRIGGER tr_kept_fact_update AFTER UPDATE ON fact BEGIN UPDATE "
        "journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; DELETE "
        "FROM insights_part WHERE reads LIKE '%,fact,%'; END"
    ),
    "tr_kept_promise_insert": (
        "CREATE TRIGGER tr_kept_promise_insert AFTER INSERT ON promise BEGIN UPDATE "
        "journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; DELETE "
        "FROM insights_part WHERE reads LIKE '%,promise,%'; END"
    ),
    "tr_kept_promise_delete": (
        "CREATE TRIGGER tr_kept_promise_delete AFTER DELETE ON promise BEGIN UPDATE "
        "journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; DELETE "
        "FROM insights_part WHERE reads LIKE '%,promise,%'; END"
    ),
    "tr_kept_promise_update": (
        "CREATE TRIGGER tr_kept_promise_update AFTER UPDATE ON promise BEGIN UPDATE "
        "journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; DELETE "
        "FROM insights_part WHERE reads LIKE '%,promise,%'; END"
    ),
    "tr_kept_gift_insert": (
        "CREATE TRIGGER tr_kept_gift_insert AFTER INSERT ON gift BEGIN UPDATE "
        "journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; DELETE "
        "FROM insights_part WHERE reads LIKE '%,gift,%'; END"
    ),
    "tr_kept_gift_delete": (
        "CREATE TRIGGER tr_kept_gift_delete AFTER DELETE ON gift BEGIN UPDATE "
        "journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; DELETE "
        "FROM insights_part WHERE reads LIKE '%,gift,%'; END"
    ),
    "tr_kept_gift_update": (
        "CREATE TRIGGER tr_kept_gift_update AFTER UPDATE ON gift BEGIN UPDATE "
        "journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; DELETE "
        "FROM insights_part WHERE reads LIKE '%,gift,%'; END"
    ),
    "tr_kept_invitation_insert": (
        "CREATE TRIGGER tr_kept_invitation_insert AFTER INSERT ON invitation BEGIN "
        "UPDATE journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; "
        "DELETE FROM insights_part WHERE reads LIKE '%,invitation,%'; END"
    ),
    "tr_kept_invitation_delete": (
        "CREATE TRIGGER tr_kept_invitation_delete AFTER DELETE ON invitation BEGIN "
        "UPDATE journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; "
        "DELETE FROM insights_part WHERE reads LIKE '%,invitation,%'; END"
    ),
    "tr_kept_invitation_update": (
        "CREATE TRIGGER tr_kept_invitation_update AFTER UPDATE ON invitation BEGIN "
        "UPDATE journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; "
        "DELETE FROM insights_part WHERE reads LIKE '%,invitation,%'; END"
    ),
    "tr_kept_invitation_status_change_insert": (
        "CREATE TRIGGER tr_kept_invitation_status_change_insert AFTER INSERT ON "
        "invitation_status_change BEGIN UPDATE journal_change SET n = n + 1 WHERE id = "
        "1; DELETE FROM insights_kept; DELETE FROM insights_part WHERE reads LIKE "
        "'%,invitation_status_change,%'; END"
    ),
    "tr_kept_invitation_status_change_delete": (
        "CREATE TRIGGER tr_kept_invitation_status_change_delete AFTER DELETE ON "
        "invitation_status_change BEGIN UPDATE journal_change SET n = n + 1 WHERE id = "
        "1; DELETE FROM insights_kept; DELETE FROM insights_part WHERE reads LIKE "
        "'%,invitation_status_change,%'; END"
    ),
    "tr_kept_invitation_status_change_update": (
        "CREATE TRIGGER tr_kept_invitation_status_change_update AFTER UPDATE ON "
        "invitation_status_change BEGIN UPDATE journal_change SET n = n + 1 WHERE id = "
        "1; DELETE FROM insights_kept; DELETE FROM insights_part WHERE reads LIKE "
        "'%,invitation_status_change,%'; END"
    ),
    "tr_kept_milestone_insert": (
        "CREATE TRIGGER tr_kept_milestone_insert AFTER INSERT ON milestone BEGIN "
        "UPDATE journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; "
        "DELETE FROM insights_part WHERE reads LIKE '%,milestone,%'; END"
    ),
    "tr_kept_milestone_delete": (
        "CREATE TRIGGER tr_kept_milestone_delete AFTER DELETE ON milestone BEGIN "
        "UPDATE journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; "
        "DELETE FROM insights_part WHERE reads LIKE '%,milestone,%'; END"
    ),
    "tr_kept_milestone_update": (
        "CREATE TRIGGER tr_kept_milestone_update AFTER UPDATE ON milestone BEGIN "
        "UPDATE journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; "
        "DELETE FROM insights_part WHERE reads LIKE '%,milestone,%'; END"
    ),
    "tr_kept_purchase_insert": (
        "CREATE TRIGGER tr_kept_purchase_insert AFTER INSERT ON purchase BEGIN UPDATE "
        "journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; DELETE "
        "FROM insights_part WHERE reads LIKE '%,purchase,%'; END"
    ),
    "tr_kept_purchase_delete": (
        "CREATE TRIGGER tr_kept_purchase_delete AFTER DELETE ON purchase BEGIN UPDATE "
        "journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; DELETE "
        "FROM insights_part WHERE reads LIKE '%,purchase,%'; END"
    ),
    "tr_kept_purchase_update": (
        "CREATE TRIGGER tr_kept_purchase_update AFTER UPDATE ON purchase BEGIN UPDATE "
        "journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; DELETE "
        "FROM insights_part WHERE reads LIKE '%,purchase,%'; END"
    ),
    "tr_kept_reminder_state_insert": (
        "CREATE TRIGGER tr_kept_reminder_state_insert AFTER INSERT ON reminder_state "
        "BEGIN UPDATE journal_change SET n = n + 1 WHERE id = 1; DELETE FROM "
        "insights_kept; DELETE FROM insights_part WHERE reads LIKE "
        "'%,reminder_state,%'; END"
    ),
    "tr_kept_reminder_state_delete": (
        "CREATE TRIGGER tr_kept_reminder_state_delete AFTER DELETE ON reminder_state "
        "BEGIN UPDATE journal_change SET n = n + 1 WHERE id = 1; DELETE FROM "
        "insights_kept; DELETE FROM insights_part WHERE reads LIKE "
        "'%,reminder_state,%'; END"
    ),
    "tr_kept_reminder_state_update": (
        "CREATE TRIGGER tr_kept_reminder_state_update AFTER UPDATE ON reminder_state "
        "BEGIN UPDATE journal_change SET n = n + 1 WHERE id = 1; DELETE FROM "
        "insights_kept; DELETE FROM insights_part WHERE reads LIKE "
        "'%,reminder_state,%'; END"
    ),
    "tr_kept_not_duplicate_insert": (
        "CREATE TRIGGER tr_kept_not_duplicate_insert AFTER INSERT ON not_duplicate "
        "BEGIN UPDATE journal_change SET n = n + 1 WHERE id = 1; DELETE FROM "
        "insights_kept; DELETE FROM insights_part WHERE reads LIKE "
        "'%,not_duplicate,%'; END"
    ),
    "tr_kept_not_duplicate_delete": (
        "CREATE TRIGGER tr_kept_not_duplicate_delete AFTER DELETE ON not_duplicate "
        "BEGIN UPDATE journal_change SET n = n + 1 WHERE id = 1; DELETE FROM "
        "insights_kept; DELETE FROM insights_part WHERE reads LIKE "
        "'%,not_duplicate,%'; END"
    ),
    "tr_kept_not_duplicate_update": (
        "CREATE TRIGGER tr_kept_not_duplicate_update AFTER UPDATE ON not_duplicate "
        "BEGIN UPDATE journal_change SET n = n + 1 WHERE id = 1; DELETE FROM "
        "insights_kept; DELETE FROM insights_part WHERE reads LIKE "
        "'%,not_duplicate,%'; END"
    ),
    "tr_kept_relationship_insert": (
        "CREATE TRIGGER tr_kept_relationship_insert AFTER INSERT ON relationship BEGIN "
        "UPDATE journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; "
        "DELETE FROM insights_part WHERE reads LIKE '%,relationship,%'; END"
    ),
    "tr_kept_relationship_delete": (
        "CREATE TRIGGER tr_kept_relationship_delete AFTER DELETE ON relationship BEGIN "
        "UPDATE journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; "
        "DELETE FROM insights_part WHERE reads LIKE '%,relationship,%'; END"
    ),
    "tr_kept_relationship_update": (
        "CREATE TRIGGER tr_kept_relationship_update AFTER UPDATE ON relationship BEGIN "
        "UPDATE journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; "
        "DELETE FROM insights_part WHERE reads LIKE '%,relationship,%'; END"
    ),
    "tr_kept_same_firm_insert": (
        "CREATE TRIGGER tr_kept_same_firm_insert AFTER INSERT ON same_firm BEGIN "
        "UPDATE journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; "
        "DELETE FROM insights_part WHERE reads LIKE '%,same_firm,%'; END"
    ),
    "tr_kept_same_firm_delete": (
        "CREATE TRIGGER tr_kept_same_firm_delete AFTER DELETE ON same_firm BEGIN "
        "UPDATE journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; "
        "DELETE FROM insights_part WHERE reads LIKE '%,same_firm,%'; END"
    ),
    "tr_kept_same_firm_update": (
        "CREATE TRIGGER tr_kept_same_firm_update AFTER UPDATE ON same_firm BEGIN "
        "UPDATE journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; "
        "DELETE FROM insights_part WHERE reads LIKE '%,same_firm,%'; END"
    ),
}
DROPS: tuple[str, ...] = (
    "DROP TRIGGER IF EXISTS tr_kept_setting_insert",
    "DROP TRIGGER IF EXISTS tr_kept_setting_delete",
    "DROP TRIGGER IF EXISTS tr_kept_setting_update",
    "DROP TRIGGER IF EXISTS tr_kept_customer_insert",
    "DROP TRIGGER IF EXISTS tr_kept_customer_delete",
    "DROP TRIGGER IF EXISTS tr_kept_customer_update",
    "DROP TRIGGER IF EXISTS tr_kept_customer_tag_insert",
    "DROP TRIGGER IF EXISTS tr_kept_customer_tag_delete",
    "DROP TRIGGER IF EXISTS tr_kept_customer_tag_update",
    "DROP TRIGGER IF EXISTS tr_kept_contact_point_insert",
    "DROP TRIGGER IF EXISTS tr_kept_contact_point_delete",
    "DROP TRIGGER IF EXISTS tr_kept_contact_point_update",
    "DROP TRIGGER IF EXISTS tr_kept_stage_change_insert",
    "DROP TRIGGER IF EXISTS tr_kept_stage_change_delete",
    "DROP TRIGGER IF EXISTS tr_kept_stage_change_update",
    "DROP TRIGGER IF EXISTS tr_kept_conversation_insert",
    "DROP TRIGGER IF EXISTS tr_kept_conversation_delete",
    "DROP TRIGGER IF EXISTS tr_kept_conversation_update",
    "DROP TRIGGER IF EXISTS tr_kept_delight_insert",
    "DROP TRIGGER IF EXISTS tr_kept_delight_delete",
    "DROP TRIGGER IF EXISTS tr_kept_delight_update",
    "DROP TRIGGER IF EXISTS tr_kept_pain_point_insert",
    "DROP TRIGGER IF EXISTS tr_kept_pain_point_delete",
    "DROP TRIGGER IF EXISTS tr_kept_pain_point_update",
    "DROP TRIGGER IF EXISTS tr_kept_fact_insert",
    "DROP TRIGGER IF EXISTS tr_kept_fact_delete",
    "DROP TRIGGER IF EXISTS tr_kept_fact_update",
    "DROP TRIGGER IF EXISTS tr_kept_promise_insert",
    "DROP TRIGGER IF EXISTS tr_kept_promise_delete",
    "DROP TRIGGER IF EXISTS tr_kept_promise_update",
    "DROP TRIGGER IF EXISTS tr_kept_gift_insert",
    "DROP TRIGGER IF EXISTS tr_kept_gift_delete",
    "DROP TRIGGER IF EXISTS tr_kept_gift_update",
    "DROP TRIGGER IF EXISTS tr_kept_invitation_insert",
    "DROP TRIGGER IF EXISTS tr_kept_invitation_delete",
    "DROP TRIGGER IF EXISTS tr_kept_invitation_update",
    "DROP TRIGGER IF EXISTS tr_kept_invitation_status_change_insert",
    "DROP TRIGGER IF EXISTS tr_kept_invitation_status_change_delete",
    "DROP TRIGGER IF EXISTS tr_kept_invitation_status_change_update",
    "DROP TRIGGER IF EXISTS tr_kept_milestone_insert",
    "DROP TRIGGER IF EXISTS tr_kept_milestone_delete",
    "DROP TRIGGER IF EXISTS tr_kept_milestone_update",
    "DROP TRIGGER IF EXISTS tr_kept_purchase_insert",
    "DROP TRIGGER IF EXISTS tr_kept_purchase_delete",
    "DROP TRIGGER IF EXISTS tr_kept_purchase_update",
    "DROP TRIGGER IF EXISTS tr_kept_reminder_state_insert",
    "DROP TRIGGER IF EXISTS tr_kept_reminder_state_delete",
    "DROP TRIGGER IF EXISTS tr_kept_reminder_state_update",
    "DROP TRIGGER IF EXISTS tr_kept_not_duplicate_insert",
    "DROP TRIGGER IF EXISTS tr_kept_not_duplicate_delete",
    "DROP TRIGGER IF EXISTS tr_kept_not_duplicate_update",
    "DROP TRIGGER IF EXISTS tr_kept_relationship_insert",
    "DROP TRIGGER IF EXISTS tr_kept_relationship_delete",
    "DROP TRIGGER IF EXISTS tr_kept_relationship_update",
    "DROP TRIGGER IF EXISTS tr_kept_same_firm_insert",
    "DROP TRIGGER IF EXISTS tr_kept_same_firm_delete",
    "DROP TRIGGER IF EXISTS tr_kept_same_firm_update",
)

# PostgreSQL: one function, run as its owner (a team member's role needs no rights on the kept
# tables to write an entry), by a deferred trigger per table: it runs when the writing
# transaction commits, once per transaction (a flag of the transaction's own), so the one row
# of the count is locked only while a commit happens, not while a long import or a form's
# save runs: two people saving never wait for each other's whole transaction. A delight or pain
# deleted, or its words edited, deletes the parts that read it (`,delight~,` too), as on SQLite:
# words taken back are kept nowhere; one said, resolved or moved marks its customer.
FUNCTION_PG = (
    "CREATE OR REPLACE FUNCTION cj_journal_changed() RETURNS trigger LANGUAGE plpgsql "
    "SECURITY DEFINER SET search_path FROM CURRENT AS $$ BEGIN "
    "IF current_setting('cj.journal_changed', true) IS DISTINCT FROM '1' THEN "
    "PERFORM set_config('cj.journal_changed', '1', true); "
    "UPDATE journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; "
    "END IF; "
    "IF current_setting('cj.parts_' || TG_TABLE_NAME || '_' || TG_OP, true) "
    "IS DISTINCT FROM '1' THEN "
    "PERFORM set_config('cj.parts_' || TG_TABLE_NAME || '_' || TG_OP, '1', true); "
    "IF TG_TABLE_NAME = 'customer' AND TG_OP = 'DELETE' THEN DELETE FROM insights_part; "
    "DELETE FROM insights_stale; "
    "ELSIF TG_TABLE_NAME = 'conversation' AND TG_OP <> 'INSERT' THEN "
    "DELETE FROM insights_part WHERE reads LIKE '%,conversation,%' "
    "OR reads LIKE '%,conversation_day,%'; "
    "ELSE DELETE FROM insights_part WHERE reads LIKE '%,' || TG_TABLE_NAME || ',%'; "
    "END IF; END IF; "
    "IF TG_TABLE_NAME IN ('delight', 'pain_point') AND TG_OP <> 'INSERT' "
    "AND current_setting('cj.words_' || TG_TABLE_NAME, true) IS DISTINCT FROM '1' THEN "
    "IF TG_OP = 'DELETE' THEN "
    "PERFORM set_config('cj.words_' || TG_TABLE_NAME, '1', true); "
    "DELETE FROM insights_part WHERE reads LIKE '%,' || TG_TABLE_NAME || '~,%'; "
    "ELSIF OLD.text IS DISTINCT FROM NEW.text THEN "
    "PERFORM set_config('cj.words_' || TG_TABLE_NAME, '1', true); "
    "DELETE FROM insights_part WHERE reads LIKE '%,' || TG_TABLE_NAME || '~,%'; "
    "END IF; END IF; "
    "IF TG_TABLE_NAME IN ('delight', 'pain_point') "
    "OR (TG_TABLE_NAME = 'conversation' AND TG_OP <> 'INSERT') THEN "
    "IF TG_OP <> 'INSERT' THEN "
    "INSERT INTO insights_stale (segment, part, customer_id) "
    "SELECT segment, part, OLD.customer_id FROM insights_part WHERE reads LIKE '%,' || "
    "(CASE WHEN TG_TABLE_NAME = 'conversation' THEN 'conversation_day' ELSE TG_TABLE_NAME "
    "END) || '~,%' ON CONFLICT DO NOTHING; "
    "END IF; "
    "IF TG_OP <> 'DELETE' THEN "
    "INSERT INTO insights_stale (segment, part, customer_id) "
    "SELECT segment, part, NEW.customer_id FROM insights_part WHERE reads LIKE '%,' || "
    "(CASE WHEN TG_TABLE_NAME = 'conversation' THEN 'conversation_day' ELSE TG_TABLE_NAME "
    "END) || '~,%' ON CONFLICT DO NOTHING; "
    "END IF; END IF; RETURN NULL; END $$"
)
TRIGGERS_PG: dict[str, str] = {
    "tr_kept_setting": (
        "CREATE CONSTRAINT TRIGGER tr_kept_setting AFTER INSERT OR DELETE OR UPDATE ON "
        "setting DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "
        "cj_journal_changed()"
    ),
    "tr_kept_customer": (
        "CREATE CONSTRAINT TRIGGER tr_kept_customer AFTER INSERT OR DELETE OR UPDATE OF "
        "id, name, company, role, email, phone, notes, stage, cadence_days, tier_pin, "
        "archived, created_at ON customer DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
        "EXECUTE FUNCTION cj_journal_changed()"
    ),
    "tr_kept_customer_tag": (
        "CREATE CONSTRAINT TRIGGER tr_kept_customer_tag AFTER INSERT OR DELETE OR UPDATE "
        "ON customer_tag DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "
        "cj_journal_changed()"
    ),
    "tr_kept_contact_point": (
        "CREATE CONSTRAINT TRIGGER tr_kept_contact_point AFTER INSERT OR DELETE OR UPDATE "
        "ON contact_point DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "
        "cj_journal_changed()"
    ),
    "tr_kept_stage_change": (
        "CREATE CONSTRAINT TRIGGER tr_kept_stage_change AFTER INSERT OR DELETE OR UPDATE "
        "ON stage_change DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "
        "cj_journal_changed()"
    ),
    "tr_kept_conversation": (
        "CREATE CONSTRAINT TRIGGER tr_kept_conversation AFTER INSERT OR DELETE OR UPDATE "
        "ON conversation DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "
        "cj_journal_changed()"
    ),
    "tr_kept_delight": (
        "CREATE CONSTRAINT TRIGGER tr_kept_delight AFTER INSERT OR DELETE OR UPDATE ON "
        "delight DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "
        "cj_journal_changed()"
    ),
    "tr_kept_pain_point": (
        "CREATE CONSTRAINT TRIGGER tr_kept_pain_point AFTER INSERT OR DELETE OR UPDATE ON "
        "pain_point DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "
        "cj_journal_changed()"
    ),
    "tr_kept_fact": (
        "CREATE CONSTRAINT TRIGGER tr_kept_fact AFTER INSERT OR DELETE OR UPDATE ON fact "
        "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION cj_journal_changed()"
    ),
    "tr_kept_promise": (
        "CREATE CONSTRAINT TRIGGER tr_kept_promise AFTER INSERT OR DELETE OR UPDATE ON "
        "promise DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "
        "cj_journal_changed()"
    ),
    "tr_kept_gift": (
        "CREATE CONSTRAINT TRIGGER tr_kept_gift AFTER INSERT OR DELETE OR UPDATE ON gift "
        "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION cj_journal_changed()"
    ),
    "tr_kept_invitation": (
        "CREATE CONSTRAINT TRIGGER tr_kept_invitation AFTER INSERT OR DELETE OR UPDATE ON "
        "invitation DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "
        "cj_journal_changed()"
    ),
    "tr_kept_invitation_status_change": (
        "CREATE CONSTRAINT TRIGGER tr_kept_invitation_status_change AFTER INSERT OR "
        "DELETE OR UPDATE ON invitation_status_change DEFERRABLE INITIALLY DEFERRED FOR "
        "EACH ROW EXECUTE FUNCTION cj_journal_changed()"
    ),
    "tr_kept_milestone": (
        "CREATE CONSTRAINT TRIGGER tr_kept_milestone AFTER INSERT OR DELETE OR UPDATE ON "
        "milestone DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "
        "cj_journal_changed()"
    ),
    "tr_kept_purchase": (
        "CREATE CONSTRAINT TRIGGER tr_kept_purchase AFTER INSERT OR DELETE OR UPDATE ON "
        "purchase DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "
        "cj_journal_changed()"
    ),
    "tr_kept_reminder_state": (
        "CREATE CONSTRAINT TRIGGER tr_kept_reminder_state AFTER INSERT OR DELETE OR "
        "UPDATE ON reminder_state DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE "
        "FUNCTION cj_journal_changed()"
    ),
    "tr_kept_not_duplicate": (
        "CREATE CONSTRAINT TRIGGER tr_kept_not_duplicate AFTER INSERT OR DELETE OR UPDATE "
        "ON not_duplicate DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "
        "cj_journal_changed()"
    ),
    "tr_kept_relationship": (
        "CREATE CONSTRAINT TRIGGER tr_kept_relationship AFTER INSERT OR DELETE OR UPDATE "
        "ON relationship DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "
        "cj_journal_changed()"
    ),
    "tr_kept_same_firm": (
        "CREATE CONSTRAINT TRIGGER tr_kept_same_firm AFTER INSERT OR DELETE OR UPDATE ON "
        "same_firm DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "
        "cj_journal_changed()"
    ),
}
DROPS_PG: dict[str, str] = {
    "tr_kept_setting": "DROP TRIGGER IF EXISTS tr_kept_setting ON setting",
    "tr_kept_customer": "DROP TRIGGER IF EXISTS tr_kept_customer ON customer",
    "tr_kept_customer_tag": "DROP TRIGGER IF EXISTS tr_kept_customer_tag ON customer_tag",
    "tr_kept_contact_point": "DROP TRIGGER IF EXISTS tr_kept_contact_point ON contact_point",
    "tr_kept_stage_change": "DROP TRIGGER IF EXISTS tr_kept_stage_change ON stage_change",
    "tr_kept_conversation": "DROP TRIGGER IF EXISTS tr_kept_conversation ON conversation",
    "tr_kept_delight": "DROP TRIGGER IF EXISTS tr_kept_delight ON delight",
    "tr_kept_pain_point": "DROP TRIGGER IF EXISTS tr_kept_pain_point ON pain_point",
    "tr_kept_fact": "DROP TRIGGER IF EXISTS tr_kept_fact ON fact",
    "tr_kept_promise": "DROP TRIGGER IF EXISTS tr_kept_promise ON promise",
    "tr_kept_gift": "DROP TRIGGER IF EXISTS tr_kept_gift ON gift",
    "tr_kept_invitation": "DROP TRIGGER IF EXISTS tr_kept_invitation ON invitation",
    "tr_kept_invitation_status_change": "DROP TRIGGER IF EXISTS tr_kept_invitation_status_change ON invitation_status_change",
    "tr_kept_milestone": "DROP TRIGGER IF EXISTS tr_kept_milestone ON milestone",
    "tr_kept_purchase": "DROP TRIGGER IF EXISTS tr_kept_purchase ON purchase",
    "tr_kept_reminder_state": "DROP TRIGGER IF EXISTS tr_kept_reminder_state ON reminder_state",
    "tr_kept_not_duplicate": "DROP TRIGGER IF EXISTS tr_kept_not_duplicate ON not_duplicate",
    "tr_kept_relationship": "DROP TRIGGER IF EXISTS tr_kept_relationship ON relationship",
    "tr_kept_same_firm": "DROP TRIGGER IF EXISTS tr_kept_same_firm ON same_firm",
}


def _tables(conn: Any) -> set[str]:
    """The journal's tables, read once (an older journal lacks some)."""
    if conn.dialect.name == "postgresql":
        sql = "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
    else:
        sql = "SELECT name FROM sqlite_master WHERE type = 'table'"
    return {str(name) for (name,) in conn.exec_driver_sql(sql)}


def drop_triggers(conn: Any) -> None:
    """Drop the counting triggers (before migrations, and before a copy into a team database,
    whose new indexes PostgreSQL would refuse beside pending deferred events); `install` puts
    them back and counts a change."""
    if conn.dialect.name != "postgresql":
        for drop in DROPS:
            conn.exec_driver_sql(drop)
        return
    tables = _tables(conn)
    for name in TRIGGERS_PG:
        table = name.removeprefix("tr_kept_")
        if table in tables:
            conn.exec_driver_sql(DROPS_PG[name])


def install(conn: Any) -> None:
    """(Re)create the counting triggers, count a change and forget every kept page, in the
    caller's write transaction: what ran without the triggers (a migration, a bulk insert)
    counts as a change. Nothing on a journal older than migration 0015."""
    tables = _tables(conn)
    if not {"journal_change", "insights_part", "insights_stale"} <= tables:
        return
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(FUNCTION_PG)
        for name, ddl in TRIGGERS_PG.items():
            table = name.removeprefix("tr_kept_")
            if table in tables:
                conn.exec_driver_sql(DROPS_PG[name])
                conn.exec_driver_sql(ddl)
    else:
        drop_triggers(conn)
        for name, ddl in TRIGGERS.items():
            if name.removeprefix("tr_kept_").rsplit("_", 1)[0] in tables:
                conn.exec_driver_sql(ddl)
    conn.exec_driver_sql(_COUNT_CHANGE)
    conn.exec_driver_sql("DELETE FROM insights_kept")
    conn.exec_driver_sql("DELETE FROM insights_part")
    conn.exec_driver_sql("DELETE FROM insights_stale")


def out_of_step(con: Any) -> list[str]:
    """What `custjournal check` reports of the counting triggers (a journal file's sqlite3
    connection): missing, or not this version's text (SQLite keeps a trigger's text as given).
    `check --rebuild-index` puts them back (store/derived.py `install`). Nothing on a journal
    older than migration 0015."""
    tables = {str(name) for (name,) in con.execute(_TABLES_SQL)}
    if not {"journal_change", "insights_part", "insights_stale"} <= tables:
        return []
    found = dict(con.execute(_TRIGGERS_SQL))
    wanted = {
        name: ddl
        for name, ddl in TRIGGERS.items()
        if name.removeprefix("tr_kept_").rsplit("_", 1)[0] in tables
    }
    problems = []
    missing = [name for name in wanted if name not in found]
    if missing:
        problems.append(
            f"{len(missing)} of the {len(wanted)} triggers that keep the Insights page right "
            "are missing"
        )
    stale = [name for name in wanted if name in found and found[name] != wanted[name]]
    if stale:
        problems.append(
            f"{len(stale)} of the triggers that keep the Insights page right are not this version's"
        )
    return problems


_TABLES_SQL = "SELECT name FROM sqlite_master WHERE type = 'table'"
_TRIGGERS_SQL = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"


# --- Reading and keeping ------------------------------------------------------------------------

_VERSION_SQL = "SELECT n FROM journal_change WHERE id = 1"
_KEPT_SQL = (
    "SELECT body FROM insights_kept WHERE day = :day AND segment = :segment AND form = :form"
    " AND version = :version"
)
_IS_KEPT_SQL = (
    "SELECT 1 FROM insights_kept WHERE day = :day AND segment = :segment AND form = :form"
    " AND version = :version"
)
_FORGET_OTHERS_SQL = (
    "DELETE FROM insights_kept WHERE version <> :version OR day < :before OR day > :after"
)
_KEEP_SQL = (
    "INSERT INTO insights_kept (day, segment, form, version, body)"
    " VALUES (:day, :segment, :form, :version, :body)"
    " ON CONFLICT (day, segment, form) DO UPDATE SET version = excluded.version,"
    " body = excluded.body"
)
# The day's own after those of any day (`FORM_PART`): the later row of a part wins.
_PARTS_SQL = (
    "SELECT part, key, body FROM insights_part WHERE day IN (:any, :day) AND segment = :segment"
    " AND form = :form ORDER BY day"
)
_STALE_SQL = "SELECT part, customer_id FROM insights_stale WHERE segment = :segment"
# Keeping a part forgets the customers marked in it: what they changed is in it now.
_FORGET_STALE_SQL = "DELETE FROM insights_stale WHERE segment = :segment AND part = :part"
# Parts of another program, and those kept for a day further than a day from the day kept.
_FORGET_OTHER_PARTS_SQL = (
    "DELETE FROM insights_part WHERE form <> :form OR (day <> :any AND (day < :before"
    " OR day > :after))"
)
_KEEP_PART_SQL = (
    "INSERT INTO insights_part (day, segment, part, form, key, reads, body)"
    " VALUES (:day, :segment, :part, :form, :key, :reads, :body)"
    " ON CONFLICT (day, segment, part) DO UPDATE SET form = excluded.form,"
    " key = excluded.key, reads = excluded.reads, body = excluded.body"
)
# On a team database a part is kept only while this transaction holds the count's row: a change
# committing meanwhile waits for it, so its triggers then delete what this one kept.
_HOLD_PG_SQL = "SELECT n FROM journal_change WHERE id = 1 FOR UPDATE"


def version(source: Source) -> int | None:
    """The journal's change count, read in *source*'s snapshot; None on a journal without it
    (older than migration 0012) or where it can't be read."""
    try:
        found = rows(source, _VERSION_SQL)
    except Exception:  # an older journal: no such table (sqlite3's, psycopg's errors alike)
        _after_error(source)
        return None
    return int(found[0][0]) if found else None


def _after_error(source: Source) -> None:
    """A failed statement aborts a PostgreSQL transaction: begin the read again."""
    if isinstance(source, Reader) and on_postgresql(source):
        source.con.con.rollback()


def kept(source: Source, today: dt.date, segment: di.Segment, form: str, at: int) -> str | None:
    found = rows(
        source,
        _KEPT_SQL,
        {"day": today.isoformat(), "segment": str(segment), "form": form, "version": at},
    )
    return str(found[0][0]) if found else None


def parts(source: Source, today: dt.date, segment: di.Segment) -> KeptParts:
    """The parts kept for *today* and *segment* (store/insights.py `KeptParts`), read in *source*'s
    snapshot; none on a journal without them (older than migration 0014)."""
    from custjournal.store.insights import KeptParts

    params = {"any": _ANY_DAY, "day": today.isoformat(), "segment": str(segment)}
    try:
        found = rows(source, _PARTS_SQL, {**params, "form": FORM_PART})
        marked = rows(source, _STALE_SQL, {"segment": str(segment)})
    except Exception:  # an older journal: no such table
        _after_error(source)
        return KeptParts()
    stale: dict[str, set[int]] = {}
    for part, cid in marked:
        stale.setdefault(str(part), set()).add(int(cid))
    return KeptParts({str(part): (str(key), str(body)) for part, key, body in found}, stale)


def keep(
    source: Source,
    today: dt.date,
    segment: di.Segment,
    bodies: dict[str, str],
    at: int,
    new_parts: dict[str, tuple[str, str, str]] | None = None,
    daily: set[str] | frozenset[str] = frozenset(),
) -> bool:
    """Keep *bodies* (form: text) for *today* and *segment*, worked out at change count *at*,
    if the journal is still at it and lets this connection write; forget the kept pages of other
    counts and of days further than a day from *today*. *new_parts* (part: key, reads, rows as
    JSON) are kept beside them, those named in *daily* under *today*, the rest under any day
    (`FORM_PART`), and the parts of days further than a day from *today* forgotten. Ends
    *source*'s read transaction and begins a new one. False when nothing was kept (never an
    error: keeping only saves time)."""
    if not isinstance(source, Reader) or not keeping.may_keep(source):
        return False  # a Session's transaction is its owner's; or held (store/keeping.py)
    params = {"day": today.isoformat(), "segment": str(segment), "version": at}
    around = {
        "any": _ANY_DAY,
        "before": (today - _DAYS_KEPT_AROUND).isoformat(),
        "after": (today + _DAYS_KEPT_AROUND).isoformat(),
    }
    rows_of_parts = _part_rows(params, new_parts or {}, daily)
    try:
        if on_postgresql(source):
            return _keep_pg(source, params, around, bodies, new_parts or {}, rows_of_parts)
        return _keep_sqlite(source, params, around, bodies, new_parts or {}, rows_of_parts)
    except Exception:  # read-only, locked, no right to write: worked out each time instead
        return False


def _part_rows(
    params: dict[str, Any],
    new_parts: dict[str, tuple[str, str, str]],
    daily: set[str] | frozenset[str],
) -> list[dict[str, Any]]:
    return [
        {
            "day": params["day"] if part in daily else _ANY_DAY,
            "segment": params["segment"],
            "part": part,
            "form": FORM_PART,
            "key": key,
            "reads": reads,
            "body": body,
        }
        for part, (key, reads, body) in new_parts.items()
    ]


def _stale_rows(
    params: dict[str, Any], new_parts: dict[str, tuple[str, str, str]]
) -> list[dict[str, Any]]:
    return [{"segment": params["segment"], "part": part} for part in new_parts]


def _keep_sqlite(
    source: Reader,
    params: dict[str, Any],
    around: dict[str, str],
    bodies: dict[str, str],
    new_parts: dict[str, tuple[str, str, str]],
    part_rows: list[dict[str, Any]],
) -> bool:
    con = source.con
    con.execute("COMMIT")  # the read is over
    try:
        # Never wait long for a writer: the page is already worked out.
        con.execute("PRAGMA busy_timeout = 200")
        con.execute("BEGIN IMMEDIATE")
        try:
            (now,) = con.execute(_VERSION_SQL).fetchone()
            if now != params["version"]:
                con.execute("ROLLBACK")
                return False
            con.execute(_FORGET_OTHERS_SQL, {**around, "version": params["version"]})
            for form, body in bodies.items():
                con.execute(_KEEP_SQL, {**params, "form": form, "body": body})
            if new_parts:
                con.execute(_FORGET_OTHER_PARTS_SQL, {**around, "form": FORM_PART})
                con.executemany(_KEEP_PART_SQL, part_rows)
                con.executemany(_FORGET_STALE_SQL, _stale_rows(params, new_parts))
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        keeping.count_written()
        return True
    finally:
        con.execute(keeping.BUSY_TIMEOUT_SQL)
        con.execute("BEGIN")


def _keep_pg(
    source: Reader,
    params: dict[str, Any],
    around: dict[str, str],
    bodies: dict[str, str],
    new_parts: dict[str, tuple[str, str, str]],
    part_rows: list[dict[str, Any]],
) -> bool:
    pg = source.con  # backend.PgConnection
    raw = pg.con
    raw.commit()  # the read is over
    raw.read_only = False
    try:
        try:
            pg.execute("SET LOCAL lock_timeout = '200ms'")
            if new_parts and not _savepoint(pg, (_HOLD_PG_SQL,)):
                new_parts = {}  # no right to hold the count: the page alone is kept
            (now,) = pg.execute(_VERSION_SQL).fetchone()
            if now != params["version"]:
                raw.rollback()
                return False
            pg.execute(_FORGET_OTHERS_SQL, {**around, "version": params["version"]})
            for form, body in bodies.items():
                pg.execute(_KEEP_SQL, {**params, "form": form, "body": body})
            if new_parts:
                forget = {**around, "form": FORM_PART}
                _savepoint(
                    pg,
                    ((_FORGET_OTHER_PARTS_SQL, forget),)
                    + tuple((_KEEP_PART_SQL, row) for row in part_rows)
                    + tuple((_FORGET_STALE_SQL, row) for row in _stale_rows(params, new_parts)),
                )
            raw.commit()
        except BaseException:
            raw.rollback()
            raise
        keeping.count_written()
        return True
    finally:
        raw.read_only = True


def _savepoint(pg: Any, statements: tuple[Any, ...]) -> bool:
    """Run *statements* (SQL text, or SQL text and parameters) in a savepoint; False, with
    nothing of them left, when one fails (a role without rights on a kept table)."""
    pg.execute("SAVEPOINT kept_parts")
    try:
        for statement in statements:
            if isinstance(statement, str):
                pg.execute(statement)
            else:
                pg.execute(*statement)
    except Exception:
        pg.execute("ROLLBACK TO SAVEPOINT kept_parts")
        return False
    pg.execute("RELEASE SAVEPOINT kept_parts")
    return True


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# The last page this process kept, piece by piece with its JSON, by where the piece sits in the
# page ("health.elements.2.bucket_ids.0"): a section handed back unchanged (store/insights.py
# remembers sections whose inputs did not change, and the Pareto curve while values are the
# same) is the very same object, and is not encoded again; nor is a long list of ids equal to
# the one encoded there last time (a stage's customers, a health bucket's: a conversation moves
# one customer of them at most, and the other lists are the same ids again).
_ENCODED: dict[str, tuple[object, str, bool]] = {}
_LONG = 256  # a tuple of at least this many items is remembered on its own
_PLACES = 4096  # more places remembered than this (many segments' pages): all forgotten


def _long_text(place: str, value: tuple[Any, ...]) -> str:
    """`_dumps(di.to_plain(value))` for a long tuple: last time's text for the same tuple, or
    for an equal one where both hold whole numbers alone (ids; 1 == 1.0 == True, but their
    texts differ)."""
    seen = _ENCODED.get(place)
    if seen is not None and (
        seen[0] is value
        or (seen[2] and seen[0] == value and _ONLY_INTS.issuperset(map(type, value)))
    ):
        return seen[1]
    text = _dumps(di.to_plain(value))
    if len(_ENCODED) > _PLACES:
        _ENCODED.clear()
    _ENCODED[place] = (value, text, _ONLY_INTS.issuperset(map(type, value)))
    return text


_ONLY_INTS = frozenset((int,))  # the kinds of a list of ids


# The typed items of a section's lists (its themes, rows, ...) encoded last time, by identity:
# store/insights.py hands back the very theme whose texts did not change.
_ITEMS: dict[int, tuple[object, str]] = {}


def _text(place: str, value: object) -> str:
    """`_dumps(di.to_plain(value))` (the same text), from what was encoded last time where it
    can be: the very same typed object, or a long tuple (`_long_text`); the rest piece by piece."""
    kind = type(value)
    if kind is tuple:
        items: tuple[Any, ...] = value  # type: ignore[assignment]
        if len(items) >= _LONG:
            return _long_text(place, items)
        if items and (type(items[0]) is tuple or di.fields_of(items[0]) is not None):
            return "[" + ",".join([_text(f"{place}.{i}", v) for i, v in enumerate(items)]) + "]"
        return _dumps(di.to_plain(items))
    names = di.fields_of(value)
    if names is None:
        return _dumps(di.to_plain(value))
    seen = _ITEMS.get(id(value))
    if seen is not None and seen[0] is value:
        return seen[1]
    texts = [_text(f"{place}.{name}", getattr(value, name)) for name in names]
    text = '{"~":' + _dumps(kind.__name__) + ',"f":[' + ",".join(texts) + "]}"
    if len(_ITEMS) > _PLACES:
        _ITEMS.clear()
    _ITEMS[id(value)] = (value, text)
    return text


def _page_body(page: di.Insights, pause: Callable[[], None] | None = None) -> str:
    """`_dumps(di.to_plain(page))`, section by section (the same text), with *pause* (the app's
    worker's checkpoint) called before each."""
    texts = []
    for name in di.INSIGHTS_FIELDS:
        if pause is not None:
            pause()
        texts.append(_text(name, getattr(page, name)))
    return '{"~":"Insights","f":[' + ",".join(texts) + "]}"


class Computed:
    """How many pages `page` worked out in this process rather than read back kept (the
    tests' and the benchmark's look inside: the app's page worked out ahead is read back)."""

    pages = 0


def is_kept(source: Source, segment: di.Segment, today: dt.date) -> bool:
    """Whether the page for *segment* as of *today* is kept and still good (the journal has not
    changed since it was worked out), read in *source*'s snapshot; not its body."""
    at = version(source)
    if at is None:
        return False
    params = {"day": today.isoformat(), "segment": str(segment), "form": FORM_PAGE, "version": at}
    return bool(rows(source, _IS_KEPT_SQL, params))


def page(source: Source, segment: di.Segment, today: dt.date) -> di.Insights:
    """The Insights page for *segment* as of *today*: the kept one while the journal has not
    changed since it was worked out, else worked out (store/insights.py) and kept."""
    from custjournal.store.insights import compute_insights

    at = version(source)
    if at is not None:
        body = kept(source, today, segment, FORM_PAGE, at)
        if body is not None:
            try:
                found: di.Insights = di.from_plain(json.loads(body))
                return found
            except (ValueError, TypeError, KeyError):
                pass  # not this program's page after all: worked out again below
    Computed.pages += 1
    if at is None:
        return compute_insights(source, segment, today)
    found_parts = parts(source, today, segment)
    result = compute_insights(source, segment, today, found_parts)
    # Checkpoints while the page is encoded (about a tenth of a second at 10,000 customers):
    # the app's work done ahead stops there when the user's own work waits for it.
    body = _page_body(result, pause_of(source))
    keep(
        source,
        today,
        segment,
        {FORM_PAGE: body},
        at,
        found_parts.new,
        found_parts.daily,
    )
    return result


def json_text(
    source: Source,
    segment: di.Segment,
    today: dt.date,
    render: Callable[[di.Insights], str],
) -> str:
    """`render(page)` (the command's JSON), kept beside the page it was made from."""
    from custjournal.store.insights import compute_insights

    at = version(source)
    if at is not None:
        text = kept(source, today, segment, FORM_JSON, at)
        if text is not None:
            return text
        body = kept(source, today, segment, FORM_PAGE, at)
        result = None
        if body is not None:
            try:
                result = di.from_plain(json.loads(body))
            except (ValueError, TypeError, KeyError):
                result = None
        bodies = {}
        new_parts = None
        daily: set[str] = set()
        if result is None:
            found_parts = parts(source, today, segment)
            result = compute_insights(source, segment, today, found_parts)
            new_parts, daily = found_parts.new, found_parts.daily
            bodies[FORM_PAGE] = _page_body(result)
        text = render(result)
        bodies[FORM_JSON] = text
        keep(source, today, segment, bodies, at, new_parts, daily)
        return text
    return render(compute_insights(source, segment, today))
