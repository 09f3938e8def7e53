"""The one place that knows where things live: journal, backups, logs.

Tests point HOME and XDG_* at a temporary folder, so nothing here may cache a path at import.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "custjournal"
JOURNAL_ENV = "CUSTJOURNAL_JOURNAL"
DEFAULT_JOURNAL_NAME = "journal.sqlite3"


def data_dir() -> Path:
    import platformdirs  # here: a command given --journal never needs it (7 ms)

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_journal() -> Path:
    return data_dir() / DEFAULT_JOURNAL_NAME


# A team journal's address (store/team.py); everything else names a journal file.
TEAM_SCHEMES = ("postgresql://", "postgresql+psycopg://", "postgres://")


def team_url(explicit: str | os.PathLike[str] | None = None) -> str | None:
    """The team database URL given by `--journal` or $CUSTJOURNAL_JOURNAL, if it is one."""
    given = explicit if explicit else os.environ.get(JOURNAL_ENV)
    if isinstance(given, str) and given.lower().startswith(TEAM_SCHEMES):
        return given
    return None


def resolve_journal(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--journal PATH` wins, then $CUSTJOURNAL_JOURNAL, then the user data folder."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(JOURNAL_ENV)
    if env:
        return Path(env).expanduser()
    return default_journal()


def backup_dir(journal: Path) -> Path:
    """Backups sit next to the journal they protect, in a private folder."""
    return journal.parent / "backups" / journal.stem


def team_backup_dir(name: str) -> Path:
    """Where `backup` puts a team database's JSON exports: the user's data folder, by the
    database's name and server (store/team.py's Target.folder_name)."""
    return data_dir() / "backups" / "team" / name


# What the temporary files of a backup or restore in progress end with (their names start with
# a dot): store/backup.py writes them and removes those a killed process left.
TEMP_SUFFIXES = (".backup-tmp", ".restore-tmp", ".page-tmp")


def has_temp_files(journal: Path) -> bool:
    """Whether a backup's or restore's temporary file lies beside *journal* or among its
    backups: a look at two folders, so that every start need not load store/backup.py."""
    for folder in (journal.parent, backup_dir(journal)):
        try:
            with os.scandir(folder) as entries:
                if any(e.name.startswith(".") and e.name.endswith(TEMP_SUFFIXES) for e in entries):
                    return True
        except OSError:
            continue
    return False


def ensure_private_dir(folder: Path) -> None:
    """Create *folder* and any missing parents, each readable by the owner only.

    Folders that already exist are left as they are: they may be shared on purpose.
    """
    missing = []
    current = folder
    while not current.exists():
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        path.mkdir(mode=0o700, exist_ok=True)
        os.chmod(path, 0o700)  # mkdir's mode is masked by the umask


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in *folder* durable (its entry written to disk); a folder
    that can't be opened or synced (some file systems) is left as it is."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
