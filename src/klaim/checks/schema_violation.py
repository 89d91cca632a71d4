"""A claims file does not follow the claims schema.

## What it does
Validates the claims file against `schemas/claims.schema.json` (the pydantic models it is
generated from): unknown or misspelt keys, missing required keys, wrong types, values that do not
match their pattern (kebab-case ids, ISO dates such as `2024-06-21`). `data.path` is the JSON
path of the offending value; the location is its line in the file.

`data.hint` says what to write, from what the schema allows at that place: for an unknown key,
a key of that mapping (a source's keys are those of its `kind`; a short alias table maps the
obvious meanings, `date:` in a claim to `said_on`, `title:` of a speaker to `role`), never the
key itself nor one already given; or, for a key that belongs one level deeper or shallower
(`exact:` outdented from under `anchor:`), `data.belongs_to`, the JSON path of its mapping. A
date in another form (`11/07/2012`, `2012-7-11`, `11 Juli 2012`) is told to be written as
`YYYY-MM-DD`; when it reads as one date (numeric dates day first when the claims file's `lang`
writes them so), `data.suggestion` is that date, else `data.readings` lists the candidates.
`data.suggestion` is also the key, `kind` or mapping to write when one follows from the value.

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
