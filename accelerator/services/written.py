"""Which tables a use case changed, for whoever asked while it ran.

The window refreshes the pages that show what a write changed. Rather than have each
caller list that by hand (the lists drift: a programme's name shows on pages that did not
listen for programmes), the write says it: every committed transaction reports the tables
its audit rows name, and a write refused because someone else changed the record reports
that record's table, since the pages showing it are out of date too.

Recording is per thread (a ``ContextVar``), so a write run in a worker reports to the
worker's recording and never to a write running at the same time on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_recording: ContextVar[set[str] | None] = ContextVar("accelerator_written", default=None)


@contextmanager
def recording() -> Iterator[set[str]]:
    """Collect the tables changed by the writes made inside the block, in this thread.

    The set fills as each transaction commits; a block that fails halfway keeps the
    tables of what it committed before, which did change."""
    tables: set[str] = set()
    token = _recording.set(tables)
    try:
        yield tables
    finally:
        _recording.reset(token)


def record(tables: Iterable[str]) -> None:
    """Tell the recording of this thread, if any, that ``tables`` changed."""
    current = _recording.get()
    if current is not None:
        current.update(tables)
