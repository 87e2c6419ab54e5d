"""Word (DOCX) documents of one item, a meeting's agenda packet and its minutes."""
