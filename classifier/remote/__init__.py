"""Per-provider overrides (sisimai's Rhost): wording of one provider that means something
the generic tables would misread. Consulted before the generic reason phrases."""
