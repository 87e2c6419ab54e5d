"""Which appeal route a decision gets, and who the named authorities on that route are.

The rules, the courts and the special laws are data in ``resources/appeal``; this package
only reads them and applies them, so a change in law is an edit of a TOML file.
"""
