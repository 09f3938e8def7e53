"""Plain-Python rules of a customer relationship journal: no Qt, no SQL."""
