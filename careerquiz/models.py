from django.db import models


class Heartbeat(models.Model):
    """One row that /healthz rewrites: readiness means the database takes writes, not only reads."""

    beat_at = models.DateTimeField()

    class Meta:
        verbose_name = "heartbeat"

    def __str__(self) -> str:
        return f"database written at {self.beat_at:%Y-%m-%d %H:%M:%S}"
