"""A group's results as CSV and Excel files: one row per member, in the order they joined,
worded in the counselor's language."""

import csv
import io
from collections.abc import Callable
from datetime import UTC, datetime

from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from counselors.selectors import MemberRow
from occupations.models import InterestArea


def _when(moment: datetime | None) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M") if moment else ""


def header(areas: list[InterestArea]) -> list[str]:
    return [
        _("Nickname"),
        _("Joined (UTC)"),
        _("Form"),
        _("Status"),
        _("Finished (UTC)"),
        _("Holland code"),
        _("Top areas"),
        *(f"{area.friendly_name_i18n} ({area.letter}) %" for area in areas),
        _("Result link"),
    ]


def rows(
    members: list[MemberRow], areas: list[InterestArea], absolute: Callable[[str], str]
) -> list[list]:
    return [
        [
            member.nickname,
            _when(member.joined_at),
            member.form,
            pgettext("member status", "Finished") if member.code else _("In progress"),
            _when(member.finished_at),
            member.code,
            member.top_areas,
            *(member.percents.get(area.letter, "") for area in areas),
            absolute(member.result_path) if member.result_path else "",
        ]
        for member in members
    ]


def as_csv(members, areas, absolute) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header(areas))
    writer.writerows(rows(members, areas, absolute))
    return out.getvalue()


def as_xlsx(members, areas, absolute, *, title: str) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Results")
    sheet.append(header(areas))
    for row in rows(members, areas, absolute):
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for index, name in enumerate(header(areas), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = max(12, len(name) + 2)
    workbook.properties.title = title
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
