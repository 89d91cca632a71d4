"""klaim: a claim-verification harness for news articles."""

__version__ = "0.1.0"
