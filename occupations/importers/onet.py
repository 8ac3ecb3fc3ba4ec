"""Importing an O*NET database text release: the folder of tab-separated .txt files.

Occupations are created or updated by O*NET-SOC code. The import never erases what the release
says nothing about: an occupation without rows in Interests.txt keeps its profile, one without
tasks keeps its duties. Summary and duties are O*NET's text only where the occupation has no
text of its own (text_source not O*NET's) or with overwrite; fields staff edited in admin are
kept unless overwrite. Work Styles.txt (optional: older releases lack it) gives each occupation
its qualities (occupations/work_styles.py) unless it has qualities of its own.
"""

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify

from occupations.areas import JOB_ZONES, LETTERS
from occupations.importers.common import (
    ImportFileError,
    ImportSummary,
    Progress,
    apply_values,
    chunks,
    counted,
    forget_edits,
    kept,
    no_progress,
    save_changed,
)
from occupations.importers.tables import Row, tab_rows
from occupations.models import Duty, Occupation, Quality, RelatedOccupation
from occupations.work_styles import EXPLANATIONS, top_styles

CODE = "O*NET-SOC Code"
SOC_CODE = re.compile(r"^\d{2}-\d{4}\.\d{2}$")
INTERESTS = dict(
    zip(
        ("Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional"),
        LETTERS,
        strict=True,
    )
)
HIGH_POINTS = {
    "First Interest High-Point": 0,
    "Second Interest High-Point": 1,
    "Third Interest High-Point": 2,
}
# Core tasks first, then supplemental; some occupations' tasks are not rated at all.
TASK_TYPES = {"Core": 0, "Supplemental": 1, "": 2}
WORK_STYLES = "Work Styles.txt"


@dataclass
class Record:
    """What the release says about one occupation."""

    title: str
    description: str
    interests: dict[str, Decimal] = field(default_factory=dict)
    high_points: dict[int, int] = field(default_factory=dict)
    job_zone: int | None = None
    tasks: list[tuple[int, str]] = field(default_factory=list)
    related: list[tuple[int, str]] = field(default_factory=list)
    titles: list[tuple[bool, str]] = field(default_factory=list)
    work_styles: dict[str, Decimal] = field(default_factory=dict)

    @property
    def high_point_code(self) -> str:
        return "".join(LETTERS[point - 1] for _, point in sorted(self.high_points.items()) if point)

    @property
    def duties(self) -> list[str]:
        return [text for _, text in sorted(self.tasks, key=lambda task: task[0])]

    @property
    def alternate_titles(self) -> str:
        # Titles O*NET shows in My Next Move first, then the others, each in file order.
        ordered = [title for shown, title in self.titles if shown]
        ordered += [title for shown, title in self.titles if not shown]
        return "\n".join(dict.fromkeys(ordered))


def import_release(
    *,
    directory: Path,
    version: str | None = None,
    overwrite: bool = False,
    progress: Progress = no_progress,
) -> ImportSummary:
    records, skipped = read_release(directory, progress=progress)
    source = f"{release_version(directory, version)} Database (USDOL/ETA), CC BY 4.0"
    summary = _save(records, source=source, overwrite=overwrite, progress=progress)
    summary.skipped.update(skipped)
    return summary


def release_version(directory: Path, given: str | None = None) -> str:
    """ "O*NET 29.3" from --version, Read Me.txt's first lines or the folder name (db_29_3_text)."""
    if given:
        given = given.strip()
        return f"O*NET {given}" if re.fullmatch(r"\d+\.\d+", given) else given
    readme = directory / "Read Me.txt"
    if readme.is_file():
        match = re.search(r"O\*NET (\d+\.\d+) Database", readme.read_text(errors="replace")[:500])
        if match:
            return f"O*NET {match[1]}"
    match = re.search(r"(?<!\d)(\d{2})[._](\d{1,2})(?!\d)", directory.name)
    if match:
        return f"O*NET {match[1]}.{match[2]}"
    raise ImportFileError(
        directory,
        "cannot tell the O*NET release from Read Me.txt or the folder name; "
        'give it with --version, e.g. --version "O*NET 29.3"',
    )


def read_release(
    directory: Path, *, progress: Progress = no_progress
) -> tuple[dict[str, Record], Counter[str]]:
    """Read and check every file first, so that bad input fails before anything is written."""
    if not directory.is_dir():
        raise ImportFileError(directory, "not a folder; give the folder of an O*NET text release")
    records = _read_occupations(directory / "Occupation Data.txt", progress)
    zones = _read_zone_reference(directory / "Job Zone Reference.txt")
    files: list[tuple[str, tuple[str, ...], Callable[[Path, int, Row, Record], None]]] = [
        ("Interests.txt", ("Element Name", "Scale ID", "Data Value"), _add_interest),
        ("Job Zones.txt", ("Job Zone",), lambda *args: _add_job_zone(*args, zones=zones)),
        ("Task Statements.txt", ("Task", "Task Type"), _add_task),
        ("Related Occupations.txt", ("Related O*NET-SOC Code", "Index"), _add_related),
        ("Sample of Reported Titles.txt", ("Reported Job Title",), _add_title),
    ]
    if (directory / WORK_STYLES).is_file():
        files.append((WORK_STYLES, ("Element Name", "Scale ID", "Data Value"), _add_work_style))
    skipped: Counter[str] = Counter()
    for name, columns, add in files:
        path = directory / name
        for line, row in counted(tab_rows(path, (CODE, *columns)), label=name, progress=progress):
            record = records.get(row[CODE])
            if record is None:
                skipped[f"{name} rows for codes not in Occupation Data.txt"] += 1
            else:
                add(path, line, row, record)
    for record in records.values():
        unknown = [name for name in record.work_styles if name not in EXPLANATIONS]
        if unknown:
            skipped[f"{WORK_STYLES} ratings of styles with no explanation in work_styles.py"] += (
                len(unknown)
            )
        if record.interests and len(record.interests) < len(LETTERS):
            skipped["incomplete profiles in Interests.txt (fewer than six values), not used"] += 1
            record.interests = {}
    return records, skipped


def _read_occupations(path: Path, progress: Progress) -> dict[str, Record]:
    records: dict[str, Record] = {}
    lines: dict[str, int] = {}
    rows = tab_rows(path, (CODE, "Title", "Description"))
    for line, row in counted(rows, label=path.name, progress=progress):
        code, title = row[CODE], row["Title"]
        if not SOC_CODE.match(code):
            raise _bad(path, line, f"{code!r} is not an O*NET-SOC code such as 11-3051.00")
        if code in records:
            raise _bad(path, line, f"{code} is listed twice (first on line {lines[code]})")
        if not title or len(title) > Occupation._meta.get_field("title").max_length:
            raise _bad(path, line, "the title is empty or longer than 200 characters")
        records[code] = Record(title=title, description=row["Description"])
        lines[code] = line
    if not records:
        raise ImportFileError(path, "no occupations in the file")
    return records


def _read_zone_reference(path: Path) -> set[int]:
    zones = set()
    for line, row in tab_rows(path, ("Job Zone", "Name")):
        zone = _integer(path, line, row["Job Zone"])
        if zone not in JOB_ZONES:
            raise _bad(path, line, f"Job Zone {zone} is not one of O*NET's zones 1 to 5")
        zones.add(zone)
    return zones


def _add_interest(path: Path, line: int, row: Row, record: Record) -> None:
    name, scale, value = row["Element Name"], row["Scale ID"], row["Data Value"]
    number = _decimal(path, line, value)
    if scale == "OI":
        letter = INTERESTS.get(name)
        if letter is None:
            raise _bad(path, line, f"unknown interest {name!r} on scale OI")
        if not 1 <= number <= 7:
            raise _bad(path, line, f"{name} is {value}, outside the 1-7 scale")
        if letter in record.interests:
            raise _bad(path, line, f"a second {name} value for {row[CODE]}")
        record.interests[letter] = number.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    elif scale == "IH":
        position = HIGH_POINTS.get(name)
        if position is None:
            raise _bad(path, line, f"unknown high-point {name!r} on scale IH")
        if number != number.to_integral_value() or not 0 <= number <= 6:
            raise _bad(path, line, f"{name} is {value}; expected 0 (none) or 1-6 (R I A S E C)")
        record.high_points[position] = int(number)
    else:
        raise _bad(path, line, f"unknown scale {scale!r}; expected OI or IH")


def _add_job_zone(path: Path, line: int, row: Row, record: Record, *, zones: set[int]) -> None:
    zone = _integer(path, line, row["Job Zone"])
    if zone not in zones:
        raise _bad(path, line, f"Job Zone {zone} is not in Job Zone Reference.txt")
    if record.job_zone is not None:
        raise _bad(path, line, f"a second Job Zone for {row[CODE]}")
    record.job_zone = zone


def _add_task(path: Path, line: int, row: Row, record: Record) -> None:
    kind, text = row["Task Type"], row["Task"]
    if kind not in TASK_TYPES:
        raise _bad(path, line, f"unknown Task Type {kind!r}; expected Core, Supplemental or none")
    if not text:
        raise _bad(path, line, "empty task statement")
    record.tasks.append((TASK_TYPES[kind], text))


def _add_related(path: Path, line: int, row: Row, record: Record) -> None:
    index = _integer(path, line, row["Index"])
    record.related.append((index, row["Related O*NET-SOC Code"]))


def _add_title(path: Path, line: int, row: Row, record: Record) -> None:
    if row["Reported Job Title"]:
        record.titles.append((row.get("Shown in My Next Move") == "Y", row["Reported Job Title"]))


def _add_work_style(path: Path, line: int, row: Row, record: Record) -> None:
    name, scale, value = row["Element Name"], row["Scale ID"], row["Data Value"]
    if scale != "IM":
        raise _bad(path, line, f"unknown scale {scale!r}; expected IM (importance)")
    number = _decimal(path, line, value)
    if not 1 <= number <= 5:
        raise _bad(path, line, f"{name} is {value}, outside the 1-5 importance scale")
    if name in record.work_styles:
        raise _bad(path, line, f"a second {name} rating for {row[CODE]}")
    record.work_styles[name] = number


def _decimal(path: Path, line: int, value: str) -> Decimal:
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise _bad(path, line, f"{value!r} is not a number") from None
    if not number.is_finite():
        raise _bad(path, line, f"{value!r} is not a number")
    return number


def _integer(path: Path, line: int, value: str) -> int:
    if not re.fullmatch(r"\d+", value):
        raise _bad(path, line, f"{value!r} is not a whole number")
    return int(value)


def _bad(path: Path, line: int, problem: str) -> ImportFileError:
    return ImportFileError(path, problem, line=line)


@transaction.atomic
def _save(
    records: dict[str, Record], *, source: str, overwrite: bool, progress: Progress
) -> ImportSummary:
    occupations = {occupation.soc_code: occupation for occupation in Occupation.objects.all()}
    slugs = {occupation.slug for occupation in occupations.values()}
    duties = _lists(Duty.objects.values_list("occupation__soc_code", "text"))
    related = _lists(
        RelatedOccupation.objects.values_list(
            "from_occupation__soc_code", "to_occupation__soc_code"
        )
    )
    qualities = _lists(
        (code, (name, description))
        for code, name, description in Quality.objects.values_list(
            "occupation__soc_code", "name", "description"
        )
    )
    known = records.keys() | occupations.keys()
    summary = ImportSummary()
    new: list[Occupation] = []
    changed: list[Occupation] = []
    fields: set[str] = set()
    new_duties: dict[str, list[str]] = {}
    new_related: dict[str, list[str]] = {}
    new_qualities: dict[str, list[tuple[str, str]]] = {}
    for code, record in records.items():
        occupation = occupations.get(code)
        created = occupation is None
        if created:
            occupation = Occupation(soc_code=code, title=record.title)
            occupation.slug = _unique_slug(record.title, code, slugs)
            new.append(occupation)
        has_own_text = not occupation.text_source.startswith("O*NET") and bool(
            occupation.summary.strip() or duties.get(code)
        )
        owns_text = overwrite or not has_own_text
        names = apply_values(occupation, _values(record, source, owns_text), overwrite=overwrite)
        fields |= names
        if (
            owns_text
            and record.tasks
            and not kept(occupation, "duties", overwrite=overwrite)
            and record.duties != duties.get(code, [])
        ):
            new_duties[code] = record.duties
        if record.related and not kept(occupation, "related", overwrite=overwrite):
            links = [other for _, other in sorted(record.related) if other != code]
            if missing := [other for other in links if other not in known]:
                summary.skipped["related occupations not in the catalogue"] += len(missing)
            links = list(dict.fromkeys(other for other in links if other in known))
            if links != related.get(code, []):
                new_related[code] = links
        styles = [(name, EXPLANATIONS[name]) for name in top_styles(record.work_styles)]
        # Qualities in words other than work_styles.py's are the occupation's own.
        own_qualities = any(
            EXPLANATIONS.get(name) != text for name, text in qualities.get(code, [])
        )
        if (
            styles
            and (overwrite or not own_qualities)
            and not kept(occupation, "qualities", overwrite=overwrite)
            and styles != qualities.get(code, [])
        ):
            new_qualities[code] = styles
        rated = f"{source}, Work Styles"
        if code in new_qualities and occupation.qualities_source != rated:
            occupation.qualities_source = rated
            names.add("qualities_source")
            fields.add("qualities_source")
        if overwrite and forget_edits(occupation, ("duties", "related", "qualities")):
            fields.add("edited_fields")
            names.add("edited_fields")

        if created:
            continue
        if names or code in new_duties or code in new_related or code in new_qualities:
            changed.append(occupation)
        else:
            summary.unchanged += 1

    progress(f"Saving {len(new):,} new and {len(changed):,} changed occupations")
    Occupation.objects.bulk_create(new)
    save_changed(changed, fields)
    ids = dict(Occupation.objects.values_list("soc_code", "id"))
    _replace_duties(new_duties, ids)
    _replace_related(new_related, ids)
    _replace_qualities(new_qualities, ids)
    summary.created, summary.updated = len(new), len(changed)
    return summary


def _values(record: Record, source: str, owns_text: bool) -> dict:
    values: dict = {"title": record.title}
    if owns_text:
        values |= {"summary": record.description, "text_source": source}
    if record.interests:
        values |= {f"interest_{letter.lower()}": record.interests[letter] for letter in LETTERS}
        values["interest_source"] = source
        if record.high_points:
            values["high_point_code"] = record.high_point_code
    if record.job_zone is not None:
        values["job_zone"] = record.job_zone
    if record.titles:
        values["alternate_titles"] = record.alternate_titles
    return values


def _lists(pairs) -> dict[str, list[str]]:
    # values_list follows the models' Meta.ordering (order, id), so lists keep their order.
    lists: dict[str, list[str]] = defaultdict(list)
    for key, value in pairs:
        lists[key].append(value)
    return lists


def _replace_duties(duties: dict[str, list[str]], ids: dict[str, int]) -> None:
    for chunk in chunks([ids[code] for code in duties]):
        Duty.objects.filter(occupation_id__in=chunk).delete()
    Duty.objects.bulk_create(
        Duty(occupation_id=ids[code], order=order, text=text)
        for code, texts in duties.items()
        for order, text in enumerate(texts)
    )


def _replace_related(related: dict[str, list[str]], ids: dict[str, int]) -> None:
    for chunk in chunks([ids[code] for code in related]):
        RelatedOccupation.objects.filter(from_occupation_id__in=chunk).delete()
    RelatedOccupation.objects.bulk_create(
        RelatedOccupation(from_occupation_id=ids[code], to_occupation_id=ids[other], order=order)
        for code, others in related.items()
        for order, other in enumerate(others)
    )


def _replace_qualities(qualities: dict[str, list[tuple[str, str]]], ids: dict[str, int]) -> None:
    for chunk in chunks([ids[code] for code in qualities]):
        Quality.objects.filter(occupation_id__in=chunk).delete()
    Quality.objects.bulk_create(
        Quality(occupation_id=ids[code], order=order, name=name, description=text)
        for code, styles in qualities.items()
        for order, (name, text) in enumerate(styles)
    )


def _unique_slug(title: str, code: str, taken: set[str]) -> str:
    slug = slugify(title)[:200] or slugify(code)
    if slug in taken:
        slug = f"{slug}-{slugify(code)}"
    taken.add(slug)
    return slug
