"""The embedded SQLite database under concurrent quiz takers: WAL, a busy timeout and
immediate transactions, so nobody ever meets "database is locked".

The test database of a pytest run is in memory (and may be PostgreSQL), so these tests build a
real database file with the project's settings and take quizzes in several processes, each
with several threads, all started at the same moment, as gunicorn's workers would.
"""

import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROCESSES = 4
THREADS = 3
QUIZZES_PER_THREAD = 3
QUICK_ITEMS = 30


def worker(ready: str, go: str, threads: int, quizzes: int) -> None:
    """One process: report its connection's pragmas, then take quizzes in `threads` threads."""
    import django

    django.setup()
    from django.db import connection
    from django.test import Client

    from tests.quiz.conftest import take_quiz

    with connection.cursor() as cursor:
        pragmas = {
            name: cursor.execute(f"PRAGMA {name}").fetchone()[0]
            for name in ("journal_mode", "busy_timeout", "synchronous")
        }
    connection.close()
    tokens, errors = [], []

    def take(seed: int) -> None:
        from django.db import connections

        try:
            for n in range(quizzes):
                attempt = take_quiz(
                    Client(), "quick", lambda name, page, s=seed + n: (int(name[5:]) + s) % 5
                )
                tokens.append(str(attempt.token))
        except Exception as error:  # every failure is reported, none hidden
            errors.append(f"{type(error).__name__}: {error}")
        finally:
            connections.close_all()

    Path(ready).touch()
    deadline = time.monotonic() + 60
    while not Path(go).exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    pool = [threading.Thread(target=take, args=(t * 7 + os.getpid(),)) for t in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join(timeout=120)
    print(json.dumps({"pragmas": pragmas, "tokens": tokens, "errors": errors}))


def project_env(database: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "CAREERQUIZ_EXPECT_DB"}
    env.update(
        DATABASE_URL=f"sqlite:///{database}",
        DJANGO_SETTINGS_MODULE="careerquiz.settings",
        DJANGO_DEBUG="1",
        DJANGO_ALLOWED_HOSTS="testserver",
        PYTHONPATH=str(ROOT),
    )
    return env


def manage(env: dict[str, str], *args: str) -> None:
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=300,
        capture_output=True,
    )


@pytest.fixture(scope="module")
def concurrent_run(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("sqlite-concurrency")
    database = folder / "careerquiz.sqlite3"
    env = project_env(database)
    manage(env, "migrate", "--noinput")
    manage(env, "load_default_data")
    go = folder / "go"
    readies = [folder / f"ready-{n}" for n in range(PROCESSES)]
    code = (
        "import sys; from tests.careerquiz.test_sqlite_concurrency import worker; "
        "worker(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))"
    )
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                code,
                str(ready),
                str(go),
                str(THREADS),
                str(QUIZZES_PER_THREAD),
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for ready in readies
    ]
    deadline = time.monotonic() + 120
    while not all(r.exists() for r in readies) and time.monotonic() < deadline:
        if any(p.poll() is not None for p in processes):
            break
        time.sleep(0.05)
    go.touch()
    reports = []
    for process in processes:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err[-3000:]
        reports.append(json.loads(out.strip().splitlines()[-1]))
    return {"database": database, "reports": reports}


def test_every_settings_connection_uses_wal_and_a_busy_timeout(concurrent_run):
    pragmas = [report["pragmas"] for report in concurrent_run["reports"]]
    assert pragmas == [{"journal_mode": "wal", "busy_timeout": 5000, "synchronous": 1}] * len(
        pragmas
    )
    with sqlite3.connect(concurrent_run["database"]) as plain:
        # WAL is a property of the file: even a connection without our settings sees it.
        assert plain.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_concurrent_quiz_takers_never_meet_a_locked_database(concurrent_run):
    errors = [error for report in concurrent_run["reports"] for error in report["errors"]]
    tokens = [token for report in concurrent_run["reports"] for token in report["tokens"]]

    assert errors == []
    assert len(tokens) == PROCESSES * THREADS * QUIZZES_PER_THREAD
    assert len(set(tokens)) == len(tokens)


def test_every_finished_result_has_all_its_answers(concurrent_run):
    with sqlite3.connect(concurrent_run["database"]) as db:
        finished = db.execute(
            "SELECT COUNT(*) FROM quiz_attempt WHERE finished_at IS NOT NULL"
        ).fetchone()[0]
        answers = db.execute(
            "SELECT a.token, COUNT(n.id) FROM quiz_attempt a "
            "LEFT JOIN quiz_answer n ON n.attempt_id = a.id "
            "WHERE a.finished_at IS NOT NULL GROUP BY a.id"
        ).fetchall()
        unfinished = db.execute(
            "SELECT COUNT(*) FROM quiz_attempt WHERE finished_at IS NULL"
        ).fetchone()[0]

    assert finished == PROCESSES * THREADS * QUIZZES_PER_THREAD
    assert {count for _, count in answers} == {QUICK_ITEMS}
    assert unfinished == 0
