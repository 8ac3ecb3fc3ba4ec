"""Plain-words formatting of money, counts and profiles: no Django."""

from decimal import Decimal


def money(
    value: Decimal | int | float | None, unit: str = "annual", top_coded: bool = False
) -> str:
    """ "$103,150", "$23.45 per hour", "$239,200 or more"; "" when there is no value."""
    if value is None:
        return ""
    amount = Decimal(value)
    text = f"${amount:,.2f}" if unit == "hourly" else f"${amount:,.0f}"
    if unit == "hourly":
        text += " per hour"
    if top_coded:
        text += " or more"
    return text


def join_words(words: list[str], conjunction: str = "and") -> str:
    """ "Persuading", "Persuading and Organizing", "Persuading, Organizing and Building"."""
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {conjunction} {words[-1]}"
