"""Customer Journal: keep the story of each customer relationship, offline."""

__version__ = "0.1.0"
