"""The app's translations: `custjournal_<lang>.ts` sources, compiled to `.qm` at build time.

The `.qm` files are generated (never committed): `pyside6-lrelease` writes them beside the
sources when the wheel is built (setup.py) and when `scripts/setup-env` sets up a checkout.
`scripts/translations` updates the sources from the code (README, "Translation").
"""
