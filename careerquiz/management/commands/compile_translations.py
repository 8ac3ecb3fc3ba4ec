"""Compile every app's locale/*/LC_MESSAGES/*.po into the .mo file Django reads.

Django's own compilemessages needs GNU gettext's msgfmt, which a fresh machine may lack; polib
writes the same files in pure Python, so `make run` needs nothing more than the venv.
"""

import os
from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compile the apps' translation catalogues (.po) into .mo files."

    def handle(self, *args, **options):
        compiled = 0
        own = [
            config
            for config in apps.get_app_configs()
            if Path(config.path).parent == settings.BASE_DIR
        ]
        for config in own:
            for po_path in sorted(Path(config.path).glob("locale/*/LC_MESSAGES/*.po")):
                mo_path = po_path.with_suffix(".mo")
                if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                    continue
                # Written aside and moved into place: parallel test workers may compile at once.
                partial = mo_path.with_name(f"{mo_path.name}.{os.getpid()}")
                polib.pofile(str(po_path)).save_as_mofile(str(partial))
                os.replace(partial, mo_path)
                compiled += 1
        self.stdout.write(f"Compiled {compiled} translation catalogue(s).")
