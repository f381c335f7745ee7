"""Made-up people: names by script and country, phones, ID and passport numbers, emails."""

from __future__ import annotations

import random
import re
from itertools import accumulate

from fairdesk.core.demo import data
from fairdesk.core.demo.base import digits
from fairdesk.core.guests.names import fold_latin

_SURNAME_PAIRS = data.SURNAMES.split()
SURNAMES = _SURNAME_PAIRS[0::2]
_SURNAME_CUM = list(accumulate(float(w) for w in _SURNAME_PAIRS[1::2]))
COMPOUND = [s for s in SURNAMES if len(s) == 2]
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_MOBILE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150",
                    "151", "152", "155", "157", "158", "159", "177", "180", "181", "186",
                    "187", "188", "189", "199")
_PLACEHOLDER = re.compile(r"\{(\d)\}")
_SINGLE_MALE = [g for g in data.GIVEN_MALE if len(g) == 1]
_SINGLE_FEMALE = [g for g in data.GIVEN_FEMALE if len(g) == 1]


def chinese_name(rng: random.Random, gender: str) -> str:
    """A mainland name: surnames by rough frequency, one- or two-character given names."""
    roll = rng.random()
    if roll < 0.006:
        return rng.choice(data.TIBETAN_FIRST) + rng.choice(data.TIBETAN_SECOND[gender])
    if roll < 0.01:
        return rng.choice(data.MINORITY_NAMES[gender])
    surname = rng.choice(COMPOUND) if roll < 0.016 else rng.choices(
        SURNAMES, cum_weights=_SURNAME_CUM)[0]
    given = data.GIVEN_MALE if gender == "M" else data.GIVEN_FEMALE
    first = rng.choice(given)
    if len(first) == 1 and rng.random() < 0.25:  # two characters from two single ones
        first += rng.choice(_SINGLE_MALE if gender == "M" else _SINGLE_FEMALE)
    return surname + first


def regional_name(rng: random.Random, gender: str) -> str:
    """A Hong Kong, Macao or Taiwan name in traditional characters."""
    return rng.choice(data.TRAD_SURNAMES) + rng.choice(data.TRAD_GIVEN[gender])


def foreign_name(rng: random.Random, country: str, gender: str) -> str:
    _share, male, female, family, _suffix, _phone = data.FOREIGN[country]
    first = rng.choice(male if gender == "M" else female)
    last = rng.choice(family)
    if country in ("KR", "SG", "MY") and rng.random() < 0.5 and " " not in first:
        return f"{last} {first}"  # family name first, as these guests often write it
    return f"{first} {last}"


def fill_digits(rng: random.Random, pattern: str) -> str:
    """``"+49 151 {8}"`` -> ``"+49 151 40329817"``."""
    return _PLACEHOLDER.sub(lambda m: digits(rng, int(m.group(1))), pattern)


def cn_mobile(rng: random.Random) -> str:
    return rng.choice(_MOBILE_PREFIXES) + digits(rng, 8)


def cn_id_number(rng: random.Random, city: str, gender: str, birth_year: int) -> str:
    """An 18-digit resident ID number with a correct ISO 7064 check digit."""
    area = data.ID_AREAS.get(city, "110105")
    born = f"{birth_year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    seq = rng.randrange(0, 50) * 10 + rng.randrange(0, 10)
    seq = seq - seq % 2 + (1 if gender == "M" else 0)  # odd digit: male
    body = f"{area}{born}{seq:03d}"
    return body + id_check_digit(body)


def id_check_digit(body17: str) -> str:
    total = sum(int(c) * w for c, w in zip(body17, _ID_WEIGHTS, strict=True))
    return "10X98765432"[total % 11]


def passport_number(rng: random.Random, country: str) -> str:
    letters = "CFGHJKLMNPRTVWXYZ"
    if country in ("US", "GB", "AU"):
        return digits(rng, 9)
    if country == "DE":
        return "C" + "".join(rng.choice(letters + "0123456789") for _ in range(8))
    if country == "FR":
        return digits(rng, 2) + rng.choice(letters) + rng.choice(letters) + digits(rng, 5)
    if country == "JP":
        return "T" + rng.choice("KRZ") + digits(rng, 7)
    return rng.choice(letters) + digits(rng, 8)


def permit_number(rng: random.Random, region: str) -> tuple[str, str]:
    """(id_type, number) of the mainland travel permit of a HK, Macao or Taiwan guest."""
    if region == "TW":
        return "taiwan_permit", digits(rng, 8)
    return "hk_macau_permit", ("H" if region == "HK" else "M") + digits(rng, 8)


def email_local(name_latin: str) -> str:
    """'Jürgen Müller' -> 'jurgen.muller'; 'Zhang Wei' -> 'zhang.wei'."""
    words = re.sub(r"[^a-z ]", "", fold_latin(name_latin)).split()
    return ".".join(words) or "guest"


def domain_of(organisation_latin: str, tld: str) -> str:
    words = re.sub(r"[^a-z ]", "", fold_latin(organisation_latin)).split()
    return f"{''.join(words[:2]) or 'example'}.{tld}"
