"""The PySide6 user interface. It calls the core (``desktop_app``); the core never calls it."""
