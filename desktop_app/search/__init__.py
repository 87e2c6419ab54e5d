"""Finnish-aware offline search of earlier decisions; the index is a cache of SQLite.

The GUI and the CLI use :class:`desktop_app.search.service.SearchService`.
"""
