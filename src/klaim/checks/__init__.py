"""The checks, one module each. Adding a check: its module, one line here, its checks/KLxxx.yaml."""

MODULES: list[str] = [
    "unreadable_file",  # KL001
    "invalid_yaml",  # KL002
    "schema_violation",  # KL003
    "article_not_found",  # KL004
    "stale_acknowledgement",  # KL005
    "missing_dateline",  # KL006
    "claim_without_source",  # KL202
    "anchor_not_found",  # KL301
    "anchor_ambiguous",  # KL302
    "quote_not_verbatim",  # KL303
    "duplicate_claim_id",  # KL304
]
