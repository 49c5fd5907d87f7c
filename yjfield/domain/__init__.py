"""Domain records, validation and rules: no Qt, SQL or HTTP here."""
