"""One window per database: an instance lock file beside it, as GnuCash does.

SQLite lets two programs write the same file in turns, and the command line relies on
that (``BEGIN IMMEDIATE`` plus a busy timeout). Two *windows* on one file are another
matter: each shows what it read a while ago, and a coordinator editing in both would
overwrite their own work. So the window takes ``<database>.lock`` first.

The file says who holds it (host, process, user, start time) so that the second
window can name them. The lock itself is ``flock`` on that file, not the file's
existence: the kernel drops it when the holder dies, so a crashed program never
leaves the database locked, and a stale file is simply taken over.

``flock`` works between processes of one computer and, on Linux, over NFS. On a
folder shared by a sync program it cannot work at all; ``location.risky_location``
warns about such places.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import getpass
import json
import logging
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from accelerator.errors import DatabaseInUseError
from accelerator.i18n import in_context

log = logging.getLogger(__name__)
_tr = in_context("Database")

LOCK_SUFFIX = ".lock"
# Enough for the JSON we write; a lock file bigger than this is not ours to parse.
MAX_LOCK_FILE_BYTES = 4096


@dataclass(frozen=True)
class LockOwner:
    """Who holds (or last held) an instance lock."""

    host: str
    pid: int
    user: str
    started: str  # local time, ISO 8601, to the second

    def describe(self) -> str:
        return f"process {self.pid} of user {self.user} on {self.host}, since {self.started}"

    @classmethod
    def this_process(cls) -> LockOwner:
        try:
            user = getpass.getuser()
        except (KeyError, OSError):  # no login name in a container or service
            user = str(os.getuid())
        return cls(
            host=socket.gethostname(),
            pid=os.getpid(),
            user=user,
            started=dt.datetime.now().replace(microsecond=0).isoformat(),
        )


def lock_path_for(db_path: Path) -> Path:
    """``accelerator.db`` -> ``accelerator.db.lock``, in the same folder."""
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


def read_lock_owner(lock_path: Path) -> LockOwner | None:
    """What a lock file says about its holder, or None when it says nothing readable."""
    try:
        with lock_path.open("rb") as f:
            raw = f.read(MAX_LOCK_FILE_BYTES)
        data = json.loads(raw.decode("utf-8"))
        return LockOwner(
            host=str(data["host"]),
            pid=int(data["pid"]),
            user=str(data["user"]),
            started=str(data["started"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


class InstanceLock:
    """A held instance lock. Release it with ``release()`` or by leaving a ``with`` block."""

    def __init__(
        self,
        db_path: Path,
        path: Path,
        fd: int,
        owner: LockOwner,
        *,
        left_behind: bool = False,
    ) -> None:
        self.db_path = db_path
        self.path = path
        self.owner = owner
        #: A lock file was there when this one was taken: the last window on the database
        #: ended without letting go of it (a crash, kill -9, a power cut), since a window
        #: that closes removes it. Its database is checked before it is opened.
        self.left_behind = left_behind
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Remove the lock file and let go. Safe to call twice."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            # Remove the file while still holding the lock, and only if it is still ours:
            # whoever waits on the old file notices it was unlinked and starts over.
            if _same_file(fd, self.path):
                self.path.unlink()
        except OSError as error:
            log.warning("could not remove the lock file %s: %s", self.path, error)
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)
        log.info("released the instance lock on %s", self.db_path)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()

    def __repr__(self) -> str:
        state = "held" if self.held else "released"
        return f"InstanceLock({str(self.db_path)!r}, {state})"


def acquire_instance_lock(db_path: Path) -> InstanceLock:
    """Take the instance lock of ``db_path`` or raise DatabaseInUseError naming its holder.

    Within one process a second call fails as well: the lock belongs to an open file,
    not to the process, so a window cannot open the same database twice either.
    """
    db_path = Path(db_path)
    path = lock_path_for(db_path)
    me = LockOwner.this_process()
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            raise DatabaseInUseError(
                _tr(
                    "cannot create the lock file {0}: {1}. Check that the database's folder "
                    "is writable."
                ).format(path, error.strerror)
            ) from error
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise _in_use(db_path, read_lock_owner(path)) from None
        except OSError as error:
            os.close(fd)
            raise DatabaseInUseError(
                _tr(
                    "cannot lock {0}: {1}. The folder may not support file locks (a network "
                    "or synced folder); move the database to this computer's disk."
                ).format(path, error.strerror)
            ) from error
        if _same_file(fd, path):
            break
        # The holder removed the file between our open and our flock: lock the new one.
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)

    # A file we have just created is empty; one with something in it was left behind.
    left_behind = os.fstat(fd).st_size > 0
    previous = read_lock_owner(path)
    if previous is not None:
        # The kernel released that holder's flock, so it is gone: or it runs on another
        # computer whose file system does not share its locks with ours.
        if previous.host == me.host:
            log.info("taking over the stale lock on %s left by %s", db_path, previous.describe())
        else:
            log.warning(
                "taking over the lock on %s left by %s: if that program still runs, "
                "this folder does not share file locks between computers",
                db_path,
                previous.describe(),
            )
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(me.__dict__, sort_keys=True).encode("utf-8"), 0)
        os.fsync(fd)
    except OSError as error:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
        raise DatabaseInUseError(
            _tr("cannot write the lock file {0}: {1}").format(path, error.strerror)
        ) from error
    log.info("took the instance lock on %s", db_path)
    return InstanceLock(db_path, path, fd, me, left_behind=left_behind)


def _same_file(fd: int, path: Path) -> bool:
    try:
        here, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def _in_use(db_path: Path, owner: LockOwner | None) -> DatabaseInUseError:
    if owner is None:
        return DatabaseInUseError(
            _tr(
                "{0} is already open in another Accelerator window on this computer. Switch "
                "to that window, or close it and try again."
            ).format(db_path)
        )
    return DatabaseInUseError(
        _tr(
            "{0} is already open in Accelerator: process {1} of user {2} on {3}, since {4}. "
            "Switch to that window, or close it and try again."
        ).format(db_path, owner.pid, owner.user, owner.host, owner.started),
        host=owner.host,
        pid=owner.pid,
        user=owner.user,
        since=owner.started,
    )
