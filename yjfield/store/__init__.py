"""The encrypted local store of a practitioner's caseload (SQLCipher 4)."""
