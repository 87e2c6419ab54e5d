"""Personal data in decision texts: detection, the secretary's marks, and redaction.

Kuntalaki 140 § lets a municipality publish only the personal data the public needs and asks
for its removal when the appeal period ends; this package finds such data, remembers what the
secretary decided about each finding, and produces redacted copies of items.
"""
