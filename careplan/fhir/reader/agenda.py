"""The agenda (a List) and the person's preparation (a QuestionnaireResponse)."""

from __future__ import annotations

from ...text import TEXT_MAX
from .. import codes as c
from ..document import AgendaDoc, PreparationDoc, ResultDoc
from .context import Reading
from .node import codings, has_code

_PROMPTS = frozenset(c.PREPARATION_ITEMS)


def agenda(reading: Reading) -> tuple[AgendaDoc, ...]:
    out: list[AgendaDoc] = []
    for entry in reading.of_patient(
        "List", lambda node: has_code(node.node("code"), c.LOCAL_CODES, c.CODE_AGENDA)
    ):
        for item in entry.node.nodes("entry"):
            ref = item.node("item", required=True)
            assert ref is not None
            words = ref.string("display")
            if not words:
                continue
            status = "open"
            for system, code, _d in codings(item.node("flag")):
                if system == c.LOCAL_CODES and code in c.AGENDA_STATUS_BY_CODE:
                    status = c.AGENDA_STATUS_BY_CODE[code]
            ext = item.extension(c.EXT_RAISED_BY)
            raised = ext.code("valueCode", c.RAISED_BY_CODES) if ext else None
            out.append(
                AgendaDoc(
                    text=reading.clean_text(words, ref.at("display"), TEXT_MAX, required=True),
                    raised_by=raised or "patient",
                    status=status,
                )
            )
        reading.index.use(entry)
    return tuple(out)


def preparation(reading: Reading, results: tuple[ResultDoc, ...]) -> PreparationDoc | None:
    prompts: dict[str, str | None] = {}
    for entry in reading.of_patient(
        "QuestionnaireResponse",
        lambda node: node.string("questionnaire") == c.PREPARATION_QUESTIONNAIRE,
    ):
        for item in entry.node.nodes("item"):
            link = item.string("linkId", required=True)
            if link not in _PROMPTS or link in prompts:
                continue
            words = [a.string("valueString") for a in item.nodes("answer")]
            prompts[link] = (
                reading.clean_text("\n\n".join(w for w in words if w), item.path, TEXT_MAX) or None
            )
        reading.index.use(entry)
        break
    if not prompts and not results:
        return None
    return PreparationDoc(
        what_matters_prompt=prompts.get("what-matters"),
        talk_about_prompt=prompts.get("talk-about"),
        conditions_effect_prompt=prompts.get("conditions-effect"),
        who_involved=prompts.get("who-involved"),
        information_preference=prompts.get("information-preference"),
        results=results,
    )
