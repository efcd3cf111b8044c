"""PostgreSQL and Redis from the machine's Debian packages, started on loopback for one run.

The multi-instance tests and the scale-out bench need real servers, not fakes: the point is
to show that Rasa's SQL tracker store, the Redis lock store and our shared rate limits and
live updates work across processes. `scripts/install_scale_services.sh` installs the packages
(`make test-scale` runs it); this module only starts throw-away servers in a temporary
directory, with no password on loopback, and removes everything when stopped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg2
import redis

INSTALL_HINT = "run `bash scripts/install_scale_services.sh` (as root) or `make test-scale`"


@dataclass(frozen=True)
class ScaleServices:
    """URLs of the running servers, as the settings take them."""

    database_url: str
    tracker_url: str
    redis_url: str

    def environ(self) -> dict[str, str]:
        return {
            "HELPLINE_DATABASE_URL": self.database_url,
            "HELPLINE_TRACKER_URL": self.tracker_url,
            "HELPLINE_REDIS_URL": self.redis_url,
        }


@contextmanager
def scale_services(pg_port: int, redis_port: int) -> Iterator[ScaleServices]:
    """Start PostgreSQL with two empty databases and Redis; stop and delete them afterwards."""
    workdir = Path(tempfile.mkdtemp(prefix="helpline-scale-"))
    workdir.chmod(0o755)  # the postgres user (when we are root) must reach its data directory
    try:
        with _postgres(workdir, pg_port) as base_url, _redis(workdir, redis_port) as redis_url:
            yield ScaleServices(
                database_url=f"postgresql+psycopg2://{base_url}/helpline",
                tracker_url=f"postgresql://{base_url}/helpline_tracker",
                redis_url=redis_url,
            )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


@contextmanager
def redis_server(port: int) -> Iterator[str]:
    """Only Redis, for tests of what several processes do with it (the lock store)."""
    workdir = Path(tempfile.mkdtemp(prefix="helpline-redis-"))
    try:
        with _redis(workdir, port) as url:
            yield url
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _postgres_bin(name: str) -> str:
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), reverse=True)
    if not candidates:
        raise RuntimeError(f"PostgreSQL's {name} is not installed: {INSTALL_HINT}")
    return str(candidates[0])


def _as_postgres_user() -> list[str]:
    """PostgreSQL refuses to run as root; run its programs as the postgres user then."""
    return ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []


@contextmanager
def _postgres(workdir: Path, port: int) -> Iterator[str]:
    data = workdir / "postgres"
    data.mkdir()
    if os.geteuid() == 0:
        shutil.chown(data, "postgres", "postgres")
    run_as = _as_postgres_user()
    subprocess.run(
        [*run_as, _postgres_bin("initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
         "-E", "UTF8", "--locale=C.UTF-8"],
        check=True, capture_output=True,
    )  # fmt: skip
    options = f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c max_connections=200"
    subprocess.run(
        [*run_as, _postgres_bin("pg_ctl"), "-D", str(data), "-o", options,
         "-l", str(data / "server.log"), "-w", "start"],
        check=True, capture_output=True,
    )  # fmt: skip
    try:
        connection = psycopg2.connect(host="127.0.0.1", port=port, user="postgres")
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute("CREATE DATABASE helpline")
            cursor.execute("CREATE DATABASE helpline_tracker")
        connection.close()
        yield f"postgres@127.0.0.1:{port}"
    finally:
        subprocess.run(
            [*run_as, _postgres_bin("pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
            capture_output=True,
        )


@contextmanager
def _redis(workdir: Path, port: int) -> Iterator[str]:
    server = shutil.which("redis-server")
    if server is None:
        raise RuntimeError(f"redis-server is not installed: {INSTALL_HINT}")
    process = subprocess.Popen(
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", str(workdir)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"redis://127.0.0.1:{port}/0"
    try:
        _wait_for_redis(url, process)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def _wait_for_redis(url: str, process: subprocess.Popen[bytes]) -> None:
    client = redis.Redis.from_url(url, socket_connect_timeout=1)
    deadline = time.monotonic() + 20
    while True:
        try:
            client.ping()
            return
        except redis.ConnectionError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("redis-server did not start") from None
            time.sleep(0.1)
        finally:
            client.close()
