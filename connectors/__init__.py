"""The outside world behind sync/ports.py: mail sources and CRMs, one package per vendor (the
vendor's SDK imported there only), found by name through entry points (registry.py)."""
