"""Staff sign-in: lock-out on user name + address (django-axes), a second, address-only limit
that catches password spraying over many names, and sessions that end after hours."""

from datetime import timedelta

from axes.handlers.database import AxesDatabaseHandler
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum
from django.utils import timezone

from careerquiz.clients import client_address


def address_failures(address: str) -> int:
    since = timezone.now() - timedelta(hours=settings.AXES_COOLOFF_TIME)
    attempts = AccessAttempt.objects.filter(ip_address=address, attempt_time__gte=since)
    return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0


class SprayAwareHandler(AxesDatabaseHandler):
    """axes' lock-out on user name + address, and the address alone at a higher limit."""

    @staticmethod
    def address_locked(request) -> bool:
        limit = settings.AXES_ADDRESS_FAILURE_LIMIT
        if limit and address_failures(client_address(request)) >= limit:
            # Read by the lock-out page, which then speaks of the address, not of one name.
            request.signin_address_failures = limit
            return True
        return False

    def is_locked(self, request, credentials=None) -> bool:
        return super().is_locked(request, credentials) or self.address_locked(request)

    def user_login_failed(self, sender, credentials: dict, request=None, **kwargs) -> None:
        super().user_login_failed(sender, credentials, request, **kwargs)
        locked = getattr(request, "axes_locked_out", False)
        if request is not None and not locked and self.address_locked(request):
            request.axes_locked_out = True
            request.axes_credentials = credentials


def staff_session_expiry(sender, request, user, **kwargs) -> None:
    """Connected to user_logged_in: every signed-in session (staff and counselors, who see
    other people's results) lasts settings.STAFF_SESSION_SECONDS."""
    if request is not None:
        request.session.set_expiry(settings.STAFF_SESSION_SECONDS)
