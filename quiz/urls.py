from django.urls import path

from quiz import views

app_name = "quiz"
urlpatterns = [
    path("quiz/", views.start, name="start"),
    path("quiz/restart/", views.restart, name="restart"),
    path("quiz/forget/", views.forget, name="forget"),
    path("quiz/page/<int:number>/", views.page, name="page"),
    path("results/compare/", views.compare, name="compare"),
    path("results/<uuid:token>/", views.result, name="result"),
    path("results/<uuid:token>/pdf/", views.result_pdf, name="result-pdf"),
]
