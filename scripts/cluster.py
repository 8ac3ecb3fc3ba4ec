"""`make cluster`: careerquiz as two app servers behind nginx, on one PostgreSQL and one Redis,
under 300 job seekers (locust), with one app server killed and PostgreSQL restarted mid-run.

Run it under scripts/with_postgres.sh (the Makefile does), which provides the PostgreSQL server
and what this script needs to stop and start it. Everything binds 127.0.0.1 on free ports and
lives in a temporary folder. Afterwards it checks, in the database and through both app servers:
no answer lost or changed, every result's scores equal to the scores of its answers, no 5xx but
503 with Retry-After, every result served by both app servers, the quiz-start limit and the page
cache shared through Redis. It writes its figures to docs/BENCHMARKS.md; any failed check fails it.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from loadkit import (  # noqa: E402
    CSRF_INPUT,
    PYTHON,
    ROOT,
    free_port,
    machine,
    machine_table,
    prepare_database,
    production_env,
    report_parser,
    table,
    wait_until_up,
    workdir,
    write_section,
)
from locustkit import database_checks, run_locust  # noqa: E402

KILL_APP_AT = 12.0
STOP_DATABASE_AT = 22.0
DATABASE_DOWN_FOR = 4.0
RESTART_APP_AT = 40.0


def need(*programs: str) -> None:
    missing = [p for p in programs if not shutil.which(p) and not Path("/usr/sbin", p).exists()]
    if missing:
        raise SystemExit(f"cluster: {', '.join(missing)} not found; install Debian's packages")
    for variable in ("CAREERQUIZ_PG_BIN", "CAREERQUIZ_PG_DATA", "DATABASE_URL"):
        if variable not in os.environ:
            raise SystemExit("cluster: run it under scripts/with_postgres.sh (make cluster)")


def program(name: str) -> str:
    return shutil.which(name) or str(Path("/usr/sbin", name))


def pg_ctl(*args: str) -> None:
    run_as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    data = os.environ["CAREERQUIZ_PG_DATA"]
    command = [*run_as, f"{os.environ['CAREERQUIZ_PG_BIN']}/pg_ctl", "-D", data, "-w", *args]
    subprocess.run(command, check=True, timeout=60, capture_output=True)


def nginx_conf(tmp: Path, port: int, app_ports: list[int]) -> Path:
    servers = "\n".join(f"    server 127.0.0.1:{p} max_fails=1 fail_timeout=3s;" for p in app_ports)
    temp = "\n".join(
        f"  {kind}_temp_path {tmp}/nginx-{kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    user = "user root;\n" if os.geteuid() == 0 else ""
    conf = tmp / "nginx.conf"
    conf.write_text(f"""{user}worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/nginx-error.log warn;
events {{ worker_connections 2048; }}
http {{
  access_log off;
{temp}
  upstream careerquiz {{
{servers}
    keepalive 32;
  }}
  server {{
    listen 127.0.0.1:{port};
    location / {{
      proxy_pass http://careerquiz;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      # A request cut off by a dying app server goes to the other one, POSTs included: every
      # write of the quiz is safe to repeat (pages are upserts under a lock, finishing is
      # idempotent).
      proxy_next_upstream error timeout non_idempotent;
      proxy_next_upstream_tries 2;
    }}
  }}
}}
""")
    return conf


def start_app(env: dict[str, str], port: int, log: Path) -> subprocess.Popen:
    env = {**env, "GUNICORN_BIND": f"127.0.0.1:{port}"}
    process = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", "--config", "careerquiz/gunicorn.conf.py", "careerquiz.wsgi"],
        cwd=ROOT,
        env=env,
        stdout=log.open("a"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    wait_until_up(port, process, log)
    return process


def stop(process: subprocess.Popen, sig: int = signal.SIGTERM) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, sig)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def http(method: str, url: str, data: bytes | None = None, headers: dict | None = None):
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def at(started: float, offset: float) -> None:
    time.sleep(max(0.0, started + offset - time.monotonic()))


def cross_server(app_urls: list[str], tokens: list[str]) -> dict:
    """Every result read through each app server, by the API: the same answer from both."""
    served, differing = 0, 0
    for n, token in enumerate(tokens):
        bodies = []
        for url in app_urls:
            forwarded = {"X-Forwarded-For": f"10.200.{n // 250}.{n % 250}"}
            status, _, body = http("GET", f"{url}/api/v1/results/{token}/", headers=forwarded)
            # Links in the answer name the server that was asked; the rest must be equal.
            bodies.append(body.replace(url.encode(), b"") if status == 200 else None)
        if all(bodies):
            served += 1
            differing += len({json.dumps(json.loads(b), sort_keys=True) for b in bodies}) != 1
    return {"served_by_both": served, "differing": differing}


def shared_start_limit(app_urls: list[str], limit: int) -> list[int]:
    """One client starting quizzes through both app servers in turn: one shared count."""
    forwarded = {"X-Forwarded-For": "203.0.113.77"}
    status, headers, body = http("GET", f"{app_urls[0]}/quiz/", headers=forwarded)
    token = CSRF_INPUT.search(body.decode()).group(1)
    cookie = "; ".join(c.split(";", 1)[0] for c in headers.get_all("Set-Cookie") or [])
    form = f"csrfmiddlewaretoken={token}&questionnaire=quick".encode()
    statuses = []
    for n in range(limit + 1):
        posted = http(
            "POST",
            f"{app_urls[n % 2]}/quiz/",
            data=form,
            headers={
                **forwarded,
                "Cookie": cookie,
                "Content-Type": "application/x-www-form-urlencoded",
            },
        )
        statuses.append(posted[0])
    return statuses


def shared_page_cache(app_urls: list[str], redis_port: int) -> tuple[int, int]:
    """Pages stored in Redis after a page is shown by one app server, and the other's status."""
    import redis

    client = redis.Redis(host="127.0.0.1", port=redis_port)
    client.flushdb()
    http("GET", f"{app_urls[0]}/careers/")
    pages = len(client.keys("*page:*"))
    return pages, http("GET", f"{app_urls[1]}/careers/")[0]


def report(info, run, checks, cross, limit_statuses, cache, users, workers) -> tuple[str, bool]:
    statuses = Counter({int(k): v for k, v in run["statuses"].items()})
    errors = [o["error"] for o in run["outcomes"] if "error" in o]
    tokens = [o["token"] for o in run["outcomes"] if "token" in o]
    server_errors = sum(n for status, n in statuses.items() if status >= 500 and status != 503)
    broken = statuses.get(0, 0)
    limit = len(limit_statuses) - 1
    checks_passed = {
        "every job seeker finished": len(tokens) == users and not errors,
        "no 5xx but 503, no broken connection": server_errors == 0 and broken == 0,
        "every 503 and 429 carried Retry-After": not run["retry_after_missing"],
        "no answer lost or changed": checks["lost"] == 0 and checks["changed"] == 0,
        "stored scores = scores of stored answers": checks["out_of_step"] == 0,
        "results served by both app servers": cross["served_by_both"] == len(tokens)
        and cross["differing"] == 0,
        "quiz-start limit shared": limit_statuses == [302] * limit + [429],
        "page cache shared": cache[0] > 0 and cache[1] == 200,
    }
    passed = all(checks_passed.values())
    by_status = ", ".join(f"{n:,} x {status}" for status, n in sorted(statuses.items()))
    rows = [
        ["job seekers (locust users, one quick quiz each)", f"{users}"],
        ["requests", f"{run['requests']:,} ({by_status})"],
        ["5xx other than 503; broken connections", f"{server_errors}; {broken}"],
        ["503 answers (all with Retry-After, sent again by the client)", f"{statuses[503]:,}"],
        ["job seekers who finished", f"{len(tokens)} (errors: {len(errors)})"],
        ["finished results in the database", f"{checks['finished_in_db']}"],
        [
            "answers sent / lost / changed",
            f"{checks['answers_sent']:,} / {checks['lost']} / {checks['changed']}",
        ],
        ["results whose scores differ from their answers", f"{checks['out_of_step']}"],
        [
            "results served by both app servers (same JSON)",
            f"{cross['served_by_both']} of {len(tokens)}",
        ],
        [
            f"one client, {limit + 1} quiz starts alternating servers",
            ", ".join(f"{n} x {s}" for s, n in sorted(Counter(limit_statuses).items())),
        ],
        [
            "pages in Redis after one page view; the other server's status",
            f"{cache[0]}; {cache[1]}",
        ],
        ["wall time of the run", f"{run['seconds']:.0f} s"],
        ["faults (seconds into the run)", "; ".join(run["events"])],
        [
            "verdict",
            "**passed**"
            if passed
            else "**FAILED**: " + ", ".join(name for name, ok in checks_passed.items() if not ok),
        ],
    ]
    setup = {
        "database": "PostgreSQL (scripts/with_postgres.sh), restarted mid-run",
        "cache": "Redis (Debian redis-server), shared by both app servers",
        "app servers": f"2 x gunicorn, {workers} sync workers each, DEBUG off",
        "load balancer": "nginx, retrying a request cut off by a dying app server",
    }
    first = f"\n\nFirst errors: {'; '.join(errors[:3])}" if errors else ""
    text = "\n\n".join(
        [
            "## `make cluster`: two app servers, faults under load",
            machine_table(info, setup),
            table(["", ""], rows) + first,
        ]
    )
    return text, passed


def main() -> None:
    parser = report_parser(__doc__)
    parser.add_argument("--users", type=int, default=300, help="job seekers (300)")
    parser.add_argument("--spawn-rate", type=float, default=10.0, help="new users a second (10)")
    args = parser.parse_args()
    need("redis-server", "nginx")
    info = machine()
    workers = int(os.environ.get("GUNICORN_WORKERS") or 2)
    with workdir("careerquiz-cluster.") as tmp:
        redis_port, lb_port = free_port(), free_port()
        app_ports = [free_port(), free_port()]
        app_urls = [f"http://127.0.0.1:{p}" for p in app_ports]
        env = production_env(os.environ["DATABASE_URL"], tmp / "static", app_ports[0])
        env.update(
            GUNICORN_WORKERS=str(workers),
            CAREERQUIZ_CACHE_URL=f"redis://127.0.0.1:{redis_port}/0",
            # Rendered pages and the catalogue's version too, so an edit made through either
            # server retires the pages of both.
            CAREERQUIZ_PAGE_CACHE_URL=f"redis://127.0.0.1:{redis_port}/0",
            # The client's own proxy (X-Forwarded-For from locust) and nginx.
            CAREERQUIZ_TRUSTED_PROXIES="2",
            CAREERQUIZ_QUIZ_START_RATE_LIMIT="20",
            CAREERQUIZ_API_READ_RATE_LIMIT="600",
        )
        # Redis first: load_default_data already writes the catalogue version to the cache.
        redis_server = subprocess.Popen(
            [
                program("redis-server"),
                "--port",
                str(redis_port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(tmp),
            ],
            stdout=subprocess.DEVNULL,
        )
        for _ in range(100):
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", redis_port)) == 0:
                    break
            time.sleep(0.05)
        print("cluster: preparing the database and static files")
        began = time.monotonic()
        prepare_database(env, full_catalogue=False)
        print(f"cluster: prepared in {time.monotonic() - began:.0f} s")
        apps = [start_app(env, port, tmp / f"app{n}.log") for n, port in enumerate(app_ports)]
        nginx = subprocess.Popen(
            [
                program("nginx"),
                "-c",
                str(nginx_conf(tmp, lb_port, app_ports)),
                "-p",
                str(tmp),
                "-g",
                "daemon off;",
            ],
        )
        try:
            time.sleep(1)
            print(f"cluster: {args.users} job seekers through nginx on port {lb_port}")

            def faults(started: float) -> list[str]:
                events = []
                at(started, KILL_APP_AT)
                os.killpg(apps[0].pid, signal.SIGKILL)
                apps[0].wait()
                events.append(f"{KILL_APP_AT:.0f} s app server 1 killed (SIGKILL)")
                at(started, STOP_DATABASE_AT)
                pg_ctl("stop", "-m", "fast")
                time.sleep(DATABASE_DOWN_FOR)
                pg_ctl("start", "-l", f"{os.environ['CAREERQUIZ_PG_DATA']}/restarted.log")
                events.append(
                    f"{STOP_DATABASE_AT:.0f} s PostgreSQL stopped for {DATABASE_DOWN_FOR:.0f} s"
                )
                at(started, RESTART_APP_AT)
                apps[0] = start_app(env, app_ports[0], tmp / "app0.log")
                events.append(f"{RESTART_APP_AT:.0f} s app server 1 started again")
                return events

            run = run_locust(
                tmp, f"http://127.0.0.1:{lb_port}", args.users, args.spawn_rate, faults
            )
            tokens = [o["token"] for o in run["outcomes"] if "token" in o]
            print(f"cluster: run took {run['seconds']:.0f} s; checking both app servers")
            cross = cross_server(app_urls, tokens)
            limit_statuses = shared_start_limit(app_urls, 20)
            cache = shared_page_cache(app_urls, redis_port)
        finally:
            nginx.terminate()
            for app in apps:
                stop(app)
            redis_server.terminate()
            nginx.wait(timeout=30)
            redis_server.wait(timeout=30)
        checks = database_checks(env, run["outcomes"])
    text, passed = report(info, run, checks, cross, limit_statuses, cache, args.users, workers)
    print(text)
    if not args.no_write:
        write_section("cluster", text)
        print("cluster: wrote docs/BENCHMARKS.md")
    if not passed:
        raise SystemExit("cluster: FAILED")


if __name__ == "__main__":
    main()
