"""The checks, one module each. Adding a check: its module, one line here, its checks/KLxxx.yaml."""

MODULES: list[str] = [
    "unreadable_file",  # KL001
    "invalid_yaml",  # KL002
    "schema_violation",  # KL003
    "article_not_found",  # KL004
    "stale_acknowledgement",  # KL005
    "missing_dateline",  # KL006
    "weekday_date_conflict",  # KL101
    "weekday_names_two_dates",  # KL102
    "claim_date_disagrees_with_text",  # KL103
    "event_dated_twice",  # KL104
    "statement_dated_after_publication",  # KL105
    "impossible_date",  # KL106
    "unattributed_editorial_passage",  # KL201
    "claim_without_source",  # KL202
    "inconsistent_speaker_name",  # KL203
    "quote_without_speaker",  # KL204
    "anchor_not_found",  # KL301
    "anchor_ambiguous",  # KL302
    "quote_not_verbatim",  # KL303
    "duplicate_claim_id",  # KL304
    "unbalanced_quotation_marks",  # KL305
]
