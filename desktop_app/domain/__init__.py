"""The domain model: plain typed Python, shaped after OParl 1.1 with the Finnish fields."""
