"""Briefing: from news articles to a one-page policy brief."""

__version__ = "0.1.0"
