from django.conf import settings
from django.http import HttpRequest


def credits(request: HttpRequest) -> dict[str, str]:
    return {"onet_release": settings.ONET_RELEASE}
