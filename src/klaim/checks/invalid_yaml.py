"""A claims file is not valid YAML, or uses YAML features klaim refuses.

## What it does
Reports YAML syntax errors, duplicate keys, tags other than the core ones (`!!binary`,
`!!timestamp`, `!!python/...`, local tags), merge keys, and documents whose aliases expand past
the size or depth limits. The location is where the parser stopped.

The usual causes are named in `data.cause` and in the message and hint: `tab` (YAML forbids
tabs for indentation; indent with spaces), `indentation` (a key indented deeper or shallower
than the keys of its mapping, or deeper than the line above so that it reads as part of that
value; `data.indent` is the line's indentation and `data.expected_indent` its mapping's) and
`colon-in-value` (an unquoted value containing `: `).

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
