"""Date arithmetic the practice rules need (months, ages, working days)."""

import calendar
from collections.abc import Iterable
from datetime import date, timedelta


def add_months(start: date, months: int) -> date:
    """The same day `months` later, clamped to the month's end (31 Jan + 1 = 28/29 Feb)."""
    month_index = start.month - 1 + months
    year = start.year + month_index // 12
    month = month_index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def age_on(date_of_birth: date, on: date) -> int:
    """Age in whole years on a given day."""
    before_birthday = (on.month, on.day) < (date_of_birth.month, date_of_birth.day)
    return on.year - date_of_birth.year - int(before_birthday)


def add_working_days(start: date, days: int, holidays: Iterable[date] = ()) -> date:
    """`days` working days after start, skipping weekends and the given holidays."""
    closed = set(holidays)
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in closed:
            remaining -= 1
    return current
