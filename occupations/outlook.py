"""BLS's plain-words outlook, from a projected change and the period's average: no Django."""

from decimal import ROUND_HALF_UP, Decimal

# Projected growth of all occupations over each BLS projection period, in percent.
AVERAGE_GROWTH = {"2020-30": Decimal("7.7"), "2021-31": Decimal("5.3")}


def outlook_comparison(percent: Decimal, average: Decimal) -> str:
    """BLS's wording for a projected change, relative to the average growth of all occupations.

    Both are rounded to whole percents, as the Occupational Outlook Handbook shows them; with
    A the rounded average: -2 or lower "decline", -1 to 1 "little-change", 2 to A-2 "slower",
    A-1 to A+2 "average", A+3 to A+6 "faster", A+7 or more "much-faster". For 2020-30 (A = 8):
    slower 2 to 6, average 7 to 10, faster 11 to 14, much faster 15 or more.
    """
    change = int(percent.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    mean = int(average.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if change <= -2:
        return "decline"
    if change <= 1:
        return "little-change"
    if change <= mean - 2:
        return "slower"
    if change <= mean + 2:
        return "average"
    if change <= mean + 6:
        return "faster"
    return "much-faster"


# "Bright outlook": growth much faster than average (for 2020-30, 15 percent or more, about
# twice the 7.7 percent of all occupations) or at least 100,000 openings a year.
BRIGHT_COMPARISON = "much-faster"
BRIGHT_OPENINGS = 100_000


def is_bright(comparison: str, openings: int | None) -> bool:
    return comparison == BRIGHT_COMPARISON or (openings or 0) >= BRIGHT_OPENINGS
