from django.db.models import Prefetch
from django.views.generic import DetailView, ListView

from careerquiz.pagecache import cached_page
from occupations.forms import OccupationFilterForm
from occupations.models import InterestArea, Occupation, RelatedOccupation
from occupations.selectors import catalogue_version

# Every list of a career page comes in one query of its own, so the page costs the same
# number of queries however many duties, industries or related careers a career has.
DETAIL_QUERYSET = Occupation.objects.prefetch_related(
    "duties",
    "industries",
    "qualities",
    "links",
    Prefetch(
        "related_links",
        queryset=RelatedOccupation.objects.select_related("to_occupation"),
    ),
)

BLS_FIELDS = (
    "employment",
    *(f"wage_{name}" for name in ("median", "p10", "p25", "p75", "p90")),
    "outlook_openings",
)


def career_facts(occupation: Occupation) -> dict:
    """What the career page shows beyond the record's own fields, and which credits it owes."""
    industries = list(occupation.industries.all())
    profile = None not in occupation.interests.values()
    return {
        "profile_complete": profile,
        "onet_shown": profile
        or bool(occupation.high_point_code or occupation.job_zone)
        or "O*NET" in occupation.text_source,
        # Zero counts and wages are never shown, but a zero percent change is.
        "bls_shown": bool(industries)
        or occupation.outlook_percent is not None
        or any(getattr(occupation, field) for field in BLS_FIELDS),
        "share_industries": [row for row in industries if row.share_percent is not None],
        "pay_industries": sorted(
            (row for row in industries if row.median_wage),
            key=lambda row: row.median_wage,
            reverse=True,
        ),
        "related": [link.to_occupation for link in occupation.related_links.all()],
    }


class OccupationListView(ListView):
    template_name = "occupations/occupation_list.html"
    context_object_name = "occupations"
    paginate_by = 25

    def get_queryset(self):
        self.areas = list(InterestArea.objects.all())
        self.form = OccupationFilterForm(self.request.GET, areas=self.areas)
        return self.form.filter(Occupation.objects.all())

    def get(self, request, *args, **kwargs):
        render = super().get
        key = (catalogue_version(), request.GET.urlencode())
        return cached_page(request, key, lambda: render(request, *args, **kwargs))

    def paginate_queryset(self, queryset, page_size):
        # get_page turns a missing, malformed or too-large page number into a real page.
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(self.request.GET.get("page"))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        areas_by_letter = {area.letter: area for area in self.areas}
        return super().get_context_data(form=self.form, areas=areas_by_letter, **kwargs)


class OccupationDetailView(DetailView):
    queryset = DETAIL_QUERYSET
    template_name = "occupations/occupation_detail.html"

    def get(self, request, *args, **kwargs):
        # A career page shows only catalogue data: reuse it until the catalogue changes.
        render = super().get
        return cached_page(request, catalogue_version(), lambda: render(request, *args, **kwargs))

    def get_context_data(self, **kwargs):
        areas = {area.letter: area for area in InterestArea.objects.all()}
        return super().get_context_data(areas=areas, **career_facts(self.object), **kwargs)
