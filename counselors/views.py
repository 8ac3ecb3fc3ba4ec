from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from careerquiz.pdf import pdf_response, render_pdf
from counselors import exports
from counselors.forms import GroupForm
from counselors.models import CounselorGroup, Membership
from counselors.selectors import (
    area_summaries,
    finished_period,
    groups_for,
    member_rows,
    profile_of,
)
from counselors.services import group_create, group_delete, group_update, membership_remove
from occupations.models import InterestArea


def counselor_required(view):
    """Signed-in users with the "run groups" permission; others go to sign in, or get 403."""
    checked = permission_required("counselors.run_groups", raise_exception=True)(view)
    return never_cache(login_required(checked))


@require_GET
@counselor_required
def group_list(request: HttpRequest) -> HttpResponse:
    groups = groups_for(request.user)
    return render(request, "counselors/group_list.html", {"groups": groups})


@require_http_methods(["GET", "POST"])
@counselor_required
def group_new(request: HttpRequest) -> HttpResponse:
    form = GroupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        group = group_create(owner=request.user, **form.cleaned_data)
        ready = _("“%(name)s” is ready. Share its code or join link.")
        messages.success(request, ready % {"name": group.name})
        return redirect(group)
    return render(request, "counselors/group_form.html", {"form": form})


@require_http_methods(["GET", "POST"])
@counselor_required
def group_edit(request: HttpRequest, pk: int) -> HttpResponse:
    group = get_object_or_404(CounselorGroup.objects.visible_to(request.user), pk=pk)
    initial = {"name": group.name, "closes_on": group.closes_on}
    form = GroupForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        group_update(group=group, **form.cleaned_data)
        messages.success(request, _("Your changes are saved."))
        return redirect(group)
    return render(request, "counselors/group_form.html", {"form": form, "group": group})


@require_http_methods(["GET", "POST"])
@counselor_required
def group_remove(request: HttpRequest, pk: int) -> HttpResponse:
    group = get_object_or_404(CounselorGroup.objects.visible_to(request.user), pk=pk)
    if request.method == "POST":
        group_delete(group=group)
        deleted = _("“%(name)s” is deleted. Its members' own result links still work.")
        messages.success(request, deleted % {"name": group.name})
        return redirect("counselors:list")
    return render(request, "counselors/group_delete.html", {"group": group})


@require_http_methods(["GET", "POST"])
@counselor_required
def member_remove(request: HttpRequest, pk: int, member: int) -> HttpResponse:
    groups = CounselorGroup.objects.visible_to(request.user)
    membership = get_object_or_404(
        Membership.objects.select_related("group"), pk=member, group__in=groups, group=pk
    )
    if request.method == "POST":
        membership_remove(membership=membership)
        removed = _("%(nickname)s is no longer in this group.")
        messages.success(request, removed % {"nickname": membership.nickname})
        return redirect(membership.group)
    return render(request, "counselors/member_remove.html", {"membership": membership})


def _group_and_rows(request: HttpRequest, pk: int):
    group = get_object_or_404(CounselorGroup.objects.visible_to(request.user), pk=pk)
    areas = list(InterestArea.objects.order_by("order", "letter"))
    return group, areas, member_rows(group, areas)


def _summary(request: HttpRequest, pk: int) -> dict:
    """The group with its members and profile, as its page and its PDF show them."""
    group, areas, rows = _group_and_rows(request, pk)
    profile = profile_of(rows)
    return {
        "group": group,
        "members": rows,
        "profile": profile,
        "summaries": area_summaries(profile, areas),
        "period": finished_period(rows),
    }


@require_GET
@counselor_required
def group_detail(request: HttpRequest, pk: int) -> HttpResponse:
    context = _summary(request, pk)
    context["join_url"] = request.build_absolute_uri(context["group"].join_path)
    context["join_start_url"] = request.build_absolute_uri(reverse("counselors:join-start"))
    return render(request, "counselors/group_detail.html", context)


@require_GET
@counselor_required
def group_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    context = {**_summary(request, pk), "today": timezone.now()}
    content = render_pdf("counselors/pdf/group.html", context, request=request)
    filename = f"{slugify(context['group'].name) or 'group'}-summary.pdf"
    return pdf_response(content, filename=filename)


@require_GET
@counselor_required
def group_export(request: HttpRequest, pk: int, extension: str) -> HttpResponse:
    group, areas, rows = _group_and_rows(request, pk)
    filename = f"{slugify(group.name) or 'group'}-results.{extension}"
    if extension == "csv":
        content = exports.as_csv(rows, areas, request.build_absolute_uri)
        response = HttpResponse(content, content_type="text/csv; charset=utf-8")
    else:
        content = exports.as_xlsx(rows, areas, request.build_absolute_uri, title=group.name)
        response = HttpResponse(
            content,
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
