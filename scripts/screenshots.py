"""Make the README's screenshots of the main window (docs/screenshots/) on the demo journals.

    .venv/bin/python scripts/screenshots.py OUT_DIR [NAME ...]   # every shot, or those named

Run it on a real X display, as a person sees the app (a desktop, or Xvfb at 1600x1000 with a
window manager such as openbox: DISPLAY set), with QT_QPA_PLATFORM=xcb (the default here).
Each shot runs in a process of its own (its language and appearance set as Settings sets
them) with HOME, the settings and the journals in a temporary folder: nothing of yours is
read or written. The journals are `custjournal demo` with seed 1
(200 customers as a small business has, 2,000 for Insights and the health column, 60 for the
German shots) as of the day it runs. Look at every PNG before you commit it; commit only those
whose content changed (an image is never byte-identical twice: dates move on).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

# name: (demo customers, language, appearance, window size); "system" with LANG=C.UTF-8 (set
# below) is English with ISO dates, as the English shots have them.
SHOTS: dict[str, tuple[int, str, str, tuple[int, int]]] = {
    "customer": (200, "system", "light", (1280, 800)),
    "brief": (200, "system", "light", (1280, 800)),
    "today-dark": (200, "system", "dark", (1280, 800)),
    "health": (2000, "system", "light", (1400, 860)),
    "insights": (2000, "system", "light", (1280, 800)),
    "insights-themes": (2000, "system", "light", (1280, 800)),
    "insights-dark": (2000, "system", "dark", (1280, 800)),
    "de-today": (60, "de", "light", (1280, 800)),
    "de-customer": (60, "de", "light", (1280, 800)),
    "de-brief": (60, "de", "light", (1280, 800)),
}


def main(argv: list[str]) -> int:
    if len(argv) >= 4 and argv[0] == "--one":
        return one(argv[1], Path(argv[2]), Path(argv[3]))
    if not argv:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    out = Path(argv[0]).resolve()
    names = argv[1:] or list(SHOTS)
    unknown = [n for n in names if n not in SHOTS]
    if unknown:
        print(f"No such shot: {', '.join(unknown)} (there are {', '.join(SHOTS)}).")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="cj-shots-") as tmp:
        journals = Path(tmp)
        for name in names:
            customers = SHOTS[name][0]
            journal = journals / f"demo-{customers}.db"
            if not journal.exists():
                subprocess.run(
                    [sys.executable, "-m", "custjournal", "--journal", str(journal), "demo"]
                    + ["--customers", str(customers), "--seed", "1"],
                    check=True,
                    stdout=subprocess.DEVNULL,
                )
            home = journals / f"home-{name}"
            home.mkdir()
            env = dict(os.environ, HOME=str(home), CJ_SHOTS_HOME=str(home))
            for xdg in ("CONFIG", "DATA", "STATE", "CACHE"):  # nothing of yours read or written
                env[f"XDG_{xdg}_HOME"] = str(home / xdg.lower())
            env.setdefault("QT_QPA_PLATFORM", "xcb")
            env.update(LANG="C.UTF-8", LC_ALL="C.UTF-8")
            subprocess.run(
                [sys.executable, __file__, "--one", name, str(journal), str(out)],
                check=True,
                env=env,
            )
            print(out / f"{name}.png")
    return 0


def one(name: str, journal_path: Path, out: Path) -> int:
    from PySide6.QtCore import QCoreApplication, QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from custjournal.gui import i18n, theme
    from custjournal.gui.launch import ORG_NAME

    if os.environ.get("CJ_SHOTS_HOME") != os.environ.get("HOME"):
        # Its settings are cleared: only ever in the temporary home main() makes.
        print("--one runs only as main() starts it, in a temporary home.", file=sys.stderr)
        return 2
    customers, language, appearance, (width, height) = SHOTS[name]
    app = QApplication([sys.argv[0]])
    app.setApplicationName(ORG_NAME)
    app.setOrganizationName(ORG_NAME)
    QSettings().clear()
    i18n.save_language(language)
    theme.save_appearance(appearance)
    i18n.install(app)
    theme.apply(app)

    from custjournal.gui.controller import JournalController
    from custjournal.gui.customer_model import VALUE
    from custjournal.gui.main_window import MainWindow
    from custjournal.store.journal import open_journal

    def wait(done: Callable[[], bool], seconds: float = 60) -> None:
        end = time.monotonic() + seconds
        while not done():
            if time.monotonic() > end:
                raise SystemExit(f"{name}: gave up waiting")
            app.processEvents()
            time.sleep(0.01)

    def settle(seconds: float = 0.5) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    controller = JournalController(open_journal(journal_path))
    window = MainWindow(controller, use_tray=False)
    loaded: list[bool] = []
    window.rows_loaded.connect(lambda: loaded.append(True))
    window.show()
    window.resize(width, height)
    window._default_splitter()  # the first start's split, at this size
    wait(lambda: bool(loaded))
    wait(lambda: not window._health_loading and window._health_day == controller.today())
    model = window.model

    def rows():
        return [model.customer(r) for r in range(model.rowCount())]

    def owed_a_promise():
        """A tier A customer whose Due is an overdue promise (the list's Due counts it)."""
        today = controller.today()
        found = [r for r in rows() if r.tier == "A" and r.promise_first and r.is_due(today)]
        return (found or [r for r in rows() if r.tier == "A"])[0]

    if name in ("customer", "de-customer"):
        window.open_customer(owed_a_promise().id)
    elif name in ("brief", "de-brief"):
        window.show_brief_for(owed_a_promise().id)
    elif name == "health":
        window.table.sortByColumn(VALUE, Qt.SortOrder.DescendingOrder)
        settle()
        window.table.scrollToTop()
        best = [r for r in rows()[:10] if r.tier == "A"]
        window.open_customer(best[1 if len(best) > 1 else 0].id)
    elif name.startswith("insights"):
        view = window.insights_view
        arrived: list[bool] = []
        view.loaded.connect(lambda: arrived.append(True))
        window.show_insights()
        wait(lambda: bool(arrived) and view.insights is not None, 120)
        wait(
            lambda: all(
                len(t.labels) == len(t.items) for w in view.section_widgets for t in w.theme_lists
            )
        )
        settle()
        bar = view.scroller.verticalScrollBar()
        if name == "insights-themes":
            why = next(w for w in view.section_widgets if w.section.key == "why_they_buy")
            bar.setValue(why.y() - 70)
        elif name == "insights-dark":
            bar.setValue(bar.maximum())
    settle(1.0)
    out.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out / f"{name}.png"))
    QCoreApplication.processEvents()
    window.close()
    controller.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
