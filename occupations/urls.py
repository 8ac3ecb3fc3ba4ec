from django.urls import path

from occupations import views

app_name = "occupations"
urlpatterns = [
    path("", views.OccupationListView.as_view(), name="list"),
    path("<slug:slug>/", views.OccupationDetailView.as_view(), name="detail"),
]
