"""Settings for careerquiz, read from the environment (see README, "Configuration").

Fail closed: without DJANGO_DEBUG=1 this is production, which will not start without a secret
key or allowed hosts. `make run` and `make test` set DJANGO_DEBUG=1 for local work; a `.env`
file beside manage.py is read too (environment variables win).
"""

import hashlib
import tempfile
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env")

DEBUG = env.bool("DJANGO_DEBUG", default=False)

SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. Without DJANGO_DEBUG=1 careerquiz runs as in "
            "production and refuses to start without a secret key: set DJANGO_SECRET_KEY to a "
            "long random string (or DJANGO_DEBUG=1 on a development machine)."
        )
    # Development only: never used when DEBUG is off (see above).
    SECRET_KEY = "django-insecure-development-key-for-local-use-only"

ALLOWED_HOSTS = env.list(
    "DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"] if DEBUG else []
)
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "DJANGO_ALLOWED_HOSTS is not set: list the host names this site answers to, "
        "e.g. DJANGO_ALLOWED_HOSTS=careers.example.org."
    )

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
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
    "careerquiz.inputguard.InputGuardMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
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
        "OPTIONS": {
            # Django's cached loader, one compiled template per language with its constant
            # translations written in (careerquiz/template_loader.py).
            "loaders": [
                (
                    "careerquiz.template_loader.Loader",
                    [
                        "django.template.loaders.filesystem.Loader",
                        "django.template.loaders.app_directories.Loader",
                    ],
                )
            ],
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "careerquiz.context_processors.credits",
                "careerquiz.context_processors.site",
            ],
        },
    },
]

DATABASES = {"default": env.db_url("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
# A persistent connection is checked before reuse: after a database restart no request meets
# a dead connection.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and a busy timeout let concurrent quiz takers write without "database is locked";
    # reads never wait in WAL mode. A write stuck longer than the timeout gets a 503 page
    # (careerquiz/health.py) instead of holding every worker.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": env.float("CAREERQUIZ_SQLITE_BUSY_SECONDS", default=5),
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

# Per-client limits and sign-in protection, all keyed on careerquiz.clients.
# How many proxies in front of the app append to X-Forwarded-For (nginx in front: 1).
TRUSTED_PROXIES = env.int(
    "CAREERQUIZ_TRUSTED_PROXIES", default=env.int("CAREERQUIZ_API_TRUSTED_PROXIES", default=0)
)
# Lock out a user name + address pair after repeated failed sign-ins, and an address that
# fails across many names (password spraying) after AXES_ADDRESS_FAILURE_LIMIT.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_ADDRESS_FAILURE_LIMIT = env.int("AXES_ADDRESS_FAILURE_LIMIT", default=20)
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_HOURS", default=1)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "careerquiz.clients.client_address"
AXES_HANDLER = "careerquiz.signin.SprayAwareHandler"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "admin/quiz/locked_out.html"
# Quiz takers keep their session for a month, so an unfinished quiz can be resumed; it holds
# only the token of that attempt. Staff sessions end after a working day.
SESSION_ENGINE = "careerquiz.sessions"
SESSION_COOKIE_AGE = 60 * 60 * 24 * 30
STAFF_SESSION_SECONDS = int(env.float("CAREERQUIZ_STAFF_SESSION_HOURS", default=8) * 3600)
# Pages that need a sign-in outside the admin (the counselor area) send people to the
# counselors' sign-in; a missing or unsafe ?next= falls back to a page that exists.
LOGIN_URL = "counselors:login"
LOGIN_REDIRECT_URL = "admin:index"
# Quizzes started (POST /quiz/) per client per minute; 0 turns the limit off.
QUIZ_START_RATE_LIMIT_PER_MINUTE = env.int("CAREERQUIZ_QUIZ_START_RATE_LIMIT", default=20)

# English and Spanish: the language comes from the switcher's cookie, else Accept-Language.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("es", "Español")]
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_SAMESITE = "Lax"
FORMAT_MODULE_PATH = ["careerquiz.formats"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env.path("DJANGO_STATIC_ROOT", default=BASE_DIR / "staticfiles")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

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
    SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    LANGUAGE_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env.int("DJANGO_HSTS_SECONDS", default=60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env.bool("DJANGO_HSTS_PRELOAD", default=True)

CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])


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
    **cache_settings(env.str("CAREERQUIZ_CACHE_URL", default="locmem://")),
    "pages": cache_settings(
        env.str("CAREERQUIZ_PAGE_CACHE_URL", default=f"file://{_PAGES_FOLDER}")
    )["default"],
}
# How long a cached page lives at most; 0 turns the page cache off (pages are fast without).
PAGE_CACHE_SECONDS = env.int("CAREERQUIZ_PAGE_CACHE_SECONDS", default=60 * 60)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("DJANGO_LOG_LEVEL", default="WARNING")},
}

# API (see api/): POSTs per client per minute, and cross-origin sites allowed to call it.
API_RATE_LIMIT_PER_MINUTE = env.int("CAREERQUIZ_API_RATE_LIMIT", default=60)
CORS_ALLOWED_ORIGINS = env.list("CAREERQUIZ_API_CORS_ORIGINS", default=[])
CORS_URLS_REGEX = r"^/api/v1/.*$"
CORS_ALLOW_METHODS = ("GET", "POST", "OPTIONS")
CORS_ALLOW_HEADERS = ("Content-Type", "Accept")
CORS_EXPOSE_HEADERS = ("Retry-After",)
CORS_PREFLIGHT_MAX_AGE = 60 * 60
API_MAX_BODY_BYTES = 64 * 1024
API_READ_RATE_LIMIT_PER_MINUTE = env.int("CAREERQUIZ_API_READ_RATE_LIMIT", default=600)

# Request bodies. Form fields together; no page takes files, so a multipart body is refused
# whole above MAX_MULTIPART_BODY_SIZE (413) instead of being spooled to disk.
DATA_UPLOAD_MAX_MEMORY_SIZE = 256 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024
MAX_MULTIPART_BODY_SIZE = env.int("CAREERQUIZ_MAX_MULTIPART_BYTES", default=1024 * 1024)
