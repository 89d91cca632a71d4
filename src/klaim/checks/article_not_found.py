"""A claims file's `article:` does not name a readable article inside the repository.

## What it does
Resolves `article:` relative to the claims file (symlinks included) and reports it when the
file does not exist, is a folder, or lies outside the repository root.

## Why is this bad?
Without the article none of the claims can be checked; a path outside the repository would let
a claims file make klaim read arbitrary files on a CI machine.

## Example
```yaml
article: ../../etc/passwd
```

## Use instead
```yaml
article: ../seeds/my-article.txt
```
"""

from klaim.registry import input_code

input_code("KL004", "article-not-found-or-outside-root", "error", __name__)
