"""A claims file is not valid YAML, or uses YAML features klaim refuses.

## What it does
Reports YAML syntax errors, duplicate keys, tags other than the core ones (`!!binary`,
`!!timestamp`, `!!python/...`, local tags), merge keys, and documents whose aliases expand past
the size or depth limits. The location is where the parser stopped.

## Why is this bad?
The file cannot be read as data, so none of its claims can be checked. Duplicate keys are
silently resolved by most YAML tools (the last one wins), hiding what the editor meant.

## Example
```yaml
claims:
  - id: minister-says
    id: minister-said
```

## Use instead
Fix the syntax at the reported line; give every key once; write plain values without tags.
"""

from klaim.registry import input_code

input_code("KL002", "invalid-yaml", "error", __name__)
