"""Turn validation errors into sentences a practitioner understands."""

from pydantic import BaseModel, ValidationError

_PYDANTIC_PLAIN = {
    "string_too_long": "is too long (at most {max_length} characters)",
    "string_too_short": "cannot be empty",
    "string_pattern_mismatch": "is not in the expected form",
    "missing": "is required",
    "int_parsing": "must be a whole number",
    "int_from_float": "must be a whole number",
    "greater_than": "must be more than {gt}",
    "greater_than_equal": "must be at least {ge}",
    "less_than_equal": "must be at most {le}",
    "enum": "is not one of the choices offered",
    "date_from_datetime_parsing": "is not a date",
    "date_parsing": "is not a date",
    "datetime_parsing": "is not a date and time",
    "timezone_aware": "needs a time zone",
    "bool_parsing": "must be yes or no",
}


def _label(model: type[BaseModel] | None, field: str) -> str:
    if model is not None and field in model.model_fields:
        title = model.model_fields[field].title
        if title:
            return title
    return field.replace("_", " ").capitalize()


def explain(error: ValidationError, model: type[BaseModel] | None = None) -> list[str]:
    """One plain sentence for each problem found, in the order found."""
    sentences: list[str] = []
    for item in error.errors(include_url=False):
        kind = item["type"]
        location = [str(part) for part in item["loc"] if not isinstance(part, int)]
        if kind == "value_error":
            message = str(item["msg"]).removeprefix("Value error, ")
            if location:
                message = f"{_label(model, location[0])} {message}"
            sentences.append(message if message.endswith(".") else message + ".")
            continue
        template = _PYDANTIC_PLAIN.get(kind)
        context = item.get("ctx") or {}
        detail = template.format(**context) if template else str(item["msg"]).lower()
        field = _label(model, location[0]) if location else "A value"
        sentences.append(f"{field} {detail}.")
    return sentences
