"""What the benchmark and the load test share: a throwaway production-like server on loopback,
a small asyncio HTTP/1.1 client with a cookie jar and CSRF, the quiz flow a job seeker walks,
and the Markdown report.

Standard library only. Every request goes to 127.0.0.1, and every loop is bounded by a count
and a deadline.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import math
import os
import platform
import re
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
HOST = "127.0.0.1"
BENCHMARKS = ROOT / "docs" / "BENCHMARKS.md"

CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
ITEM_INPUT = re.compile(r'name="(item_\d+)"')
RESULT_PATH = re.compile(r"^/results/([0-9a-f-]{36})/$")


# -- the server -------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def production_env(database_url: str, static_root: Path, port: int) -> dict[str, str]:
    """Settings as `make serve` uses them, on a database and static folder of our own."""
    env = dict(os.environ)
    env.update(
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS=HOST,
        DJANGO_SECURE_SSL_REDIRECT="0",
        DJANGO_STATIC_ROOT=str(static_root),
        # Cached pages beside the throwaway database, removed with it.
        CAREERQUIZ_PAGE_CACHE_URL=f"file://{static_root.parent / 'pages'}",
        DATABASE_URL=database_url,
        GUNICORN_BIND=f"{HOST}:{port}",
        # A worker restarting in the middle of a measurement would only add noise.
        GUNICORN_MAX_REQUESTS="0",
        GUNICORN_LOG_LEVEL="warning",
        # Every simulated job seeker comes from 127.0.0.1: the per-client limit would count
        # them as one.
        CAREERQUIZ_QUIZ_START_RATE_LIMIT="0",
        CAREERQUIZ_API_READ_RATE_LIMIT="0",
    )
    return env


def manage(env: dict[str, str], *args: str, quiet: bool = True) -> str:
    completed = subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if completed.returncode != 0:
        raise SystemExit(f"manage.py {' '.join(args)} failed:\n{completed.stderr[-4000:]}")
    if not quiet:
        print(completed.stdout.strip())
    return completed.stdout


def management_commands(env: dict[str, str]) -> set[str]:
    out = manage(env, "help", "--commands")
    return {line.strip() for line in out.splitlines() if line.strip()}


# The agencies' files, imported when both the importer and the file are there.
AGENCY_IMPORTS = (
    ("import_onet", "onet-29.3"),
    ("import_oews", "bls-oews/national_M2024_dl.xlsx"),
    ("import_projections", "bls-ep/occupation-projections-2020-30.csv"),
)


def prepare_database(env: dict[str, str], full_catalogue: bool = True) -> str:
    """Static files, migrations and default data; then the full catalogue where possible.

    Returns what the catalogue was built from.
    """
    manage(env, "collectstatic", "--noinput")
    manage(env, "migrate", "--noinput")
    manage(env, "load_default_data")
    if not full_catalogue:
        return "default data only"
    shared = Path(os.environ.get("CAREERQUIZ_SHARED") or ROOT.parent / "shared")
    commands = management_commands(env)
    imported = []
    for command, relative in AGENCY_IMPORTS:
        if command in commands and (shared / relative).exists():
            print(f"{command} {shared / relative}")
            manage(env, command, str(shared / relative))
            imported.append(command)
    return "default data + " + ", ".join(imported) if imported else "default data only"


@contextlib.contextmanager
def gunicorn(env: dict[str, str], port: int, log: Path) -> Iterator[subprocess.Popen]:
    """gunicorn with careerquiz/gunicorn.conf.py; stopped (SIGTERM, then SIGKILL) on exit."""
    with log.open("w") as log_file:
        process = subprocess.Popen(
            [
                PYTHON,
                "-m",
                "gunicorn",
                "--config",
                "careerquiz/gunicorn.conf.py",
                "careerquiz.wsgi",
            ],
            cwd=ROOT,
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            wait_until_up(port, process, log)
            yield process
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)


def wait_until_up(port: int, process: subprocess.Popen, log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"gunicorn exited early:\n{log.read_text()[-4000:]}")
        try:
            response = asyncio.run(fetch(port, "GET", "/healthz"))
            if response.status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"gunicorn did not answer /healthz within {timeout:.0f} s")


@contextlib.contextmanager
def workdir(prefix: str) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix=prefix) as name:
        yield Path(name)


# -- the HTTP client --------------------------------------------------------------------------


@dataclass
class Response:
    status: int
    headers: list[tuple[str, str]]
    body: bytes

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers if k.lower() == name.lower()), None)

    def cookies(self) -> list[str]:
        return [v for k, v in self.headers if k.lower() == "set-cookie"]

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


class HttpError(Exception):
    pass


async def fetch(
    port: int,
    method: str,
    path: str,
    headers: dict[str, str] | None = None,
    body: bytes = b"",
    timeout: float = 60,
) -> Response:
    """One request on a new connection (gunicorn's sync workers close it after each answer)."""
    return await asyncio.wait_for(_fetch(port, method, path, headers or {}, body), timeout)


async def _fetch(port: int, method: str, path: str, headers: dict[str, str], body: bytes):
    reader, writer = await asyncio.open_connection(HOST, port)
    try:
        lines = [f"{method} {path} HTTP/1.1", f"Host: {HOST}:{port}", "Connection: close"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        if body or method == "POST":
            lines.append(f"Content-Length: {len(body)}")
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)
        await writer.drain()
        raw = await reader.read()
    finally:
        writer.close()
        with contextlib.suppress(OSError):
            await writer.wait_closed()
    head, sep, payload = raw.partition(b"\r\n\r\n")
    if not sep:
        raise HttpError(f"{method} {path}: incomplete response ({len(raw)} bytes)")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    parts = status_line.split(" ", 2)
    if len(parts) < 2 or not parts[1].isdigit():
        raise HttpError(f"{method} {path}: bad status line {status_line!r}")
    pairs = [tuple(part.strip() for part in line.split(":", 1)) for line in header_lines]
    response = Response(int(parts[1]), [p for p in pairs if len(p) == 2], payload)
    length = response.header("Content-Length")
    if length is not None and int(length) != len(payload):
        raise HttpError(f"{method} {path}: body of {len(payload)} bytes, expected {length}")
    return response


@dataclass
class Browser:
    """One visitor: its own cookies (session, CSRF), sending what a browser sends."""

    port: int
    cookies: dict[str, str] = field(default_factory=dict)
    log: list[tuple[int, float]] | None = None  # (status, seconds) of every request

    async def get(self, path: str) -> Response:
        return await self._send("GET", path, b"", {})

    async def post(self, path: str, data: dict[str, str]) -> Response:
        body = urlencode(data).encode()
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Origin": f"http://{HOST}:{self.port}",
            "Referer": f"http://{HOST}:{self.port}{path}",
        }
        return await self._send("POST", path, body, headers)

    async def _send(self, method: str, path: str, body: bytes, headers: dict) -> Response:
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        headers["Accept-Encoding"] = "identity"
        started = time.perf_counter()
        response = await fetch(self.port, method, path, headers, body)
        if self.log is not None:
            self.log.append((response.status, time.perf_counter() - started))
        for value in response.cookies():
            # Production cookies are Secure; a browser on loopback keeps them, and so do we.
            for morsel in SimpleCookie(value).values():
                self.cookies[morsel.key] = morsel.value
        return response


def expect(response: Response, status: int, what: str) -> Response:
    if response.status != status:
        raise HttpError(f"{what}: HTTP {response.status}, expected {status}")
    return response


def redirect_path(response: Response, what: str) -> str:
    expect(response, 302, what)
    location = response.header("Location") or ""
    return urlsplit(location).path


def csrf_token(response: Response, what: str) -> str:
    match = CSRF_INPUT.search(response.text)
    if not match:
        raise HttpError(f"{what}: no CSRF token in the page")
    return match.group(1)


async def start_quiz(browser: Browser, slug: str) -> None:
    start = expect(await browser.get("/quiz/"), 200, "GET /quiz/")
    data = {"csrfmiddlewaretoken": csrf_token(start, "GET /quiz/"), "questionnaire": slug}
    path = redirect_path(await browser.post("/quiz/", data), "POST /quiz/")
    if path != "/quiz/page/1/":
        raise HttpError(f"POST /quiz/ went to {path}, expected /quiz/page/1/")


async def page_form(browser: Browser, number: int) -> tuple[dict[str, str], list[str], bool]:
    """The page's CSRF token, its item field names, and whether it is the last page."""
    path = f"/quiz/page/{number}/"
    page = expect(await browser.get(path), 200, f"GET {path}")
    names = list(dict.fromkeys(ITEM_INPUT.findall(page.text)))
    if not names:
        raise HttpError(f"GET {path}: no items on the page")
    last = 'value="finish"' in page.text
    return {"csrfmiddlewaretoken": csrf_token(page, f"GET {path}")}, names, last


async def take_quiz(
    browser: Browser, slug: str, answer: Callable[[str], int], max_pages: int = 20
) -> str:
    """Walk a questionnaire as a job seeker does; return the result's token."""
    await start_quiz(browser, slug)
    for number in range(1, max_pages + 1):
        data, names, last = await page_form(browser, number)
        data.update({name: str(answer(name)) for name in names})
        data["action"] = "finish" if last else "next"
        path = redirect_path(await browser.post(f"/quiz/page/{number}/", data), f"page {number}")
        if last:
            match = RESULT_PATH.match(path)
            if not match:
                raise HttpError(f"finishing went to {path}, expected /results/<token>/")
            expect(await browser.get(path), 200, f"GET {path}")
            return match.group(1)
        if path != f"/quiz/page/{number + 1}/":
            raise HttpError(f"page {number} went to {path}, expected page {number + 1}")
    raise HttpError(f"{slug}: no last page within {max_pages} pages")


# -- measuring --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Stats:
    requests: int
    errors: int
    seconds: float
    p50_ms: float
    p95_ms: float
    first_error: str = ""

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def percentile(sorted_values: list[float], fraction: float) -> float:
    """Nearest-rank percentile of an already sorted list: the smallest value with at least
    ``fraction`` of the values at or below it."""
    if not sorted_values:
        return float("nan")
    rank = max(1, math.ceil(fraction * len(sorted_values)))
    return sorted_values[min(rank, len(sorted_values)) - 1]


async def hammer(
    make_call: Callable[[int], Awaitable[Response]],
    ok: Callable[[Response], bool],
    concurrency: int,
    seconds: float,
    max_requests: int,
) -> Stats:
    """`concurrency` loops calling make_call(loop index) until the deadline or the cap."""
    latencies: list[float] = []
    errors: list[str] = []
    started = time.perf_counter()
    deadline = started + seconds
    issued = 0

    async def loop(index: int) -> None:
        nonlocal issued
        while time.perf_counter() < deadline and issued < max_requests:
            issued += 1
            t0 = time.perf_counter()
            try:
                response = await make_call(index)
                if not ok(response):
                    errors.append(f"HTTP {response.status}")
                    continue
            except (OSError, HttpError, TimeoutError) as error:
                errors.append(f"{type(error).__name__}: {error}")
                continue
            latencies.append(time.perf_counter() - t0)

    await asyncio.gather(*(loop(i) for i in range(concurrency)))
    elapsed = time.perf_counter() - started
    latencies.sort()
    return Stats(
        requests=len(latencies),
        errors=len(errors),
        seconds=elapsed,
        p50_ms=percentile(latencies, 0.50) * 1000,
        p95_ms=percentile(latencies, 0.95) * 1000,
        first_error=errors[0] if errors else "",
    )


# -- the report -------------------------------------------------------------------------------


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = ""
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout.strip()
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": (commit or "unknown") + (" (with uncommitted changes)" if dirty else ""),
        "cores": str(os.cpu_count()),
        "cpu": cpu,
        "memory": memory,
        "python": platform.python_version(),
        "load": " / ".join(f"{n:.2f}" for n in os.getloadavg()),
    }


def machine_table(info: dict[str, str], extra: dict[str, str] | None = None) -> str:
    rows = {
        "date": info["date"],
        "commit": info["commit"],
        "machine": f"{info['cores']} cores (nproc), {info['cpu']}, {info['memory']} memory",
        "Python": info["python"],
        "load average before the run (1 / 5 / 15 min)": info["load"],
        **(extra or {}),
    }
    return table(["", ""], [[f"**{k}**", v] for k, v in rows.items()])


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


HEADER = """# Benchmarks

Measured on this project's own machine by `make bench` (throughput, latency and matching
cost) and `make loadtest` (200 job seekers taking the quick quiz at once). Each command
rewrites only its own section below; the machine, date and commit are recorded with each.
"""


def report_parser(doc: str) -> argparse.ArgumentParser:
    """The command line of a script that reports into docs/BENCHMARKS.md: --no-write prints."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--no-write", action="store_true", help="print only")
    return parser


def write_section(name: str, body: str) -> None:
    """Replace (or add) the section between this name's markers in docs/BENCHMARKS.md."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    text = BENCHMARKS.read_text() if BENCHMARKS.exists() else HEADER
    block = f"{start}\n{body.strip()}\n{end}"
    if start in text and end in text:
        before, rest = text.split(start, 1)
        after = rest.split(end, 1)[1]
        text = before + block + after
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    BENCHMARKS.parent.mkdir(parents=True, exist_ok=True)
    BENCHMARKS.write_text(text)
