"""The career page's charts (interest profile, wage range) and the interest areas' words."""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from occupations.areas import LETTERS
from occupations.formatting import code_names, scale, wage
from occupations.markup import TABLE_ROW, in_language, rows
from occupations.models import Occupation

# Chart geometry, in SVG user units.
PROFILE_COLUMN, PROFILE_BAR, PROFILE_HEIGHT, PROFILE_BASE = 40, 24, 100, 118
RANGE_WIDTH, RANGE_PAD = 300, 6
PERCENTILES = (
    ("wage_p10", gettext_noop("10th percentile")),
    ("wage_p25", gettext_noop("25th percentile")),
    ("wage_median", gettext_noop("Median")),
    ("wage_p75", gettext_noop("75th percentile")),
    ("wage_p90", gettext_noop("90th percentile")),
)
# The chart's labels, as the floatformat filter rounds (the decimal point in both languages).
TENTH, HUNDREDTH = Decimal("0.1"), Decimal("0.01")
PROFILE_BAR_SVG = (
    '<rect x="{}" y="{}" width="24" height="{}" fill="{}"/>'
    '<text x="{}" y="{}" text-anchor="middle" font-size="11" fill="#212529">{}</text>'
    '<text x="{}" y="134" text-anchor="middle" font-size="12" font-weight="bold" '
    'fill="#212529">{}</text>'
)


@dataclass(frozen=True)
class AreaWords:
    """An interest area's words in the page's language, read once per page."""

    friendly: str  # "Persuading"
    holland: str  # "Enterprising"
    description: str
    colour: str

    @classmethod
    def of(cls, areas: list[tuple], language: str | None) -> dict[str, "AreaWords"]:
        """By letter, from ``CareerFacts.areas``."""
        words = {}
        for letter, friendly, friendly_es, name, name_es, text, text_es, colour in areas:
            words[letter] = cls(
                in_language(friendly, friendly_es, language),
                in_language(name, name_es, language),
                in_language(text, text_es, language),
                colour,
            )
        return words

    @staticmethod
    def names(code: str, areas: dict[str, "AreaWords"]) -> str:
        """ "Persuading and Organizing (Enterprising and Conventional)" for "EC"."""
        friendly = code_names(code, {letter: area.friendly for letter, area in areas.items()})
        holland = code_names(code, {letter: area.holland for letter, area in areas.items()})
        return f"{friendly} ({holland})"


@dataclass(frozen=True)
class ProfileChart:
    """Six columns on O*NET's 1 to 7 scale, drawn from the baseline up, and as table rows."""

    bars: SafeString
    rows: SafeString

    @classmethod
    def build(cls, interests: dict, areas: dict[str, "AreaWords"]) -> "ProfileChart":
        bars, table = [], []
        for index, letter in enumerate(LETTERS):
            value = interests[letter]
            height = 0 if value is None else scale(value, low=1, high=7, length=PROFILE_HEIGHT)
            area = areas.get(letter)
            x = index * PROFILE_COLUMN
            centre = x + PROFILE_COLUMN / 2
            bars.append(
                (
                    x + (PROFILE_COLUMN - PROFILE_BAR) / 2,
                    PROFILE_BASE - height,
                    height,
                    area.colour if area else "#495057",
                    centre,
                    PROFILE_BASE - height - 4,
                    value.quantize(TENTH, ROUND_HALF_UP),
                    centre,
                    letter,
                )
            )
            name = f"{area.friendly} ({area.holland})" if area else letter
            table.append((name, value.quantize(HUNDREDTH, ROUND_HALF_UP)))
        return cls(bars=rows(PROFILE_BAR_SVG, bars), rows=rows(TABLE_ROW, table))


@dataclass(frozen=True)
class WageRange:
    """The published percentiles as text, and drawn on one axis when there are two or more."""

    marks: SafeString  # a line on the axis for each percentile
    texts: SafeString  # each percentile and its wage, as rows of a description list
    drawn: bool
    outer: dict | None
    middle: dict | None
    median: bool

    @classmethod
    def build(cls, occupation: Occupation) -> "WageRange":
        points = [
            {"field": field, "label": label, "value": getattr(occupation, field)}
            for field, label in PERCENTILES
            if getattr(occupation, field)  # a zero wage is a data error, never shown as "$0"
        ]
        low = float(min((p["value"] for p in points), default=0))
        high = float(max((p["value"] for p in points), default=0))
        for point in points:
            point["x"] = RANGE_PAD + scale(
                point["value"], low=low, high=high, length=RANGE_WIDTH - 2 * RANGE_PAD
            )
        by_field = {point["field"]: point for point in points}
        return cls(
            marks=rows(
                '<line x1="{}" y1="6" x2="{}" y2="30" stroke="#052c65" stroke-width="{}"/>',
                ((p["x"], p["x"], "4" if p["field"] == "wage_median" else "1.5") for p in points),
            ),
            texts=rows(
                '<dt class="col-6 col-sm-4">{}</dt><dd class="col-6 col-sm-8">{}</dd>',
                ((_(p["label"]), wage(occupation, p["field"])) for p in points),
            ),
            drawn=len(points) >= 2,
            outer=_span(by_field, "wage_p10", "wage_p90"),
            middle=_span(by_field, "wage_p25", "wage_p75"),
            median="wage_median" in by_field,
        )


def _span(points: dict, start: str, end: str) -> dict | None:
    if start not in points or end not in points:
        return None
    return {"x": points[start]["x"], "width": round(points[end]["x"] - points[start]["x"], 1)}
