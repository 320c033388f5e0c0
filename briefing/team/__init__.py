"""Desks, not one analyst: merge and curation, agreement between coders, timelines, corroboration."""
