"""The full-text index (SQLite FTS5), kept in step with every write by ops/.

Two indexes, because they answer different questions (`docs/rules.md`, "Search"):
- `customer_fts`: one row per customer (rowid = customer id) holding all of that customer's text;
  the list filter asks it "which customers mention X" and gets an answer in milliseconds.
- `search_fts` + `search_entry`: one row per entry, for the search command's hits and snippets.

Text is folded in Python before it is indexed (case, accents, NFC/NFD), and characters of scripts
written without spaces (CJK) are indexed one by one, so that part of a word (`北京` in
`北京茶叶`) is found as a phrase. User input never reaches FTS5 syntax: every word becomes a
quoted term and the last one a prefix. This module is the only one that knows this SQL.
"""

from __future__ import annotations

import contextlib
import re
import sys
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import compress
from typing import TYPE_CHECKING, Any

from custjournal.domain.text import fold
from custjournal.domain.vocab import milestone_label
from custjournal.store import backend, reader
from custjournal.store.reader import Source

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

# kind -> SQL returning (id, customer_id, date, text parts...) for that kind of entry.
_SOURCES: dict[str, str] = {
    "customer": "SELECT c.id, c.id, NULL, c.name, c.company, c.role, c.email, c.phone, c.notes, "
    "(SELECT group_concat(tag, ' ') FROM customer_tag t WHERE t.customer_id = c.id) "
    "FROM customer c",
    "conversation": "SELECT id, customer_id, occurred_on, summary, notes, why_buy "
    "FROM conversation",
    "delight": "SELECT d.id, d.customer_id, c.occurred_on, d.text FROM delight d "
    "LEFT JOIN conversation c ON c.id = d.conversation_id",
    "pain": "SELECT p.id, p.customer_id, c.occurred_on, p.text FROM pain_point p "
    "LEFT JOIN conversation c ON c.id = p.conversation_id",
    "fact": "SELECT id, customer_id, learned_on, text FROM fact",
    "promise": "SELECT id, customer_id, made_on, text FROM promise",
    "gift": "SELECT id, customer_id, given_on, what, occasion, reaction FROM gift",
    "invitation": "SELECT id, customer_id, invited_on, event FROM invitation",
    "milestone": "SELECT id, customer_id, occurred_on, kind, note FROM milestone",
    "purchase": "SELECT id, customer_id, purchased_on, what FROM purchase",
}
_ID_COLUMN = {"customer": "c.id", "delight": "d.id", "pain": "p.id"}
_CUSTOMER_COLUMN = {"customer": "c.id", "delight": "d.customer_id", "pain": "p.customer_id"}
# The same statements narrowed down, composed once from the constants above (no value is ever
# written into SQL): one customer's entries, a range of customers, one entry by id.
_OF_CUSTOMER = {
    kind: sql + " WHERE " + _CUSTOMER_COLUMN.get(kind, "customer_id") + " = ?"
    for kind, sql in _SOURCES.items()
}
_OF_CUSTOMERS = {
    kind: sql + " WHERE " + _CUSTOMER_COLUMN.get(kind, "customer_id") + " BETWEEN ? AND ?"
    for kind, sql in _SOURCES.items()
}
# The customers being reindexed, put in a temporary table so that each statement below runs once
# for all of them: bulk edits reindex thousands of customers, and a statement per customer
# (three deletes, ten reads) made tagging 10,000 customers take almost two minutes.
_REINDEX_TABLE = "CREATE TEMP TABLE IF NOT EXISTS reindex_customer (id INTEGER PRIMARY KEY)"
_IN_SET = " IN (SELECT id FROM reindex_customer)"
_OF_SET = {
    kind: sql + " WHERE " + _CUSTOMER_COLUMN.get(kind, "customer_id") + _IN_SET
    for kind, sql in _SOURCES.items()
}
_PURGE_SET = (
    "DELETE FROM search_fts WHERE rowid IN "
    "(SELECT rowid FROM search_entry WHERE customer_id" + _IN_SET + ")",
    "DELETE FROM search_entry WHERE customer_id" + _IN_SET,
    "DELETE FROM customer_fts WHERE rowid" + _IN_SET,
)
# A customer's own document and whole-customer row, for a change to the customer's own fields.
_PURGE_OWN = (
    "DELETE FROM search_fts WHERE rowid IN (SELECT rowid FROM search_entry "
    "WHERE kind = 'customer' AND customer_id" + _IN_SET + ")",
    "DELETE FROM search_entry WHERE kind = 'customer' AND customer_id" + _IN_SET,
    "DELETE FROM customer_fts WHERE rowid" + _IN_SET,
)
# Every indexed text of the marked customers (sorted as documents() yields them by the caller).
_BODIES_OF_SET = (
    "SELECT e.customer_id, e.kind, e.entry_id, f.body FROM search_entry e "
    "JOIN search_fts f ON f.rowid = e.rowid WHERE e.customer_id" + _IN_SET
)
_ENTRY = {
    kind: sql + " WHERE " + _ID_COLUMN.get(kind, "id") + " = ?" for kind, sql in _SOURCES.items()
}
KIND_CODES = {kind: code for code, kind in enumerate(_SOURCES, start=1)}


@dataclass(frozen=True)
class Document:
    kind: str
    entry_id: int
    customer_id: int
    date: str | None
    text: str


@dataclass(frozen=True)
class Hit:
    customer_id: int
    customer: str
    kind: str
    id: int
    date: str | None
    snippet: str


# The ranges of domain.text.is_cjk, as one pattern: a regex pass is ~10x faster than a loop.
_CJK = re.compile(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002fa1f]"
)


def index_text(text: str) -> str:
    """What goes into the index: folded, with CJK characters standing as words of their own."""
    folded = fold(text)
    if folded.isascii():
        return folded
    return _CJK.sub(r" \g<0> ", folded)


def _words(query: str) -> list[str]:
    return index_text(query).split()


def match_expression(query: str) -> str | None:
    """User input as a safe FTS5 expression: quoted terms, CJK runs as phrases, last a prefix."""
    terms: list[str] = []
    for raw in fold(query).split():
        # Split punctuation the tokenizer would split, keep each piece a quoted term.
        tokens = [t for t in index_text("".join(c if c.isalnum() else " " for c in raw)).split()]
        if not tokens:
            continue
        terms.append('"' + " ".join(tokens).replace('"', "") + '"')
    if not terms:
        return None
    terms[-1] += "*"
    return " ".join(terms)


def tsquery_expression(query: str) -> str | None:
    """match_expression's meaning for a team journal's tsvector (store/backend.py): each
    term's tokens a phrase (`<->`), every term required (`&`), the last token a prefix."""
    terms: list[str] = []
    for raw in fold(query).split():
        tokens = index_text("".join(c if c.isalnum() else " " for c in raw)).split()
        if tokens:
            terms.append(" <-> ".join("'" + t.replace("'", "") + "'" for t in tokens))
    if not terms:
        return None
    terms[-1] += ":*"
    return " & ".join(terms)


def _rowid(kind: str, entry_id: int) -> int:
    return entry_id * 16 + KIND_CODES[kind]


def _join_text(parts: Iterable[object]) -> str:
    return "\n".join(str(p) for p in parts if p not in (None, ""))


def documents(
    conn: Connection | reader.Reader,
    customer_id: int | None = None,
    id_range: tuple[int, int] | None = None,
    *,
    marked: bool = False,
    kinds: Iterable[str] = _SOURCES,
) -> Iterator[Document]:
    """What the index should hold: every entry's text (one customer's, a range of ids, or with
    *marked* those of the customers `_mark` put in the temporary table), of these *kinds*."""
    for kind in kinds:
        sql = _SOURCES[kind]
        params: tuple[object, ...] = ()
        if customer_id is not None:
            sql, params = _OF_CUSTOMER[kind], (customer_id,)
        elif id_range is not None:
            sql, params = _OF_CUSTOMERS[kind], id_range
        elif marked:
            sql = _OF_SET[kind]
        # A plain reader (`Journal.reader`) as well: `why_matched` reads one customer's
        # entries on the GUI thread, where opening the ORM cost a quarter of a second.
        found = (
            conn.rows(sql, params)
            if isinstance(conn, reader.Reader)
            else conn.exec_driver_sql(sql, params)
        )
        for row in found:
            entry_id, cid, date, *parts = row
            if kind == "milestone":
                parts[0] = milestone_label(parts[0])
            text = _join_text(parts)
            if text:
                yield Document(kind, entry_id, cid, None if date is None else str(date), text)


def _write_entries(conn: Connection, docs: list[Document]) -> list[str]:
    """Put *docs* in the per-entry index; returns each one's indexed text, in order."""
    bodies = [index_text(d.text) for d in docs]
    if docs:
        conn.exec_driver_sql(
            "INSERT INTO search_entry (rowid, customer_id, kind, entry_id, entry_date) "
            "VALUES (?, ?, ?, ?, ?)",
            [(_rowid(d.kind, d.entry_id), d.customer_id, d.kind, d.entry_id, d.date) for d in docs],
        )
        conn.exec_driver_sql(
            "INSERT INTO search_fts (rowid, body) VALUES (?, ?)",
            [(_rowid(d.kind, d.entry_id), body) for d, body in zip(docs, bodies, strict=True)],
        )
    return bodies


def _write_customers(conn: Connection, bodies: Iterable[tuple[int, str]]) -> None:
    """Put each customer's whole text in the per-customer index, from (customer id, indexed
    text of one entry) pairs in the order the entries are to be read.

    Joining indexed texts is indexing the joined text: folding works character by character
    and never across the newline between two entries (tests/store/test_search_reindex.py)."""
    per_customer: dict[int, list[str]] = defaultdict(list)
    for cid, body in bodies:
        per_customer[cid].append(body)
    if per_customer:
        conn.exec_driver_sql(
            "INSERT INTO customer_fts (rowid, body) VALUES (?, ?)",
            [(cid, "\n".join(texts)) for cid, texts in per_customer.items()],
        )


def _write(conn: Connection, docs: list[Document]) -> None:
    bodies = _write_entries(conn, docs)
    _write_customers(conn, zip((d.customer_id for d in docs), bodies, strict=True))


@contextlib.contextmanager
def _marked(conn: Connection, customer_ids: list[int], purge: tuple[str, ...]) -> Iterator[None]:
    """Put these customers in the temporary table, run the *purge* statements over them, and
    empty the table again after the block."""
    conn.exec_driver_sql(_REINDEX_TABLE)
    conn.exec_driver_sql("DELETE FROM reindex_customer")
    conn.exec_driver_sql(
        "INSERT INTO reindex_customer (id) VALUES (?)", [(cid,) for cid in customer_ids]
    )
    for statement in purge:
        conn.exec_driver_sql(statement)
    yield
    conn.exec_driver_sql("DELETE FROM reindex_customer")


def reindex_customers(conn: Connection, customer_ids: Iterable[int]) -> None:
    """Bring the index in step with the journal for these customers (deleted ones drop out)."""
    ids = sorted(set(customer_ids))
    if ids:
        with _marked(conn, ids, _PURGE_SET):
            _write(conn, list(documents(conn, marked=True)))


def reindex_customer_rows(conn: Connection, customer_ids: Iterable[int]) -> None:
    """Bring the index in step after a change to these customers' own fields only (a tag, a
    name): their own document is written again, and their whole-customer text is put together
    from their entries' indexed texts as they stand, without reading and folding every entry
    again. Tagging 10,000 customers rebuilt the whole index (~50 s); this reads what it holds.
    """
    ids = sorted(set(customer_ids))
    if not ids:
        return
    with _marked(conn, ids, _PURGE_OWN):
        _write_entries(conn, list(documents(conn, marked=True, kinds=("customer",))))
        # In the order documents() yields them: kinds in the order of _SOURCES, then entry id.
        rows = sorted(
            conn.exec_driver_sql(_BODIES_OF_SET).all(),
            key=lambda r: (r[0], KIND_CODES[r[1]], r[2]),
        )
        _write_customers(conn, ((cid, body) for cid, _kind, _entry, body in rows))


REBUILD_CHUNK = 500  # customers per step: bounds memory, and gives progress something to say


def rebuild(conn: Connection, progress: Callable[[int, int], object] | None = None) -> None:
    """Rebuild the whole index from the journal (after a bulk write, or to repair it).

    Works through the customers a chunk at a time; *progress(done, total)* hears after each.
    """
    conn.exec_driver_sql("DELETE FROM search_entry")
    conn.exec_driver_sql("DELETE FROM search_fts")
    conn.exec_driver_sql("DELETE FROM customer_fts")
    ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM customer ORDER BY id")]
    for start in range(0, len(ids), REBUILD_CHUNK):
        chunk = ids[start : start + REBUILD_CHUNK]
        _write(conn, list(documents(conn, id_range=(chunk[0], chunk[-1]))))
        if progress is not None:
            progress(start + len(chunk), len(ids))


def optimize(conn: Connection) -> None:
    """Merge the index so deleted tokens are really gone (forget relies on it).

    A team journal's index is plain tables: a deleted row's words go with the row (the
    server's VACUUM reclaims its space; docs/team.md)."""
    # (backup.py hands a raw SQLite connection in a wrapper without a dialect.)
    if getattr(getattr(conn, "dialect", None), "name", "sqlite") == "postgresql":
        return
    conn.exec_driver_sql("INSERT INTO search_fts (search_fts) VALUES ('optimize')")
    conn.exec_driver_sql("INSERT INTO customer_fts (customer_fts) VALUES ('optimize')")


def matching_customer_ids(conn: Source, query: str) -> AbstractSet[int] | None:
    """Customers whose text matches every word of *query*; None when the query has no words.
    A set on a journal file; on a team journal a `Matching` when the bitmaps answer."""
    pg = reader.on_postgresql(conn)
    expr = tsquery_expression(query) if pg else match_expression(query)
    if expr is None:
        return None
    # On the DBAPI connection (store/reader.py): a letter or two matches most of a big
    # journal, and SQLAlchemy's result rows cost twice the query itself (5 ms against 2.5 ms
    # for 9,500 ids here).
    if not pg:
        # One row of every id, in one step of the statement: Python's sqlite3 lets go of the
        # GIL on each step, and a row per customer (5,000 for 'renov' at 10,000 customers)
        # gave a busy worker (the Health column's) 5,000 turns of it in the middle of a
        # keystroke on the GUI thread (blocks of 100-170 ms measured); alone it is faster too.
        found = reader.rows(conn, _CUSTOMERS_MATCHING, (expr,))
        ids = found[0][0] if found else None
        return set(map(int, ids.split(","))) if ids else set()
    keys = _bit_keys(query)
    if keys is not None:
        return _from_bits(reader.rows(conn, _CUSTOMERS_FROM_BITS_PG, (*keys, len(keys[0]))))
    # A word most customers have ('g' as the first letter typed) makes PostgreSQL's planner
    # scan the table rather than the GIN index: cheap in its cost model, but each row's
    # tsvector is a customer's whole text, kept out of line (TOAST), and reading them all took
    # 150-250 ms against 20-35 ms through the index at 10,000 customers (EXPLAIN ANALYZE,
    # benchmarks/RESULTS.md "Team mode"). So the index is asked for, for this query only.
    before = reader.one(conn, _INDEX_ONLY_PG)
    try:
        packed = reader.one(conn, _CUSTOMERS_MATCHING_PG, (expr,))
    finally:
        reader.one(conn, _SEQSCAN_AGAIN_PG, (before[0] if before else "on",))
    return _unpacked(packed[0] if packed else None)


def _bit_keys(query: str) -> tuple[list[str], list[str]] | None:
    """The key range of each word of *query* in a team journal's bitmaps (store/backend.py,
    SEARCH_BITS_PG): the low key and the first key past it (byte order), or None when a word
    is not one plain token (a phrase such as `ada-lovelace` or `北京` needs the positions the
    GIN index keeps; a letter outside ASCII is left to the server's own parsing of it).

    Every word but the last is one lexeme: [word, word + chr(1)). The last is a prefix: its
    one- or two-letter key (`*g`), or every lexeme starting with it: [word, word with its last
    letter moved one on). For ASCII letters and digits that is exactly `'word':*`."""
    lows: list[str] = []
    highs: list[str] = []
    words = [
        index_text("".join(c if c.isalnum() else " " for c in raw)).split()
        for raw in fold(query).split()
    ]
    words = [w for w in words if w]
    for i, tokens in enumerate(words):
        if len(tokens) != 1 or not tokens[0].isascii():
            return None
        token = tokens[0]
        if i < len(words) - 1:
            lows.append(token)
            highs.append(token + "\x01")
        elif len(token) <= 2:
            lows.append("*" + token)
            highs.append("*" + token + "\x01")
        else:
            lows.append(token)
            highs.append(token[:-1] + chr(ord(token[-1]) + 1))
    return (lows, highs) if lows else None


_FLAGS = bytes.maketrans(b"01", b"\x00\x01")


class Matching(AbstractSet[int]):
    """The customers a team journal's search field found, as one flag byte per customer id
    (1: found), read from the bitmaps as they come (`_from_bits`).

    A set of ids like any other (`in`, `len`, iterating, `==` with a set), but made without a
    Python step per customer: at 100,000 customers a prefix finds 50,000-97,000 of them, and
    making a set of those took 2.5 ms of a 3 ms keystroke, ten times its 10,000-customer cost.
    The list filter (gui/customer_model.py) picks its rows by `flags_up_to` at C speed."""

    __slots__ = ("flags",)

    def __init__(self, flags: bytes) -> None:
        self.flags = flags

    @classmethod
    def _from_iterable(cls, it: Iterable[Any]) -> AbstractSet[Any]:  # what `|`, `&`, `-` give
        return set(it)

    def __contains__(self, customer_id: object) -> bool:
        return (
            isinstance(customer_id, int)
            and 0 <= customer_id < len(self.flags)
            and self.flags[customer_id] == 1
        )

    def __iter__(self) -> Iterator[int]:
        return compress(range(len(self.flags)), self.flags)

    def __len__(self) -> int:
        return self.flags.count(1)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Matching):
            return self.flags.rstrip(b"\x00") == other.flags.rstrip(b"\x00")
        return super().__eq__(other)

    __hash__ = None  # type: ignore[assignment]  # a set's value: not a key

    def __repr__(self) -> str:
        return f"Matching({set(self)!r})"

    def flags_up_to(self, end: int) -> bytes:
        """The flags of ids 0 to *end* - 1 (ids past the last found are not found)."""
        flags = self.flags[:end]
        return flags + bytes(end - len(flags))


def _from_bits(found: list[tuple[int, str]]) -> Matching:
    """The customers of _CUSTOMERS_FROM_BITS_PG's rows: a chunk's number and its bits as text
    ('0' and '1', the first the chunk's first customer), turned into flag bytes."""
    chunk = backend.BITS_CHUNK
    flags = bytearray(chunk * (1 + max((number for number, _bits in found), default=-1)))
    for number, bits in found:
        flags[number * chunk : (number + 1) * chunk] = bits.encode("ascii").translate(_FLAGS)
    return Matching(bytes(flags))


def _unpacked(packed: bytes | None) -> set[int]:
    """The ids of _CUSTOMERS_MATCHING_PG's one value: 8 bytes each, big-endian (int8send).

    One value rather than a row per customer, as on a file: 'g' matches 95,000 customers at
    100,000, and a row each cost psycopg and Python twice the query (a set of the ids read as
    machine integers is ~5x faster than parsing them from text)."""
    ids = array("q", packed or b"")
    if sys.byteorder == "little":
        ids.byteswap()
    return set(ids)


_CUSTOMERS_MATCHING = "SELECT group_concat(rowid) FROM customer_fts WHERE customer_fts MATCH ?"
_CUSTOMERS_MATCHING_PG = (
    "SELECT string_agg(int8send(rowid), ''::bytea) FROM customer_fts "
    "WHERE tsv @@ to_tsquery('simple', ?)"
)
# Each word's keys ORed per chunk, the words ANDed; a chunk some word has no key in is empty.
# Each word's keys by the key index (LATERAL, fenced): joined plainly, two words made the
# planner scan all 700,000 rows at 100,000 customers (190 ms against 0.3 ms).
_CUSTOMERS_FROM_BITS_PG = (
    "SELECT m.chunk, bit_and(m.bits)::text FROM ("
    "  SELECT t.i, s.chunk, bit_or(s.bits) AS bits"
    "  FROM unnest(?::text[], ?::text[]) WITH ORDINALITY AS t(low, high, i)"
    "  CROSS JOIN LATERAL (SELECT chunk, bits FROM search_bits"
    '    WHERE key >= t.low COLLATE "C" AND key < t.high COLLATE "C" OFFSET 0) s'
    "  GROUP BY t.i, s.chunk) m "
    "GROUP BY m.chunk HAVING count(*) = ?"
)
# Inside the read's transaction (is_local): the setting as it was, then off until set back.
_INDEX_ONLY_PG = (
    "SELECT current_setting('enable_seqscan'), set_config('enable_seqscan', 'off', true)"
)
_SEQSCAN_AGAIN_PG = "SELECT set_config('enable_seqscan', ?, true)"
# Entries matching, best first: FTS5's rank (bm25, lower is better), PostgreSQL's ts_rank
# (higher is better).
_ENTRIES_MATCHING = (
    "SELECT e.customer_id, c.name, e.kind, e.entry_id, e.entry_date "
    "FROM (SELECT rowid, rank FROM search_fts WHERE search_fts MATCH ? "
    "      ORDER BY rank LIMIT ?) AS f "
    "JOIN search_entry e ON e.rowid = f.rowid JOIN customer c ON c.id = e.customer_id "
    "ORDER BY f.rank"
)
_ENTRIES_MATCHING_PG = (
    "SELECT e.customer_id, c.name, e.kind, e.entry_id, e.entry_date "
    "FROM (SELECT rowid, ts_rank(tsv, q) AS rank FROM search_fts, to_tsquery('simple', ?) AS q "
    "      WHERE tsv @@ q ORDER BY rank DESC, rowid LIMIT ?) AS f "
    "JOIN search_entry e ON e.rowid = f.rowid JOIN customer c ON c.id = e.customer_id "
    "ORDER BY f.rank DESC, f.rowid"
)


def search(conn: Source, query: str, *, limit: int = 50) -> list[Hit]:
    """Entries matching *query*, best first, each with a snippet of its original text."""
    pg = reader.on_postgresql(conn)
    expr = tsquery_expression(query) if pg else match_expression(query)
    if expr is None:
        return []
    rows = reader.rows(conn, _ENTRIES_MATCHING_PG if pg else _ENTRIES_MATCHING, (expr, limit))
    words = _words(query)
    hits = []
    for cid, name, kind, entry_id, date in rows:
        text = entry_text(conn, kind, entry_id)
        hits.append(Hit(cid, name, kind, entry_id, date, snippet(text, words)))
    return hits


def entry_text(conn: Source, kind: str, entry_id: int) -> str:
    row = reader.one(conn, _ENTRY[kind], (entry_id,))
    if row is None:
        return ""
    parts = list(row[3:])
    if kind == "milestone":
        parts[0] = milestone_label(parts[0])
    return _join_text(parts)


def snippet(text: str, words: list[str], width: int = 90) -> str:
    """About *width* characters of *text* around the first word found, cut at word boundaries."""
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    folded = [fold(ch) for ch in flat]
    start_of = []
    pos = 0
    for piece in folded:
        start_of.append(pos)
        pos += len(piece)
    haystack = "".join(folded)
    at = -1
    for word in words:
        at = haystack.find(word)
        if at >= 0:
            break
    index = 0
    if at > 0:
        index = max(i for i, s in enumerate(start_of) if s <= at)
    begin = max(0, index - width // 3)
    if begin > 0:
        space = flat.rfind(" ", 0, begin + 1)
        begin = space + 1 if space >= 0 and begin - space < 20 else begin
    end = min(len(flat), begin + width)
    if end < len(flat):
        space = flat.rfind(" ", begin, end)
        end = space if space > begin + width // 2 else end
    prefix = "…" if begin > 0 else ""
    suffix = "…" if end < len(flat) else ""
    return prefix + flat[begin:end].strip() + suffix


def why_matched(conn: Connection | reader.Reader, customer_id: int, query: str) -> Hit | None:
    """The entry of one customer that best explains why the list filter found them for *query*.

    The list filter matches words anywhere in a customer's text (customer_fts); this looks at
    that customer's entries one by one (a few dozen rows, read when the user asks, not per
    keystroke) and picks the first, newest first, holding every word, else the most words.
    """
    words = _words(query)
    if not words:
        return None
    best: tuple[int, Document] | None = None
    docs = sorted(documents(conn, customer_id), key=lambda d: d.date or "", reverse=True)
    # The customer's own fields (name, company, notes) first: the likeliest reason.
    docs.sort(key=lambda d: d.kind != "customer")
    for doc in docs:
        haystack = index_text(doc.text)
        found = sum(1 for w in words if w in haystack)
        if found and (best is None or found > best[0]):
            best = (found, doc)
            if found == len(words):
                break
    if best is None:
        return None
    doc = best[1]
    text = doc.text
    if doc.kind == "customer":  # name, company, role, ... notes: the line that matched
        text = next((x for x in text.splitlines() if any(w in index_text(x) for w in words)), text)
    name = reader.scalar(conn, "SELECT name FROM customer WHERE id = ?", (customer_id,))
    return Hit(customer_id, name or "", doc.kind, doc.entry_id, doc.date, snippet(text, words))
