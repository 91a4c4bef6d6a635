<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>CLI</name>
        <message numerus="yes">
            <location filename="accelerator/cli/copying.py" />
            <source>%n rows</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/cli/data.py" />
            <source>Read {0}: %n rows, {1}, columns separated by {2}</source>
            <translation>
                <numerusform>Read {0}: %n row, {1}, columns separated by {2}</numerusform>
                <numerusform>Read {0}: %n rows, {1}, columns separated by {2}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/cli/data.py" />
            <source>accelerator: nothing was imported: %n rows have problems</source>
            <translation>
                <numerusform>accelerator: nothing was imported: %n row has problems</numerusform>
                <numerusform>accelerator: nothing was imported: %n rows have problems</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/cli/data.py" />
            <source>Read {0}: %n rows from the workbook's first sheet</source>
            <translation>
                <numerusform>Read {0}: %n row from the workbook's first sheet</numerusform>
                <numerusform>Read {0}: %n rows from the workbook's first sheet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/cli/data.py" />
            <source>Read {0}: %n projects</source>
            <translation>
                <numerusform>Read {0}: %n project</numerusform>
                <numerusform>Read {0}: %n projects</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/cli/data.py" />
            <source>%n partners</source>
            <translation>
                <numerusform>%n partner</numerusform>
                <numerusform>%n partners</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/cli/data.py" />
            <source>%n funding applications</source>
            <translation>
                <numerusform>%n funding application</numerusform>
                <numerusform>%n funding applications</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/cli/data.py" />
            <source>%n events are called {0}: add the day, as in {1}; they are {2}</source>
            <translation>
                <numerusform>%n event is called {0}: add the day, as in {1}; it is {2}</numerusform>
                <numerusform>%n events are called {0}: add the day, as in {1}; they are {2}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/cli/data.py" />
            <source>%n cohorts are called {0}: say which, {1}</source>
            <translation>
                <numerusform>%n cohort is called {0}: say which, {1}</numerusform>
                <numerusform>%n cohorts are called {0}: say which, {1}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/cli/figures.py" />
            <source>Wrote %n collection forms for {0} to {1}.</source>
            <translation>
                <numerusform>Wrote %n collection form for {0} to {1}.</numerusform>
                <numerusform>Wrote %n collection forms for {0} to {1}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/cli/figures.py" />
            <source>accelerator: nothing was collected: %n files have problems</source>
            <translation>
                <numerusform>accelerator: nothing was collected: %n file has problems</numerusform>
                <numerusform>accelerator: nothing was collected: %n files have problems</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/cli/figures.py" />
            <source>%n forms</source>
            <translation>
                <numerusform>%n form</numerusform>
                <numerusform>%n forms</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/cli/figures.py" />
            <source>%n figures to change</source>
            <translation>
                <numerusform>%n figure to change</numerusform>
                <numerusform>%n figures to change</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/cli/figures.py" />
            <source>%n figures set</source>
            <translation>
                <numerusform>%n figure set</numerusform>
                <numerusform>%n figures set</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/cli/reports.py" />
            <source>Wrote the report of {0} ({1}, %n companies) to {2}</source>
            <translation>
                <numerusform>Wrote the report of {0} ({1}, %n company) to {2}</numerusform>
                <numerusform>Wrote the report of {0} ({1}, %n companies) to {2}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/cli/reports.py" />
            <source>Wrote the collaboration report of {0} for {1} (%n projects) to {2}</source>
            <translation>
                <numerusform>Wrote the collaboration report of {0} for {1} (%n project) to {2}</numerusform>
                <numerusform>Wrote the collaboration report of {0} for {1} (%n projects) to {2}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/cli/reports.py" />
            <source>Wrote the collaboration report for {0} (%n projects) to {1}</source>
            <translation>
                <numerusform>Wrote the collaboration report for {0} (%n project) to {1}</numerusform>
                <numerusform>Wrote the collaboration report for {0} (%n projects) to {1}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/cli/reports.py" />
            <source>Progress report: all %n companies assessed.</source>
            <translation>
                <numerusform>Progress report: %n company assessed.</numerusform>
                <numerusform>Progress report: all %n companies assessed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/cli/reports.py" />
            <source>Progress report: {0} of %n companies assessed; the others are marked Not assessed yet.</source>
            <translation>
                <numerusform>Progress report: {0} of %n company assessed; the others are marked Not assessed yet.</numerusform>
                <numerusform>Progress report: {0} of %n companies assessed; the others are marked Not assessed yet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/cli/reports.py" />
            <source>; the cohorts are: {0} and %n more</source>
            <translation>
                <numerusform>; the cohorts are: {0} and %n more</numerusform>
                <numerusform>; the cohorts are: {0} and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/cli/reports.py" />
            <source>; the programmes are: {0} and %n more</source>
            <translation>
                <numerusform>; the programmes are: {0} and %n more</numerusform>
                <numerusform>; the programmes are: {0} and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/cli/sessions.py" />
            <source>{0}: %n sessions, {1} in all</source>
            <translation>
                <numerusform>{0}: %n session, {1} in all</numerusform>
                <numerusform>{0}: %n sessions, {1} in all</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message numerus="yes">
            <location filename="accelerator/reports/charts.py" />
            <source>%n companies at this level</source>
            <translation>
                <numerusform>%n company at this level</numerusform>
                <numerusform>%n companies at this level</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckInWindow</name>
        <message numerus="yes">
            <location filename="accelerator/ui/checkin.py" />
            <source>%n on the waitlist</source>
            <translation>
                <numerusform>%n on the waitlist</numerusform>
                <numerusform>%n on the waitlist</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/checkin.py" />
            <source>%n places</source>
            <translation>
                <numerusform>%n place</numerusform>
                <numerusform>%n places</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/checkin.py" />
            <source>%n registered</source>
            <translation>
                <numerusform>%n registered</numerusform>
                <numerusform>%n registered</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/checkin.py" />
            <source>%n found</source>
            <translation>
                <numerusform>%n found</numerusform>
                <numerusform>%n found</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClusterDialog</name>
        <message numerus="yes">
            <location filename="accelerator/ui/dialogs/cluster_dialogs.py" />
            <source>%n memberships, past or present, are in {0}: it can be renamed and moved, not removed.</source>
            <translation>
                <numerusform>%n membership, past or present, is in {0}: it can be renamed and moved, not removed.</numerusform>
                <numerusform>%n memberships, past or present, are in {0}: it can be renamed and moved, not removed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Clusters</name>
        <message numerus="yes">
            <location filename="accelerator/services/clusters.py" />
            <source>{0} cannot be removed: %n memberships, past or present, are in that tier. Rename it instead.</source>
            <translation>
                <numerusform>{0} cannot be removed: %n membership, past or present, is in that tier. Rename it instead.</numerusform>
                <numerusform>{0} cannot be removed: %n memberships, past or present, are in that tier. Rename it instead.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CollaborationMap</name>
        <message numerus="yes">
            <location filename="accelerator/reports/collab_map.py" />
            <source>Joint projects with %n others</source>
            <translation>
                <numerusform>Joint projects with one other</numerusform>
                <numerusform>Joint projects with %n others</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/reports/collab_map.py" />
            <source>Joint projects with %n members</source>
            <translation>
                <numerusform>Joint projects with one member</numerusform>
                <numerusform>Joint projects with %n members</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/reports/collab_map.py" />
            <source>%n meetings that led to a project</source>
            <translation>
                <numerusform>%n meeting that led to a project</numerusform>
                <numerusform>%n meetings that led to a project</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CollaborationPage</name>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/collaboration.py" />
            <source>%n organisations</source>
            <translation>
                <numerusform>%n organisation</numerusform>
                <numerusform>%n organisations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/collaboration.py" />
            <source>%n clusters</source>
            <translation>
                <numerusform>%n cluster</numerusform>
                <numerusform>%n clusters</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CollectFormsWizard</name>
        <message numerus="yes">
            <location filename="accelerator/ui/dialogs/collect_forms_wizard.py" />
            <source>%n files in {0}</source>
            <translation>
                <numerusform>%n file in {0}</numerusform>
                <numerusform>%n files in {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/dialogs/collect_forms_wizard.py" />
            <source>%n forms read for {0}.</source>
            <translation>
                <numerusform>%n form read for {0}.</numerusform>
                <numerusform>%n forms read for {0}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/dialogs/collect_forms_wizard.py" />
            <source>%n empty: nothing is imported from them.</source>
            <translation>
                <numerusform>%n empty: nothing is imported from it.</numerusform>
                <numerusform>%n empty: nothing is imported from them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/dialogs/collect_forms_wizard.py" />
            <source>%n with nothing new.</source>
            <translation>
                <numerusform>%n with nothing new.</numerusform>
                <numerusform>%n with nothing new.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/dialogs/collect_forms_wizard.py" />
            <source>%n problems in the forms: nothing can be imported until they are corrected.</source>
            <translation>
                <numerusform>%n problem in the forms: nothing can be imported until it is corrected.</numerusform>
                <numerusform>%n problems in the forms: nothing can be imported until they are corrected.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/dialogs/collect_forms_wizard.py" />
            <source>Correct the %n files marked in red (or ask the members to), save them, and read them again.</source>
            <translation>
                <numerusform>Correct the file marked in red (or ask the member to), save it, and read it again.</numerusform>
                <numerusform>Correct the %n files marked in red (or ask the members to), save them, and read them again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/dialogs/collect_forms_wizard.py" />
            <source>%n figures</source>
            <translation>
                <numerusform>%n figure</numerusform>
                <numerusform>%n figures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/dialogs/collect_forms_wizard.py" />
            <source>%n organisations</source>
            <translation>
                <numerusform>%n organisation</numerusform>
                <numerusform>%n organisations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/dialogs/collect_forms_wizard.py" />
            <source>%n forms</source>
            <translation>
                <numerusform>%n form</numerusform>
                <numerusform>%n forms</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>%n active</source>
            <translation>
                <numerusform>%n active</numerusform>
                <numerusform>%n active</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>%n graduated</source>
            <translation>
                <numerusform>%n graduated</numerusform>
                <numerusform>%n graduated</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>%n withdrawn</source>
            <translation>
                <numerusform>%n withdrawn</numerusform>
                <numerusform>%n withdrawn</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Database copy</name>
        <message numerus="yes">
            <location filename="accelerator/db/copy.py" />
            <source>{0} and %n more tables</source>
            <translation>
                <numerusform>{0} and %n more table</numerusform>
                <numerusform>{0} and %n more tables</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message numerus="yes">
            <location filename="accelerator/services/demo.py" />
            <source>The cluster's year: %n events, with {0} registrations and who came.</source>
            <translation>
                <numerusform>The cluster's year: %n event, with {0} registrations and who came.</numerusform>
                <numerusform>The cluster's year: %n events, with {0} registrations and who came.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/demo.py" />
            <source>%n joint projects, with their partners and funding.</source>
            <translation>
                <numerusform>%n joint project, with its partners and funding.</numerusform>
                <numerusform>%n joint projects, with their partners and funding.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/demo.py" />
            <source>%n member figures over three years, and {0} mentor sessions.</source>
            <translation>
                <numerusform>%n member figure over three years, and {0} mentor sessions.</numerusform>
                <numerusform>%n member figures over three years, and {0} mentor sessions.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Events</name>
        <message numerus="yes">
            <location filename="accelerator/domain/events.py" />
            <source>%n people already have a place, so the capacity cannot be lower than that until some of them cancel.</source>
            <translation>
                <numerusform>%n person already has a place, so the capacity cannot be lower than that until they cancel.</numerusform>
                <numerusform>%n people already have a place, so the capacity cannot be lower than that until some of them cancel.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/events.py" />
            <source>{0} has %n registrations, so it cannot be removed; an event with registrations stays as the record of who registered and who came.</source>
            <translation>
                <numerusform>{0} has %n registration, so it cannot be removed; an event with registrations stays as the record of who registered and who came.</numerusform>
                <numerusform>{0} has %n registrations, so it cannot be removed; an event with registrations stays as the record of who registered and who came.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/events.py" />
            <source>%n people who were registered did not come.</source>
            <translation>
                <numerusform>%n person who was registered did not come.</numerusform>
                <numerusform>%n people who were registered did not come.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/events.py" />
            <source>Places came free for %n people on the waitlist: {0}. Let them know.</source>
            <translation>
                <numerusform>A place came free for %n person on the waitlist: {0}. Let them know.</numerusform>
                <numerusform>Places came free for %n people on the waitlist: {0}. Let them know.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventsPage</name>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/events.py" />
            <source>%n registered</source>
            <translation>
                <numerusform>%n registered</numerusform>
                <numerusform>%n registered</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/events.py" />
            <source>%n on the waitlist</source>
            <translation>
                <numerusform>%n on the waitlist</numerusform>
                <numerusform>%n on the waitlist</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/events.py" />
            <source>%n attended</source>
            <translation>
                <numerusform>%n attended</numerusform>
                <numerusform>%n attended</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/events.py" />
            <source>%n no-shows</source>
            <translation>
                <numerusform>%n no-show</numerusform>
                <numerusform>%n no-shows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/events.py" />
            <source>%n cancelled</source>
            <translation>
                <numerusform>%n cancelled</numerusform>
                <numerusform>%n cancelled</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/events.py" />
            <source>%n places left</source>
            <translation>
                <numerusform>%n place left</numerusform>
                <numerusform>%n places left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/events.py" />
            <source>%n people are still registered for {0} and not checked in: mark them as no-shows?</source>
            <translation>
                <numerusform>%n person is still registered for {0} and not checked in: mark them as a no-show?</numerusform>
                <numerusform>%n people are still registered for {0} and not checked in: mark them as no-shows?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/events.py" />
            <source>{0} of %n events match</source>
            <translation>
                <numerusform>{0} of %n event match</numerusform>
                <numerusform>{0} of %n events match</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/events.py" />
            <source>%n events</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message numerus="yes">
            <location filename="accelerator/services/exporting.py" />
            <source>wrote %n companies to {0}</source>
            <translation>
                <numerusform>wrote %n company to {0}</numerusform>
                <numerusform>wrote %n companies to {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/exporting.py" />
            <source>wrote %n milestones to {0}</source>
            <translation>
                <numerusform>wrote %n milestone to {0}</numerusform>
                <numerusform>wrote %n milestones to {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/exporting.py" />
            <source>wrote %n memberships to {0}</source>
            <translation>
                <numerusform>wrote %n membership to {0}</numerusform>
                <numerusform>wrote %n memberships to {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/exporting.py" />
            <source>wrote %n people to {0}</source>
            <translation>
                <numerusform>wrote %n person to {0}</numerusform>
                <numerusform>wrote %n people to {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/exporting.py" />
            <source>wrote %n meetings to {0}</source>
            <translation>
                <numerusform>wrote %n meeting to {0}</numerusform>
                <numerusform>wrote %n meetings to {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/exporting.py" />
            <source>wrote %n projects to {0} (their partners and funding applications are in an .xlsx export's other sheets)</source>
            <translation>
                <numerusform>wrote %n project to {0} (its partners and funding applications are in an .xlsx export's other sheets)</numerusform>
                <numerusform>wrote %n projects to {0} (their partners and funding applications are in an .xlsx export's other sheets)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/exporting.py" />
            <source>wrote %n projects to {0}, with their partners and funding applications</source>
            <translation>
                <numerusform>wrote %n project to {0}, with its partners and funding applications</numerusform>
                <numerusform>wrote %n projects to {0}, with their partners and funding applications</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/exporting.py" />
            <source>wrote %n assessments to {0}</source>
            <translation>
                <numerusform>wrote %n assessment to {0}</numerusform>
                <numerusform>wrote %n assessments to {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/exporting.py" />
            <source>wrote %n assessments to {0} (notes left out of {1})</source>
            <translation>
                <numerusform>wrote %n assessment to {0} (notes left out of {1})</numerusform>
                <numerusform>wrote %n assessments to {0} (notes left out of {1})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/exporting.py" />
            <source>%n confidential assessments</source>
            <translation>
                <numerusform>%n confidential assessment</numerusform>
                <numerusform>%n confidential assessments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FigureForms</name>
        <message numerus="yes">
            <location filename="accelerator/services/figure_forms.py" />
            <source>nothing was collected: %n problems in the forms; correct them and read the forms again</source>
            <translation>
                <numerusform>nothing was collected: %n problem in the forms; correct it and read the forms again</numerusform>
                <numerusform>nothing was collected: %n problems in the forms; correct them and read the forms again</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Framework file</name>
        <message numerus="yes">
            <location filename="accelerator/domain/framework_file.py" />
            <source>%n times</source>
            <translation>
                <numerusform>once</numerusform>
                <numerusform>%n times</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message numerus="yes">
            <location filename="accelerator/services/importing/planning.py" />
            <location filename="accelerator/services/importing/registrations.py" />
            <source>%n rows have problems</source>
            <translation>
                <numerusform>%n row has problems</numerusform>
                <numerusform>%n rows have problems</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/importing/projects.py" />
            <source>%n projects</source>
            <translation>
                <numerusform>%n project</numerusform>
                <numerusform>%n projects</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/importing/projects.py" />
            <source>%n partners</source>
            <translation>
                <numerusform>%n partner</numerusform>
                <numerusform>%n partners</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/importing/projects.py" />
            <source>%n funding applications</source>
            <translation>
                <numerusform>%n funding application</numerusform>
                <numerusform>%n funding applications</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/importing/projects.py" />
            <source>%n new organisations</source>
            <translation>
                <numerusform>%n new organisation</numerusform>
                <numerusform>%n new organisations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/importing/projects.py" />
            <source>the workbook has %n sheets; a projects export has three: the projects, their partners and their funding applications</source>
            <translation>
                <numerusform>the workbook has %n sheet; a projects export has three: the projects, their partners and their funding applications</numerusform>
                <numerusform>the workbook has %n sheets; a projects export has three: the projects, their partners and their funding applications</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/importing/projects.py" />
            <source>%n organisations are called {0}: give its organisation number</source>
            <translation>
                <numerusform>%n organisation is called {0}: give its organisation number</numerusform>
                <numerusform>%n organisations are called {0}: give its organisation number</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/importing/quoting.py" />
            <source>%n commas</source>
            <translation>
                <numerusform>%n comma</numerusform>
                <numerusform>%n commas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/importing/quoting.py" />
            <source>%n semicolons</source>
            <translation>
                <numerusform>%n semicolon</numerusform>
                <numerusform>%n semicolons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/importing/quoting.py" />
            <source>%n tabs</source>
            <translation>
                <numerusform>%n tab</numerusform>
                <numerusform>%n tabs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/importing/quoting.py" />
            <source>%n vertical bars</source>
            <translation>
                <numerusform>%n vertical bar</numerusform>
                <numerusform>%n vertical bars</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/importing/reading.py" />
            <source>%n columns</source>
            <translation>
                <numerusform>%n column</numerusform>
                <numerusform>%n columns</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/importing/writing.py" />
            <source>{0} enrolled in {1} (%n already were)</source>
            <translation>
                <numerusform>{0} enrolled in {1} (%n already was)</numerusform>
                <numerusform>{0} enrolled in {1} (%n already were)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MatchmakingPage</name>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/matchmaking.py" />
            <source>%n proposal(s)</source>
            <translation>
                <numerusform>%n proposal</numerusform>
                <numerusform>%n proposals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/matchmaking.py" />
            <source>in {0}, %n called off</source>
            <translation>
                <numerusform>in {0}, %n called off</numerusform>
                <numerusform>in {0}, %n called off</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/matchmaking.py" />
            <source>%n without an outcome yet</source>
            <translation>
                <numerusform>%n without an outcome yet</numerusform>
                <numerusform>%n without an outcome yet</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MembersPage</name>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/members.py" />
            <source>%n organisations have been members of {0}</source>
            <translation>
                <numerusform>%n organisation has been a member of {0}</numerusform>
                <numerusform>%n organisations have been members of {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/members.py" />
            <source>%n organisations have been members of a cluster</source>
            <translation>
                <numerusform>%n organisation has been a member of a cluster</numerusform>
                <numerusform>%n organisations have been members of a cluster</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/members.py" />
            <source>%n members of {0} on {1}</source>
            <translation>
                <numerusform>%n member of {0} on {1}</numerusform>
                <numerusform>%n members of {0} on {1}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/members.py" />
            <source>%n members of a cluster on {0}</source>
            <translation>
                <numerusform>%n member of a cluster on {0}</numerusform>
                <numerusform>%n members of a cluster on {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/members.py" />
            <source>%n companies</source>
            <translation>
                <numerusform>%n company</numerusform>
                <numerusform>%n companies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/members.py" />
            <source>%n research institutes</source>
            <translation>
                <numerusform>%n research institute</numerusform>
                <numerusform>%n research institutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/members.py" />
            <source>%n universities or colleges</source>
            <translation>
                <numerusform>%n university or college</numerusform>
                <numerusform>%n universities or colleges</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/members.py" />
            <source>%n public bodies</source>
            <translation>
                <numerusform>%n public body</numerusform>
                <numerusform>%n public bodies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/members.py" />
            <source>%n investors</source>
            <translation>
                <numerusform>%n investor</numerusform>
                <numerusform>%n investors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/members.py" />
            <source>%n other organisations</source>
            <translation>
                <numerusform>%n other organisation</numerusform>
                <numerusform>%n other organisations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/members.py" />
            <source>{0} of %n memberships match</source>
            <translation>
                <numerusform>{0} of %n membership matches</numerusform>
                <numerusform>{0} of %n memberships match</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/members.py" />
            <source>%n memberships</source>
            <translation>
                <numerusform>%n membership</numerusform>
                <numerusform>%n memberships</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MentorSessions</name>
        <message numerus="yes">
            <location filename="accelerator/ui/widgets/mentor_sessions.py" />
            <source>%n sessions, {0} in all</source>
            <translation>
                <numerusform>%n session, {0} in all</numerusform>
                <numerusform>%n sessions, {0} in all</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OrganisationProjectModel</name>
        <message numerus="yes">
            <location filename="accelerator/ui/models/organisation_project_table.py" />
            <source>%n partners</source>
            <translation>
                <numerusform>%n partner</numerusform>
                <numerusform>%n partners</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutcomesPanel</name>
        <message numerus="yes">
            <location filename="accelerator/ui/widgets/outcomes_panel.py" />
            <source>%n attendances of the cohort's people</source>
            <translation>
                <numerusform>%n attendance of the cohort's people</numerusform>
                <numerusform>%n attendances of the cohort's people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/widgets/outcomes_panel.py" />
            <source>%n mentor sessions</source>
            <translation>
                <numerusform>%n mentor session</numerusform>
                <numerusform>%n mentor sessions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PartnerDialog</name>
        <message numerus="yes">
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>%n organisations match: choose one from the list</source>
            <translation>
                <numerusform>%n organisation matches: choose it from the list</numerusform>
                <numerusform>%n organisations match: choose one from the list</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProjectView</name>
        <message numerus="yes">
            <location filename="accelerator/ui/widgets/project_view.py" />
            <source>%n partners</source>
            <translation>
                <numerusform>%n partner</numerusform>
                <numerusform>%n partners</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProjectsPage</name>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/projects.py" />
            <source>%n projects</source>
            <translation>
                <numerusform>%n project</numerusform>
                <numerusform>%n projects</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/projects.py" />
            <source>{0} of %n projects</source>
            <translation>
                <numerusform>{0} of %n project</numerusform>
                <numerusform>{0} of %n projects</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Readiness</name>
        <message numerus="yes">
            <location filename="accelerator/domain/readiness.py" />
            <source>%n levels</source>
            <translation>
                <numerusform>%n level</numerusform>
                <numerusform>%n levels</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RegisterDialog</name>
        <message numerus="yes">
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>%n places left; once every place is taken, newcomers join the waitlist.</source>
            <translation>
                <numerusform>%n place left; once every place is taken, newcomers join the waitlist.</numerusform>
                <numerusform>%n places left; once every place is taken, newcomers join the waitlist.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>On record: %n contacts to choose from.</source>
            <translation>
                <numerusform>On record: %n contact to choose.</numerusform>
                <numerusform>On record: %n contacts to choose from.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RegistrationImportDialog</name>
        <message numerus="yes">
            <location filename="accelerator/ui/dialogs/registration_import.py" />
            <source>%n rows from the workbook's first sheet.</source>
            <translation>
                <numerusform>%n row from the workbook's first sheet.</numerusform>
                <numerusform>%n rows from the workbook's first sheet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/dialogs/registration_import.py" />
            <source>%n rows, {0}, columns separated by {1}.</source>
            <translation>
                <numerusform>%n row, {0}, columns separated by {1}.</numerusform>
                <numerusform>%n rows, {0}, columns separated by {1}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/dialogs/registration_import.py" />
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reporting</name>
        <message numerus="yes">
            <location filename="accelerator/services/annual_report.py" />
            <source>%n events</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/annual_report.py" />
            <source>Summed over the %n organisations that were members in the year or in one of the cohorts, of those that reported the figure for the whole year. A figure no one reported is missing.</source>
            <translation>
                <numerusform>Summed over the %n organisation that was a member in the year or in one of the cohorts, if it reported the figure for the whole year. A figure no one reported is missing.</numerusform>
                <numerusform>Summed over the %n organisations that were members in the year or in one of the cohorts, of those that reported the figure for the whole year. A figure no one reported is missing.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message numerus="yes">
            <location filename="accelerator/reports/cohort_report.py" />
            <source>%n companies. Each level cell shows the current level with its change since the baseline (↑ up, ↓ down); ▲ flags a business-orientation gap of 3 or more; milestones count those done of those that apply.</source>
            <translation>
                <numerusform>%n company. Each level cell shows the current level with its change since the baseline (↑ up, ↓ down); ▲ flags a business-orientation gap of 3 or more; milestones count those done of those that apply.</numerusform>
                <numerusform>%n companies. Each level cell shows the current level with its change since the baseline (↑ up, ↓ down); ▲ flags a business-orientation gap of 3 or more; milestones count those done of those that apply.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/reports/cohort_report.py" />
            <source>%n mentor sessions</source>
            <translation>
                <numerusform>%n mentor session</numerusform>
                <numerusform>%n mentor sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/reports/collab_report.py" />
            <source>%n projects have no strategic area.</source>
            <translation>
                <numerusform>%n project has no strategic area.</numerusform>
                <numerusform>%n projects have no strategic area.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/reports/collab_report.py" />
            <source>%n other partners</source>
            <translation>
                <numerusform>%n other partner</numerusform>
                <numerusform>%n other partners</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/reports/company_report.py" />
            <source>%n reasons, see below</source>
            <translation>
                <numerusform>%n reason, see below</numerusform>
                <numerusform>%n reasons, see below</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/reports/event_report.py" />
            <source>%n places</source>
            <translation>
                <numerusform>%n place</numerusform>
                <numerusform>%n places</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/reports/event_report.py" />
            <source>%n walk-ins among them</source>
            <translation>
                <numerusform>%n walk-in among them</numerusform>
                <numerusform>%n walk-ins among them</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/reports/event_report.py" />
            <source>%n people named no organisation; they are counted under Not on record.</source>
            <translation>
                <numerusform>%n person named no organisation; they are counted under Not on record.</numerusform>
                <numerusform>%n people named no organisation; they are counted under Not on record.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/reports/event_report.py" />
            <source>People counts include walk-ins (%n in all).</source>
            <translation>
                <numerusform>People counts include walk-ins (%n in all).</numerusform>
                <numerusform>People counts include walk-ins (%n in all).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/reports/kickoff.py" />
            <source>%n companies without one</source>
            <translation>
                <numerusform>%n company without one</numerusform>
                <numerusform>%n companies without one</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/reports/wording.py" />
            <source>Status: {0} · %n companies</source>
            <translation>
                <numerusform>Status: {0} · %n company</numerusform>
                <numerusform>Status: {0} · %n companies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/reports/wording.py" />
            <source>%n companies</source>
            <translation>
                <numerusform>%n company</numerusform>
                <numerusform>%n companies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/reports/wording.py" />
            <source>%n milestones</source>
            <translation>
                <numerusform>%n milestone</numerusform>
                <numerusform>%n milestones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/reports.py" />
            <source>{0} · {1} · %n companies</source>
            <translation>
                <numerusform>{0} · {1} · %n company</numerusform>
                <numerusform>{0} · {1} · %n companies</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Risk</name>
        <message numerus="yes">
            <location filename="accelerator/domain/risk.py" />
            <source>Never assessed since enrolment %n weeks ago</source>
            <translation>
                <numerusform>Never assessed since enrolment %n week ago</numerusform>
                <numerusform>Never assessed since enrolment %n weeks ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/domain/risk.py" />
            <source>No assessment for %n weeks</source>
            <translation>
                <numerusform>No assessment for %n week</numerusform>
                <numerusform>No assessment for %n weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/domain/risk.py" />
            <source>%n overdue milestones</source>
            <translation>
                <numerusform>%n overdue milestone</numerusform>
                <numerusform>%n overdue milestones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Sign-in</name>
        <message numerus="yes">
            <location filename="accelerator/services/auth.py" />
            <source>too many wrong passwords: wait %n seconds, then try again</source>
            <translation>
                <numerusform>too many wrong passwords: wait %n second, then try again</numerusform>
                <numerusform>too many wrong passwords: wait %n seconds, then try again</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/auth.py" />
            <source>wrong username or password; wait %n seconds before trying again</source>
            <translation>
                <numerusform>wrong username or password; wait %n second before trying again</numerusform>
                <numerusform>wrong username or password; wait %n seconds before trying again</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WriteFormsDialog</name>
        <message numerus="yes">
            <location filename="accelerator/ui/dialogs/write_forms_dialog.py" />
            <source>%n organisations get a form</source>
            <translation>
                <numerusform>%n organisation gets a form</numerusform>
                <numerusform>%n organisations get a form</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/dialogs/write_forms_dialog.py" />
            <source>%n collection forms for {0} written to {1}.</source>
            <translation>
                <numerusform>%n collection form for {0} written to {1}.</numerusform>
                <numerusform>%n collection forms for {0} written to {1}.</numerusform>
            </translation>
        </message>
    </context>
</TS>
