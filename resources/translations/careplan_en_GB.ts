<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>ActionDetail</name>
        <message>
            <location filename="../../ui/consultation/action_detail.py" />
            <source>0 not at all sure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_detail.py" />
            <source>10 completely sure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_detail.py" />
            <source>Add or choose an action to ask how sure.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_detail.py" />
            <source>Ask again after making it easier: how sure are you now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_detail.py" />
            <source>Below 7: let's make this easier together</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_detail.py" />
            <source>First answer: {first} out of 10 · Now: {final} out of 10.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_detail.py" />
            <source>First answer: {n} out of 10.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_detail.py" />
            <source>How much</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_detail.py" />
            <source>How often</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_detail.py" />
            <source>How sure are you that you can do this, from 0 to 10?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_detail.py" />
            <source>How sure, 0 to 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_detail.py" />
            <source>Make it easier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_detail.py" />
            <source>Name of who does it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_detail.py" />
            <source>Not asked yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_detail.py" />
            <source>Ratings so far</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_detail.py" />
            <source>The chosen action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_detail.py" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_detail.py" />
            <source>What would make this easier?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_detail.py" />
            <source>What would make this easier? What might get in the way? Make the step smaller or easier — less, less often, or with help — change it above, then ask again: how sure are you now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_detail.py" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_detail.py" />
            <source>Who does it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_detail.py" />
            <source>e.g. 10 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_detail.py" />
            <source>e.g. 5 days a week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_detail.py" />
            <source>e.g. after lunch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_detail.py" />
            <source>optional</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActionEditor</name>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>(was {value})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>Below {limit}: what would make it easier? Consider making the action smaller.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>Changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>Confidence now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>Confidence now, 0 to 10, for: {action}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>Dropped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>Not asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>Not done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>Partly done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>What changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>What changed, for: {action}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>What got in the way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>What happened to: {action}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>Why it was dropped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>a community service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>in their words (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>the clinician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>the person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>the practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>their carer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>{number} {action} · done by {who}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActionPlanStage</name>
        <message>
            <location filename="../../ui/consultation/action_plan.py" />
            <source>&amp;Actions and how sure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_plan.py" />
            <source>&amp;Barriers and plan B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_plan.py" />
            <source>(the whole goal)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_plan.py" />
            <source>Action plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_plan.py" />
            <source>Actions for this goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_plan.py" />
            <source>Add a goal first (stage 3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_plan.py" />
            <source>Add a&amp;ction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_plan.py" />
            <source>Add action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_plan.py" />
            <source>Barriers and plan B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_plan.py" />
            <source>For the &amp;goal:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_plan.py" />
            <source>For the action (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_plan.py" />
            <source>If things get &amp;worse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_plan.py" />
            <source>New action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_plan.py" />
            <source>New action: what will be done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_plan.py" />
            <source>Parts of the action plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_plan.py" />
            <source>Plan B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_plan.py" />
            <source>Remove the action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_plan.py" />
            <source>Remove the chosen action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_plan.py" />
            <source>S&amp;upport</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_plan.py" />
            <source>The goal these actions are for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_plan.py" />
            <source>What might get in the way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_plan.py" />
            <source>What might get in the way of this goal, and what will you do then?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_plan.py" />
            <source>What will be done, for example: walk to the corner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/action_plan.py" />
            <source>Who does it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AddAccountDialog</name>
        <message>
            <location filename="../../ui/admin.py" />
            <source>Administrator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>Clinician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>Full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>Nurse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>Temporary password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>Username</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AgendaStage</name>
        <message>
            <location filename="../../ui/consultation/agenda.py" />
            <source>&amp;Add topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agenda.py" />
            <source>&amp;New topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agenda.py" />
            <source>A topic, in the words of whoever raises it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agenda.py" />
            <source>Add topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agenda.py" />
            <source>Agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agenda.py" />
            <source>Agenda summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agenda.py" />
            <source>Alt+Down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agenda.py" />
            <source>Alt+Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agenda.py" />
            <source>Both of you add topics. The person puts them in order: drag a topic, or press Alt+Up / Alt+Down. Pick what fits today; defer the rest — deferred topics come back at the next visit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agenda.py" />
            <source>De&amp;fer to next visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agenda.py" />
            <source>Defer to the next visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agenda.py" />
            <source>Di&amp;scussed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agenda.py" />
            <source>For &amp;today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agenda.py" />
            <source>Keep for today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agenda.py" />
            <source>Mark as discussed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agenda.py" />
            <source>Move &amp;down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agenda.py" />
            <source>Move &amp;up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agenda.py" />
            <source>Move the topic down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agenda.py" />
            <source>Move the topic up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agenda.py" />
            <source>New topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agenda.py" />
            <source>No topics yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agenda.py" />
            <source>Raised by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agenda.py" />
            <source>Remove (added by mistake)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agenda.py" />
            <source>Remove the topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agenda.py" />
            <source>Topics, in the person's order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agenda.py" />
            <source>What shall we talk about today?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agenda.py" />
            <source>raised &amp;by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agenda.py" />
            <source>{today} for today · {done} discussed · {later} deferred to next visit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AgreeStage</name>
        <message>
            <location filename="../../ui/consultation/agree.py" />
            <source>&amp;Print the plan…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agree.py" />
            <source>Agree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agree.py" />
            <source>Agree the plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agree.py" />
            <source>Agreed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agree.py" />
            <source>Agreed on {date}. This plan is kept as it was agreed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agree.py" />
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agree.py" />
            <source>Named contact and review date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agree.py" />
            <source>Named contact: name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agree.py" />
            <source>Named contact: phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agree.py" />
            <source>Named contact: role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agree.py" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agree.py" />
            <source>Preview, print or save as PDF; a plan not yet agreed prints marked DRAFT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agree.py" />
            <source>Print the plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agree.py" />
            <source>Proposed from the plan: {date} — used when you agree, unless you type another date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agree.py" />
            <source>Proposed from the plan: {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agree.py" />
            <source>Proposed review date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agree.py" />
            <source>Reopen as a new revision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agree.py" />
            <source>Review date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agree.py" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agree.py" />
            <source>Talked about today (defer a topic on the Agenda to bring it back next time):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agree.py" />
            <source>The clinician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agree.py" />
            <source>The plan, in plain words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agree.py" />
            <source>The whole plan, in plain words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agree.py" />
            <source>This draft was discarded; it was never agreed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agree.py" />
            <source>This plan is not complete:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agree.py" />
            <source>To agree it as it is, say why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agree.py" />
            <source>Topics talked about today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agree.py" />
            <source>What the plan is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agree.py" />
            <source>Why agree it as it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agree.py" />
            <source>who the person calls about this plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/agree.py" />
            <source>{name} agrees with this plan</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <location filename="../../ui/admin.py" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>Computer user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>Patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>Staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>When (UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>Workstation</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AuditWindow</name>
        <message>
            <location filename="../../ui/admin.py" />
            <source>&amp;Export as CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>&amp;Verify the trail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>Audit entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>Audit trail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>Export the audit trail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>The latest 1,000 entries, newest first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>The trail is intact: {n:,} entries checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>The trail was tampered with:
{problems}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>{n:,} entries written to {path}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <location filename="../../ui/admin.py" />
            <source>An administrator set a temporary password for you. Choose your own now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>Current password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>New password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>New password again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>The two new passwords are not the same.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ComingUpModel</name>
        <message>
            <location filename="../../ui/registers/models.py" />
            <source>Clinician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/models.py" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/models.py" />
            <source>NHS number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/models.py" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/models.py" />
            <source>Registers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/models.py" />
            <source>What is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/models.py" />
            <source>now (no plan yet)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ComingUpWindow</name>
        <message>
            <location filename="../../ui/registers/coming_up.py" />
            <source> weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/coming_up.py" />
            <source>&amp;Clinician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/coming_up.py" />
            <source>&amp;Open patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/coming_up.py" />
            <source>&amp;Print all preparation letters…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/coming_up.py" />
            <source>&amp;Register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/coming_up.py" />
            <source>Coming up for a care-planning conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/coming_up.py" />
            <source>Coming up — Care planning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/coming_up.py" />
            <source>Due &amp;within</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/coming_up.py" />
            <source>Due within</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/coming_up.py" />
            <source>Every person's results letter, in one PDF (or one file each); marked as sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/coming_up.py" />
            <source>Every register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/coming_up.py" />
            <source>Folder for the letters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/coming_up.py" />
            <source>Letters written to {where}; they are marked as sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/coming_up.py" />
            <source>Looking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/coming_up.py" />
            <source>One &amp;file per person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/coming_up.py" />
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/coming_up.py" />
            <source>People coming up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/coming_up.py" />
            <source>Printing the letters…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/coming_up.py" />
            <source>Save the letters as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/coming_up.py" />
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/coming_up.py" />
            <source>{n} people coming up within {weeks} weeks; {letters} without a letter yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConsultationWindow</name>
        <message>
            <location filename="../../ui/consultation/window.py" />
            <source> · with {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/window.py" />
            <source>Agreed on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/window.py" />
            <source>Consultation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/window.py" />
            <source>Discarded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/window.py" />
            <source>Dismiss the message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/window.py" />
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/window.py" />
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/window.py" />
            <source>Show or hide the patient view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/window.py" />
            <source>{status} · consultation of {date} · revision {revision}{with_whom}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DateBehaviour</name>
        <message>
            <location filename="../../ui/date_input.py" />
            <source>A date; {examples}. Alt+Down opens a calendar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/date_input.py" />
            <source>Calendar: {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/date_input.py" />
            <source>Choose from a calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/date_input.py" />
            <source>Choose from a calendar (Alt+Down)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/date_input.py" />
            <source>e.g. 12/11/2026, 12 Nov 2026 or +3m</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DemoOffer</name>
        <message>
            <location filename="../../ui/demo_offer.py" />
            <source>As a clinician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/demo_offer.py" />
            <source>As a nurse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/demo_offer.py" />
            <source>Creating {count} made-up patients…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/demo_offer.py" />
            <source>DEMO practice ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/demo_offer.py" />
            <source>Demo practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/demo_offer.py" />
            <source>Load the demo practice?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/demo_offer.py" />
            <source>The DEMO practice is loaded: made-up people only. To try it as the staff who use it, sign out (Session → Sign out) and sign in with:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/demo_offer.py" />
            <source>The demo practice adds {count} made-up patients with plans and reviews, so you can try everything out. Do not add real patients to a demo database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/demo_offer.py" />
            <source>The demo practice could not be loaded: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/demo_offer.py" />
            <source>There are no patients in this database yet. Load the demo practice?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/demo_offer.py" />
            <source>These sign-ins exist only in this demo database. Never use it for real patients.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/demo_offer.py" />
            <source>{role}: username {username}, password {password} ({name})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ErrorBanner</name>
        <message>
            <location filename="../../ui/feedback.py" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExchangeActions</name>
        <message>
            <location filename="../../ui/exchange.py" />
            <source>Calendar files (*.ics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/exchange.py" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/exchange.py" />
            <source>Care planning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/exchange.py" />
            <source>Checking the file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/exchange.py" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/exchange.py" />
            <source>Export plan as FHIR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/exchange.py" />
            <source>Exporting the plan…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/exchange.py" />
            <source>FHIR JSON files (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/exchange.py" />
            <source>FHIR JSON files (*.json);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/exchange.py" />
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/exchange.py" />
            <source>Import FHIR bundle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/exchange.py" />
            <source>Importing the plan…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/exchange.py" />
            <source>It is the next revision of the plan imported before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/exchange.py" />
            <source>Left out, as this app has no place for it:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/exchange.py" />
            <source>Save review date to calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/exchange.py" />
            <source>Saving the calendar file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/exchange.py" />
            <source>The person was not registered here, so they were added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/exchange.py" />
            <source>The person's details were imported; the file held no plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/exchange.py" />
            <source>The plan was imported as {status}: {goals} goal(s), {actions} action(s) and {reviews} review(s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/exchange.py" />
            <source>The plan was saved as {path} ({count} FHIR resources).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/exchange.py" />
            <source>The review on {date} was saved as {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/exchange.py" />
            <source>They were not registered here, so they were added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/exchange.py" />
            <source>This plan was imported before; it was not added again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/exchange.py" />
            <source>This plan was imported before; nothing was added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/exchange.py" />
            <source>a draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/exchange.py" />
            <source>agreed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/exchange.py" />
            <source>care-plan-review.ics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/exchange.py" />
            <source>{conditions} of their conditions and {results} of their results were added or corrected.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FieldError</name>
        <message>
            <location filename="../../ui/feedback.py" />
            <source>Problem with {field}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUp</name>
        <message>
            <location filename="../../ui/followup/actions.py" />
            <source>F&amp;ollow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/actions.py" />
            <source>How many people have a plan, an action plan and a review on time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/actions.py" />
            <source>People due or overdue for a review of their plan (Ctrl+R)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/actions.py" />
            <source>Practice &amp;overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/actions.py" />
            <source>Review &amp;worklist</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GoalCard</name>
        <message>
            <location filename="../../ui/followup/goal_history.py" />
            <source>Earlier wording: {words}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/goal_history.py" />
            <source>Reviews of “{goal}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/goal_history.py" />
            <source>{status} · first agreed {date}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GoalEditor</name>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>Achieved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>Actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>Continue — keep working on it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>Goal {number} of {count}: “{goal}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>How has it gone?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>Last time, {date}: {score}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>No actions were agreed for this goal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>Not discussed on this call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>Not reviewed before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>Progress on goal {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>Revise — reword the goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>Revised goal, in their words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>Stop working on it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>Their comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>What next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>What next for goal {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>the new goal, in their words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>what they said, in their own words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>{score}: {meaning}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GoalHistorySection</name>
        <message>
            <location filename="../../ui/followup/goal_history.py" />
            <source>Goals over time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/goal_history.py" />
            <source>Loading goals…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/goal_history.py" />
            <source>No agreed goals yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/goal_history.py" />
            <source>The goals could not be read: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GoalReviewsModel</name>
        <message>
            <location filename="../../ui/models/goal_history.py" />
            <source>By</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/goal_history.py" />
            <source>In their words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/goal_history.py" />
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/goal_history.py" />
            <source>Reviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/goal_history.py" />
            <source>Then</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/goal_history.py" />
            <source>{name}, {how}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/goal_history.py" />
            <source>{score}; then: {decision}; {by}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GoalsStage</name>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>(not linked)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>0 not important</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>10 very important</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>A new goal, in the person's words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>Add &amp;goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>Add goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>Add what matters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>By when (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>Choose a goal to change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>For example: walk 20 minutes without stopping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>Goal {n} of {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>Goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>Goals are what the person wants, in their own words. One to three is usually best; more are allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>How important is it to you?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>How important is this goal, 0 to 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>In their words, for example: “Playing with my grandchildren”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>Linked to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>Linked to what matters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>Linked to… (not linked)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>Measurable target (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>New goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>New goal linked to what matters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>New goal, in the person's words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>Remove the chosen goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>Remove the goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>Remove what matters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>Target date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>The chosen goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>The goal, in the person's words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>What matters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>What matters and goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>What matters to the person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>What matters, in their words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>Which goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>Which of the things that matter this goal serves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>Whose goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/goals.py" />
            <source>{count} goals. One to three is usually best — more are fine if the person wants them.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GroupActions</name>
        <message>
            <location filename="../../ui/groups/actions.py" />
            <source>&amp;Groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/actions.py" />
            <source>&amp;Invite this patient to a group session…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/actions.py" />
            <source>Choose a patient in the list first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/actions.py" />
            <source>Group &amp;sessions…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/actions.py" />
            <source>Plan group consultations, invite people, run the session</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GroupModels</name>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source> (from last time)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source> (in the group: {alias})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>#</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>, with {carer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>1-to-1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>Agreed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>Attending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>Board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>Carer agreed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>Here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>Invited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>Own plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>Raised by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>Reply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>Topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>agreed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>anonymous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>arrived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>being written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>coming</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>deferred to next time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>did not attend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>discussed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>in range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>invited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>left early</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>no carer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>no target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>not coming</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>not marked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>not started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>out of range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>target {target}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/models.py" />
            <source>{invited} of {places}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GroupOverviewLine</name>
        <message>
            <location filename="../../ui/groups/overview_line.py" />
            <source>Group consultations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/overview_line.py" />
            <source>Group consultations: none held in this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/overview_line.py" />
            <source>Group consultations: {sessions} session(s) held; attendance {rate} ({came} of {places} places); {share} of those who came left with a goal and an action plan ({planned}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GroupPlanPanel</name>
        <message>
            <location filename="../../ui/groups/plan_panel.py" />
            <source> (sure: {n}/10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/plan_panel.py" />
            <source>&amp;Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/plan_panel.py" />
            <source>&amp;Goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/plan_panel.py" />
            <source>&amp;Next person (F8)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/plan_panel.py" />
            <source>&amp;Sure (0–10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/plan_panel.py" />
            <source>Action toward the last goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/plan_panel.py" />
            <source>Action: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/plan_panel.py" />
            <source>Add a goal first; the action is a step toward it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/plan_panel.py" />
            <source>Choose an attendee who has arrived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/plan_panel.py" />
            <source>Goal, in the person's words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/plan_panel.py" />
            <source>Goal: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/plan_panel.py" />
            <source>How sure, 0 to 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/plan_panel.py" />
            <source>Matters: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/plan_panel.py" />
            <source>Named &amp;contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/plan_panel.py" />
            <source>Named contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/plan_panel.py" />
            <source>Named contact: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/plan_panel.py" />
            <source>Plan for {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/plan_panel.py" />
            <source>This person's plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/plan_panel.py" />
            <source>This person's plan so far</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/plan_panel.py" />
            <source>Type and press Enter: each line is stored at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/plan_panel.py" />
            <source>Wants a one-to-one after the group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/plan_panel.py" />
            <source>What &amp;matters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/plan_panel.py" />
            <source>What matters to this person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/plan_panel.py" />
            <source>{name} has not been marked as arrived.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GroupSessionWindow</name>
        <message>
            <location filename="../../ui/groups/session_window.py" />
            <source>&amp;Discussed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/session_window.py" />
            <source>&amp;Own plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/session_window.py" />
            <source>&amp;Topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/session_window.py" />
            <source>&amp;Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/session_window.py" />
            <source>A topic the group wants to talk about</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/session_window.py" />
            <source>A&amp;ttendees (Space ticks; Enter opens their plan)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/session_window.py" />
            <source>Agree and &amp;print everyone's plans…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/session_window.py" />
            <source>Anonymous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/session_window.py" />
            <source>Attendees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/session_window.py" />
            <source>Choose the folder for everyone's plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/session_window.py" />
            <source>Do&amp;wn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/session_window.py" />
            <source>Group &amp;agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/session_window.py" />
            <source>Group agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/session_window.py" />
            <source>Group session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/session_window.py" />
            <source>Group session — {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/session_window.py" />
            <source>Messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/session_window.py" />
            <source>New topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/session_window.py" />
            <source>Next &amp;time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/session_window.py" />
            <source>Next person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/session_window.py" />
            <source>Nobody has asked for a one-to-one yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/session_window.py" />
            <source>One-to-one after the group: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/session_window.py" />
            <source>One-to-one list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/session_window.py" />
            <source>Raised by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/session_window.py" />
            <source>Show results &amp;board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/session_window.py" />
            <source>Tick who has arrived first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/session_window.py" />
            <source>{count} person(s) had nothing recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/session_window.py" />
            <source>{count} plan(s) agreed and printed into {folder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/session_window.py" />
            <source>{date}, {start}–{end}{place}. {staff}. {attending} here of {invited} invited.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GroupSessions</name>
        <message>
            <location filename="../../ui/groups/sessions.py" />
            <source>&amp;Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/sessions.py" />
            <source>&amp;Ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/sessions.py" />
            <source>&amp;Facilitator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/sessions.py" />
            <source>&amp;Invite…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/sessions.py" />
            <source>&amp;Lead clinician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/sessions.py" />
            <source>&amp;Letters, desk list and calendar…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/sessions.py" />
            <source>&amp;Open the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/sessions.py" />
            <source>&amp;Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/sessions.py" />
            <source>&amp;Plan a session…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/sessions.py" />
            <source>&amp;Starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/sessions.py" />
            <source>&amp;Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/sessions.py" />
            <source>(nobody yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/sessions.py" />
            <source>A new series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/sessions.py" />
            <source>Choose a session in the list first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/sessions.py" />
            <source>Choose the folder for the letters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/sessions.py" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/sessions.py" />
            <source>Group sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/sessions.py" />
            <source>Living well with type 2 diabetes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/sessions.py" />
            <source>Pla&amp;ces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/sessions.py" />
            <source>Plan a group session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/sessions.py" />
            <source>Plan a session first, then invite people to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/sessions.py" />
            <source>Plan the &amp;next in the series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/sessions.py" />
            <source>Planned for {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/sessions.py" />
            <source>Se&amp;ries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/sessions.py" />
            <source>Session details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/sessions.py" />
            <source>T&amp;opic or condition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/sessions.py" />
            <source>chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/sessions.py" />
            <source>{count} file(s) written into {folder}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HowFields</name>
        <message>
            <location filename="../../ui/followup/review_header.py" />
            <source>&amp;In person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_header.py" />
            <source>By &amp;phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_header.py" />
            <source>By &amp;video</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_header.py" />
            <source>Choose who reviewed…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_header.py" />
            <source>Date of this review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_header.py" />
            <source>How</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_header.py" />
            <source>How the review was done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_header.py" />
            <source>On</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_header.py" />
            <source>Reviewed by</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportPatientsDialog</name>
        <message>
            <location filename="../../ui/registers/import_dialog.py" />
            <source>&amp;Choose file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/import_dialog.py" />
            <source>&amp;Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/import_dialog.py" />
            <source>(leave out)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/import_dialog.py" />
            <source>All or nothing: if any row cannot be imported, nothing is stored and each such row is listed with its line number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/import_dialog.py" />
            <source>CSV files (*.csv *.txt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/import_dialog.py" />
            <source>Choose the CSV file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/import_dialog.py" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/import_dialog.py" />
            <source>Column mapping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/import_dialog.py" />
            <source>Column {header}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/import_dialog.py" />
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/import_dialog.py" />
            <source>First rows of the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/import_dialog.py" />
            <source>Import patients from CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/import_dialog.py" />
            <source>Import patients from CSV — Care planning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/import_dialog.py" />
            <source>Import progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/import_dialog.py" />
            <source>Importing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/import_dialog.py" />
            <source>No file chosen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/import_dialog.py" />
            <source>Reading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/import_dialog.py" />
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/import_dialog.py" />
            <source>column {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/import_dialog.py" />
            <source>{rows} rows. Check the column each field comes from, then Import.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InviteDialog</name>
        <message>
            <location filename="../../ui/groups/invite.py" />
            <source>&amp;Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/invite.py" />
            <source>&amp;Find</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/invite.py" />
            <source>&amp;Invite the ticked people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/invite.py" />
            <source>Born</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/invite.py" />
            <source>Find people to invite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/invite.py" />
            <source>From the &amp;register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/invite.py" />
            <source>From the review &amp;worklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/invite.py" />
            <source>Invite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/invite.py" />
            <source>Invite people to the group session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/invite.py" />
            <source>Invite {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/invite.py" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/invite.py" />
            <source>Name, NHS number or date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/invite.py" />
            <source>People who could be invited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/invite.py" />
            <source>Register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/invite.py" />
            <source>Tick &amp;all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/invite.py" />
            <source>Tick the people to invite first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/invite.py" />
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/invite.py" />
            <source>found by search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/invite.py" />
            <source>on the register, no plan yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/invite.py" />
            <source>on the register, review due {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/invite.py" />
            <source>review due {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/invite.py" />
            <source>{count} already invited.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/invite.py" />
            <source>{count} did not fit: the session is full.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/invite.py" />
            <source>{count} invited.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LineChart</name>
        <message>
            <location filename="../../ui/registers/line_chart.py" />
            <source>Chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/line_chart.py" />
            <source>median</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>&amp;Edit patient…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>&amp;Find a patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>&amp;Import FHIR bundle…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>&amp;New patient…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>&amp;Patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>&amp;Print plan…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>A+</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>A−</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>Build the plan together with this patient (Ctrl+K)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>Care planning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>Change this patient's details (Ctrl+E)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>E&amp;xport plan as FHIR…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>Find a patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>More tools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>Patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>Patients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>Preparation &amp;sheet…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>Preview, print or save as PDF the plan chosen in the list, or the latest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>Register a new patient (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>Save review date to &amp;calendar…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>Saved the details of {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>Search by name, NHS number or date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>Search results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>Start or resume &amp;consultation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>The search failed: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>This person has no plan to print yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewActionEditor</name>
        <message>
            <location filename="../../ui/followup/review_new_goals.py" />
            <source>A carer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_new_goals.py" />
            <source>Confidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_new_goals.py" />
            <source>Confidence, 0 to 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_new_goals.py" />
            <source>New action {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_new_goals.py" />
            <source>Someone in the community</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_new_goals.py" />
            <source>The clinician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_new_goals.py" />
            <source>The practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_new_goals.py" />
            <source>They do it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_new_goals.py" />
            <source>Who does it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_new_goals.py" />
            <source>new action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_new_goals.py" />
            <source>what, how much, when, how often</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewGoalEditor</name>
        <message>
            <location filename="../../ui/followup/review_new_goals.py" />
            <source>Add an action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_new_goals.py" />
            <source>New goal {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_new_goals.py" />
            <source>New goal, in their words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_new_goals.py" />
            <source>Remove this new goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_new_goals.py" />
            <source>The clinician's goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_new_goals.py" />
            <source>Their carer's goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_new_goals.py" />
            <source>Their goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_new_goals.py" />
            <source>Whose goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_new_goals.py" />
            <source>new goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_new_goals.py" />
            <source>the goal, in their own words</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NextReviewFields</name>
        <message>
            <location filename="../../ui/followup/review_next.py" />
            <source>Next review date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_next.py" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_next.py" />
            <source>Plan the next review for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_next.py" />
            <source>anything else from this review (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_next.py" />
            <source>in about {weeks} weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_next.py" />
            <source>next review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_next.py" />
            <source>no further review planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_next.py" />
            <source>notes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OverviewModel</name>
        <message>
            <location filename="../../ui/models/overview.py" />
            <source>Average confidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/overview.py" />
            <source>No clinician recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/overview.py" />
            <source>Of those, people with at least one goal that has an action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/overview.py" />
            <source>People with a plan agreed in the period (of all registered, for the practice)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/overview.py" />
            <source>People with an agreed plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/overview.py" />
            <source>Plans agreed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/overview.py" />
            <source>Plans agreed in the period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/overview.py" />
            <source>Reviews done on time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/overview.py" />
            <source>Reviews that fell due in the period and were done in their on-time window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/overview.py" />
            <source>The mean of each action's standing confidence rating, 0 to 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/overview.py" />
            <source>The whole practice, then each clinician's plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/overview.py" />
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/overview.py" />
            <source>Whole practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/overview.py" />
            <source>no plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/overview.py" />
            <source>no ratings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/overview.py" />
            <source>none due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/overview.py" />
            <source>{value} out of 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/overview.py" />
            <source>…with a goal and an action plan</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OverviewWindow</name>
        <message>
            <location filename="../../ui/followup/overview.py" />
            <source>&amp;From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/overview.py" />
            <source>&amp;Last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/overview.py" />
            <source>&amp;to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/overview.py" />
            <source>Counted over plans agreed in the period, under the clinician who agreed them. An action plan is a goal with at least one action. A review is on time when it is recorded from {early} days before to {grace} days after the date it was due; reviews count once their on-time window has closed. Confidence is each action's final rating (or its first, if not rated again), 0 to 10.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/overview.py" />
            <source>Counting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/overview.py" />
            <source>How care planning is going</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/overview.py" />
            <source>Period from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/overview.py" />
            <source>Period to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/overview.py" />
            <source>Practice overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/overview.py" />
            <source>Practice overview — Care planning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/overview.py" />
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/overview.py" />
            <source>Type the first and last day of the period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/overview.py" />
            <source>What the figures count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/overview.py" />
            <source>{start} to {end}: {plans} plans agreed with {people} people, of {registered} registered.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PatientDialog</name>
        <message>
            <location filename="../../ui/patient_dialog.py" />
            <source>(empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_dialog.py" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_dialog.py" />
            <source>Change patient details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_dialog.py" />
            <source>Communication notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_dialog.py" />
            <source>Date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_dialog.py" />
            <source>Easy read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_dialog.py" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_dialog.py" />
            <source>First name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_dialog.py" />
            <source>Interpreter language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_dialog.py" />
            <source>Large print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_dialog.py" />
            <source>Last name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_dialog.py" />
            <source>NHS number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_dialog.py" />
            <source>New patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_dialog.py" />
            <source>Open the existing record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_dialog.py" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_dialog.py" />
            <source>Preferred name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_dialog.py" />
            <source>Print letters and plans large</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_dialog.py" />
            <source>Use easy-read words and pictures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_dialog.py" />
            <source>What changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_dialog.py" />
            <source>What differs from what is stored now:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_dialog.py" />
            <source>for example 943 476 5919</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_dialog.py" />
            <source>leave empty if none is needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_dialog.py" />
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_dialog.py" />
            <source>what they like to be called</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_dialog.py" />
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_dialog.py" />
            <source>• {field}: you typed “{yours}”; now stored “{theirs}”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PatientFollowUp</name>
        <message>
            <location filename="../../ui/followup/actions.py" />
            <source>&amp;Record review…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/actions.py" />
            <source>Record a review of the plan agreed {date} (due {due})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/actions.py" />
            <source>Record a review of this person's current plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/actions.py" />
            <source>This person has no plan due for review.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PatientListModel</name>
        <message>
            <location filename="../../ui/models/patient_list.py" />
            <source>1 patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/patient_list.py" />
            <source>Age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/patient_list.py" />
            <source>Date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/patient_list.py" />
            <source>More than {total} patients match — type to narrow the search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/patient_list.py" />
            <source>NHS number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/patient_list.py" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/patient_list.py" />
            <source>No NHS number recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/patient_list.py" />
            <source>No patients are registered yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/patient_list.py" />
            <source>No patients match “{query}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/patient_list.py" />
            <source>{count} patients</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PatientPage</name>
        <message>
            <location filename="../../ui/patient_page.py" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_page.py" />
            <source>Choose a patient from the list to see their details, plans and reviews.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_page.py" />
            <source>Communication needs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_page.py" />
            <source>Date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_page.py" />
            <source>Easy read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_page.py" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_page.py" />
            <source>Interpreter: {language}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_page.py" />
            <source>Large print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_page.py" />
            <source>Loading plans…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_page.py" />
            <source>Loading reviews…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_page.py" />
            <source>NHS number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_page.py" />
            <source>No plans yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_page.py" />
            <source>No reviews yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_page.py" />
            <source>Patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_page.py" />
            <source>Patient details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_page.py" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_page.py" />
            <source>Plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_page.py" />
            <source>Reviews</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_page.py" />
            <source>Start or resume &amp;consultation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_page.py" />
            <source>Start or resume consultation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_page.py" />
            <source>The plans and reviews could not be read: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_page.py" />
            <source>known as {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_page.py" />
            <source>none recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_page.py" />
            <source>not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/patient_page.py" />
            <source>{date} (age {age})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PatientView</name>
        <message>
            <location filename="../../ui/consultation/patient_view.py" />
            <source>Your plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/patient_view.py" />
            <source>Your plan — {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/patient_view.py" />
            <source>Your plan, in large print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/patient_view.py" />
            <source>your plan</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanHistoryModel</name>
        <message>
            <location filename="../../ui/models/history.py" />
            <source>Actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/history.py" />
            <source>Agreed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/history.py" />
            <source>Clinician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/history.py" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/history.py" />
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/history.py" />
            <source>Goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/history.py" />
            <source>Review date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/history.py" />
            <source>Revision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/history.py" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/history.py" />
            <source>The review of this plan is overdue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/history.py" />
            <source>not recorded</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanWideStage</name>
        <message>
            <location filename="../../ui/consultation/plan_wide.py" />
            <source>How they help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plan_wide.py" />
            <source>How to reach them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plan_wide.py" />
            <source>If things get worse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plan_wide.py" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plan_wide.py" />
            <source>Kind of support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plan_wide.py" />
            <source>Level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plan_wide.py" />
            <source>People and services that help — family, friends, community groups (“more than medicine”). For the whole plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plan_wide.py" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plan_wide.py" />
            <source>Support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plan_wide.py" />
            <source>What to do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plan_wide.py" />
            <source>What to watch for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plan_wide.py" />
            <source>What to watch for and whom to call: green when things are going well, amber when they get worse, red when it is urgent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plan_wide.py" />
            <source>Who or what</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plan_wide.py" />
            <source>Whom to call</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PopulationModel</name>
        <message>
            <location filename="../../ui/registers/models.py" />
            <source>Clinician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/models.py" />
            <source>Goal and action plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/models.py" />
            <source>Goal progress at or above expected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/models.py" />
            <source>In target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/models.py" />
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/models.py" />
            <source>Register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/models.py" />
            <source>Reviewed on time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/models.py" />
            <source>With a plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/models.py" />
            <source>all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/models.py" />
            <source>no reviews</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/models.py" />
            <source>none due</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PopulationWindow</name>
        <message>
            <location filename="../../ui/registers/population.py" />
            <source>&amp;Clinician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/population.py" />
            <source>&amp;Register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/population.py" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/population.py" />
            <source>Counting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/population.py" />
            <source>Export &amp;CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/population.py" />
            <source>Export as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/population.py" />
            <source>Measures and run chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/population.py" />
            <source>Median {v}%. </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/population.py" />
            <source>No shift or trend: the points vary as chance would.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/population.py" />
            <source>On {day}, each measure over the twelve months before it. Run charts: {scope}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/population.py" />
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/population.py" />
            <source>Population measures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/population.py" />
            <source>Population measures — Care planning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/population.py" />
            <source>Run chart &amp;of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/population.py" />
            <source>Run chart of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/population.py" />
            <source>Run-chart signals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/population.py" />
            <source>Save PDF &amp;report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/population.py" />
            <source>Save the report as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/population.py" />
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/population.py" />
            <source>Whole practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/population.py" />
            <source>Written {path}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PracticeDetailsDialog</name>
        <message>
            <location filename="../../ui/practice_dialog.py" />
            <source>&amp;Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/practice_dialog.py" />
            <source>&amp;Later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/practice_dialog.py" />
            <source>&amp;Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/practice_dialog.py" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/practice_dialog.py" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/practice_dialog.py" />
            <source>Practice &amp;name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/practice_dialog.py" />
            <source>Practice details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/practice_dialog.py" />
            <source>Practice name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/practice_dialog.py" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/practice_dialog.py" />
            <source>The practice's name and phone number are printed on every plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/practice_dialog.py" />
            <source>Your practice's name and phone number are printed on every plan. You can change them later under Session → Practice details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/practice_dialog.py" />
            <source>for example {example}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrepareStage</name>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>Add each line of “{prompt}” to the agenda, raised by the person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>Add each line of “{prompt}” to what matters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>Add to today's topics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>Add to what matters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>Add who is here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>Date of the test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>For example: large print, by phone, with my daughter, in Urdu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>From last time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>Goals agreed on {date}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>Goals in the last plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>How my conditions affect my day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>How they like to receive information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>In the person's own words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>No topics were deferred last time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>Other results to discuss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>Prepare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>Remove who is here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>Results over time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>Results to discuss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>Test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>Their name (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>There is no earlier agreed plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>Topics deferred last time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>Topics deferred last time (they are on today's agenda):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>Type what they say, as they say it. Stored as you go.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>What I want to talk about today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>What it means, in plain words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>What matters to me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>Who is here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>Who is here, and how they like information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>Who they want involved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/prepare.py" />
            <source>• (no goals)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <location filename="../../ui/registers/models.py" />
            <source>line {n}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreviewPages</name>
        <message>
            <location filename="../../ui/print_preview.py" />
            <source>+</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/print_preview.py" />
            <source>Fit &amp;width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/print_preview.py" />
            <source>Fit the page to the width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/print_preview.py" />
            <source>Next page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/print_preview.py" />
            <source>Page shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/print_preview.py" />
            <source>Page {page} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/print_preview.py" />
            <source>Page ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/print_preview.py" />
            <source>Preview controls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/print_preview.py" />
            <source>Previous page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/print_preview.py" />
            <source>Zoom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/print_preview.py" />
            <source>Zoom in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/print_preview.py" />
            <source>Zoom out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/print_preview.py" />
            <source>−</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/print_preview.py" />
            <source>◀ Page</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrintDialog</name>
        <message>
            <location filename="../../ui/printing.py" />
            <source>&amp;Large print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/printing.py" />
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/printing.py" />
            <source>&amp;Save as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/printing.py" />
            <source>Body text at 18 point, for people who need it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/printing.py" />
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/printing.py" />
            <source>Preparing the preview…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/printing.py" />
            <source>Preview of the printed pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/printing.py" />
            <source>Print status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/printing.py" />
            <source>Print the plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/printing.py" />
            <source>Print the preparing-for-your-appointment sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/printing.py" />
            <source>Printing failed ({error}). Nothing was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/printing.py" />
            <source>Save as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/printing.py" />
            <source>Saved as {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/printing.py" />
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/printing.py" />
            <source>Sending to the printer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/printing.py" />
            <source>Sent {pages} page(s) to the printer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/printing.py" />
            <source>The printer could not be started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/printing.py" />
            <source>{pages} page(s), ready to print or save.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <location filename="../../ui/recovery_key.py" />
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/recovery_key.py" />
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/recovery_key.py" />
            <source>Care planning — database recovery key

{key}

Keep this locked away. It opens the practice's database on another computer:
careplan-admin recovery-key --database &lt;database&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/recovery_key.py" />
            <source>Continue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/recovery_key.py" />
            <source>I have printed or written down the recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/recovery_key.py" />
            <source>Recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/recovery_key.py" />
            <source>Recovery key — shown only once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/recovery_key.py" />
            <source>The practice's database is encrypted. Its key is kept in this computer's keyring. If the database is ever moved to another computer, it can only be opened with this recovery key. It is shown only this once: print it or write it down, and keep it locked away like a master key.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RegisterFilters</name>
        <message>
            <location filename="../../ui/registers/filters.py" />
            <source>Clinician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/filters.py" />
            <source>Every clinician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/filters.py" />
            <source>Register</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RegistersMenu</name>
        <message>
            <location filename="../../ui/registers/menu.py" />
            <source>&amp;Coming up…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/menu.py" />
            <source>&amp;Import patients from CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/menu.py" />
            <source>&amp;Population measures…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/menu.py" />
            <source>Measures per register and clinician, with run charts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/menu.py" />
            <source>Re&amp;gisters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/menu.py" />
            <source>Who is due for a care-planning conversation, what is missing, letters</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <location filename="../../ui/admin.py" />
            <source>A temporary password for {name}; they choose their own at their next sign-in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>Temporary password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>Username</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>{name} has no sign-in yet. Choose a username and a temporary password; they choose their own password at their first sign-in.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResultsBoard</name>
        <message>
            <location filename="../../ui/groups/board.py" />
            <source>Nobody has chosen to show their results yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/board.py" />
            <source>Only people who said yes are shown, by the name they chose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/board.py" />
            <source>Our latest results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/board.py" />
            <source>Results board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/groups/board.py" />
            <source>Results board — {title}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResultsModel</name>
        <message>
            <location filename="../../ui/registers/models.py" />
            <source>Latest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/models.py" />
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/models.py" />
            <source>Since last time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/models.py" />
            <source>Taken on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/models.py" />
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/models.py" />
            <source>first result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/models.py" />
            <source>{arrow} was {value}, {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/models.py" />
            <source>{target} (agreed)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResultsPanel</name>
        <message>
            <location filename="../../ui/registers/results_panel.py" />
            <source>&amp;Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/results_panel.py" />
            <source>Add the chosen result as a topic to talk about</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/results_panel.py" />
            <source>Added to the agenda.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/results_panel.py" />
            <source>Date taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/results_panel.py" />
            <source>Date, e.g. 21/03/2026</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/results_panel.py" />
            <source>No results recorded yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/results_panel.py" />
            <source>Offer for the &amp;agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/results_panel.py" />
            <source>Result recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/results_panel.py" />
            <source>Result to record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/results_panel.py" />
            <source>Results over time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/results_panel.py" />
            <source>Results status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/results_panel.py" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/results_panel.py" />
            <source>What the result means</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/results_panel.py" />
            <source>{name}: {value} ({date})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <location filename="../../ui/followup/review_dialog.py" />
            <source>Add a new goal they agreed…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_dialog.py" />
            <source>Choose who did the review.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_dialog.py" />
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_dialog.py" />
            <source>Discard this review?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_dialog.py" />
            <source>Enter the date of this review.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_dialog.py" />
            <source>Keep editing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_dialog.py" />
            <source>Nothing of this review has been saved yet. Discard what you entered?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_dialog.py" />
            <source>Reload the plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_dialog.py" />
            <source>Save review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_dialog.py" />
            <source>The plan has been read again, with the review made on the other computer (see “last reviewed” above). What you entered is kept where the goals are the same; check it, then save again if this review is still needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_dialog.py" />
            <source>This person no longer has a plan due for review (it was closed or replaced on another computer). Nothing was saved here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_dialog.py" />
            <source>This plan has no goals being worked on.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewForm</name>
        <message>
            <location filename="../../ui/followup/review_goals.py" />
            <source>not asked</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewHeader</name>
        <message>
            <location filename="../../ui/followup/review_header.py" />
            <source>(not recorded)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_header.py" />
            <source>NHS number {nhs} · born {born}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_header.py" />
            <source>No phone recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_header.py" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_header.py" />
            <source>Plan agreed {date} by {who}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_header.py" />
            <source>Review of {name}’s plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_header.py" />
            <source>Review — {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_header.py" />
            <source>Who is being reviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_header.py" />
            <source>last reviewed {date} ({how})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_header.py" />
            <source>not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_header.py" />
            <source>review {when} ({date})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_header.py" />
            <source>{how}, {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_header.py" />
            <source>☎ {phone}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewHistoryModel</name>
        <message>
            <location filename="../../ui/models/history.py" />
            <source>1 goal: {scores}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/history.py" />
            <source>By</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/history.py" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/history.py" />
            <source>How</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/history.py" />
            <source>In person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/history.py" />
            <source>Next review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/history.py" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/history.py" />
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/history.py" />
            <source>The next review is overdue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/history.py" />
            <source>Video</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/history.py" />
            <source>no goals rated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/history.py" />
            <source>not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/history.py" />
            <source>{count} goals: {scores}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/history.py" />
            <source>{goal}: {score} ({meaning})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewLauncher</name>
        <message>
            <location filename="../../ui/followup/review_dialog.py" />
            <source>Record a review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/review_dialog.py" />
            <source>The plan could not be opened for review: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScaleControl</name>
        <message>
            <location filename="../../ui/consultation/widgets.py" />
            <source>{n} out of 10</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <location filename="../../ui/session.py" />
            <source>&amp;Change my password…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/session.py" />
            <source>&amp;Lock the screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/session.py" />
            <source>&amp;Practice details…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/session.py" />
            <source>&amp;Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/session.py" />
            <source>Audit &amp;trail…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/session.py" />
            <source>Ctrl+L</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/session.py" />
            <source>Sign &amp;out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/session.py" />
            <source>Staff &amp;accounts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/session.py" />
            <source>administrators keep the practice's details</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignInWindow</name>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>&amp;Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>&amp;Username</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>Care planning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>Care planning — sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>Checking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>Create and sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>Full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>Locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>Opening the database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>Password again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>Sign in as someone else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>Sign in as yourself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>Sign-in message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>Signing in failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>The screen locked after a while without use; patient details are hidden and nothing was lost. Enter your password to go on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>The two passwords are not the same; please type them again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>This is the first start. Set up the practice administrator's account; the administrator then adds everyone else.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>Username</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>Welcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/sign_in.py" />
            <source>Your full name</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StaffAccountsWindow</name>
        <message>
            <location filename="../../ui/admin.py" />
            <source>&amp;Add an account…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>&amp;Reset password…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>Choose a person in the list first, then Reset password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>Staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>Staff accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>{name} no longer works here: their account is closed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StaffModel</name>
        <message>
            <location filename="../../ui/admin.py" />
            <source>(no sign-in)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>Job title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>Username</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Stage</name>
        <message>
            <location filename="../../ui/consultation/stage.py" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StageBar</name>
        <message>
            <location filename="../../ui/consultation/stage_bar.py" />
            <source>&amp;1  Prepare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/stage_bar.py" />
            <source>&amp;2  Agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/stage_bar.py" />
            <source>&amp;3  Goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/stage_bar.py" />
            <source>&amp;3  What matters &amp;&amp; goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/stage_bar.py" />
            <source>&amp;4  Action plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/stage_bar.py" />
            <source>&amp;4  Actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/stage_bar.py" />
            <source>&amp;5  Agree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/stage_bar.py" />
            <source>Stages of the consultation</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnfinishedDrafts</name>
        <message>
            <location filename="../../ui/unfinished_drafts.py" />
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unfinished_drafts.py" />
            <source>Discard the draft for {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unfinished_drafts.py" />
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unfinished_drafts.py" />
            <source>Resume the consultation with {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unfinished_drafts.py" />
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unfinished_drafts.py" />
            <source>Unfinished consultations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unfinished_drafts.py" />
            <source>You left these consultations unfinished. Each draft is kept as it was: resume it, or discard it if it was started by mistake.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unfinished_drafts.py" />
            <source>{name} — started {date}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorklistModel</name>
        <message>
            <location filename="../../ui/models/worklist.py" />
            <source>1 person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/worklist.py" />
            <source>Counting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/worklist.py" />
            <source>Due on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/worklist.py" />
            <source>Last reviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/worklist.py" />
            <source>NHS number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/worklist.py" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/worklist.py" />
            <source>Nobody is due for review with these filters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/worklist.py" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/worklist.py" />
            <source>Plan agreed by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/worklist.py" />
            <source>Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/worklist.py" />
            <source>Review due on {date}: {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/worklist.py" />
            <source>no phone recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/worklist.py" />
            <source>not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/worklist.py" />
            <source>not yet reviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/worklist.py" />
            <source>{count} people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/worklist.py" />
            <source>{date} by {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/worklist.py" />
            <source>{people}: {overdue} overdue, {due} not yet overdue</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorklistWindow</name>
        <message>
            <location filename="../../ui/followup/worklist.py" />
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/worklist.py" />
            <source>&amp;Due within</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/worklist.py" />
            <source>&amp;Export CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/worklist.py" />
            <source>&amp;Open patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/worklist.py" />
            <source>&amp;Record review…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/worklist.py" />
            <source>&amp;Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/worklist.py" />
            <source>Any staff member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/worklist.py" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/worklist.py" />
            <source>Due within how many days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/worklist.py" />
            <source>Enter or double-click: open this person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/worklist.py" />
            <source>Enter or double-click: record a review for this person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/worklist.py" />
            <source>Export the worklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/worklist.py" />
            <source>Exported {count} people to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/worklist.py" />
            <source>How many people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/worklist.py" />
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/worklist.py" />
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/worklist.py" />
            <source>Not yet overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/worklist.py" />
            <source>Overdue and due soon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/worklist.py" />
            <source>Overdue only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/worklist.py" />
            <source>People due for a review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/worklist.py" />
            <source>People due for review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/worklist.py" />
            <source>People whose plan this staff member agreed, or who they last reviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/worklist.py" />
            <source>Re&amp;fresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/worklist.py" />
            <source>Review saved. Next review {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/worklist.py" />
            <source>Review saved. No further review is planned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/worklist.py" />
            <source>Review worklist — Care planning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/worklist.py" />
            <source>S&amp;taff member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/worklist.py" />
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/worklist.py" />
            <source>Staff member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/worklist.py" />
            <source>The worklist could not be read: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/worklist.py" />
            <source>The worklist was not exported: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkspaceFooter</name>
        <message>
            <location filename="../../ui/consultation/window_header.py" />
            <source>Back to the stage before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/window_header.py" />
            <source>Discard this draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/window_header.py" />
            <source>Discard this draft…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/window_header.py" />
            <source>Every change is saved as you make it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/window_header.py" />
            <source>Next: {stage} →</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/window_header.py" />
            <source>On to the next stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/window_header.py" />
            <source>Saving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/window_header.py" />
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/window_header.py" />
            <source>← Back: {stage}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkspaceHeader</name>
        <message>
            <location filename="../../ui/consultation/window_header.py" />
            <source>&amp;Patient view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/window_header.py" />
            <source>About this consultation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/window_header.py" />
            <source>Patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/window_header.py" />
            <source>Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/window_header.py" />
            <source>Redo the change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/window_header.py" />
            <source>Redo {what} (Ctrl+Shift+Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/window_header.py" />
            <source>Show or hide the patient view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/window_header.py" />
            <source>The plan in large print for the person, beside the form (full screen on a second screen when there is one). Ctrl+Shift+P</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/window_header.py" />
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/window_header.py" />
            <source>Undo the last change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/window_header.py" />
            <source>Undo {what} (Ctrl+Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/window_header.py" />
            <source>the consultation</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_FormDialog</name>
        <message>
            <location filename="../../ui/admin.py" />
            <source>Working…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_HistoryTable</name>
        <message>
            <location filename="../../ui/models/history.py" />
            <source>not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/history.py" />
            <source>{date} — overdue</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>admin</name>
        <message>
            <location filename="../../ui/admin.py" />
            <source>Add a staff account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>Change your password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>Create a sign-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/admin.py" />
            <source>Reset a password</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../ui/app.py" />
            <source>Cannot open the database {where}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/app.py" />
            <source>Care planning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/app.py" />
            <source>Care-plan backups (*.sqlite3 *.db);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/app.py" />
            <source>Choose a backup file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/app.py" />
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/app.py" />
            <source>Restore from a backup file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/app.py" />
            <source>Something unexpected went wrong ({kind}). Everything up to your last change is saved. Please restart the app, and tell the practice administrator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/app.py" />
            <source>The backup has been restored. Please start the app again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/app.py" />
            <source>The database file {path} is damaged. It has NOT been changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/app.py" />
            <source>The database is damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/app.py" />
            <source>You can restore it from a backup file. The damaged file is kept aside, never deleted. Or quit now and ask for help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/app.py" />
            <source>the database</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>careplan</name>
        <message>
            <location filename="../../careplan/fhir/calendar.py" />
            <source> (phone {phone})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/node.py" />
            <source>'{code}' is not a code FHIR R4 allows here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/register_checks.py" />
            <source>'{value}' is not a condition on the registers this app knows; give its SNOMED CT concept id or preferred term (see the README).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/registers.py" />
            <source>'{value}' is not a register; give its SNOMED CT code or name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/registers.py" />
            <source>'{value}' is not a register; give its SNOMED CT code or name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/register_checks.py" />
            <source>'{value}' is not a result this app knows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/groups.py" />
            <source>'{value}' is not a session number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/common.py" />
            <source>'{value}' is not a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/common.py" />
            <source>'{value}' is not a whole number of days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/words.py" />
            <source>(achieved)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/words.py" />
            <source>(changed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/words.py" />
            <source>(stopped)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/calendar.py" />
            <source>, if you have not done so already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/documents.py" />
            <source>, large print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/importing.py" />
            <source>A changed version of a plan imported before: it becomes its next revision.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/reviews.py" />
            <source>A goal in this review is not an active goal of the plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/plan_settings.py" />
            <source>A goal that is {old} cannot become {new}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/group_calendar.py" />
            <source>A group session about {topic}. Bring your care plan with you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/common.py" />
            <source>A new encrypted database was created. Its recovery key is shown only this once;
write it down or print it, and keep it somewhere safe. It reopens the database
on another computer (careplan-admin recovery-key --database URL):

    {key}

</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/previsit.py" />
            <source>A page holds at least one row.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/base.py" />
            <location filename="../../careplan/services/patients.py" />
            <source>A patient with this NHS number is already registered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/base.py" />
            <location filename="../../careplan/services/patients.py" />
            <source>A patient with this name and date of birth is already registered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/people.py" />
            <source>A patient with this name and date of birth is registered with a different NHS number, or without one. Nothing was imported: check which is right, and correct the record or the file first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/people.py" />
            <source>A patient with this name and date of birth is registered, and neither record has an NHS number to show it is the same person. Nothing was imported; add the NHS number to the file or to the record first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/imports/patients_csv.py" />
            <source>A person with this name and date of birth is registered here with another NHS number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/patients.py" />
            <source>A phone number has digits, spaces, +, - and brackets only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/dates.py" />
            <source>A review date more than {years} years ahead ({date}) cannot be right; choose a date by {latest}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/storing.py" />
            <source>A review in the file sets its next review on or before its own date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/plan_settings.py" />
            <source>A second rating needs a first one before it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/accounts.py" />
            <source>A username has no spaces.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/result_words.py" />
            <source>About the same as last time ({value:g} {unit}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/exchange.py" />
            <source>Added or corrected {conditions} condition(s) and {results} result(s).
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/__init__.py" />
            <source>Administer the care-planning database without a screen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/exchange.py" />
            <source>Already imported as plan {plan} of patient {patient}{nhs}: not added again.
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/exchange.py" />
            <source>Already imported as plan {plan} of patient {patient}{nhs}: nothing added.
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/words.py" />
            <source>Amber: things are getting worse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/identifiers.py" />
            <source>An NHS number has 10 digits, for example 943 476 5919.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/reviews.py" />
            <source>An action in this review is not part of the plan's active goals.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/base.py" />
            <source>An administrator set a temporary password for you: choose your own (Session → Change my password) before going on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/patients.py" />
            <source>An email address needs an @, like name@example.org.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/dates.py" />
            <source>April</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_letters.py" />
            <source>Arrived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/clinical_codes.py" />
            <source>Asthma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/clinical_codes.py" />
            <source>Atrial fibrillation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/database.py" />
            <source>Audit trail checkpoint (also in {path}):
{line}
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/dates.py" />
            <source>August</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/result_words.py" />
            <source>BMI compares your weight with your height.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/backup.py" />
            <source>Backup and restore here are for the embedded database; back up a PostgreSQL server with pg_dump.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/database.py" />
            <source>Backup written to {path}
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/result_lines.py" />
            <source>Blood pressure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/result_words.py" />
            <source>Blood pressure: the top number is the pressure when your heart beats, the bottom number when it rests between beats.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/common.py" />
            <source>Born {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_plans.py" />
            <source>Bring this plan with you, and tell us how you got on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/storage.py" />
            <source>Broken link in table {table}, row {row}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>By when</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/clinical_codes.py" />
            <source>COPD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/registers.py" />
            <source>CSV file with a header row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/documents.py" />
            <source>CSV with a header row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/registers.py" />
            <source>CSV, one row per register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>Call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/clinical_codes.py" />
            <source>Cancer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/storage.py" />
            <source>Cannot open the database {where}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/atomic.py" />
            <source>Cannot write in {folder}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/atomic.py" />
            <source>Cannot write {path}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>Care and support plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/calendar.py" />
            <source>Care plan review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/calendar.py" />
            <source>Care plan review at {practice}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_letters.py" />
            <source>Carer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/exchange.py" />
            <source>Checked only: nothing was imported.
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/result_words.py" />
            <source>Cholesterol is a fat in your blood; too much can narrow blood vessels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/accounts.py" />
            <source>Choose a password of at least {n} characters; a few unrelated words work well.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/overview.py" />
            <source>Choose a period of at most ten years.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/staff.py" />
            <source>Choose a role: clinician, nurse or admin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/groups.py" />
            <source>Choose arrived, did not attend or left early.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/reviews.py" />
            <source>Choose how goal {numbers} has gone, or mark it not discussed on this call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/plan_settings.py" />
            <source>Choose how sure the person is, 0 to 10.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/reviews.py" />
            <source>Choose how the review was done: in person, by phone or by video.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/reviews.py" />
            <source>Choose how this goal has gone, or mark it not discussed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/groups.py" />
            <source>Choose invited, confirmed or declined.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/agreeing.py" />
            <source>Choose keep, achieved or stop for the goal from last time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/group_agenda.py" />
            <source>Choose open, discussed or deferred.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/groups.py" />
            <source>Choose planned, held or cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/plan_fields.py" />
            <source>Choose the {label}: {choices}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/reviews.py" />
            <source>Choose what happens to the goal: continue, achieved, revise or stop — or mark it not discussed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/reviews.py" />
            <source>Choose what the person said about the action: done, partly done, not done, changed or dropped; leave it “not asked” if it did not come up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/reviews.py" />
            <source>Choose who does it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/reviews.py" />
            <source>Choose whose goal it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/clinical_codes.py" />
            <source>Chronic kidney disease</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/population_report.py" />
            <source>Clinician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_letters.py" />
            <source>Coming with someone, and replying</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/clinical_codes.py" />
            <source>Coronary heart disease</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/database.py" />
            <source>Creating demo practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/database.py" />
            <source>DAMAGED: {where} failed the integrity check:
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/common.py" />
            <location filename="../../careplan/printing/group_letters.py" />
            <location filename="../../careplan/printing/population_report.py" />
            <source>DRAFT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>DRAFT plan, version {version}, not agreed yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>DRAFT: this plan has not been agreed yet and may still change. You will get a final copy once you have agreed it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/groups.py" />
            <location filename="../../careplan/printing/group_letters.py" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/exports.py" />
            <location filename="../../careplan/printing/group_letters.py" />
            <source>Date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/exports.py" />
            <source>Days overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_letters.py" />
            <source>Dear {name},</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/dates.py" />
            <source>December</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/clinical_codes.py" />
            <source>Dementia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/database.py" />
            <source>Demo practice ready: {staff} staff, {patients:,} patients, {consultations:,} consultations, {reviews:,} reviews ({overdue_reviews:,} reviews overdue).
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/database.py" />
            <source>Demo sign-in ({role}, {name}): username {username}, password {password}
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/clinical_codes.py" />
            <source>Depression</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/clinical_codes.py" />
            <source>Diabetes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/result_words.py" />
            <source>Down from {value:g} {unit} last time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/audit.py" />
            <source>Entry {id} differs from the checkpoint of {at}: the trail up to there was altered and its hashes worked out again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/audit.py" />
            <source>Entry {id} is dated {at}, earlier than the entry before it: it was added later with a date in the past, or the computer's clock was wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/audit.py" />
            <source>Entry {id} is out of place in the chain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/audit.py" />
            <source>Entry {id} was altered after it was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/audit.py" />
            <source>Entry {id}: the entry before it was removed or altered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/audit.py" />
            <source>Entry {id}: {n} entries before it were removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/clinical_codes.py" />
            <source>Epilepsy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_letters.py" />
            <source>Everyone who comes agrees to keep what is said in the group private. We will ask you to agree to this at the start. Nobody else will see your NHS number, your date of birth or your full name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/exchange.py" />
            <source>FHIR R4 JSON file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/groups.py" />
            <source>Facilitator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/dates.py" />
            <source>February</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>For goal {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <location filename="../../careplan/printing/preparation.py" />
            <source>For {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/dates.py" />
            <source>Friday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_letters.py" />
            <source>Front desk list: keep at the desk, do not give out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/population_report.py" />
            <source>GAS ≥ expected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/results.py" />
            <source>Give the date of the {name} result.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/common.py" />
            <source>Give the patient's NHS number or record number, not '{value}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/population_report.py" />
            <source>Goal and action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/population.py" />
            <source>Goal progress at or above expected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/agreeing.py" />
            <source>Goal {n} has no action.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/words.py" />
            <source>Green: you are doing well</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_letters.py" />
            <source>Group session: front desk list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/group_calendar.py" />
            <source>Group session: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/group_calendar.py" />
            <source>Group session: {title} at {practice}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/result_words.py" />
            <source>HbA1c shows your average blood sugar over the last two to three months.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/clinical_codes.py" />
            <source>Heart failure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/preparation.py" />
            <source>How have they gone? Is there anything you want to change?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>How important this is to you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>How much</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>How often</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>How sure you are</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/preparation.py" />
            <source>How your health affects your day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/clinical_codes.py" />
            <source>Hypertension</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>If things get worse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>If this happens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/group_calendar.py" />
            <source>If you cannot come, please call {phone}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_letters.py" />
            <source>If you want to talk about something in private, you can see the clinician on your own after the group.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>If you want to talk about your plan before then, call your named contact.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/storing.py" />
            <location filename="../../careplan/services/reviews.py" />
            <source>Importance is 0 to 10.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/exchange.py" />
            <source>Imported patient {patient}{nhs}; the file held no plan.
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/exchange.py" />
            <source>Imported {path} as plan {plan} ({status}) of patient {patient}{nhs}: {goals} goal(s), {actions} action(s), {reviews} review(s).
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/registers.py" />
            <source>Importing: {pct}%
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/population_report.py" />
            <source>In target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/people.py" />
            <source>In the file: {person}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_letters.py" />
            <source>Invitation to a group session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/importing.py" />
            <source>It has no goal, named contact or review date, yet importing it makes it their current plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/result_words.py" />
            <source>It is above {whose}; we can talk about it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/result_words.py" />
            <source>It is below {whose}; we can talk about it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/result_words.py" />
            <source>It is within {whose}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/dates.py" />
            <source>January</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/dates.py" />
            <source>July</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/dates.py" />
            <source>June</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_letters.py" />
            <source>Keeping things private</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/exports.py" />
            <source>Last reviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/exports.py" />
            <source>Last reviewed by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/groups.py" />
            <source>Lead clinician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/clinical_codes.py" />
            <source>Learning disability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_letters.py" />
            <source>Led by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/importing.py" />
            <source>Left out, as this app has no place for it:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/imports/summary.py" />
            <source>Line {line}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/part_specs.py" />
            <source>Link the barrier to an action of this goal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/part_specs.py" />
            <source>Link the goal to what matters in this plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/previsit.py" />
            <source>Look ahead from 0 to {n} days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>Made on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>Made with {clinician} on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/bench.py" />
            <source>Making the benchmark practice of {n:,} patients…
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/dates.py" />
            <source>March</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/group_plans.py" />
            <source>Mark this person as arrived before recording their plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/dates.py" />
            <source>May</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/bench.py" />
            <source>Measuring with {n:,} patients…
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/dates.py" />
            <source>Monday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/population_report.py" />
            <source>Monthly points for 24 months. Signals of change that is not chance: a shift (six or more points on one side of the median) and a trend (five or more going up or down) are drawn as squares and named under each chart.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/exports.py" />
            <location filename="../../careplan/printing/group_letters.py" />
            <source>NHS number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/imports/patients_csv.py" />
            <source>NHS number {nhs} is also on line {other}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/imports/patients_csv.py" />
            <source>NHS number {nhs} is registered here to a person with another name or date of birth; nothing is attached to them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/exports.py" />
            <location filename="../../careplan/printing/group_letters.py" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/register_checks.py" />
            <source>Name the source in at most {n} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/groups.py" />
            <source>Next session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/groups.py" />
            <source>No carer is coming with this person.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/imports/patients_csv.py" />
            <source>No column is chosen for: {fields}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/common.py" />
            <source>No patient has the NHS number {number}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/population_report.py" />
            <source>No shift or trend: the points vary as chance would.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/keys.py" />
            <source>No usable keyring was found, so the database key cannot be kept safely. On Linux, sign in to a desktop session with GNOME Keyring or KWallet running (or install gnome-keyring and unlock it); on Windows and macOS the system keychain is used. A key is never written to a plain file, so nothing was created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/importing.py" />
            <source>Not registered here: they will be added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/imports/summary.py" />
            <source>Nothing was imported: {n:,} of {rows:,} rows were refused. Correct them and import the file again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/dates.py" />
            <source>November</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/clinical_codes.py" />
            <source>Obesity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/dates.py" />
            <source>October</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/agreeing.py" />
            <source>Only a discarded draft can be brought back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/agreeing.py" />
            <source>Only a goal carried from the last plan is kept or ended here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/reviews.py" />
            <source>Only an agreed plan can be reviewed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/plan_base.py" />
            <source>Only an agreed plan can be revised; this one is still a draft.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/accounts.py" />
            <source>Only the person signed in here can sign out or lock their own session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/group_access.py" />
            <source>Only the session's facilitator or lead clinician, or a clinician or nurse, may record this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/clinical_codes.py" />
            <source>Osteoporosis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/preparation.py" />
            <source>Other results to talk about</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/documents.py" />
            <source>PDF file to write (replaced if it exists), or a folder to put it in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/registers.py" />
            <source>PDF to write</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/result_words.py" />
            <source>PHQ-9 is the questionnaire about your mood over the last two weeks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/words.py" />
            <source>Page {page} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/documents.py" />
            <source>Patient {ref} has no agreed plan to print yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/documents.py" />
            <source>Patient {ref} has no plan yet to prepare a sheet from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/result_words.py" />
            <source>Peak flow shows how fast you can blow air out of your lungs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/population_report.py" />
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/clinical_codes.py" />
            <source>Peripheral arterial disease</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/importing.py" />
            <source>Person: {person}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/exports.py" />
            <location filename="../../careplan/printing/group_letters.py" />
            <location filename="../../careplan/printing/plan.py" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/common.py" />
            <location filename="../../careplan/printing/group_letters.py" />
            <source>Phone {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/groups.py" />
            <location filename="../../careplan/printing/group_letters.py" />
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_plans.py" />
            <source>Place: {place}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/groups.py" />
            <source>Places: {capacity}, invited: {invited}, attending: {attending}
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/exports.py" />
            <source>Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/exports.py" />
            <source>Plan agreed by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>Plan version {version}, agreed {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_plans.py" />
            <source>Plan version {version}, agreed {date} at a group session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/calendar.py" />
            <source>Please contact your practice to arrange a time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/calendar.py" />
            <source>Please contact {practice} to arrange a time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/dates.py" />
            <source>Please enter the date of birth.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/groups.py" />
            <source>Please enter the date of the session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/text.py" />
            <source>Please enter the {label}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_letters.py" />
            <source>Please let the practice know if you can come.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_letters.py" />
            <source>Please let us know if you can come: call {phone}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/population_report.py" />
            <source>Population measures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/exports_population.py" />
            <source>Population measures on {day} (each over the twelve months before it)
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/database.py" />
            <source>PostgreSQL password: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/documents.py" />
            <source>Practice name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/documents.py" />
            <source>Practice phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/preparation.py" />
            <source>Preparing for your appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/words.py" />
            <source>Printed {date} at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/reviews.py" />
            <source>Progress is on the scale from -2 (much less than expected) to +2 (much more than expected).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/groups.py" />
            <source>Record the confidentiality agreement (and their carer's) before anything of theirs is shown to the group.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/group_agenda.py" />
            <source>Record this person's confidentiality agreement before their name is shown with a topic; or add the topic anonymously.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/database.py" />
            <source>Recovery key: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/words.py" />
            <source>Red: urgent, get help now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/population_report.py" />
            <source>Register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/importing.py" />
            <source>Registered here: name, date of birth and NHS number agree.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/people.py" />
            <source>Registered here: {person}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_letters.py" />
            <source>Reply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/database.py" />
            <source>Restore from a backup with: careplan-admin restore BACKUP_FILE
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/backup.py" />
            <source>Restore is for the embedded database; use pg_restore for PostgreSQL.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/database.py" />
            <source>Restored {source} into {where}.
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/exports.py" />
            <source>Review due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/population_report.py" />
            <location filename="../../careplan/services/population.py" />
            <source>Reviewed on time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/clinical_codes.py" />
            <source>Rheumatoid arthritis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/population_report.py" />
            <source>Run charts: {scope}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/dates.py" />
            <source>Saturday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/dates.py" />
            <source>September</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/groups.py" />
            <source>Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/reviews.py" />
            <source>Set the next review date: the plan still has goals to work on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/documents.py" />
            <source>Settings file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/clinical_codes.py" />
            <source>Severe mental illness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/runchart.py" />
            <source>Shift: {n} points above the median, {start} to {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/runchart.py" />
            <source>Shift: {n} points below the median, {start} to {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/worklist.py" />
            <source>Show all, overdue or due reviews.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/accounts.py" />
            <source>Sign in to change your password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/results_letter.py" />
            <source>Since last time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/base.py" />
            <source>Someone else saved this record a moment ago. Nothing was overwritten; please look at their change and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/groups.py" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/clinical_codes.py" />
            <source>Stroke and TIA</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/dates.py" />
            <source>Sunday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/audit.py" />
            <source>TAMPERED: {n} problem(s) in the audit trail:
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/preparation.py" />
            <source>Taken on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/keys.py" />
            <source>That is not a recovery key: it has 13 groups of four letters and digits. Please check it and type it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/accounts.py" />
            <source>That password is too long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/accounts.py" />
            <source>That username is taken; choose another.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/people.py" />
            <source>The NHS number in the file belongs to a registered patient whose name or date of birth is different. Nothing was imported: check which is right before importing again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/imports/patients_csv.py" />
            <source>The NHS number is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/group_agenda.py" />
            <source>The agenda changed meanwhile; please look at it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/audit.py" />
            <source>The audit trail is empty although staff accounts exist (creating them is recorded): its entries were removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/backup.py" />
            <source>The backup could not be verified; nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/backup.py" />
            <source>The backup file is the database itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/backup.py" />
            <source>The backup file {path} is damaged; nothing was restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/backup.py" />
            <source>The backup was made by a newer version of the app; nothing was restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/result_words.py" />
            <source>The bottom number of your blood pressure, between heart beats.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/__init__.py" />
            <source>The bundle holds no resources.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/imports/patients_csv.py" />
            <source>The column mapping does not fit the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/integrity.py" />
            <source>The database file {path} failed its integrity check and has not been changed. Restore it from a backup with: careplan-admin restore BACKUP_FILE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/encryption.py" />
            <source>The database file {path} is damaged and has not been changed (it was not converted to the encrypted form). Restore it from a backup first: careplan-admin restore BACKUP_FILE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/storage.py" />
            <source>The database file {path} is damaged and has not been changed. Restore it from a backup with: careplan-admin restore BACKUP_FILE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/dblock.py" />
            <source>The database file {path} was replaced or removed while this program had it open (for example by a restore). Nothing more is written to it; close the app and start it again to work on the database now in its place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/storage.py" />
            <source>The database {path} could not be opened with its key: the key in this computer's keyring is not the one it was made with, or the file is damaged. Nothing has been changed. If the database came from another computer, import its recovery key (careplan-admin recovery-key --database URL); otherwise restore it from a backup (careplan-admin restore BACKUP_FILE).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/dblock.py" />
            <source>The database {path} is being restored or replaced by {holders}; try again when that has finished.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/encryption.py" />
            <source>The database {path} is encrypted and its key is not in this computer's keyring. If it came from another computer, import its recovery key: careplan-admin recovery-key --database {url}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/dblock.py" />
            <source>The database {path} is open in {holders}. Nothing was changed; close it there (quit the app on this computer) and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/audit.py" />
            <source>The database's protection of the audit trail ({name}) was removed, switched off or changed: entries could have been changed or deleted without a trace in the database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/storage.py" />
            <source>The database's schema version is ambiguous.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/dates.py" />
            <source>The date of birth cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/dates.py" />
            <source>The date of birth is before 1900; please check the year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/registers.py" />
            <source>The date of diagnosis is before the date of birth.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/part_specs.py" />
            <source>The date of the test cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/demo.py" />
            <source>The demo practice has at most {limit:,} patients.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/storage_errors.py" />
            <source>The disk holding {place} could not be read or written (an input/output error: the disk or its connection is failing). The database itself may well be sound, and a backup is not needed because of this: check the disk, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/storage_errors.py" />
            <source>The disk holding {place} is full, so nothing more can be stored. Nothing was lost and the database itself is sound: free some space (empty the wastebasket, move old files away) and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/encryption.py" />
            <location filename="../../careplan/storage.py" />
            <source>The embedded database needs a file path.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/encryption.py" />
            <source>The encrypted copy could not be verified, so the database was left as it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/storage.py" />
            <source>The file cannot be opened: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reading.py" />
            <location filename="../../careplan/imports/csv_file.py" />
            <source>The file cannot be read: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/storage.py" />
            <source>The file does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/__init__.py" />
            <source>The file does not hold a FHIR resource (a JSON object).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reading.py" />
            <source>The file ends too early (line {line}): it may have been cut short while it was copied or downloaded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reading.py" />
            <source>The file has an element name that is too long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/imports/csv_file.py" />
            <source>The file has more than {n:,} rows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reading.py" />
            <source>The file holds a number JSON does not allow ({name}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reading.py" />
            <source>The file holds a number too large to read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reading.py" />
            <source>The file holds a text of {count:,} characters; at most {limit:,} are allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/index.py" />
            <source>The file holds more than {limit:,} resources; that is more than one person's plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/__init__.py" />
            <source>The file holds no Patient (a name and a date of birth), so it cannot be attached to anyone safely; nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/importing.py" />
            <source>The file holds no plan, only the person's details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/importing.py" />
            <source>The file holds no plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reading.py" />
            <source>The file holds too many values to be one person's plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/__init__.py" />
            <source>The file holds {count} people; import one person's plan at a time. Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/imports/csv_file.py" />
            <source>The file is empty or has no header row.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reading.py" />
            <source>The file is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/storage.py" />
            <source>The file is encrypted or not a database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/imports/csv_file.py" />
            <source>The file is larger than 200 MB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reading.py" />
            <source>The file is larger than {limit} MB; this app imports files up to that size.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reading.py" />
            <source>The file is nested more than {limit} levels deep; FHIR bundles never are.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reading.py" />
            <source>The file is not UTF-8 text (a broken character at byte {at:,}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/__init__.py" />
            <source>The file is not a FHIR resource (no resourceType).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/storage.py" />
            <source>The file is not a readable database: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/imports/csv_file.py" />
            <source>The file is not text in UTF-8 or Windows encoding; export it as CSV again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/imports/csv_file.py" />
            <source>The file is not valid CSV near line {line}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reading.py" />
            <source>The file is not valid JSON: line {line}, column {column}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reading.py" />
            <source>The file names the same element twice in one object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/index.py" />
            <source>The file nests too many bundles.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/accounts.py" />
            <source>The first administrator exists already; ask them to create your account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/atomic.py" />
            <source>The folder {folder} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/fonts.py" />
            <source>The font {file} is missing; please reinstall the app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/fonts.py" />
            <source>The fonts for printing are missing (looked in {places}); please reinstall the app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/result_words.py" />
            <source>The foot check looks at the feeling and blood supply in your feet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_letters.py" />
            <source>The group chooses the topics to talk about. You can suggest a topic without your name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/register_checks.py" />
            <source>The identifier in the source is too long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/storage.py" />
            <source>The key does not open it, or it is damaged: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/database.py" />
            <source>The key for {path} is now in this computer's keyring.
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/keys.py" />
            <source>The keyring could not be loaded ({error}); check PYTHON_KEYRING_BACKEND and the keyring's installation. Nothing was created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/keys.py" />
            <source>The keyring could not be read ({error}); is it unlocked?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/keys.py" />
            <source>The keyring did not keep the key; nothing was created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/keys.py" />
            <source>The keyring refused to store the key ({error}); is it unlocked?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/plan_settings.py" />
            <source>The list of topics changed while it was being ordered; please order it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/results.py" />
            <source>The lower end of the target is above the upper end.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_plans.py" />
            <source>The next group session is on {date}, {start} to {end}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/reviews.py" />
            <source>The next review must be after this one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/demo.py" />
            <source>The number of demo patients must be a whole number of at least 1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/groups.py" />
            <source>The number of places is a whole number from 1 to {limit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/accounts.py" />
            <source>The password must not be the username.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/exchange.py" />
            <source>The patient was not registered here and has been added.
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/group_overview.py" />
            <location filename="../../careplan/services/overview.py" />
            <source>The period must end on or after its start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/imports/patients_csv.py" />
            <source>The phone number has characters other than digits, spaces, + and -.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/agreeing.py" />
            <source>The plan was changed on another computer after you read it. Nothing was agreed; please read it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <location filename="../../careplan/printing/population_report.py" />
            <source>The practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/database.py" />
            <source>The previous database was kept as {path}
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/reviews.py" />
            <source>The review cannot be before the plan was made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/reviews.py" />
            <source>The review cannot be dated in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/plan_settings.py" />
            <source>The review date cannot be before the consultation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/storing.py" />
            <source>The reviews in the file are out of order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/storage.py" />
            <source>The schema is at {rev}, expected {head}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/database.py" />
            <source>The server accepted the password, and it is now in the keyring.
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/postgres.py" />
            <source>The server did not accept that password for {user}; nothing was stored, and any password kept before is unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/postgres.py" />
            <source>The server {host} could not be reached to check the password ({error}); nothing was stored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/groups.py" />
            <source>The session must end after it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/settings.py" />
            <source>The setting '{key}' in {where} has the wrong type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/settings.py" />
            <source>The setting '{key}' in {where} must be text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/settings.py" />
            <source>The settings file {path} cannot be read: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/settings.py" />
            <source>The settings file {path} is not valid JSON (line {line}); correct it or delete it to start again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/settings.py" />
            <source>The settings file {path} must hold a JSON object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/audit.py" />
            <source>The trail ends at entry number {n}, but a checkpoint of {at} saw {m} entries: entries were removed from its end.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/accounts.py" />
            <source>The username or password is not right. After several wrong attempts, signing in pauses for a while (up to {minutes} minutes); ask an administrator if you are stuck.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/worklist.py" />
            <source>The window is a number of days from 0 to {limit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/dates.py" />
            <source>The {label} '{value}' is not a real date: there is no month {month}. Dates are day/month/year, for example 12/11/2026 for 12 November 2026.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/dates.py" />
            <source>The {label} '{value}' is not a real date: {month} {year} has {days} days. For example: {example}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/register_checks.py" />
            <source>The {label} '{value}' is not a real date; write it as 2026-03-21 or 21/03/2026.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/dates.py" />
            <source>The {label} '{value}' is not a real date; {examples}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/groups.py" />
            <source>The {label} '{value}' is not a time; use hours and minutes, e.g. 14:00.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/text.py" />
            <source>The {label} contains broken characters; please type it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/plan_fields.py" />
            <source>The {label} is a whole number from {low} to {high}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/text.py" />
            <source>The {label} is too long: {count:,} characters, at most {limit:,}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/text.py" />
            <source>The {label} must be text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/register_checks.py" />
            <source>The {label} {day} is before 1900; please check the year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/register_checks.py" />
            <source>The {label} {day} is in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/results.py" />
            <source>The {name} result is dated before the date of birth.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/base.py" />
            <source>The {what} no longer exists; it may have been removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/importing.py" />
            <source>Their conditions and results: {conditions} condition(s), {results} result(s); those already here are recognised, not added twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/backup.py" />
            <source>There is no backup file at {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/agreeing.py" />
            <source>There is no goal yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/agreeing.py" />
            <source>There is no named contact.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/common.py" />
            <source>There is no patient with record number {number}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/agreeing.py" />
            <source>There is no review date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/identifiers.py" />
            <source>This NHS number is not valid: its last digit does not match. Please check each digit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/base.py" />
            <source>This change does not fit with what is stored already (a linked record may have been removed).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/demo.py" />
            <source>This database already has {count:,} patients. The demo practice only goes into an empty database, so that demo and real records never mix; choose another database with --database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/storage.py" />
            <source>This database was made by a newer version of the app; please update the app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/people.py" />
            <source>This file is for a different person than the one open; nothing was imported. Open that person's record, or import it from the patient list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/plan_parts.py" />
            <source>This goal was changed on another computer after you opened it. Nothing was overwritten; look at the current goal and make your change again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/part_edits.py" />
            <source>This is already back in the plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/plan_parts.py" />
            <source>This is not part of a barrier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/plan_parts.py" />
            <source>This is not part of a goal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/plan_parts.py" />
            <source>This is not part of a result.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/plan_parts.py" />
            <source>This is not part of a target.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/plan_parts.py" />
            <source>This is not part of a topic.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/plan_parts.py" />
            <source>This is not part of an action.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/plan_settings.py" />
            <source>This is not part of the preparation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/plan_parts.py" />
            <source>This is not part of the step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/plan_parts.py" />
            <source>This is not part of the support.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/plan_parts.py" />
            <source>This is not part of what matters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/plan_parts.py" />
            <source>This is not part of who is present.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/patients.py" />
            <source>This patient's details were changed on another computer after you opened them. Nothing was overwritten; look at the current details and make your change again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/importing.py" />
            <source>This person already has a draft plan; finish or remove it before importing another draft.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/plan_base.py" />
            <source>This person already has a draft plan; finish or resume that one first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/groups.py" />
            <source>This person came to the session; mark them as not attending instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/agreeing.py" />
            <source>This person has another draft now; finish or discard that one first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/documents.py" />
            <source>This person has no agreed plan to print yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/service.py" />
            <source>This person has no agreed plan yet, so there is nothing to export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/documents.py" />
            <source>This person has no plan yet, so there is nothing to prepare from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/service.py" />
            <source>This person has no review date set, so there is nothing to add to a calendar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/group_agenda.py" />
            <source>This person is not in this session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/group_plans.py" />
            <source>This person's draft plan belongs to another group session; agree or finish it there first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/plan_base.py" />
            <source>This plan has been agreed and cannot be changed; reopen it as a new revision to change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/reviews.py" />
            <source>This plan has been replaced by a newer one; review the current plan instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/importing.py" />
            <source>This plan is here already: importing it again adds nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/importing.py" />
            <source>This plan is here already: it is not added again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/agreeing.py" />
            <source>This plan is not complete: {gaps} Add what is missing, or confirm that you agree it as it is and say why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>This plan is yours. It sets out what matters to you, what you want to achieve, and what you and the practice will do. Keep it where you can find it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/service.py" />
            <source>This plan no longer exists; it may have been removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/plan_lock.py" />
            <source>This plan was changed on another computer at {time} (UTC), after this one last read it. Nothing was saved and nothing was overwritten; the plan is shown again as it is now: look at it and make your change again if it is still needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/reviews.py" />
            <source>This plan was reviewed or changed on another computer after you opened it. Nothing was saved; open it again to see the latest review.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/groups.py" />
            <source>This session was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/dates.py" />
            <source>Thursday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_letters.py" />
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/groups.py" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/groups.py" />
            <source>Topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/runchart.py" />
            <source>Trend: falling from {start} to {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/runchart.py" />
            <source>Trend: rising from {start} to {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/dates.py" />
            <source>Tuesday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/result_words.py" />
            <source>Up from {value:g} {unit} last time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_letters.py" />
            <source>Up to {places} people come; the session takes about {minutes} minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/storage.py" />
            <source>Upgrading the database would break links between records; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/result_words.py" />
            <source>Urine ACR shows whether protein is leaking into your urine from the kidneys.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/results_letter.py" />
            <source>Usual target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>Watch for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>We will look at this plan with you again on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_letters.py" />
            <source>We would like to invite you to a group session about {topic}. You will meet other people who live with the same condition, with a clinician from the practice. You will have time to talk about what matters to you, and you will leave with your own plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/dates.py" />
            <source>Wednesday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_letters.py" />
            <source>What happens at a group session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/preparation.py" />
            <source>What is hard for you at the moment, at home, at work or getting about?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/preparation.py" />
            <source>What is most important in your life at the moment?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <location filename="../../careplan/printing/preparation.py" />
            <source>What matters to you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>What might get in the way, and your plan B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>What the practice will do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/preparation.py" />
            <location filename="../../careplan/printing/results_letter.py" />
            <source>What this means</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>What to do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>What we talked about today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>What we will talk about next time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>What you are aiming for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/preparation.py" />
            <source>What you want to talk about</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/preparation.py" />
            <source>What you were aiming for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>What you will do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_letters.py" />
            <source>When and where</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>Who will help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/population.py" />
            <source>Whole practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/population.py" />
            <source>Whole practice (any register)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_letters.py" />
            <source>With</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/population.py" />
            <source>With a current agreed plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/population.py" />
            <source>With a goal and an action plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/population_report.py" />
            <source>With a plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/preparation.py" />
            <source>Write down the things you most want to talk about, most important first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/bench.py" />
            <source>Written to {path}
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/documents.py" />
            <source>Written {path} ({pages} page(s){large}).
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/registers.py" />
            <source>Written {path} ({pages} pages).
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/groups.py" />
            <source>Written {path}.
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/exchange.py" />
            <source>Written {path}: plan {plan} of patient {ref} as FHIR R4 ({count} resources).
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/exchange.py" />
            <source>Written {path}: review on {date}.
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/registers.py" />
            <source>Written {path}: {n} letters, {pages} pages; marked as sent.
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_letters.py" />
            <source>You are invited to a group session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_letters.py" />
            <source>You are welcome to bring a carer or a family member with you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_letters.py" />
            <source>You are welcome to bring {name} with you; they will be asked to agree too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_letters.py" />
            <source>You can see your latest results on a screen, only if you agree to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_letters.py" />
            <source>You go home with your own printed plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/result_words.py" />
            <source>You have a foot problem that needs care now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_letters.py" />
            <source>You make your own plan: what matters to you, your goals and what you will do.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/result_words.py" />
            <source>Your answers suggest little or no low mood.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/result_words.py" />
            <source>Your answers suggest mild low mood.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/result_words.py" />
            <source>Your answers suggest moderate low mood.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/result_words.py" />
            <source>Your answers suggest quite severe low mood.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/result_words.py" />
            <source>Your answers suggest severe low mood; we will talk about support.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/preparation.py" />
            <source>Your appointment to talk about your health and your plan is coming up. It is your time as much as ours. Use this sheet to think about what you want from it, write your notes, and bring it with you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>Your care and support plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/calendar.py" />
            <source>Your care plan is due to be looked at again on this day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>Your doctor or nurse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/result_words.py" />
            <source>Your feet are at high risk; regular podiatry care is important.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/result_words.py" />
            <source>Your feet are at low risk of problems.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/result_words.py" />
            <source>Your feet are at some risk; a podiatrist can help keep them well.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>Your goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/preparation.py" />
            <source>Your goals from your last plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/result_words.py" />
            <source>Your kidneys are working a lot less well than normal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/result_words.py" />
            <source>Your kidneys are working less well than normal; we will talk about it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/result_words.py" />
            <source>Your kidneys are working normally.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/result_words.py" />
            <source>Your kidneys are working slightly less well than normal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/result_words.py" />
            <source>Your kidneys are working very little; we will talk about what this means.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>Your named contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_plans.py" />
            <source>Your next group session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>Your next review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/results_letter.py" />
            <source>Your own target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>Your plan B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>Your practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/preparation.py" />
            <source>Your recent results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/preparation.py" />
            <location filename="../../careplan/printing/results_letter.py" />
            <source>Your result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/results_letter.py" />
            <source>Your results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/base.py" />
            <source>Your role ({role}) does not allow this. Ask a colleague who may, or the practice administrator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/result_words.py" />
            <source>Your weight.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/__init__.py" />
            <source>a CarePlan marked as entered in error, with its goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/words.py" />
            <source>a community service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/importing.py" />
            <source>a draft plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/groups.py" />
            <source>a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/__init__.py" />
            <source>a goal that is not in the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/teams.py" />
            <source>a member who is not a support ({kind})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/groups.py" />
            <source>a session and who is invited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/groups.py" />
            <source>a session number is 1 or more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/plan.py" />
            <source>a step of 'if things get worse' without its signs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/goals.py" />
            <source>a target's time allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/exports_population.py" />
            <location filename="../../careplan/part_specs.py" />
            <location filename="../../careplan/plan_parts.py" />
            <location filename="../../careplan/services/plan_settings.py" />
            <location filename="../../careplan/services/reviews.py" />
            <source>action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/plan.py" />
            <source>activity {name} (it says what not to do)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/plan.py" />
            <source>activity {name} (no words to show)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/plan.py" />
            <source>activity {name} (not linked to a goal)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/plan.py" />
            <source>activity {name} ({status})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/plan.py" />
            <source>activity {name}: its {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/plan.py" />
            <source>activity {n} (given only as a reference)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/groups.py" />
            <source>agreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/population_report.py" />
            <source>all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/audit.py" />
            <source>also compare with the checkpoint(s) in FILE (e.g. BACKUP.audit-checkpoint, or one typed from a printout); may be given more than once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/registers.py" />
            <source>also write a PDF report with the run charts (of the register, or the practice)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/exchange.py" />
            <source>also write every earlier agreed revision of the plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/bench.py" />
            <source>also write the results as JSON to FILE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/importing.py" />
            <source>an agreed plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/dblock.py" />
            <source>another program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/vocabulary.py" />
            <source>as expected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/group_board.py" />
            <source>at least {low:g}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/groups.py" />
            <source>attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/groups.py" />
            <location filename="../../careplan/services/group_access.py" />
            <location filename="../../careplan/services/group_agenda.py" />
            <location filename="../../careplan/services/group_plans.py" />
            <location filename="../../careplan/services/groups.py" />
            <source>attendee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/database.py" />
            <source>backup file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/database.py" />
            <source>backup file, or a folder to put a dated backup in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/plan_parts.py" />
            <source>barrier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/groups.py" />
            <source>board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_plans.py" />
            <location filename="../../careplan/printing/plan.py" />
            <source>care-plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/database.py" />
            <source>careplan-admin: give a PostgreSQL URL with a user name, e.g. --database postgresql+psycopg://careplan@db.practice.local/careplan
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/__init__.py" />
            <source>careplan-admin: interrupted; nothing was half-written.
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/database.py" />
            <source>careplan-admin: leave the password out of the URL; it is read from standard input and kept in the keyring.
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/registers.py" />
            <source>careplan-admin: nobody is coming up in that window; nothing printed.
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/database.py" />
            <source>careplan-admin: recovery keys are for the embedded database.
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/database.py" />
            <source>careplan-admin: that recovery key does not open {path}; nothing was stored.
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/audit.py" />
            <source>careplan-admin: the audit trail is empty; no checkpoint yet.
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/database.py" />
            <source>careplan-admin: there is no database at {path}
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/database.py" />
            <source>careplan-admin: {path} exists already; choose another name or add --force to replace it.
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/groups.py" />
            <source>carer's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/audit.py" />
            <source>check or export the audit trail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/audit.py" />
            <source>check that no entry was altered, removed or added out of turn, that the database's protection is in place, and that the trail matches its checkpoints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/database.py" />
            <source>check the database's integrity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/exports_population.py" />
            <source>clinician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_letters.py" />
            <source>coming</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/reviews.py" />
            <source>comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/registers.py" />
            <source>condition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/part_specs.py" />
            <location filename="../../careplan/services/plan_settings.py" />
            <source>confidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/plan_parts.py" />
            <location filename="../../careplan/services/plan_base.py" />
            <source>consultation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/__init__.py" />
            <source>database URL (default: $CAREPLAN_DATABASE_URL, else the file in your data folder); e.g. postgresql+psycopg://user@host/careplan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/groups.py" />
            <source>date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/imports/patients_csv.py" />
            <location filename="../../careplan/services/patients.py" />
            <source>date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/registers.py" />
            <source>date of diagnosis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/part_specs.py" />
            <source>date of the test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/results.py" />
            <source>date of the {name} result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/exports_population.py" />
            <source>due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/result_words.py" />
            <source>eGFR shows how well your kidneys clean your blood.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/groups.py" />
            <source>end time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/records.py" />
            <source>ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/exchange.py" />
            <source>export a patient's latest agreed plan as FHIR R4 JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/imports/patients_csv.py" />
            <source>family name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/exchange.py" />
            <source>file format (default fhir)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/audit.py" />
            <source>file to write (default: stdout)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/exchange.py" />
            <source>file to write (replaced if it exists), or a folder to put it in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/database.py" />
            <source>fill an empty database with a demo practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/patients.py" />
            <source>first name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/dates.py" />
            <source>for example 12/11/2026, 12 Nov 2026, 2026-11-12, +3m or in 6 weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/registers.py" />
            <source>give the date as YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/imports/patients_csv.py" />
            <source>given name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/node.py" />
            <source>gives only a year or a month; a full date is needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/person.py" />
            <source>gives two different NHS numbers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/plan_parts.py" />
            <location filename="../../careplan/services/agreeing.py" />
            <location filename="../../careplan/services/plan_base.py" />
            <location filename="../../careplan/services/plan_settings.py" />
            <source>goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/part_specs.py" />
            <source>goal in the person's words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/part_specs.py" />
            <source>goal status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/groups.py" />
            <source>group consultation sessions: list, show, print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/group_access.py" />
            <location filename="../../careplan/services/group_board.py" />
            <location filename="../../careplan/services/group_plans.py" />
            <location filename="../../careplan/services/groups.py" />
            <source>group session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_letters.py" />
            <source>group-invitation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/node.py" />
            <source>has a modifier extension this app does not understand; it cannot safely be imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/elements.py" />
            <location filename="../../careplan/fhir/reader/index.py" />
            <source>has an element '{name}' that FHIR R4 does not define here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/index.py" />
            <source>has an id FHIR does not allow.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/__init__.py" />
            <location filename="../../careplan/fhir/reader/person.py" />
            <source>has implicit rules this app cannot follow.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/person.py" />
            <source>has no full date of birth, so it cannot be matched to a person safely.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/person.py" />
            <source>has no name, so it cannot be matched to a person safely.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/index.py" />
            <source>has the same fullUrl as another entry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/goals.py" />
            <source>holds a code FHIR R4 does not define.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/database.py" />
            <source>how many demo patients (default 200)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/part_specs.py" />
            <source>how much</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/part_specs.py" />
            <source>how often</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/part_specs.py" />
            <source>how they help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/registers.py" />
            <source>import a practice's patient list from CSV (all or nothing)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/exchange.py" />
            <source>import one person's plan from a FHIR R4 JSON file (a bundle of any type or one resource), all or nothing; says what it leaves out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/part_specs.py" />
            <source>importance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/exports_population.py" />
            <source>in target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/documents.py" />
            <source>include reviews due within DAYS from today (default 14)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/patients.py" />
            <source>interpreter language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/groups.py" />
            <source>invitation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_letters.py" />
            <source>invited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/node.py" />
            <source>is an empty list; FHIR leaves such elements out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/index.py" />
            <source>is contained and contains resources itself; R4 forbids it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/node.py" />
            <source>is empty; FHIR does not allow empty text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/node.py" />
            <source>is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/context.py" />
            <source>is nested too deeply.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/node.py" />
            <source>is not a FHIR date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/node.py" />
            <source>is not a real date and time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/node.py" />
            <source>is not a real date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/goals.py" />
            <source>its achievement status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/records.py" />
            <source>its date of onset (in the future or before birth)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/records.py" />
            <source>its onset (not a full date)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/records.py" />
            <source>its other components</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/goals.py" />
            <source>its start event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/__init__.py" />
            <source>its status ({status})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/records.py" />
            <source>its {name} in {unit} (this app keeps {ours})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/records.py" />
            <source>its {name} without a unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/index.py" />
            <source>its {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/index.py" />
            <source>its {what} (not in the file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/database.py" />
            <source>keep the PostgreSQL password for --database in the keyring (read from standard input)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/part_specs.py" />
            <source>kind of support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/documents.py" />
            <source>large print (default: as the patient's communication needs say)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/patients.py" />
            <source>last name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/records.py" />
            <source>left out whole: it has a modifier extension</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/records.py" />
            <source>left out: a second {name} on the same day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/records.py" />
            <source>left out: dated in the future or before birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/records.py" />
            <source>left out: it has no full date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/goals.py" />
            <source>left out: it has no words to show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/records.py" />
            <source>left out: marked {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/records.py" />
            <source>left out: no longer active ({status})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/records.py" />
            <source>left out: no systolic or diastolic value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/records.py" />
            <source>left out: no {name} value this app can keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/records.py" />
            <source>left out: not a condition on this app's registers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/records.py" />
            <source>left out: not confirmed ({status})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/records.py" />
            <source>left out: not final ({status})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/vocabulary.py" />
            <source>less than expected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/part_specs.py" />
            <source>level (green, amber or red)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/database.py" />
            <source>list patients: identifier, name and date of birth, tab-separated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/registers.py" />
            <source>list who is coming up; print nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/bench.py" />
            <source>measure speed against floors taken in the same run (DESIGN.md §8)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/bench.py" />
            <source>measures among: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/population_report.py" />
            <source>median {v:.1f}%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/vocabulary.py" />
            <source>more than expected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/vocabulary.py" />
            <source>much less than expected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/vocabulary.py" />
            <source>much more than expected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/node.py" />
            <source>must be a JSON object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/node.py" />
            <source>must be a list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/node.py" />
            <source>must be a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/node.py" />
            <source>must be a whole number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/common.py" />
            <source>must be between {low} and {limit:,}, not {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/common.py" />
            <source>must be between {low} and {limit} days, not {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/node.py" />
            <source>must be text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/node.py" />
            <source>must be true or false.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/groups.py" />
            <location filename="../../careplan/services/staff.py" />
            <source>name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/groups.py" />
            <source>name in the group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/part_specs.py" />
            <source>name of the support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/database.py" />
            <source>name, NHS number or date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/plan_settings.py" />
            <source>named contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/index.py" />
            <source>names '{kind}', which is not a FHIR R4 resource type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/person.py" />
            <source>needs a family name and a given name to be matched to a person safely.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/reviews.py" />
            <source>new goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/reviews.py" />
            <source>next review date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/groups.py" />
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/group_plans.py" />
            <source>no plan was recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/records.py" />
            <source>no unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/people.py" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_letters.py" />
            <source>not coming</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/reviews.py" />
            <source>notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/group_plans.py" />
            <source>nothing was recorded in the plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/registers.py" />
            <source>now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/audit.py" />
            <source>ok: the audit trail is intact ({n:,} entries checked, {c} checkpoint(s) kept outside the database compared).
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/database.py" />
            <source>ok: {where} passed the integrity check (schema {rev}).
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/exports_population.py" />
            <source>on time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/groups.py" />
            <source>one session a line: id, date, title and number attending, tab-separated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/groups.py" />
            <source>one-to-one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/documents.py" />
            <source>only overdue reviews</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/documents.py" />
            <source>only plans agreed or last reviewed by this staff member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/exchange.py" />
            <source>only say what importing would do and what it would leave out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/audit.py" />
            <source>only this patient's entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/registers.py" />
            <source>only this register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/groups.py" />
            <location filename="../../careplan/fhir/service.py" />
            <location filename="../../careplan/services/groups.py" />
            <location filename="../../careplan/services/history.py" />
            <location filename="../../careplan/services/patients.py" />
            <location filename="../../careplan/services/plan_base.py" />
            <location filename="../../careplan/services/registers.py" />
            <location filename="../../careplan/services/results.py" />
            <source>patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/exports_population.py" />
            <source>people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/documents.py" />
            <source>people whose review is due or overdue, most overdue first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/plan_parts.py" />
            <source>person present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/part_specs.py" />
            <source>person who does it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/part_specs.py" />
            <source>person who raised it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/part_specs.py" />
            <source>person whose goal it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/groups.py" />
            <location filename="../../careplan/exports_population.py" />
            <location filename="../../careplan/services/reviews.py" />
            <source>plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/part_specs.py" />
            <source>plan B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/registers.py" />
            <source>population measures per register (people, plans, reviews, results in target)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/settings.py" />
            <source>practice address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/settings.py" />
            <source>practice name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/settings.py" />
            <source>practice phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/bench.py" />
            <source>practice sizes to measure when --database is not given; each demo practice is made once and kept in the data folder (default 10000+100000)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/patients.py" />
            <source>preferred name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/plan_parts.py" />
            <source>preparation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/results_letter.py" />
            <source>preparation-letters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/preparation.py" />
            <source>preparing-for-your-appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/documents.py" />
            <source>print a patient's latest agreed plan to a PDF file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/documents.py" />
            <source>print a preparing-for-your-appointment sheet to a PDF file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/registers.py" />
            <source>print preparation letters for everyone coming up for a care-planning visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/audit.py" />
            <source>print the trail's checkpoint now, to print or keep away from this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/dblock.py" />
            <source>process {pid}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/database.py" />
            <source>random seed (default 1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/agreeing.py" />
            <source>reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/exports_population.py" />
            <source>register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/database.py" />
            <source>replace PATH if it is an existing file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/database.py" />
            <source>replace the embedded database with a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/plan_parts.py" />
            <source>result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/plan_settings.py" />
            <location filename="../../careplan/services/reviews.py" />
            <source>review date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/reviews.py" />
            <source>revised goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/part_specs.py" />
            <source>role of the person present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/bench.py" />
            <source>runs per measure (default 15)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/groups.py" />
            <source>series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/documents.py" />
            <source>show, or set with the options, the practice name and phone printed on plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/bench.py" />
            <source>sizes like 10000 or 10000+100000</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/accounts.py" />
            <location filename="../../careplan/services/groups.py" />
            <location filename="../../careplan/services/plan_base.py" />
            <location filename="../../careplan/services/reviews.py" />
            <location filename="../../careplan/services/staff.py" />
            <source>staff member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/documents.py" />
            <source>standard print, even if the patient's needs say large print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/groups.py" />
            <source>start time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/plan_parts.py" />
            <source>step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/database.py" />
            <source>store the recovery key of a database moved from another computer in this computer's keyring (read from standard input)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/plan_parts.py" />
            <source>support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/bench.py" />
            <source>take only these measures, by the names the table shows (startup also gives startup_to_list and memory)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/part_specs.py" />
            <location filename="../../careplan/plan_parts.py" />
            <source>target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/part_specs.py" />
            <source>target date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/part_specs.py" />
            <source>test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/context.py" />
            <source>text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/storing.py" />
            <source>the Patient: its {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/__init__.py" />
            <source>the command stopped on an unexpected error ({kind}); nothing was half-written. Please report it with the command you ran.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/storage_errors.py" />
            <source>the database server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/registers.py" />
            <source>the date the file was exported (default: its modification time)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/common.py" />
            <source>the patient's NHS number, or their record number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/words.py" />
            <source>the practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/common.py" />
            <source>the practice's name (default: from the settings file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/common.py" />
            <source>the practice's phone number (default: from the settings file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/result_words.py" />
            <source>the target you agreed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/result_words.py" />
            <source>the usual target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/index.py" />
            <source>the {kind}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/dblock.py" />
            <source>this program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/part_specs.py" />
            <location filename="../../careplan/plan_parts.py" />
            <location filename="../../careplan/services/group_agenda.py" />
            <source>topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/part_specs.py" />
            <source>topic status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/teams.py" />
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/group_board.py" />
            <source>up to {high:g}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/accounts.py" />
            <source>username</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/plan.py" />
            <source>what came of activity {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/__init__.py" />
            <source>what it addresses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/part_specs.py" />
            <location filename="../../careplan/plan_parts.py" />
            <source>what matters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/part_specs.py" />
            <source>what might get in the way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/part_specs.py" />
            <source>what to do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/part_specs.py" />
            <source>what to watch for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/part_specs.py" />
            <source>when</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/part_specs.py" />
            <source>whom to call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/exchange.py" />
            <source>write a calendar file (.ics) for a patient's next review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/database.py" />
            <source>write a consistent backup of the embedded database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/groups.py" />
            <source>write each attendee's agreed plan as a PDF into FOLDER</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/groups.py" />
            <source>write the invitation letters, the front desk list and a calendar file into FOLDER</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/audit.py" />
            <source>write the trail as CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/groups.py" />
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/words.py" />
            <source>your carer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/words.py" />
            <source>your doctor or nurse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/reader/__init__.py" />
            <source>{count} other CarePlan(s): one plan is imported at a time, the current one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/groups.py" />
            <source>{count} plan(s) printed; {came} attended the session.
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/people.py" />
            <source>{given} {family}, born {born}, NHS number {nhs}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/fhir/importing.py" />
            <source>{kind}: {goals} goal(s), {actions} action(s), {reviews} review(s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/group_board.py" />
            <source>{low:g} to {high:g}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/audit.py" />
            <source>{n:,} entries written to {path}
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>{name} (known as {preferred})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/results.py" />
            <source>{name} has no number to aim for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/accounts.py" />
            <source>{name} has no sign-in yet: choose a username for them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/population.py" />
            <source>{name} in target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/register_checks.py" />
            <source>{name} is a whole number, not {value:g}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/register_checks.py" />
            <source>{name} is one of: {choices}; not '{value}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/services/results.py" />
            <source>{name} is stored in {unit}, not {given}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/register_checks.py" />
            <source>{name} must be a number, not '{value}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/register_checks.py" />
            <source>{name} must be a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/register_checks.py" />
            <source>{name} {value:g} {unit} is not possible; please check it ({low:g} to {high:g}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/audit.py" />
            <source>{n} entries are not in the chain: they were added around it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/atomic.py" />
            <location filename="../../careplan/backup.py" />
            <source>{path} is a folder; give a file name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/backup.py" />
            <source>{path} is not a care-plan backup; nothing was restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/storage.py" />
            <source>{path} is not a care-plan database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/groups.py" />
            <source>{path} is not a folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/population_report.py" />
            <source>{practice} — on {day}, each measure over the twelve months before it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/dblock.py" />
            <source>{program} (process {pid})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/cli/__init__.py" />
            <source>{reason}: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/imports/summary.py" />
            <source>{rows:,} rows read: {created:,} people added, {updated:,} updated, {unchanged:,} unchanged; {conditions_added:,} conditions and {results_added:,} results added ({seconds:.1f} s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/group_letters.py" />
            <source>{start} to {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/results_letter.py" />
            <source>{value} on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/words.py" />
            <source>{value} out of 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/dates.py" />
            <source>{weekday} {day} {month} {year}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../careplan/printing/plan.py" />
            <source>{who} will: {what}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>carry_forward</name>
        <message>
            <location filename="../../ui/consultation/carry_forward.py" />
            <source>A community service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/carry_forward.py" />
            <source>Achieved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/carry_forward.py" />
            <source>Also carried over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/carry_forward.py" />
            <source>Also carried over, to confirm:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/carry_forward.py" />
            <source>Carried from last time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/carry_forward.py" />
            <source>Change support or steps…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/carry_forward.py" />
            <source>Change the named contact…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/carry_forward.py" />
            <source>Drop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/carry_forward.py" />
            <source>Drop the action: {action}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/carry_forward.py" />
            <source>Goal from last time: {goal}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/carry_forward.py" />
            <source>If things get worse: {count} steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/carry_forward.py" />
            <source>Keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/carry_forward.py" />
            <source>Last progress, {date}: {score}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/carry_forward.py" />
            <source>Latest progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/carry_forward.py" />
            <source>Named contact: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/carry_forward.py" />
            <source>No support, steps or named contact were carried over.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/carry_forward.py" />
            <source>Not reviewed since it was agreed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/carry_forward.py" />
            <source>Reword</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/carry_forward.py" />
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/carry_forward.py" />
            <source>Support: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/carry_forward.py" />
            <source>The clinician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/carry_forward.py" />
            <source>The goal in new words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/carry_forward.py" />
            <source>The last plan is carried forward. For each goal: keep it, reword it, mark it achieved or stop it. Actions stay unless you drop or change them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/carry_forward.py" />
            <source>The practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/carry_forward.py" />
            <source>Their carer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/carry_forward.py" />
            <source>{choice}: {goal}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/carry_forward.py" />
            <source>{who}: {what}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>consultation</name>
        <message>
            <location filename="../../ui/consultation/words.py" />
            <source>A person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/models.py" />
            <source>Actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/new_record.py" />
            <source>Add the barrier and plan B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/new_record.py" />
            <source>Add the result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/new_record.py" />
            <source>Add the step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/new_record.py" />
            <source>Add the support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/words.py" />
            <source>Amber</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/words.py" />
            <source>Amber — getting worse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/words.py" />
            <source>Carer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/words.py" />
            <source>Clinician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/words.py" />
            <source>Community service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/models.py" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/words.py" />
            <source>Discussed ✓</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/words.py" />
            <source>Family member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/models.py" />
            <source>For the action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/words.py" />
            <source>For today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/models.py" />
            <source>Goal {number}: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/models.py" />
            <source>Goal, in the person's words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/words.py" />
            <source>Green</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/words.py" />
            <source>Green — doing well</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/models.py" />
            <source>How much</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/models.py" />
            <source>How often</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/models.py" />
            <source>How sure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/models.py" />
            <source>How they help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/models.py" />
            <source>How to reach them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/models.py" />
            <source>Importance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/words.py" />
            <source>Interpreter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/models.py" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/models.py" />
            <source>Level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/models.py" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/words.py" />
            <source>Next visit (deferred)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/words.py" />
            <source>Patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/models.py" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/models.py" />
            <source>Plan B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/models.py" />
            <source>Raised by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/words.py" />
            <source>Red</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/words.py" />
            <source>Red — urgent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/new_record.py" />
            <source>Remove the chosen barrier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/new_record.py" />
            <source>Remove the chosen result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/new_record.py" />
            <source>Remove the chosen step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/new_record.py" />
            <source>Remove the chosen support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/words.py" />
            <source>Resource</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/models.py" />
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/words.py" />
            <source>Someone else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/models.py" />
            <source>Test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/words.py" />
            <source>The person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/words.py" />
            <source>The practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/models.py" />
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/models.py" />
            <source>Topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/models.py" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/models.py" />
            <source>What it means</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/models.py" />
            <source>What matters, in the person's words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/models.py" />
            <source>What might get in the way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/models.py" />
            <source>What to do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/models.py" />
            <source>What to watch for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/models.py" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/models.py" />
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/models.py" />
            <source>Who or what</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/models.py" />
            <source>Whom to call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/models.py" />
            <source>Whose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/editing.py" />
            <source>add the action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/editing.py" />
            <source>add the barrier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/editing.py" />
            <source>add the goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/editing.py" />
            <source>add the result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/editing.py" />
            <source>add the step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/editing.py" />
            <source>add the support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/editing.py" />
            <source>add the topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/editing.py" />
            <source>add what matters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/editing.py" />
            <source>add who is present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/editing.py" />
            <source>change the action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/editing.py" />
            <source>change the barrier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/editing.py" />
            <source>change the goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/editing.py" />
            <source>change the named contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/editing.py" />
            <source>change the preparation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/editing.py" />
            <source>change the result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/editing.py" />
            <source>change the review date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/editing.py" />
            <source>change the step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/editing.py" />
            <source>change the support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/editing.py" />
            <source>change the topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/editing.py" />
            <source>change what matters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/editing.py" />
            <source>decide about the goal from last time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/editing.py" />
            <source>defer the topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/editing.py" />
            <source>keep the topic for today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/editing.py" />
            <source>mark the topic discussed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/models.py" />
            <source>not asked yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/editing.py" />
            <source>rate how sure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/editing.py" />
            <source>remove the action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/editing.py" />
            <source>remove the barrier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/editing.py" />
            <source>remove the goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/editing.py" />
            <source>remove the result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/editing.py" />
            <source>remove the step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/editing.py" />
            <source>remove the support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/editing.py" />
            <source>remove the topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/editing.py" />
            <source>remove what matters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/editing.py" />
            <source>remove who is present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/editing.py" />
            <source>reorder the topics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/models.py" />
            <source>{final} of 10 (first {first})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/models.py" />
            <source>{n} of 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/models.py" />
            <source>{text} (from last time)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>discard</name>
        <message>
            <location filename="../../ui/consultation/discard.py" />
            <source>Discard this draft?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/discard.py" />
            <source>Draft discarded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/discard.py" />
            <source>The draft is set aside and the earlier plan stays current. It is kept in the record, and you can undo this while this window is open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/discard.py" />
            <source>This draft was discarded; the earlier plan stays the person's current plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/discard.py" />
            <source>Undo the discard</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>followup</name>
        <message>
            <location filename="../../ui/followup/wording.py" />
            <source>1 day overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/wording.py" />
            <source>achieved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/wording.py" />
            <source>as expected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/wording.py" />
            <source>being worked on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/wording.py" />
            <source>by phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/wording.py" />
            <source>by video</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/wording.py" />
            <source>continue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/wording.py" />
            <source>due in {count} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/wording.py" />
            <source>due today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/wording.py" />
            <source>due tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/wording.py" />
            <source>in person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/wording.py" />
            <source>less</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/wording.py" />
            <source>more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/wording.py" />
            <source>much less</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/wording.py" />
            <source>much more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/wording.py" />
            <source>proposed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/wording.py" />
            <source>revised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/wording.py" />
            <source>reworded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/wording.py" />
            <source>stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/wording.py" />
            <source>{count} days overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/wording.py" />
            <source>{part} of 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/wording.py" />
            <source>{part} of {whole} ({percent}%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/wording.py" />
            <source>{score} {meaning}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>formatting</name>
        <message>
            <location filename="../../ui/formatting.py" />
            <source>1 month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/formatting.py" />
            <source>Something went wrong ({kind}). Nothing you saved before has been lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/formatting.py" />
            <source>{count} mo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/formatting.py" />
            <source>{count} months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/formatting.py" />
            <source>{family}, {given}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/formatting.py" />
            <source>{given} {family}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/formatting.py" />
            <source>{name} ({preferred})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>goal_chart</name>
        <message>
            <location filename="../../ui/followup/goal_chart.py" />
            <source>Not reviewed yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/goal_chart.py" />
            <source>Progress chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/goal_chart.py" />
            <source>Progress chart: {goal}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/goal_chart.py" />
            <source>{date}: {score}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/goal_chart.py" />
            <source>“{goal}” ({status}). Progress at each review: {points}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/followup/goal_chart.py" />
            <source>“{goal}” ({status}): not reviewed yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>plain_plan</name>
        <message>
            <location filename="../../ui/consultation/plain_plan.py" />
            <source>(to decide)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plain_plan.py" />
            <source>&lt;b&gt;{barrier}&lt;/b&gt; — plan B: {plan_b}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plain_plan.py" />
            <source>A community service will</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plain_plan.py" />
            <source>By: {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plain_plan.py" />
            <source>Call: {whom}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plain_plan.py" />
            <source>Goal {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plain_plan.py" />
            <source>How important it is to you: {n} out of 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plain_plan.py" />
            <source>How sure you are: {final} out of 10 (at first {first})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plain_plan.py" />
            <source>How sure you are: {n} out of 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plain_plan.py" />
            <source>If something gets in the way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plain_plan.py" />
            <source>If things get worse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plain_plan.py" />
            <source>If you notice: {signs}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plain_plan.py" />
            <source>Phone: {phone}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plain_plan.py" />
            <source>The practice ({name}) will</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plain_plan.py" />
            <source>The practice will</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plain_plan.py" />
            <source>We agreed this plan on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plain_plan.py" />
            <source>We are writing this together on {date}. It is not agreed yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plain_plan.py" />
            <source>What matters to you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plain_plan.py" />
            <source>What to do: {todo}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plain_plan.py" />
            <source>What we talk about today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plain_plan.py" />
            <source>What we will talk about next time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plain_plan.py" />
            <source>What you will do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plain_plan.py" />
            <source>When we will look at your plan again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plain_plan.py" />
            <source>Who can help you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plain_plan.py" />
            <source>You will</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plain_plan.py" />
            <source>Your carer will</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plain_plan.py" />
            <source>Your clinician will</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plain_plan.py" />
            <source>Your contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plain_plan.py" />
            <source>Your goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plain_plan.py" />
            <source>Your plan will appear here as we write it together.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plain_plan.py" />
            <source>Your plan, {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plain_plan.py" />
            <source>Your target: {target}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plain_plan.py" />
            <source>let's make it easier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plain_plan.py" />
            <source>{name} (your carer) will</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/plain_plan.py" />
            <source>{name} will</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>plain_results</name>
        <message>
            <location filename="../../ui/registers/plain_results.py" />
            <source>The usual target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/plain_results.py" />
            <source>Your own target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/plain_results.py" />
            <source>Your results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/plain_results.py" />
            <source>on {date}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>registers</name>
        <message>
            <location filename="../../ui/registers/models.py" />
            <source>no letter sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/models.py" />
            <source>nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/models.py" />
            <source>results: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/registers/models.py" />
            <source>{n} goal(s) not reviewed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>results_panel</name>
        <message>
            <location filename="../../ui/registers/results_panel.py" />
            <source>Target {target}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>roles</name>
        <message>
            <location filename="../../ui/roles.py" />
            <source>Not available when signed in as one of the {role}: {who}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/roles.py" />
            <source>administrators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/roles.py" />
            <source>administrators manage staff accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/roles.py" />
            <source>administrators see the audit trail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/roles.py" />
            <source>another role does this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/roles.py" />
            <source>clinicians</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/roles.py" />
            <source>clinicians and nurses build care plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/roles.py" />
            <source>clinicians and nurses import plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/roles.py" />
            <source>clinicians and nurses record reviews</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/roles.py" />
            <source>nurses</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>text_size</name>
        <message>
            <location filename="../../ui/consultation/widgets.py" />
            <source>A+</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/text_size.py" />
            <source>A+  Larger text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/widgets.py" />
            <source>A−</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/text_size.py" />
            <source>A−  Smaller text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/widgets.py" />
            <source>Larger text in {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/text_size.py" />
            <source>Normal text size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/consultation/widgets.py" />
            <source>Smaller text in {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/text_size.py" />
            <source>text size now {percent}%, remembered for you</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>titles</name>
        <message>
            <location filename="../../ui/titles.py" />
            <source>Care planning</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
