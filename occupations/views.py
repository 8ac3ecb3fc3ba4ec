from django.http import Http404
from django.utils.decorators import method_decorator
from django.views.generic import ListView, TemplateView

from occupations.cache import catalogue_page
from occupations.career_list import LISTED_FIELDS, career_rows, column_headings
from occupations.career_page import CareerPage
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
        return self.form.filter(Occupation.objects.only(*LISTED_FIELDS))

    def paginate_queryset(self, queryset, page_size):
        # get_page turns a missing, malformed or too-large page number into a real page.
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(self.request.GET.get("page"))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(form=self.form, **kwargs)
        areas = {area.letter: area for area in self.areas}
        context["rows"] = career_rows(context["occupations"], areas)
        context["columns"] = column_headings()
        return context


# A career page shows only catalogue data: it is reused until the catalogue changes.
@method_decorator(catalogue_page, name="get")
class OccupationDetailView(TemplateView):
    template_name = "occupations/occupation_detail.html"

    def get_context_data(self, **kwargs):
        facts = career_facts(self.kwargs["slug"])
        if facts is None:
            raise Http404("There is no career at this address.")
        return super().get_context_data(page=CareerPage(facts), **kwargs)
