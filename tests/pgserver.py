"""A throw-away PostgreSQL server for the tests and the benchmark (Debian's ``postgresql`` package).

``PgServer.start()`` finds ``initdb`` and ``pg_ctl`` under /usr/lib/postgresql/*/bin (or $PG_BIN),
makes a cluster in a fresh temporary folder, starts it on a free loopback port with trust
authentication and stops it and removes the folder on :meth:`stop`. As root it runs the server as
the ``postgres`` user (the folder is given to that user), since PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


class PgUnavailable(Exception):
    """No PostgreSQL binaries (or no user to run them as): the caller skips."""


def find_bin() -> Path:
    env = os.environ.get("PG_BIN")
    candidates = [env] if env else sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for c in candidates:
        if c and (Path(c) / "initdb").exists() and (Path(c) / "pg_ctl").exists():
            return Path(c)
    raise PgUnavailable("no PostgreSQL binaries under /usr/lib/postgresql/*/bin (apt-get install postgresql)")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    bin: Path
    folder: Path
    port: int
    user: str | None  # the OS user the server runs as (None: the current one)

    @classmethod
    def start(cls, durable: bool = False) -> PgServer:
        """``durable``: fsync as a real server does (the benchmark); the tests run without it."""
        bin_dir = find_bin()
        user = None
        if os.geteuid() == 0:
            try:
                pw = pwd.getpwnam("postgres")
            except KeyError as e:
                raise PgUnavailable("running as root and there is no postgres user to run the server as") from e
            user = "postgres"
        folder = Path(tempfile.mkdtemp(prefix="newsevents-pg-"))
        if user:
            os.chown(folder, pw.pw_uid, pw.pw_gid)
        server = cls(bin_dir, folder, free_port(), user)
        data = folder / "data"
        server._run(
            [
                str(bin_dir / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ]
        )
        opts = f"-c listen_addresses=127.0.0.1 -p {server.port} -c unix_socket_directories={folder}"
        if not durable:
            opts += " -c fsync=off"
        server._run([str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-o", opts, "-w", "start"])
        return server

    def _run(self, argv: list[str]) -> None:
        if self.user:
            argv = ["runuser", "-u", self.user, "--", *argv]
        res = subprocess.run(argv, capture_output=True, text=True, timeout=120)
        if res.returncode != 0:
            raise RuntimeError(f"{' '.join(argv)} failed: {res.stderr.strip() or res.stdout.strip()}")

    def url(self, name: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{name}"

    def create_database(self, name: str) -> str:
        """A fresh, empty database on the server; returns its URL."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        try:
            self._run([str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "fast", "-w", "stop"])
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
