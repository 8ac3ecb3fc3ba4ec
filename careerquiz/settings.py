"""Settings for careerquiz, read from the environment (see README, "Configuration")."""

import hashlib
import os
import tempfile
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [part.strip() for part in os.environ.get(name, default).split(",") if part.strip()]


DEBUG = env_bool("DJANGO_DEBUG", True)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. With DJANGO_DEBUG=0 careerquiz refuses to start "
            "without a secret key: set DJANGO_SECRET_KEY to a long random string."
        )
    # Development only: never used when DEBUG is off (see above).
    SECRET_KEY = "django-insecure-development-key-for-local-use-only"

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "crispy_forms",
    "crispy_bootstrap5",
    "bootstrap",
    "axes",
    "ninja",
    "corsheaders",
    "careerquiz",
    "occupations",
    "quiz",
    "counselors",
    "api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "careerquiz.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "careerquiz.urls"
WSGI_APPLICATION = "careerquiz.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "careerquiz.context_processors.credits",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and a busy timeout let concurrent quiz takers write without "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Lock out an account+address pair after repeated failed admin logins.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_HOURS", "1"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "admin/quiz/locked_out.html"

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

SESSION_COOKIE_AGE = 60 * 60 * 24 * 30
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

if not DEBUG:
    # careerquiz runs behind an HTTPS-terminating proxy that sets X-Forwarded-Proto.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", True)

CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", "")


def cache_settings(url: str) -> dict:
    """locmem:// (one cache per process), file:///path (shared by the processes of one
    machine), db:// (the database, shared by every app server; run `manage.py
    createcachetable`), redis://host:6379/0 (needs the redis package) or
    memcached://host:11211 (needs pymemcache)."""
    scheme = url.split("://", 1)[0]
    backends = {
        "locmem": ("django.core.cache.backends.locmem.LocMemCache", ""),
        "file": ("django.core.cache.backends.filebased.FileBasedCache", url[len("file://") :]),
        "db": ("django.core.cache.backends.db.DatabaseCache", "careerquiz_cache"),
        "redis": ("django.core.cache.backends.redis.RedisCache", url),
        "memcached": (
            "django.core.cache.backends.memcached.PyMemcacheCache",
            url.split("://", 1)[-1],
        ),
    }
    if scheme not in backends:
        raise ImproperlyConfigured(
            f"cache URL {url!r}: use locmem://, file:///…, db://, redis://… or memcached://…"
        )
    backend, location = backends[scheme]
    return {"default": {"BACKEND": backend, "LOCATION": location, "OPTIONS": {}}}


# Pages are cached apart from the API's rate-limit counts; by default in files that every
# worker of this machine shares (one folder per database), so an admin save that bumps the
# catalogue's version there retires the old pages in every worker at once.
_PAGES_FOLDER = Path(tempfile.gettempdir()) / (
    "careerquiz-pages-"
    + hashlib.sha256(repr(DATABASES["default"]["NAME"]).encode()).hexdigest()[:12]
)
CACHES = {
    **cache_settings(os.environ.get("CAREERQUIZ_CACHE_URL", "locmem://")),
    "pages": cache_settings(os.environ.get("CAREERQUIZ_PAGE_CACHE_URL", f"file://{_PAGES_FOLDER}"))[
        "default"
    ],
}
# How long a cached page lives at most; 0 turns the page cache off (pages are fast without).
PAGE_CACHE_SECONDS = int(os.environ.get("CAREERQUIZ_PAGE_CACHE_SECONDS", str(60 * 60)))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}

# API (see api/): POSTs per client per minute, and cross-origin sites allowed to call it.
API_RATE_LIMIT_PER_MINUTE = int(os.environ.get("CAREERQUIZ_API_RATE_LIMIT", "60"))
CORS_ALLOWED_ORIGINS = env_list("CAREERQUIZ_API_CORS_ORIGINS", "")
CORS_URLS_REGEX = r"^/api/v1/.*$"
CORS_ALLOW_METHODS = ("GET", "POST", "OPTIONS")
CORS_ALLOW_HEADERS = ("Content-Type", "Accept")
CORS_EXPOSE_HEADERS = ("Retry-After",)
CORS_PREFLIGHT_MAX_AGE = 60 * 60
API_MAX_BODY_BYTES = 64 * 1024
# How many proxies in front of the app append to X-Forwarded-For (for the API rate limit).
API_TRUSTED_PROXIES = int(os.environ.get("CAREERQUIZ_API_TRUSTED_PROXIES", "0"))
DATA_UPLOAD_MAX_MEMORY_SIZE = 256 * 1024
