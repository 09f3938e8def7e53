"""Team mode benchmarks: a team journal on a local PostgreSQL beside the same journal as a file.

    python benchmarks/team.py [--sizes 10000,100000] [--repeat 7] [--seed S] [--no-write]
                              [--demo 100000=/tmp/demo-100k.db]
    python benchmarks/team.py measure FILE URL --typical ID --repeat N   (one fresh process)
    python benchmarks/team.py start FILE URL [--repeat N]   (the app start in a window only,
                                                              on a team database already there)

For each size: the demo journal file (corpus.py builds or reuses it, or one given with
`--demo SIZE=FILE`: a demo journal built elsewhere, at this version's schema, which the run reads
but never writes, so that a 100,000-customer one is not built twice), then
`custjournal copy FILE postgresql://…` into a new database of a PostgreSQL server started for
the run (tests/pgserver.py's helper, with the settings below, stopped at the end), timed as a
whole process with its peak memory. Then, in a fresh process per round, the same reads on the
file and on the team database, as the app and the commands make them:

- the search keystroke's query (store.search.matching_customer_ids, every prefix of the words
  run.py types), on a connection kept open (as the app keeps it, lane team-app) and, for the
  record, on a new connection per read (Journal.reader());
- the due list (due_items), one typical customer's brief (load_brief), the customer list's rows
  (customer_rows);
- the app's first load (gui/loading.py: customer_rows + due_items in one read, in the worker),
  and "start to data": process start to the journal opened and that first load read, the part
  of the app's start that differs between a file and a team database (the window itself is the
  same for both);
- the app's start in a window (benchmarks/drivers.py `start`, as run.py's "app start" rows:
  process start to the main window shown with the customer list and the Today view loaded,
  offscreen), on the file and on the team database in alternating fresh processes, the server
  kept up across the rounds (at 10,000 customers and below); the file is a copy of the demo
  journal (the start writes the day's backup and kept pages beside it);
- at sizes above 10,000 the list's rows are read in the worker and handed to the GUI thread:
  what the GUI thread does with them is the same code for a file and a team database, so the
  figure here is the read itself, beside the file's.

Figures are medians and 95th percentiles (nearest rank) over the rounds; ratios are team / file
in the same run. Writes the "Team mode" section of benchmarks/RESULTS.md (the rest is left as
run.py wrote it).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import math
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

RESULTS = HERE / "RESULTS.md"
TAG = "BENCH-RESULT "
SEARCH_WORDS = ("grinder", "renovation", "oat milk")  # as run.py types them
# The server's settings for the run: PostgreSQL 15's defaults (docs/team.md, "Server settings")
# but for the socket and port of a throw-away server. Durable writes (fsync on), as a team's
# server has them: the copy's time is honest.
SERVER_SETTINGS: dict[str, str] = {}
LARGE = 10_000  # above this many customers, fewer rounds of fewer reads (they take seconds)
LARGE_ROUNDS = 2


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def p95(values: list[float]) -> float:
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def med(values: list[float]) -> float:
    return statistics.median(values) if values else math.nan


# --- the measuring process --------------------------------------------------------------------


def measure(args: argparse.Namespace) -> None:
    """Every read on one journal (a file's path, or a team database's URL), in this process."""
    today = dt.date.today()
    from custjournal.store import backend, due, queries, search
    from custjournal.store.brief_data import load_brief
    from custjournal.store.journal import open_journal
    from custjournal.store.reader import Reader

    team = args.journal.startswith("postgresql://")
    result: dict[str, Any] = {}
    journal = open_journal(args.journal if team else Path(args.journal), create=False)
    with journal.reader() as source:
        rows = queries.customer_rows(source, today, sort=False)
        due.due_items(source, today, rows=rows)
    result["start_to_data_ms"] = [ms(time.time() - float(os.environ["BENCH_T0"]))]

    def timed(fn: Any, repeat: int = args.repeat) -> list[float]:
        fn()  # warm: statement caches, the server's buffers
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            fn()
            times.append(ms(time.perf_counter() - t))
        return times

    def per_read_search(prefix: str) -> Any:
        with journal.reader() as source:
            return search.matching_customer_ids(source, prefix)

    prefixes = [w[:i] for w in SEARCH_WORDS for i in range(1, len(w) + 1)]
    if team:
        # A new connection per read, as main's app does: for the record.
        result["keystroke_new_connection_ms"] = [
            t for prefix in prefixes for t in timed(lambda p=prefix: per_read_search(p), 1)
        ]
        # From here every read is on one connection kept open (lane team-app's app keeps one),
        # each in its own snapshot: the queries' own time.
        kept = journal.target.connect(autocommit=True)
        backend.as_sqlite_rows(kept)
        kept_reader = Reader(backend.PgConnection(kept))

        @contextlib.contextmanager
        def reading() -> Any:
            kept.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            try:
                yield kept_reader
            finally:
                kept.execute("ROLLBACK")

        journal.reader = reading  # type: ignore[method-assign]
    result["keystroke_ms"] = [
        t for prefix in prefixes for t in timed(lambda p=prefix: per_read_search(p), 3)
    ]

    def due_list() -> Any:
        with journal.reader() as source:
            return due.due_items(source, today)

    def brief() -> Any:
        with journal.reader() as source:
            return load_brief(source, args.typical, today)

    def list_rows() -> Any:
        with journal.reader() as source:
            return queries.customer_rows(source, today, sort=False)

    def first_load() -> Any:
        with journal.reader() as source:
            rows = queries.customer_rows(source, today, sort=False)
            return due.due_items(source, today, rows=rows)

    reads = [("due", due_list), ("brief", brief), ("list", list_rows), ("first_load", first_load)]
    if args.large:  # 100,000 customers: what the targets name, and few runs of it
        reads = [("list", list_rows)]
    for what, fn in reads:
        try:
            result[f"{what}_ms"] = timed(fn)
        except Exception as exc:  # noqa: BLE001 - a read not ported yet: say which
            result[f"{what}_error"] = f"{type(exc).__name__}: {str(exc).splitlines()[0][:160]}"
    if team:
        kept.close()
    journal.close()
    print(TAG + json.dumps(result), flush=True)


# --- the run ----------------------------------------------------------------------------------


def _timed_process(cmd: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(wall seconds, peak memory in MiB, stdout+stderr) of *cmd*; raises if it fails."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    out = proc.stdout.read() if proc.stdout else ""
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - t0
    if proc.returncode:
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}:\n{out[-3000:]}")
    return wall, usage.ru_maxrss / 1024, out


def _measure_process(
    env: dict[str, str], journal: str, typical: int, repeat: int, large: bool
) -> dict:
    cmd = [sys.executable, __file__, "measure", journal, "--typical", str(typical)]
    cmd += ["--repeat", str(repeat), *(["--large"] if large else [])]
    run_env = dict(env, BENCH_T0=repr(time.time()))
    _wall, _rss, out = _timed_process(cmd, run_env)
    for line in reversed(out.splitlines()):
        if line.startswith(TAG):
            return dict(json.loads(line[len(TAG) :]))
    raise RuntimeError(f"no result from the measuring process:\n{out[-3000:]}")


def _gui_load(env: Any, file: Path) -> dict[str, Any]:
    """The real app started on *file* (drivers.py start): the longest the GUI thread was
    blocked while the list loaded. The rows reach the GUI thread as the same objects from a
    file or a team database (gui/loading.py reads them in a worker), so this is the team's
    figure too; the read itself is measured above."""
    import run

    try:
        return run.driver(env, "start", str(file), timeout=600)
    except run.RunFailed as exc:
        return {"error": exc.summary}


def app_starts(env: Any, file: Path, url: str, repeat: int) -> dict[str, list[dict[str, Any]]]:
    """The real app started in a window (drivers.py start) on a copy of *file* and on the team
    database at *url*, alternating, a fresh process each: a warm-up of each (page cache, .pyc
    files, the day's backup of the copy), then *repeat* rounds. A run that fails is noted and
    left out; the others still count."""
    import shutil

    import run

    copy = Path(env.scratch) / f"start-{file.name}"
    shutil.copyfile(file, copy)
    results: dict[str, list[dict[str, Any]]] = {"file": [], "team": []}
    try:
        for n in range(repeat + 1):
            log("  app start: " + ("warming up" if n == 0 else f"round {n}/{repeat}"))
            for side, journal in (("file", str(copy)), ("team", url)):
                try:
                    found = run.driver(env, "start", journal, timeout=180)
                except run.RunFailed as exc:
                    log(f"  ! app start, {side}, round {n}: {exc.summary}")
                    continue
                if n:
                    results[side].append(found)
    finally:
        for path in copy.parent.glob(copy.name + "*"):
            path.unlink(missing_ok=True)
        shutil.rmtree(copy.parent / "backups", ignore_errors=True)
    return results


def start_figures(starts: dict[str, list[dict[str, Any]]]) -> dict[str, list[float]]:
    """The app starts' figures in ms, under the keys `_section` reads (file_app_start_ms, …)."""
    f: dict[str, list[float]] = {}
    for side, runs in starts.items():
        for key, name in (
            ("seconds", "app_start"),
            ("cpu_s", "app_start_cpu"),
            ("window_built", "window_built"),
            ("rows_at", "rows_at"),
            ("today_at", "today_at"),
        ):
            f[f"{side}_{name}_ms"] = [ms(r[key]) for r in runs if key in r]
    return f


def start_only(args: argparse.Namespace) -> None:
    """`start FILE URL`: the app starts alone, printed as a table (nothing written)."""
    import run

    env = run.Env()
    began = run.load_average()
    try:
        f = start_figures(app_starts(env, Path(args.file), args.url, args.repeat))
    finally:
        env.close()
    print(f"load average {began} at start, {run.load_average()} at end; {args.repeat} rounds")
    for key in ("app_start", "app_start_cpu", "window_built", "rows_at", "today_at"):
        file_v, team_v = f[f"file_{key}_ms"], f[f"team_{key}_ms"]
        ratio = med(team_v) / med(file_v) if file_v and team_v else math.nan
        print(
            f"{key:14} file {_fmt(file_v):>10} (p95 {p95(file_v):7.1f})  "
            f"team {_fmt(team_v):>10} (p95 {p95(team_v):7.1f})  team/file {ratio:.2f}x"
        )


def _database_size(server: Any, name: str) -> str:
    with server.admin(name) as con:
        row = con.execute("SELECT pg_size_pretty(pg_database_size(current_database()))").fetchone()
    return str(row[0])


def _server_settings(server: Any) -> list[tuple[str, str]]:
    names = (
        "server_version",
        "shared_buffers",
        "work_mem",
        "effective_cache_size",
        "maintenance_work_mem",
        "random_page_cost",
        "jit",
        "fsync",
        "synchronous_commit",
        "max_connections",
    )
    with server.admin() as con:
        return [
            (n, str(con.execute("SELECT current_setting(%s)", (n,)).fetchone()[0])) for n in names
        ]


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["measure"]:
        parser = argparse.ArgumentParser()
        parser.add_argument("journal", help="a journal file, or a team database's URL")
        parser.add_argument("--typical", type=int, required=True)
        parser.add_argument("--repeat", type=int, default=7)
        parser.add_argument("--large", action="store_true", help="keystrokes and list only")
        measure(parser.parse_args(argv[1:]))
        return 0
    if argv[:1] == ["start"]:
        parser = argparse.ArgumentParser()
        parser.add_argument("file", help="the journal file (a copy of it is started)")
        parser.add_argument("url", help="the same journal as a team database")
        parser.add_argument("--repeat", type=int, default=7)
        start_only(parser.parse_args(argv[1:]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000", help="customers, e.g. 10000,100000")
    parser.add_argument("--repeat", type=int, default=7, help="rounds (fresh processes)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-write", action="store_true", help="don't write RESULTS.md")
    parser.add_argument(
        "--base-search-p95",
        type=float,
        help="the 10,000-customer search p95 (ms) of an earlier run, for a run of larger sizes only",
    )
    parser.add_argument(
        "--demo",
        action="append",
        default=[],
        metavar="SIZE=FILE",
        help="use this demo journal file for SIZE customers instead of building one",
    )
    args = parser.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    given = dict(_given_demo(spec) for spec in args.demo)

    import corpus
    import run
    from tests.pgserver import running_server

    command = "python benchmarks/team.py " + " ".join(argv)
    began = dt.datetime.now().astimezone()
    load_start = run.load_average()
    demos = {
        size: given[size] if size in given else corpus.demo_journal(size, args.seed, log)
        for size in sizes
    }
    env = run.Env()
    figures: dict[int, dict[str, Any]] = {}
    try:
        with running_server(settings=SERVER_SETTINGS) as server:
            settings = _server_settings(server)
            for size in sizes:
                demo = demos[size]
                name = server.new_database()
                url = server.url(name)
                log(f"Copying the {size:,}-customer journal into {name} (COPY)...")
                wall, rss, out = _timed_process(
                    [*run.custjournal_command(), "copy", str(demo.path), url], env.env
                )
                log(f"  {wall:.1f} s, peak {rss:.0f} MiB: {out.strip()[:200]}")
                f: dict[str, Any] = {"copy_s": wall, "copy_rss_mb": rss}
                f["db_size"] = _database_size(server, name)
                rounds: list[dict[str, Any]] = []
                large = size > LARGE
                repeat = min(args.repeat, LARGE_ROUNDS) if large else args.repeat
                for n in range(repeat):
                    log(f"  reads, round {n + 1}/{repeat}")
                    for side, journal in (("file", str(demo.path)), ("team", url)):
                        found = _measure_process(env.env, journal, demo.typical_id, 3, large)
                        rounds.append({f"{side}_{k}": v for k, v in found.items()})
                if large:
                    f["gui"] = _gui_load(env, demo.path)
                else:
                    f.update(start_figures(app_starts(env, demo.path, url, repeat)))
                for r in rounds:
                    for key, value in r.items():
                        if isinstance(value, list):
                            f.setdefault(key, []).extend(value)
                        else:
                            f.setdefault(key, value)
                figures[size] = f
                server.drop_database(name)
    finally:
        env.close()
    load_end = run.load_average()
    section = _section(figures, demos, settings, command, began, load_start, load_end, args)
    print(section)
    if not args.no_write:
        _write_section(section)
        log(f"Wrote the Team mode section of {RESULTS.relative_to(ROOT)}")
    return 0


def _given_demo(spec: str) -> tuple[int, Any]:
    """`SIZE=FILE` of --demo: the file as corpus.Demo, its typical customer picked read-only.

    The file is opened for the reads like any journal (SQLite may add its -wal/-shm files
    beside it), so it must be at this version's schema: an older one would be upgraded, i.e.
    written, and that is refused here instead.
    """
    import sqlite3

    import corpus

    from custjournal.demo import generator
    from custjournal.store.journal import HEAD

    size_text, _, file_text = spec.partition("=")
    path = Path(file_text).expanduser()
    if not size_text.isdigit() or not path.is_file():
        raise SystemExit(f"--demo {spec}: give SIZE=FILE, the customers and an existing file.")
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        (schema,) = con.execute("SELECT version_num FROM alembic_version").fetchone()
        # Counted as demo.fill counts what it added: every table it fills but these two.
        entries = sum(
            con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608 - our names
            for table in generator.TABLES
            if table not in ("customer", "customer_tag")
        )
    finally:
        con.close()
    if schema != HEAD:
        raise SystemExit(
            f"--demo {spec}: the file is at schema {schema}, this version's is {HEAD}; "
            "opening it would upgrade it. Give a copy, or build one with `custjournal demo`."
        )
    meta = {"entries": entries, "typical": corpus._typical_customer(path)}
    return int(size_text), corpus.Demo(path, int(size_text), 0, meta)


def _fmt(values: list[float]) -> str:
    return f"{med(values):.1f} ms" if values else "—"


def _section(figures, demos, settings, command, began, load_start, load_end, args) -> str:  # type: ignore[no-untyped-def]
    large_only = min(figures) > LARGE
    lines = [
        "## Team mode at scale" if large_only else "## Team mode",
        "",
        f"Measured {began:%Y-%m-%d %H:%M %Z} with `{command.strip()}`: the demo journal as a "
        "file and copied into a team database on a PostgreSQL server started for the run "
        f"on this machine, read in {args.repeat} fresh processes each. Median, 95th "
        "percentile (nearest rank) and team / file ratio of the medians, in the same run. "
        f"Load average {load_start} at start, {load_end} at end.",
        "",
        "| what | customers | file median | file p95 | team median | team p95 | team / file "
        "| target | verdict |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    base_search: float | None = args.base_search_p95 if large_only else None
    for size, f in sorted(figures.items()):
        label = f"{size:,}"

        def line(
            what: str, key: str, target: str = "", ok: bool | None = None, f=f, label=label
        ) -> None:
            file_v, team_v = f.get(f"file_{key}_ms", []), f.get(f"team_{key}_ms", [])
            error = f.get(f"team_{key}_error")
            if not file_v and not team_v and not error:
                return  # not measured at this size
            ratio = med(team_v) / med(file_v) if team_v and file_v else math.nan
            verdict = "info" if not target else ("ERROR" if ok is None else "ok" if ok else "FAIL")
            team_cell = _fmt(team_v) if team_v else f"not measured: {error}" if error else "—"
            lines.append(
                f"| {what} | {label} | {_fmt(file_v)} | "
                f"{f'{p95(file_v):.1f} ms' if file_v else '—'} | {team_cell} | "
                f"{f'{p95(team_v):.1f} ms' if team_v else '—'} | "
                f"{'—' if math.isnan(ratio) else f'{ratio:.2f}×'} | {target} | {verdict} |"
            )

        keys = f.get("team_keystroke_ms", [])
        key_p95 = p95(keys) if keys else None
        if size == min(figures) and not large_only:
            base_search = key_p95
            line(
                "search keystroke query",
                "keystroke",
                "p95 ≤ 30 ms",
                None if key_p95 is None else key_p95 <= 30,
            )
        else:
            limit = 2 * base_search if base_search else math.nan
            line(
                "search keystroke query",
                "keystroke",
                f"p95 ≤ 2× 10,000's ({limit:.1f} ms)",
                None if key_p95 is None or math.isnan(limit) else key_p95 <= limit,
            )
        line("  search keystroke, new connection per read", "keystroke_new_connection")
        due_v = f.get("team_due_ms", [])
        brief_v = f.get("team_brief_ms", [])
        if size == 10000:
            line("due list (due_items)", "due", "≤ 150 ms", med(due_v) <= 150 if due_v else None)
            line(
                "brief, typical customer",
                "brief",
                "≤ 50 ms",
                med(brief_v) <= 50 if brief_v else None,
            )
        else:
            line("due list (due_items)", "due")
            line("brief, typical customer", "brief")
        line("customer list rows (customer_rows)", "list")
        line("the app's first load (rows + due list)", "first_load")
        # The part of the start that differs, for the record: the target is the app's whole
        # start in a window, the row below (psycopg's import alone is most of this one's ratio).
        line("start to data (process start, journal opened, first load read)", "start_to_data")
        start_file = f.get("file_app_start_ms", [])
        start_team = f.get("team_app_start_ms", [])
        r = med(start_team) / med(start_file) if start_file and start_team else math.nan
        line(
            "app start in a window (process start to the list and Today shown)",
            "app_start",
            "≤ 1.5× file" if size == 10000 else "",
            None if math.isnan(r) else r <= 1.5,
        )
        line("  app start, CPU time of the process", "app_start_cpu")
        line("  app start: window built", "window_built")
        line("  app start: the list's rows arrived", "rows_at")
        gui = f.get("gui")
        if gui is not None:
            gap = gui.get("gap_ms")
            lines.append(
                f"| GUI thread blocked while the list loads (real app, {gui.get('rows', '?')} "
                f"rows) | {label} | {'' if gap is None else f'{gap:.0f} ms'} | | "
                f"{'same rows as the file' if gap is not None else gui.get('error', '')} | | | "
                f"≤ 50 ms | {'ERROR' if gap is None else 'ok' if gap <= 50 else 'FAIL'} |"
            )
        lines.append(
            f"| `custjournal copy` FILE → team (COPY) | {label} | | | {f['copy_s']:.1f} s "
            f"(peak {f['copy_rss_mb']:.0f} MiB) | | | | info |"
        )
    lines += [""]
    for size, f in sorted(figures.items()):
        d = demos[size]
        lines.append(
            f"- {size:,} customers: {d.meta['entries']:,} entries; the file "
            f"{d.path.stat().st_size / 2**20:,.0f} MB, the team database {f['db_size']}."
        )
    lines.append(
        "- Server: " + ", ".join(f"{k} {v}" for k, v in settings) + " (PostgreSQL's defaults; "
        'docs/team.md, "Server settings").'
    )
    lines.append("")
    return "\n".join(lines)


def _write_section(section: str) -> None:
    """The section of RESULTS.md (Team mode, or Team mode at scale) replaced, or added."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    heading = section.splitlines()[0]
    found = re.search("^" + re.escape(heading) + r"\n.*?(?=^## |\Z)", text, flags=re.S | re.M)
    if found:
        text = text[: found.start()] + section + "\n" + text[found.end() :]
    else:
        text = text.rstrip("\n") + "\n\n" + section
    RESULTS.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
