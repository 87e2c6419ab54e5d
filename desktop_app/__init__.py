"""Päätöspaja core: domain, storage, search, export. Imports nothing from Qt or the UI."""

__version__ = "0.1.0"
