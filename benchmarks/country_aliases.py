"""How many of the forms news writes country names in each alias library resolves.

    python benchmarks/country_aliases.py

Compares newsmine's country keys (country_converter's alias patterns, newsmine.entity_keys)
with pycountry's ``countries.lookup`` (names, official names and ISO codes) on a list of
country names as news copy writes them, and on place names that must *not* become a country.
The lists are written for this script. pycountry is optional (``pip install pycountry``).
"""

from __future__ import annotations

from newsmine.entity_keys import country_name, fold

# (as written, the country it names as ISO 3166 alpha-3)
COUNTRIES = [
    ("US", "USA"), ("U.S.", "USA"), ("USA", "USA"), ("United States", "USA"), ("the United States", "USA"),
    ("United States of America", "USA"), ("America", "USA"), ("UK", "GBR"), ("U.K.", "GBR"), ("Britain", "GBR"),
    ("Great Britain", "GBR"), ("United Kingdom", "GBR"), ("Russia", "RUS"), ("Russian Federation", "RUS"),
    ("China", "CHN"), ("South Korea", "KOR"), ("North Korea", "PRK"), ("Iran", "IRN"), ("Syria", "SYR"),
    ("Vietnam", "VNM"), ("Ivory Coast", "CIV"), ("Côte d'Ivoire", "CIV"), ("Turkey", "TUR"), ("Türkiye", "TUR"),
    ("Burma", "MMR"), ("Myanmar", "MMR"), ("Czech Republic", "CZE"), ("Czechia", "CZE"), ("Taiwan", "TWN"),
    ("Venezuela", "VEN"), ("Bolivia", "BOL"), ("Tanzania", "TZA"), ("Laos", "LAO"), ("Moldova", "MDA"),
    ("Democratic Republic of Congo", "COD"), ("DR Congo", "COD"), ("the Netherlands", "NLD"), ("Holland", "NLD"),
    ("Macedonia", "MKD"), ("North Macedonia", "MKD"), ("Vatican", "VAT"), ("UAE", "ARE"),
    ("United Arab Emirates", "ARE"), ("Brunei", "BRN"), ("Cape Verde", "CPV"), ("Swaziland", "SWZ"),
    ("East Timor", "TLS"), ("the Philippines", "PHL"), ("the Bahamas", "BHS"), ("The Gambia", "GMB"),
    ("Palestine", "PSE"), ("Kosovo", "XKX"), ("Germany", "DEU"), ("France", "FRA"), ("India", "IND"),
    ("Brazil", "BRA"), ("Mexico", "MEX"), ("Ukraine", "UKR"), ("Israel", "ISR"), ("Saudi Arabia", "SAU"),
]
NOT_COUNTRIES = ["Panama City", "Kuwait City", "Mexico City", "Persian Gulf", "New Mexico", "England", "Gaza",
                 "West Bank", "Iraqi Kurdistan", "Washington", "New York", "Georgia Tech", "Jersey City"]


def _coco_iso3() -> dict[str, str]:
    """newsmine's country name (coco's short name, folded) -> ISO alpha-3, from coco's own table."""
    import csv
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("country_converter")
    data = Path(next(iter(spec.submodule_search_locations))) / "country_data.tsv"
    with open(data, encoding="utf-8", newline="") as handle:
        return {fold(row["name_short"]): row["ISO3"] for row in csv.DictReader(handle, delimiter="\t")}


def _newsmine(name: str, iso3: dict[str, str]) -> str | None:
    country = country_name(name)
    return iso3.get(fold(country)) if country else None


def _pycountry(name: str) -> str | None:
    import pycountry

    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        return None


def main() -> None:
    iso3 = _coco_iso3()
    resolvers = {"newsmine (country_converter)": lambda name: _newsmine(name, iso3)}
    try:
        import pycountry  # noqa: F401

        resolvers["pycountry lookup"] = _pycountry
    except ImportError:
        print("pycountry not installed: only newsmine's keys are measured")
    for label, resolve in resolvers.items():
        right = [name for name, code in COUNTRIES if resolve(name) == code]
        missed = [name for name, code in COUNTRIES if resolve(name) != code]
        wrong = [name for name in NOT_COUNTRIES if resolve(name) is not None]
        print(f"{label}: {len(right)} of {len(COUNTRIES)} country names resolved; "
              f"{len(wrong)} of {len(NOT_COUNTRIES)} other places taken for a country")
        print(f"  missed: {', '.join(missed) or '-'}")
        print(f"  wrongly a country: {', '.join(wrong) or '-'}")


if __name__ == "__main__":
    main()
