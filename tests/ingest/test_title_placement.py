"""Real documents whose title is not their first line read as they do with it first.

A page arrives byte for byte as published: a date, the site's navigation or a breadcrumb
trail may stand above its headline. The breadcrumb is furniture (it ends with the title, and
would be taken for it), and the date a title closes with is read from the title, wherever in
the head it stands, not from the head's first line.
"""

from __future__ import annotations

from crosswalk.ingest.chrome import is_chrome
from tests.conftest import REAL, ingest_text


def real_text(stem: str) -> str:
    return (REAL / "docs" / f"{stem}.txt").read_text(encoding="utf-8")


def furniture_above_title(text: str, date: str) -> str:
    """The text under the lines a web page prints above its title: navigation, a
    breadcrumb trail ending with the title, the date and a share link."""
    title = next(line for line in text.split("\n") if line.strip())
    return "\n".join(["Skip to content", "Menu", "Home > News > " + title, date, "Share this page", "", text])


def test_a_title_under_furniture_keeps_the_date_it_closes_with() -> None:
    """A commissioner's statement whose title closes with its date, "(24 Mar 2015)", under
    furniture lines that are no date ("Banner Image", as a commissioner's site prints above
    its headline): the date is the title's, wherever the title stands in the head."""
    stem = "iP_resp_westyorks_pcc_stopsearch2015"
    text = real_text(stem)
    assert ingest_text(text, stem).date == "2015-03-24"
    assert ingest_text("Banner Image\n\nNews\n\n" + text, stem).date == "2015-03-24"


def test_a_breadcrumb_trail_above_the_title_is_furniture() -> None:
    """A commissioner's statement under "Skip to content", "Menu", a breadcrumb trail that
    ends with the title, the date and a share link: the breadcrumb is the site's furniture
    (a page's place in its site), not the title, and the title keeps its date."""
    stem = "iP_resp_westyorks_pcc_stopsearch2015"
    text = real_text(stem)
    document = ingest_text(furniture_above_title(text, "24 March 2015"), stem)
    assert document.title == ingest_text(text, stem).title
    assert document.date == "2015-03-24"


def test_a_real_breadcrumb_line_is_furniture() -> None:
    """The breadcrumb a commissioner's page prints under its title is dropped as furniture,
    as its "Skip to content" would be; a line opening "Home Office" is text."""
    line = next(line for line in real_text("gM_resp_thamesvalley_pcc_commissioned_vetting").split("\n")
                if line.startswith("Home >"))
    assert is_chrome(line)
    assert not is_chrome("Home Office response to the inspection of police custody")



_RUN_ON_TRAIL = ("Home > News > Commissioner welcomes report (14 Jun 2019) The Police and Crime Commissioner "
                 "has welcomed the inspectorate's report on stop and search.")
_REAL_TRAILS = ["gB_press_fsmatters_frs2019_tranche3", "gK_resp_avonsomerset_force_peel2025",
                "gQ_resp_herefordworcester_frs_news_2018", "iB_press_heraldwales_dyfedpowys_effectiveness2015",
                "iE_press_fsmatters_stateoffire2022"]


def test_a_trail_run_on_into_the_lead_keeps_the_line_and_bare_trails_stay_furniture() -> None:
    """A breadcrumb saved on one line with the title and the lead sentence after it (no line
    break between them) is the page's text, not furniture: a step of a trail holds no sentence
    stop. Dropped whole, the commissioner's lead went with it (round 66 review). Real bare
    trails of every form the corpus prints ("Home> | Fire | >...", "You are here: Home » News
    » ...", a quoted title, a year and a month as steps) are still dropped."""
    assert not is_chrome(_RUN_ON_TRAIL)
    stem = "iP_resp_westyorks_pcc_stopsearch2015"
    rest = "\n\n".join(real_text(stem).split("\n\n")[1:])
    assert "has welcomed the inspectorate's report" in ingest_text(_RUN_ON_TRAIL + "\n\n" + rest, stem).text
    for real in _REAL_TRAILS:
        text = real_text(real)
        line = next(line for line in text.split("\n") if line.lstrip().lower().startswith(("home", "you are here")))
        assert is_chrome(line), real
        assert line.strip() not in ingest_text(text, real).text.split("\n"), real
