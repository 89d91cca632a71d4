"""A claims file does not follow the claims schema.

## What it does
Validates the claims file against `schemas/claims.schema.json` (the pydantic models it is
generated from): unknown or misspelt keys, missing required keys, wrong types, values that do not
match their pattern (kebab-case ids, ISO dates such as `2024-06-21`). `data.path` is the JSON
path of the offending value; the location is its line in the file.

## Why is this bad?
A misspelt key (`qoutes:`) would otherwise be ignored and its content never checked.

## Example
```yaml
claims:
  - id: peskov-ready
    said_on: 21/6/2024
```

## Use instead
```yaml
claims:
  - id: peskov-ready
    said_on: "2024-06-21"
```
Editors get completion and validation while typing through the `$schema` modeline on line 1.
"""

from klaim.registry import input_code

input_code("KL003", "schema-violation", "error", __name__)
