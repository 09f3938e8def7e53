"""How many decimals each currency is written with: its ISO 4217 minor unit (exponent).

A data table, not a dependency. It comes from ISO 4217's "List one" (current currency and
funds codes), kept for ISO by SIX Financial Information (six-group.com, list-one.xml), as
published on 2026-01-01: every code whose column "Minor unit" is 0. Codes not listed here
(EUR, USD, GBP, CHF, ..., the units ISO gives no minor unit, "N.A.", such as XDR or XAU, and
codes ISO does not know) are written with two decimals. When ISO changes a currency's minor
unit, change this table: stored amounts need nothing, they are kept in hundredths anyway.

Amounts are stored with two places for every currency (values.MINOR_UNITS); this table only
decides how an amount is shown and what a person may type. Currencies with three decimals
(BHD, IQD, JOD, KWD, LYD, OMR, TND) and the four-decimal units of account (CLF, UYW) cannot be
kept beyond cents, so they are written with two like the rest.
"""

from __future__ import annotations

# ISO 4217 minor unit 0: no decimals ("7,003 JPY").
ZERO_DECIMAL: frozenset[str] = frozenset(
    {
        "BIF",  # Burundi franc
        "CLP",  # Chilean peso
        "DJF",  # Djibouti franc
        "GNF",  # Guinean franc
        "ISK",  # Iceland krona
        "JPY",  # Japanese yen
        "KMF",  # Comorian franc
        "KRW",  # South Korean won
        "PYG",  # Paraguayan guarani
        "RWF",  # Rwanda franc
        "UGX",  # Uganda shilling
        "UYI",  # Uruguay peso en unidades indexadas
        "VND",  # Vietnamese dong
        "VUV",  # Vanuatu vatu
        "XAF",  # CFA franc BEAC
        "XOF",  # CFA franc BCEAO
        "XPF",  # CFP franc
    }
)


def decimals(currency: str | None) -> int:
    """The decimals an amount in *currency* is written with: 0 or 2 (2 when unknown or None)."""
    return 0 if currency is not None and currency.upper() in ZERO_DECIMAL else 2
