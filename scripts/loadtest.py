"""`make loadtest`: 200 job seekers take the quick quiz at the same moment, each in a session of
its own (GET /quiz/, POST start, GET and POST every page with its CSRF token, land on the results
page), against gunicorn with production settings.

Without DATABASE_URL it runs on a fresh SQLite file; under scripts/with_postgres.sh it runs on
that throwaway PostgreSQL server (the database must hold no attempts yet). Afterwards it checks
in the database that exactly one finished result exists per job seeker, each with all its
answers, and writes its section of docs/BENCHMARKS.md. Any failed request or check fails it.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import os
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from loadkit import (  # noqa: E402
    Browser,
    free_port,
    gunicorn,
    machine,
    machine_table,
    manage,
    percentile,
    prepare_database,
    production_env,
    table,
    take_quiz,
    workdir,
    write_section,
)

SLUG = "quick"
QUICK_ITEMS = 30
REQUEST_TIMEOUT = 120.0
RUN_TIMEOUT = 300.0


def answers_for(seeker: int):
    def answer(name: str) -> int:
        return hashlib.sha256(f"{seeker}:{name}".encode()).digest()[0] % 5

    return answer


async def job_seeker(port: int, seeker: int, log: list) -> str:
    return await take_quiz(Browser(port, log=log), SLUG, answers_for(seeker))


async def crowd(port: int, users: int) -> tuple[list, list, float]:
    log: list[tuple[int, float]] = []
    started = time.perf_counter()
    outcomes = await asyncio.wait_for(
        asyncio.gather(*(job_seeker(port, n, log) for n in range(users)), return_exceptions=True),
        RUN_TIMEOUT,
    )
    return outcomes, log, time.perf_counter() - started


def database_checks(env: dict[str, str], tokens: list[str]) -> dict:
    """Counts read straight from the database the server wrote to."""
    os.environ.update(env)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "careerquiz.settings")
    import django

    django.setup()
    from django.db import connection
    from django.db.models import Count

    from quiz.models import Attempt

    finished = Attempt.objects.finished().annotate(n=Count("answers"))
    answer_counts = Counter(finished.values_list("n", flat=True))
    stored = {str(token) for token in finished.values_list("token", flat=True)}
    checks = {
        "vendor": connection.vendor,
        "version": database_version(connection),
        "finished": finished.count(),
        "unfinished": Attempt.objects.in_progress().count(),
        "answer_counts": dict(answer_counts),
        "tokens_match": stored == set(tokens),
    }
    connection.close()
    return checks


def database_version(connection) -> str:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            return "SQLite " + cursor.execute("SELECT sqlite_version()").fetchone()[0]
        cursor.execute("SHOW server_version")
        return "PostgreSQL " + cursor.fetchone()[0]


def attempts_before(env: dict[str, str]) -> int:
    out = manage(
        env, "shell", "-c", "from quiz.models import Attempt; print(Attempt.objects.count())"
    )
    return int(out.strip().splitlines()[-1])


def report(info, checks, users, workers, catalogue, seconds, log, errors) -> str:
    latencies = sorted(seconds_ for _, seconds_ in log)
    statuses = Counter(status for status, _ in log)
    bad = sum(n for status, n in statuses.items() if not 200 <= status < 400)
    passed = (
        not errors
        and bad == 0
        and checks["finished"] == users
        and checks["unfinished"] == 0
        and checks["answer_counts"] == {QUICK_ITEMS: users}
        and checks["tokens_match"]
    )
    by_status = ", ".join(f"{n:,} x {status}" for status, n in sorted(statuses.items()))
    rows = [
        ["job seekers at once", f"{users}"],
        ["requests", f"{len(log):,} ({by_status})"],
        ["errors (exceptions, or a status other than the flow's 200/302)", f"{len(errors) + bad}"],
        [f"wall time for all {users} quizzes", f"{seconds:.1f} s"],
        ["throughput", f"{len(log) / seconds:,.0f} requests/s, {users / seconds:.1f} quizzes/s"],
        [
            "latency per request p50 / p95 / max",
            f"{percentile(latencies, 0.5) * 1000:.0f} / {percentile(latencies, 0.95) * 1000:.0f}"
            f" / {latencies[-1] * 1000 if latencies else float('nan'):.0f} ms",
        ],
        ["finished results in the database", f"{checks['finished']} (expected {users})"],
        ["unfinished attempts left", f"{checks['unfinished']}"],
        [
            "answers per finished result",
            ", ".join(f"{n} results with {k}" for k, n in sorted(checks["answer_counts"].items()))
            + f" (expected all {QUICK_ITEMS})",
        ],
        ["result tokens seen by the clients = tokens in the database", str(checks["tokens_match"])],
        ["verdict", "**passed**" if passed else "**FAILED**"],
    ]
    setup = {
        "database": checks["version"],
        "server": f"gunicorn, {workers} sync workers, DEBUG off, WhiteNoise",
        "catalogue": catalogue,
    }
    title = f"## `make loadtest` on {checks['vendor'].replace('sqlite', 'SQLite')}"
    title = title.replace("postgresql", "PostgreSQL")
    first = f"\n\nFirst errors: {'; '.join(errors[:3])}" if errors else ""
    return "\n\n".join([title, machine_table(info, setup), table(["", ""], rows) + first]), passed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=200, help="job seekers at once (200)")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    if not 1 <= args.users <= 500:
        parser.error("--users must be from 1 to 500")

    info = machine()
    workers = int(os.environ.get("GUNICORN_WORKERS") or 2 * (os.cpu_count() or 1) + 1)
    given = os.environ.get("DATABASE_URL")
    with workdir("careerquiz-loadtest.") as tmp:
        port = free_port()
        database_url = given or f"sqlite:///{tmp / 'loadtest.sqlite3'}"
        env = production_env(database_url, tmp / "static", port)
        env["GUNICORN_WORKERS"] = str(workers)
        print(f"loadtest: preparing {database_url.split('@')[-1]}")
        manage(env, "migrate", "--noinput")
        if attempts_before(env):
            raise SystemExit(
                "loadtest: the database already holds quiz attempts; run it on a fresh one "
                "(no DATABASE_URL for SQLite, or under scripts/with_postgres.sh)"
            )
        catalogue = prepare_database(env)
        print(f"loadtest: {args.users} job seekers at once against gunicorn on port {port}")
        with gunicorn(env, port, tmp / "gunicorn.log"):
            outcomes, log, seconds = asyncio.run(crowd(port, args.users))
        tokens = [o for o in outcomes if isinstance(o, str)]
        errors = [f"{type(o).__name__}: {o}" for o in outcomes if isinstance(o, BaseException)]
        checks = database_checks(env, tokens)
    text, passed = report(info, checks, args.users, workers, catalogue, seconds, log, errors)
    print(text)
    if not args.no_write:
        write_section(f"loadtest-{checks['vendor']}", text)
        print("loadtest: wrote docs/BENCHMARKS.md")
    if not passed:
        raise SystemExit("loadtest: FAILED")


if __name__ == "__main__":
    main()
