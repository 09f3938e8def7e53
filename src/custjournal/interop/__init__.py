"""Formats in and out: JSON shapes, vCard, CSV, iCalendar, brief renderings. No Qt widgets."""
