"""Joining a group: a typed or linked code, a nickname, then the usual quiz."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from counselors import codes
from counselors.forms import CodeForm, JoinForm
from counselors.models import CounselorGroup
from counselors.services import GroupClosed, NicknameTaken, group_join
from quiz.models import Attempt
from quiz.selectors import SESSION_KEY, session_attempt
from quiz.services import attempt_discard


def enter_quiz(request: HttpRequest, attempt: Attempt) -> None:
    """Make `attempt` this browser's quiz in progress, as quiz.views.start does."""
    previous = session_attempt(request)
    if previous is not None and previous.pk != attempt.pk:
        attempt_discard(attempt=previous)
    request.session[SESSION_KEY] = str(attempt.token)


@never_cache
@require_http_methods(["GET"])
def join_start(request: HttpRequest) -> HttpResponse:
    form = CodeForm(request.GET or None)
    if form.is_valid():
        return redirect("counselors:join", code=codes.display(form.cleaned_data["code"]))
    return render(request, "counselors/join_code.html", {"form": form})


def _unavailable(request: HttpRequest, code: str, group: CounselorGroup | None) -> HttpResponse:
    context = {"form": CodeForm(initial={"code": code}), "typed": code, "group": group}
    status = 404 if group is None else 410
    return render(request, "counselors/join_code.html", context, status=status)


@never_cache
@require_http_methods(["GET", "POST"])
def join(request: HttpRequest, code: str) -> HttpResponse:
    normalized = codes.normalize(code)
    group = CounselorGroup.objects.filter(join_code=normalized).first() if normalized else None
    if group is None or group.is_closed:
        return _unavailable(request, code, group)
    form = JoinForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            membership = group_join(group=group, **form.cleaned_data)
        except GroupClosed:
            return _unavailable(request, code, group)
        except NicknameTaken:
            form.add_error(
                "nickname",
                _(
                    "Someone in this group already uses “%(nickname)s”. "
                    "Add an initial or a number, for example “Sam K” or “Sam 2”."
                )
                % {"nickname": form.cleaned_data["nickname"]},
            )
        else:
            if membership.attempt.is_finished:
                return redirect(membership.attempt)
            enter_quiz(request, membership.attempt)
            messages.info(
                request,
                _(
                    "You joined “%(group)s” as %(nickname)s. "
                    "Your counselor will see your result when you finish."
                )
                % {"group": group.name, "nickname": membership.nickname},
            )
            return redirect("quiz:page", number=1)
    return render(request, "counselors/join.html", {"group": group, "form": form})
