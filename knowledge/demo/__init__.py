"""Demo content for the portal, as plain data."""
