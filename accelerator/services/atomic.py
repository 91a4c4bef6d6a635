"""Writing a file so that it is either the old file or the complete new one, never half.

The way KeePassXC saves: write a temporary file in the same folder, flush it to the
disk, then ``os.replace`` it over the target. ``os.replace`` is atomic on one file
system, so a crash, a kill or a full disk during the write leaves the old file as it
was and at most a stray temporary file, which the next write does not trip over.

Exports use it; anything else that writes a user's file (backups, framework files)
may too.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from accelerator.db.backup import fsync_folder
from accelerator.errors import AcceleratorError
from accelerator.i18n import in_context

log = logging.getLogger(__name__)
_tr = in_context("Files")

TEMP_SUFFIX = ".part"


class WriteFailedError(AcceleratorError):
    """A file could not be written; the file that was there before is unchanged."""


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str]) -> Iterator[IO[bytes]]:
    """A binary file object whose content replaces ``path`` when the block ends without error.

    If the block raises, the temporary file is removed and ``path`` is left as it was.
    An ``OSError`` (no permission, no such folder, disk full) becomes a
    ``WriteFailedError`` with one clear line; anything else propagates unchanged.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=folder)
    except OSError as error:
        raise WriteFailedError(_message(target, error)) from error
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _copy_permissions(target, temp)
        os.replace(temp, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(error, OSError):
            raise WriteFailedError(_message(target, error)) from error
        raise
    fsync_folder(folder)
    log.info("wrote %s", target)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``path`` with ``data``, atomically."""
    with atomic_write(path) as handle:
        handle.write(data)


def atomic_write_with(path: str | os.PathLike[str], write: Callable[[IO[bytes]], None]) -> None:
    """Replace ``path`` with what ``write`` writes into the file object it is given."""
    with atomic_write(path) as handle:
        write(handle)


def _message(target: Path, error: OSError) -> str:
    reason = error.strerror or str(error)
    return _tr("cannot write {0}: {1}. Nothing was changed there.").format(target, reason)


def _copy_permissions(target: Path, temp: Path) -> None:
    """The new file gets the old one's permissions, or what a plainly created file would get.

    ``mkstemp`` makes the file readable by its owner only; an export shared in a team
    folder must not silently become private.
    """
    try:
        mode = target.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    os.chmod(temp, mode)


def _umask() -> int:
    # os.umask() can only be read by setting it, which races with other threads;
    # Linux tells it in /proc without that.
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022
