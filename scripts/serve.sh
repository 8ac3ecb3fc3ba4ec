#!/usr/bin/env bash
# Production-like serving on this machine (`make serve`): DEBUG off, static files collected
# and served by WhiteNoise with hashed names, migrations and default data applied, then
# gunicorn on 127.0.0.1:$PORT with the worker count of careerquiz/gunicorn.conf.py.
#
# Plain HTTP on loopback: DJANGO_SECURE_SSL_REDIRECT defaults to 0 here. Without
# DJANGO_SECRET_KEY in the environment, a random key is generated once and kept in var/secret_key
# (git-ignored), for local use only: a real deployment sets its own key.
set -euo pipefail
cd "$(dirname "$0")/.."

PY="${PY:-.venv/bin/python}"
PORT="${PORT:-8000}"

export DJANGO_DEBUG=0
export DJANGO_ALLOWED_HOSTS="${DJANGO_ALLOWED_HOSTS:-127.0.0.1,localhost}"
export DJANGO_SECURE_SSL_REDIRECT="${DJANGO_SECURE_SSL_REDIRECT:-0}"
if [ -z "${DJANGO_SECRET_KEY:-}" ]; then
  if [ ! -s var/secret_key ]; then
    mkdir -p var
    (umask 077 && "$PY" -c 'import secrets; print(secrets.token_urlsafe(50))' > var/secret_key)
    echo "serve: generated a local secret key in var/secret_key (git-ignored)"
  fi
  DJANGO_SECRET_KEY="$(cat var/secret_key)"
  export DJANGO_SECRET_KEY
fi

"$PY" manage.py collectstatic --noinput --verbosity 0
"$PY" manage.py migrate --noinput --verbosity 0
"$PY" manage.py createcachetable
"$PY" manage.py load_default_data
echo "serve: http://127.0.0.1:$PORT/ (Ctrl+C stops it)"
exec "$PY" -m gunicorn --config careerquiz/gunicorn.conf.py --bind "127.0.0.1:$PORT" careerquiz.wsgi
