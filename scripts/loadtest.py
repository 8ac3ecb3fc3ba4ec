"""`make loadtest`: 200 job seekers take the quick quiz at the same moment (locust, the scenario
in scripts/locust/quiz_takers.py), each in a session and from an address of its own (GET /quiz/,
POST start, GET and POST every page with its CSRF token, open the results page), against
gunicorn with production settings.

Without DATABASE_URL it runs on a fresh SQLite file; under scripts/with_postgres.sh it runs on
that throwaway PostgreSQL server (the database must hold no attempts yet). Afterwards it checks
in the database that exactly one finished result exists per job seeker, each with exactly the
answers it sent, and writes its section of docs/BENCHMARKS.md. Any failed request or check
fails it.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from loadkit import (  # noqa: E402
    free_port,
    gunicorn,
    machine,
    machine_table,
    manage,
    prepare_database,
    production_env,
    report_parser,
    table,
    workdir,
    write_section,
)
from locustkit import database_checks  # noqa: E402
from locustkit import run_locust as locust  # noqa: E402

QUICK_ITEMS = 30


def result_counts(env: dict[str, str], tokens: list[str]) -> dict:
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


def report(info, counts, checks, run, users, workers, catalogue) -> tuple[str, bool]:
    statuses = Counter({int(k): v for k, v in run["statuses"].items()})
    errors = [o["error"] for o in run["outcomes"] if "error" in o]
    tokens = [o["token"] for o in run["outcomes"] if "token" in o]
    bad = sum(n for status, n in statuses.items() if not 200 <= status < 400)
    passed = (
        not errors
        and bad == 0
        and len(tokens) == users
        and counts["finished"] == users
        and counts["unfinished"] == 0
        and counts["answer_counts"] == {QUICK_ITEMS: users}
        and counts["tokens_match"]
        and checks["lost"] == checks["changed"] == checks["out_of_step"] == 0
    )
    seconds = run["seconds"]
    latency = run["latency_ms"]
    by_status = ", ".join(f"{n:,} x {status}" for status, n in sorted(statuses.items()))
    rows = [
        ["job seekers at once (locust users, one quick quiz each)", f"{users}"],
        ["requests", f"{run['requests']:,} ({by_status})"],
        [
            "errors (a failed quiz, or a status other than the flow's 200/302)",
            f"{len(errors) + bad}",
        ],
        [f"wall time for all {users} quizzes", f"{seconds:.1f} s"],
        [
            "throughput",
            f"{run['requests'] / seconds:,.0f} requests/s, {users / seconds:.1f} quizzes/s",
        ],
        [
            "latency per request p50 / p95 / max",
            f"{latency['p50']:.0f} / {latency['p95']:.0f} / {latency['max']:.0f} ms",
        ],
        ["finished results in the database", f"{counts['finished']} (expected {users})"],
        ["unfinished attempts left", f"{counts['unfinished']}"],
        [
            "answers per finished result",
            ", ".join(f"{n} results with {k}" for k, n in sorted(counts["answer_counts"].items()))
            + f" (expected all {QUICK_ITEMS})",
        ],
        [
            "answers sent / lost / changed",
            f"{checks['answers_sent']:,} / {checks['lost']} / {checks['changed']}",
        ],
        ["results whose scores differ from their answers", f"{checks['out_of_step']}"],
        ["result tokens seen by the clients = tokens in the database", str(counts["tokens_match"])],
        ["verdict", "**passed**" if passed else "**FAILED**"],
    ]
    setup = {
        "database": counts["version"],
        "server": f"gunicorn, {workers} sync workers, DEBUG off, WhiteNoise",
        "client": "locust (headless), all users started within the first second",
        "catalogue": catalogue,
    }
    title = f"## `make loadtest` on {counts['vendor'].replace('sqlite', 'SQLite')}"
    title = title.replace("postgresql", "PostgreSQL")
    first = f"\n\nFirst errors: {'; '.join(errors[:3])}" if errors else ""
    return "\n\n".join([title, machine_table(info, setup), table(["", ""], rows) + first]), passed


def main() -> None:
    parser = report_parser(__doc__)
    parser.add_argument("--users", type=int, default=200, help="job seekers at once (200)")
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
        # Each simulated person sends its own address, as the proxy in front of a site would;
        # the per-client limits stay on.
        env.update(
            GUNICORN_WORKERS=str(workers),
            CAREERQUIZ_TRUSTED_PROXIES="1",
            CAREERQUIZ_QUIZ_START_RATE_LIMIT="20",
            CAREERQUIZ_API_READ_RATE_LIMIT="600",
        )
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
            run = locust(tmp, f"http://127.0.0.1:{port}", args.users, args.users, lambda _: [])
        tokens = [o["token"] for o in run["outcomes"] if "token" in o]
        checks = database_checks(env, run["outcomes"])
        counts = result_counts(env, tokens)
    text, passed = report(info, counts, checks, run, args.users, workers, catalogue)
    print(text)
    if not args.no_write:
        write_section(f"loadtest-{counts['vendor']}", text)
        print("loadtest: wrote docs/BENCHMARKS.md")
    if not passed:
        raise SystemExit("loadtest: FAILED")


if __name__ == "__main__":
    main()
