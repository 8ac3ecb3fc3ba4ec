from django.contrib import admin
from django.urls import include, path
from django.views.decorators.csrf import csrf_exempt
from django.views.i18n import set_language

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
    # The switcher sits on pages kept whole in the page cache, which cannot carry a visitor's
    # CSRF token; choosing a language is a harmless preference, so it needs none.
    path("i18n/setlang/", csrf_exempt(set_language), name="set_language"),
    path("admin/", admin.site.urls),
    path("api/v1/", include("api.urls")),
]

handler500 = "careerquiz.views.server_error"
