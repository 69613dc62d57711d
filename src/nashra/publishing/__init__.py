"""Publishing from the archive: numbered bulletin issues, and Atom and RSS feeds."""
