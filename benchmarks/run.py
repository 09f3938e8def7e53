"""Scale benchmarks: is a 10,000-customer journal as light as an empty one?

    python benchmarks/run.py [--sizes 10,1000,10000] [--repeat N] [--quick] [--seed S]

Builds demo journals of each size (about 50 entries per customer) into benchmarks/journals/, or
reuses them (corpus.py says when), then measures, on each size:

- app start: process start to the main window showing the Today view and the customer list, in
  a fresh process each time (drivers.py start), beside an empty journal and the floor, a bare
  PySide6 QMainWindow shown the same way; the peak memory (VmHWM) of those same processes; and
  the longest the GUI thread was blocked while the window loaded (a 5 ms heartbeat);
- typing words in the search field letter by letter (each keystroke: FTS query, list filter,
  and whatever the window does on it), and the longest block while typing;
- opening a customer page with 500 timeline entries (and a typical one);
- the due list, one customer's brief, one customer's relationship health and every customer's,
  and the Insights page, each in a session of its own;
- finding likely duplicates (Customer > Find Duplicates…, `custjournal duplicates`), with
  rapidfuzz's ratio and, for comparison, the standard library's difflib;
- `custjournal due --count`, `due`, `list`, `show`, `search`, `brief`, `insights` as whole
  processes, beside the floor `python -c "import sqlite3"` (and `import sqlmodel`, what they
  imported before the plain read path), and whether any of them imported PySide6;
- `custjournal import` of a vCard 3.0 file with one contact per customer, into an empty journal.
- the start-up waterfall on an empty journal (python -X importtime, and the moments the window
  was built and its two loads arrived), and which modules the first screen did not need.

RESULTS.md opens with the speed targets (speed to the floor), each beside its floor, then the
waterfall, then every row.

Process-level measurements run in rounds (every configuration once per round), so that a change
of load on this shared machine hits all of them alike and the ratios stay fair. Figures are
medians and 95th percentiles (nearest rank: with fewer than 20 runs that is the slowest run).
A verdict is taken on the median, except for the search keystrokes (p95, as the target says) and
the GUI blocks (the worst run: "never more than 50 ms"). Prints a table with the machine's
details and writes it to benchmarks/RESULTS.md.

--repeat N runs every process-level measurement N times (default 7, --quick 3), the in-process
ones 2N times; --quick measures the 10 and 1,000 sizes only, in a minute or two.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402  (a sibling module: benchmarks/ is not a package)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DRIVERS = HERE / "drivers.py"
RESULTS = HERE / "RESULTS.md"
TAG = "BENCH-RESULT "

# What the search field is typed with: a word in many notes, a rarer one, and two words.
SEARCH_WORDS = ("grinder", "renovation", "oat milk")
SEARCH_QUERY = "grinder setting"  # for `custjournal search`
VCARD_REPEAT_CAP = 3  # a 10,000-contact import takes seconds: three runs say enough


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# --- statistics and the table -------------------------------------------------------------------


def p95(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


@dataclass
class Row:
    what: str
    size: str
    values: list[float]
    unit: str  # "ms", "s", "MB"
    target: str = ""
    ratio: float | None = None
    ratio_of: str = ""  # what the ratio is taken against, for the notes
    verdict: str = "info"
    notes: list[str] = field(default_factory=list)
    speed: bool = False  # a row of the speed targets' table (beside their floors)

    @property
    def median(self) -> float:
        return statistics.median(self.values) if self.values else float("nan")

    @property
    def p95(self) -> float:
        return p95(self.values) if self.values else float("nan")


def fmt(value: float, unit: str) -> str:
    if math.isnan(value):
        return "-"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:.0f} ms" if value >= 100 else f"{value:.1f} ms"


HEADER = ("what", "size", "median", "p95", "target", "ratio", "verdict")


def table_cells(rows: list[Row]) -> list[tuple[str, ...]]:
    return [
        (
            r.what,
            r.size,
            fmt(r.median, r.unit),
            fmt(r.p95, r.unit),
            r.target,
            "" if r.ratio is None else f"{r.ratio:.2f}× {r.ratio_of}".strip(),
            r.verdict,
        )
        for r in rows
    ]


def text_table(rows: list[Row]) -> str:
    cells = [HEADER, *table_cells(rows)]
    widths = [max(len(c[i]) for c in cells) for i in range(len(HEADER))]
    right = {2, 3}
    lines = []
    for n, cell in enumerate(cells):
        parts = [
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(cell, widths, strict=True))
        ]
        lines.append("  ".join(parts).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown_table(rows: list[Row]) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    for what, *rest in table_cells(rows):
        # Markdown drops leading spaces: a breakdown row gets an arrow instead.
        what = "↳ " + what.strip() if what.startswith(" ") else what
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in (what, *rest)) + " |")
    return "\n".join(lines)


# --- the machine --------------------------------------------------------------------------------


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "?"


def code_state() -> str:
    """The commit measured, and whether src/ had uncommitted changes (others work here too)."""
    try:
        head = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--", "src"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
    except OSError:
        return "?"
    return head + (" + uncommitted changes in src/" if dirty else "")


def machine() -> dict[str, str]:
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = f"{int(line.split()[1]) / 2**20:.1f} GiB"
    except OSError:
        pass
    return {
        "CPU": f"{cpu}, {os.cpu_count()} cores",
        "RAM": ram,
        "OS": f"{platform.system()} {platform.release()}",
        "Python": platform.python_version(),
        "SQLite": sqlite3.sqlite_version,
        "PySide6": _version("pyside6-essentials")
        if _version("pyside6-essentials") != "?"
        else _version("PySide6"),
        "SQLAlchemy / SQLModel": f"{_version('sqlalchemy')} / {_version('sqlmodel')}",
        "code": code_state(),
    }


def load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


# --- running processes ------------------------------------------------------------------------


class Env:
    """A throw-away HOME for everything we start: no run touches the user's settings or data."""

    def __init__(self) -> None:
        self.home = Path(tempfile.mkdtemp(prefix="custjournal-bench-"))
        env = dict(os.environ)
        env.pop("CUSTJOURNAL_JOURNAL", None)
        # As a user's machine runs it: compiled modules cached (the warm-up run writes them).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["HOME"] = str(self.home)
        for var, sub in (
            ("XDG_DATA_HOME", ".local/share"),
            ("XDG_CONFIG_HOME", ".config"),
            ("XDG_CACHE_HOME", ".cache"),
            ("XDG_STATE_HOME", ".local/state"),
            ("XDG_RUNTIME_DIR", "runtime"),
        ):
            folder = self.home / sub
            folder.mkdir(parents=True, exist_ok=True)
            env[var] = str(folder)
        (self.home / "runtime").chmod(0o700)
        env["QT_QPA_PLATFORM"] = "offscreen"
        self.env = env
        self.scratch = self.home / "scratch"
        self.scratch.mkdir()

    def close(self) -> None:
        shutil.rmtree(self.home, ignore_errors=True)


def parse_result(text: str) -> dict[str, Any]:
    for line in reversed(text.splitlines()):
        if line.startswith(TAG):
            return json.loads(line[len(TAG) :])
    raise RuntimeError("no result line")


def run_process(
    env: Env, cmd: list[str], *, timeout: float = 300, stdout: Any = None, stderr_tty: bool = False
) -> tuple[float, str, str]:
    """(wall seconds, stdout, stderr) of *cmd*; raises with its output if it fails."""
    environment = dict(env.env, BENCH_T0=repr(time.time()), BENCH_TIMEOUT=str(int(timeout)))
    start = time.perf_counter()
    proc = subprocess.run(
        cmd,
        env=environment,
        timeout=timeout + 30,
        text=True,
        stdout=stdout if stdout is not None else subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=env.scratch,
    )
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(
            f"{' '.join(map(str, cmd))} exited {proc.returncode}:\n"
            f"{(proc.stdout or '')[-2000:]}\n{proc.stderr[-3000:]}"
        )
    return wall, proc.stdout or "", proc.stderr


class RunFailed(Exception):
    """One measured run went wrong (crashed, stalled, printed nothing); the others count."""

    def __init__(self, summary: str, details: str) -> None:
        super().__init__(summary)
        self.summary = summary
        self.details = details


def driver(env: Env, *args: str, timeout: float = 300) -> dict[str, Any]:
    try:
        _, out, err = run_process(env, [sys.executable, str(DRIVERS), *args], timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        raise RunFailed(f"drivers.py {args[0]} timed out", str(exc.stderr or "")) from None
    except RuntimeError as exc:
        lines = str(exc).strip().splitlines()
        raise RunFailed(f"drivers.py {args[0]} failed: {lines[-1][:200]}", str(exc)) from None
    try:
        result = parse_result(out)
    except RuntimeError:
        raise RunFailed(f"drivers.py {args[0]} printed no result", out + err) from None
    if result.get("stalled"):
        raise RunFailed(
            f"the window never finished loading (got {sorted(result['seen'])}; status bar "
            f"{result['status_bar']!r}; other windows {result['other_windows']})",
            err,
        )
    return result


def custjournal_command() -> list[str]:
    script = Path(sys.executable).with_name("custjournal")
    return [str(script)] if script.exists() else [sys.executable, "-m", "custjournal"]


FAILURES: list[str] = []  # runs that went wrong, for the notes under the table


def record_failure(what: str, exc: RunFailed) -> None:
    """Keep a failed run's details in the (git-ignored) journals folder; note its summary."""
    log_file = corpus.FOLDER / f"failed-{len(FAILURES) + 1}.log"
    log_file.write_text(f"{what}\n{exc.summary}\n\n{exc.details}", encoding="utf-8")
    FAILURES.append(f"{what}: {exc.summary} (details in {log_file.relative_to(ROOT)})")
    log(f"  ! {what}: {exc.summary}")


def in_rounds(
    configs: Sequence[tuple[str, Callable[[], Any]]], repeat: int, what: str
) -> dict[str, list[Any]]:
    """One warm-up run of each (page cache, .pyc files), then *repeat* rounds of all of them.

    A run that fails is noted and left out; the others still count.
    """
    results: dict[str, list[Any]] = {name: [] for name, _ in configs}
    for n in range(repeat + 1):
        log(f"  {what}: " + ("warming up" if n == 0 else f"round {n}/{repeat}"))
        for name, fn in configs:
            try:
                value = fn()
            except RunFailed as exc:
                record_failure(f"{what}, {name}, {'warm-up' if n == 0 else f'round {n}'}", exc)
                continue
            if n:
                results[name].append(value)
    return results


# --- the measurements ---------------------------------------------------------------------------


@dataclass
class Setup:
    sizes: list[int]
    repeat: int
    env: Env
    empty: Path
    demos: dict[int, corpus.Demo]
    heavy: dict[int, tuple[Path, int]]

    def label(self, size: int) -> str:
        return f"{size:,}"


def med(values: Sequence[float]) -> float:
    return statistics.median(values) if values else math.nan


def ratio(values: Sequence[float], base: Sequence[float]) -> float | None:
    a, b = med(values), med(base)
    return None if math.isnan(a) or math.isnan(b) or not b else a / b


def row(
    what: str,
    size: str,
    values: list[float],
    unit: str,
    target: str = "",
    ok: bool | None = None,
    vs: tuple[float | None, str] = (None, ""),
    notes: Sequence[str] = (),
) -> Row:
    """A table row; with a target and no figures (every run failed) its verdict is ERROR."""
    if not target:
        verdict = "info"
    elif ok is None:
        verdict = "ERROR"
    else:
        verdict = "ok" if ok else "FAIL"
    return Row(what, size, values, unit, target, vs[0], vs[1], verdict, list(notes))


def speed(r: Row) -> Row:
    """*r*, marked as a row of the speed targets' table."""
    r.speed = True
    return r


def at_most(value: float | None, limit: float) -> bool | None:
    return None if value is None or math.isnan(value) else value <= limit


def measure_start(s: Setup) -> list[Row]:
    configs: list[tuple[str, Callable[[], Any]]] = [
        ("floor", lambda: driver(s.env, "floor", timeout=120)),
        ("empty", lambda: driver(s.env, "start", str(s.empty), timeout=120)),
    ]
    for size in s.sizes:
        path = s.demos[size].path
        configs.append((str(size), lambda p=path: driver(s.env, "start", str(p), timeout=180)))
    res = in_rounds(configs, s.repeat, "app start")
    names = {"empty": "empty", **{str(n): s.label(n) for n in s.sizes}}

    def get(name: str, key: str) -> list[float]:
        return [r[key] for r in res[name]]

    floor, empty = get("floor", "seconds"), get("empty", "seconds")
    what = "app start: Today view and list shown"
    r = ratio(empty, floor)
    cpu_floor, cpu_empty = get("floor", "cpu_s"), get("empty", "cpu_s")
    cpu_ratio = ratio(cpu_empty, cpu_floor)
    rows = [
        speed(row("app start: floor (bare QMainWindow shown)", "-", floor, "s")),
        speed(row(what, "empty", empty, "s", "≤ 3× floor", at_most(r, 3), (r, "floor"))),
        # CPU time (user + system) of the same processes: on a loaded machine the wall clock
        # measures the other processes too.
        speed(row("  app start, CPU time: floor window", "-", cpu_floor, "s")),
        speed(row("  app start, CPU time", "empty", cpu_empty, "s", vs=(cpu_ratio, "floor"))),
    ]
    for size in s.sizes:
        values = get(str(size), "seconds")
        r = ratio(values, empty)
        made = row(what, s.label(size), values, "s", "≤ 1.3× empty", at_most(r, 1.3), (r, "empty"))
        rows.append(speed(made) if size == max(s.sizes) else made)
        if size == max(s.sizes):
            cpu = get(str(size), "cpu_s")
            rows.append(
                speed(
                    row(
                        "  app start, CPU time",
                        s.label(size),
                        cpu,
                        "s",
                        vs=(ratio(cpu, cpu_empty), "empty"),
                    )
                )
            )
    # Where the start goes, in the same runs: window built, then the two loads arriving.
    for size in s.sizes:
        for key, part in (
            ("window_built", "window built (imports, Qt, widgets)"),
            ("rows_at", "customer list rows arrived"),
            ("today_at", "Today items arrived"),
        ):
            rows.append(row(f"  start: {part}", s.label(size), get(str(size), key), "s"))
    mem_floor, mem_empty = get("floor", "rss_mb"), get("empty", "rss_mb")
    what = "memory: peak RSS, app loaded"
    rows.append(speed(row("memory: peak RSS, floor window", "-", mem_floor, "MB")))
    rows.append(
        speed(
            row(
                what,
                "empty",
                mem_empty,
                "MB",
                "≤ 100 MB",
                at_most(med(mem_empty), 100),
                (ratio(mem_empty, mem_floor), "floor"),
            )
        )
    )
    for size in s.sizes:
        values = get(str(size), "rss_mb")
        r = ratio(values, mem_empty)
        rows.append(
            row(what, s.label(size), values, "MB", "≤ 1.3× empty", at_most(r, 1.3), (r, "empty"))
        )
    for name, label in names.items():
        values = get(name, "gap_ms")
        rows.append(
            row(
                "GUI blocked while loading (worst gap)",
                label,
                values,
                "ms",
                "≤ 50 ms",
                at_most(max(values, default=math.nan), 50),
            )
        )
    return rows


def measure_interaction(s: Setup) -> list[Row]:
    rows: list[Row] = []
    rounds = max(1, math.ceil(s.repeat / 3))
    for size in s.sizes:
        path, heavy_id = s.heavy[size]
        label = s.label(size)
        log(f"  typing and pages: {label} customers")
        try:
            r = driver(
                s.env,
                "interact",
                str(path),
                "--words",
                ",".join(SEARCH_WORDS),
                "--rounds",
                str(rounds),
                "--heavy",
                str(heavy_id),
                "--typical",
                str(s.demos[size].typical_id),
                "--page-repeat",
                str(s.repeat),
                timeout=600,
            )
        except RunFailed as exc:
            record_failure(f"typing and pages, {label}", exc)
            r = {}
        keys = r.get("keystroke_ms", [])
        opened = r.get("pages_opened")
        notes = (
            [
                f"{opened} of {len(keys)} keystrokes also opened a customer page (the list's "
                "first row became current)"
            ]
            if opened
            else []
        )
        gap = r.get("typing_gap_ms", math.nan)
        heavy = r.get("page_heavy_paint_ms", [])
        rows += [
            row(
                "search: keystroke → list updated",
                label,
                keys,
                "ms",
                "p95 ≤ 30 ms",
                at_most(p95(keys) if keys else None, 30),
                notes=notes,
            ),
            row(
                "  search: GUI thread CPU per keystroke, with its repaint",
                label,
                r.get("keystroke_cpu_ms", []),
                "ms",
            ),
            row(
                "reload after an outside change: GUI thread CPU, list + Today + health",
                label,
                r.get("reload_cpu_ms", []),
                "ms",
            ),
            row(
                "  GUI blocked during those reloads (worst gap)",
                label,
                [r["reload_gap_ms"]] if "reload_gap_ms" in r else [],
                "ms",
            ),
            row("  search: FTS query alone", label, r.get("fts_ms", []), "ms"),
            row("  search: list filter alone", label, r.get("filter_ms", []), "ms"),
            row("  search: clearing the field", label, r.get("clear_ms", []), "ms"),
            row(
                "GUI blocked while typing (worst gap)",
                label,
                [gap] if r else [],
                "ms",
                "≤ 50 ms",
                at_most(gap, 50),
                notes=[f"worst while {r['typing_gap_at']}"] if r else [],
            ),
            row(
                "  GUI blocked while typing: each keystroke's worst gap",
                label,
                r.get("typing_gaps_ms", []),
                "ms",
            ),
            row(
                "GUI blocked while typing with a customer open (worst gap)",
                label,
                [r["typing_open_gap_ms"]] if "typing_open_gap_ms" in r else [],
                "ms",
                "≤ 50 ms",
                at_most(r.get("typing_open_gap_ms", math.nan), 50),
                notes=[f"worst while {r['typing_open_gap_at']}"]
                if "typing_open_gap_at" in r
                else [],
            ),
            row(
                f"customer page, {corpus.HEAVY_ENTRIES} entries, painted",
                label,
                heavy,
                "ms",
                "≤ 100 ms",
                at_most(med(heavy), 100),
                notes=[f"{r['heavy_timeline_items']} timeline items"] if r else [],
            ),
            *(
                [
                    speed(
                        row(
                            f"customer page, {corpus.HEAVY_ENTRIES} entries, painted",
                            label,
                            heavy,
                            "ms",
                            "≤ 30 ms",
                            at_most(med(heavy), 30),
                        )
                    )
                ]
                if size == max(s.sizes)
                else []
            ),
            row(
                "  page: show_customer alone (query + fill)",
                label,
                r.get("page_heavy_ms", []),
                "ms",
            ),
            row(
                "customer page, typical customer, painted",
                label,
                r.get("page_typical_paint_ms", []),
                "ms",
            ),
        ]
    return rows


def measure_store(s: Setup) -> list[Row]:
    rows: list[Row] = []
    for size in s.sizes:
        path, heavy_id = s.heavy[size]
        demo = s.demos[size]
        label = s.label(size)
        log(f"  due list and brief: {label} customers")
        try:
            r = driver(
                s.env,
                "store",
                str(demo.path),
                "--typical",
                str(demo.typical_id),
                "--heavy-journal",
                str(path),
                "--heavy",
                str(heavy_id),
                "--repeat",
                str(2 * s.repeat),
                timeout=600,
            )
        except RunFailed as exc:
            record_failure(f"due list and brief, {label}", exc)
            r = {}
        due, brief = r.get("due_ms", []), r.get("brief_ms", [])
        rows += [
            row(
                "due list computed (due_items)",
                label,
                due,
                "ms",
                "≤ 100 ms",
                at_most(med(due), 100),
                notes=[f"{r['due_items']} items"] if r else [],
            ),
            row(
                "brief built (load_brief), typical customer",
                label,
                brief,
                "ms",
                "≤ 50 ms",
                at_most(med(brief), 50),
            ),
            row(
                f"  brief, customer with {corpus.HEAVY_ENTRIES} entries",
                label,
                r.get("brief_heavy_ms", []),
                "ms",
            ),
            row("  customer list rows (customer_rows)", label, r.get("rows_ms", []), "ms"),
            row(
                "health of one customer (health_of), typical",
                label,
                r.get("health_one_ms", []),
                "ms",
                "≤ 10 ms",
                at_most(med(r.get("health_one_ms", [])), 10),
            ),
            row(
                "health of every customer (health_of_all)",
                label,
                r.get("health_all_ms", []),
                "ms",
                "≤ 300 ms",
                at_most(med(r.get("health_all_ms", [])), 300),
                notes=[f"{r['health_all']} customers, kept rows read"] if r else [],
            ),
            row(
                "  health of every customer, first read of a day (nothing kept)",
                label,
                r.get("health_all_cold_ms", []),
                "ms",
            ),
            row(
                "  health of every customer, first read of a day (yesterday kept)",
                label,
                r.get("health_all_new_day_ms", []),
                "ms",
                "≤ 300 ms",
                at_most(med(r.get("health_all_new_day_ms", [])), 300),
                notes=["today carried from yesterday's kept rows"] if r else [],
            ),
            row(
                "  health of every customer, the day's first, worked out ahead",
                label,
                r.get("health_all_ahead_ms", []),
                "ms",
                "≤ 300 ms",
                at_most(med(r.get("health_all_ahead_ms", [])), 300),
                notes=["today's rows kept by today's page, worked out the day before"] if r else [],
            ),
            row(
                "Insights page computed (compute_insights)",
                label,
                r.get("insights_ms", []),
                "ms",
                "≤ 150 ms",
                at_most(med(r.get("insights_ms", [])), 150),
            ),
            row(
                "Insights page, kept (insights_kept.page, unchanged journal)",
                label,
                r.get("insights_kept_ms", []),
                "ms",
                "≤ 150 ms",
                at_most(med(r.get("insights_kept_ms", [])), 150),
            ),
            row(
                "Insights page after a change (a conversation logged, then insights_kept.page)",
                label,
                r.get("insights_changed_ms", []),
                "ms",
                "≤ 150 ms",
                at_most(med(r.get("insights_changed_ms", [])), 150),
            ),
            row(
                "  after a conversation with a delight said",
                label,
                r.get("insights_delight_ms", []),
                "ms",
                "≤ 150 ms",
                at_most(med(r.get("insights_delight_ms", [])), 150),
            ),
            row(
                "Insights page, the day's first (yesterday's kept)",
                label,
                r.get("insights_new_day_ms", []),
                "ms",
                notes=["nothing of it worked out ahead"] if r else [],
            ),
            row(
                "Insights page, the day's first, worked out ahead the day before",
                label,
                r.get("insights_ahead_ms", []),
                "ms",
                "≤ 150 ms",
                at_most(med(r.get("insights_ahead_ms", [])), 150),
            ),
            row(
                "  with a conversation logged after the work ahead",
                label,
                r.get("insights_ahead_changed_ms", []),
                "ms",
                "≤ 150 ms",
                at_most(med(r.get("insights_ahead_changed_ms", [])), 150),
            ),
        ]
    return rows


def measure_cli(s: Setup) -> tuple[list[Row], list[str]]:
    base = min(s.sizes)
    cj = custjournal_command()

    def commands(demo: corpus.Demo) -> list[tuple[str, list[str]]]:
        who = demo.typical_name
        return [
            ("due --count", ["due", "--count"]),
            ("due", ["due"]),
            ("list", ["list"]),
            ("show", ["show", who]),
            ("search", ["search", SEARCH_QUERY]),
            ("brief", ["brief", who]),
            ("insights", ["insights", "--json"]),
        ]

    def timed(args: list[str]) -> Callable[[], tuple[float, float]]:
        def run() -> tuple[float, float]:
            """(wall seconds, CPU seconds: user + system, what the machine's load leaves be)."""
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            try:
                wall = run_process(s.env, args, stdout=subprocess.DEVNULL, timeout=120)[0]
            except (RuntimeError, subprocess.TimeoutExpired) as exc:
                raise RunFailed(str(exc).strip().splitlines()[-1][:200], str(exc)) from None
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
            return wall, cpu

        return run

    configs: list[tuple[str, Callable[[], Any]]] = [
        ("floor", timed([sys.executable, "-c", "import sqlite3"])),
        ("sqlmodel", timed([sys.executable, "-c", "import sqlmodel"])),
    ]
    for size in s.sizes:
        demo = s.demos[size]
        for name, args in commands(demo):
            configs.append((f"{name}@{size}", timed([*cj, "--journal", str(demo.path), *args])))
    measured = in_rounds(configs, s.repeat, "commands")
    res = {name: [wall for wall, _ in runs] for name, runs in measured.items()}
    cpu = {name: [c for _, c in runs] for name, runs in measured.items()}
    floor = res["floor"]
    rows = [
        speed(row('command floor: python -c "import sqlite3"', "-", floor, "s")),
        speed(row('  command floor, CPU time: python -c "import sqlite3"', "-", cpu["floor"], "s")),
        row(
            '  python -c "import sqlmodel" (what the commands imported before)',
            "-",
            res["sqlmodel"],
            "s",
        ),
    ]
    for name, _ in commands(s.demos[base]):
        small = res[f"{name}@{base}"]
        rows.append(
            row(f"custjournal {name}", s.label(base), small, "s", vs=(ratio(small, floor), "floor"))
        )
        for size in s.sizes:
            if size != base:
                values = res[f"{name}@{size}"]
                r = ratio(values, small)
                rows.append(
                    row(
                        f"custjournal {name}",
                        s.label(size),
                        values,
                        "s",
                        f"≤ 1.5× {s.label(base)}",
                        at_most(r, 1.5),
                        (r, s.label(base)),
                    )
                )
        # The speed target: at the biggest size, as a number of seconds beside the floor.
        top = max(s.sizes)
        limit = 0.08 if name == "due --count" else 0.15
        values = res[f"{name}@{top}"]
        rows.append(
            speed(
                row(
                    f"custjournal {name}",
                    s.label(top),
                    values,
                    "s",
                    f"≤ {limit:.2f} s",
                    at_most(med(values), limit),
                    (ratio(values, floor), "floor"),
                )
            )
        )
        used = cpu[f"{name}@{top}"]
        rows.append(
            speed(
                row(
                    f"  custjournal {name}, CPU time",
                    s.label(top),
                    used,
                    "s",
                    vs=(ratio(used, cpu["floor"]), "floor"),
                )
            )
        )
    # Does any command load Qt? Checked once each, on the biggest journal, through a wrapper
    # that lists the modules loaded when the command exits.
    biggest = s.demos[max(s.sizes)]
    lines = []
    for name, args in commands(biggest):
        cmd = [sys.executable, str(DRIVERS), "cli", "--", "--journal", str(biggest.path), *args]
        try:
            _, _, err = run_process(s.env, cmd, stdout=subprocess.DEVNULL, timeout=120)
            found = parse_result(err)
            count, modules = found["qt_count"], found["qt_modules"]
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            record_failure(f"custjournal {name}, Qt check", RunFailed(str(exc)[:200], str(exc)))
            count, modules = None, []
        if count is not None:
            lines.append(
                f"custjournal {name}: "
                + (
                    "PySide6 not imported"
                    if not count
                    else f"IMPORTS Qt ({count} modules: {', '.join(modules)})"
                )
            )
        rows.append(
            row(
                f"custjournal {name} imports PySide6",
                s.label(max(s.sizes)),
                [],
                "s",
                "never",
                None if count is None else not count,
            )
        )
    return rows, lines


# Modules the first screen must not need: loaded later, on first write, or never.
LATE_MODULES = ("sqlalchemy", "sqlmodel", "pydantic", "alembic", "PySide6.QtPrintSupport")


def startup_waterfall(env: Env, journal: Path) -> list[str]:
    """Where the app's start on *journal* goes, as Markdown lines: each top-level import in
    the order it happened (python -X importtime, which slows every import a little), then the
    moments the window was built and the list and Today view arrived."""
    cmd = [sys.executable, "-X", "importtime", str(DRIVERS), "start", str(journal)]
    try:
        _, out, err = run_process(env, cmd, timeout=180)
        result = parse_result(out)
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        return [f"(the waterfall could not be measured: {str(exc).strip().splitlines()[-1]})"]
    steps: list[tuple[str, float]] = []
    loaded: set[str] = set()
    for line in err.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        _, cumulative, name = line.split("|", 2)
        if not cumulative.strip().isdigit():
            continue  # the header
        loaded.add(name.strip())
        if not name.startswith("  "):  # a top-level import (nested ones are indented)
            steps.append((name.strip(), int(cumulative) / 1000))
    total = sum(ms for _, ms in steps)
    lines = [
        "| step | ms | running total, ms |",
        "|---|---|---|",
    ]
    running = 0.0
    small = 0.0
    for name, ms in steps:
        running += ms
        if ms < 5:
            small += ms
            continue
        lines.append(f"| import {name} | {ms:.0f} | {running:.0f} |")
    lines.append(f"| (imports under 5 ms each, together) | {small:.0f} | {total:.0f} |")
    for key, what in (
        ("window_built", "window built (imports, Qt, widgets), since the process started"),
        ("rows_at", "customer list rows arrived"),
        ("today_at", "Today items arrived"),
        ("seconds", "Today view and list shown"),
    ):
        if key in result:
            lines.append(f"| {what} | | {result[key] * 1000:.0f} |")
    late = [m for m in LATE_MODULES if m in loaded]
    lines.append("")
    lines.append(
        "Not loaded before the first paint: "
        + ", ".join(m for m in LATE_MODULES if m not in loaded)
        + (f". Loaded (should not be): {', '.join(late)}." if late else ".")
    )
    return lines


def _import_with_tty(env: Env, journal: Path, vcf: Path) -> dict[str, Any]:
    """`custjournal import` with stderr on a terminal (progress is shown only there)."""
    import pty

    master, slave = pty.openpty()
    chunks: list[tuple[float, bytes]] = []
    start = time.perf_counter()
    proc = subprocess.Popen(
        [*custjournal_command(), "--journal", str(journal), "import", str(vcf)],
        env=env.env,
        stdout=subprocess.PIPE,
        stderr=slave,
        cwd=env.scratch,
    )
    os.close(slave)

    def drain() -> None:  # a full terminal buffer would stop the import
        while True:
            try:
                data = os.read(master, 4096)
            except OSError:
                return
            if not data:
                return
            chunks.append((time.perf_counter() - start, data))

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        out, _ = proc.communicate(timeout=600)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise RunFailed("import took more than 10 minutes", "") from None
    finally:
        seconds = time.perf_counter() - start
        reader.join(timeout=5)
        os.close(master)
    text = b"".join(c for _, c in chunks).decode("utf-8", "replace")
    if proc.returncode != 0:
        raise RunFailed(f"import exited {proc.returncode}: {text.strip()[-200:]}", text)
    updates = [t for t, c in chunks if b"\r" in c]
    return {
        "seconds": seconds,
        "updates": text.count("\r"),
        "first_update": updates[0] if updates else None,
        "message": out.decode("utf-8", "replace").strip().splitlines()[-1:],
    }


def measure_import(s: Setup) -> list[Row]:
    rows = []
    for size in s.sizes:
        vcf = corpus.vcard_file(s.demos[size], log)
        repeat = min(s.repeat, VCARD_REPEAT_CAP) if size >= 5000 else s.repeat
        runs = []
        for n in range(repeat + 1):
            log(f"  import {vcf.name}: " + ("warming up" if n == 0 else f"run {n}/{repeat}"))
            target = s.env.scratch / "import.sqlite3"
            for extra in ("", "-wal", "-shm"):
                Path(f"{target}{extra}").unlink(missing_ok=True)
            shutil.copyfile(s.empty, target)  # an existing empty journal: no migration timed
            try:
                result = _import_with_tty(s.env, target, vcf)
            except RunFailed as exc:
                record_failure(f"import {vcf.name}, run {n}", exc)
                continue
            if n:
                runs.append(result)
        seconds = [r["seconds"] for r in runs]
        notes = []
        if runs:
            last = runs[-1]
            first = last["first_update"]
            notes = [
                f"{last['updates']} progress updates, the first after {first:.1f} s"
                if first is not None
                else "no progress shown",
                *last["message"],
            ]
        big = size >= 10_000
        rows.append(
            row(
                f"vCard import, {size:,} contacts (process)",
                s.label(size),
                seconds,
                "s",
                "≤ 15 s" if big else "",
                at_most(med(seconds), 15) if big else None,
                notes=notes,
            )
        )
    return rows


# --- main -------------------------------------------------------------------------------------


def measure_duplicates(s: Setup) -> list[Row]:
    rows: list[Row] = []
    for size in s.sizes:
        label = s.label(size)
        log(f"  duplicates: {label} customers")
        try:
            r = driver(
                s.env, "duplicates", str(s.demos[size].path), "--repeat", str(s.repeat), timeout=600
            )
        except RunFailed as exc:
            record_failure(f"duplicates, {label}", exc)
            r = {}
        fast, slow = r.get("rapidfuzz_ms", []), r.get("difflib_ms", [])
        fast_cpu, slow_cpu = r.get("rapidfuzz_cpu_ms", []), r.get("difflib_cpu_ms", [])
        notes = [f"{r['pairs']} pairs, {r['differ']} differ with difflib"] if r else []
        rows += [
            row(
                "duplicates found (rapidfuzz)",
                label,
                fast,
                "ms",
                "≤ 2 s",
                at_most(med(fast), 2000),
                notes=notes,
            ),
            row("  duplicates found with difflib instead", label, slow, "ms"),
            row("  duplicates, CPU time (rapidfuzz)", label, fast_cpu, "ms"),
            row("  duplicates, CPU time (difflib)", label, slow_cpu, "ms"),
        ]
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", help="customers per journal, e.g. 10,1000,10000")
    parser.add_argument("--repeat", type=int, help="runs of each measurement (default 7; 3 quick)")
    parser.add_argument("--quick", action="store_true", help="10 and 1,000 customers, 3 runs")
    parser.add_argument("--seed", type=int, default=1, help="demo generator seed (default 1)")
    parser.add_argument("--no-write", action="store_true", help="don't overwrite RESULTS.md")
    args = parser.parse_args(argv)
    sizes = sorted(
        {int(x) for x in (args.sizes or ("10,1000" if args.quick else "10,1000,10000")).split(",")}
    )
    repeat = args.repeat or (3 if args.quick else 7)
    if not sizes or min(sizes) < 1 or repeat < 1:
        parser.error("--sizes needs positive numbers, --repeat at least 1")
    command = "python benchmarks/run.py " + " ".join(argv if argv is not None else sys.argv[1:])
    began = dt.datetime.now().astimezone()
    load_start = load_average()
    code_start = code_state()
    wall = time.perf_counter()

    log(f"Journals in {corpus.FOLDER} (sizes {', '.join(map(str, sizes))}, seed {args.seed})")
    for old_log in corpus.FOLDER.glob("failed-*.log"):
        old_log.unlink()
    empty = corpus.empty_journal(log)
    demos = {size: corpus.demo_journal(size, args.seed, log) for size in sizes}
    heavy = {size: corpus.heavy_journal(demos[size], log) for size in sizes}
    env = Env()
    setup = Setup(sizes, repeat, env, empty, demos, heavy)
    rows: list[Row] = []
    try:
        log("Measuring app start and memory...")
        rows += measure_start(setup)
        log("Measuring search typing and customer pages...")
        rows += measure_interaction(setup)
        log("Measuring the due list and briefs...")
        rows += measure_store(setup)
        log("Measuring duplicate finding...")
        rows += measure_duplicates(setup)
        log("Measuring commands...")
        cli_rows, qt_lines = measure_cli(setup)
        rows += cli_rows
        log("Measuring vCard import...")
        rows += measure_import(setup)
        log("Measuring the start-up waterfall...")
        waterfall = startup_waterfall(env, empty)
    finally:
        env.close()
        # The app under test makes its daily backup of each journal it opens, beside it: by-
        # products of the runs (hundreds of MB), not something to keep.
        shutil.rmtree(corpus.FOLDER / "backups", ignore_errors=True)
    minutes = (time.perf_counter() - wall) / 60
    load_end = load_average()

    info = machine()
    if info["code"] != code_start:  # the code changed under the run: say so
        info["code"] = f"{code_start} at start, {info['code']} at end"
    info["load average"] = f"{load_start} at start, {load_end} at end"
    journals = "; ".join(
        f"{d.size:,}: {d.meta['entries']:,} entries, "
        f"{d.path.stat().st_size / 2**20:.0f} MB, built {d.meta['built_on']}"
        for d in demos.values()
    )
    notes = [f"{r.what.strip()} ({r.size}): {'; '.join(r.notes)}" for r in rows if r.notes]
    failing = [f"{r.what.strip()} ({r.size})" for r in rows if r.verdict == "FAIL"]
    errors = [f"{r.what.strip()} ({r.size})" for r in rows if r.verdict == "ERROR"]
    notes += [f"failed run: {line}" for line in FAILURES]

    speed_rows = [r for r in rows if r.speed]
    print()
    print(text_table(rows))
    print()
    print("Speed to the floor:")
    print(text_table(speed_rows))
    print()
    print("Start-up waterfall, empty journal:")
    print("\n".join(waterfall))
    print()
    for line in qt_lines:
        print(line)
    for line in notes:
        print(line)
    print()
    for key, value in info.items():
        print(f"{key + ':':<24}{value}")
    print(f"{'journals:':<24}{journals}")
    print(f"{'took:':<24}{minutes:.1f} min")
    print()
    print(f"{len(failing)} target(s) missed" + (": " + ", ".join(failing) if failing else ""))
    if errors:
        print(f"{len(errors)} not measured (every run failed): {', '.join(errors)}")

    if not args.no_write:
        RESULTS.write_text(
            "# Benchmark results\n\n"
            f"Measured {began:%Y-%m-%d %H:%M %Z} with `{command.strip()}` "
            f"({minutes:.1f} min). Medians and 95th percentiles (nearest rank) of {repeat} runs "
            "per process-level figure; see `benchmarks/run.py` for what each row measures and "
            "how verdicts are taken. This file is overwritten by every run.\n\n"
            + "## Speed to the floor\n\n"
            "Each target beside its floor: a bare PySide6 window shown the same way for the app, "
            '`python -c "import sqlite3"` for the commands. The scale targets of the rows below '
            "still hold beside these.\n\n"
            + markdown_table(speed_rows)
            + "\n\n## Start-up waterfall, empty journal\n\n"
            + "\n".join(waterfall)
            + "\n\n## Every measurement\n\n"
            + markdown_table(rows)
            + "\n\n"
            + "".join(f"- {line}\n" for line in [*qt_lines, *notes])
            + "\n"
            + "| machine | |\n|---|---|\n"
            + "".join(f"| {k} | {v} |\n" for k, v in info.items())
            + f"| journals | {journals} |\n\n"
            + (f"Targets missed: {', '.join(failing)}.\n" if failing else "All targets met.\n")
            + (f"\nNot measured (every run failed): {', '.join(errors)}.\n" if errors else ""),
            encoding="utf-8",
        )
        log(f"Wrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
