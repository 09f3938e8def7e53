"""Letting go of a replaced load's result off the GUI thread.

Each load replaces the last one's result: the list's rows, the due list, everyone's health
(146,000 objects at 10,000 customers). Freed where the last reference goes, that was on the GUI
thread, inside the slot that showed the new result: 3-8 ms for the rows, 12-17 ms for the
health, measured at 10,000 customers. `let_go` hands the old result to a thread of its own that
drops it there. Only plain Python objects (no Qt object, nothing whose freeing touches one):
rows, items and health from store/ and domain/.
"""

from __future__ import annotations

import queue
import threading

_queue: queue.SimpleQueue[list[object]] | None = None
_lock = threading.Lock()


def let_go(box: list[object]) -> None:
    """Free what *box* holds in the release thread.

    The caller puts the old objects in a list of their own and drops every other reference to
    them first (replaces the attributes that held them): the thread empties the list, and what
    nothing else holds is freed there. Anything still held elsewhere is freed where that
    reference goes, as before.
    """
    global _queue
    with _lock:
        if _queue is None:
            _queue = queue.SimpleQueue()
            threading.Thread(target=_empty, args=(_queue,), name="let-go", daemon=True).start()
    _queue.put(box)


# Freed a piece at a time: Python lets go of the interpreter lock between bytecodes, never
# inside one C-level free, so a list or dict of 10,000 freed at once kept the GUI thread
# waiting for the lock as long as freeing it on the GUI thread took (measured: the Health
# column's arrival blocked 13-27 ms with 0.2 ms of its own CPU).
_PIECE = 200


def _empty(boxes: queue.SimpleQueue[list[object]]) -> None:
    while True:
        box = boxes.get()
        while box:
            _dismantle(box.pop())


def _dismantle(thing: object) -> None:
    if type(thing) is list:
        while thing:
            del thing[-_PIECE:]
    elif type(thing) is dict:
        popitem = thing.popitem
        while thing:
            for _ in range(min(_PIECE, len(thing))):
                popitem()
