"""Settings package: base (secure defaults), dev, test and production."""
