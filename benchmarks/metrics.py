"""Scores shared by the benchmark scripts (imported as ``metrics`` from this folder)."""

from __future__ import annotations

import re
from collections import Counter

_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> Counter[str]:
    """Lower-cased word tokens of ``text``, as a bag."""
    return Counter(_TOKEN.findall(text.lower()))


def token_f1(predicted: str, expected: str) -> float:
    """F1 of the bag-of-tokens overlap between ``predicted`` and ``expected`` (1.0 when both are empty)."""
    pred, gold = tokens(predicted), tokens(expected)
    if not pred and not gold:
        return 1.0
    overlap = sum((pred & gold).values())
    if overlap == 0:
        return 0.0
    precision, recall = overlap / sum(pred.values()), overlap / sum(gold.values())
    return 2 * precision * recall / (precision + recall)
