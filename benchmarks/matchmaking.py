#!/usr/bin/env python3
"""Time matchmaking's proposals for 1,000 needs against 1,000 offers.

    python benchmarks/matchmaking.py                      # 1,000 x 1,000, 5 runs
    python benchmarks/matchmaking.py --needs 2000 --offers 2000 --runs 3 --seed 2

Makes ``--needs`` needs and ``--offers`` offers (seeded) of 400 organisations of every
kind in four clusters, as members write them: one of the six categories, a summary of
eight to fourteen words drawn from a cluster's vocabulary (some 300 words, a quarter of
them stop words), one to three sector tags, one to four technology tags and zero to two
market tags, typed in any case. Then times ``domain.matchmaking.propose`` over all of
them (every pair, and each need's five best), and prints the median of the runs and how
many pairs it proposed. Goal: well under a second.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import statistics
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if importlib.util.find_spec("accelerator") is None:  # run from a source checkout
    sys.path.insert(0, str(REPO_ROOT))

from accelerator.domain.enums import NeedCategory, OrganisationKind  # noqa: E402
from accelerator.domain.matchmaking import STOP_WORDS, Party, Wish, propose, tags_of  # noqa: E402

GOAL_S = 1.0

SECTORS = ["Aquaculture", "Subsea", "Maritime", "Seafood", "Energy", "Offshore wind",
           "Shipping", "Fisheries", "Marine biotech", "Ocean data"]  # fmt: skip
TECHNOLOGIES = ["sensors", "underwater drones", "machine learning", "digital twin",
                "hydrogen", "batteries", "robotics", "computer vision", "acoustics",
                "satellite data", "feed", "genomics", "net cleaning", "IoT", "5G",
                "edge computing", "materials", "coatings", "autonomy", "LiDAR"]  # fmt: skip
MARKETS = ["Norway", "Nordics", "EU", "Chile", "Canada", "Scotland", "Japan", "USA"]
CLUSTERS = ["Vestkyst Ocean", "Havbruksklyngen Midt", "Subsea Valley", "Blue Denmark"]


def _vocabulary(rng: random.Random) -> list[str]:
    letters = "abcdefghijklmnoprstuvyæøå"
    words = {"".join(rng.choice(letters) for _ in range(rng.randint(4, 10))) for _ in range(230)}
    return sorted(words) + sorted(STOP_WORDS)[:70]


def make(needs: int, offers: int, seed: int) -> tuple[list[Wish], list[Wish], dict[int, Party]]:
    rng = random.Random(seed)
    vocabulary = _vocabulary(rng)
    kinds = list(OrganisationKind)
    parties = {
        i: Party(
            i,
            f"Organisation {i}",
            rng.choices(kinds, weights=[12, 2, 1, 1, 1, 1])[0],
            rng.choice(SECTORS),
            frozenset(rng.sample(CLUSTERS, rng.choice([0, 1, 1, 1, 2]))),
        )
        for i in range(1, 401)
    }

    def wish(i: int) -> Wish:
        def typed(tags: list[str]) -> str:
            return ", ".join(rng.choice([t, t.upper(), f"  {t.lower()} "]) for t in tags)

        return Wish(
            i,
            rng.randint(1, 400),
            rng.choice(list(NeedCategory)),
            " ".join(rng.choices(vocabulary, k=rng.randint(8, 14))),
            tags_of(typed(rng.sample(SECTORS, rng.randint(1, 3)))),
            tags_of(typed(rng.sample(TECHNOLOGIES, rng.randint(1, 4)))),
            tags_of(typed(rng.sample(MARKETS, rng.randint(0, 2)))),
        )

    return (
        [wish(i) for i in range(1, needs + 1)],
        [wish(i) for i in range(needs + 1, needs + offers + 1)],
        parties,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--needs", type=int, default=1_000)
    parser.add_argument("--offers", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    needs, offers, parties = make(args.needs, args.offers, args.seed)
    for per_need in (None, 5):
        times = []
        count = 0
        for _ in range(args.runs):
            start = time.perf_counter()
            count = len(propose(needs, offers, parties, per_need=per_need))
            times.append(time.perf_counter() - start)
        which = "every pair" if per_need is None else f"each need's {per_need} best"
        print(
            f"matchmaking {args.needs:,} needs x {args.offers:,} offers ({which}): "
            f"{statistics.median(times) * 1000:.0f} ms median of {args.runs} "
            f"(fastest {min(times) * 1000:.0f} ms), {count:,} pairs proposed; "
            f"goal well under {GOAL_S:.0f} s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
