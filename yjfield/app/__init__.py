"""Services the UI calls, settings, demo data and background operations."""
