"""Where the web UI's templates and static files are, for the app and its pages alike."""

from pathlib import Path

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
