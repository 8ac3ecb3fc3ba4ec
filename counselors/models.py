import uuid

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone

from counselors import codes
from quiz.models import Attempt


class CounselorGroupQuerySet(models.QuerySet):
    def visible_to(self, user) -> "CounselorGroupQuerySet":
        """Staff who may view every group in admin see them all; counselors their own."""
        if user.has_perm("counselors.view_counselorgroup"):
            return self
        return self.filter(owner=user)


class CounselorGroup(models.Model):
    """A class or workshop whose members take the quiz under a nickname."""

    name = models.CharField(max_length=100)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="counselor_groups"
    )
    join_code = models.CharField(max_length=codes.LENGTH, unique=True, editable=False)
    closes_on = models.DateField(
        "joining closes after", null=True, blank=True, help_text="Leave empty to keep it open."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = CounselorGroupQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "counselor group"
        permissions = [("run_groups", "Can run counselor groups and see their members' results")]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("counselors:detail", args=[self.pk])

    @property
    def display_code(self) -> str:
        return codes.display(self.join_code)

    @property
    def join_path(self) -> str:
        return reverse("counselors:join", args=[self.display_code])

    @property
    def is_closed(self) -> bool:
        return self.closes_on is not None and timezone.localdate() > self.closes_on


class Membership(models.Model):
    """One person who joined a group, and the quiz attempt they took for it."""

    group = models.ForeignKey(CounselorGroup, on_delete=models.CASCADE, related_name="memberships")
    attempt = models.OneToOneField(Attempt, on_delete=models.CASCADE, related_name="membership")
    nickname = models.CharField(max_length=40)
    # The join form's one-time key: a double-submitted form joins once.
    join_key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["joined_at", "id"]
        verbose_name = "membership"
        constraints = [
            models.UniqueConstraint(
                "group", Lower("nickname"), name="one_nickname_per_group_any_case"
            )
        ]

    def __str__(self) -> str:
        return f"{self.nickname} in {self.group}"
