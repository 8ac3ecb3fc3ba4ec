from django.utils.decorators import method_decorator
from django.views.generic import DetailView, ListView

from occupations.cache import catalogue_page
from occupations.forms import OccupationFilterForm
from occupations.models import InterestArea, Occupation
from occupations.selectors import career_facts


@method_decorator(catalogue_page, name="get")
class OccupationListView(ListView):
    template_name = "occupations/occupation_list.html"
    context_object_name = "occupations"
    paginate_by = 25

    def get_queryset(self):
        self.areas = list(InterestArea.objects.all())
        self.form = OccupationFilterForm(self.request.GET, areas=self.areas)
        return self.form.filter(Occupation.objects.all())

    def paginate_queryset(self, queryset, page_size):
        # get_page turns a missing, malformed or too-large page number into a real page.
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(self.request.GET.get("page"))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        areas_by_letter = {area.letter: area for area in self.areas}
        return super().get_context_data(form=self.form, areas=areas_by_letter, **kwargs)


# A career page shows only catalogue data: it is reused until the catalogue changes.
@method_decorator(catalogue_page, name="get")
class OccupationDetailView(DetailView):
    queryset = Occupation.objects.with_details()
    template_name = "occupations/occupation_detail.html"

    def get_context_data(self, **kwargs):
        areas = {area.letter: area for area in InterestArea.objects.all()}
        facts = career_facts(self.object)
        return super().get_context_data(areas=areas, **vars(facts), **kwargs)
