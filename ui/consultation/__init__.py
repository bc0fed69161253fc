"""The consultation workspace: clinician and person build the plan together, side by side.

:class:`~ui.consultation.window.ConsultationWindow` takes the pair through the
stages of DESIGN.md §3; :class:`~ui.consultation.patient_view.PatientView` shows
the growing plan to the person in large print. Every edit goes through the
core's consultation service as an undoable command (``commands``), run on the
one job runner; the views redraw from the plan the core reads back.
"""
