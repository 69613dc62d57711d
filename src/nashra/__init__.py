"""nashra: Arabic news bulletins and articles into a structured archive of diplomatic events.

The library mirrors the command line::

    import nashra

    for document in nashra.read("bulletins/"):          # nashra extract bulletins/
        for item in nashra.extract(document):
            print(item.headline, item.dateline, item.date)

    nashra.text.normalize("للأمم المتحد،ة").text        # 'للامم المتحده'
    nashra.text.parse_number("السادسة والسبعين")        # 76
"""

from nashra import text
from nashra.dates import find_dates
from nashra.extraction.pipeline import extract
from nashra.model import Dateline, DateMention, Document, Item, Span
from nashra.reading import ReadError, read

__version__ = "0.1.0"

__all__ = [
    "DateMention",
    "Dateline",
    "Document",
    "Item",
    "ReadError",
    "Span",
    "extract",
    "find_dates",
    "read",
    "text",
]
