"""The published meeting as open data: Open Decision API (6Aika päätösrajapinta) records.

The records are built from the meeting's *publishing* version (the redaction of the web
DOCX), validated against the bundled JSON Schemas (``resources/opendata/schema``) and
searched string by string with the leak check of the web DOCX before any file is written.
"""
