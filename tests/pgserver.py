"""A throw-away PostgreSQL server for the tests: initdb and pg_ctl in a temporary folder.

It listens on 127.0.0.1 on a free port with password (SCRAM) authentication over TCP,
as a cluster's server would, and trusts only its own Unix socket in the temporary
folder. Durability is switched off (fsync, synchronous commit): the data is thrown away.

PostgreSQL refuses to run as root, so as root the server runs as the ``postgres`` user
that Debian's package creates.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "postgres"
SUPERUSER_PASSWORD = "test-superuser-password"


def find_bindir() -> Path | None:
    """The folder of initdb and pg_ctl: Debian keeps them out of PATH, per major version."""

    def major(path: str) -> int:
        name = Path(path).parent.parent.name
        return int(name) if name.isdigit() else 0

    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=major)
    if candidates:
        return Path(candidates[-1]).parent
    found = shutil.which("initdb")
    return Path(found).resolve().parent if found else None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PostgresServer:
    bindir: Path
    root: Path
    port: int
    run_as: str | None  # a user name when started by root

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    def url(
        self,
        user: str = SUPERUSER,
        password: str | None = SUPERUSER_PASSWORD,
        dbname: str = "postgres",
    ) -> str:
        auth = f"{user}:{password}" if password is not None else user
        return f"postgresql+psycopg://{auth}@127.0.0.1:{self.port}/{dbname}"

    def _run(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        command = list(args)
        if self.run_as is not None:
            command = ["runuser", "-u", self.run_as, "--", *command]
        return subprocess.run(
            command, check=True, capture_output=True, text=True, timeout=timeout, cwd=self.root
        )

    def start(self) -> None:
        pwfile = self.root / "pwfile"
        pwfile.write_text(SUPERUSER_PASSWORD + "\n", encoding="utf-8")
        self._own(pwfile)
        self._run(
            str(self.bindir / "initdb"),
            "-D", str(self.data_dir),
            "-U", SUPERUSER,
            f"--pwfile={pwfile}",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
        )  # fmt: skip
        options = " ".join(
            (
                f"-p {self.port}",
                f"-k {self.root}",
                "-c listen_addresses=127.0.0.1",
                "-c fsync=off",
                "-c synchronous_commit=off",
                "-c full_page_writes=off",
                "-c max_connections=200",
            )
        )
        self._run(
            str(self.bindir / "pg_ctl"), "-D", str(self.data_dir), "-o", options,
            "-l", str(self.root / "server.log"), "-w", "-t", "60", "start",
        )  # fmt: skip

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError, subprocess.TimeoutExpired):
            pg_ctl = str(self.bindir / "pg_ctl")
            self._run(pg_ctl, "-D", str(self.data_dir), "-m", "immediate", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def _own(self, path: Path) -> None:
        if self.run_as is not None:
            entry = pwd.getpwnam(self.run_as)
            os.chown(path, entry.pw_uid, entry.pw_gid)

    def log_tail(self, lines: int = 30) -> str:
        try:
            text = (self.root / "server.log").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])


def start_server() -> PostgresServer:
    """Start a server, or raise RuntimeError saying what is missing."""
    bindir = find_bindir()
    if bindir is None:
        raise RuntimeError(
            "PostgreSQL's server programs (initdb, pg_ctl) are not installed: "
            "apt-get install postgresql (make test does this when run as root)"
        )
    run_as: str | None = None
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError as error:
            raise RuntimeError(
                "running as root, but there is no 'postgres' user to run the server"
            ) from error
        run_as = "postgres"
    root = Path(tempfile.mkdtemp(prefix="accelerator-pg-"))
    server = PostgresServer(bindir=bindir, root=root, port=free_port(), run_as=run_as)
    server._own(root)
    try:
        server.start()
    except subprocess.CalledProcessError as error:
        detail = (error.stderr or error.stdout or "").strip()
        log = server.log_tail()
        server.stop()
        raise RuntimeError(f"the test PostgreSQL server did not start: {detail}\n{log}") from error
    # pg_ctl -w returned once the server accepted connections: nothing to wait for.
    return server
