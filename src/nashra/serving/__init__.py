"""Serving an archive: the JSON API and the web UI (``nashra serve``)."""

from nashra.serving.app import create_app

__all__ = ["create_app"]
