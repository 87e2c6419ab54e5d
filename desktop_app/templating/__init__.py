"""Item templates: declarative TOML with inert ``{{ name }}`` placeholders."""
