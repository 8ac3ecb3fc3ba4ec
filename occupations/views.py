from django.views.generic import DetailView, ListView

from occupations.models import Occupation


class OccupationListView(ListView):
    model = Occupation
    paginate_by = 25


class OccupationDetailView(DetailView):
    model = Occupation
