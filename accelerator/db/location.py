"""Is the database somewhere SQLite cannot keep it safe?

SQLite's own documentation warns against network file systems (their locking is
unreliable, so two writers can interleave) and a sync program (Dropbox, OneDrive...)
can copy the file in the middle of a write, or put an older copy back over it, and
separate the database from its -wal. Neither can be prevented from here; the user can
be told, once, so that they move the file.
"""

from __future__ import annotations

import logging
import re
from contextlib import suppress
from pathlib import Path, PurePath

from accelerator.i18n import in_context, marked, translate

log = logging.getLogger(__name__)
_tr = in_context("Database")
_DATABASE = "Database"

PROC_MOUNTS = Path("/proc/mounts")

#: File system types (as /proc/mounts names them) whose locks SQLite cannot trust.
NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "9p",
        "afs",
        "ncpfs",
        "coda",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "davfs",
        "sshfs",
        "vboxsf",  # VirtualBox shared folders
        "prl_fs",  # Parallels shared folders
        "drvfs",  # Windows drives seen from WSL
        "fuse.sshfs",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.gcsfuse",
        "fuse.davfs2",
        "fuse.glusterfs",
        "fuse.gvfsd-fuse",
        "fuse.vmhgfs-fuse",
        "fuse.google-drive-ocamlfuse",
        "fuse.onedriver",
    }
)

#: A folder whose name starts so is a sync program's folder (compared in lower case).
CLOUD_FOLDER_PREFIXES = (
    ("dropbox", "Dropbox"),
    ("onedrive", "OneDrive"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("icloud", "iCloud"),
    ("nextcloud", "Nextcloud"),
    ("owncloud", "ownCloud"),
    ("pcloud", "pCloud"),
    ("megasync", "MEGA"),
    ("synologydrive", "Synology Drive"),
    ("seafile", "Seafile"),
    ("tresorit", "Tresorit"),
    ("yandex.disk", "Yandex Disk"),
    ("box sync", "Box"),
)
#: A folder with exactly this name (lower case) is one; shorter names, so no prefix match.
CLOUD_FOLDER_NAMES = {
    "sync": "Sync",
    "mega": "MEGA",
    "box": "Box",
    "mobile documents": "iCloud",  # ~/Library/Mobile Documents on a Mac
    # ~/Library/CloudStorage: every File Provider service; words, not a name, so translated.
    "cloudstorage": marked("Database", "cloud storage"),
}

_OCTAL_ESCAPE = re.compile(r"\\([0-7]{3})")


def risky_location(path: Path | str, *, mounts_file: Path = PROC_MOUNTS) -> str | None:
    """A warning to show when ``path`` is on a network or cloud-synced folder, else None."""
    resolved = Path(path).expanduser().absolute()
    with suppress(OSError):  # a path we cannot resolve is judged by its name alone
        resolved = resolved.resolve()
    fs_type = file_system_type(resolved, mounts_file=mounts_file)
    if fs_type is not None and fs_type.lower() in NETWORK_FILE_SYSTEMS:
        log.warning("%s is on a network file system (%s)", resolved, fs_type)
        return _tr(
            "{0} is on a network drive ({1}). File locking is unreliable there, so a dropped "
            "connection or two computers writing at once can damage the database. Keep the "
            "database on this computer's own disk, and put the backups folder on the network "
            "drive instead."
        ).format(resolved, fs_type)
    service = cloud_service(resolved)
    if service is not None:
        log.warning("%s is in a %s folder", resolved, service)
        return _tr(
            "{0} is inside a {1} folder. A sync program can copy the database in the middle "
            "of a save, or put an older copy back over it, and damage it. Keep the database "
            "outside the synced folder (the backups folder may stay there)."
        ).format(resolved, translate(_DATABASE, service))
    return None


def cloud_service(path: PurePath) -> str | None:
    """The sync service whose folder holds ``path``, judged by the folder names."""
    for part in path.parent.parts:
        name = part.lower()
        if name in CLOUD_FOLDER_NAMES:
            return CLOUD_FOLDER_NAMES[name]
        for prefix, service in CLOUD_FOLDER_PREFIXES:
            if name.startswith(prefix):
                return service
    return None


def file_system_type(path: Path, *, mounts_file: Path = PROC_MOUNTS) -> str | None:
    """The type of the file system holding ``path``, from the longest matching mount
    point in ``mounts_file``; None where there is no such file (not Linux)."""
    try:
        text = mounts_file.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    best: tuple[int, str] | None = None
    for line in text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = PurePath(_unescape(fields[1]))
        if path == mount_point or mount_point in path.parents:
            depth = len(mount_point.parts)
            # The last of equal mounts wins: it is the one mounted on top.
            if best is None or depth >= best[0]:
                best = (depth, fields[2])
    return None if best is None else best[1]


def _unescape(field: str) -> str:
    """/proc/mounts writes a space in a mount point as \\040, a tab as \\011 and so on."""
    return _OCTAL_ESCAPE.sub(lambda m: chr(int(m.group(1), 8)), field)
