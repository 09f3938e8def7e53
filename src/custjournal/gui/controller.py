"""The app's one door to the journal: runs ops, keeps undo, notices outside changes, runs workers.

Widgets never hold a Session. A widget asks the controller to apply an action; the controller
runs it (a single-customer write takes a few milliseconds, so it runs on the GUI thread), emits
`changed` with what changed, and every screen decides from that whether to refresh. A widget
reads through the controller's small read methods (`customer`, `customer_detail`, `brief`,
`cadences`, `currency`, ...), each one short transaction returning plain data. Work that can
take longer runs in a worker thread with its own session and hands plain data back. When the
journal itself is replaced (a restore), `replace_journal` closes the old one and tells every
view.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractEventDispatcher,
    QCoreApplication,
    QEvent,
    QMetaObject,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QUndoCommand, QUndoStack
from shiboken6 import isValid

from custjournal import ops
from custjournal.domain.changes import Change, OpResult
from custjournal.domain.errors import UserError
from custjournal.domain.health import Health
from custjournal.domain.matching import Candidate
from custjournal.gui import clock
from custjournal.gui.sentences import app_sentence, say
from custjournal.logs import log_bug
from custjournal.store import health as health_store
from custjournal.store import links, queries, search, settings
from custjournal.store.journal import Journal

if TYPE_CHECKING:  # the brief's modules load with the first brief, not with the window
    from custjournal.domain.brief import Brief

EXTERNAL = Change.outside()


def still_alive(callback: Callable[..., object]) -> bool:
    """Whether *callback* may still run: a widget's method may not once the widget is gone.

    A worker's result can arrive after the window that asked for it was closed and deleted
    (a second window, a test's next window): its C++ side is gone, and touching it raised
    "Internal C++ object already deleted" from inside Qt's event loop.
    """
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or isValid(owner)


class _Replaced:
    """The OpResult of a journal swapped without a result of its own: everything may differ."""

    change = EXTERNAL
    message = ""


POLL_MS = 3000
# How long work done ahead sleeps at a checkpoint while the user's own work runs (`_give_way`).
GIVE_WAY_MS = 5
# While work is done ahead, the GUI thread counts as working from the first event it handles
# (a timer, a click, a paint, a worker's result) until its event loop is about to sleep again
# (QAbstractEventDispatcher.aboutToBlock), and the work gives way meanwhile, so that the
# window has the interpreter to itself (a customer page painted while the page was worked out
# beside it took twice as long); working longer than GUI_STUCK_MS, it is waiting, not working
# (a test's or the close's wait for the pools), and the work goes on.
GUI_STUCK_MS = 1000
# Once it holds `keeping` and a read, work done ahead gives way this long in all: past it, it
# goes on to the end (what it holds defers the look for outside changes, and its read keeps
# the write-ahead log from starting over during a long import).
AHEAD_HOLD_MS = 1500


class _GuiWatch(QObject):
    """Notes the first event the GUI thread handles after its event loop slept, for
    `JournalController._give_way` (an application's event filter sees the main thread's)."""

    def __init__(self, controller: JournalController) -> None:
        super().__init__(controller)
        self._controller = controller

    def eventFilter(self, _watched: QObject, _event: QEvent) -> bool:
        if self._controller._gui_awake_since is None:
            self._controller._gui_awake_since = time.monotonic()
        return False


class _GaveUp(BaseException):
    """Work done ahead for another day than today stops (`_give_way`): the user's own work
    waits for what it holds. A BaseException: no `except Exception` on its way swallows it."""


class _Ahead:
    """The Insights page being worked out ahead of being asked for (`work_out_ahead`)."""

    def __init__(self, segment: Any, day: dt.date, journal: Journal) -> None:
        self.segment = segment
        self.day = day
        self.journal = journal
        # The view asked for this very page meanwhile: it gives way no more, and each waiter
        # (on_done, on_failed) gets the page when it is kept (`_ahead_over`).
        self.wanted = False
        self.waiters: list[tuple[Callable[[Any], None], Callable[[UserError], None] | None]] = []
        # Whether it holds `keeping` and a read, and for how long (seconds) it gave way since.
        self.holding = False
        self.waited = 0.0


class _GuiThreadGarbageCollector(QObject):
    """Python's cyclic garbage collector, run on the GUI thread only.

    Left automatic, a collection starts in whichever thread happens to allocate: in a worker
    it may free Qt objects that belong to the GUI thread (a dialog caught in a reference
    cycle), and the process dies (seen here: a segfault in a worker thread "Garbage-collecting"
    during an import). So automatic collection is off and a timer collects here instead, by
    the same generation thresholds. The pattern is PyQt's advice, as used by qutebrowser.
    """

    INTERVAL_MS = 500
    # While a worker that makes objects by the million runs (the Insights page at 10,000
    # customers: `run_task(..., hold_collections=True)`), collections wait, up to this many
    # young objects: nearly all of them are freed by their reference counts when it ends, and
    # collecting them while they lived swept piles of them in the GUI thread (blocks of 40 ms to
    # 180 ms measured). After the worker only what it handed back is left to sweep. Other
    # workers don't hold them: at start-up the loads' results stay, and one sweep of them all
    # blocked longer than the sweeps spread over the loads.
    WORKER_YOUNG_LIMIT = 100_000  # then a sweep anyway, of a bounded pile (20-50 ms)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(self.INTERVAL_MS)

    @Slot()
    def check(self) -> None:
        young, middle, old = gc.get_count()
        if _loads_running():
            return  # a load's result is frozen when it arrives (run_task's *settle*)
        if _workers_running() and young < self.WORKER_YOUNG_LIMIT:
            return
        if young > self.threshold[0]:
            generation = 0
            if middle > self.threshold[1]:
                generation = 2 if old > self.threshold[2] else 1
            gc.collect(generation)


_running = 0  # workers holding collections back now, in any controller
_loading = 0  # of which loads (`run_task(..., settle=True)`): held back whatever the pile
_running_lock = threading.Lock()
# Set by `settle_results` (launch.py, a process of its own; never in tests, which open many
# windows in one process): a load's result is frozen out of the collector's sight on arrival.
_freeze_loads = False


def _workers_running() -> bool:
    return _running > 0


def _loads_running() -> bool:
    return _loading > 0


def _worker_started(step: int, load: bool = False) -> None:
    global _running, _loading
    with _running_lock:
        _running += step
        if load:
            _loading += step


def settle_results() -> None:
    """From now on, freeze what a load hands the window (`run_task(..., settle=True)`).

    A load's result lives until the next load replaces it: the rows of every customer, the
    due list, everyone's health (146,000 objects at 10,000 customers, no reference cycles
    among them). Swept by the collector, each sweep walked all of them on the GUI thread: a
    young sweep 50-90 ms once they arrived, then the middle and full ones again later. Frozen
    (gc.freeze, which moves the whole heap out of the collector's sight at no cost) they are
    never walked, and are still freed by their reference counts when the next load replaces
    them. What the freeze may keep for good is cyclic garbage made on the GUI thread while the
    load ran: the young and middle generations are collected as the load starts (a few ms:
    what came before is frozen already), so that is a second's worth at most.
    """
    global _freeze_loads
    _freeze_loads = True


_collector: _GuiThreadGarbageCollector | None = None


def collect_garbage_on_gui_thread() -> None:
    """Install the GUI-thread collector once per application (idempotent)."""
    global _collector
    app = QCoreApplication.instance()
    if app is None:
        return
    try:
        current = _collector is not None and _collector.parent() is app
    except RuntimeError:  # the application it lived in is gone
        current = False
    if not current:
        _collector = _GuiThreadGarbageCollector(app)


class _Relay(QObject):
    """Lives in the GUI thread; a worker emits on it, so slots run in the GUI thread."""

    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Task(QRunnable):
    """One piece of slow work: fn(report) -> result, where report(done, total) -> cancelled?"""

    def __init__(
        self,
        fn: Callable[[Callable[[int, int], bool]], Any],
        hold_collections: bool = False,
        settle: bool = False,
        ended: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self.fn = fn
        self.hold_collections = hold_collections or settle
        self.settle = settle
        self.ended = ended  # called in the worker when *fn* is over, whatever came of it
        self.relay = _Relay()
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def _report(self, done: int, total: int) -> bool:
        self.relay.progress.emit(done, total)
        return self.cancelled

    def run(self) -> None:  # runs in a pool thread: touches no widget
        try:
            if not self.hold_collections:
                self._run()
                return
            _worker_started(1, self.settle)
            try:
                self._run()
            finally:
                _worker_started(-1, self.settle)
        finally:
            if self.ended is not None:
                self.ended()

    def _run(self) -> None:
        try:
            result = self.fn(self._report)
        except UserError as exc:
            self.relay.failed.emit(exc)
        except Exception as exc:  # a bug: log it, hand a sentence back
            log_bug("worker failed")
            self.relay.failed.emit(
                UserError(
                    QCoreApplication.translate(
                        "Task", "Something went wrong ({name}); details are in the log."
                    ).format(name=type(exc).__name__)
                )
            )
            traceback.clear_frames(exc.__traceback__) if exc.__traceback__ else None
        else:
            self.relay.done.emit(result)


class _OpCommand(QUndoCommand):
    """One operation already done, on the undo stack: undo and redo apply its inverse.

    Every operation hands back its `ops.Inverse` (the rows it changed, reversed); applying one
    hands back the next (an undo's inverse is the redo), so one command serves every kind of
    change: add, edit, log, delete, stage, snooze, dismiss, kept, resolve, settings, an import.
    """

    def __init__(
        self, controller: JournalController, inverse: ops.Inverse, label: str | None = None
    ) -> None:
        super().__init__(label or say(inverse.message).rstrip("."))
        self.controller = controller
        self.inverse: ops.Inverse | None = inverse
        self.done_already = True  # QUndoStack.push calls redo(); the operation ran before

    def _apply(self, verb: str) -> None:
        if self.inverse is None:
            self.setObsolete(True)
            return
        try:
            result = ops.apply_inverse(
                self.controller.journal, self.inverse, f"{verb}: {self.text()}."
            )
        except UserError as exc:
            # Dropped from the stack (Qt removes an obsolete command), the journal unchanged.
            self.setObsolete(True)
            self.controller.error.emit(exc.message)
            return
        self.inverse = result.inverse
        self.controller.tell(result)

    def redo(self) -> None:
        if self.done_already:
            self.done_already = False
            return
        self._apply(QCoreApplication.translate("_OpCommand", "Redone"))

    def undo(self) -> None:
        self._apply(QCoreApplication.translate("_OpCommand", "Undone"))


class JournalController(QObject):
    changed = Signal(object)  # domain.changes.Change
    day_changed = Signal(object)  # the user's new day (a dt.date): midnight passed meanwhile
    # Objects, not str: a lower layer's sentence (a domain.i18n.Message) reaches the window
    # whole, which says it in the app's language (gui/sentences.py, `say`).
    message = Signal(object)  # for the status bar
    error = Signal(object)  # a sentence for a message box
    # The journal stopped taking changes (found damaged after the window opened): the window
    # disables whatever writes (gui/read_only.py).
    read_only_changed = Signal()
    # A write failed so that the journal takes no more changes (`Journal.on_refused`), told
    # from whichever thread wrote: handled on the GUI thread (`_writes_refused`).
    _refused = Signal()

    def __init__(
        self,
        journal: Journal,
        parent: QObject | None = None,
        today: Callable[[], dt.date] = clock.today,
    ) -> None:
        super().__init__(parent)
        collect_garbage_on_gui_thread()  # before any worker runs
        self.journal = journal
        self.today = today
        self.undo_stack = QUndoStack(self)
        self._refused.connect(self._writes_refused)
        journal.on_refused = self._refused.emit
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one writer at a time; SQLite serialises anyway
        self._tasks: set[Task] = set()
        # Work nobody has asked for yet (the day's Insights page, `work_out_ahead`) has a pool
        # of its own: queued in `pool` it would hold up what the user asks for next (a list
        # reload after a save). It reads beside `pool`, and gives way while anything runs there
        # (`_give_way`).
        self.background = QThreadPool(self)
        self.background.setMaxThreadCount(1)
        self._ahead: _Ahead | None = None
        self._counts = threading.Lock()
        self._foreground = 0  # tasks of `pool` queued or running
        self._keeping_asked = 0  # workers waiting for `_keeping` (`keeping`)
        self._closing = False
        # Since when the GUI thread's event loop is awake (None: asleep), while work is done
        # ahead (`_give_way`).
        self._gui_awake_since: float | None = None
        self._gui_watch: _GuiWatch | None = None
        self._data_version = self._read_data_version()
        # Until when (time.monotonic) the user counts as typing: workers wait meanwhile (`pause`).
        self.typing_until = 0.0
        # Held by a worker whose read may keep what it worked out (`keeping`).
        self._keeping = threading.Lock()
        self._look_again = False  # a look asked for while a worker kept (`keeping`)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.check_outside_changes)
        # The day is looked at on the poll as well: a timer set for midnight is late after a
        # suspend, and wrong after the clock was set.
        self._poll.timeout.connect(self.check_day)
        self._poll.start()
        self._day = today()
        self._midnight = QTimer(self)
        self._midnight.setSingleShot(True)
        self._midnight.timeout.connect(self.check_day)
        self._midnight.start(clock.until_tomorrow_ms())
        # A team database pushes its changes (gui/team_watch.py); a file is polled.
        from custjournal.gui import team_watch

        self._push = team_watch.push_watcher(self)

    # --- writing -------------------------------------------------------------------------

    @property
    def writable(self) -> bool:
        """Whether the journal takes changes: not a file or folder that can't be written, nor
        a journal found damaged (`Journal.refusal` says why)."""
        return self.journal.refusal is None

    def refuses(self) -> bool:
        """True, with the reason in the status bar, when the journal takes no changes: the
        check before a dialog that would write (its actions are disabled already; a key or a
        double-click may still ask)."""
        if self.journal.refusal is None:
            return False
        self.message.emit(self.journal.refusal)
        return True

    def mark_damaged(self) -> None:
        """The journal was found damaged: nothing more is written into it, by this window or
        (`store.journal.note_damage`) by any later opening, until a check finds it sound."""
        from custjournal.store.journal import note_damage

        self.journal.mark_damaged()
        self.undo_stack.clear()  # an undo writes too
        if self.journal.file is not None:
            note_damage(self.journal.file, True)
        self.read_only_changed.emit()

    def _writes_refused(self) -> None:
        """A write failed (a disk I/O error) and the journal takes no more changes: the window
        goes read-only, saying why, and undo goes (an undo writes too)."""
        self.undo_stack.clear()
        self.read_only_changed.emit()

    def apply(self, action: Callable[..., ops.Result], *args: Any, **kwargs: Any) -> ops.Result:
        """Run an ops function on the journal; UserError goes back to the caller to show (the
        journal's refusal first, on one that takes no changes)."""
        if self.journal.refusal is not None:
            raise UserError(self.journal.refusal)
        result = action(self.journal, *args, **kwargs)
        self.announce(result)
        return result

    def announce(self, result: OpResult, label: str | None = None) -> None:
        """Tell every view what *result* changed and show its sentence, and put the operation
        on the undo stack when it carries an inverse (every ops action and an import do):
        Edit > Undo (Ctrl+Z) takes it back, Redo (Ctrl+Shift+Z) does it again. *label* names
        it in the Undo menu item (default: its sentence)."""
        inverse = getattr(result, "inverse", None)
        if isinstance(inverse, ops.Inverse):
            self.undo_stack.push(_OpCommand(self, inverse, label))
        self.tell(result)

    def tell(self, result: OpResult) -> None:
        """Tell every view what *result* changed (each decides from its flags whether to
        refresh) and show its sentence; any operation's result will do (`OpResult`)."""
        self._data_version = self._read_data_version()
        if result.message:
            self.message.emit(result.message)
        self.changed.emit(result.change)

    def delete(self, kind: str, entry_id: int, label: str) -> None:
        """Delete an entry; Edit > Undo ("Undo Delete *label*") brings it back."""
        try:
            self.announce(
                ops.delete_entry(self.journal, kind, entry_id),
                self.tr("Delete {label}").format(label=label),
            )
        except UserError as exc:
            self.error.emit(app_sentence(exc))

    # --- making way for the user -----------------------------------------------------------

    # How long after a keystroke the workers keep waiting: the keystroke's own work, its
    # repaint, and the usual pause before the next letter.
    TYPING_MS = 150

    def user_typing(self) -> None:
        """The user is typing (a keystroke in the search field): the workers wait (`pause`) until
        TYPING_MS after it, so the keystroke and its repaint have the interpreter lock alone."""
        self.typing_until = time.monotonic() + self.TYPING_MS / 1000

    def pause(self) -> None:
        """Called by a worker every PAUSE_EVERY (64) rows or items (a `Journal.reader(pause=...)`):
        returns at once unless the user is typing, else sleeps until they stop (a sleep lets go
        of the interpreter lock). Plain Python, no Qt: store/ and domain/ call it as a callable.
        A checkpoint costs one clock read; what the worker works out is the same either way."""
        while (left := self.typing_until - time.monotonic()) > 0:
            time.sleep(left)

    # --- reading: short transactions on the GUI thread, plain data back -------------------

    def customer(self, customer_id: int) -> Candidate | None:
        """The customer's id, name and company (None when erased): a primary-key read."""
        with self.journal.reader() as source:
            return queries.candidate(source, customer_id)

    def customer_name(self, customer_id: int) -> str:
        """The customer's name, for a dialog title; UserError when erased."""
        found = self.customer(customer_id)
        if found is None:
            raise UserError(
                self.tr("There is no customer #{customer_id}: it may have been erased.").format(
                    customer_id=customer_id
                )
            )
        return found.name

    def candidates(self) -> list[Candidate]:
        """Every customer's id, name and company, for a picker."""
        with self.journal.reader() as source:
            return queries.candidates(source)

    def customer_detail(self, customer_id: int) -> dict[str, object] | None:
        """Everything logged about one customer (`queries.customer_detail`); None when erased."""
        with self.journal.reader() as source:
            return queries.customer_detail(source, customer_id)

    def brief(self, customer_id: int) -> Brief:
        """The customer's brief as of the app's today; UserError when erased."""
        from custjournal.store import brief_data

        with self.journal.reader() as source:
            return brief_data.load_brief(source, customer_id, self.today())

    def health(self, customer_id: int, tier: str | None = None) -> Health | None:
        """One customer's relationship health as of the app's today; None when erased.
        *tier*: theirs as of today when known (the list's row), else worked out."""
        with self.journal.reader() as session:
            return health_store.health_of(session, customer_id, self.today(), tier)

    def cadences(self) -> dict[str, int]:
        """The journal's cadence in days per stage."""
        with self.journal.reader() as source:
            return settings.cadences(source)

    def currency(self) -> str:
        """The journal's currency code."""
        with self.journal.reader() as source:
            return settings.currency(source)

    def load_companies(
        self,
        on_done: Callable[[tuple[list[links.Company], str, dt.date]], None],
        on_failed: Callable[[UserError], None] | None = None,
    ) -> Task:
        """Customers grouped by company as of the app's today, read in the worker (a few
        hundred ms at 10,000 customers): (companies, currency, day) reach *on_done*."""
        journal, today = self.journal, self.today()

        def work(_report: Callable[[int, int], bool]) -> tuple[list[links.Company], str, dt.date]:
            with journal.reader() as source:
                return links.companies(source, today), settings.currency(source), today

        return self.run_task(work, on_done, on_failed)

    def company_key_of(self, customer_id: int) -> str | None:
        """The key of the customer's firm (None without a company): one row and the
        declarations, cheap enough for every page."""
        with self.journal.reader() as source:
            return links.company_key_of(source, customer_id)

    def same_firm_pairs(self) -> list[tuple[int, str, str]]:
        """Every same-firm declaration: (id, name, same as)."""
        with self.journal.reader() as source:
            return links.same_firm_pairs(source)

    def matching_customer_ids(self, text: str) -> AbstractSet[int] | None:
        """Ids of the customers whose entries match *text* (None: no usable search words).
        A query per keystroke: on a connection kept for it (`Journal.kept_reader`)."""
        with self.journal.kept_reader(one_statement=True) as source:
            return search.matching_customer_ids(source, text)

    def why_matched(self, customer_id: int, text: str) -> search.Hit | None:
        """The entry that made the search field's *text* find this customer, with a snippet.
        Asked on the GUI thread as the user types (the current customer's reason, a name's
        tooltip): on the search field's plain connection, as `matching_customer_ids`; through
        the ORM, the first one imported and opened it in the middle of a keystroke (~0.3 s)."""
        with self.journal.kept_reader() as source:
            return search.why_matched(source, customer_id, text)

    # --- the journal itself ----------------------------------------------------------------

    def replace_journal(self, journal: Journal, result: OpResult | None = None) -> None:
        """Work on *journal* from now on (after a restore), close the old one, tell every view.

        *journal* may be the old object itself: closing it drops its connections, and its
        engine opens new ones on the same path. Undo is cleared: it would put entries back
        into a journal they no longer belong to. *result* (the restore's) gives the sentence.
        """
        old, self.journal = self.journal, journal
        old.on_refused = None
        journal.on_refused = self._refused.emit
        # The same file opened anew keeps its hold on kept results (store/keeping.py) until
        # the start-up check, or a restore that replaced the file, finds it sound.
        journal.keeps_held = old.keeps_held and journal.file == old.file
        old.close()
        self.undo_stack.clear()
        if (journal.refusal is None) != (old.refusal is None):  # a damaged file restored
            self.read_only_changed.emit()
        self.announce(result if result is not None else _Replaced())

    # --- reading in the background ---------------------------------------------------------

    def run_task(
        self,
        fn: Callable[[Callable[[int, int], bool]], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[UserError], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        *,
        hold_collections: bool = False,
        settle: bool = False,
        background: bool = False,
    ) -> Task:
        """Run *fn* in the pool; *hold_collections*: the GUI thread's garbage collector waits
        for it (a worker that makes objects by the million, see `_GuiThreadGarbageCollector`).
        *settle*: a load whose result the window keeps until the next one (the list, Today,
        the Health column): the collector waits for it whatever it makes, and, in the app
        (`settle_results`), the result is frozen out of the collector's sight once handed over.
        *background*: work nobody asked for yet, in `background` (`work_out_ahead`), not
        counted as the user's own work there.
        """
        if settle and _freeze_loads:
            # The garbage so far goes now, not frozen with the result. A walk of what the GUI
            # thread made since the last freeze only: the window freezes what each load built
            # once both its halves are shown (`rows_loaded`, launch.settle_heap) and starts the
            # Health column's load after that, from the event loop. Started before it, this
            # walked all of Today's items (11,000 objects at 10,000 customers, 34,000 at
            # 30,000: 20-55 ms); now 13 objects at the start, a few hundred at a reload after
            # typing (0.01-0.5 ms, 10,000 customers).
            gc.collect(1)
        if not background:
            with self._counts:
                self._foreground += 1
        ended = None if background else self._foreground_ended
        task = Task(fn, hold_collections, settle, ended=ended)
        task.setAutoDelete(False)
        self._tasks.add(task)

        def finished(result: Any) -> None:
            self._tasks.discard(task)
            if still_alive(on_done):
                on_done(result)
            if settle and _freeze_loads:
                gc.freeze()

        def failed(exc: UserError) -> None:
            self._tasks.discard(task)
            if on_failed is None:
                self.error.emit(exc.message)
            elif still_alive(on_failed):
                on_failed(exc)

        task.relay.done.connect(finished)
        task.relay.failed.connect(failed)
        if on_progress:
            task.relay.progress.connect(on_progress)
        (self.background if background else self.pool).start(task)
        return task

    def _foreground_ended(self) -> None:  # in the worker, as a task of `pool` ends
        with self._counts:
            self._foreground -= 1

    def insights(
        self,
        segment: Any,
        on_done: Callable[[Any], None],
        on_failed: Callable[[UserError], None] | None = None,
    ) -> Task | None:
        """The Insights page for *segment* as of the app's today, worked out in a worker:
        *on_done* gets (`domain.insights.Insights`, {customer id: name}, the page's sections
        from `insights_page.build`). The sections are plain data built in the worker too: at
        10,000 customers that took 30-140 ms, too long for the GUI thread. While this very page
        is being worked out ahead (`work_out_ahead`), it is not worked out a second time: the
        read is made once that one has kept it, and reads the kept page."""
        journal, today = self.journal, self.today()
        ahead = self._ahead
        if (
            ahead is not None
            and ahead.journal is journal
            and ahead.day == today
            and ahead.segment == segment
        ):
            ahead.wanted = True
            ahead.waiters.append((on_done, on_failed))
            return None

        def work(_report: Callable[[int, int], bool]) -> Any:
            from custjournal.gui import insights_page
            from custjournal.store import insights_kept

            # Kept until the journal changes; its reads wait while the user types (`pause`).
            with self.keeping(), journal.reader(self.pause) as source:
                result = insights_kept.page(source, segment, today)
                names = {c.id: c.name for c in queries.candidates(source)}
            return result, names, insights_page.build(result, names)

        return self.run_task(work, on_done, on_failed, hold_collections=True)

    # --- working out ahead ----------------------------------------------------------------

    def work_out_ahead(
        self,
        segment: Any,
        on_done: Callable[[bool], None] | None = None,
        day: dt.date | None = None,
    ) -> Task | None:
        """Work the Insights page for *segment* as of the app's today (or *day*: tomorrow, the
        day before) out in the background and keep it (store/insights_kept.py), so that the
        day's first look at Insights reads it kept; with it the health of its days is kept
        (store/health_kept.py), which the Health column reads on that day. It runs in
        `background`, giving way to the user's own work (`_give_way`); for another day than
        today, it stops when the user's work waits for it. *on_done* gets whether the page is
        kept for its day now (False: the journal changed meanwhile, so the keep refused, it
        could not be kept, or it stopped). None, and nothing done, while one is under way, and
        where nothing may be kept: a read-only file, a team database (a keep commits there on a
        connection that tells no one, and the server's load is the team's), or keeps held until
        the start-up check finds the file sound."""
        journal = self.journal
        today = self.today() if day is None else day
        if (
            self._ahead is not None
            or self._closing
            or journal.file is None
            or journal.readonly
            or journal.keeps_held
        ):
            return None
        ahead = _Ahead(segment, today, journal)

        def give_way() -> None:
            self._give_way(ahead)

        def work(_report: Callable[[int, int], bool]) -> bool:
            from custjournal.store import insights_kept

            try:
                give_way()  # the user's work first, while this one holds nothing yet
                with self.keeping(), journal.reader(give_way) as source:
                    ahead.holding = True
                    try:
                        if insights_kept.is_kept(source, segment, today):
                            return True
                        insights_kept.page(source, segment, today)
                        # The keep began a new read: the page is there unless it refused.
                        return insights_kept.is_kept(source, segment, today)
                    finally:
                        ahead.holding = False
            except _GaveUp:
                return False  # what it kept so far (a day's health) stays: it is right

        def finished(kept: bool) -> None:
            self._ahead_over(ahead)
            if on_done is not None and still_alive(on_done):
                on_done(kept)

        def failed(_exc: UserError) -> None:  # logged already; the view says it when shown
            finished(False)

        self._ahead = ahead
        self._watch_gui(True)
        # The GUI thread's collector waits for it whatever it makes, as for a load (*settle*):
        # with the young objects' limit of other workers, a sweep of what it held alive blocked
        # the window 64 ms (10,000 customers). What it makes is freed by reference counts as it
        # ends; what it keeps alive (the kept page's encodings, store/insights_kept.py, held for
        # the next page) is frozen as it ends, as a load's result is (`settle_results`): swept,
        # it blocked the window 47 ms once the work was over.
        return self.run_task(work, finished, failed, settle=True, background=True)

    def _watch_gui(self, on: bool) -> None:
        """Follow whether the GUI thread is handling events (`_give_way`) while work is done
        ahead: from the first event it handles until its event loop is about to sleep."""
        app = QCoreApplication.instance()
        dispatcher = QAbstractEventDispatcher.instance()
        if on and self._gui_watch is None and app is not None and dispatcher is not None:
            self._gui_watch = _GuiWatch(self)
            app.installEventFilter(self._gui_watch)
            dispatcher.aboutToBlock.connect(self._gui_asleep)
            self._gui_awake_since = time.monotonic()  # working now: it is starting the work
        elif not on and self._gui_watch is not None:
            if app is not None:
                app.removeEventFilter(self._gui_watch)
            if dispatcher is not None:
                dispatcher.aboutToBlock.disconnect(self._gui_asleep)
            self._gui_watch.deleteLater()
            self._gui_watch = None
            self._gui_awake_since = None

    @Slot()
    def _gui_asleep(self) -> None:
        self._gui_awake_since = None

    def _ahead_over(self, ahead: _Ahead) -> None:
        if self._ahead is ahead:
            self._ahead = None
            self._watch_gui(False)
        # The views that asked for this page meanwhile read it now: kept, unless the journal
        # changed meanwhile (then it is worked out for them, with the change), or was replaced
        # (an encryption from the app: then from the journal open now). Each gets an answer,
        # unless the app is closing (nobody will see it, and the journal is closed).
        if self._closing:
            ahead.waiters.clear()
        for on_done, on_failed in ahead.waiters:
            if still_alive(on_done):
                self.insights(ahead.segment, on_done, on_failed)
        ahead.waiters.clear()

    def _give_way(self, ahead: _Ahead) -> None:
        """The pause of work done ahead (`Journal.reader(pause=...)`, every 64 rows): as
        `pause` while the user types, and it sleeps while the user's own work runs in `pool`
        (a list reload after a save) or on the GUI thread (the save itself), so that work has
        the interpreter to itself. Not while that work waits for `keeping`, which this one
        holds (it would wait forever), nor once the view asked for this very page. As the
        app closes (`begin_closing`), it stops (`_GaveUp`)."""
        while True:
            self.pause()
            if self._closing:
                # Nobody will read it (the keep only saves time): it stops, and the window's
                # close (which waits for every worker) goes on at once. Safe at any checkpoint:
                # a keep is one transaction, and no checkpoint falls inside it.
                raise _GaveUp
            if ahead.wanted:
                return
            if ahead.day != self._day and self._keeping_asked > 0:
                # Tomorrow's page: the user's own work (today's page, the Health column) waits
                # for `keeping`, which this one holds. It stops, and is tried again later.
                raise _GaveUp
            if ahead.holding and ahead.waited * 1000 > AHEAD_HOLD_MS:
                return  # held long enough: finish, and let go of `keeping` and the read
            since = self._gui_awake_since
            gui_busy = since is not None and (time.monotonic() - since) * 1000 < GUI_STUCK_MS
            pool_busy = self._foreground > 0 and self._keeping_asked <= 0
            if not gui_busy and not pool_busy:
                return
            time.sleep(GIVE_WAY_MS / 1000)
            if ahead.holding:
                ahead.waited += GIVE_WAY_MS / 1000

    def begin_closing(self) -> None:
        """The window is closing: work done ahead stops at its next checkpoint (`_give_way`),
        and none starts, so that the close's wait for the workers is short."""
        self._closing = True

    @property
    def closing(self) -> bool:
        return self._closing

    def wait_for_tasks(self, msecs: int = 10_000) -> bool:
        self._gui_awake_since = None  # waiting, not working: work done ahead goes on at once
        done = self.pool.waitForDone(msecs)
        return self.background.waitForDone(msecs) and done

    # --- the day -----------------------------------------------------------------------------

    @Slot()
    def check_day(self) -> bool:
        """Whether the user's day moved on since the app last looked (midnight passed while it
        was open; a resume from suspend; the clock set): then every view that shows something
        as of today reloads, as after a change made elsewhere (Undo stays: the journal did not
        change). Looked at by a timer set for midnight, on the poll, and when the window is
        activated."""
        day = self.today()
        # Set again each time: after a change of the clock the old interval is wrong.
        self._midnight.start(clock.until_tomorrow_ms())
        if day == self._day:
            return False
        self._day = day
        self.day_changed.emit(day)
        self.changed.emit(EXTERNAL)
        return True

    # --- changes made elsewhere ----------------------------------------------------------

    def _read_data_version(self) -> int | None:
        try:
            return self.journal.data_version()
        except Exception:  # the journal may be busy; we will look again
            return None

    @contextlib.contextmanager
    def keeping(self) -> Iterator[None]:
        """Around a worker's read that may keep what it worked out (the kept health and
        Insights pages, store/health_kept.py and store/insights_kept.py, commit on the read's
        connection): that commit is this app's own, not another program's change, so it
        neither refreshes every view nor clears Undo. A look for outside changes asked for
        meanwhile (the poll, a team database's push) waits and is made when it is done; a
        change from elsewhere during the read makes the keep refuse, so it is still seen."""
        from custjournal.store import keeping

        if self.journal.file is None:
            # A team database: a keep commits on the read's own connection, which tells no one
            # (store/notify.py is the sessions' commit), so no look needs to wait for it.
            yield
            return
        if not self._keeping.acquire(blocking=False):
            # Counted while waiting: work done ahead that holds it stops giving way meanwhile.
            with self._counts:
                self._keeping_asked += 1
            try:
                self._keeping.acquire()
            finally:
                with self._counts:
                    self._keeping_asked -= 1
        try:
            before = self._read_data_version()
            mark = keeping.written()
            try:
                yield
            finally:
                if keeping.written() != mark and before == self._data_version:
                    self._data_version = self._read_data_version()
        finally:
            self._keeping.release()
        if self._look_again:
            self._look_again = False
            # On the GUI thread, where views refresh and Undo is cleared.
            QMetaObject.invokeMethod(
                self, "check_outside_changes", Qt.ConnectionType.QueuedConnection
            )

    @Slot()
    def check_outside_changes(self) -> bool:
        """If another program wrote to the journal, tell every view to refresh."""
        if not self._keeping.acquire(blocking=False):
            self._look_again = True  # a worker's own keeping: looked at when it is done
            return False
        try:
            return self._check_outside_changes()
        finally:
            self._keeping.release()

    def _check_outside_changes(self) -> bool:
        current = self._read_data_version()
        if current is not None and self._data_version is not None and current != self._data_version:
            self._data_version = current
            # Undo would write old rows over what the other program wrote: forget it.
            self.undo_stack.clear()
            self.changed.emit(EXTERNAL)
            return True
        self._data_version = current if current is not None else self._data_version
        return False

    def close(self) -> None:
        self._closing = True  # work done ahead stops at its next checkpoint
        self._poll.stop()
        self._watch_gui(False)
        self._midnight.stop()
        if self._push is not None:
            self._push.disarm()  # before its socket closes with the journal
        self.pool.waitForDone(30_000)
        self.background.waitForDone(30_000)
        # The commands go now, while every wrapper is alive: each holds this controller, so
        # left to the stack's destructor they would go in a garbage collection of the cycle,
        # where QUndoStack::clear() met commands already freed (a segfault, seen in the tests).
        self.undo_stack.clear()
        self.journal.close()
