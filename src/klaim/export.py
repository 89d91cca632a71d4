"""Exports of claim records to other formats: schema.org ClaimReview JSON-LD.

ClaimReview is the markup fact-checkers publish so that search engines and fact-check
aggregators can show a verdict next to a claim. Each claim with a ``verdict`` becomes one
self-contained ClaimReview object (its own ``@context``), so a page can embed any one of them;
claims without a verdict are not reviews and are left out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from klaim.article import Article
from klaim.models import Claim

SCHEMA_ORG = "https://schema.org"
CLAIM_REVIEWED_LIMIT = 75
"""Google's guidance: keep ``claimReviewed`` under 75 characters."""
RATINGS = {"supported": "Supported", "contradicted": "Contradicted", "unverified": "Unverified"}
_HTTP_URL = re.compile(r"^https?://\S+$")


def short_summary(text: str, limit: int = CLAIM_REVIEWED_LIMIT) -> str:
    """``text`` on one line and under ``limit`` characters, cut at a word with an ellipsis."""
    flat = " ".join(text.split())
    if len(flat) < limit:
        return flat
    cut = flat[:limit - 2]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.") + "\u2026"


def is_http_url(value: str) -> bool:
    """Whether ``value`` is an absolute http(s) URL without spaces."""
    return bool(_HTTP_URL.match(value))


def _author(claim: Claim) -> dict[str, Any] | None:
    if claim.speaker is None:
        return None
    # The records do not say whether a speaker is a person; a role ("juru bicara Kremlin")
    # marks one, a bare name is as often an institution ("Gedung Putih").
    if claim.speaker.role:
        return {"@type": "Person", "name": claim.speaker.name, "jobTitle": claim.speaker.role}
    return {"@type": "Organization", "name": claim.speaker.name}


def _appearance(article: Article, article_url: str | None) -> dict[str, Any]:
    appearance: dict[str, Any] = {"@type": "NewsArticle", "headline": article.title}
    if article.published is not None:
        published = article.published
        appearance["datePublished"] = (published.isoformat() if published.tzinfo is not None
                                       else published.date().isoformat())
    appearance["inLanguage"] = article.lang
    if article_url:
        appearance["url"] = article_url
    return appearance


def claim_review(claim: Claim, article: Article, *, url: str | None = None, article_url: str | None = None,
                 date: dt.date | None = None, author: str | None = None) -> dict[str, Any]:
    """One ClaimReview for a claim that has a verdict.

    ``url`` is the page that publishes the review; each review is its fragment ``#<claim id>``
    (relative, so it resolves against the page that embeds it, when ``url`` is not given).
    """
    if claim.verdict is None:
        raise ValueError(f"claim {claim.id!r} has no verdict")
    item: dict[str, Any] = {"@type": "Claim"}
    speaker = _author(claim)
    if speaker is not None:
        item["author"] = speaker
    if claim.said_on is not None:
        item["datePublished"] = claim.said_on
    item["appearance"] = _appearance(article, article_url)
    review: dict[str, Any] = {
        "@context": SCHEMA_ORG,
        "@type": "ClaimReview",
        "url": f"{url or ''}#{claim.id}",
        "claimReviewed": short_summary(claim.summary),
        "itemReviewed": item,
        "reviewRating": {"@type": "Rating", "alternateName": RATINGS[claim.verdict]},
    }
    if date is not None:
        review["datePublished"] = date.isoformat()
    if author:
        review["author"] = {"@type": "Organization", "name": author}
    return review


def claim_reviews(claims: Sequence[Claim], article: Article, *, url: str | None = None,
                  article_url: str | None = None, date: dt.date | None = None,
                  author: str | None = None) -> list[dict[str, Any]]:
    """ClaimReviews for the claims with a verdict, in file order."""
    return [claim_review(claim, article, url=url, article_url=article_url, date=date, author=author)
            for claim in claims if claim.verdict is not None]
