<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
    <context>
        <name>AddMilestoneDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>Add a milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>A milestone for this company only. The programme's template stays as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>What is to be reached, e.g. Food-safety approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>Pick a category or type a new one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>&amp;Category:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>What counts as done (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>&amp;Description:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>Leave it empty for no due date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>D&amp;ue date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>Add milestone</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AssessmentDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Correct assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Log assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>&amp;Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Readiness levels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Reason (required when the level changed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Reason for {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>What you saw and discussed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>What the company does before the next session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Confidential: notes visible only to me and the coordinators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>&amp;Notes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Next &amp;steps:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Save (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Keys: 1-9 choose a level · Enter: next row · Ctrl+Enter saves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Correcting the assessment of {0}. The old values stay in the audit trail.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>No earlier assessment: this is the baseline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Previous assessment: {0} ({1}). Underlined levels are the previous ones.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>not yet judged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Why {0} {1} → {2}? (required)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Reason (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Type 1-9 to choose a level.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Previously {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Levels changed: {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>{0} falls by {1} levels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Give a reason for {0}, or set the level back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Press Ctrl+Enter again to save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Discard this assessment? What you typed will be lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Keep editing</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AssessmentKind</name>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Final</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AtRiskModel</name>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Why</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AuditAction</name>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Removed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>Changes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>Audit trail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>Save the entries shown as CSV or Excel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>Every change in this database: who made it, when, and each field's old and new value. Entries cannot be changed or deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>any</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>Fro&amp;m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>&amp;To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>&amp;User:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>Re&amp;cord type:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>&amp;No.:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>Select an entry to see each changed field.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>Everyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>All records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>Nothing has been recorded yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>No entries match these filters. Choose Everyone and All records, or widen the dates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>The newest {0} entries; narrow the filters to see older ones.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>{0} entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>Changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>CSV file (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>Excel workbook (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>Export the audit trail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>Exported {0} entries to {1}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BackupTableModel</name>
        <message>
            <location filename="accelerator/ui/dialogs/restore_dialog.py" />
            <source>Taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/restore_dialog.py" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/restore_dialog.py" />
            <source>Size</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CandidateCompaniesModel</name>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Org. number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Sector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Home cluster</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/password_dialog.py" />
            <source>Change your password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/password_dialog.py" />
            <source>Signed in as {0}. Type your current password, then the new one twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/password_dialog.py" />
            <source>&amp;Current password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/password_dialog.py" />
            <source>Change password</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChartView</name>
        <message>
            <location filename="accelerator/ui/widgets/chart_view.py" />
            <source>No assessments yet: the chart appears after the first assessment.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CohortCharts</name>
        <message>
            <location filename="accelerator/ui/widgets/cohort_charts.py" />
            <source>Readiness across the cohort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_charts.py" />
            <source>Point at a cell or a bar to read the level's descriptor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_charts.py" />
            <source>No assessments in this cohort yet: the chart appears after the mentors' first assessments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_charts.py" />
            <source>Companies by dimension</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_charts.py" />
            <source>Distribution per dimension</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CohortCompanyModel</name>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Readiness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Mean of the latest levels, on a scale of 1 to 9</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Gap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Milestones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Last assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Not assessed yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Mentors: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Next steps: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Double-click to open the company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>No assessment yet, so nothing is known of its levels. The first assessment is due within {0} weeks of joining, by {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>{0} flagged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>{0} of {1} ({2})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CohortDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/cohort_dialog.py" />
            <source>Edit cohort {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cohort_dialog.py" />
            <source>New cohort of {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cohort_dialog.py" />
            <source>e.g. Autumn {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cohort_dialog.py" />
            <source>Applying a changed milestone template updates the companies of planned and running cohorts; a finished cohort's checklists stay as they were.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cohort_dialog.py" />
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cohort_dialog.py" />
            <source>The start date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cohort_dialog.py" />
            <source>The end date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cohort_dialog.py" />
            <source>Programme:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cohort_dialog.py" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cohort_dialog.py" />
            <source>&amp;Runs from:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cohort_dialog.py" />
            <source>&amp;Status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cohort_dialog.py" />
            <source>Create cohort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cohort_dialog.py" />
            <source>{0} weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cohort_dialog.py" />
            <source>{0} weeks {1} days</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CohortEnrolments</name>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>Ed&amp;it cohort…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>Dash&amp;board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>Open this cohort's dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>Enrol &amp;companies…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>Enrol companies already in the database, or register a new one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>Set s&amp;tatus…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>Active, graduated or withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>Assign &amp;mentor…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>Remove mentor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>Open compan&amp;y</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>The company's profile and milestone checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>1 company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>{0} companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>{0}  ·  {1}  ·  {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>No companies in {0} yet: enrol them with Enrol companies. You can pick companies already in the database, register a new one, or bring in a spreadsheet's list with Import from a file there (or drop the CSV file here).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>There are no mentors in this database yet, so none can be assigned. Mentors are users in the mentor role; they are added under Users.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>{0}: {1} {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>{0}. {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>Remove one of {0}'s mentors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>The selected company has no mentor to remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>Enrolled {0} in {1}, each with the programme's milestone checklist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>Remove {0} as mentor of {1}? Their assessments and notes stay on record; they can no longer tick this company's milestones.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>Remove {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CohortStatus</name>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Finished</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CohortTableModel</name>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Cohort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Companies</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompaniesPage</name>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>Companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>New company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>Add a company (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>Filter companies (name, org. number, sector, cohort)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>Show all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>Show every company again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>This company no longer exists; it may have been removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>The company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>The profile of {0} has changes that are not saved. Save them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>Loading companies…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>{0} of 1 company matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>{0} of {1} companies match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>1 company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>{0} companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>Showing 1 company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>Showing {0} companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>None of the companies shown matches {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>No company matches {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>Clear the filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>There are no companies to show here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>Show all companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>No companies yet. A coordinator adds them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>No companies yet. Add one with &lt;a href='new'&gt;New company&lt;/a&gt;, or &lt;a href='demo'&gt;load the demo programme&lt;/a&gt;.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>Loading the demo programme…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>Demo programme</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompanyContactTableModel</name>
        <message>
            <location filename="accelerator/ui/models/company_contact_table.py" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/company_contact_table.py" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/company_contact_table.py" />
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/company_contact_table.py" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompanyDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/company_dialog.py" />
            <source>New company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/company_dialog.py" />
            <source>Only the name is required. Contacts are added on the company's page, and the company joins a cohort from Programmes and cohorts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/company_dialog.py" />
            <source>Create company</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompanyEnrolmentTableModel</name>
        <message>
            <location filename="accelerator/ui/models/company_enrolment_table.py" />
            <source>Cohort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/company_enrolment_table.py" />
            <source>Programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/company_enrolment_table.py" />
            <source>Joined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/company_enrolment_table.py" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/company_enrolment_table.py" />
            <source>Mentors</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompanyEnrolments</name>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>Programme history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>Not enrolled in any cohort yet. Enrol the company from a cohort under Programmes and cohorts; its milestones and assessments will show here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>Open cohort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>Show this cohort under Programmes and cohorts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>Cohort dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>Readiness index</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>Business-orientation gap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>Milestones done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>Last assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>Milestones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>Assessments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>Not assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>The mean of the latest readiness levels (1 to 9)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>Not known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>flagged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>{0} of {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>{0} of the {1} milestones that apply are done; {2} overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>Never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>At risk:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompanyForm</name>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>Nine digits, e.g. 923 609 016</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>Registered outside Norway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>e.g. Denmark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>The number in that country's register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>e.g. Marine sensors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>Year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>The technology the company builds on, in a sentence or two</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>What the company does and for whom; where it stands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>&amp;Org. number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>&amp;Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>&amp;Registry number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>&amp;Sector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>Home &amp;cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>&amp;Website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>Fo&amp;unded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>Em&amp;ployees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>&amp;Technology focus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>&amp;Description</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompanyProfile</name>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>All companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>Back to the company list (Alt+Left)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>Revert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>Forget the changes and show the saved profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>Save the profile (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>Profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>Only a coordinator can change a company's profile and contacts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>Add a contact person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>No contacts yet. Add the people the programme works with at the company.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>Save {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>Remove contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>Remove {0} from the contacts of {1}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>Org. no. {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>No org. number</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompanyTableModel</name>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>Org. number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>The Norwegian organisation number, or the foreign registry number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>Sector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>Cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>The company's home cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>Current cohort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>The cohort the company joined most recently</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>Readiness index</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>The mean of the latest readiness levels (1 to 9) in the current cohort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>Gap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>Business-orientation gap: technology level minus the mean of the customer and business-model levels. A gap of 3 or more is flagged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>Milestones done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>Milestones done of those that apply, in the current cohort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>Last assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>The date of the latest readiness assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>Readiness
index</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>Milestones
done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>Last
assessment</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConnectServerDialog</name>
        <message>
            <location filename="accelerator/ui/team_actions.py" />
            <source>Connect to a shared server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/team_actions.py" />
            <source>asked when you sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/team_actions.py" />
            <source>Shared server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/team_actions.py" />
            <source>Your IT sets up the team's database (docs/team-mode.md) and tells you where it is. Accelerator opens it at every start from now on; the password is never saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/team_actions.py" />
            <source>&amp;Server:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/team_actions.py" />
            <source>P&amp;ort:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/team_actions.py" />
            <source>&amp;Database:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/team_actions.py" />
            <source>&amp;Login:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/team_actions.py" />
            <source>Connect…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/team_actions.py" />
            <source>Connect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/team_actions.py" />
            <source>Say which server and which database.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/company_contact_dialog.py" />
            <source>New contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/company_contact_dialog.py" />
            <source>New contact at {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/company_contact_dialog.py" />
            <source>Edit contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/company_contact_dialog.py" />
            <source>e.g. CEO, Chief engineer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/company_contact_dialog.py" />
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/company_contact_dialog.py" />
            <source>&amp;Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/company_contact_dialog.py" />
            <source>&amp;E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/company_contact_dialog.py" />
            <source>&amp;Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/company_contact_dialog.py" />
            <source>Add contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/company_contact_dialog.py" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CredentialsDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/sign_in_dialog.py" />
            <source>your username</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/sign_in_dialog.py" />
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/sign_in_dialog.py" />
            <source>&amp;Username:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/sign_in_dialog.py" />
            <source>&amp;Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/sign_in_dialog.py" />
            <source>Type your username.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/sign_in_dialog.py" />
            <source>Type your password.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DamagedDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/damaged_dialog.py" />
            <source>The database is damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/damaged_dialog.py" />
            <source>&lt;b&gt;{0} is damaged, so Accelerator did not open it.&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/damaged_dialog.py" />
            <source>Nothing more was written to it. It was moved, with its journal files, to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/damaged_dialog.py" />
            <source>It could not be moved aside; it is still at:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/damaged_dialog.py" />
            <source>SQLite's check says: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/damaged_dialog.py" />
            <source>The newest good backup was taken {0} ({1}). Restoring it brings back the data as it was then; what was entered since is in the damaged file only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/damaged_dialog.py" />
            <source>There is no good backup to restore. Keep the damaged file: it may be partly recoverable (sqlite3's .recover command).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/damaged_dialog.py" />
            <source>Restore the newest good backup ({0})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Cohort dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>&amp;Cohort:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Open cohort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Show this cohort under Programmes and cohorts: dates, enrolments, mentors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>No cohorts yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>The dashboard follows one cohort at a time: its companies, their milestones and readiness levels, and who needs attention. Create a programme and a cohort under Programmes and cohorts, enrol companies, and the figures appear here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Go to Programmes and cohorts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Milestones done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Overdue milestones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Companies at risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Business-orientation gaps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Enrol companies…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Open the cohort under Programmes and cohorts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>{0}, {1} companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>How a cohort is doing: companies, milestones, readiness, attention.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>running, week {0} of {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>{0} · {1} · {2} · figures as of {3}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>No companies in {0} yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Enrol companies in the cohort, and their milestones, readiness levels and who needs attention appear here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>graduated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>none enrolled yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>{0} of {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>{0} done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>no milestones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>at {0} companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>at 1 company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>nothing overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>not followed after the cohort finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>of {0} companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>nobody at risk; {0} not assessed yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>nobody at risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>technology {0}+ levels ahead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>none flagged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Technology {0} or more levels ahead of the mean of customer and business model: a strong product without a validated market. {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>No companies behind this figure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Open the company behind this figure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Show these {0} companies in the company list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Readiness by dimension</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>No assessments in this cohort yet. The mean level per dimension, and the change since the baseline, appear after the mentors' first assessments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>At risk ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>At risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Risk is followed while a cohort runs; this cohort has finished.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>No company is assessed yet: nothing is known of their levels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Nothing is overdue and no levels fell, but {0} of {1} companies are not assessed yet: their levels are not known.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>No company is at risk: every one has a recent assessment, nothing overdue and no falling levels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Business-orientation gap ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Business-orientation gap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>No gap flagged: no company's technology is {0} or more levels ahead of the mean of its customer and business-model levels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Companies in {0} ({1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>enrolled in {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>with milestones in {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>with overdue milestones in {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>at risk in {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>with a business-orientation gap in {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>scored on {0} in {1}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="accelerator/ui/widgets/date_field.py" />
            <source>No date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/date_field.py" />
            <source>e.g. {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/date_field.py" />
            <source>Type a date like {0}, 2026-11-01 or 1 Nov 2026; Alt+Down opens a calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/date_field.py" />
            <source>Pick the date from a calendar (Alt+Down)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/date_field.py" />
            <source>Calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/date_field.py" />
            <source>Type a date, like {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/date_field.py" />
            <source>{0} is before {1}, the earliest date allowed here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/date_field.py" />
            <source>{0} is after {1}, the latest date allowed here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/date_field.py" />
            <source>“{0}” has no year. Type the date like {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/date_field.py" />
            <source>“{0}” is not a month. Type the date like {1} or 1 Nov 2026.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/date_field.py" />
            <source>There is no month {0}: dates are day.month.year here. Did you mean {1}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/date_field.py" />
            <source>There is no month {0}: dates are day.month.year, like {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/date_field.py" />
            <source>“{0}” has day 0; days start at 1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/date_field.py" />
            <source>“{0}” is not a date: {1} has {2} days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/date_field.py" />
            <source>“{0}” could be {1} or {2}: slashes are read both ways. Type {3} or {4}, day first with dots.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/date_field.py" />
            <source>Type dates day first with dots: {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/date_field.py" />
            <source>Type dates day first with dots, like {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/date_field.py" />
            <source>“{0}” is not a date. Type it like {1} or 1 Nov 2026.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DimensionModel</name>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Dimension</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Mean level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>no levels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Mean of the latest level of {0} companies, on a scale of 1 to 9</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Since baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>no baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>No company has both a baseline and a later level here yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>On average {0} {1} levels since the baseline, over {2} companies</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EnrolDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>Enrol companies in {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>&amp;Existing companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>&amp;New company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>&amp;Joined on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>The cohort runs {0}. Due dates count from the cohort's start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>Enrol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>&amp;Import from a file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>{0} has ended: companies are imported into a cohort that is running or planned. Tick them under Existing companies to enrol them here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>Register the companies listed in a spreadsheet saved as CSV and enrol them all in {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>Find a company by name or org. number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>Showing the first {0} companies: type part of a name or number to find the one you want.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>No company matches “{0}”. Check the spelling, or register it under New company.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>There are no companies in the database yet. Register the first one under New company, or bring in a spreadsheet's list with Import from a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>The registered name, e.g. Havbris AS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>Registered outside Norway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>9 digits, e.g. 912 345 678</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>e.g. Iceland</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>e.g. Aquaculture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>e.g. hyperspectral imaging of fish welfare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>E&amp;mployees:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>N&amp;ame:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>&amp;Org. number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>Co&amp;untry:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>Re&amp;gistry number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>&amp;Sector:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>Home &amp;cluster:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>&amp;Website:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>&amp;Founded:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>&amp;Technology:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>Contacts and the rest of the profile can be filled in on the company's page afterwards.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>{0} is already registered (org. number {1}). To enrol it, pick it under Existing companies.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>Register and enrol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>Tick the companies to enrol.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>Enrol 1 company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>Enrol {0} companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>Chosen: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EnrolmentStatus</name>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Graduated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Taking part in the cohort.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Finished the programme.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Left before the end; say why.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EnrolmentStatusDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/enrolment_status_dialog.py" />
            <source>Status of {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrolment_status_dialog.py" />
            <source>&amp;On:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrolment_status_dialog.py" />
            <source>Company:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrolment_status_dialog.py" />
            <source>Joined:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrolment_status_dialog.py" />
            <source>{0}, {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrolment_status_dialog.py" />
            <source>Status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrolment_status_dialog.py" />
            <source>&amp;Reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrolment_status_dialog.py" />
            <source>&amp;Note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrolment_status_dialog.py" />
            <source>Why the company withdrew (required)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrolment_status_dialog.py" />
            <source>Optional</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EnrolmentTableModel</name>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Joined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Mentors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Milestones done</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="accelerator/ui/error_report.py" />
            <source>Something went wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/error_report.py" />
            <source>Something went wrong while Accelerator was carrying out an action.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/error_report.py" />
            <source>Something went wrong while Accelerator was working in the background.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/error_report.py" />
            <source>You can go on working; check that what you were doing was done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/error_report.py" />
            <source>The details are in the log file {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/error_report.py" />
            <source>No log file could be written; use Copy details to keep the details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/error_report.py" />
            <source>The details are on the clipboard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/error_report.py" />
            <source>Copy details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/error_report.py" />
            <source>One more error happened after this one; Copy details includes it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/error_report.py" />
            <source>{0} more errors happened after this one; Copy details includes them.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/export_dialog.py" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/export_dialog.py" />
            <source>Companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/export_dialog.py" />
            <source>Milestones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/export_dialog.py" />
            <source>Assessments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/export_dialog.py" />
            <source>Excel workbook (.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/export_dialog.py" />
            <source>CSV, comma separated (.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/export_dialog.py" />
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/export_dialog.py" />
            <source>Include the notes of confidential assessments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/export_dialog.py" />
            <source>&amp;Export:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/export_dialog.py" />
            <source>&amp;Cohort:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/export_dialog.py" />
            <source>&amp;As:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/export_dialog.py" />
            <source>&amp;Choose file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/export_dialog.py" />
            <source>Cells that a spreadsheet would run as formulas are written as text.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/first_run_dialog.py" />
            <source>Welcome to Accelerator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/first_run_dialog.py" />
            <source>Nobody can sign in to {0} yet. Create the first coordinator: the person who sets up programmes and adds the other users. Or explore the demo programme first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/first_run_dialog.py" />
            <source>Create the first coordinator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/first_run_dialog.py" />
            <source>one word, e.g. kari</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/first_run_dialog.py" />
            <source>e.g. Kari Nordmann</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/first_run_dialog.py" />
            <source>&amp;Username:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/first_run_dialog.py" />
            <source>&amp;Full name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/first_run_dialog.py" />
            <source>&amp;Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/first_run_dialog.py" />
            <source>Password &amp;again:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/first_run_dialog.py" />
            <source>Create coordinator and start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/first_run_dialog.py" />
            <source>Or explore the demo programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/first_run_dialog.py" />
            <source>Loads an invented ocean-technology accelerator into this database, with cohorts, companies, mentors, milestones and assessments, and signs you in as its coordinator, {0}. To see the program as a mentor later, use File › Switch user with one of these accounts:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/first_run_dialog.py" />
            <source>Explore the demo programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/first_run_dialog.py" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/first_run_dialog.py" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/first_run_dialog.py" />
            <source>Username</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/first_run_dialog.py" />
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/first_run_dialog.py" />
            <source>The demo programme could not be loaded: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FrameworkModel</name>
        <message>
            <location filename="accelerator/ui/models/framework_table.py" />
            <source>Framework</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/framework_table.py" />
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/framework_table.py" />
            <source>Dimensions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/framework_table.py" />
            <source>Assessments</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FrameworksPage</name>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>Readiness frameworks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>&amp;Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>E&amp;xport…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>The scales mentors judge a company's readiness on, 1 to 9 per dimension. A programme chooses its framework in the programme's settings. A framework that assessments use is never changed in place: a change becomes a new version, and old assessments keep the version they were made with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>Add a framework from a JSON file; a faulty file changes nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>No framework chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>Choose a framework in the list to read its levels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>{0} assessments use this version, so a change makes a new version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>No assessment uses this version yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>Import a readiness framework</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>Cannot import the framework</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>Imported {0} from {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>Export a readiness framework</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>Cannot export the framework</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>Exported {0} to {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>{0} is not a usable framework file; nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>Problems found ({0}):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>…and {0} more: see Show Details.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GapModel</name>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Gap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Why it is flagged</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <location filename="accelerator/ui/models/history_table.py" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/history_table.py" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/history_table.py" />
            <source>Assessed by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/history_table.py" />
            <source>Levels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/history_table.py" />
            <source>Notes and next steps</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>Readiness history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>&amp;Log assessment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>&amp;Correct…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>Next steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>Assessments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>Choose a company's enrolment to see its assessments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>Readiness history · {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>{0} · {1} · joined {2} · framework: {3}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>No assessments yet. Log the baseline with Log assessment…: the levels over time, the radar of baseline against latest and the business-orientation gap appear here after it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>Assessments ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>Business-orientation gap: not known yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>Business-orientation gap: {0} levels · flagged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>Business-orientation gap: {0} levels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>No next steps written down yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>Next steps (from {0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>Log an assessment of this company in this cohort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>Choose an assessment in the list to correct it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>Correct this assessment; the audit trail keeps the old values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>Only {0}, who made this assessment, or a coordinator may correct it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportPreviewModel</name>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Organisation number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Problems</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Import companies into {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Import companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>&lt; &amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>&amp;Next &gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>&amp;Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Type or paste the path of a CSV file, choose one, or drop one on the window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>&amp;Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>&amp;File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>&amp;Encoding:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>&amp;Columns separated by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Save the spreadsheet as CSV (comma, semicolon or tab). The first row names the columns, in English or Norwegian; a name column is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Import companies from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>{0} rows, {1} columns: {2}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Some columns are unclear: the next step asks about them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>{0} is a folder: type the path of a CSV file in it, or choose one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>There is no file at {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Say which field each column of the file holds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>First value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>(leave out)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>No column seems to hold: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Every column is recognised.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Update them with the file's values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Skip them (leave them as they are)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Companies already on record:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>&amp;Enrol every company in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>(no cohort)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>{0} / {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>{0} / {1} (finished)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>{0} is finished: companies are not imported into it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>{0} / {1} (ended {2})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>{0} has ended: companies are not imported into it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Each company will be enrolled in {0}. {1} has no milestones in its template yet, so their checklists start empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Each company will be enrolled in {0} and get the {1} milestone checklist (1 milestone), due dates counted from the cohort's start on {2}. Companies already in {0} keep their enrolment and checklist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Each company will be enrolled in {0} and get the {1} milestone checklist ({3} milestones), due dates counted from the cohort's start on {2}. Companies already in {0} keep their enrolment and checklist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>The companies are not enrolled in any cohort. Choose one above to enrol them all, each with its programme's milestone checklist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>{0} is finished, so the companies cannot be enrolled in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>{0} ended on {1}, so the companies cannot be enrolled in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Row {0}: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Fix the rows marked Error in the spreadsheet (the row numbers are the spreadsheet's), save it as CSV again, and go back to choose it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Imported: {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Enrolled 1 company in {0}, with the {1} milestone checklist: {3} milestones.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Enrolled {2} companies in {0}, each with the {1} milestone checklist: {3} milestones in all.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>1 company was already in {0} and kept its checklist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>{1} companies were already in {0} and kept their checklists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Import cancelled: nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Nothing was imported: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>Accelerator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>Database: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>Signed in as {0} ({1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>{0} ({1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>Get started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>{0} has changes that are not saved. Save them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>Log assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>Open a company first, and choose the cohort in its programme history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>New &amp;company…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>New &amp;programme…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>&amp;Log assessment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>&amp;Find company…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>&amp;About Accelerator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>About Accelerator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>&lt;h3&gt;Accelerator {0}&lt;/h3&gt;&lt;p&gt;Keeps a business acceleration programme on record: cohorts, milestones, readiness assessments and progress reports.&lt;/p&gt;&lt;p&gt;Database: {1}&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MentorDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/mentor_dialog.py" />
            <source>Assign a mentor to {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/mentor_dialog.py" />
            <source>{0} (already assigned)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/mentor_dialog.py" />
            <source>Assign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/mentor_dialog.py" />
            <source>There are no mentors in this database yet. Mentors are people with a user account in the mentor role; they are added under Users. Once someone has that role, you can assign them here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/mentor_dialog.py" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/mentor_dialog.py" />
            <source>Who mentors {0} in {1}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/mentor_dialog.py" />
            <source>Every mentor in the database is assigned to this company already. More mentors are added under Users.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/mentor_dialog.py" />
            <source>Assigned &amp;from:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MilestoneBlockedDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>Milestone blocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>What stands in the way, and who can clear it (for example: waiting for…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>&amp;Reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>Mark blocked</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MilestoneChecklist</name>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>Choose a company's enrolment to see its milestone checklist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>This enrolment no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>No milestones yet. The programme's template had none when this company was enrolled; add one with Add milestone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>Mark &amp;done…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>Tick the milestone done, with the date and evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>&amp;In progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>&amp;Blocked…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>Mark the milestone blocked and say why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>Not &amp;applicable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>The milestone does not fit this company; it no longer counts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>Back to &amp;not started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>Add &amp;milestone…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>A milestone for this company only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>More</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>Not applicable, or back to not started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>Milestones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>{0} of {1} done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>{0} overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>none overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>{0} not applicable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>{0} of {1} applicable milestones done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>Select a milestone to see it in full, then tick it with the buttons above or its right-click menu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>due {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>completed {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>Blocked:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>Evidence:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>Edit &amp;done…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>Change the completion date or the evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>Un-tick milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>“{0}” was done on {1}. Mark it {2} instead? The completion date is cleared; the evidence note is kept.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MilestoneDoneDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>Mark milestone done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>Completed &amp;on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>What shows it is done: a document, a signed letter, a meeting and its notes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>&amp;Evidence:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>Mark done</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MilestoneStatus</name>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Not started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>In progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Blocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Not applicable</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MilestoneTableModel</name>
        <message>
            <location filename="accelerator/ui/models/milestone_model.py" />
            <source>Milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/milestone_model.py" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/milestone_model.py" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/milestone_model.py" />
            <source>Completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/milestone_model.py" />
            <source>Evidence or reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/milestone_model.py" />
            <source>{0} of {1} done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/milestone_model.py" />
            <source>{0} overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/milestone_model.py" />
            <source>Overdue · {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/milestone_model.py" />
            <source>Blocked: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/milestone_model.py" />
            <source>Was due {0} ({1}) and is not done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/milestone_model.py" />
            <source>Due {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MyCompaniesModel</name>
        <message>
            <location filename="accelerator/ui/pages/my_companies.py" />
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/my_companies.py" />
            <source>Cohort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/my_companies.py" />
            <source>Last assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/my_companies.py" />
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/my_companies.py" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/my_companies.py" />
            <source>Assess every {0} weeks in this programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/my_companies.py" />
            <source>Due: no assessment yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MyCompaniesPage</name>
        <message>
            <location filename="accelerator/ui/pages/my_companies.py" />
            <source>My companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/my_companies.py" />
            <source>Log assessment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/my_companies.py" />
            <source>Log an assessment of the selected company (Ctrl+L)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/my_companies.py" />
            <source>{0} companies, {1} due for assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/my_companies.py" />
            <source>No companies are assigned to you in a running cohort. A coordinator assigns mentors to companies under Programmes and cohorts.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewPasswordFields</name>
        <message>
            <location filename="accelerator/ui/dialogs/password_dialog.py" />
            <source>at least {0} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/password_dialog.py" />
            <source>&amp;New password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/password_dialog.py" />
            <source>New password &amp;again:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/password_dialog.py" />
            <source>the two passwords differ; type the same one twice</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProgrammeDetails</name>
        <message>
            <location filename="accelerator/ui/widgets/programme_details.py" />
            <source>Readiness framework:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/programme_details.py" />
            <source>Assessments:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/programme_details.py" />
            <source>Milestone template:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/programme_details.py" />
            <source>Description:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/programme_details.py" />
            <source>New &amp;cohort…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/programme_details.py" />
            <source>Ed&amp;it cohort…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/programme_details.py" />
            <source>Show e&amp;nrolments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/programme_details.py" />
            <source>Cohorts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/programme_details.py" />
            <source>every {0} weeks: mentors are reminded when a company's last assessment is older</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/programme_details.py" />
            <source>every week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/programme_details.py" />
            <source>(no description)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/programme_details.py" />
            <source>No cohorts yet: create one with New cohort. A cohort is one run of the programme, with its start and end date and the companies enrolled in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/programme_details.py" />
            <source>no milestones yet: list them under Milestone template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/programme_details.py" />
            <source>1 milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/programme_details.py" />
            <source>{0} milestones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/programme_details.py" />
            <source>{0} in {1} categories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/programme_details.py" />
            <source>{0}, due from week {1} to week {2}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProgrammeDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/programme_dialog.py" />
            <source>Edit programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/programme_dialog.py" />
            <source>New programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/programme_dialog.py" />
            <source>e.g. Ocean Technology Accelerator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/programme_dialog.py" />
            <source>e.g. Vestkyst Ocean Technology Cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/programme_dialog.py" />
            <source> weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/programme_dialog.py" />
            <source>Mentors are reminded when a company's last assessment is older.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/programme_dialog.py" />
            <source>What the programme offers, for whom, and how long it runs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/programme_dialog.py" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/programme_dialog.py" />
            <source>&amp;Cluster:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/programme_dialog.py" />
            <source>&amp;Readiness framework:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/programme_dialog.py" />
            <source>&amp;Assess every:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/programme_dialog.py" />
            <source>&amp;Description:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/programme_dialog.py" />
            <source>Create programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/programme_dialog.py" />
            <source>No readiness framework is loaded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/programme_dialog.py" />
            <source>Import a framework file before creating a programme.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/programme_dialog.py" />
            <source>{0} dimensions: {1}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProgrammesPage</name>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>New &amp;programme…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Set up a new programme (Ctrl+Shift+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>New coh&amp;ort…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Add a cohort to the selected programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Show &amp;archived programmes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Programmes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>No programmes yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>A programme is one of your cluster's acceleration programmes. Give it a name and a cluster, choose the readiness framework its mentors assess with, and list the milestones every company should reach. Then add a cohort (one run of the programme, with its dates) and enrol companies in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Create the first programme…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Choose a programme or a cohort on the left.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>E&amp;dit programme…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>A&amp;rchive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Milestone template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Enrolments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Programmes and cohorts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>No programmes yet: create one with New programme.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>No programmes, archived or not: create one with New programme.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Unsaved template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>The milestone template of {0} has changes that are not saved. Save them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Archived: hidden from the lists until restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Resto&amp;re</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Bring the programme back into the lists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Hide the programme from the lists; nothing is deleted, and it can be restored under Show archived programmes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Enrolments in {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Created {0}. Next, list its milestones here, then add a cohort with New cohort.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Archived {0}. Nothing was deleted; tick Show archived programmes to see it again and restore it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Restored {0}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>&amp;Select All</source>
            <translation>&amp;Merk alt</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>&amp;Step up</source>
            <translation>Steg &amp;opp</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Step &amp;down</source>
            <translation>Steg &amp;ned</translation>
        </message>
    </context>
    <context>
        <name>QCupsJobWidget</name>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Banner Pages</source>
            <translation>Bannersider</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Billing information:</source>
            <translation>Faktureringsinformasjon:</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Classified</source>
            <translation>Gradert</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Confidential</source>
            <translation>Konfidensielt</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Day (06:00 to 17:59)</source>
            <translation>Dag (06:00 til 17:59)</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>End:</source>
            <translation>Slutt:</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Hold Indefinitely</source>
            <translation>Hold på ubestemt tid</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Job</source>
            <translation>Jobb</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Job Control</source>
            <translation>Jobbkontroll</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Job priority:</source>
            <translation>Jobbprioritet:</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Night (18:00 to 05:59)</source>
            <translation>Natt (18:00 til 05:59)</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>None</source>
            <translation>Ingen</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Print Immediately</source>
            <translation>Skriv ut umiddelbart</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Scheduled printing:</source>
            <translation>Planlagt utskrift:</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Second Shift (16:00 to 23:59)</source>
            <translation>Andre skift (16:00 til 23:59)</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Secret</source>
            <translation>Hemmelig</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Specific Time</source>
            <translation>Bestemt tidspunkt</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Start:</source>
            <translation>Start:</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Third Shift (00:00 to 07:59)</source>
            <translation>Tredje skift (00:00 til 07:59)</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Top Secret</source>
            <translation>Strengt hemmelig</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Unclassified</source>
            <translation>Ugradert</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Weekend (Saturday to Sunday)</source>
            <translation>Helg (lørdag til søndag)</translation>
        </message>
    </context>
    <context>
        <name>QDialog</name>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>What's This?</source>
            <translation>Hva er dette?</translation>
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Finner ikke mappen.
Kontroller at du har oppgitt riktig mappenavn.</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Finner ikke filen.
Kontroller at du har oppgitt riktig filnavn.</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>%1 File</source>
            <translation>%1-fil</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 finnes allerede.
Vil du erstatte den?</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>&amp;Choose</source>
            <translation>&amp;Velg</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>&amp;Delete</source>
            <translation>&amp;Slett</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>&amp;New Folder</source>
            <translation>&amp;Ny mappe</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>&amp;Open</source>
            <translation>&amp;Åpne</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>&amp;Rename</source>
            <translation>&amp;Gi nytt navn</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>&amp;Save</source>
            <translation>&amp;Lagre</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>«%1» er skrivebeskyttet.
Vil du slette den likevel?</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Alias</source>
            <translation>Alias</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>All Files (*)</source>
            <translation>Alle filer (*)</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>All files (*)</source>
            <translation>Alle filer (*)</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Alt+Left</source>
            <translation>Alt+Left</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Alt+Right</source>
            <translation>Alt+Right</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Alt+Up</source>
            <translation>Alt+Up</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Er du sikker på at du vil slette «%1»?</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Back</source>
            <translation>Tilbake</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Change to detail view mode</source>
            <translation>Bytt til detaljvisning</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Change to list view mode</source>
            <translation>Bytt til listevisning</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Could not delete directory.</source>
            <translation>Kunne ikke slette mappen.</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Create New Folder</source>
            <translation>Opprett ny mappe</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Create a New Folder</source>
            <translation>Opprett en ny mappe</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Delete</source>
            <translation>Slett</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Detail View</source>
            <translation>Detaljvisning</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Directories</source>
            <translation>Mapper</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Directory:</source>
            <translation>Mappe:</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Drive</source>
            <translation>Stasjon</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>File &amp;name:</source>
            <translation>&amp;Filnavn:</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>File Folder</source>
            <translation>Filmappe</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Files</source>
            <translation>Filer</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Files of type:</source>
            <translation>Filtype:</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Find Directory</source>
            <translation>Finn mappe</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Folder</source>
            <translation>Mappe</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Forward</source>
            <translation>Frem</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Go back</source>
            <translation>Gå tilbake</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Go forward</source>
            <translation>Gå frem</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Go to the parent directory</source>
            <translation>Gå til overordnet mappe</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>List View</source>
            <translation>Listevisning</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>List of places and bookmarks</source>
            <translation>Liste over steder og bokmerker</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Look in:</source>
            <translation>Søk i:</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>My Computer</source>
            <translation>Min datamaskin</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>New Folder</source>
            <translation>Ny mappe</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Open</source>
            <translation>Åpne</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Parent Directory</source>
            <translation>Overordnet mappe</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Recent Places</source>
            <translation>Nylig brukte steder</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Remove</source>
            <translation>Fjern</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Save As</source>
            <translation>Lagre som</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Shortcut</source>
            <translation>Snarvei</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Show </source>
            <translation>Vis </translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Show &amp;hidden files</source>
            <translation>Vis s&amp;kjulte filer</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Sidebar</source>
            <translation>Sidepanel</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Unknown</source>
            <translation>Ukjent</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
            <translation>&lt;b&gt;Navnet «%1» kan ikke brukes.&lt;/b&gt;&lt;p&gt;Prøv et annet navn, med færre tegn eller uten skilletegn.</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Computer</source>
            <translation>Datamaskin</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Date Modified</source>
            <translation>Sist endret</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Invalid filename</source>
            <translation>Ugyldig filnavn</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>My Computer</source>
            <translation>Min datamaskin</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Size</source>
            <translation>Størrelse</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>&amp;Copy</source>
            <translation>&amp;Kopier</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>&amp;Paste</source>
            <translation>&amp;Lim inn</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>&amp;Redo</source>
            <translation>&amp;Gjør om</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>&amp;Undo</source>
            <translation>&amp;Angre</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Cu&amp;t</source>
            <translation>Klipp &amp;ut</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Delete</source>
            <translation>Slett</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Select All</source>
            <translation>Merk alt</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Om Qt&lt;/h3&gt;&lt;p&gt;Dette programmet bruker Qt versjon %1.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development.&lt;/p&gt;&lt;p&gt;Qt provides single-source portability across all major desktop operating systems. It is also available for embedded Linux and other embedded and mobile operating systems.&lt;/p&gt;&lt;p&gt;Qt is available under multiple licensing options designed to accommodate the needs of our various users.&lt;/p&gt;&lt;p&gt;Qt licensed under our commercial license agreement is appropriate for development of proprietary/commercial software where you do not want to share any source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licensed under GNU (L)GPL is appropriate for the development of Qt&amp;nbsp;applications provided you can comply with the terms and conditions of the respective licenses.&lt;/p&gt;&lt;p&gt;Please see &lt;a href="http://%2/"&gt;%2&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt is The Qt Company Ltd product developed as an open source project. See &lt;a href="http://%3/"&gt;%3&lt;/a&gt; for more information.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Qt er et C++-verktøysett for utvikling av programmer på tvers av plattformer.&lt;/p&gt;&lt;p&gt;Qt gir portabilitet med én kildekode på tvers av alle de store operativsystemene for skrivebordet. Det er også tilgjengelig for innebygd Linux og andre innebygde og mobile operativsystemer.&lt;/p&gt;&lt;p&gt;Qt er tilgjengelig under flere lisensalternativer, tilpasset behovene til de ulike brukerne våre.&lt;/p&gt;&lt;p&gt;Qt lisensiert under vår kommersielle lisensavtale passer for utvikling av proprietær/kommersiell programvare der du ikke vil dele kildekode med tredjeparter eller av andre grunner ikke kan oppfylle vilkårene i GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt lisensiert under GNU&amp;nbsp;(L)GPL passer for utvikling av Qt-programmer, forutsatt at du kan oppfylle vilkårene i de aktuelle lisensene.&lt;/p&gt;&lt;p&gt;Se &lt;a href="http://%2/"&gt;%2&lt;/a&gt; for en oversikt over lisensiering av Qt.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd og andre bidragsytere.&lt;/p&gt;&lt;p&gt;Qt og Qt-logoen er varemerker for The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt er et produkt fra The Qt Company Ltd, utviklet som et åpen kildekode-prosjekt. Se &lt;a href="http://%3/"&gt;%3&lt;/a&gt; for mer informasjon.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>About Qt</source>
            <translation>Om Qt</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Hide Details...</source>
            <translation>Skjul detaljer…</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Show Details...</source>
            <translation>Vis detaljer…</translation>
        </message>
    </context>
    <context>
        <name>QPageSetupWidget</name>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>CC</source>
            <translation>CC</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Cicero (CC)</source>
            <translation>Cicero (CC)</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Custom</source>
            <translation>Egendefinert</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>DD</source>
            <translation>DD</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Didot (DD)</source>
            <translation>Didot (DD)</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Form</source>
            <translation>Skjema</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Height:</source>
            <translation>Høyde:</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Inches (in)</source>
            <translation>Tommer (in)</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Landscape</source>
            <translation>Liggende</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Margins</source>
            <translation>Marger</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Millimeters (mm)</source>
            <translation>Millimeter (mm)</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Orientation</source>
            <translation>Retning</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Page Layout</source>
            <translation>Sideoppsett</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Page order:</source>
            <translation>Siderekkefølge:</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Page size:</source>
            <translation>Sidestørrelse:</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Pages per sheet:</source>
            <translation>Sider per ark:</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Paper</source>
            <translation>Papir</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Paper source:</source>
            <translation>Papirkilde:</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Pica (P̸)</source>
            <translation>Pica (P̸)</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Points (pt)</source>
            <translation>Punkter (pt)</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Portrait</source>
            <translation>Stående</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>P̸</source>
            <translation>P̸</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Reverse landscape</source>
            <translation>Omvendt liggende</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Reverse portrait</source>
            <translation>Omvendt stående</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Width:</source>
            <translation>Bredde:</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>bottom margin</source>
            <translation>bunnmarg</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>in</source>
            <translation>in</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>left margin</source>
            <translation>venstremarg</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>mm</source>
            <translation>mm</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>pt</source>
            <translation>pt</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>right margin</source>
            <translation>høyremarg</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>top margin</source>
            <translation>toppmarg</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>&amp;No</source>
            <translation>&amp;Nei</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>&amp;Yes</source>
            <translation>&amp;Ja</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Abort</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Apply</source>
            <translation>Bruk</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Close</source>
            <translation>Lukk</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Discard</source>
            <translation>Forkast</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Help</source>
            <translation>Hjelp</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Ignore</source>
            <translation>Ignorer</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>N&amp;o to All</source>
            <translation>N&amp;ei til alle</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Open</source>
            <translation>Åpne</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Reset</source>
            <translation>Tilbakestill</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Restore Defaults</source>
            <translation>Gjenopprett standardverdier</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Retry</source>
            <translation>Prøv igjen</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Save</source>
            <translation>Lagre</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Save All</source>
            <translation>Lagre alle</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Yes to &amp;All</source>
            <translation>Ja til &amp;alle</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>%1 already exists.
Do you want to overwrite it?</source>
            <translation>%1 finnes allerede.
Vil du overskrive den?</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
            <translation>%1 har ikke riktig syntaks. Bruk «,» for å skille sideområder og sider, «-» for å angi sideområder, og pass på at områdene ikke overlapper hverandre.</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>%1 is a directory.
Please choose a different file name.</source>
            <translation>%1 er en mappe.
Velg et annet filnavn.</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>&amp;Options &lt;&lt;</source>
            <translation>&amp;Valg &lt;&lt;</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>&amp;Options &gt;&gt;</source>
            <translation>&amp;Valg &gt;&gt;</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>&amp;Print</source>
            <translation>&amp;Skriv ut</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>1 (1x1)</source>
            <translation>1 (1 × 1)</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>16 (4x4)</source>
            <translation>16 (4 × 4)</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>2 (2x1)</source>
            <translation>2 (2 × 1)</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>4 (2x2)</source>
            <translation>4 (2 × 2)</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>6 (2x3)</source>
            <translation>6 (2 × 3)</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>9 (3x3)</source>
            <translation>9 (3 × 3)</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>All Pages</source>
            <translation>Alle sider</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Bottom to Top, Left to Right</source>
            <translation>Bunn til topp, venstre til høyre</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Bottom to Top, Right to Left</source>
            <translation>Bunn til topp, høyre til venstre</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Duplex Settings Conflicts</source>
            <translation>Konflikter i innstillingene for tosidig utskrift</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Even Pages</source>
            <translation>Partallssider</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>File %1 is not writable.
Please choose a different file name.</source>
            <translation>Kan ikke skrive til filen %1.
Velg et annet filnavn.</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Invalid Pages Definition</source>
            <translation>Ugyldig sideangivelse</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Left to Right, Bottom to Top</source>
            <translation>Venstre til høyre, bunn til topp</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Left to Right, Top to Bottom</source>
            <translation>Venstre til høyre, topp til bunn</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Local file</source>
            <translation>Lokal fil</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Odd Pages</source>
            <translation>Oddetallssider</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
            <translation>Valgene «Sider per ark» og «Sidesett» kan ikke brukes samtidig.
Slå av ett av dem.</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Print</source>
            <translation>Skriv ut</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Print To File ...</source>
            <translation>Skriv ut til fil…</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Print to File (PDF)</source>
            <translation>Skriv ut til fil (PDF)</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Right to Left, Bottom to Top</source>
            <translation>Høyre til venstre, bunn til topp</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Right to Left, Top to Bottom</source>
            <translation>Høyre til venstre, topp til bunn</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>The 'From' value cannot be greater than the 'To' value.</source>
            <translation>«Fra»-verdien kan ikke være større enn «Til»-verdien.</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>There are conflicts in duplex settings. Do you want to fix them?</source>
            <translation>Det er konflikter i innstillingene for tosidig utskrift. Vil du rette dem?</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Top to Bottom, Left to Right</source>
            <translation>Topp til bunn, venstre til høyre</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Top to Bottom, Right to Left</source>
            <translation>Topp til bunn, høyre til venstre</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Write PDF file</source>
            <translation>Skriv til PDF-fil</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesDialog</name>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Advanced Option Conflicts</source>
            <translation>Konflikter i avanserte valg</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Job Options</source>
            <translation>Jobbvalg</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Page Setup Conflicts</source>
            <translation>Konflikter i sideoppsettet</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Printer Properties</source>
            <translation>Skriveregenskaper</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>There are conflicts in page setup options. Do you want to fix them?</source>
            <translation>Det er konflikter i innstillingene for sideoppsett. Vil du rette dem?</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>There are conflicts in some advanced options. Do you want to fix them?</source>
            <translation>Det er konflikter i noen avanserte valg. Vil du rette dem?</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesWidget</name>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Advanced</source>
            <translation>Avansert</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Form</source>
            <translation>Skjema</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Page</source>
            <translation>Side</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>There are conflicts in some options. Please fix them.</source>
            <translation>Det er konflikter i noen av valgene. Rett dem.</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Collate</source>
            <translation>Sorter</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Color</source>
            <translation>Farge</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Color Mode</source>
            <translation>Fargemodus</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Copies</source>
            <translation>Eksemplarer</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Copies:</source>
            <translation>Eksemplarer:</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Current Page</source>
            <translation>Gjeldende side</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Double Sided Printing</source>
            <translation>Tosidig utskrift</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Form</source>
            <translation>Skjema</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Grayscale</source>
            <translation>Gråtoner</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Long side binding</source>
            <translation>Innbinding langs langsiden</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Off</source>
            <translation>Av</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Options</source>
            <translation>Valg</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Output Settings</source>
            <translation>Utskriftsinnstillinger</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Page Set:</source>
            <translation>Sidesett:</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Pages</source>
            <translation>Sider</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Pages from</source>
            <translation>Sider fra</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Print all</source>
            <translation>Skriv ut alt</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Print range</source>
            <translation>Utskriftsområde</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Reverse</source>
            <translation>Omvendt</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Selection</source>
            <translation>Utvalg</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Short side binding</source>
            <translation>Innbinding langs kortsiden</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
            <translation>Angi sider eller sideområder atskilt med komma. Et sideområde angis med to tall atskilt med bindestrek. For eksempel skriver «3,5-7,9» ut side 3, 5, 6, 7 og 9.</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>to</source>
            <translation>til</translation>
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>&amp;Name:</source>
            <translation>&amp;Navn:</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>...</source>
            <translation>…</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Form</source>
            <translation>Skjema</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Location:</source>
            <translation>Plassering:</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Output &amp;file:</source>
            <translation>&amp;Utdatafil:</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>P&amp;roperties</source>
            <translation>&amp;Egenskaper</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Preview</source>
            <translation>Forhåndsvis</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Printer</source>
            <translation>Skriver</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Type:</source>
            <translation>Type:</translation>
        </message>
    </context>
    <context>
        <name>QScrollBar</name>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Bottom</source>
            <translation>Bunn</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Left edge</source>
            <translation>Venstre kant</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Page down</source>
            <translation>Side ned</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Page left</source>
            <translation>Side til venstre</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Page right</source>
            <translation>Side til høyre</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Page up</source>
            <translation>Side opp</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Right edge</source>
            <translation>Høyre kant</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Scroll down</source>
            <translation>Rull ned</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Scroll here</source>
            <translation>Rull hit</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Scroll left</source>
            <translation>Rull til venstre</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Scroll right</source>
            <translation>Rull til høyre</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Scroll up</source>
            <translation>Rull opp</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Top</source>
            <translation>Topp</translation>
        </message>
    </context>
    <context>
        <name>QUnicodeControlCharacterMenu</name>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>FSI First strong isolate</source>
            <translation>FSI første sterke isolering</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Insert Unicode control character</source>
            <translation>Sett inn Unicode-kontrolltegn</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>LRE Start of left-to-right embedding</source>
            <translation>LRE start på venstre-til-høyre-innebygging</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>LRI Left-to-right isolate</source>
            <translation>LRI venstre-til-høyre-isolering</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>LRM Left-to-right mark</source>
            <translation>LRM venstre-til-høyre-merke</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>LRO Start of left-to-right override</source>
            <translation>LRO start på venstre-til-høyre-overstyring</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>PDF Pop directional formatting</source>
            <translation>PDF avslutt retningsformatering</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>PDI Pop directional isolate</source>
            <translation>PDI avslutt retningsisolering</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>RLE Start of right-to-left embedding</source>
            <translation>RLE start på høyre-til-venstre-innebygging</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>RLI Right-to-left isolate</source>
            <translation>RLI høyre-til-venstre-isolering</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>RLM Right-to-left mark</source>
            <translation>RLM høyre-til-venstre-merke</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>RLO Start of right-to-left override</source>
            <translation>RLO start på høyre-til-venstre-overstyring</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>ZWJ Zero width joiner</source>
            <translation>ZWJ sammenbinder med null bredde</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>ZWNJ Zero width non-joiner</source>
            <translation>ZWNJ ikke-sammenbinder med null bredde</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>ZWSP Zero width space</source>
            <translation>ZWSP mellomrom med null bredde</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>&amp;Copy</source>
            <translation>&amp;Kopier</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>&amp;Paste</source>
            <translation>&amp;Lim inn</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>&amp;Redo</source>
            <translation>&amp;Gjør om</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>&amp;Undo</source>
            <translation>&amp;Angre</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Copy &amp;Link Location</source>
            <translation>Kopier l&amp;enkeadresse</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Cu&amp;t</source>
            <translation>Klipp &amp;ut</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Delete</source>
            <translation>Slett</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Select All</source>
            <translation>Merk alt</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>&amp;Finish</source>
            <translation>&amp;Fullfør</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>&amp;Help</source>
            <translation>&amp;Hjelp</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>&amp;Next</source>
            <translation>&amp;Neste</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>&amp;Next &gt;</source>
            <translation>&amp;Neste &gt;</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Tilbake</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Commit</source>
            <translation>Bekreft</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Continue</source>
            <translation>Fortsett</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Done</source>
            <translation>Ferdig</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Go Back</source>
            <translation>Gå tilbake</translation>
        </message>
        <message>
            <location filename="Qt: qtbase_nn.qm" />
            <source>Help</source>
            <translation>Hjelp</translation>
        </message>
    </context>
    <context>
        <name>ReportPreview</name>
        <message>
            <location filename="accelerator/ui/widgets/report_preview.py" />
            <source>Previous page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/report_preview.py" />
            <source>Next page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/report_preview.py" />
            <source>Zoom out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/report_preview.py" />
            <source>Zoom in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/report_preview.py" />
            <source>Fit to width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/report_preview.py" />
            <source>Page {0} of {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/report_preview.py" />
            <source>No report</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Progress reports for steering groups and funders, as PDF: a whole cohort, or one company in one cohort.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>C&amp;ohort report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Compan&amp;y report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>&amp;Cohort:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Com&amp;pany:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>I&amp;n cohort:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>A4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Page si&amp;ze:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Fro&amp;m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>&amp;To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Limit the report to a period: levels as they stood at its end, and the notes and next steps of the assessments made within it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>&amp;Internal: include confidential notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Adds the notes of confidential assessments; every page is then marked Internal. Only coordinators may print these.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>&amp;Generate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>&amp;Save as…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>P&amp;rint…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Open in PDF vie&amp;wer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source> (internal)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>{0} – kick-off report{1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>{0} – cohort report{1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>{0} – {1} – progress report{2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Generating {0}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Cancelling…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>{0}: {1} pages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>The report was generated but could not be shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Could not generate the report: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Could not generate the report: an unexpected error ({0}). The log has the details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>The report was cancelled; nothing was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Save report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Could not save the report: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Saved to {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Sent {0} pages to the printer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Could not open the report: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>No PDF viewer opened the report; it is at {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Opened in the PDF viewer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>{0} · {1} · {2} companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>{0} · joined {1:%d %b %Y}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Cannot tell which report this would be: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Kick-off report: no assessments by {0}. It lists the companies with their contacts and mentors, and the milestone plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Kick-off report: no assessments yet. It lists the companies with their contacts and mentors, and the milestone plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Progress report.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Progress report: not assessed yet, so it shows the profile and milestones but no levels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Progress report: all {0} companies assessed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Progress report: {0} of {1} companies assessed; the others are marked Not assessed yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>No cohorts yet: create a programme and a cohort under Programmes and cohorts and enrol companies in it; their reports are printed here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>No company is enrolled in a cohort yet: enrol companies from a cohort under Programmes and cohorts, then print their progress reports here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Generating the report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Choose a report and click Generate: the report appears here, and you can then save it, print it or open it in your PDF viewer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>{0} has no companies enrolled yet: its report would have only the cover. Enrol companies under Programmes and cohorts.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/password_dialog.py" />
            <source>Reset the password of {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/password_dialog.py" />
            <source>{0} ({1}) signs in with this password from now on. Tell them in person and ask them to change it under File › Change password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/password_dialog.py" />
            <source>Set password</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/restore_dialog.py" />
            <source>Restore from backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/restore_dialog.py" />
            <source>Restoring replaces all the programme's data with the backup's. The database as it is now is kept as a backup first, so a restore can be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/restore_dialog.py" />
            <source>&amp;Restore…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/restore_dialog.py" />
            <source>No backups yet in {0}: make one with File ▸ Back up now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/restore_dialog.py" />
            <source>This backup cannot be restored: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/restore_dialog.py" />
            <source>Checked: sound. It holds:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/restore_dialog.py" />
            <source>Schema {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/restore_dialog.py" />
            <source>Restore this backup?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/restore_dialog.py" />
            <source>Replace all the data with the backup taken {0}?

The database as it is now is kept as a pre-restore backup.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Coordinator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Mentor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Viewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Does everything: programmes, cohorts, companies, users and the audit trail.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Sees the cohorts they mentor in, logs assessments and ticks milestones for their assigned companies only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Reads everything except confidential notes, and changes nothing.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RowAction</name>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Unchanged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Skip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Error</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SafetyActions</name>
        <message>
            <location filename="accelerator/ui/safety_actions.py" />
            <source>&amp;Back up now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/safety_actions.py" />
            <source>&amp;Restore from backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/safety_actions.py" />
            <source>&amp;Import companies…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/safety_actions.py" />
            <source>E&amp;xport…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/safety_actions.py" />
            <source>The database is open read-only: nothing can be written to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/safety_actions.py" />
            <source>The shared server's backups are your IT's (docs/team-mode.md).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/safety_actions.py" />
            <source>Accelerator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/safety_actions.py" />
            <source>Back up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/safety_actions.py" />
            <source>Backing up…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/safety_actions.py" />
            <source>Backed up to {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/safety_actions.py" />
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/safety_actions.py" />
            <source>Restored from {0}; the previous data is kept in {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/safety_actions.py" />
            <source>Imported: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/safety_actions.py" />
            <source>Export to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/safety_actions.py" />
            <source>{0} files (*.{1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/safety_actions.py" />
            <source>Exporting…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ServerSignInDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/server_sign_in_dialog.py" />
            <source>Sign in to the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/server_sign_in_dialog.py" />
            <source>Shared database: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/server_sign_in_dialog.py" />
            <source>Your login on the server, given to you by your IT.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/sign_in_dialog.py" />
            <source>Sign in to Accelerator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/sign_in_dialog.py" />
            <source>Database: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TemplateEditor</name>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>The steps every company in this programme works through. A company gets them as its milestone checklist when it is enrolled, due the given number of weeks after its cohort starts. Drag a row to reorder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>A&amp;dd milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Add a milestone after the selected one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Re&amp;move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Take the milestone out of the template. Checklists that already have it keep it while anything is recorded on it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Move &amp;up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Alt+Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Move do&amp;wn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Alt+Down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Revert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Forget the changes since the last save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>&amp;Save template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Save the template (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Apply to running enrolments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Selected milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>What the company achieves, e.g. Ten customer interviews</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>What counts as done: the evidence a mentor looks for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Cate&amp;gory:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Descr&amp;iption:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Due:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>after the cohort starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>No milestones in the template yet.

Add the steps every company in this programme should take (customer interviews, a business model, a first pilot, funding) with Add milestone. Companies enrolled afterwards get them as their checklist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Choose a programme to see its milestone template.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Cannot save the template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Template saved. {0} companies in planned and running cohorts still have the checklist from before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Template saved. 1 company in a planned or running cohort still has the checklist from before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Template saved. Companies enrolled from now on get this checklist; no cohort of this programme is running, so there is nothing else to update.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Save the template first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Bring the checklists of the {0} active companies in planned and running cohorts up to date with this template. Ticks, dates and evidence are kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>No active company in a planned or running cohort of this programme.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Cannot apply the template</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TemplateItemsModel</name>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Weeks after the cohort starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Description</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/user_dialog.py" />
            <source>Add a user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/user_dialog.py" />
            <source>one word, e.g. kari</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/user_dialog.py" />
            <source>optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/user_dialog.py" />
            <source>&amp;Username:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/user_dialog.py" />
            <source>&amp;Full name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/user_dialog.py" />
            <source>&amp;Email:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/user_dialog.py" />
            <source>&amp;Role:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/user_dialog.py" />
            <source>First &amp;password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/user_dialog.py" />
            <source>Password &amp;again:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/user_dialog.py" />
            <source>Pass the first password on in person; they can change it under File › Change password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/user_dialog.py" />
            <source>Add user</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UsersModel</name>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>Username</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>Deactivated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>Active, no password yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>{0} (you)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>Cannot sign in. Their assessments keep their name.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>Users</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>Add user…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>Coordinators do everything; mentors work on the companies assigned to them; viewers read without changing anything. Users are deactivated, never deleted, so their assessments keep their author.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>This is a shared server: each person signs in with their own login on it. Your IT adds people, and sets new passwords, with &lt;code&gt;accelerator server add-user&lt;/code&gt; (see docs/team-mode.md). Deactivating someone here shuts them out at once, on every desktop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>Deactivate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>Reset password…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>No users yet: add one with Add user.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>{0} users, {1} active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>Activate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>You cannot deactivate yourself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>A deactivated user cannot sign in; their records keep their name.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="accelerator/ui/pages/welcome.py" />
            <source>Welcome to Accelerator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/welcome.py" />
            <source>Accelerator keeps your acceleration programme on record: cohorts and the companies enrolled in them, their milestone checklists, the mentors' readiness assessments, and the progress reports for your steering group.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/welcome.py" />
            <source>This database is still empty. How would you like to begin?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/welcome.py" />
            <source>Load the demo programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/welcome.py" />
            <source>An ocean-technology cluster's accelerator with a finished and a running cohort, thirteen companies, mentors, milestones and assessments. A good way to look around; it stays in this database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/welcome.py" />
            <source>Create your first programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/welcome.py" />
            <source>Name the programme and its cluster, set up its milestone template, then add a cohort and enrol companies.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/welcome.py" />
            <source>Import companies from a spreadsheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/welcome.py" />
            <source>A CSV file saved from Excel or another spreadsheet, with a row per company. Every row is checked and shown before anything is saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/welcome.py" />
            <source>This database is still empty. A coordinator sets up the programme and its companies; they appear here once that is done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/welcome.py" />
            <source>Welcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/pages/welcome.py" />
            <source>Demo programme</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_MilestoneDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>due {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
