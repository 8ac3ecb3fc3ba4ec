import pytest
from django.core.exceptions import ImproperlyConfigured

from careerquiz.settings import cache_settings


@pytest.mark.parametrize(
    ("url", "backend", "location"),
    [
        ("locmem://", "django.core.cache.backends.locmem.LocMemCache", ""),
        ("db://", "django.core.cache.backends.db.DatabaseCache", "careerquiz_cache"),
        (
            "redis://cache:6379/0",
            "django.core.cache.backends.redis.RedisCache",
            "redis://cache:6379/0",
        ),
        (
            "memcached://cache:11211",
            "django.core.cache.backends.memcached.PyMemcacheCache",
            "cache:11211",
        ),
    ],
)
def test_cache_url_picks_the_backend(url, backend, location):
    default = cache_settings(url)["default"]
    assert (default["BACKEND"], default["LOCATION"]) == (backend, location)


def test_unknown_cache_url_is_a_clear_configuration_error():
    with pytest.raises(ImproperlyConfigured, match="cache URL 'ftp://x'"):
        cache_settings("ftp://x")
