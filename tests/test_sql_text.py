"""SQL is written as whole statements: none is put together with an f-string or str.format.

Values go in as parameters; what varies among statements (a trigger per table, a page size) is a
constant mapping of complete statements. The scan reads every module of src/ with `ast`.

The exceptions are named in EXCEPTIONS, each with its reason; a new one needs its own.
"""

import ast
import re
import sqlite3
from pathlib import Path

from custjournal.store import backup
from custjournal.store.journal import BUSY_TIMEOUT_MS

SRC = Path(__file__).resolve().parents[1] / "src" / "custjournal"
SQL = re.compile(
    r"\b(SELECT|INSERT|UPDATE|DELETE|REPLACE|PRAGMA|CREATE|DROP|ALTER|VACUUM|ATTACH)\b"
)


def _literal_text(node: ast.AST) -> str:
    """The constant text an f-string or a format string holds."""
    if isinstance(node, ast.JoinedStr):
        return "".join(
            part.value
            for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return ""


# (file under src/custjournal, function): why its SQL is put together.
EXCEPTIONS = {
    # SQLCipher's key is set by PRAGMA key or ATTACH ... KEY, which take no bound parameter;
    # the raw key literal is hex digits made by store/connect.py. Encryption copies each table
    # by name and keeps user_version (an integer read from the file).
    ("store/connect.py", "_keyed"): "PRAGMA key",
    ("store/crypt.py", "_open_source"): "PRAGMA key",
    ("store/crypt.py", "_verify"): "PRAGMA key",
    ("store/crypt.py", "_convert"): "ATTACH ... KEY",
    ("store/crypt.py", "_take_alone"): "PRAGMA user_version",
}


def built_sql(source: str, skip: frozenset[str] = frozenset()) -> list[int]:
    """Lines of *source* where SQL text is an f-string, or a string given to .format(), outside
    the functions named in *skip*."""
    tree = ast.parse(source)
    skipped = {
        line
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef) and node.name in skip
        for line in range(node.lineno, (node.end_lineno or node.lineno) + 1)
    }
    found = []
    for node in ast.walk(tree):
        if getattr(node, "lineno", None) in skipped:
            continue
        if isinstance(node, ast.JoinedStr) and SQL.search(_literal_text(node)):
            found.append(node.lineno)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "format"
            and SQL.search(_literal_text(node.func.value))
        ):
            found.append(node.lineno)
    return found


def test_the_scan_finds_sql_built_with_an_f_string_or_format():
    source = (
        'table = "customer"\n'
        'a = f"SELECT * FROM {table}"\n'
        'b = "DROP TRIGGER {}".format(table)\n'
        'c = f"Deleted {table}."  # a sentence, not SQL\n'
        'd = "SELECT name FROM customer WHERE id = ?"\n'
    )
    assert built_sql(source) == [2, 3]
    inside = 'def make(t):\n    return f"DROP TABLE {t}"\n'
    assert built_sql(inside) == [2]
    assert built_sql(inside, frozenset({"make"})) == []


def test_no_sql_in_src_is_built_from_pieces():
    found = [
        f"{path.relative_to(SRC.parent)}:{line}"
        for path in sorted(SRC.rglob("*.py"))
        for line in built_sql(
            path.read_text(encoding="utf-8"),
            frozenset(f for p, f in EXCEPTIONS if p == path.relative_to(SRC).as_posix()),
        )
    ]
    assert found == []


def test_connections_wait_for_a_busy_journal(journal, tmp_path):
    """The busy timeout comes from the connect call's timeout, not a PRAGMA put together."""
    with journal.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS
    con = backup._connect(tmp_path / "copy.sqlite3", readonly=False)
    try:
        assert con.execute("PRAGMA busy_timeout").fetchone()[0] == backup.BUSY_SECONDS * 1000
    finally:
        con.close()


def test_every_page_size_of_sqlite_has_its_statement(tmp_path):
    for size, statement in backup._SET_PAGE_SIZE.items():
        con = sqlite3.connect(tmp_path / f"{size}.sqlite3")
        try:
            con.execute(statement)
            con.execute("VACUUM")
            assert con.execute("PRAGMA page_size").fetchone()[0] == size
        finally:
            con.close()
