from datetime import UTC, datetime
from html.parser import HTMLParser

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client

from occupations.models import InterestArea
from quiz.models import Attempt, FormItem, Item, Questionnaire
from quiz.services import attempt_finish, attempt_save_page, attempt_start

PASSWORD = "a long test password"


@pytest.fixture
def superuser(db) -> User:
    return User.objects.create_superuser("admin", "admin@example.org", PASSWORD)


@pytest.fixture
def editor(db) -> User:
    """A staff member in the group the data migration created."""
    user = User.objects.create_user("editor", "editor@example.org", PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name="Content editors"))
    return user


@pytest.fixture(params=["superuser", "editor"])
def staff_client(request, default_data) -> Client:
    client = Client()
    client.force_login(request.getfixturevalue(request.param))
    return client


@pytest.fixture
def editor_client(editor) -> Client:
    client = Client()
    client.force_login(editor)
    return client


@pytest.fixture
def superuser_client(superuser) -> Client:
    client = Client()
    client.force_login(superuser)
    return client


def make_result(questionnaire: Questionnaire, values: list[int], finished_at: datetime) -> Attempt:
    """A finished result answering the questionnaire's items, in order, with these values."""
    items = list(Item.objects.in_form(questionnaire.pk))
    attempt = attempt_start(questionnaire=questionnaire)
    attempt_save_page(attempt=attempt, answers=dict(zip(items, values, strict=True)))
    attempt = attempt_finish(attempt=attempt, items=items)
    Attempt.objects.filter(pk=attempt.pk).update(finished_at=finished_at)
    attempt.refresh_from_db()
    return attempt


@pytest.fixture
def mini(default_data) -> Questionnaire:
    """A questionnaire of six items, one per area in R-I-A-S-E-C order."""
    questionnaire = Questionnaire.objects.create(slug="mini", title="Mini quiz", order=9)
    for order, area in enumerate(InterestArea.objects.order_by("order"), start=1):
        item = Item.objects.create(text=f"Activity {area.letter}", area=area)
        FormItem.objects.create(questionnaire=questionnaire, item=item, order=order)
    return questionnaire


@pytest.fixture
def result(mini) -> Attempt:
    return make_result(mini, [4, 3, 2, 1, 0, 2], datetime(2025, 3, 1, 9, 30, tzinfo=UTC))


class _FormParser(HTMLParser):
    def __init__(self, form_id: str) -> None:
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.data: dict[str, list[str]] = {}
        self.select: str | None = None
        self.textarea: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        if not self.inside:
            return
        name = attrs.get("name", "")
        if "__prefix__" in name:
            return
        if tag == "input" and name and attrs.get("type") not in ("submit", "button", "file"):
            if attrs.get("type") in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.data.setdefault(name, []).append(attrs.get("value") or "on")
            else:
                self.data.setdefault(name, []).append(attrs.get("value") or "")
        elif tag == "select" and name:
            self.select = name
            self.data.setdefault(name, [])
        elif tag == "option" and self.select and "selected" in attrs:
            self.data[self.select].append(attrs.get("value", ""))
        elif tag == "textarea" and name:
            self.textarea = name
            self.data[name] = [""]

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select":
            self.select = None
        elif tag == "textarea" and self.textarea:
            # Django writes a newline after <textarea>, which browsers drop.
            value = self.data[self.textarea][0]
            self.data[self.textarea][0] = value[1:] if value.startswith("\n") else value
            self.textarea = None

    def handle_data(self, data):
        if self.textarea:
            self.data[self.textarea][0] += data


def form_data(html: str, form_id: str) -> dict[str, str | list[str]]:
    """What a browser would submit from the form, unchanged (as the admin rendered it)."""
    parser = _FormParser(form_id)
    parser.feed(html)
    return {name: values[0] if len(values) == 1 else values for name, values in parser.data.items()}
