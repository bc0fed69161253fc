"""Stage 5, Agree: the plan in plain words, the named contact, the review date; both confirm.

Topics kept for today count as discussed when the plan is agreed; deferring a
topic stays an explicit choice on the Agenda. A plan missing a goal, an action,
a named contact or a review date says what is missing, and is agreed as it is
only with the reason typed (the core keeps it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from careplan.dates import long_form
from careplan.errors import ConflictError
from careplan.records import ConsultationRecord
from careplan.services.agreeing import plan_gaps
from careplan.services.consultations import proposed_review_date
from careplan.vocabulary import AgendaStatus
from ui import formatting
from ui.consultation import stacking
from ui.consultation.editing import PlanEditor
from ui.consultation.plain_plan import plan_html
from ui.consultation.stage import Stage
from ui.consultation.widgets import (
    ErrorLabel,
    SavingLineEdit,
    TextScale,
    section,
)
from ui.date_input import iso_if_uk_date, make_date_input


class AgreeStage(Stage):
    # The plan was agreed (the agreed ConsultationRecord).
    agreed = Signal(object)
    # The pair asked to reopen the agreed plan as a new revision.
    revise_requested = Signal()
    # The pair asked to print the plan (or save it as PDF) before the person leaves.
    print_requested = Signal()

    def __init__(
        self,
        editor: PlanEditor,
        scale: TextScale,
        person: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(editor, scale, parent)
        self.setAccessibleName(self.tr("Agree"))
        self._person = person
        self._agreeing = False
        self._gaps: tuple[tuple[str, str], ...] = ()

        columns = stacking.columns(self)  # one under the other when narrow
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(14)

        summary_frame, summary_layout = section(self.tr("The plan, in plain words"), scale, self)
        self.summary = QTextBrowser(summary_frame)
        self.summary.setAccessibleName(self.tr("The whole plan, in plain words"))
        self.summary.setOpenLinks(False)
        summary_layout.addWidget(self.summary, 1)
        columns.addWidget(summary_frame, 3)

        right = QVBoxLayout()
        right.setSpacing(14)
        columns.addLayout(right, 2)

        details_frame, details_layout = section(
            self.tr("Named contact and review date"), scale, self
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setVerticalSpacing(6)
        self.contact_name = SavingLineEdit(self.tr("Named contact: name"), details_frame)
        self.contact_name.setPlaceholderText(self.tr("who the person calls about this plan"))
        self.contact_role = SavingLineEdit(self.tr("Named contact: role"), details_frame)
        self.contact_phone = SavingLineEdit(self.tr("Named contact: phone"), details_frame)
        self.contact_errors: dict[str, ErrorLabel] = {}
        for key, title, edit in (
            ("named_contact_name", self.tr("Contact"), self.contact_name),
            ("named_contact_role", self.tr("Role"), self.contact_role),
            ("named_contact_phone", self.tr("Phone"), self.contact_phone),
        ):
            edit.committed.connect(lambda _text: self._store_contact())
            label = QLabel(title, details_frame)
            label.setBuddy(edit)
            error = ErrorLabel(edit, title, details_frame)
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(edit)
            column.addWidget(error)
            form.addRow(label, column)
            self.contact_errors[key] = error
        self.review_date = SavingLineEdit(self.tr("Review date"), details_frame)
        make_date_input(self.review_date, label=self.tr("Review date"))
        self.review_date.committed.connect(self._store_review_date)
        self.review_error = ErrorLabel(self.review_date, self.tr("Review date"), details_frame)
        self.proposal = QLabel(details_frame)
        self.proposal.setWordWrap(True)
        self.proposal.setAccessibleName(self.tr("Proposed review date"))
        review_label = QLabel(self.tr("Review date"), details_frame)
        review_label.setBuddy(self.review_date)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(self.review_date)
        column.addWidget(self.review_error)
        column.addWidget(self.proposal)
        form.addRow(review_label, column)
        details_layout.addLayout(form)
        right.addWidget(details_frame)

        confirm_frame, confirm_layout = section(self.tr("Agree the plan"), scale, self)
        self.undecided = QLabel(confirm_frame)
        self.undecided.setWordWrap(True)
        self.undecided.setTextFormat(Qt.TextFormat.PlainText)
        self.undecided.setAccessibleName(self.tr("Topics talked about today"))
        confirm_layout.addWidget(self.undecided)
        self.missing = QLabel(confirm_frame)
        self.missing.setWordWrap(True)
        self.missing.setTextFormat(Qt.TextFormat.PlainText)
        self.missing.setAccessibleName(self.tr("What the plan is missing"))
        confirm_layout.addWidget(self.missing)
        self.reason = SavingLineEdit(self.tr("Why agree it as it is"), confirm_frame)
        self.reason.setPlaceholderText(self.tr("To agree it as it is, say why"))
        self.reason.textChanged.connect(lambda _text: self._enable())
        confirm_layout.addWidget(self.reason)
        self.person_confirms = QCheckBox(confirm_frame)
        self.clinician_confirms = QCheckBox(confirm_frame)
        for box in (self.person_confirms, self.clinician_confirms):
            box.toggled.connect(lambda _on: self._enable())
            confirm_layout.addWidget(box)
        self.agree_button = QPushButton(self.tr("Agree the plan"), confirm_frame)
        self.agree_button.setAccessibleName(self.tr("Agree the plan"))
        self.agree_button.setDefault(True)
        self.agree_button.clicked.connect(self.agree)
        self.scale.register(self.agree_button, 1.1, bold=True)
        self.agree_error = ErrorLabel(self.agree_button, self.tr("Agree the plan"), confirm_frame)
        self.agreed_note = QLabel(confirm_frame)
        self.agreed_note.setWordWrap(True)
        self.agreed_note.setAccessibleName(self.tr("Agreed"))
        self.scale.register(self.agreed_note, 1.05, bold=True)
        self.revise_button = QPushButton(self.tr("Reopen as a new revision"), confirm_frame)
        self.revise_button.setAccessibleName(self.tr("Reopen as a new revision"))
        self.revise_button.clicked.connect(self.revise_requested)
        confirm_layout.addWidget(self.agree_button)
        confirm_layout.addWidget(self.agree_error)
        confirm_layout.addWidget(self.agreed_note)
        confirm_layout.addWidget(self.revise_button)
        self.print_button = QPushButton(self.tr("&Print the plan…"), confirm_frame)
        self.print_button.setAccessibleName(self.tr("Print the plan"))
        self.print_button.setToolTip(
            self.tr("Preview, print or save as PDF; a plan not yet agreed prints marked DRAFT")
        )
        self.print_button.clicked.connect(self.print_requested)
        self.scale.register(self.print_button, 1.0)
        confirm_layout.addWidget(self.print_button)
        right.addWidget(confirm_frame)
        right.addStretch(1)

    # ----- showing --------------------------------------------------------------------------------

    def show_plan(self, plan: ConsultationRecord) -> None:
        bar = self.summary.verticalScrollBar()
        position = bar.value()
        self.summary.setHtml(plan_html(plan, self._person))
        bar.setValue(position)
        self.contact_name.set_saved(plan.named_contact_name)
        self.contact_role.set_saved(plan.named_contact_role)
        self.contact_phone.set_saved(plan.named_contact_phone)
        proposed = proposed_review_date(plan)
        if plan.review_date is None:
            self.review_date.set_saved("")
            if not self.review_date.dirty and not self.review_date.text():
                self.review_date.setPlaceholderText(long_form(proposed))
            self.proposal.setText(
                self.tr(
                    "Proposed from the plan: {date} — used when you agree, unless you type "
                    "another date."
                ).format(date=formatting.date(proposed))
            )
        else:
            self.review_date.set_saved(long_form(plan.review_date))
            self.proposal.setText(
                self.tr("Proposed from the plan: {date}.").format(date=formatting.date(proposed))
            )
        undecided = [a for a in plan.agenda if a.status == AgendaStatus.OPEN.value]
        if undecided and plan.is_draft:
            lines = [
                self.tr(
                    "Talked about today (defer a topic on the Agenda to bring it back next time):"
                )
            ]
            lines += [f"• {a.text}" for a in undecided]
            self.undecided.setText("\n".join(lines))
            self.undecided.show()
        else:
            self.undecided.hide()
        self._gaps = self._plan_gaps(plan)
        if self._gaps and plan.is_draft:
            self.missing.setText(
                "\n".join(
                    [self.tr("This plan is not complete:")]
                    + [f"• {message}" for _field, message in self._gaps]
                )
            )
            self.missing.show()
            self.reason.show()
        else:
            self.missing.hide()
            self.reason.hide()
        self.person_confirms.setText(
            self.tr("{name} agrees with this plan").format(name=self._person)
        )
        self.clinician_confirms.setText(
            self.tr("{name} agrees with this plan").format(
                name=plan.clinician_name or self.tr("The clinician")
            )
        )
        if plan.is_draft:
            self.agreed_note.hide()
            self.revise_button.hide()
            self.agree_button.show()
            self.person_confirms.setEnabled(True)
            self.clinician_confirms.setEnabled(True)
        else:
            when = plan.agreed_at.date() if plan.agreed_at else plan.consultation_date
            self.agreed_note.setText(
                self.tr("This draft was discarded; it was never agreed.")
                if plan.status == "discarded"
                else self.tr("Agreed on {date}. This plan is kept as it was agreed.").format(
                    date=formatting.date(when)
                )
            )
            self.agreed_note.show()
            self.revise_button.setVisible(plan.status != "discarded")
            self.agree_button.hide()
            self.person_confirms.setChecked(True)
            self.clinician_confirms.setChecked(True)
            self.person_confirms.setEnabled(False)
            self.clinician_confirms.setEnabled(False)
        self._enable()

    @staticmethod
    def _plan_gaps(plan: ConsultationRecord) -> tuple[tuple[str, str], ...]:
        # The proposed review date is used when none is typed, so it is not missing.
        return tuple(g for g in plan_gaps(plan) if g[0] != "review_date")

    def _reason(self) -> str | None:
        return self.reason.text().strip() or None if self._gaps else None

    def _enable(self) -> None:
        self.agree_button.setEnabled(self._can_agree())

    def commit_fields(self) -> None:
        self.contact_name.commit()
        self.contact_role.commit()
        self.contact_phone.commit()
        self.review_date.commit()

    # ----- editing --------------------------------------------------------------------------------

    def _store_contact(self) -> None:
        if self.read_only:
            return
        for label in self.contact_errors.values():
            label.clear_message()
        self.editor.set_named_contact(
            self.contact_name.text(),
            self.contact_role.text(),
            self.contact_phone.text(),
            on_error=self.reporter(self.contact_errors, self.contact_errors["named_contact_name"]),
        )

    def _store_review_date(self, text: str) -> None:
        if self.read_only:
            return
        self.review_error.clear_message()
        self.editor.set_review_date(
            iso_if_uk_date(text) or None, on_error=self.reporter({}, self.review_error)
        )

    def agree(self) -> None:
        """Both confirmed: defer what was not discussed, set the review date, agree."""
        if not self._can_agree():
            return
        self.commit_fields()
        self.agree_error.clear_message()
        self._agreeing = True
        self._enable()
        session = self.editor.session
        c = session.consultations
        consultation_id = session.plan.id
        reason = self._reason()

        def agree_now() -> ConsultationRecord:
            # Runs after every edit queued before it (one job at a time, in order).
            plan = c.get(consultation_id)
            if plan.review_date is None:
                c.set_review_date(consultation_id, proposed_review_date(plan))
            plan = c.get(consultation_id)
            return c.agree(consultation_id, plan.version, incomplete_reason=reason)

        session.run(agree_now, self._on_agreed, self._on_agree_failed)

    def _can_agree(self) -> bool:
        return (
            self.plan.is_draft
            and not self._agreeing
            and self.person_confirms.isChecked()
            and self.clinician_confirms.isChecked()
            and (not self._gaps or bool(self.reason.text().strip()))
        )

    def _on_agreed(self, plan: ConsultationRecord) -> None:
        self._agreeing = False
        self.editor.session.undo_stack.clear()
        self.agreed.emit(plan)

    def _on_agree_failed(self, error: Exception) -> None:
        self._agreeing = False
        self.agree_error.show_message(formatting.error_message(error))
        if isinstance(error, ConflictError):
            self.editor.session.reload()
        self._enable()

    def reset_confirmations(self) -> None:
        self.person_confirms.setChecked(False)
        self.clinician_confirms.setChecked(False)
