from django.contrib.auth import views as auth_views
from django.urls import include, path

from counselors import join_views, views
from counselors.forms import CounselorAuthenticationForm

app_name = "counselors"
urlpatterns = [
    path("groups/", views.group_list, name="list"),
    path("groups/new/", views.group_new, name="new"),
    path(
        "groups/<int:pk>/",
        include(
            [
                path("", views.group_detail, name="detail"),
                path("edit/", views.group_edit, name="edit"),
                path("delete/", views.group_remove, name="delete"),
                path("members/<int:member>/remove/", views.member_remove, name="remove"),
                path("summary.pdf", views.group_pdf, name="pdf"),
                path("results.csv", views.group_export, {"extension": "csv"}, name="csv"),
                path("results.xlsx", views.group_export, {"extension": "xlsx"}, name="xlsx"),
            ]
        ),
    ),
    path("join/", join_views.join_start, name="join-start"),
    path("join/<str:code>/", join_views.join, name="join"),
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(
            template_name="counselors/login.html",
            authentication_form=CounselorAuthenticationForm,
            redirect_authenticated_user=True,
            next_page="counselors:list",
        ),
        name="login",
    ),
    path("accounts/logout/", auth_views.LogoutView.as_view(next_page="home"), name="logout"),
]
