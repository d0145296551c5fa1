"""Sources a pharmacist can check a page against: FDA labels, government health bodies, trial papers."""

from __future__ import annotations

from urllib.parse import urlsplit

from kiosk.core.content import Page
from kiosk.core.problems import Problem

# The one list of hosts a page may cite. A host matches itself and its subdomains, so
# "nih.gov" covers bones.nih.gov, ods.od.nih.gov, pubmed and pmc.ncbi.nlm.nih.gov.
AUTHORITATIVE_HOSTS = (
    # FDA labels and FDA safety pages (DailyMed is on nlm.nih.gov)
    "fda.gov",  # www.fda.gov, api.fda.gov (openFDA), www.accessdata.fda.gov
    # US government health bodies
    "nih.gov",  # NIAMS bones.nih.gov, ods.od.nih.gov, DailyMed, PubMed, PMC, NCBI Bookshelf
    "medlineplus.gov",  # the National Library of Medicine's patient pages
    "cdc.gov",
    "hhs.gov",
    "uspreventiveservicestaskforce.org",
    "who.int",
    # professional bodies and systematic reviews
    "bonehealthandosteoporosis.org",
    "endocrine.org",
    "cochranelibrary.com",
    # manufacturers' official US prescribing information
    "pi.lilly.com",
    "pfizermedicalinformation.com",
)

WEAK_SOURCE_ADVICE = (
    "is not a source a pharmacist can check against; cite the FDA label (DailyMed) or a public-health body"
)


def is_authoritative(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return any(host == allowed or host.endswith("." + allowed) for allowed in AUTHORITATIVE_HOSTS)


def weak_source_problems(page: Page) -> list[Problem]:
    cited = [source.url for source in page.sources]
    if page.trial is not None:  # the study behind a picture is a source like any other
        cited.append(page.trial.source_url)
    weak = [url for url in cited if not is_authoritative(url)]
    if not weak:
        return []
    try:
        lines = page.path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):  # changed since it was loaded: point at the sources key
        lines = []
    return [
        Problem.warning(page.path, _line_of(lines, url, page), f"source {url} {WEAK_SOURCE_ADVICE}")
        for url in weak
    ]


def _line_of(lines: list[str], url: str, page: Page) -> int:
    """The line of the url in the file, so an editor jumps straight to it."""
    for number, line in enumerate(lines, start=1):
        if url in line:
            return number
    return page.key_lines.get("sources", 1)
