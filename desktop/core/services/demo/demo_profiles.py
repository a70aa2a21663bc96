"""Distributions for fictional demo cases (plausible for Mali, not real statistics).

Weights are relative. Every name is invented and carries the ``(fictif)`` mark.
"""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Sequence
from typing import Any, TypeVar

T = TypeVar("T")

FICTIONAL_MARK = "(fictif)"
FIRST_NAMES = (
    "Aminata", "Fatoumata", "Mariam", "Kadiatou", "Awa", "Oumou", "Hawa", "Djeneba", "Salimata",
    "Assitan", "Rokia", "Bintou", "Adama", "Nana", "Coumba", "Fanta", "Aïssata", "Ramata",
    "Mamou", "Safiatou", "Moussa", "Ibrahim", "Boubacar", "Seydou",
)
LAST_NAMES = (
    "Fictivé", "Imaginara", "Exemplé", "Démonstra", "Inventé", "Songéa", "Fablou", "Chimèra",
    "Nulpart", "Persona",
)
OCCUPATIONS = ("Commerçante", "Ménagère", "Élève", "Cultivatrice", "Éleveuse", "Couturière",
               "Vendeuse", "Sans emploi", "Étudiante", "Aide-ménagère")
# What a case worker types, with the coded occupation (perpetrator_occupations) she chooses.
PERPETRATOR_OCCUPATIONS = (("Cultivateur", "farmer"), ("Commerçant", "trader"),
                           ("Militaire", "military"), ("Chauffeur", "driver"),
                           ("Enseignant", "teacher"), ("Sans emploi", "unemployed"),
                           ("Éleveur", "farmer"), ("Inconnue", "unknown"))
SEA_ENTITIES = ("Contingent fictif A", "Unité de police fictive B", "Agence fictive C",
                "ONG partenaire fictive D", "Contingent fictif E")

GBV_TYPES = {"rape": 24, "sexual_assault": 10, "physical_assault": 26, "forced_marriage": 8,
             "denial_of_resources": 16, "psychological_abuse": 14, "non_gbv": 2}
REGIONS = {"mopti": 24, "gao": 14, "tombouctou": 10, "bamako": 16, "segou": 10, "sikasso": 6,
           "kayes": 5, "koulikoro": 7, "kidal": 3, "menaka": 4, "taoudenit": 1}
AGES = {(3, 11): 5, (12, 17): 19, (18, 25): 31, (26, 40): 30, (41, 60): 12, (61, 75): 3}
RELATIONSHIPS = {
    "rape": {"armed_group": 22, "stranger": 20, "neighbour": 14, "intimate_partner": 14,
             "family": 8, "security_forces": 8, "employer": 4, "teacher": 2, "unknown": 8},
    "sexual_assault": {"stranger": 22, "neighbour": 20, "family": 12, "teacher": 8,
                       "employer": 8, "armed_group": 12, "community_leader": 6, "unknown": 12},
    "physical_assault": {"intimate_partner": 58, "family": 20, "neighbour": 6,
                         "armed_group": 6, "stranger": 5, "other": 5},
    "forced_marriage": {"family": 70, "caregiver": 15, "community_leader": 10, "other": 5},
    "denial_of_resources": {"intimate_partner": 64, "family": 30, "employer": 6},
    "psychological_abuse": {"intimate_partner": 60, "family": 28, "neighbour": 6,
                            "employer": 6},
    "non_gbv": {"stranger": 50, "unknown": 50},
}
LOCATIONS = {
    "survivor_home": 34, "perpetrator_home": 12, "road": 12, "field_bush": 18, "school": 3,
    "workplace": 5, "health_facility": 1, "military_un_base": 2, "camp_site": 9, "other": 4,
}
DISPLACEMENT = {"resident": 55, "idp": 35, "refugee": 4, "returnee": 5, "other": 1}
ETHNICITIES = {"bambara": 22, "peul": 20, "soninke": 8, "senoufo": 6, "dogon": 9,
               "malinke": 7, "songhai": 12, "bobo": 2, "tamasheq": 7, "arab_maure": 3,
               "bozo": 2, "minianka": 1, "khassonke": 1}
NATIONALITIES = {"mali": 92, "burkina_faso": 3, "niger": 2, "mauritania": 1, "guinea": 1,
                 "other": 1}
REFERRAL_SOURCES = {"self": 40, "health": 15, "community_leader": 12, "psychosocial": 6,
                    "police": 6, "humanitarian": 12, "teacher": 2, "legal": 3, "other": 4}
TIMES = {"morning": 22, "afternoon": 25, "evening_night": 45, "unknown": 8}
NEEDS = {"medical": 55, "psychosocial": 85, "legal": 25, "safety": 20, "shelter": 10,
         "material": 35, "socio_economic": 30}
SEA_AFFILIATIONS = {"un_military": 40, "un_police": 10, "un_civilian": 10, "un_agency": 15,
                    "ngo_partner": 20, "other": 5}
NEED_SERVICES = {"medical": "health", "psychosocial": "psychosocial", "legal": "legal",
                 "safety": "safety", "shelter": "shelter", "material": "material",
                 "socio_economic": "livelihoods"}
OPEN_STEPS = {1: 4, 2: 24, 3: 22, 4: 30, 5: 20}
SEA_SHARE = 0.10
STATISTICS_CONSENT = 0.85
CLOSED_SHARE_BY_AGE_DAYS = ((60, 0.05), (180, 0.35), (365, 0.6), (100000, 0.85))


_CUMULATIVE: dict[tuple[Any, ...], tuple[list[Any], list[int], float, int]] = {}


def pick(rng: random.Random, weights: dict[T, int]) -> T:
    """One key of ``weights``, drawn with the given relative weights: the very draw of
    ``rng.choices(list(weights), weights=list(weights.values()))[0]``, with the cumulative
    weights computed once per table (the demo draws hundreds of thousands)."""
    key = tuple(weights.items())
    table = _CUMULATIVE.get(key)
    if table is None:
        population = list(weights)
        cumulative = list(itertools.accumulate(weights.values()))
        table = _CUMULATIVE[key] = (population, cumulative, cumulative[-1] + 0.0,
                                    len(population) - 1)
    population, cumulative, total, last = table
    return population[bisect.bisect(cumulative, rng.random() * total, 0, last)]  # type: ignore[no-any-return]


def pick_many(rng: random.Random, weights: dict[str, int], low: int, high: int) -> list[str]:
    """Between ``low`` and ``high`` distinct keys, weighted; each weight is a % chance."""
    chosen = [k for k, w in weights.items() if rng.random() * 100 < w]
    while len(chosen) < low:
        extra = pick(rng, weights)
        if extra not in chosen:
            chosen.append(extra)
    return chosen[:high]


def fictional_name(rng: random.Random, firsts: Sequence[str] = FIRST_NAMES[:20]) -> str:
    """``Aminata Fictivé (fictif)``."""
    return f"{rng.choice(firsts)} {rng.choice(LAST_NAMES)} {FICTIONAL_MARK}"


def closed_share(age_days: int) -> float:
    """The chance that a case opened ``age_days`` ago is closed now."""
    for limit, share in CLOSED_SHARE_BY_AGE_DAYS:
        if age_days <= limit:
            return share
    return CLOSED_SHARE_BY_AGE_DAYS[-1][1]
