"""The credits O*NET's CC BY 4.0 licence and BLS ask for: their wording and when they are owed.

The O*NET release is the one import_onet recorded in each occupation's interest source
("O*NET 29.3 Database (USDOL/ETA), CC BY 4.0"), never a setting to keep in step by hand.
"""

import re
from dataclasses import dataclass

from django.core.cache import caches
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from occupations.cache import PAGE_CACHE, catalogue_version
from occupations.models import Occupation

# The credits in English; a translation names the licence as license_name() does.
LICENSE_NAME = gettext_noop("CC BY 4.0 license")
LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/"
ONET_ATTRIBUTION = gettext_noop(
    "Includes information from the {release} Database by the U.S. Department of Labor, "
    "Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license "
    "(https://creativecommons.org/licenses/by/4.0/). O*NET® is a trademark of USDOL/ETA."
)
BLS_ATTRIBUTION = gettext_noop(
    "Employment, wage and projection figures come from the U.S. Bureau of Labor Statistics "
    "(Occupational Employment and Wage Statistics and Employment Projections), which are in "
    "the public domain."
)
RELEASE = re.compile(r"\bO\*NET \d+(?:\.\d+)?")
# Fields whose figures come from BLS; a zero count or wage is never shown, so owes nothing.
BLS_FIELDS = (
    "employment",
    *(f"wage_{name}" for name in ("median", "p10", "p25", "p75", "p90")),
    "outlook_openings",
)


def license_name() -> str:
    return _(LICENSE_NAME)


def onet_attribution_text(release: str) -> str:
    return _(ONET_ATTRIBUTION).format(release=release)


def onet_attribution_html(release: str) -> SafeString:
    """The O*NET credit as the API gives it, with the licence's name as its link."""
    name = license_name()
    text = onet_attribution_text(release).replace(f" ({LICENSE_URL})", "")
    before, after = text.split(name)
    return format_html('{}<a href="{}">{}</a>{}', before, LICENSE_URL, name, after)


def bls_attribution_text() -> str:
    return _(BLS_ATTRIBUTION)


def release_named(source: str) -> str | None:
    """ "O*NET 29.3" from a recorded source such as "O*NET 29.3 Database (USDOL/ETA)"."""
    found = RELEASE.search(source or "")
    return found.group(0) if found else None


def catalogue_releases() -> str:
    """The O*NET releases the catalogue holds, e.g. "O*NET 29.3" (kept per catalogue version)."""
    key = f"onet-releases:{catalogue_version()}"
    return caches[PAGE_CACHE].get_or_set(key, _releases_in_database, timeout=None)


def _releases_in_database() -> str:
    sources = Occupation.objects.exclude(interest_source="").values_list(
        "interest_source", flat=True
    )
    releases = sorted({release_named(source) for source in sources.distinct()} - {None})
    return " and ".join(releases) or "O*NET"


@dataclass(frozen=True)
class Credits:
    onet_release: str | None  # None when the record shows nothing from O*NET
    bls: bool

    @property
    def attribution(self) -> list[str]:
        onet = [onet_attribution_text(self.onet_release)] if self.onet_release else []
        return onet + ([bls_attribution_text()] if self.bls else [])


def occupation_credits(occupation: Occupation, industries: list) -> Credits:
    """What a career's page and API record owe, judged on the data they show."""
    onet = (
        None not in occupation.interests.values()
        or bool(occupation.high_point_code or occupation.job_zone)
        or "O*NET" in occupation.text_source
    )
    bls = (
        bool(industries)
        or occupation.outlook_percent is not None
        or any(getattr(occupation, field) for field in BLS_FIELDS)
    )
    if not onet:
        return Credits(onet_release=None, bls=bls)
    return Credits(
        onet_release=release_named(occupation.interest_source) or catalogue_releases(), bls=bls
    )
