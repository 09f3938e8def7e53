"""The one way to open a journal file (or a backup of one) at the DBAPI level, plain or encrypted.

    connect(path, *, readonly=False, like=None, **kwargs) -> DBAPI connection
    is_encrypted(path) -> bool         # the file's first 16 bytes are not "SQLite format 3\\0"
    unlock(path, passphrase) -> bool   # check a passphrase against the file; kept if it opens it
    errors() -> tuple of exception classes   # sqlite3.Error, and sqlcipher3.Error once loaded

A plain journal is opened with the standard `sqlite3` module; an encrypted one (SQLCipher 4,
the optional `custjournal[encryption]` extra) with `sqlcipher3`, whose `Error` is *not* a
subclass of `sqlite3.Error`: callers catch `errors()`.

Keys. SQLCipher derives the page key from the passphrase and the file's salt (its first 16
bytes) with PBKDF2-HMAC-SHA512, 256,000 rounds: ~80-300 ms, on every connection keyed with the
passphrase. This module derives it once per salt (hashlib, the same function) and keys every
later connection with the raw key and its salt (`PRAGMA key = "x'<key><salt>'"`), which costs
nothing. Passphrases and derived keys live only in this process's memory, never on disk.
Backups made by the backup API share the journal's salt, so one derivation opens them too.

When a file needs a passphrase this process does not know, the passphrase source (set by the
command line or the app with `set_passphrase_source`) is asked; without one, PassphraseNeeded.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import sys
import threading
import urllib.parse
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from custjournal.domain.errors import Hint, UserError

SQLITE_HEADER = b"SQLite format 3\x00"
# SQLCipher 4's defaults (what a file made with `PRAGMA key = 'passphrase'` uses).
_KDF_ROUNDS = 256_000
_KEY_BYTES = 32
_SALT_BYTES = 16

INSTALL_HINT = (
    "install the encryption extra: pip install 'custjournal[encryption]' (the sqlcipher3 package)"
)

# salt -> the raw key literal for PRAGMA key; passphrases known to this process, newest first.
_raw_keys: dict[bytes, str] = {}
_passphrases: list[str] = []

# Asked for a passphrase: (path of the file, attempt number from 1) -> passphrase or None to
# give up. The command line reads a terminal, a file or a descriptor; the app shows a dialog.
PassphraseSource = Callable[[Path, int], "str | None"]
_source: PassphraseSource | None = None
MAX_ATTEMPTS = 3


class PassphraseNeeded(UserError):
    """The journal is encrypted and no passphrase was given."""


class WrongPassphrase(UserError):
    """The passphrase given does not open the journal."""


class EncryptionUnavailable(UserError):
    """The file is encrypted (or encryption was asked for) but sqlcipher3 is not installed."""


def set_passphrase_source(source: PassphraseSource | None) -> None:
    global _source
    _source = source


def forget_keys() -> None:
    """Drop every passphrase and key this process knows (tests; a journal closed for good)."""
    _raw_keys.clear()
    _passphrases.clear()
    _soon.clear()


def errors() -> tuple[type[BaseException], ...]:
    """The DBAPI error classes a journal connection can raise (evaluated when catching)."""
    found: tuple[type[BaseException], ...] = (sqlite3.Error,)
    cipher = sys.modules.get("sqlcipher3")
    if cipher is not None:
        found += (cipher.Error,)
    return found


def sqlcipher() -> Any:
    """The sqlcipher3 DBAPI module, or EncryptionUnavailable naming what to install."""
    try:
        import sqlcipher3
    except ImportError:
        raise EncryptionUnavailable(
            f"Encrypted journals need SQLCipher, which is not installed: {INSTALL_HINT}."
        ) from None
    return sqlcipher3


def header(path: Path) -> bytes:
    """The file's first 16 bytes (its salt, when encrypted); b"" when there is no such file."""
    return read_head(path, _SALT_BYTES)


# Reading a journal's first bytes must never close a descriptor of a file this process has a
# connection to: POSIX drops every lock a process holds on a file when *any* of its descriptors
# for it is closed, SQLite's own included. Each new connection read the header with open() and
# close(): the app's connections then held no lock another process could see, so a command run
# beside the app took itself for the last one, checkpointed and deleted the -wal and -shm from
# under it, and the app's next statements failed "disk I/O error" (its writes going to a
# deleted log). (SQLite's "How To Corrupt An SQLite Database File", 2.2.)
# So this module counts the connections it has opened to each file (device, inode). A file
# with none is read with open() and close(): this process holds no lock on it to lose. A file
# with some is opened once and read with pread, and that descriptor is closed when the file's
# last connection closes (then SQLite has let go of it too): nothing of ours keeps a journal's
# file open after it is closed (a folder can be unmounted, a USB stick ejected). Where the
# system has no pread (Windows, whose locks are not POSIX's), the bytes are read as usual.
_Key = tuple[int, int]  # (device, inode)
_CONNECTIONS: dict[_Key, int] = {}  # how many connections of this process have the file open
_HEADS: dict[_Key, int] = {}  # file -> the descriptor its header is read with, while in use
_SPARE: dict[_Key, list[int]] = {}  # opened in a race with a replace: closed with the others
_CLOSED: list[_Key] = []  # connections closed, not yet counted off (see _let_go)
_HEADS_LOCK = threading.Lock()


@contextlib.contextmanager
def _heads() -> Iterator[None]:
    """Hold the lock on the counts and descriptors; count off closed connections on leaving."""
    with _HEADS_LOCK:
        try:
            yield
        finally:
            _count_off()
    _count_off_closed()


def _count_off() -> None:
    """(Lock held.) Count off the connections closed; at a file's last, close the descriptors
    its header was read with: SQLite has let go of the file too, no lock can be lost."""
    while _CLOSED:
        key = _CLOSED.pop()
        left = _CONNECTIONS.get(key, 0) - 1
        if left > 0:
            _CONNECTIONS[key] = left
            continue
        _CONNECTIONS.pop(key, None)
        for fd in _SPARE.pop(key, []) + ([_HEADS.pop(key)] if key in _HEADS else []):
            os.close(fd)


def _let_go(key: _Key) -> None:
    """A connection to the file closed (or was collected). It may run inside the garbage
    collector while this thread holds the lock, so it never waits for it: whoever holds it
    counts the connection off before letting go."""
    _CLOSED.append(key)
    _count_off_closed()


def _count_off_closed() -> None:
    """Count off the connections closed, unless another thread holds the lock (it counts
    them off as it lets go; one closed just after that is counted off by that thread once it
    has let go, here)."""
    while _CLOSED and _HEADS_LOCK.acquire(blocking=False):
        try:
            _count_off()
        finally:
            _HEADS_LOCK.release()


def read_head(path: Path, size: int) -> bytes:
    """The first *size* bytes of *path* as they are now, without closing any descriptor of a
    file this process has a connection to (see above); b"" when there is no such file (or it
    is a folder)."""
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return b""
    if not stat.S_ISREG(st.st_mode):
        return b""
    if not hasattr(os, "pread"):
        with open(path, "rb") as handle:
            return handle.read(size)
    with _heads():
        held = _HEADS.get((st.st_dev, st.st_ino))
        if held is not None:
            return os.pread(held, size, 0)
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        except (FileNotFoundError, NotADirectoryError):
            return b""
        opened = os.fstat(fd)
        key = (opened.st_dev, opened.st_ino)  # the file opened, if replaced since the stat
        try:
            return os.pread(fd, size, 0)
        finally:
            if key in _HEADS:
                _SPARE.setdefault(key, []).append(fd)
            elif _CONNECTIONS.get(key):
                _HEADS[key] = fd
            else:
                os.close(fd)


def _file_key(path: Path) -> _Key | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _count(key: _Key) -> None:
    with _heads():
        _CONNECTIONS[key] = _CONNECTIONS.get(key, 0) + 1


_COUNTED_CLASSES: dict[Any, type] = {}


def _connection_class(module: Any) -> type:
    """The module's Connection, whose close() counts it off (as its collection does)."""
    found = _COUNTED_CLASSES.get(module)
    if found is None:

        class Counted(module.Connection):  # type: ignore[misc]
            _counted_off: Callable[[], Any] = staticmethod(lambda: None)

            def close(self) -> None:
                super().close()  # if it raises, the connection is still open: still counted
                self._counted_off()

        found = _COUNTED_CLASSES[module] = Counted
    return found


def _open(module: Any, path: Path, *, readonly: bool, **kwargs: Any) -> Any:
    """module.connect on *path*, counted in _CONNECTIONS until it is closed or collected (from
    before it opens the file: a header read meanwhile keeps its descriptor)."""
    key = _file_key(path)
    if key is not None:
        _count(key)
    try:
        con = module.connect(
            uri(path, readonly=readonly), uri=True, factory=_connection_class(module), **kwargs
        )
    except BaseException:
        if key is not None:
            _let_go(key)
        raise
    if key is None:  # the file made by this connection
        key = _file_key(path)
        if key is None:
            return con
        _count(key)
    con._counted_off = weakref.finalize(con, _let_go, key)
    return con


def is_encrypted(path: Path) -> bool:
    """A file that does not start as every plain SQLite file does, made of whole pages.

    An SQLCipher file starts with its random salt and is a whole number of pages (512 bytes
    at the least): any other file (a text file named .sqlite3) is left to be called "not a
    journal" by the plain opener.
    """
    path = Path(path)
    first = header(path)
    if len(first) != _SALT_BYTES or first == SQLITE_HEADER:
        return False
    # A salt is 16 random bytes (fewer than 8 distinct values: odds below 1e-9); a header
    # overwritten by a failing disk (zeros, one repeated byte) is damage, not encryption.
    if len(set(first)) < 8:
        return False
    try:
        size = path.stat().st_size
    except OSError:
        return False
    return size >= 512 and size % 512 == 0


def derive(passphrase: str, salt: bytes) -> str:
    """The raw key literal SQLCipher would derive from *passphrase* for a file with *salt*."""
    import hashlib  # here: a plain journal never needs it

    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt, _KDF_ROUNDS, _KEY_BYTES)
    return f"x'{key.hex()}{salt.hex()}'"


# Keys being derived in a thread while the program imports the rest of itself (the command
# line's start, cli/_early.py): hashlib releases the GIL while it derives.
_soon: dict[tuple[bytes, str], tuple[threading.Thread, list[str]]] = {}


def derive_soon(path: Path, passphrase: str) -> None:
    """Start deriving *path*'s key from *passphrase* in a thread; unlock() takes it over."""
    salt = header(Path(path))
    if (salt, passphrase) in _soon or len(salt) != _SALT_BYTES:
        return
    out: list[str] = []
    thread = threading.Thread(
        target=lambda fn=derive: out.append(fn(passphrase, salt)), name="derive-key", daemon=True
    )
    _soon[(salt, passphrase)] = (thread, out)
    thread.start()


def _derived(passphrase: str, salt: bytes) -> str:
    pending = _soon.pop((salt, passphrase), None)
    if pending is not None:
        thread, out = pending
        thread.join()
        if out:
            return out[0]
    return derive(passphrase, salt)


def new_key(passphrase: str) -> str:
    """A raw key literal with a fresh salt, for a file about to be encrypted."""
    return derive(passphrase, os.urandom(_SALT_BYTES))


def uri(path: Path, *, readonly: bool) -> str:
    quoted = urllib.parse.quote(str(path))
    if not readonly:
        return f"file:{quoted}"
    # Without a -wal file nothing is pending outside the main file: immutable opens it without
    # creating -wal/-shm beside it (a reading command must not write a byte).
    wal = Path(f"{path}-wal")
    return f"file:{quoted}?mode=ro" + ("" if wal.exists() else "&immutable=1")


def _keyed(module: Any, path: Path, raw_key: str, *, readonly: bool, **kwargs: Any) -> Any:
    con = _open(module, path, readonly=readonly, **kwargs)
    try:
        # A wrong key would otherwise print SQLCipher's own lines on stderr.
        con.execute("PRAGMA cipher_log_level = NONE")
        con.execute(f'PRAGMA key = "{raw_key}"')
        # The key is checked at the first read of page 1.
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        con.close()
        raise
    return con


def _opens(path: Path, raw_key: str) -> bool:
    module = sqlcipher()
    try:
        _keyed(module, path, raw_key, readonly=True).close()
    except module.DatabaseError as exc:
        if "not a database" in str(exc):
            return False
        raise
    return True


def unlock(path: Path, passphrase: str) -> bool:
    """True, and the passphrase kept for this process, if it opens the encrypted file."""
    path = Path(path)
    salt = header(path)
    raw = _derived(passphrase, salt)
    if not _opens(path, raw):
        return False
    _raw_keys[salt] = raw
    if passphrase in _passphrases:
        _passphrases.remove(passphrase)
    _passphrases.insert(0, passphrase)
    return True


def remember_key(raw_key: str, passphrase: str | None = None) -> None:
    """Keep a raw key literal (of a file this process just encrypted) and its passphrase."""
    salt = bytes.fromhex(raw_key[2:-1])[_KEY_BYTES:]
    _raw_keys[salt] = raw_key
    if passphrase is not None and passphrase not in _passphrases:
        _passphrases.insert(0, passphrase)


def known_passphrase() -> str | None:
    return _passphrases[0] if _passphrases else None


def key_for(path: Path) -> str:
    """The raw key literal that opens the encrypted file *path*; asks the source if need be."""
    path = Path(path)
    salt = header(path)
    if salt in _raw_keys:
        return _raw_keys[salt]
    sqlcipher()  # a clear sentence before any passphrase is asked for
    # Another file of this journal (a backup from before a passphrase change) may have its own
    # salt: the passphrases already given are tried first.
    for passphrase in list(_passphrases):
        if unlock(path, passphrase):
            return _raw_keys[salt]
    if _source is None:
        raise PassphraseNeeded(
            f"The journal {path} is encrypted: it needs its passphrase.",
            hint=Hint.PASSPHRASE_SOURCE,
        )
    for attempt in range(1, MAX_ATTEMPTS + 1):
        given = _source(path, attempt)
        if given is None:
            break
        passphrase = given
        if unlock(path, passphrase):
            return _raw_keys[salt]
    raise WrongPassphrase(
        f"That passphrase does not open the journal {path}: check it and try again "
        "(a lost passphrase can't be recovered; see docs/privacy.md)."
    )


# Called once, right after the first connection to a file (its (st_dev, st_ino)) opens: the
# command line's guard of an encrypted journal (store/wal_guard.py).
_after_first: tuple[_Key, Callable[[Path], None]] | None = None


def after_first_connection(path: Path | None, call: Callable[[Path], None] | None) -> None:
    """Have *call*(path) run once right after the next connection to *path* opens; (None,
    None) forgets it."""
    global _after_first
    key = _file_key(path) if path is not None else None
    _after_first = (key, call) if key is not None and call is not None else None


def _opened(path: Path, con: Any) -> Any:
    global _after_first
    if _after_first is not None and _after_first[0] == _file_key(path):
        call = _after_first[1]
        _after_first = None
        call(path)
    return con


def connect(path: Path, *, readonly: bool = False, like: Path | None = None, **kwargs: Any) -> Any:
    """A DBAPI connection to the database file *path*, keyed if it is encrypted.

    *readonly* opens it without writing a byte (immutable when no -wal is beside it). *like*
    names another file whose encryption a new or empty *path* gets (a backup beside its
    journal: the same key and salt). Other keyword arguments go to the module's connect().
    """
    path = Path(path)
    model = Path(like) if like is not None else path
    if not is_encrypted(model):
        return _open(sqlite3, path, readonly=readonly, **kwargs)
    module = sqlcipher()
    raw = key_for(model)
    try:
        return _opened(path, _keyed(module, path, raw, readonly=readonly, **kwargs))
    except module.DatabaseError as exc:
        if "not a database" not in str(exc) or like is not None:
            raise
    # The salt matched but the key did not: a file replaced under us. Ask again once.
    _raw_keys.pop(header(path), None)
    return _opened(path, _keyed(module, path, key_for(path), readonly=readonly, **kwargs))


def dbapi_module(path: Path) -> Any:
    """The DBAPI module a file needs (for SQLAlchemy's `module=`)."""
    return sqlcipher() if is_encrypted(Path(path)) else sqlite3
