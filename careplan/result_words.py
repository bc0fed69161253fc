"""What a result means, in plain words addressed to the person (the Year of Care letter).

The words explain; they do not diagnose. Each sentence says what the test measures and
where the latest value stands against the person's target (their own one, if agreed).
"""

from __future__ import annotations

from .clinical_codes import TEST_BY_KEY, in_target
from .i18n import _


def what_it_measures(test: str) -> str:
    return {
        "hba1c": _("HbA1c shows your average blood sugar over the last two to three months."),
        "bp_systolic": _(
            "Blood pressure: the top number is the pressure when your heart beats, "
            "the bottom number when it rests between beats."
        ),
        "bp_diastolic": _("The bottom number of your blood pressure, between heart beats."),
        "cholesterol": _("Cholesterol is a fat in your blood; too much can narrow blood vessels."),
        "egfr": _("eGFR shows how well your kidneys clean your blood."),
        "urine_acr": _(
            "Urine ACR shows whether protein is leaking into your urine from the kidneys."
        ),
        "bmi": _("BMI compares your weight with your height."),
        "weight": _("Your weight."),
        "foot_check": _("The foot check looks at the feeling and blood supply in your feet."),
        "peak_flow": _("Peak flow shows how fast you can blow air out of your lungs."),
        "phq9": _("PHQ-9 is the questionnaire about your mood over the last two weeks."),
    }.get(test, "")


def _band(test: str, value: float | None, text: str | None) -> str:
    """Extra words for tests whose value falls into well-known bands."""
    if test == "egfr" and value is not None:
        if value >= 90:
            return _("Your kidneys are working normally.")
        if value >= 60:
            return _("Your kidneys are working slightly less well than normal.")
        if value >= 30:
            return _("Your kidneys are working less well than normal; we will talk about it.")
        if value >= 15:
            return _("Your kidneys are working a lot less well than normal.")
        return _("Your kidneys are working very little; we will talk about what this means.")
    if test == "phq9" and value is not None:
        if value <= 4:
            return _("Your answers suggest little or no low mood.")
        if value <= 9:
            return _("Your answers suggest mild low mood.")
        if value <= 14:
            return _("Your answers suggest moderate low mood.")
        if value <= 19:
            return _("Your answers suggest quite severe low mood.")
        return _("Your answers suggest severe low mood; we will talk about support.")
    if test == "foot_check" and text:
        return {
            "low risk": _("Your feet are at low risk of problems."),
            "moderate risk": _("Your feet are at some risk; a podiatrist can help keep them well."),
            "high risk": _("Your feet are at high risk; regular podiatry care is important."),
            "active foot problem": _("You have a foot problem that needs care now."),
        }.get(text, "")
    return ""


def meaning(
    test: str,
    value: float | None,
    value_text: str | None,
    low: float | None,
    high: float | None,
    own_target: bool,
) -> str:
    """The latest value in plain words: what it measures, where it stands."""
    parts = [what_it_measures(test)]
    band = _band(test, value, value_text)
    if band:
        parts.append(band)
    where = in_target(value, low, high)
    whose = _("the target you agreed") if own_target else _("the usual target")
    if where is True:
        parts.append(_("It is within {whose}.").format(whose=whose))
    elif where is False:
        above = high is not None and value is not None and value > high
        parts.append(
            (
                _("It is above {whose}; we can talk about it.")
                if above
                else _("It is below {whose}; we can talk about it.")
            ).format(whose=whose)
        )
    return " ".join(p for p in parts if p)


def trend(test: str, previous: float | None, latest: float | None) -> str:
    """The change since last time in plain words ("" when there is nothing to compare)."""
    if previous is None or latest is None:
        return ""
    spec = TEST_BY_KEY.get(test)
    unit = spec.unit if spec is not None else ""
    change = latest - previous
    # A change smaller than 2% of the earlier value is no real change.
    if abs(change) <= max(abs(previous) * 0.02, 0.05):
        return (
            _("About the same as last time ({value:g} {unit}).")
            .format(value=previous, unit=unit)
            .replace(" )", ")")
        )
    words = (
        _("Up from {value:g} {unit} last time.")
        if change > 0
        else _("Down from {value:g} {unit} last time.")
    )
    return words.format(value=previous, unit=unit).replace("  ", " ").replace(" .", ".")
