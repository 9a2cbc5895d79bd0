"""Alignment: inspection groups, item registers, the response crosswalk and compliance."""
