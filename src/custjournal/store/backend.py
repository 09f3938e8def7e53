"""The backend seam: what a team journal on PostgreSQL does where a journal file does SQLite.

A journal file (SQLite) and a team journal (PostgreSQL 15, docs/team.md) share the tables, the
Alembic history and the ops; they differ where SQLite has its own machinery. This module holds
the PostgreSQL side of each such place, so that no `if dialect` spreads through ops or gui:

- the search index: SQLite's FTS5 tables `search_fts` and `customer_fts` are, on PostgreSQL,
  plain tables of the same names and columns (`rowid`, `body`) with a `tsvector` on the `simple`
  configuration worked out from `body` (a generated column) and a GIN index on it. `body` is the
  text store/search.py folds in Python (case, accents, CJK split into characters), which
  `unaccent` could not do inside a generated column; punctuation is a space there, as FTS5's
  unicode61 tokenizer has it (PostgreSQL's parser would keep `ada@example.com` one word);
- the derived columns of `customer` (store/derived.py): one PL/pgSQL function works a customer's
  four values out from the entries, and a trigger on each entry table calls it for the customers
  a row change touches (SQLite has twelve trigger bodies for the same thing);
- the expression index on important dates (PostgreSQL wants its expression in double
  parentheses) and `purchase_gap_median` as DOUBLE PRECISION (SQLite's REAL is 8 bytes).

`dialect(conn)` is the name both sides are chosen by: once per connection, in store/ only.
"""

from __future__ import annotations

from typing import Any

POSTGRESQL = "postgresql"
SQLITE = "sqlite"


def dialect(conn: Any) -> str:
    """'sqlite' or 'postgresql' for an SQLAlchemy Connection (or Engine)."""
    return str(conn.dialect.name)


def is_postgresql(conn: Any) -> bool:
    return dialect(conn) == POSTGRESQL


# Migration 0001's search index, on PostgreSQL. search_entry is the same table as on SQLite.
SEARCH_DDL_PG: tuple[str, ...] = (
    "CREATE TABLE search_entry (rowid BIGINT PRIMARY KEY, customer_id INTEGER NOT NULL, "
    "kind TEXT NOT NULL, entry_id INTEGER NOT NULL, entry_date TEXT)",
    "CREATE INDEX ix_search_entry_customer ON search_entry (customer_id)",
    "CREATE TABLE search_fts (rowid BIGINT PRIMARY KEY, body TEXT NOT NULL, "
    "tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', regexp_replace(body, "
    "'[[:punct:]]+', ' ', 'g'))) STORED)",
    "CREATE INDEX ix_search_fts_tsv ON search_fts USING gin (tsv)",
    "CREATE TABLE customer_fts (rowid BIGINT PRIMARY KEY, body TEXT NOT NULL, "
    "tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', regexp_replace(body, "
    "'[[:punct:]]+', ' ', 'g'))) STORED)",
    "CREATE INDEX ix_customer_fts_tsv ON customer_fts USING gin (tsv)",
)

# Migration 0004's statements, on PostgreSQL.
DERIVED_COLUMNS_PG: tuple[str, ...] = (
    "ALTER TABLE customer ADD COLUMN last_touch_on DATE",
    "ALTER TABLE customer ADD COLUMN purchase_days INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE customer ADD COLUMN last_purchase_on DATE",
    "ALTER TABLE customer ADD COLUMN purchase_gap_median DOUBLE PRECISION",
    "CREATE INDEX ix_promise_open ON promise (done_on, due_on)",
    "CREATE INDEX ix_fact_date ON fact ((month * 100 + day)) WHERE category = 'important-date'",
)

# The customer's derived values worked out from the entries (store/derived.py's meaning): the
# latest touch, the number of distinct purchase days, the last of them, and the median gap in
# days between consecutive distinct days (NULL with fewer than two days).
_DERIVE_FUNCTION = """
CREATE OR REPLACE FUNCTION cj_derive_customer(cid INTEGER) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE customer SET
    last_touch_on = greatest(
      (SELECT max(occurred_on) FROM conversation WHERE customer_id = cid),
      (SELECT max(given_on) FROM gift WHERE customer_id = cid),
      (SELECT max(invited_on) FROM invitation WHERE customer_id = cid)),
    purchase_days = (SELECT count(DISTINCT purchased_on) FROM purchase WHERE customer_id = cid),
    last_purchase_on = (SELECT max(purchased_on) FROM purchase WHERE customer_id = cid),
    purchase_gap_median = (
      SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY gap) FROM (
        SELECT day - lag(day) OVER (ORDER BY day) AS gap
        FROM (SELECT DISTINCT purchased_on AS day FROM purchase WHERE customer_id = cid) d
      ) g WHERE gap IS NOT NULL)
  WHERE id = cid;
END $$
"""

_TRIGGER_FUNCTION = """
CREATE OR REPLACE FUNCTION cj_derive_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM cj_derive_customer(OLD.customer_id);
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') AND (TG_OP = 'INSERT' OR NEW.customer_id <> OLD.customer_id)
  THEN
    PERFORM cj_derive_customer(NEW.customer_id);
  END IF;
  RETURN NULL;
END $$
"""

# SQLite's functions the store's queries use, for PostgreSQL: group_concat (any value, or text
# with a separator), julianday (of a date, or of its text), substr of a timestamp (SQLite holds
# timestamps as text, in UTC: the first ten characters are the day) and json_each (an array
# given as one JSON text parameter; its values come back as text, so a query casts them where
# it compares them with numbers). Installed with the derived columns' function, in the database.
COMPAT_PG: tuple[str, ...] = (
    "CREATE OR REPLACE FUNCTION cj_concat_step(acc text, val anyelement) RETURNS text "
    "LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN val IS NULL THEN acc WHEN acc IS NULL "
    "THEN val::text ELSE acc || ',' || val::text END $$",
    "CREATE OR REPLACE FUNCTION cj_concat_step(acc text, val text, sep text) RETURNS text "
    "LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN val IS NULL THEN acc WHEN acc IS NULL "
    "THEN val ELSE acc || sep || val END $$",
    "CREATE OR REPLACE AGGREGATE group_concat(anyelement) (SFUNC = cj_concat_step, STYPE = text)",
    "CREATE OR REPLACE AGGREGATE group_concat(text, text) (SFUNC = cj_concat_step, STYPE = text)",
    "CREATE OR REPLACE FUNCTION julianday(d date) RETURNS double precision "
    "LANGUAGE sql IMMUTABLE AS $$ SELECT (d - DATE '2000-01-01') + 2451544.5 $$",
    "CREATE OR REPLACE FUNCTION julianday(d text) RETURNS double precision "
    "LANGUAGE sql IMMUTABLE AS $$ SELECT (d::date - DATE '2000-01-01') + 2451544.5 $$",
    "CREATE OR REPLACE FUNCTION substr(t timestamptz, start integer, n integer) RETURNS text "
    "LANGUAGE sql IMMUTABLE AS $$ SELECT substr(to_char(t AT TIME ZONE 'UTC', "
    "'YYYY-MM-DD HH24:MI:SS.US'), start, n) $$",
    "CREATE OR REPLACE FUNCTION max(a text, b text, c text) RETURNS text "
    "LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN a IS NULL OR b IS NULL OR c IS NULL THEN "
    "NULL ELSE greatest(a, b, c) END $$",
    "CREATE OR REPLACE FUNCTION max(a double precision, b double precision) RETURNS double "
    "precision LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN a IS NULL OR b IS NULL THEN "
    "NULL ELSE greatest(a, b) END $$",
    "CREATE OR REPLACE FUNCTION min(a double precision, b double precision) RETURNS double "
    "precision LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN a IS NULL OR b IS NULL THEN "
    "NULL ELSE least(a, b) END $$",
    "CREATE OR REPLACE FUNCTION cj_count_true(acc bigint, val boolean) RETURNS bigint "
    "LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN val IS NULL THEN acc "
    "ELSE coalesce(acc, 0) + val::integer END $$",
    "CREATE OR REPLACE AGGREGATE sum(boolean) (SFUNC = cj_count_true, STYPE = bigint)",
    # `value ->> n` of json_each's text value, as SQLite reads a JSON text (store/health.py).
    "CREATE OR REPLACE FUNCTION cj_json_item(j text, n integer) RETURNS text "
    "LANGUAGE sql IMMUTABLE AS $$ SELECT j::json ->> n $$",
    "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_operator WHERE oprname = '->>' AND "
    "oprleft = 'text'::regtype AND oprright = 'integer'::regtype) THEN "
    "CREATE OPERATOR ->> (LEFTARG = text, RIGHTARG = integer, FUNCTION = cj_json_item); "
    "END IF; END $$",
    "CREATE OR REPLACE FUNCTION json_each(j text) RETURNS TABLE (key integer, value text) "
    "LANGUAGE sql IMMUTABLE AS $$ SELECT (n - 1)::integer, v FROM "
    "json_array_elements_text(j::json) WITH ORDINALITY AS e(v, n) $$",
)

# The entry tables whose rows the derived values come from.
DERIVED_SOURCES: tuple[str, ...] = ("conversation", "gift", "invitation", "purchase")

TRIGGERS_PG: dict[str, str] = {
    "cj_derive_customer": _DERIVE_FUNCTION,
    "cj_derive_trigger": _TRIGGER_FUNCTION,
    "tr_conversation_derived": (
        "CREATE TRIGGER tr_conversation_derived AFTER INSERT OR DELETE OR UPDATE OF "
        "occurred_on, customer_id ON conversation FOR EACH ROW EXECUTE FUNCTION "
        "cj_derive_trigger()"
    ),
    "tr_gift_derived": (
        "CREATE TRIGGER tr_gift_derived AFTER INSERT OR DELETE OR UPDATE OF given_on, "
        "customer_id ON gift FOR EACH ROW EXECUTE FUNCTION cj_derive_trigger()"
    ),
    "tr_invitation_derived": (
        "CREATE TRIGGER tr_invitation_derived AFTER INSERT OR DELETE OR UPDATE OF invited_on, "
        "customer_id ON invitation FOR EACH ROW EXECUTE FUNCTION cj_derive_trigger()"
    ),
    "tr_purchase_derived": (
        "CREATE TRIGGER tr_purchase_derived AFTER INSERT OR DELETE OR UPDATE OF purchased_on, "
        "customer_id ON purchase FOR EACH ROW EXECUTE FUNCTION cj_derive_trigger()"
    ),
}

DROPS_PG: tuple[str, ...] = (
    "DROP TRIGGER IF EXISTS tr_conversation_derived ON conversation",
    "DROP TRIGGER IF EXISTS tr_gift_derived ON gift",
    "DROP TRIGGER IF EXISTS tr_invitation_derived ON invitation",
    "DROP TRIGGER IF EXISTS tr_purchase_derived ON purchase",
)

UPDATE_ALL_PG = "SELECT cj_derive_customer(id) FROM customer"
# Written as every store text is (`?`), translated by pg_text like the rest.
UPDATE_ONE_PG = "SELECT cj_derive_customer(?)"

# How many customers' values differ from what the function works out (check's question).
COUNT_OUT_OF_STEP_PG = """
SELECT count(*) FROM customer c,
LATERAL (SELECT
  greatest(
    (SELECT max(occurred_on) FROM conversation WHERE customer_id = c.id),
    (SELECT max(given_on) FROM gift WHERE customer_id = c.id),
    (SELECT max(invited_on) FROM invitation WHERE customer_id = c.id)) AS touch,
  (SELECT count(DISTINCT purchased_on) FROM purchase WHERE customer_id = c.id) AS days,
  (SELECT max(purchased_on) FROM purchase WHERE customer_id = c.id) AS last_day,
  (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY gap) FROM (
     SELECT day - lag(day) OVER (ORDER BY day) AS gap
     FROM (SELECT DISTINCT purchased_on AS day FROM purchase WHERE customer_id = c.id) d
   ) g WHERE gap IS NOT NULL) AS median) w
WHERE c.last_touch_on IS DISTINCT FROM w.touch OR c.purchase_days IS DISTINCT FROM w.days
  OR c.last_purchase_on IS DISTINCT FROM w.last_day
  OR c.purchase_gap_median IS DISTINCT FROM w.median
"""


# --- SQL text written for SQLite, run on PostgreSQL -------------------------------------------
# The store's queries are SQL text with `?` or `:name` parameters (SQLite's DBAPI takes both);
# psycopg takes `%s` and `%(name)s`, and reads a bare `%` as the start of one. The translation
# is mechanical, made once per text (the texts are constants) and skips quoted strings and
# identifiers, so one text serves both backends.
_PG_TEXT: dict[str, str] = {}
_NAME_START = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")
_NAME_CHARS = _NAME_START | frozenset("0123456789")


def pg_text(sql: str) -> str:
    """*sql* with SQLite's parameter marks turned into psycopg's (cached per text); only for a
    text run with values (psycopg leaves a text run without values as it is)."""
    found = _PG_TEXT.get(sql)
    if found is not None:
        return found
    out: list[str] = []
    i, n = 0, len(sql)
    quote: str | None = None
    while i < n:
        ch = sql[i]
        if quote is not None:
            out.append("%%" if ch == "%" else ch)
            if ch == quote:
                quote = None
        elif ch in ("'", '"'):
            quote = ch
            out.append(ch)
        elif ch == "?":
            out.append("%s")
        elif ch == "%":
            out.append("%%")
        elif ch == ":" and i + 1 < n and sql[i + 1] == ":":
            out.append("::")  # a PostgreSQL cast
            i += 1
        elif (
            ch == ":" and i + 1 < n and sql[i + 1] in _NAME_START and (i == 0 or sql[i - 1] != ":")
        ):
            j = i + 1
            while j < n and sql[j] in _NAME_CHARS:
                j += 1
            out.append("%(" + sql[i + 1 : j] + ")s")
            i = j
            continue
        else:
            out.append(ch)
        i += 1
    translated = "".join(out)
    if len(_PG_TEXT) < 4096:
        _PG_TEXT[sql] = translated
    return translated


def as_sqlite_rows(con: Any) -> None:
    """Make a psycopg connection return dates and timestamps as the text SQLite holds them in
    (`YYYY-MM-DD`, `YYYY-MM-DD HH:MM:SS.ffffff`, in UTC as SQLAlchemy writes them to SQLite) and
    numeric (what sum() and avg() of integers give) as int or float, so the plain read path's
    row handling serves both backends. psycopg is imported here only: a journal file never is."""
    from psycopg.adapt import Loader
    from psycopg.types.string import TextLoader

    class UtcTextLoader(Loader):
        def load(self, data: Any) -> str:
            text = bytes(data).decode()
            if text.endswith("+00"):
                text = text[:-3]
            if "." not in text:
                return text + ".000000"
            return text + "0" * (26 - len(text))

    class NumberLoader(Loader):
        def load(self, data: Any) -> int | float:
            text = bytes(data).decode()
            return float(text) if "." in text else int(text)

    con.execute("SET TIME ZONE 'UTC'")
    for type_name in ("date", "timestamp"):
        con.adapters.register_loader(type_name, TextLoader)
    con.adapters.register_loader("timestamptz", UtcTextLoader)
    con.adapters.register_loader("numeric", NumberLoader)


class PgConnection:
    """A psycopg connection that takes the store's SQLite-spelled text (store/reader.py's
    `Reader` calls `execute(sql, params)` on it as on sqlite3)."""

    __slots__ = ("con",)

    def __init__(self, con: Any) -> None:
        self.con = con

    def execute(self, sql: str, params: Any = ()) -> Any:
        if not params:  # psycopg reads no parameter marks (nor %%) in a text without values
            return self.con.execute(sql)
        return self.con.execute(pg_text(sql), params)

    def close(self) -> None:
        self.con.close()


# After rows were written with their own ids (a copy, an import into an empty journal, a
# migration test), each id sequence is moved past the largest id, so the next row gets a new one.
RESET_SEQUENCES_PG = """
DO $$
DECLARE r record; top bigint;
BEGIN
  FOR r IN
    SELECT c.relname AS tbl, a.attname AS col, pg_get_serial_sequence(c.oid::regclass::text,
           a.attname) AS seq
    FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
    WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace
      AND a.attnum > 0 AND NOT a.attisdropped
      AND pg_get_serial_sequence(c.oid::regclass::text, a.attname) IS NOT NULL
  LOOP
    -- A colleague without the right to move a sequence (docs/team.md grants USAGE) takes
    -- the ids of what they write from it (store/bulk.py): nothing of theirs is behind.
    CONTINUE WHEN NOT has_sequence_privilege(r.seq, 'UPDATE');
    EXECUTE format('SELECT coalesce(max(%I), 0) FROM %I', r.col, r.tbl) INTO top;
    -- Never back: a colleague's import may hold ids past the largest committed one.
    PERFORM setval(r.seq,
                   greatest(top, coalesce(pg_sequence_last_value(r.seq::regclass), 0)) + 1,
                   false);
  END LOOP;
END $$
"""


# The id sequences of this schema's tables the connection's role may not move (setval needs
# UPDATE on a sequence; docs/team.md grants a colleague USAGE, which only takes values).
SEQUENCES_NOT_MOVABLE_PG = """
SELECT count(*) FROM (
  SELECT pg_get_serial_sequence(c.oid::regclass::text, a.attname) AS seq
  FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
  WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace
    AND a.attnum > 0 AND NOT a.attisdropped
) s
WHERE s.seq IS NOT NULL AND NOT has_sequence_privilege(s.seq, 'UPDATE')
"""


def require_moving_ids(conn: Any) -> None:
    """Before rows are written with ids of their own (a whole journal's JSON kept as it was, a
    copy): a UserError, and nothing written, when this team journal's role may not move the id
    sequences past them, since the next row anyone adds would then take an id already used.
    A journal file needs nothing (its next id is the largest plus one)."""
    if not is_postgresql(conn):
        return
    if not conn.exec_driver_sql(SEQUENCES_NOT_MOVABLE_PG).scalar():
        return
    from custjournal.domain.errors import UserError
    from custjournal.domain.i18n import ErrorText

    who = conn.exec_driver_sql("SELECT current_user").scalar()
    raise UserError(
        ErrorText.tr(
            "Only the team database's owner can put in a whole journal with its ids kept "
            "({who} may not move the id sequences past them, so the next new entry would "
            "collide with one): ask the owner to import or copy it. Nothing was changed.",
            who=who,
        )
    )


def ids_written(conn: Any) -> None:
    """Rows were written with ids chosen by the program (an import, a copy): on a team journal
    the id sequences move past them (a journal file's INTEGER PRIMARY KEY needs nothing)."""
    if is_postgresql(conn):
        conn.exec_driver_sql(RESET_SEQUENCES_PG)


# The list filter's bitmaps (migration 0016, store/search.py `matching_customer_ids`): for each
# key, which customers have it, as one bit per customer in rows of BITS_CHUNK customers. A key
# is a lexeme of `customer_fts.tsv`, or `*` and the first one or two characters of a lexeme
# (no lexeme holds a `*`: punctuation is a space there). At 100,000 customers a word most of
# them have ('g' as the first letter typed, 'renovation' in half of them) read its ids through
# the GIN index and the table's rows in 20-60 ms, linear in the ids; from here it reads a row
# per 1,024 customers. Kept by statement triggers on customer_fts, so every writer of the index
# (ops, rebuild, COPY, forget, undo) keeps it: a customer's rows come out with its old text and
# go in with the new, and a key no customer has any more is deleted (forget leaves no word).
# A trigger run first takes a transaction-long lock on each chunk of customers it touches, in
# ascending order, so that two writers of one chunk's rows never wait on each other's rows in
# opposite orders, while writers of different chunks (a colleague's save of an older customer
# while an import adds new ones at the highest ids) never wait at all. What may still deadlock:
# two transactions of several statements that take the same chunks in opposite orders (two
# merges, each of a customer in chunk 1 into one in chunk 5 and back): PostgreSQL ends one of
# them, which says so (store/team.py CONCURRENT_WRITE). The trigger runs with its owner's
# rights (a colleague's role may write the index, docs/team.md).
BITS_CHUNK = 1024
# The bitmaps' trigger function's body: `check` compares it with the database's (an older
# text there keeps the bitmaps, but locks as it did then).
SEARCH_BITS_FUNCTION_BODY_PG = """
DECLARE ks text[]; cs integer[]; ms bit(1024)[]; held integer[]; c integer;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT (n.rowid / 1024)::integer ORDER BY (n.rowid / 1024)::integer)
    INTO held FROM new_rows n;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT (o.rowid / 1024)::integer ORDER BY (o.rowid / 1024)::integer)
    INTO held FROM old_rows o;
  ELSE
    SELECT array_agg(DISTINCT (r.rowid / 1024)::integer ORDER BY (r.rowid / 1024)::integer)
    INTO held FROM (SELECT rowid FROM old_rows UNION ALL SELECT rowid FROM new_rows) r;
  END IF;
  FOREACH c IN ARRAY coalesce(held, '{}') LOOP
    PERFORM pg_advisory_xact_lock(7431, c);
  END LOOP;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    SELECT array_agg(g.key), array_agg(g.chunk), array_agg(g.mask) INTO ks, cs, ms
    FROM (SELECT k AS key, (o.rowid / 1024)::integer AS chunk,
                 bit_or(B'1'::bit(1024) >> mod(o.rowid, 1024)::integer) AS mask
          FROM old_rows o, unnest(cj_search_keys(o.tsv)) k GROUP BY 1, 2) g;
    DELETE FROM search_bits b USING unnest(ks, cs, ms) g(key, chunk, mask)
    WHERE b.key = g.key AND b.chunk = g.chunk AND b.bits & ~g.mask = B'0'::bit(1024);
    UPDATE search_bits b SET bits = b.bits & ~g.mask
    FROM unnest(ks, cs, ms) g(key, chunk, mask) WHERE b.key = g.key AND b.chunk = g.chunk;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO search_bits (key, chunk, bits)
    SELECT k, (n.rowid / 1024)::integer, bit_or(B'1'::bit(1024) >> mod(n.rowid, 1024)::integer)
    FROM new_rows n, unnest(cj_search_keys(n.tsv)) k GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (key, chunk) DO UPDATE SET bits = search_bits.bits | excluded.bits;
  END IF;
  RETURN NULL;
END
"""
DROP_SEARCH_BITS_TRIGGERS_PG = (
    "DROP TRIGGER IF EXISTS tr_search_bits_insert ON customer_fts",
    "DROP TRIGGER IF EXISTS tr_search_bits_delete ON customer_fts",
    "DROP TRIGGER IF EXISTS tr_search_bits_update ON customer_fts",
)
SEARCH_BITS_PG: tuple[str, ...] = (
    'CREATE TABLE IF NOT EXISTS search_bits (key TEXT COLLATE "C" NOT NULL, '
    "chunk INTEGER NOT NULL, bits BIT(1024) NOT NULL, PRIMARY KEY (key, chunk))",
    """
CREATE OR REPLACE FUNCTION cj_search_keys(tsv tsvector) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT a || ARRAY(SELECT DISTINCT '*' || left(x, 1) FROM unnest(a) x)
    || ARRAY(SELECT DISTINCT '*' || left(x, 2) FROM unnest(a) x WHERE length(x) > 1)
  FROM (SELECT tsvector_to_array(tsv) AS a) s
$$
""",
    "CREATE OR REPLACE FUNCTION cj_search_bits_trigger() RETURNS trigger "
    "LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$"
    + SEARCH_BITS_FUNCTION_BODY_PG
    + "$$",
    *DROP_SEARCH_BITS_TRIGGERS_PG,
    "CREATE TRIGGER tr_search_bits_insert AFTER INSERT ON customer_fts "
    "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT "
    "EXECUTE FUNCTION cj_search_bits_trigger()",
    "CREATE TRIGGER tr_search_bits_delete AFTER DELETE ON customer_fts "
    "REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT "
    "EXECUTE FUNCTION cj_search_bits_trigger()",
    "CREATE TRIGGER tr_search_bits_update AFTER UPDATE ON customer_fts "
    "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT "
    "EXECUTE FUNCTION cj_search_bits_trigger()",
)
# Whoever may read or write the customer index may the bitmaps (a colleague's grant, made
# before this table existed, names the tables there were): the same rights, given again.
_SEARCH_BITS_GRANTS_PG = """
DO $$
DECLARE r record;
BEGIN
  FOR r IN
    SELECT grantee, privilege_type FROM information_schema.role_table_grants
    WHERE table_schema = current_schema() AND table_name = 'customer_fts'
      AND grantee <> current_user
  LOOP
    EXECUTE format('GRANT %s ON search_bits TO %s', r.privilege_type,
                   CASE WHEN r.grantee = 'PUBLIC' THEN 'PUBLIC' ELSE quote_ident(r.grantee) END);
  END LOOP;
END $$
"""
SEARCH_BITS_TRIGGERS_PG = (
    "tr_search_bits_insert",
    "tr_search_bits_delete",
    "tr_search_bits_update",
)
# What the bitmaps should hold, worked out from customer_fts as it stands (the fill after the
# table is made, and `check`'s comparison).
SEARCH_BITS_EXPECTED_PG = (
    "SELECT k AS key, (n.rowid / 1024)::integer AS chunk, "
    "bit_or(B'1'::bit(1024) >> mod(n.rowid, 1024)::integer) AS bits "
    "FROM customer_fts n, unnest(cj_search_keys(n.tsv)) k GROUP BY 1, 2"
)
SEARCH_BITS_FILL_PG = (
    "INSERT INTO search_bits (key, chunk, bits) " + SEARCH_BITS_EXPECTED_PG + " ORDER BY 1, 2"
)
SEARCH_BITS_OUT_OF_STEP_PG = (
    "SELECT count(*) FROM (" + SEARCH_BITS_EXPECTED_PG + ") e "
    "FULL JOIN search_bits b ON b.key = e.key AND b.chunk = e.chunk "
    "WHERE e.bits IS DISTINCT FROM b.bits"
)


def install_search_bits(conn: Any) -> None:
    """The list filter's bitmaps, their function and triggers (again), filled from
    customer_fts as it stands: migration 0016, and `check --rebuild-index`."""
    for ddl in (*SEARCH_BITS_PG, _SEARCH_BITS_GRANTS_PG):
        conn.exec_driver_sql(ddl)
    conn.exec_driver_sql("DELETE FROM search_bits")
    conn.exec_driver_sql(SEARCH_BITS_FILL_PG)
