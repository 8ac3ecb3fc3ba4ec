from django.contrib import admin
from django.urls import include, path

from careerquiz import views

admin.site.site_header = "careerquiz administration"
admin.site.site_title = "careerquiz admin"
admin.site.index_title = "Questionnaires, careers and results"

urlpatterns = [
    path("", views.home, name="home"),
    path("about/", views.about, name="about"),
    path("healthz", views.healthz, name="healthz"),
    path("favicon.ico", views.favicon),
    path("robots.txt", views.robots_txt, name="robots-txt"),
    path("", include("quiz.urls")),
    path("careers/", include("occupations.urls")),
    path("", include("counselors.urls")),
    path("admin/", admin.site.urls),
    path("api/v1/", include("api.urls")),
]

handler500 = "careerquiz.views.server_error"
