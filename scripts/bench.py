"""`make bench`: throughput and latency of the main pages under gunicorn, and the cost of
matching as the catalogue grows. Writes the "bench" section of docs/BENCHMARKS.md.

The server runs with production settings (DEBUG off, WhiteNoise, careerquiz/gunicorn.conf.py)
on a free loopback port against a fresh SQLite database holding the default data, plus the
full O*NET catalogue when the importers and the agencies' files (../shared or
CAREERQUIZ_SHARED) are there. Client and server share this machine's cores, so each page is
also given as a ratio to /healthz measured in the same run: in each of a few rounds, /healthz
is measured before and after the pages, and a page's ratio is the median of its rounds', so a
spell of a busy neighbour on a shared machine moves one round, not the result.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import re
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from loadkit import (  # noqa: E402
    Browser,
    Response,
    Stats,
    expect,
    free_port,
    gunicorn,
    hammer,
    machine,
    machine_table,
    manage,
    page_form,
    prepare_database,
    production_env,
    report_parser,
    start_quiz,
    table,
    take_quiz,
    workdir,
    write_section,
)

from occupations.matching import ProfileMatrix  # noqa: E402
from occupations.synthetic import random_profiles  # noqa: E402

CAREER_LINK = re.compile(r'href="/careers/([a-z0-9-]+)/"')
HASHED_STATIC = re.compile(r'(?:href|src)="(/static/[^"]+\.[0-9a-f]{12}\.[a-z0-9]+)"')
# (label prefix, throughput / /healthz throughput, what), all with the page cache off.
TARGETS = (
    ("quiz page GET", 0.5, "quiz page GET"),
    ("quiz page POST", 0.33, "quiz page POST"),
    ("results", 0.5, "results page, O*NET-size catalogue"),
    ("career page", 0.5, "career page"),
)
MATCHING_TARGET_MS = 100.0  # ranking 100,000 occupations
ONET_SIZE = 900  # occupations with interest profiles in an O*NET release (923 in 29.3)
MATCHING_SIZES = (1_000, 10_000, 100_000)


# -- matching ---------------------------------------------------------------------------------


def best_and_median(run: Callable[[], object], repeats: int) -> tuple[float, float]:
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        timings.append((time.perf_counter() - started) * 1000)
    return min(timings), statistics.median(timings)


def measure_matching() -> list[dict]:
    person = {"R": 12.0, "I": 30.0, "A": 22.0, "S": 35.0, "E": 18.0, "C": 9.0}
    rows = []
    for size in MATCHING_SIZES:
        profiles, codes = random_profiles(size, seed=size)
        build_best, build_median = best_and_median(
            lambda p=profiles, c=codes: ProfileMatrix(p, c), 3
        )
        matrix = ProfileMatrix(profiles, codes)
        allowed = np.ones(size, dtype=bool)
        rank_best, rank_median = best_and_median(
            lambda m=matrix, a=allowed: m.rank(person, "SIA", limit=20, allowed=a), 9
        )
        rows.append(
            {
                "size": size,
                "build_best": build_best,
                "build_median": build_median,
                "rank_best": rank_best,
                "rank_median": rank_median,
            }
        )
        print(f"matching {size:>7,}: build {build_best:7.1f} ms, rank {rank_best:6.2f} ms")
    return rows


# -- the pages --------------------------------------------------------------------------------


def answer_pattern(seed: int) -> Callable[[str], int]:
    """Answers that differ from one simulated person to the next but repeat exactly."""

    def answer(name: str) -> int:
        return hashlib.sha256(f"{seed}:{name}".encode()).digest()[0] % 5

    return answer


async def check_static(port: int) -> str:
    """The home page links hashed static files, and WhiteNoise serves them for a year."""
    home = expect(await Browser(port).get("/"), 200, "home page")
    links = HASHED_STATIC.findall(home.text)
    if not links:
        raise SystemExit("bench: the home page links no static file with a hashed name")
    for link in links:
        response = expect(await Browser(port).get(link), 200, f"GET {link}")
        if "immutable" not in (response.header("Cache-Control") or ""):
            raise SystemExit(f"bench: {link} is served without a long-lived Cache-Control")
    return f"{len(links)} hashed static files linked from the home page, all served immutable"


async def prepare(port: int, concurrency: int) -> dict:
    """Finished results, quizzes in progress and career pages to request."""
    tokens = [await take_quiz(Browser(port), "quick", answer_pattern(seed)) for seed in range(8)]
    takers = []
    for seed in range(concurrency):
        browser = Browser(port)
        await start_quiz(browser, "quick")
        data, names, _ = await page_form(browser, 1)
        data.update({name: str(answer_pattern(seed)(name)) for name in names})
        data["action"] = "next"
        takers.append((browser, data))
    search = expect(await Browser(port).get("/careers/?q=manager"), 200, "career search")
    slugs = list(dict.fromkeys(CAREER_LINK.findall(search.text)))[:10]
    if not slugs:
        raise SystemExit("the career search for 'manager' found no careers to benchmark")
    return {"tokens": tokens, "takers": takers, "slugs": slugs}


def endpoints(port: int, fixtures: dict) -> list[tuple[str, Callable, int]]:
    """(label, call(loop index), expected status) for every measured page."""
    plain = Browser(port)
    tokens, takers, slugs = fixtures["tokens"], fixtures["takers"], fixtures["slugs"]

    def get(path: Callable[[int], str]) -> Callable[[int], Awaitable[Response]]:
        return lambda i: plain.get(path(i))

    return [
        ("`/healthz` (floor)", get(lambda i: "/healthz"), 200),
        ("home `/`", get(lambda i: "/"), 200),
        ("quiz page GET `/quiz/page/1/`", lambda i: takers[i][0].get("/quiz/page/1/"), 200),
        (
            "quiz page POST `/quiz/page/1/` (10 answers)",
            lambda i: takers[i][0].post("/quiz/page/1/", takers[i][1]),
            302,
        ),
        (
            "results `/results/<token>/` (matching)",
            get(lambda i: f"/results/{tokens[i % len(tokens)]}/"),
            200,
        ),
        (
            "career page `/careers/<slug>/`",
            get(lambda i: f"/careers/{slugs[i % len(slugs)]}/"),
            200,
        ),
        ("career search `/careers/?q=manager`", get(lambda i: "/careers/?q=manager"), 200),
    ]


async def measure_pages(port: int, concurrency: int, seconds: float, rounds: int):
    """Rounds of (label, stats): /healthz first and last, the pages between."""
    static = await check_static(port)
    print(f"bench: {static}")
    fixtures = await prepare(port, concurrency)
    pages = endpoints(port, fixtures)
    for _label, make_call, status in pages:  # warm every worker: templates, catalogue cache
        await hammer(make_call, lambda r, s=status: r.status == s, concurrency, 1.0, 400)
    measured = []
    for number in range(1, rounds + 1):
        print(f"bench: round {number} of {rounds}")
        this_round = []
        for label, make_call, status in [*pages, pages[0]]:
            stats = await hammer(
                make_call, lambda r, s=status: r.status == s, concurrency, seconds, 100_000
            )
            print(
                f"{label:45} {stats.rps:8.1f} req/s  p50 {stats.p50_ms:6.1f} ms  "
                f"p95 {stats.p95_ms:6.1f} ms  errors {stats.errors} {stats.first_error}"
            )
            this_round.append((label, stats))
        measured.append(this_round)
    return measured, static


# -- the report -------------------------------------------------------------------------------

Round = list[tuple[str, Stats]]


def floor_of(pages: Round) -> Stats:
    """/healthz measured first and last in a round: the mean of the two."""
    first, last = pages[0][1], pages[-1][1]
    return Stats(
        requests=first.requests + last.requests,
        errors=first.errors + last.errors,
        seconds=first.seconds + last.seconds,
        p50_ms=(first.p50_ms + last.p50_ms) / 2,
        p95_ms=(first.p95_ms + last.p95_ms) / 2,
    )


def round_ratios(rounds: list[Round]) -> dict[str, list[float]]:
    """Each page's throughput over its own round's floor, a value per round."""
    found: dict[str, list[float]] = {}
    for pages in rounds:
        floor = floor_of(pages).rps
        for label, stats in pages[1:-1]:
            found.setdefault(label, []).append(stats.rps / floor if floor else 0.0)
    return found


def ratios(rounds: list[Round]) -> dict[str, float]:
    return {label: statistics.median(values) for label, values in round_ratios(rounds).items()}


def median_stats(rounds: list[Round], index: int) -> Stats:
    """A page's median round by throughput, with every round's errors."""
    measured = [floor_of(pages) if index == 0 else pages[index][1] for pages in rounds]
    middle = sorted(measured, key=lambda stats: stats.rps)[(len(measured) - 1) // 2]
    return Stats(
        requests=middle.requests,
        errors=sum(stats.errors for stats in measured),
        seconds=middle.seconds,
        p50_ms=middle.p50_ms,
        p95_ms=middle.p95_ms,
    )


def target_rows(runs: dict[str, list], catalogue: dict, big: dict) -> list[list[str]]:
    onet_size = catalogue["profiles"] >= ONET_SIZE
    rows = []
    spread = round_ratios(runs["off"])
    for prefix, target, what in TARGETS:
        label, ratio = next(
            (label, r) for label, r in ratios(runs["off"]).items() if label.startswith(prefix)
        )
        if prefix.startswith(("results", "career page")) and not onet_size:
            status = "not measured (catalogue smaller than O*NET)"
        else:
            status = "met" if ratio >= target else "**not met**"
        low, high = min(spread[label]), max(spread[label])
        rows.append(
            [
                f"{what} >= {target:.2f} of `/healthz`, page cache off",
                f"{ratio:.2f} ({low:.2f}-{high:.2f})",
                status,
            ]
        )
    rows.append(
        [
            f"ranking 100,000 occupations < {MATCHING_TARGET_MS:.0f} ms",
            f"{big['rank_best']:.1f} ms (best of 9)",
            "met" if big["rank_best"] < MATCHING_TARGET_MS else "**not met**",
        ]
    )
    return rows


def page_rows(runs: dict[str, list]) -> list[list[str]]:
    on, off = runs["on"], runs["off"]
    on_ratio, off_ratio = ratios(on), ratios(off)
    labels = [label for label, _stats in on[0][:-1]]
    rows = []
    for index, label in enumerate(labels):
        stats_on, stats_off = median_stats(on, index), median_stats(off, index)
        rows.append(
            [
                label,
                f"{stats_on.rps:,.0f}",
                f"{on_ratio[label]:.2f}" if index else "1.00",
                f"{stats_off.rps:,.0f}",
                f"{off_ratio[label]:.2f}" if index else "1.00",
                f"{stats_on.p50_ms:.1f} / {stats_off.p50_ms:.1f}",
                str(stats_on.errors + stats_off.errors),
            ]
        )
    return rows


def report(info, catalogue, workers, concurrency, timing, runs, matching, extra) -> str:
    seconds, rounds = timing
    big = next(row for row in matching if row["size"] == 100_000)
    header = [
        "page",
        "req/s, cache on",
        "ratio, cache on",
        "req/s, cache off",
        "ratio, cache off",
        "p50 ms on / off",
        "errors",
    ]
    matching_rows = [
        [
            f"{row['size']:,}",
            f"{row['rank_best']:.2f}",
            f"{row['rank_median']:.2f}",
            f"{row['build_best']:.1f}",
            f"{row['build_median']:.1f}",
        ]
        for row in matching
    ]
    setup = {
        "server": f"gunicorn, {workers} sync workers, DEBUG off, WhiteNoise, SQLite (WAL)",
        "catalogue": f"{catalogue['occupations']:,} occupations, {catalogue['profiles']:,} with "
        f"interest profiles ({catalogue['source']})",
        "load": f"{concurrency} concurrent connections, {rounds} rounds of {seconds:.0f} s per "
        "page after a 1 s warm-up, a new connection per request (sync workers close it)",
        "page cache": "two runs of the same pages: with the page cache (files, one hour) and "
        "with CAREERQUIZ_PAGE_CACHE_SECONDS=0, where every view is a first view",
        **extra,
    }
    return "\n\n".join(
        [
            "## `make bench`",
            machine_table(info, setup),
            "### Targets",
            table(["target", "measured", "status"], target_rows(runs, catalogue, big)),
            "### Pages",
            "`/healthz` rewrites one heartbeat row (the readiness probe: the database takes a "
            "write): it is the floor every page is compared with, in the same round (measured "
            "first and last in each round; the mean of the two). A ratio is the median of the "
            "rounds' ratios (the targets above give the lowest and highest round in brackets); "
            "req/s and p50 are the median round's. The client runs on the same cores as the "
            "server, so absolute numbers understate a dedicated server; the ratios hold. Quiz "
            "pages are never cached; results, career and list pages are.",
            table(header, page_rows(runs)),
            "### Matching cost (synthetic catalogues)",
            "`occupations.matching.ProfileMatrix` over `occupations.synthetic.random_profiles`: "
            "building the matrix happens once per catalogue change and process; ranking "
            "(top 20) happens on every results page.",
            table(
                [
                    "occupations",
                    "rank best ms",
                    "rank median ms",
                    "build best ms",
                    "build median ms",
                ],
                matching_rows,
            ),
        ]
    )


def catalogue_size(env: dict[str, str]) -> tuple[int, int]:
    out = manage(
        env,
        "shell",
        "-c",
        "from occupations.models import Occupation as O;"
        "print(O.objects.count(), O.objects.with_profiles().count())",
    )
    total, profiles = out.strip().splitlines()[-1].split()
    return int(total), int(profiles)


def main() -> None:
    parser = report_parser(__doc__)
    parser.add_argument("--seconds", type=float, default=5.0, help="per page (default 5)")
    parser.add_argument("--concurrency", type=int, default=10, help="connections (default 10)")
    parser.add_argument("--rounds", type=int, default=3, help="of every page (default 3)")
    args = parser.parse_args()
    if not 0 < args.seconds <= 60 or not 0 < args.concurrency <= 100:
        parser.error("--seconds must be in (0, 60] and --concurrency in 1..100")
    if not 1 <= args.rounds <= 9:
        parser.error("--rounds must be in 1..9")

    info = machine()
    matching = measure_matching()
    workers = int(os.environ.get("GUNICORN_WORKERS") or 2 * (os.cpu_count() or 1) + 1)
    with workdir("careerquiz-bench.") as tmp:
        port = free_port()
        env = production_env(f"sqlite:///{tmp / 'bench.sqlite3'}", tmp / "static", port)
        env["GUNICORN_WORKERS"] = str(workers)
        print("bench: collectstatic, migrate, load_default_data, agency imports")
        source = prepare_database(env)
        total, profiles = catalogue_size(env)
        catalogue = {"occupations": total, "profiles": profiles, "source": source}
        print(f"bench: {total} occupations, {profiles} with profiles; gunicorn on port {port}")
        runs = {}
        for mode, cache_seconds in (("on", "3600"), ("off", "0")):
            print(f"bench: page cache {mode}")
            env["CAREERQUIZ_PAGE_CACHE_SECONDS"] = cache_seconds
            with gunicorn(env, port, tmp / f"gunicorn-{mode}.log"):
                runs[mode], static = asyncio.run(
                    measure_pages(port, args.concurrency, args.seconds, args.rounds)
                )
    setup = {"static files": static}
    timing = (args.seconds, args.rounds)
    text = report(info, catalogue, workers, args.concurrency, timing, runs, matching, setup)
    if args.no_write:
        print(text)
    else:
        write_section("bench", text)
        print("bench: wrote docs/BENCHMARKS.md")
    if any(stats.errors for rounds in runs.values() for pages in rounds for _, stats in pages):
        raise SystemExit("bench: some requests failed (see the errors column)")


if __name__ == "__main__":
    main()
