"""gunicorn settings for careerquiz (`gunicorn -c careerquiz/gunicorn.conf.py careerquiz.wsgi`).

Sync workers: each handles one request at a time, so throughput comes from processes. The
usual rule, 2 x cores + 1, keeps every core busy while some workers wait on the database;
set GUNICORN_WORKERS to override it (for example on a machine shared with the database).
"""

import gc
import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS") or 2 * multiprocessing.cpu_count() + 1)
worker_class = "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
# Restart a worker now and then, so a slow leak can never grow without bound.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "5000"))
max_requests_jitter = max_requests // 10
backlog = 2048
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# Behind a reverse proxy on the same machine, trust its X-Forwarded-* headers.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
# Recent gunicorn opens a control socket at one fixed path per user; several servers on one
# machine (make serve next to make bench) would fight over it, and nothing here uses it.
control_socket_disable = True


def post_worker_init(worker):
    # What the worker loaded to start (Django, the apps, their modules) lives as long as it
    # does: frozen out of the collector's generations, full collections stop walking it.
    gc.freeze()
