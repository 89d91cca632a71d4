"""A file klaim must read is not readable text.

## What it does
Reports an article or claims file that is not UTF-8 text (invalid bytes, a NUL byte that marks
a binary file) or that is larger than the size limit. The location is the first bad byte.

## Why is this bad?
Nothing in the file can be checked, so every other check is silent about it: a green run
would hide that the article was never read.

## Example
A claims file saved as Windows-1252 with `Jum\\x92at` in a quote.

## Use instead
Save the file as UTF-8 (a byte-order mark is fine). Split files over the size limit.
"""

from klaim.registry import input_code

input_code("KL001", "unreadable-file", "error", __name__)
