from django.http import HttpRequest
from django.utils.functional import lazy

from occupations.credits import catalogue_releases


def credits(request: HttpRequest) -> dict:
    """The catalogue's O*NET releases, looked up only by pages that show a credit."""
    return {"onet_releases": lazy(catalogue_releases, str)()}
