"""Loaded by pytest before Django reads its settings (`-p tests.environment` in pyproject).

The settings fail closed: without DJANGO_DEBUG=1 they are production settings, which need a
secret key. The suite runs as a development machine does, unless the caller says otherwise.
"""

import os

os.environ.setdefault("DJANGO_DEBUG", "1")
