"""The demo's weighted draw is random.choices' own draw (same seed, same demo data)."""

from __future__ import annotations

import random

from desktop.core.services.demo import demo_profiles as p


def test_pick_draws_what_random_choices_draws_from_the_same_stream():
    for weights in (p.GBV_TYPES, p.AGES, p.OPEN_STEPS, {"never": 0, "one": 1, "many": 7}):
        ours, theirs = random.Random(13), random.Random(13)
        drawn = [p.pick(ours, weights) for _ in range(2000)]
        expected = [theirs.choices(list(weights), weights=list(weights.values()))[0]
                    for _ in range(2000)]
        assert drawn == expected
        assert "never" not in drawn
        assert ours.random() == theirs.random()  # the stream is where it would be
