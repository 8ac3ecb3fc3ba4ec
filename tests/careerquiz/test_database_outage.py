"""The site while its database is away: a clear 503 with Retry-After, never a 500 or a frozen
site, and recovery by itself once the database is back (no worker restarted).

SQLite cases change the test database file itself; the PostgreSQL case stops and starts the
server that scripts/with_postgres.sh runs, under a real gunicorn.
"""

import os
import shutil
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.db import connection
from django.test import Client

from quiz.models import Attempt

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.django_db(transaction=True)
sqlite_only = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="a SQLite file case; PostgreSQL has its own below"
)


@contextmanager
def read_only(path: Path):
    """The file made read-only for this process, even as root (immutable attribute)."""
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(path)], check=True)
    else:
        path.chmod(0o444)
    try:
        yield
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        else:
            path.chmod(0o644)


def assert_outage_page(response) -> None:
    assert response.status_code == 503
    assert response["Retry-After"] == "15"
    assert "careerquiz is back in a moment" in response.content.decode()


@sqlite_only
def test_a_read_only_sqlite_file_gives_503_then_recovers_without_a_restart(default_data, tmp_path):
    client = Client(raise_request_exception=False)
    original = connection.settings_dict["NAME"]
    connection.close()
    # A copy with an inode of its own: SQLite reuses a file descriptor that another thread's
    # connection still holds open on the test database, which would keep it writable.
    with sqlite3.connect(original) as source:
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    database = tmp_path / "outage.sqlite3"
    shutil.copyfile(original, database)
    connection.settings_dict["NAME"] = str(database)
    try:
        with read_only(database):
            health = client.get("/healthz")
            assert (health.status_code, health.content) == (
                503,
                b"unavailable: the database cannot be written",
            )
            assert client.get("/healthz?live").content == b"ok"
            assert client.get("/careers/").status_code == 200  # reading still works
            assert_outage_page(client.post("/quiz/", {"questionnaire": "quick"}))
        # Writable again: the same process recovers on its next request.
        assert client.get("/healthz").content == b"ok"
        response = client.post("/quiz/", {"questionnaire": "quick"})
        assert response.status_code == 302 and response.url == "/quiz/page/1/"
        assert Attempt.objects.count() == 1
    finally:
        connection.close()
        connection.settings_dict["NAME"] = original


@sqlite_only
def test_a_stuck_sqlite_write_lock_gives_503_while_reads_go_on(default_data):
    client = Client(raise_request_exception=False)
    connection.close()
    connection.settings_dict["OPTIONS"]["timeout"] = 1
    blocker = sqlite3.connect(connection.settings_dict["NAME"], isolation_level=None)
    try:
        blocker.execute("BEGIN IMMEDIATE")
        started = time.monotonic()
        assert client.get("/careers/").status_code == 200
        assert client.get("/about/").status_code == 200
        assert client.get("/healthz").status_code == 503
        assert_outage_page(client.post("/quiz/", {"questionnaire": "quick"}))
        assert time.monotonic() - started < 10
        blocker.execute("ROLLBACK")
        assert client.get("/healthz").content == b"ok"
        assert client.post("/quiz/", {"questionnaire": "quick"}).status_code == 302
    finally:
        blocker.close()
        connection.close()
        connection.settings_dict["OPTIONS"]["timeout"] = 5.0


def pg_ctl(*args: str) -> None:
    bindir, data = os.environ["CAREERQUIZ_PG_BIN"], os.environ["CAREERQUIZ_PG_DATA"]
    run_as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    subprocess.run([*run_as, f"{bindir}/pg_ctl", "-D", data, "-w", *args], check=True, timeout=60)


def fetch(url: str) -> tuple[int, dict, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@contextmanager
def gunicorn(workers: int):
    """A real gunicorn with production settings on the test database (static files are not
    collected, so the checks use pages and API answers that load none)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    db = connection.settings_dict
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "outage-test-" * 6,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DATABASE_CONN_MAX_AGE": "600",
        "GUNICORN_WORKERS": str(workers),
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "careerquiz/gunicorn.conf.py"]
        + ["--bind", f"127.0.0.1:{port}", "careerquiz.wsgi"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if fetch(f"{base}/healthz?live")[0] == 200:
                    break
            except OSError:
                time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.mark.skipif(
    connection.vendor != "postgresql" or "CAREERQUIZ_PG_DATA" not in os.environ,
    reason="needs the PostgreSQL server of scripts/with_postgres.sh",
)
def test_postgresql_restart_gives_503_then_every_worker_recovers(default_data):
    workers = 2
    with gunicorn(workers) as base:
        for _ in range(4 * workers):  # every worker holds a persistent connection
            assert fetch(f"{base}/api/v1/careers/")[0] == 200
        connection.close()
        pg_ctl("stop", "-m", "fast")
        try:
            for path in ("/careers/", f"/results/{uuid.uuid4()}/"):
                status, headers, body = fetch(base + path)
                assert (status, headers["Retry-After"]) == (503, "15")
                assert b"careerquiz is back in a moment" in body
            status, headers, body = fetch(f"{base}/api/v1/careers/")
            assert (status, headers["Retry-After"]) == (503, "15")
            assert b"The database is not answering just now" in body
            assert fetch(f"{base}/healthz")[0] == 503
            assert fetch(f"{base}/healthz?live")[:3:2] == (200, b"ok")
        finally:
            pg_ctl("start", "-l", f"{os.environ['CAREERQUIZ_PG_DATA']}/restarted.log")
        statuses = [fetch(f"{base}/api/v1/careers/")[0] for _ in range(6 * workers)]
        assert statuses == [200] * (6 * workers)
        assert all(fetch(f"{base}/healthz")[2] == b"ok" for _ in range(2 * workers))
