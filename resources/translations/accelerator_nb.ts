<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
    <context>
        <name>AccessActions</name>
        <message>
            <location filename="accelerator/ui/access_actions.py" />
            <source>S&amp;witch user…</source>
            <translation>&amp;Bytt bruker…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/access_actions.py" />
            <source>Change pass&amp;word…</source>
            <translation>Endre &amp;passord…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/access_actions.py" />
            <source>The system user has no password to change.</source>
            <translation>Systembrukeren har ikke noe passord å endre.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/access_actions.py" />
            <source>Signed in now: {0}. Sign in as someone else:</source>
            <translation>Logget inn nå: {0}. Logg inn som en annen:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/access_actions.py" />
            <source>Signed in as {0} ({1})</source>
            <translation>Logget inn som {0} ({1})</translation>
        </message>
        <message>
            <location filename="accelerator/ui/access_actions.py" />
            <source>Your password is changed. Use the new one the next time you sign in.</source>
            <translation>Passordet ditt er endret. Bruk det nye neste gang du logger inn.</translation>
        </message>
    </context>
    <context>
        <name>AccountFields</name>
        <message>
            <location filename="accelerator/ui/dialogs/user_dialog.py" />
            <source>one word, e.g. kari</source>
            <translation>ett ord, f.eks. kari</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/user_dialog.py" />
            <source>e.g. Kari Nordmann</source>
            <translation>f.eks. Kari Nordmann</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/user_dialog.py" />
            <source>&amp;Username:</source>
            <translation>&amp;Brukernavn:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/user_dialog.py" />
            <source>&amp;Full name:</source>
            <translation>&amp;Fullt navn:</translation>
        </message>
    </context>
    <context>
        <name>AddMembershipDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/membership_dialogs.py" />
            <source>Add a membership</source>
            <translation>Legg til et medlemskap</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/membership_dialogs.py" />
            <source>Add membership</source>
            <translation>Legg til medlemskap</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/membership_dialogs.py" />
            <source>A name or org. number, on record or new</source>
            <translation>Et navn eller org.nr., registrert eller nytt</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/membership_dialogs.py" />
            <source>Optional; nine digits in Norway</source>
            <translation>Valgfritt; ni sifre i Norge</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/membership_dialogs.py" />
            <source>Organisation:</source>
            <translation>Organisasjon:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/membership_dialogs.py" />
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisasjon:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/membership_dialogs.py" />
            <source>&amp;Kind:</source>
            <translation>&amp;Type:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/membership_dialogs.py" />
            <source>Org. &amp;number:</source>
            <translation>Org.&amp;nr.:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/membership_dialogs.py" />
            <source>&amp;Cluster:</source>
            <translation>&amp;Klynge:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/membership_dialogs.py" />
            <source>&amp;Tier:</source>
            <translation>&amp;Medlemsnivå:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/membership_dialogs.py" />
            <source>&amp;Joined on:</source>
            <translation>&amp;Innmeldt fra:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/membership_dialogs.py" />
            <source>There are no clusters yet: add one under Clusters first.</source>
            <translation>Det finnes ingen klynger ennå: legg først til en under «Klynger».</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/membership_dialogs.py" />
            <source>Not on record: it is registered as a new organisation of the kind below.</source>
            <translation>Ikke registrert: den registreres som en ny organisasjon av typen nedenfor.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/membership_dialogs.py" />
            <source>Register and add</source>
            <translation>Registrer og legg til</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/membership_dialogs.py" />
            <source>{0} is a member already, as {1} since {2}.</source>
            <translation>{0} er allerede medlem, som {1} siden {2}.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/membership_dialogs.py" />
            <source>On record: {0}, {1}, org. number {2}</source>
            <translation>Registrert: {0}, {1}, org.nr. {2}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/membership_dialogs.py" />
            <source>On record: {0}, {1}</source>
            <translation>Registrert: {0}, {1}</translation>
        </message>
    </context>
    <context>
        <name>AddMilestoneDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>Add a milestone</source>
            <translation>Legg til en milepæl</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>Add milestone</source>
            <translation>Legg til milepæl</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>A milestone for this company only. The programme's template stays as it is.</source>
            <translation>En milepæl bare for dette selskapet. Programmets milepælsmal endres ikke.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>What is to be reached, e.g. Food-safety approval</source>
            <translation>Hva som skal oppnås, f.eks. Godkjenning fra Mattilsynet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>&amp;Title:</source>
            <translation>&amp;Tittel:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>Pick a category or type a new one</source>
            <translation>Velg en kategori eller skriv inn en ny</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>&amp;Category:</source>
            <translation>&amp;Kategori:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>What counts as done (optional)</source>
            <translation>Hva som regnes som fullført (valgfritt)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>&amp;Description:</source>
            <translation>&amp;Beskrivelse:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>Leave it empty for no due date.</source>
            <translation>La feltet stå tomt hvis det ikke er noen frist.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>D&amp;ue date:</source>
            <translation>&amp;Frist:</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <location filename="accelerator/ui/application.py" />
            <source>Cannot open the database</source>
            <translation>Kan ikke åpne databasen</translation>
        </message>
        <message>
            <location filename="accelerator/ui/application.py" />
            <source>Accelerator cannot create its folder {0}: {1}</source>
            <translation>Accelerator kan ikke opprette mappen {0}: {1}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/application.py" />
            <source>Accelerator cannot open the shared database.

{0}</source>
            <translation>Accelerator kan ikke åpne den delte databasen.

{0}</translation>
        </message>
    </context>
    <context>
        <name>AssessmentDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Correct assessment</source>
            <translation>Korriger vurdering</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Log assessment</source>
            <translation>Registrer vurdering</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>&amp;Date:</source>
            <translation>&amp;Dato:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>&amp;Kind:</source>
            <translation>&amp;Type:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Readiness levels</source>
            <translation>Modenhetsnivåer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>not yet judged</source>
            <translation>ikke vurdert ennå</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Reason (required when the level changed)</source>
            <translation>Begrunnelse (påkrevd når nivået er endret)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Reason for {0}</source>
            <translation>Begrunnelse for {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>What you saw and discussed</source>
            <translation>Hva du så og diskuterte</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>What the company does before the next session</source>
            <translation>Hva selskapet gjør før neste møte</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Confidential: notes visible only to me and the coordinators</source>
            <translation>Fortrolig: notatene er bare synlige for meg og koordinatorene</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>&amp;Notes:</source>
            <translation>&amp;Notater:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Next &amp;steps:</source>
            <translation>Neste &amp;steg:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Save (Ctrl+Enter)</source>
            <translation>Lagre (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Keys: 1-9 choose a level · Enter: next row · Ctrl+Enter saves</source>
            <translation>Taster: 1-9 velger nivå · Enter: neste rad · Ctrl+Enter lagrer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Correcting the assessment of {0}. The old values stay in the audit trail.</source>
            <translation>Du korrigerer vurderingen fra {0}. De gamle verdiene blir stående i endringsloggen.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>No earlier assessment: this is the baseline.</source>
            <translation>Ingen tidligere vurdering: denne blir utgangspunktet.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Previous assessment: {0} ({1}). Underlined levels are the previous ones.</source>
            <translation>Forrige vurdering: {0} ({1}). Nivåene fra forrige vurdering er understreket.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Why {0} {1} → {2}? (required)</source>
            <translation>Hvorfor {0} {1} → {2}? (påkrevd)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Reason (optional)</source>
            <translation>Begrunnelse (valgfritt)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Type 1-9 to choose a level.</source>
            <translation>Skriv 1-9 for å velge et nivå.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>{0} — level {1}</source>
            <translation>{0} – nivå {1}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Previously {0}.</source>
            <translation>Forrige nivå: {0}.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Levels changed: {0}.</source>
            <translation>Endrede nivåer: {0}.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>{0} falls by {1} levels.</source>
            <translation>{0} faller {1} nivåer.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Give a reason for {0}, or set the level back.</source>
            <translation>Gi en begrunnelse for {0}, eller sett nivået tilbake.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Press Ctrl+Enter again to save.</source>
            <translation>Trykk Ctrl+Enter igjen for å lagre.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Discard this assessment? What you typed will be lost.</source>
            <translation>Forkaste denne vurderingen? Det du har skrevet, går tapt.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Discard</source>
            <translation>Forkast</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/assessment_dialog.py" />
            <source>Keep editing</source>
            <translation>Fortsett å redigere</translation>
        </message>
    </context>
    <context>
        <name>AssessmentKind</name>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Baseline</source>
            <translation>Startvurdering</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Progress</source>
            <translation>Underveisvurdering</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Final</source>
            <translation>Sluttvurdering</translation>
        </message>
    </context>
    <context>
        <name>Assessments</name>
        <message>
            <location filename="accelerator/services/assessments.py" />
            <source>only its author or a coordinator may correct this</source>
            <translation>bare den som laget vurderingen, eller en koordinator kan rette den</translation>
        </message>
        <message>
            <location filename="accelerator/services/assessments.py" />
            <source>an assessment cannot move to another enrolment</source>
            <translation>en vurdering kan ikke flyttes til en annen deltakelse</translation>
        </message>
        <message>
            <location filename="accelerator/services/assessments.py" />
            <source>say which mentor made this assessment</source>
            <translation>angi hvilken mentor som gjorde denne vurderingen</translation>
        </message>
        <message>
            <location filename="accelerator/services/assessments.py" />
            <source>{0} is a viewer</source>
            <translation>{0} er leser</translation>
        </message>
        <message>
            <location filename="accelerator/services/assessments.py" />
            <source>{0} is not assigned to this company and may not assess it</source>
            <translation>{0} er ikke tildelt dette selskapet og kan ikke vurdere det</translation>
        </message>
        <message>
            <location filename="accelerator/services/assessments.py" />
            <source>is not a dimension of this programme's framework</source>
            <translation>er ikke en dimensjon i programmets modenhetsrammeverk</translation>
        </message>
        <message>
            <location filename="accelerator/services/assessments.py" />
            <source>needs a level</source>
            <translation>mangler nivå</translation>
        </message>
        <message>
            <location filename="accelerator/services/assessments.py" />
            <source>the level must be 1 to 9, not {0}</source>
            <translation>nivået må være fra 1 til 9, ikke {0}</translation>
        </message>
        <message>
            <location filename="accelerator/services/assessments.py" />
            <source>changed from {0} to {1}: give a reason</source>
            <translation>endret fra {0} til {1}: skriv en begrunnelse</translation>
        </message>
        <message>
            <location filename="accelerator/services/assessments.py" />
            <source>must not be in the future</source>
            <translation>kan ikke være frem i tid</translation>
        </message>
        <message>
            <location filename="accelerator/services/assessments.py" />
            <source>must not be before the company joined the cohort ({0})</source>
            <translation>kan ikke være før selskapet ble tatt opp i kullet ({0})</translation>
        </message>
    </context>
    <context>
        <name>AtRiskModel</name>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Company</source>
            <translation>Selskap</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Why</source>
            <translation>Årsak</translation>
        </message>
    </context>
    <context>
        <name>Audit trail</name>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>{0} {1}</source>
            <comment>a record: what it is and its number</comment>
            <translation>{0} {1}</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>(hidden)</source>
            <translation>(skjult)</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>No</source>
            <translation>Nei</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>{0} {1}</source>
            <comment>a record: what it is and its name</comment>
            <translation>{0} {1}</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>{0}: {1} → {2}</source>
            <translation>{0}: {1} → {2}</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Audit trail</source>
            <translation>Endringslogg</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>When (UTC)</source>
            <translation>Tidspunkt (UTC)</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>User</source>
            <translation>Bruker</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Action</source>
            <translation>Handling</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Record type</source>
            <translation>Posttype</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Summary</source>
            <translation>Sammendrag</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Changes</source>
            <translation>Endringer</translation>
        </message>
        <message>
            <source>create</source>
            <translation type="vanished">opprettet</translation>
        </message>
        <message>
            <source>update</source>
            <translation type="vanished">endret</translation>
        </message>
        <message>
            <source>delete</source>
            <translation type="vanished">slettet</translation>
        </message>
        <message>
            <source>Table</source>
            <translation type="vanished">Tabell</translation>
        </message>
        <message>
            <source>Record</source>
            <translation type="vanished">Post</translation>
        </message>
    </context>
    <context>
        <name>AuditAction</name>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Created</source>
            <translation>Opprettet</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Changed</source>
            <translation>Endret</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Removed</source>
            <translation>Fjernet</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>When</source>
            <translation>Tidspunkt</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>User</source>
            <translation>Bruker</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>Action</source>
            <translation>Handling</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>Record</source>
            <translation>Oppføring</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>Summary</source>
            <translation>Sammendrag</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>Changes</source>
            <translation>Endringer</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>Export…</source>
            <translation>Eksporter…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>Save the entries shown as CSV or Excel</source>
            <translation>Lagre oppføringene som vises, som CSV eller Excel</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>Audit trail</source>
            <translation>Endringslogg</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>Every change in this database: who made it, when, and each field's old and new value. Entries cannot be changed or deleted.</source>
            <translation>Alle endringer i denne databasen: hvem som gjorde dem, når, og den gamle og nye verdien i hvert felt. Oppføringer kan ikke endres eller slettes.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>any</source>
            <translation>alle</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>Fro&amp;m</source>
            <translation>Fr&amp;a</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>&amp;To</source>
            <translation>&amp;Til</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>&amp;User:</source>
            <translation>&amp;Bruker:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>Re&amp;cord type:</source>
            <translation>&amp;Posttype:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>&amp;No.:</source>
            <translation>&amp;Nr.:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>Select an entry to see each changed field.</source>
            <translation>Velg en oppføring for å se hvert endrede felt.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>Everyone</source>
            <translation>Alle brukere</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>All records</source>
            <translation>Alle poster</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>Nothing has been recorded yet.</source>
            <translation>Ingenting er registrert ennå.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>No entries match these filters. Choose Everyone and All records, or widen the dates.</source>
            <translation>Ingen oppføringer passer med disse filtrene. Velg «Alle brukere» og «Alle poster», eller utvid datointervallet.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>The newest {0} entries; narrow the filters to see older ones.</source>
            <translation>De {0} nyeste oppføringene; snevre inn filtrene for å se eldre.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>{0} entries</source>
            <translation>{0} oppføringer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>Changed</source>
            <translation>Endret</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>CSV file (*.csv)</source>
            <translation>CSV-fil (*.csv)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-arbeidsbok (*.xlsx)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>Export the audit trail</source>
            <translation>Eksporter endringsloggen</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/audit.py" />
            <source>Exported {0} entries to {1}</source>
            <translation>Eksporterte {0} oppføringer til {1}</translation>
        </message>
    </context>
    <context>
        <name>BackupTableModel</name>
        <message>
            <location filename="accelerator/ui/dialogs/restore_dialog.py" />
            <source>Taken</source>
            <translation>Tatt</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/restore_dialog.py" />
            <source>Reason</source>
            <translation>Årsak</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/restore_dialog.py" />
            <source>Size</source>
            <translation>Størrelse</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <location filename="accelerator/db/backup.py" />
            <source>cannot read the backups folder {0}: {1}</source>
            <translation>kan ikke lese sikkerhetskopimappen {0}: {1}</translation>
        </message>
        <message>
            <location filename="accelerator/db/backup.py" />
            <source>not a SQLite database</source>
            <translation>ikke en SQLite-database</translation>
        </message>
        <message>
            <location filename="accelerator/db/backup.py" />
            <source>the disk is full</source>
            <translation>disken er full</translation>
        </message>
        <message>
            <location filename="accelerator/db/backup.py" />
            <source>{0} (is the disk full?)</source>
            <translation>{0} (er disken full?)</translation>
        </message>
        <message>
            <location filename="accelerator/db/backup.py" />
            <source>there is no database to back up at {0}</source>
            <translation>det finnes ingen database å sikkerhetskopiere i {0}</translation>
        </message>
        <message>
            <location filename="accelerator/db/backup.py" />
            <source>cannot create the backups folder {0}: {1}</source>
            <translation>kan ikke opprette sikkerhetskopimappen {0}: {1}</translation>
        </message>
        <message>
            <location filename="accelerator/db/backup.py" />
            <source>cannot write to the backups folder {0}: {1}</source>
            <translation>kan ikke skrive til sikkerhetskopimappen {0}: {1}</translation>
        </message>
        <message>
            <location filename="accelerator/db/backup.py" />
            <source>{0} could not be copied because it is damaged ({1}). Run 'accelerator check --full', and restore a backup if it fails.</source>
            <translation>{0} kunne ikke kopieres fordi den er skadet ({1}). Kjør 'accelerator check --full', og gjenopprett en sikkerhetskopi hvis kontrollen feiler.</translation>
        </message>
        <message>
            <location filename="accelerator/db/backup.py" />
            <source>the copy of {0} failed SQLite's integrity check ({1}), so it was deleted and older backups were kept. The database itself may be damaged: run 'accelerator check --full'.</source>
            <translation>kopien av {0} besto ikke integritetskontrollen i SQLite ({1}), så den ble slettet, og eldre sikkerhetskopier ble beholdt. Selve databasen kan være skadet: kjør 'accelerator check --full'.</translation>
        </message>
        <message>
            <location filename="accelerator/db/backup.py" />
            <source>the backup of {0} could not be written to {1}: {2}. Older backups are untouched.</source>
            <translation>sikkerhetskopien av {0} kunne ikke skrives til {1}: {2}. Eldre sikkerhetskopier er urørt.</translation>
        </message>
        <message>
            <location filename="accelerator/db/backup.py" />
            <source>{0} does not exist</source>
            <translation>{0} finnes ikke</translation>
        </message>
        <message>
            <location filename="accelerator/db/backup.py" />
            <source>{0} is not a file</source>
            <translation>{0} er ikke en fil</translation>
        </message>
        <message>
            <location filename="accelerator/db/backup.py" />
            <source>{0} is not an Accelerator database (not a SQLite file)</source>
            <translation>{0} er ikke en Accelerator-database (ikke en SQLite-fil)</translation>
        </message>
        <message>
            <location filename="accelerator/db/backup.py" />
            <source>{0} cannot be read: {1}</source>
            <translation>{0} kan ikke leses: {1}</translation>
        </message>
        <message>
            <location filename="accelerator/db/backup.py" />
            <source>{0} is damaged (SQLite's integrity check says: {1}); choose another backup</source>
            <translation>{0} er skadet (integritetskontrollen i SQLite sier: {1}); velg en annen sikkerhetskopi</translation>
        </message>
        <message>
            <location filename="accelerator/db/backup.py" />
            <source>{0} is not an Accelerator database (it has no schema version)</source>
            <translation>{0} er ikke en Accelerator-database (den har ingen skjemaversjon)</translation>
        </message>
        <message>
            <location filename="accelerator/db/backup.py" />
            <source>{0} was written by a newer version of Accelerator (schema {1}); install that version to restore it</source>
            <translation>{0} er skrevet av en nyere versjon av Accelerator (skjema {1}); installer den versjonen for å gjenopprette den</translation>
        </message>
        <message>
            <location filename="accelerator/db/backup.py" />
            <source>{0} is the database itself; choose a backup to restore</source>
            <translation>{0} er selve databasen; velg en sikkerhetskopi å gjenopprette</translation>
        </message>
        <message>
            <location filename="accelerator/db/backup.py" />
            <source>the folder {0} does not exist</source>
            <translation>mappen {0} finnes ikke</translation>
        </message>
        <message>
            <location filename="accelerator/db/backup.py" />
            <source>cannot write in {0}: {1}</source>
            <translation>kan ikke skrive i {0}: {1}</translation>
        </message>
        <message>
            <location filename="accelerator/db/backup.py" />
            <source>the restore of {0} could not finish: {1}. The database is as it was.</source>
            <translation>gjenopprettingen av {0} kunne ikke fullføres: {1}. Databasen er som før.</translation>
        </message>
        <message>
            <location filename="accelerator/db/backup.py" />
            <source>{0} is damaged ({1}); choose another backup</source>
            <translation>{0} er skadet ({1}); velg en annen sikkerhetskopi</translation>
        </message>
        <message>
            <location filename="accelerator/db/backup.py" />
            <source>{0} could not be copied: {1}. The database is as it was.</source>
            <translation>{0} kunne ikke kopieres: {1}. Databasen er som før.</translation>
        </message>
        <message>
            <location filename="accelerator/db/backup.py" />
            <source>the current database could not be backed up before the restore ({0}); nothing was changed</source>
            <translation>den nåværende databasen kunne ikke sikkerhetskopieres før gjenopprettingen ({0}); ingenting ble endret</translation>
        </message>
        <message>
            <location filename="accelerator/db/backup.py" />
            <source>the current database {0} is damaged and could not be moved aside; nothing was changed. Move it yourself and try again.</source>
            <translation>den nåværende databasen {0} er skadet og kunne ikke flyttes til side; ingenting ble endret. Flytt den selv, og prøv igjen.</translation>
        </message>
        <message>
            <location filename="accelerator/db/backup.py" />
            <source>a reader or writer is active</source>
            <translation>noen leser fra eller skriver til den</translation>
        </message>
        <message>
            <location filename="accelerator/db/backup.py" />
            <source>{0} is in use by another program ({1}); close it (a command or another window) and restore again. Nothing was changed.</source>
            <translation>{0} er i bruk av et annet program ({1}); lukk det (en kommando eller et annet vindu), og gjenopprett på nytt. Ingenting ble endret.</translation>
        </message>
        <message>
            <location filename="accelerator/services/safety.py" />
            <source>{0} is a database server: back it up with the server's own tools (pg_dump), not with Accelerator</source>
            <translation>{0} er en databaseserver: ta sikkerhetskopi med serverens egne verktøy (pg_dump), ikke med Accelerator</translation>
        </message>
        <message>
            <location filename="accelerator/services/safety.py" />
            <source>{0} is not open in this program</source>
            <translation>{0} er ikke åpen i dette programmet</translation>
        </message>
        <message>
            <location filename="accelerator/services/safety.py" />
            <source>{0} ({1}) may not restore a backup: only a coordinator may replace the programme's data</source>
            <translation>{0} ({1}) kan ikke gjenopprette en sikkerhetskopi: bare en koordinator kan erstatte programmets data</translation>
        </message>
        <message>
            <location filename="accelerator/services/safety.py" />
            <source>{0}'s account is deactivated; sign in as someone else</source>
            <translation>kontoen til {0} er deaktivert; logg inn som en annen</translation>
        </message>
    </context>
    <context>
        <name>BookMeetingDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/meeting_dialogs.py" />
            <source>Book a meeting</source>
            <translation>Book et møte</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/meeting_dialogs.py" />
            <source>Book meeting</source>
            <translation>Book møtet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/meeting_dialogs.py" />
            <source>Outside an event</source>
            <translation>Utenfor et arrangement</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/meeting_dialogs.py" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/meeting_dialogs.py" />
            <source>Table 4</source>
            <translation>Bord 4</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/meeting_dialogs.py" />
            <source>Where they meet; a link when online</source>
            <translation>Hvor de møtes; en lenke når det er på nett</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/meeting_dialogs.py" />
            <source>{0} needs: {1}</source>
            <translation>{0} trenger: {1}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/meeting_dialogs.py" />
            <source>{0} offers: {1}</source>
            <translation>{0} tilbyr: {1}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/meeting_dialogs.py" />
            <source>&amp;At:</source>
            <translation>&amp;Ved:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/meeting_dialogs.py" />
            <source>&amp;When:</source>
            <translation>&amp;Når:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/meeting_dialogs.py" />
            <source>Len&amp;gth:</source>
            <translation>Varig&amp;het:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/meeting_dialogs.py" />
            <source>&amp;Table:</source>
            <translation>&amp;Bord:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/meeting_dialogs.py" />
            <source>&amp;Place:</source>
            <translation>&amp;Sted:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/meeting_dialogs.py" />
            <source>Times are on the clock in Norway, whatever this computer's.</source>
            <translation>Tidene er norsk tid, uansett hva denne datamaskinen står på.</translation>
        </message>
    </context>
    <context>
        <name>CLI</name>
        <message>
            <location filename="accelerator/cli/__init__.py" />
            <source>Keep an acceleration programme's cohorts, milestones and readiness assessments on record. Without a command, opens the window.</source>
            <translation>Hold oversikt over kull, milepæler og modenhetsvurderinger i et akseleratorprogram. Uten kommando åpnes vinduet.</translation>
        </message>
        <message>
            <location filename="accelerator/cli/__init__.py" />
            <source>show program's version number and exit</source>
            <translation>vis programmets versjonsnummer og avslutt</translation>
        </message>
        <message>
            <location filename="accelerator/cli/__init__.py" />
            <source>the language of what the program says: nb (bokmål) or en (default: ACCELERATOR_LANG, else the language chosen in the window, else the system's)</source>
            <translation>språket programmet bruker: nb (bokmål) eller en (standard: ACCELERATOR_LANG, ellers språket som er valgt i vinduet, ellers systemets)</translation>
        </message>
        <message>
            <location filename="accelerator/cli/__init__.py" />
            <source>database file or server URL (default: ACCELERATOR_DB, else accelerator.db in the data folder)</source>
            <translation>databasefil eller server-URL (standard: ACCELERATOR_DB, ellers accelerator.db i datamappen)</translation>
        </message>
        <message>
            <location filename="accelerator/cli/__init__.py" />
            <source>keep data, backups and logs under DIR</source>
            <translation>lagre data, sikkerhetskopier og logger under DIR</translation>
        </message>
        <message>
            <location filename="accelerator/cli/__init__.py" />
            <source>log more, also to the terminal</source>
            <translation>logg mer, også til terminalen</translation>
        </message>
        <message>
            <location filename="accelerator/cli/__init__.py" />
            <source>accelerator: interrupted</source>
            <translation>accelerator: avbrutt</translation>
        </message>
        <message>
            <location filename="accelerator/cli/basic.py" />
            <source>Programmes</source>
            <translation>Programmer</translation>
        </message>
        <message>
            <location filename="accelerator/cli/basic.py" />
            <source>Cohorts</source>
            <translation>Kull</translation>
        </message>
        <message>
            <location filename="accelerator/cli/basic.py" />
            <source>Companies</source>
            <translation>Selskaper</translation>
        </message>
        <message>
            <location filename="accelerator/cli/basic.py" />
            <source>Enrolments</source>
            <translation>Deltakelser</translation>
        </message>
        <message>
            <location filename="accelerator/cli/basic.py" />
            <source>Milestones</source>
            <translation>Milepæler</translation>
        </message>
        <message>
            <location filename="accelerator/cli/basic.py" />
            <source>Assessments</source>
            <translation>Vurderinger</translation>
        </message>
        <message>
            <location filename="accelerator/cli/basic.py" />
            <source>Events</source>
            <translation>Arrangementer</translation>
        </message>
        <message>
            <location filename="accelerator/cli/basic.py" />
            <source>Registrations</source>
            <translation>Påmeldinger</translation>
        </message>
        <message>
            <location filename="accelerator/cli/basic.py" />
            <source>Meetings</source>
            <translation>Møter</translation>
        </message>
        <message>
            <location filename="accelerator/cli/basic.py" />
            <source>Frameworks</source>
            <translation>Rammeverk</translation>
        </message>
        <message>
            <location filename="accelerator/cli/basic.py" />
            <source>Users</source>
            <translation>Brukere</translation>
        </message>
        <message>
            <location filename="accelerator/cli/basic.py" />
            <source>load a realistic sample programme (safe to run twice)</source>
            <translation>last inn et realistisk eksempelprogram (trygt å kjøre flere ganger)</translation>
        </message>
        <message>
            <location filename="accelerator/cli/basic.py" />
            <source>where the database is, its schema version and counts</source>
            <translation>hvor databasen ligger, skjemaversjonen og antall poster</translation>
        </message>
        <message>
            <location filename="accelerator/cli/basic.py" />
            <source>check the database's integrity and schema</source>
            <translation>kontroller databasens integritet og skjema</translation>
        </message>
        <message>
            <location filename="accelerator/cli/basic.py" />
            <source>run the full integrity_check (slower)</source>
            <translation>kjør full integrity_check (tregere)</translation>
        </message>
        <message>
            <location filename="accelerator/cli/basic.py" />
            <source>Demo users (username / password, role):</source>
            <translation>Demobrukere (brukernavn / passord, rolle):</translation>
        </message>
        <message>
            <location filename="accelerator/cli/basic.py" />
            <source>  {username} / {password}  ({role}, {name})</source>
            <translation>  {username} / {password}  ({role}, {name})</translation>
        </message>
        <message>
            <location filename="accelerator/cli/basic.py" />
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <location filename="accelerator/cli/basic.py" />
            <source>Schema version</source>
            <translation>Skjemaversjon</translation>
        </message>
        <message>
            <location filename="accelerator/cli/basic.py" />
            <source>Data folder</source>
            <translation>Datamappe</translation>
        </message>
        <message>
            <location filename="accelerator/cli/basic.py" />
            <source>Backups</source>
            <translation>Sikkerhetskopier</translation>
        </message>
        <message>
            <location filename="accelerator/cli/basic.py" />
            <source>Log file</source>
            <translation>Loggfil</translation>
        </message>
        <message>
            <location filename="accelerator/cli/basic.py" />
            <source>there is no database at {0}</source>
            <translation>det finnes ingen database i {0}</translation>
        </message>
        <message>
            <location filename="accelerator/cli/basic.py" />
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <location filename="accelerator/cli/basic.py" />
            <source>PROBLEMS FOUND</source>
            <translation>FANT PROBLEMER</translation>
        </message>
        <message>
            <location filename="accelerator/cli/common.py" />
            <source>{0}. Name your login in the URL (postgresql+psycopg://LOGIN@host/database) and give its password with PGPASSWORD or ~/.pgpass</source>
            <translation>{0}. Oppgi påloggingsnavnet i URL-en (postgresql+psycopg://LOGIN@host/database) og passordet med PGPASSWORD eller ~/.pgpass</translation>
        </message>
        <message>
            <location filename="accelerator/cli/common.py" />
            <location filename="accelerator/cli/server.py" />
            <source>Password for {0}: </source>
            <translation>Passord for {0}: </translation>
        </message>
        <message>
            <location filename="accelerator/cli/common.py" />
            <source>Password for the server: </source>
            <translation>Passord for serveren: </translation>
        </message>
        <message>
            <location filename="accelerator/cli/copying.py" />
            <source>move the whole database between a file and a server</source>
            <translation>flytt hele databasen mellom en fil og en server</translation>
        </message>
        <message>
            <location filename="accelerator/cli/copying.py" />
            <source>copy every row into a new file or an empty server database</source>
            <translation>kopier alle rader til en ny fil eller en tom database på en server</translation>
        </message>
        <message>
            <location filename="accelerator/cli/copying.py" />
            <source>Copy every row of one database into another, with the ids as they are: a SQLite file to a PostgreSQL server, or back. The target must be a new file or a database holding no rows (its schema is made or upgraded as needed); it is written in one transaction, so on any problem it is left empty. The rows are counted on both sides afterwards. A server's password comes from the URL, PGPASSWORD or ~/.pgpass.</source>
            <translation>Kopier alle rader fra én database til en annen, med id-ene uendret: fra en SQLite-fil til en PostgreSQL-server, eller tilbake. Målet må være en ny fil eller en database uten rader (skjemaet opprettes eller oppgraderes ved behov). Alt skrives i én transaksjon, så ved et problem blir målet stående tomt. Radene telles på begge sider etterpå. Passordet til en server hentes fra URL-en, PGPASSWORD eller ~/.pgpass.</translation>
        </message>
        <message>
            <location filename="accelerator/cli/copying.py" />
            <source>example: {0}</source>
            <translation>eksempel: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/cli/copying.py" />
            <source>the database to copy</source>
            <translation>databasen som skal kopieres</translation>
        </message>
        <message>
            <location filename="accelerator/cli/copying.py" />
            <source>a new file, or an empty database on a server</source>
            <translation>en ny fil, eller en tom database på en server</translation>
        </message>
        <message>
            <location filename="accelerator/cli/copying.py" />
            <source>{0} needs a file path or a server URL</source>
            <translation>{0} trenger en filsti eller en server-URL</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/cli/copying.py" />
            <source>%n rows</source>
            <translation>
                <numerusform>%n rad</numerusform>
                <numerusform>%n rader</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/cli/copying.py" />
            <source>Copied {0} to {1}:</source>
            <translation>Kopierte {0} til {1}:</translation>
        </message>
        <message>
            <location filename="accelerator/cli/copying.py" />
            <source>copied {0} rows in {1} s; counts checked</source>
            <translation>kopierte {0} rader på {1} s; antallene er kontrollert</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>import companies, or the people registered for an event (all rows or none)</source>
            <translation>importer selskaper, eller påmeldte til et arrangement (alle rader eller ingen)</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>companies from a CSV file saved by a spreadsheet</source>
            <translation>selskaper fra en CSV-fil lagret fra et regneark</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>Import companies from a CSV file. Headers in English or Norwegian are recognised; the encoding and the delimiter are detected. If any row has a problem, every problem is listed and nothing is imported.</source>
            <translation>Importer selskaper fra en CSV-fil. Kolonneoverskrifter på norsk eller engelsk gjenkjennes, og tegnkodingen og skilletegnet finnes automatisk. Har en rad et problem, listes alle problemene opp, og ingenting importeres.</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>also enrol every company in this cohort</source>
            <translation>ta også opp alle selskapene i dette kullet</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>check the file and say what would happen</source>
            <translation>kontroller filen og vis hva som ville skjedd</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>a company whose organisation number is on record: update it from the file (default) or leave it as it is</source>
            <translation>et selskap med et organisasjonsnummer som allerede er registrert: oppdater det fra filen (standard) eller la det være som det er</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>e.g. utf-8, utf-16, cp1252</source>
            <translation>f.eks. utf-8, utf-16, cp1252</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>the column separator: ',', ';' or tab</source>
            <translation>kolonneskilletegnet: ',', ';' eller tab</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>the people an event-registration tool lists for an event (CSV or XLSX)</source>
            <translation>de påmeldte et påmeldingsverktøy lister opp for et arrangement (CSV eller XLSX)</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>Register for an event the people a registration tool's file lists: a name (or first and last name), an e-mail address, an organisation and its number, as CSV or as an Excel workbook. An address finds a contact on record and a number an organisation; what the import will make is listed. If any row has a problem, every problem is listed and nobody is registered.</source>
            <translation>Melder på et arrangement de personene en fil fra et påmeldingsverktøy lister opp: navn (eller fornavn og etternavn), e-postadresse, organisasjon og organisasjonsnummer, som CSV eller Excel-arbeidsbok. En e-postadresse finner en kontaktperson som er registrert, og et nummer en organisasjon; det importen vil opprette, listes opp. Har en rad feil, listes alle feilene opp, og ingen blir påmeldt.</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <location filename="accelerator/cli/reports.py" />
            <source>the event's title; add its day if several have that title (Havdagen 12.3.2026)</source>
            <translation>arrangementets tittel; legg til dagen hvis flere har den tittelen (Havdagen 12.3.2026)</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>a CSV file's: e.g. utf-8, utf-16, cp1252</source>
            <translation>for en CSV-fil: f.eks. utf-8, utf-16, cp1252</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>a CSV file's column separator: ',', ';' or tab</source>
            <translation>kolonneskilletegnet i en CSV-fil: ',', ';' eller tabulator</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>export companies, milestones, assessments or members as CSV or XLSX</source>
            <translation>eksporter selskaper, milepæler, vurderinger eller medlemmer som CSV eller XLSX</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>Write a table for a spreadsheet. members: one row per membership of a cluster (organisation, organisation number, kind, cluster, tier, joined, left), every cluster's and every one ever unless --cluster and --on say which.</source>
            <translation>Skriver en tabell for et regneark. members: én rad per medlemskap i en klynge (organisasjon, organisasjonsnummer, type, klynge, medlemsnivå, innmeldt, utmeldt), for alle klynger og alle medlemskap noensinne, med mindre --cluster og --on sier hvilke.</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>attendees: the people of the event --event names, one row each (name, e-mail, organisation, organisation number, status, registered, checked in, walk-in); those who cancelled are left out. meetings: the meeting plan of the event --event names (start, end, table, the two organisations, the need and the offer, status), by time and table.</source>
            <translation>attendees: deltakerne på arrangementet --event navngir, én rad hver (navn, e-post, organisasjon, organisasjonsnummer, status, påmeldt, sjekket inn, uanmeldt); de som meldte seg av, er utelatt. meetings: møteplanen for arrangementet --event navngir (start, slutt, bord, de to organisasjonene, behovet og tilbudet, status), etter tid og bord.</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>the file to write; .csv or .xlsx chooses the format</source>
            <translation>filen som skal skrives; .csv eller .xlsx bestemmer formatet</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>only this cohort</source>
            <translation>bare dette kullet</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>CSV column separator (';' for a Norwegian Excel)</source>
            <translation>kolonneskilletegn i CSV (';' for norsk Excel)</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>include the notes of confidential assessments (left out by default)</source>
            <translation>ta med notatene fra fortrolige vurderinger (utelates som standard)</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>members: only the members of this cluster</source>
            <translation>members: bare medlemmene i denne klyngen</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>members: only those who were members on this day (1.11.2026, 2026-11-01)</source>
            <translation>members: bare dem som var medlemmer denne dagen (1.11.2026, 2026-11-01)</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>attendees, meetings: the event's title, with its day if several have that title</source>
            <translation>attendees, meetings: arrangementets tittel, med dagen hvis flere har den tittelen</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/cli/data.py" />
            <source>Read {0}: %n rows, {1}, columns separated by {2}</source>
            <translation>
                <numerusform>Leste {0}: %n rad, {1}, kolonner skilt med {2}</numerusform>
                <numerusform>Leste {0}: %n rader, {1}, kolonner skilt med {2}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>Columns: {0}</source>
            <translation>Kolonner: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>  note: column {0}: {1}</source>
            <translation>  merk: kolonne {0}: {1}</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>no column looks like the company's name: call it Name (or Navn, Firmanavn)</source>
            <translation>ingen kolonne ser ut som selskapets navn: kall den Navn (eller Firmanavn, Name)</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>  note: {0}</source>
            <translation>  merk: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>Dry run, nothing written: {0}.</source>
            <translation>Prøvekjøring, ingenting er lagret: {0}.</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>Imported: {0}.</source>
            <translation>Importert: {0}.</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/cli/data.py" />
            <source>accelerator: nothing was imported: %n rows have problems</source>
            <translation>
                <numerusform>accelerator: ingenting ble importert: %n rad har feil</numerusform>
                <numerusform>accelerator: ingenting ble importert: %n rader har feil</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>--cohort chooses companies, milestones or assessments; choose members with --cluster and --on</source>
            <translation>--cohort velger selskaper, milepæler eller vurderinger; velg medlemmer med --cluster og --on</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>--cluster and --on choose members only</source>
            <translation>--cluster og --on velger bare medlemmer</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>meetings: say which event with --event NAME</source>
            <translation>meetings: si hvilket arrangement med --event NAVN</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>attendees: say which event with --event NAME</source>
            <translation>attendees: si hvilket arrangement med --event NAVN</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>--event chooses the attendees of an event only</source>
            <translation>--event velger bare deltakerne på et arrangement</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>--cohort chooses companies, milestones or assessments; choose attendees with --event</source>
            <translation>--cohort velger selskaper, milepæler eller vurderinger; velg deltakere med --event</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>{0}.</source>
            <translation>{0}.</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/cli/data.py" />
            <source>Read {0}: %n rows from the workbook's first sheet</source>
            <translation>
                <numerusform>Leste {0}: %n rad fra arbeidsbokens første ark</numerusform>
                <numerusform>Leste {0}: %n rader fra arbeidsbokens første ark</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>  note: not read: {0}</source>
            <translation>  merk: ikke lest: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>  new organisation: {0}</source>
            <translation>  ny organisasjon: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>  new contact: {0} ({1})</source>
            <translation>  ny kontaktperson: {0} ({1})</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>Dry run, nothing written: {0}, for {1} ({2}).</source>
            <translation>Prøvekjøring, ingenting er lagret: {0}, for {1} ({2}).</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/cli/data.py" />
            <source>%n events are called {0}: add the day, as in {1}; they are {2}</source>
            <translation>
                <numerusform>%n arrangement heter {0}: legg til dagen, som i {1}; det er {2}</numerusform>
                <numerusform>%n arrangementer heter {0}: legg til dagen, som i {1}; de er {2}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>there is no event called {0}; there are no events yet</source>
            <translation>det finnes ikke noe arrangement som heter {0}; det er ingen arrangementer ennå</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>{0} or {1}</source>
            <translation>{0} eller {1}</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>did you mean {0}?</source>
            <translation>mente du {0}?</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>the latest are {0}</source>
            <translation>de siste er {0}</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>there is no event called {0}; {1}</source>
            <translation>det finnes ikke noe arrangement som heter {0}; {1}</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>there is no cluster called {0}; there are no clusters yet</source>
            <translation>det finnes ingen klynge som heter {0}; det er ingen klynger ennå</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>there is no cluster called {0}; the clusters are {1}</source>
            <translation>det finnes ingen klynge som heter {0}; klyngene er {1}</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/cli/data.py" />
            <source>%n cohorts are called {0}: say which, {1}</source>
            <translation>
                <numerusform>%n kull heter {0}; oppgi hvilket: {1}</numerusform>
                <numerusform>%n kull heter {0}; oppgi hvilket: {1}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>there is no cohort called {0}; there are no cohorts yet</source>
            <translation>det finnes ikke noe kull som heter {0}; det finnes ingen kull ennå</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>the cohorts are {0}</source>
            <translation>kullene er {0}</translation>
        </message>
        <message>
            <location filename="accelerator/cli/data.py" />
            <source>there is no cohort called {0}; {1}</source>
            <translation>det finnes ikke noe kull som heter {0}; {1}</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>write a cohort, company, event, member or collaboration report (PDF)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>the cohort report: summary, charts and a section per company</source>
            <translation>kullrapporten: sammendrag, diagrammer og én del per selskap</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>Write the cohort report: cover, contents, a summary of every company, cohort charts, then one section per company.</source>
            <translation>Skriv kullrapporten: forside, innhold, et sammendrag av hvert selskap, diagrammer for kullet og deretter én del per selskap.</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>the cohort's name, e.g. 'Spring 2026'</source>
            <translation>kullets navn, f.eks. 'Vår 2026'</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>the programme, when several have a cohort of NAME</source>
            <translation>programmet, når flere programmer har et kull som heter NAME</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>one company's progress report</source>
            <translation>fremdriftsrapporten for ett selskap</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>Write one company's progress report for a cohort it is (or was) in.</source>
            <translation>Skriv fremdriftsrapporten for ett selskap i et kull det er (eller var) med i.</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>the company's name or organisation number</source>
            <translation>selskapets navn eller organisasjonsnummer</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>which of its cohorts (default: the most recent)</source>
            <translation>hvilket av selskapets kull (standard: det nyeste)</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>an event's report: its programme and who came</source>
            <translation>rapport for et arrangement: programmet og hvem som kom</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>Write an event's report: its programme, the registrations by where they ended, attendance by organisation kind and by cluster, and the organisations that came.</source>
            <translation>Skriv rapporten for et arrangement: programmet, påmeldingene etter hvordan de endte, oppmøte etter organisasjonstype og etter klynge, og organisasjonene som kom.</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>an event's meeting plan to print and pin up</source>
            <translation>møteplanen for et arrangement, til å skrive ut og henge opp</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>Write the meeting plan of an event as a handout: a page for each time slot with its tables and who meets whom, in large type, then a page for each organisation with its own meetings.</source>
            <translation>Skriv møteplanen for et arrangement som utdelingsark: en side for hvert tidspunkt med bordene og hvem som møter hvem, i stor skrift, deretter en side for hver organisasjon med dens egne møter.</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>the member register on a day</source>
            <translation>medlemsregisteret på en dato</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>Write the member register on a day: per cluster, its members by kind and tier, who joined and who left during the year up to that day, and the list of members.</source>
            <translation>Skriv medlemsregisteret slik det var på en dato: for hver klynge medlemmene etter type og medlemsnivå, hvem som meldte seg inn og ut i løpet av året fram til datoen, og listen over medlemmer.</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>the day the register is as it stood on (default: today)</source>
            <translation>datoen registeret gjelder for (standard: i dag)</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>only this cluster's members (default: every cluster)</source>
            <translation>bare medlemmene i denne klyngen (standard: alle klynger)</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>a year's joint projects, their funding and the collaboration map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>Write the collaboration report of a year: the joint projects active in it by status and by strategic area, cross-cluster projects by pair of clusters, funding applied for and granted by scheme, the list of the projects, and the collaboration map.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>the year of the projects (default: this year)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>only the projects this cluster is involved in (default: every cluster's)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>the PDF file to write</source>
            <translation>PDF-filen som skal skrives</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>US Letter pages instead of A4</source>
            <translation>US Letter-sider i stedet for A4</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>the report's language: nb (bokmål) or en (default: the language the program speaks, see accelerator --help)</source>
            <translation>rapportens språk: nb (bokmål) eller en (standard: språket programmet bruker, se accelerator --help)</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>include confidential notes (the report is marked Internal on every page)</source>
            <translation>ta med fortrolige notater (rapporten merkes som intern på hver side)</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>only the notes of assessments from this day on (1.11.2026, 2026-11-01, 1 Nov 2026)</source>
            <translation>bare notater fra vurderinger fra og med denne dagen (1.11.2026, 2026-11-01, 1. nov. 2026)</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>levels as they stood on this day, and no notes after it</source>
            <translation>nivåene slik de var denne dagen, og ingen notater etter den</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>{0} is not a year; write it with four digits, as 2026</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="accelerator/cli/reports.py" />
            <source>Wrote the report of {0} ({1}, %n companies) to {2}</source>
            <translation>
                <numerusform>Skrev rapporten for {0} ({1}, %n selskap) til {2}</numerusform>
                <numerusform>Skrev rapporten for {0} ({1}, %n selskaper) til {2}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>{0} is not assessed yet: the report shows its profile and milestones, without levels.</source>
            <translation>{0} er ikke vurdert ennå: rapporten viser profilen og milepælene, uten nivåer.</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>Wrote the progress report of {0} in {1} ({2}) to {3}</source>
            <translation>Skrev fremdriftsrapporten for {0} i {1} ({2}) til {3}</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>Wrote the report of {0} ({1}) to {2}</source>
            <translation>Skrev rapporten for {0} ({1}) til {2}</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>Wrote the meeting plan of {0} ({1}) to {2}</source>
            <translation>Skrev møteplanen for {0} ({1}) til {2}</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>Wrote the member register of {0} on {1} to {2}</source>
            <translation>Skrev medlemsregisteret for {0} per {1} til {2}</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>Wrote the member register of every cluster on {0} to {1}</source>
            <translation>Skrev medlemsregisteret for alle klynger per {0} til {1}</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/cli/reports.py" />
            <source>Wrote the collaboration report of {0} for {1} (%n projects) to {2}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/cli/reports.py" />
            <source>Wrote the collaboration report for {0} (%n projects) to {1}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>Kick-off report: no assessments by {0}.</source>
            <translation>Oppstartsrapport: ingen vurderinger per {0}.</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>Kick-off report: no assessments yet.</source>
            <translation>Oppstartsrapport: ingen vurderinger ennå.</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/cli/reports.py" />
            <source>Progress report: all %n companies assessed.</source>
            <translation>
                <numerusform>Fremdriftsrapport: %n av %n selskap er vurdert.</numerusform>
                <numerusform>Fremdriftsrapport: alle %n selskapene er vurdert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/cli/reports.py" />
            <source>Progress report: {0} of %n companies assessed; the others are marked Not assessed yet.</source>
            <translation>
                <numerusform>Fremdriftsrapport: {0} av %n selskap er vurdert; de andre er merket «Ikke vurdert ennå».</numerusform>
                <numerusform>Fremdriftsrapport: {0} av %n selskaper er vurdert; de andre er merket «Ikke vurdert ennå».</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>there is no programme called {0}{1}</source>
            <translation>det finnes ikke noe program som heter {0}{1}</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>several programmes have a cohort called {0} ({1}); choose one with --programme</source>
            <translation>flere programmer har et kull som heter {0} ({1}); velg ett med --programme</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>there is no cohort called {0} in {1}{2}</source>
            <translation>det finnes ikke noe kull som heter {0} i {1}{2}</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>there is no cohort called {0}{1}</source>
            <translation>det finnes ikke noe kull som heter {0}{1}</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>no number</source>
            <translation>uten nummer</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>several companies are called {0} ({1}); give the organisation number</source>
            <translation>flere selskaper heter {0} ({1}); oppgi organisasjonsnummeret</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>there is no company with the organisation number {0}{1}</source>
            <translation>det finnes ikke noe selskap med organisasjonsnummeret {0}{1}</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>there is no company with the name {0}{1}</source>
            <translation>det finnes ikke noe selskap som heter {0}{1}</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>{0} is not enrolled in any cohort, so has no report</source>
            <translation>{0} er ikke tatt opp i noe kull og har derfor ingen rapport</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>{0} is in several cohorts called {1}: {2}</source>
            <translation>{0} er med i flere kull som heter {1}: {2}</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>{0} is not in a cohort called {1}; its cohorts: {2}</source>
            <translation>{0} er ikke med i noe kull som heter {1}; selskapets kull: {2}</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>; did you mean: {0}?</source>
            <translation>; mente du: {0}?</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>; there are no cohorts yet</source>
            <translation>; det finnes ingen kull ennå</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/cli/reports.py" />
            <source>; the cohorts are: {0} and %n more</source>
            <translation>
                <numerusform>; kullene er: {0} og %n til</numerusform>
                <numerusform>; kullene er: {0} og %n til</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>; the cohorts are: {0}</source>
            <translation>; kullene er: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>; there are no programmes yet</source>
            <translation>; det finnes ingen programmer ennå</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/cli/reports.py" />
            <source>; the programmes are: {0} and %n more</source>
            <translation>
                <numerusform>; programmene er: {0} og %n til</numerusform>
                <numerusform>; programmene er: {0} og %n til</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>; the programmes are: {0}</source>
            <translation>; programmene er: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/cli/reports.py" />
            <source>Writing the report… {0}%</source>
            <translation>Skriver rapporten… {0} %</translation>
        </message>
        <message>
            <location filename="accelerator/cli/safety.py" />
            <source>daily</source>
            <translation>daglig</translation>
        </message>
        <message>
            <location filename="accelerator/cli/safety.py" />
            <source>manual</source>
            <translation>manuell</translation>
        </message>
        <message>
            <location filename="accelerator/cli/safety.py" />
            <source>pre-migration</source>
            <translation>før migrering</translation>
        </message>
        <message>
            <location filename="accelerator/cli/safety.py" />
            <source>pre-restore</source>
            <translation>før gjenoppretting</translation>
        </message>
        <message>
            <location filename="accelerator/cli/safety.py" />
            <source>make a checked copy of the database in the backups folder</source>
            <translation>lag en kontrollert kopi av databasen i mappen for sikkerhetskopier</translation>
        </message>
        <message>
            <location filename="accelerator/cli/safety.py" />
            <source>list the backups (newest first) instead</source>
            <translation>vis sikkerhetskopiene (nyeste først) i stedet</translation>
        </message>
        <message>
            <location filename="accelerator/cli/safety.py" />
            <source>replace the database with a backup (the current one is kept as a backup)</source>
            <translation>erstatt databasen med en sikkerhetskopi (den nåværende tas vare på som sikkerhetskopi)</translation>
        </message>
        <message>
            <location filename="accelerator/cli/safety.py" />
            <source>the backup to restore</source>
            <translation>sikkerhetskopien som skal gjenopprettes</translation>
        </message>
        <message>
            <location filename="accelerator/cli/safety.py" />
            <source>{0} is a database server: back it up with the server's own tools (pg_dump), not with Accelerator</source>
            <translation>{0} er en databaseserver: ta sikkerhetskopi med serverens egne verktøy (pg_dump), ikke med Accelerator</translation>
        </message>
        <message>
            <location filename="accelerator/cli/safety.py" />
            <source>No backups of {0} in {1}</source>
            <translation>Ingen sikkerhetskopier av {0} i {1}</translation>
        </message>
        <message>
            <location filename="accelerator/cli/safety.py" />
            <source>there is no database at {0} to back up</source>
            <translation>det finnes ingen database i {0} å ta sikkerhetskopi av</translation>
        </message>
        <message>
            <location filename="accelerator/cli/safety.py" />
            <source>Restored {0} from {1} (schema {2}).</source>
            <translation>Gjenopprettet {0} fra {1} (skjema {2}).</translation>
        </message>
        <message>
            <location filename="accelerator/cli/safety.py" />
            <source>The database it replaced is kept as {0}</source>
            <translation>Databasen som ble erstattet, er tatt vare på som {0}</translation>
        </message>
        <message>
            <location filename="accelerator/cli/safety.py" />
            <source>The damaged database it replaced was moved to {0}</source>
            <translation>Den skadde databasen som ble erstattet, er flyttet til {0}</translation>
        </message>
        <message>
            <location filename="accelerator/cli/server.py" />
            <source>set up and upgrade a shared PostgreSQL server (team mode)</source>
            <translation>sett opp og oppgrader en delt PostgreSQL-server (teammodus)</translation>
        </message>
        <message>
            <location filename="accelerator/cli/server.py" />
            <source>Set up a PostgreSQL database for a team, upgrade it, and add the people who use it. Each command connects as an administrator (--admin-url, or ACCELERATOR_ADMIN_URL); see docs/team-mode.md.</source>
            <translation>Sett opp en PostgreSQL-database for et team, oppgrader den og legg til personene som bruker den. Hver kommando kobler til som administrator (--admin-url eller ACCELERATOR_ADMIN_URL); se docs/team-mode.md.</translation>
        </message>
        <message>
            <location filename="accelerator/cli/server.py" />
            <source>create the roles, the database and its tables, and the first coordinator</source>
            <translation>opprett rollene, databasen og tabellene, og den første koordinatoren</translation>
        </message>
        <message>
            <location filename="accelerator/cli/server.py" />
            <source>the first coordinator's login (also their user name)</source>
            <translation>påloggingsnavnet til den første koordinatoren (også brukernavnet)</translation>
        </message>
        <message>
            <location filename="accelerator/cli/server.py" />
            <source>the first coordinator's full name</source>
            <translation>fullt navn på den første koordinatoren</translation>
        </message>
        <message>
            <location filename="accelerator/cli/server.py" />
            <source>start with the data of a local Accelerator file (its users then get their logins with add-user)</source>
            <translation>start med dataene fra en lokal Accelerator-fil (brukerne får deretter pålogging med add-user)</translation>
        </message>
        <message>
            <location filename="accelerator/cli/server.py" />
            <location filename="accelerator/cli/users.py" />
            <source>read the password from stdin</source>
            <translation>les passordet fra stdin</translation>
        </message>
        <message>
            <location filename="accelerator/cli/server.py" />
            <source>bring the tables and permissions up to this version of the program</source>
            <translation>oppdater tabellene og rettighetene til denne versjonen av programmet</translation>
        </message>
        <message>
            <location filename="accelerator/cli/server.py" />
            <source>give a person a login on the server and a user in the program</source>
            <translation>gi en person pålogging på serveren og en bruker i programmet</translation>
        </message>
        <message>
            <location filename="accelerator/cli/server.py" />
            <source>their login, and their user name in the program</source>
            <translation>personens påloggingsnavn, som også blir brukernavnet i programmet</translation>
        </message>
        <message>
            <location filename="accelerator/cli/server.py" />
            <source>the name shown in the program (new users)</source>
            <translation>navnet som vises i programmet (nye brukere)</translation>
        </message>
        <message>
            <location filename="accelerator/cli/server.py" />
            <source>open a shared server by default on this machine (or --local: the file again)</source>
            <translation>åpne en delt server som standard på denne maskinen (eller --local: filen igjen)</translation>
        </message>
        <message>
            <location filename="accelerator/cli/server.py" />
            <source>Save the URL of the team's server, so that 'accelerator' opens it without --db. The URL may name a login; it must not hold a password (that comes from the sign-in dialog, PGPASSWORD or ~/.pgpass).</source>
            <translation>Lagre URL-en til teamets server, slik at 'accelerator' åpner den uten --db. URL-en kan inneholde et påloggingsnavn, men ikke et passord (det kommer fra innloggingsdialogen, PGPASSWORD eller ~/.pgpass).</translation>
        </message>
        <message>
            <location filename="accelerator/cli/server.py" />
            <source>open the local file again</source>
            <translation>åpne den lokale filen igjen</translation>
        </message>
        <message>
            <location filename="accelerator/cli/server.py" />
            <source>Accelerator opens the local file again: {0}</source>
            <translation>Accelerator åpner den lokale filen igjen: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/cli/server.py" />
            <source>give a server URL: postgresql+psycopg://[login@]host/database</source>
            <translation>oppgi en server-URL: postgresql+psycopg://[login@]host/database</translation>
        </message>
        <message>
            <location filename="accelerator/cli/server.py" />
            <source>leave the password out of the URL: it is not saved (the program asks for it, or takes it from PGPASSWORD or ~/.pgpass); nothing was saved</source>
            <translation>ta passordet ut av URL-en: det lagres ikke (programmet spør etter det eller henter det fra PGPASSWORD eller ~/.pgpass); ingenting ble lagret</translation>
        </message>
        <message>
            <location filename="accelerator/cli/server.py" />
            <source>Accelerator opens {0} from now on (accelerator connect --local to undo).</source>
            <translation>Accelerator åpner {0} fra nå av (angre med accelerator connect --local).</translation>
        </message>
        <message>
            <location filename="accelerator/cli/server.py" />
            <source>a superuser's connection, e.g. {0} (default: ACCELERATOR_ADMIN_URL); its password from PGPASSWORD or ~/.pgpass</source>
            <translation>tilkobling som superbruker, f.eks. {0} (standard: ACCELERATOR_ADMIN_URL); passordet hentes fra PGPASSWORD eller ~/.pgpass</translation>
        </message>
        <message>
            <location filename="accelerator/cli/server.py" />
            <source>the team's database on the server (default: {0})</source>
            <translation>teamets database på serveren (standard: {0})</translation>
        </message>
        <message>
            <location filename="accelerator/cli/server.py" />
            <source>say how to reach the server as an administrator: --admin-url URL</source>
            <translation>oppgi hvordan serveren nås som administrator: --admin-url URL</translation>
        </message>
        <message>
            <location filename="accelerator/cli/server.py" />
            <source>--admin-url must be a postgresql+psycopg:// URL</source>
            <translation>--admin-url må være en postgresql+psycopg://-URL</translation>
        </message>
        <message>
            <location filename="accelerator/cli/server.py" />
            <location filename="accelerator/cli/users.py" />
            <source>Password again: </source>
            <translation>Passord en gang til: </translation>
        </message>
        <message>
            <location filename="accelerator/cli/server.py" />
            <location filename="accelerator/cli/users.py" />
            <source>the two passwords differ; nothing was changed</source>
            <translation>de to passordene er ulike; ingenting ble endret</translation>
        </message>
        <message>
            <location filename="accelerator/cli/server.py" />
            <source>the server refused: {0}</source>
            <translation>serveren avviste: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/cli/server.py" />
            <source>name the first coordinator with --coordinator USERNAME --name 'Full Name' (or start from a file's data with --copy-from PATH)</source>
            <translation>oppgi den første koordinatoren med --coordinator USERNAME --name 'Fullt navn' (eller start med dataene fra en fil med --copy-from PATH)</translation>
        </message>
        <message>
            <location filename="accelerator/cli/server.py" />
            <source>Copied {0} rows from {1}; counts checked.</source>
            <translation>Kopierte {0} rader fra {1}; antallene er kontrollert.</translation>
        </message>
        <message>
            <location filename="accelerator/cli/server.py" />
            <source>Database {0} is set up, with its roles and permissions.</source>
            <translation>Databasen {0} er satt opp, med roller og rettigheter.</translation>
        </message>
        <message>
            <location filename="accelerator/cli/server.py" />
            <source>Give each person their login on the server (they choose a new password):</source>
            <translation>Gi hver person pålogging på serveren (de velger et nytt passord):</translation>
        </message>
        <message>
            <location filename="accelerator/cli/server.py" />
            <source>Database {0} is at this version's schema; permissions applied.</source>
            <translation>Databasen {0} har skjemaet til denne versjonen; rettighetene er satt.</translation>
        </message>
        <message>
            <location filename="accelerator/cli/server.py" />
            <source>{0} is a new user: give their full name with --name</source>
            <translation>{0} er en ny bruker: oppgi fullt navn med --name</translation>
        </message>
        <message>
            <location filename="accelerator/cli/server.py" />
            <source>{0} ({1}, {2}): added; can sign in.</source>
            <translation>{0} ({1}, {2}): lagt til; kan logge inn.</translation>
        </message>
        <message>
            <location filename="accelerator/cli/server.py" />
            <source>{0} ({1}, {2}): already a user; can sign in.</source>
            <translation>{0} ({1}, {2}): er allerede bruker; kan logge inn.</translation>
        </message>
        <message>
            <location filename="accelerator/cli/users.py" />
            <source>list, add, deactivate and reset users</source>
            <translation>vis, legg til, deaktiver og tilbakestill brukere</translation>
        </message>
        <message>
            <location filename="accelerator/cli/users.py" />
            <source>every user with role and state</source>
            <translation>alle brukere med rolle og status</translation>
        </message>
        <message>
            <location filename="accelerator/cli/users.py" />
            <source>add a user (asks for the password)</source>
            <translation>legg til en bruker (spør etter passordet)</translation>
        </message>
        <message>
            <location filename="accelerator/cli/users.py" />
            <source>the name shown in the program</source>
            <translation>navnet som vises i programmet</translation>
        </message>
        <message>
            <location filename="accelerator/cli/users.py" />
            <source>stop a user from signing in (their records keep their name)</source>
            <translation>steng en bruker ute (navnet blir stående på det brukeren har registrert)</translation>
        </message>
        <message>
            <location filename="accelerator/cli/users.py" />
            <source>let a deactivated user sign in again</source>
            <translation>la en deaktivert bruker logge inn igjen</translation>
        </message>
        <message>
            <location filename="accelerator/cli/users.py" />
            <source>set a new password for a user</source>
            <translation>sett et nytt passord for en bruker</translation>
        </message>
        <message>
            <location filename="accelerator/cli/users.py" />
            <source>none yet</source>
            <translation>ingen ennå</translation>
        </message>
        <message>
            <location filename="accelerator/cli/users.py" />
            <source>there is no user {0} (users: {1})</source>
            <translation>det finnes ingen bruker {0} (brukere: {1})</translation>
        </message>
        <message>
            <location filename="accelerator/cli/users.py" />
            <source>Password: </source>
            <translation>Passord: </translation>
        </message>
        <message>
            <location filename="accelerator/cli/users.py" />
            <source>No users yet. Add the first coordinator with: accelerator users add NAME --name 'Full Name' --role coordinator</source>
            <translation>Ingen brukere ennå. Legg til den første koordinatoren med: accelerator users add BRUKERNAVN --name 'Fullt navn' --role coordinator</translation>
        </message>
        <message>
            <location filename="accelerator/cli/users.py" />
            <source>active</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <location filename="accelerator/cli/users.py" />
            <source>deactivated</source>
            <translation>deaktivert</translation>
        </message>
        <message>
            <location filename="accelerator/cli/users.py" />
            <source>Added {0} ({1}, {2})</source>
            <translation>La til {0} ({1}, {2})</translation>
        </message>
        <message>
            <location filename="accelerator/cli/users.py" />
            <source>{0} is now active</source>
            <translation>{0} er nå aktiv</translation>
        </message>
        <message>
            <location filename="accelerator/cli/users.py" />
            <source>{0} is now deactivated</source>
            <translation>{0} er nå deaktivert</translation>
        </message>
        <message>
            <location filename="accelerator/cli/users.py" />
            <source>New password set for {0}</source>
            <translation>Nytt passord er satt for {0}</translation>
        </message>
        <message>
            <source>write a cohort, company, event or member report (PDF)</source>
            <translation type="vanished">skriv en kull-, selskaps-, arrangements- eller medlemsrapport (PDF)</translation>
        </message>
        <message>
            <source>attendees: the people of the event --event names, one row each (name, e-mail, organisation, organisation number, status, registered, checked in, walk-in); those who cancelled are left out.</source>
            <translation type="vanished">attendees: personene på arrangementet --event viser til, én rad hver (navn, e-post, organisasjon, organisasjonsnummer, status, påmeldt, sjekket inn, uten påmelding); de som har meldt seg av, er utelatt.</translation>
        </message>
        <message>
            <source>attendees: the event's title, with its day if several have that title</source>
            <translation type="vanished">attendees: arrangementets tittel, med dagen hvis flere har den tittelen</translation>
        </message>
        <message>
            <source>write a cohort or company report (PDF)</source>
            <translation type="vanished">skriv en kullrapport eller selskapsrapport (PDF)</translation>
        </message>
        <message>
            <source>import companies from a CSV file (all rows or none)</source>
            <translation type="vanished">importer selskaper fra en CSV-fil (alle rader eller ingen)</translation>
        </message>
        <message>
            <source>export companies, milestones or assessments as CSV or XLSX</source>
            <translation type="vanished">eksporter selskaper, milepæler eller vurderinger som CSV eller XLSX</translation>
        </message>
    </context>
    <context>
        <name>CandidateCompaniesModel</name>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Company</source>
            <translation>Selskap</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Org. number</source>
            <translation>Org.nr.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Sector</source>
            <translation>Bransje</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Home cluster</source>
            <translation>Hjemmeklynge</translation>
        </message>
    </context>
    <context>
        <name>CatalogueTableModel</name>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>In use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>How many projects or applications name it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>Offered</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CataloguesDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Strategic areas and funding schemes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>A project names its strategic area, an application its scheme. One that is retired is offered no more and stays where it is named; one nothing names can be removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Strategic areas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Funding schemes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/password_dialog.py" />
            <source>Change your password</source>
            <translation>Endre passordet ditt</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/password_dialog.py" />
            <source>Change password</source>
            <translation>Endre passord</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/password_dialog.py" />
            <source>Signed in as {0}. Type your current password, then the new one twice.</source>
            <translation>Logget inn som {0}. Skriv inn det nåværende passordet ditt, og deretter det nye to ganger.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/password_dialog.py" />
            <source>&amp;Current password:</source>
            <translation>Nå&amp;værende passord:</translation>
        </message>
    </context>
    <context>
        <name>ChangeTierDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/membership_dialogs.py" />
            <source>Tier of {0}</source>
            <translation>Medlemsnivå for {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/membership_dialogs.py" />
            <source>Change tier</source>
            <translation>Endre medlemsnivå</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/membership_dialogs.py" />
            <source>Organisation:</source>
            <translation>Organisasjon:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/membership_dialogs.py" />
            <source>Cluster:</source>
            <translation>Klynge:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/membership_dialogs.py" />
            <source>Member since:</source>
            <translation>Medlem siden:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/membership_dialogs.py" />
            <source>&amp;Tier:</source>
            <translation>&amp;Medlemsnivå:</translation>
        </message>
    </context>
    <context>
        <name>ChangeWatch</name>
        <message>
            <location filename="accelerator/ui/change_watch.py" />
            <source>Connected again.</source>
            <translation>Tilkoblet igjen.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/change_watch.py" />
            <source>The database does not answer; changes by others will show when it does.</source>
            <translation>Databasen svarer ikke; endringer andre gjør, vises når den svarer igjen.</translation>
        </message>
    </context>
    <context>
        <name>ChartView</name>
        <message>
            <location filename="accelerator/ui/widgets/chart_view.py" />
            <source>No assessments yet: the chart appears after the first assessment.</source>
            <translation>Ingen vurderinger ennå: diagrammet vises etter den første vurderingen.</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <location filename="accelerator/reports/charts.py" />
            <source>{0}%</source>
            <translation>{0} %</translation>
        </message>
        <message>
            <location filename="accelerator/reports/charts.py" />
            <source>Latest</source>
            <translation>Siste vurdering</translation>
        </message>
        <message>
            <location filename="accelerator/reports/charts.py" />
            <source>Baseline</source>
            <translation>Startvurdering</translation>
        </message>
        <message>
            <location filename="accelerator/reports/charts.py" />
            <source>Readiness: baseline and latest</source>
            <translation>Modenhet: startvurdering og siste vurdering</translation>
        </message>
        <message>
            <location filename="accelerator/reports/charts.py" />
            <source>No assessment yet</source>
            <translation>Ingen vurdering ennå</translation>
        </message>
        <message>
            <location filename="accelerator/reports/charts.py" />
            <source>Unchanged since the baseline</source>
            <translation>Uendret siden startvurderingen</translation>
        </message>
        <message>
            <location filename="accelerator/reports/charts.py" />
            <source>Baseline: level {0} ({1})</source>
            <translation>Startvurdering: nivå {0} ({1})</translation>
        </message>
        <message>
            <location filename="accelerator/reports/charts.py" />
            <source>{0}: baseline level {1}</source>
            <translation>{0}: nivå {1} ved startvurderingen</translation>
        </message>
        <message>
            <location filename="accelerator/reports/charts.py" />
            <source>{0}: baseline level {1} — {2}: {3}</source>
            <translation>{0}: nivå {1} ved startvurderingen — {2}: {3}</translation>
        </message>
        <message>
            <location filename="accelerator/reports/charts.py" />
            <source>{0}: not assessed yet</source>
            <translation>{0}: ikke vurdert ennå</translation>
        </message>
        <message>
            <location filename="accelerator/reports/charts.py" />
            <source>No dimensions in this framework</source>
            <translation>Ingen dimensjoner i dette rammeverket</translation>
        </message>
        <message>
            <location filename="accelerator/reports/charts.py" />
            <source>Levels over time</source>
            <translation>Nivåer over tid</translation>
        </message>
        <message>
            <location filename="accelerator/reports/charts.py" />
            <source>No assessments yet</source>
            <translation>Ingen vurderinger ennå</translation>
        </message>
        <message>
            <location filename="accelerator/reports/charts.py" />
            <source>Assessed {0} ({1})</source>
            <translation>Vurdert {0} ({1})</translation>
        </message>
        <message>
            <location filename="accelerator/reports/charts.py" />
            <source>not assessed</source>
            <translation>ikke vurdert</translation>
        </message>
        <message>
            <location filename="accelerator/reports/charts.py" />
            <source>Readiness levels by company and dimension</source>
            <translation>Modenhetsnivå per selskap og dimensjon</translation>
        </message>
        <message>
            <location filename="accelerator/reports/charts.py" />
            <source>No companies in this cohort</source>
            <translation>Ingen selskaper i dette kullet</translation>
        </message>
        <message>
            <location filename="accelerator/reports/charts.py" />
            <source>Cohort mean</source>
            <translation>Snitt for kullet</translation>
        </message>
        <message>
            <location filename="accelerator/reports/charts.py" />
            <source>Level</source>
            <translation>Nivå</translation>
        </message>
        <message>
            <location filename="accelerator/reports/charts.py" />
            <source>Distribution of levels per dimension</source>
            <translation>Fordeling av nivåer per dimensjon</translation>
        </message>
        <message>
            <location filename="accelerator/reports/charts.py" />
            <source>mean {0}</source>
            <translation>snitt {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/reports/charts.py" />
            <source>%n companies at this level</source>
            <translation>
                <numerusform>%n selskap på dette nivået</numerusform>
                <numerusform>%n selskaper på dette nivået</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/reports/charts.py" />
            <source>not assessed yet</source>
            <translation>ikke vurdert ennå</translation>
        </message>
        <message>
            <location filename="accelerator/reports/charts.py" />
            <source>Milestones done per company</source>
            <translation>Fullførte milepæler per selskap</translation>
        </message>
        <message>
            <location filename="accelerator/reports/charts.py" />
            <source>{0} of {1}</source>
            <translation>{0} av {1}</translation>
        </message>
        <message>
            <location filename="accelerator/reports/charts.py" />
            <source>{0} overdue</source>
            <translation>{0} forsinket</translation>
        </message>
        <message>
            <location filename="accelerator/reports/charts.py" />
            <source>no applicable milestones</source>
            <translation>ingen aktuelle milepæler</translation>
        </message>
        <message>
            <location filename="accelerator/reports/charts.py" />
            <source>{0}: no applicable milestones</source>
            <translation>{0}: ingen aktuelle milepæler</translation>
        </message>
        <message>
            <location filename="accelerator/reports/charts.py" />
            <source>{0}: {1} of {2} milestones done, {3} overdue</source>
            <translation>{0}: {1} av {2} milepæler fullført, {3} forsinket</translation>
        </message>
        <message>
            <location filename="accelerator/reports/charts.py" />
            <source>{0}: {1} of {2} milestones done</source>
            <translation>{0}: {1} av {2} milepæler fullført</translation>
        </message>
        <message>
            <location filename="accelerator/reports/data.py" />
            <source>{0}: level {1}</source>
            <translation>{0}: nivå {1}</translation>
        </message>
        <message>
            <location filename="accelerator/reports/data.py" />
            <source>{0}: level {1} — {2}: {3}</source>
            <translation>{0}: nivå {1} — {2}: {3}</translation>
        </message>
    </context>
    <context>
        <name>CheckInWindow</name>
        <message>
            <location filename="accelerator/ui/checkin.py" />
            <source>expected</source>
            <translation>forventet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/checkin.py" />
            <source>arrived</source>
            <translation>kommet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/checkin.py" />
            <source>walk-ins</source>
            <translation>uten påmelding</translation>
        </message>
        <message>
            <location filename="accelerator/ui/checkin.py" />
            <source>Type a few letters of a name or an organisation, then Enter</source>
            <translation>Skriv noen bokstaver av et navn eller en organisasjon, og trykk Enter</translation>
        </message>
        <message>
            <location filename="accelerator/ui/checkin.py" />
            <source>&amp;Walk-in…</source>
            <translation>&amp;Uten påmelding…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/checkin.py" />
            <source>Someone not on the list (Ctrl+N)</source>
            <translation>Noen som ikke står på listen (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/checkin.py" />
            <source>&amp;Undo last check-in</source>
            <translation>&amp;Angre siste innsjekking</translation>
        </message>
        <message>
            <location filename="accelerator/ui/checkin.py" />
            <source>Undo the last check-in made here (Ctrl+Z)</source>
            <translation>Angre den siste innsjekkingen gjort her (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/checkin.py" />
            <source>&amp;Refresh</source>
            <translation>&amp;Oppdater</translation>
        </message>
        <message>
            <location filename="accelerator/ui/checkin.py" />
            <source>Read the list again, with others' check-ins (F5)</source>
            <translation>Les listen på nytt, med andres innsjekkinger (F5)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/checkin.py" />
            <source>Check-in: {0}</source>
            <translation>Innsjekking: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/checkin.py" />
            <source>Online</source>
            <translation>Digitalt</translation>
        </message>
        <message>
            <location filename="accelerator/ui/checkin.py" />
            <source>The door opens on {0}: nobody can be checked in before the day of the event. The list is here to read.</source>
            <translation>Innsjekkingen åpner {0}: ingen kan sjekkes inn før dagen for arrangementet. Listen kan leses her.</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/checkin.py" />
            <source>%n on the waitlist</source>
            <translation>
                <numerusform>%n på venteliste</numerusform>
                <numerusform>%n på venteliste</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/checkin.py" />
            <source>%n places</source>
            <translation>
                <numerusform>%n plass</numerusform>
                <numerusform>%n plasser</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/checkin.py" />
            <source>%n registered</source>
            <translation>
                <numerusform>%n påmeldt</numerusform>
                <numerusform>%n påmeldte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/checkin.py" />
            <source>%n found</source>
            <translation>
                <numerusform>%n funnet</numerusform>
                <numerusform>%n funnet</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/ui/checkin.py" />
            <source>Nobody on the list: Enter adds them as a walk-in</source>
            <translation>Ingen på listen: Enter legger vedkommende til uten påmelding</translation>
        </message>
        <message>
            <location filename="accelerator/ui/checkin.py" />
            <source>Type a few letters of a name or an organisation first.</source>
            <translation>Skriv noen bokstaver av et navn eller en organisasjon først.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/checkin.py" />
            <source>{0} is checked in already ({1}). Nothing changed.</source>
            <translation>{0} er allerede sjekket inn ({1}). Ingenting er endret.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/checkin.py" />
            <source>{0}: welcome (they were on the waitlist)</source>
            <translation>{0}: velkommen (sto på venteliste)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/checkin.py" />
            <source>{0}: welcome (they had cancelled)</source>
            <translation>{0}: velkommen (hadde meldt seg av)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/checkin.py" />
            <source>{0}: welcome (they were marked as a no-show)</source>
            <translation>{0}: velkommen (var registrert som ikke møtt)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/checkin.py" />
            <source>{0}: welcome</source>
            <translation>{0}: velkommen</translation>
        </message>
        <message>
            <location filename="accelerator/ui/checkin.py" />
            <source>{0}: welcome, added as a walk-in</source>
            <translation>{0}: velkommen, lagt til uten påmelding</translation>
        </message>
        <message>
            <location filename="accelerator/ui/checkin.py" />
            <source>{0}: welcome (they were on the list after all)</source>
            <translation>{0}: velkommen (sto på listen likevel)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/checkin.py" />
            <source>There is no check-in made here to undo.</source>
            <translation>Det er ingen innsjekking gjort her å angre.</translation>
        </message>
    </context>
    <context>
        <name>CheckinTableModel</name>
        <message>
            <location filename="accelerator/ui/models/checkin_table.py" />
            <source>Walked in {0}</source>
            <translation>Kom uten påmelding {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/checkin_table.py" />
            <source>Arrived {0}</source>
            <translation>Kom {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/checkin_table.py" />
            <source>Expected</source>
            <translation>Forventet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/checkin_table.py" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/checkin_table.py" />
            <source>Organisation</source>
            <translation>Organisasjon</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/checkin_table.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>ClusterDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/cluster_dialogs.py" />
            <source>New cluster</source>
            <translation>Ny klynge</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cluster_dialogs.py" />
            <source>Edit cluster</source>
            <translation>Rediger klynge</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cluster_dialogs.py" />
            <source>Create cluster</source>
            <translation>Opprett klynge</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cluster_dialogs.py" />
            <source>Save</source>
            <translation>Lagre</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cluster_dialogs.py" />
            <source>e.g. Vestkyst Ocean Technology Cluster</source>
            <translation>f.eks. Vestkyst Ocean Technology Cluster</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cluster_dialogs.py" />
            <source>e.g. VOTC</source>
            <translation>f.eks. VOTC</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cluster_dialogs.py" />
            <source>e.g. Vestland</source>
            <translation>f.eks. Vestland</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cluster_dialogs.py" />
            <source>One of &amp;our clusters, not a partner's</source>
            <translation>En av &amp;våre klynger, ikke en partners</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cluster_dialogs.py" />
            <source>&amp;Add tier</source>
            <translation>&amp;Legg til nivå</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cluster_dialogs.py" />
            <source>Move &amp;up</source>
            <translation>Flytt &amp;opp</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cluster_dialogs.py" />
            <source>Move &amp;down</source>
            <translation>Flytt n&amp;ed</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cluster_dialogs.py" />
            <source>Re&amp;move</source>
            <translation>&amp;Fjern</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cluster_dialogs.py" />
            <source>&amp;Name:</source>
            <translation>&amp;Navn:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cluster_dialogs.py" />
            <source>S&amp;hort name:</source>
            <translation>&amp;Kortnavn:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cluster_dialogs.py" />
            <source>&amp;Level:</source>
            <translation>N&amp;ivå:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cluster_dialogs.py" />
            <source>&amp;Region:</source>
            <translation>&amp;Region:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cluster_dialogs.py" />
            <source>&amp;Website:</source>
            <translation>Nett&amp;sted:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cluster_dialogs.py" />
            <source>&amp;Tiers:</source>
            <translation>&amp;Medlemsnivåer:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cluster_dialogs.py" />
            <source>New tier</source>
            <translation>Nytt nivå</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/dialogs/cluster_dialogs.py" />
            <source>%n memberships, past or present, are in {0}: it can be renamed and moved, not removed.</source>
            <translation>
                <numerusform>%n medlemskap, tidligere eller nåværende, er på nivået {0}: det kan få nytt navn og flyttes, men ikke fjernes.</numerusform>
                <numerusform>%n medlemskap, tidligere eller nåværende, er på nivået {0}: det kan få nytt navn og flyttes, men ikke fjernes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cluster_dialogs.py" />
            <source>Double-click a tier, or press F2, to rename it.</source>
            <translation>Dobbeltklikk på et nivå, eller trykk F2, for å gi det nytt navn.</translation>
        </message>
    </context>
    <context>
        <name>ClusterLevel</name>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Arena</source>
            <translation>Arena</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Arena Pro</source>
            <translation>Arena Pro</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>NCE</source>
            <translation>NCE</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>GCE</source>
            <translation>GCE</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Other or none</source>
            <translation>Annet eller ingen</translation>
        </message>
    </context>
    <context>
        <name>ClusterTableModel</name>
        <message>
            <location filename="accelerator/ui/models/member_table.py" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/member_table.py" />
            <source>Short name</source>
            <translation>Kortnavn</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/member_table.py" />
            <source>Level</source>
            <translation>Nivå</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/member_table.py" />
            <source>The cluster's level in the national cluster programme</source>
            <translation>Klyngens nivå i det nasjonale klyngeprogrammet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/member_table.py" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/member_table.py" />
            <source>Ours or partner</source>
            <translation>Vår eller partner</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/member_table.py" />
            <source>Ours</source>
            <translation>Vår</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/member_table.py" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/member_table.py" />
            <source>One of our own clusters, or a partner cluster</source>
            <translation>En av våre egne klynger, eller en partnerklynge</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/member_table.py" />
            <source>Tiers</source>
            <translation>Medlemsnivåer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/member_table.py" />
            <source>The tiers of its members, in the cluster's order</source>
            <translation>Medlemsnivåene, i klyngens rekkefølge</translation>
        </message>
    </context>
    <context>
        <name>ClusterTier</name>
        <message>
            <location filename="accelerator/services/clusters.py" />
            <source>Member</source>
            <translation>Medlem</translation>
        </message>
        <message>
            <location filename="accelerator/services/clusters.py" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="accelerator/services/clusters.py" />
            <source>Associate</source>
            <translation>Assosiert medlem</translation>
        </message>
        <message>
            <location filename="accelerator/services/clusters.py" />
            <source>Owner</source>
            <translation>Eier</translation>
        </message>
    </context>
    <context>
        <name>Clusters</name>
        <message>
            <location filename="accelerator/services/clusters.py" />
            <source>{0} is not a level of the cluster programme</source>
            <translation>{0} er ikke et nivå i klyngeprogrammet</translation>
        </message>
        <message>
            <location filename="accelerator/services/clusters.py" />
            <source>a cluster called {0} already exists</source>
            <translation>det finnes allerede en klynge som heter {0}</translation>
        </message>
        <message>
            <location filename="accelerator/services/clusters.py" />
            <source>a cluster needs at least one tier for its members</source>
            <translation>en klynge trenger minst ett medlemsnivå for medlemmene sine</translation>
        </message>
        <message>
            <location filename="accelerator/services/clusters.py" />
            <source>Tiers</source>
            <translation>Medlemsnivåer</translation>
        </message>
        <message>
            <location filename="accelerator/services/clusters.py" />
            <source>Tier {0}</source>
            <translation>Medlemsnivå {0}</translation>
        </message>
        <message>
            <location filename="accelerator/services/clusters.py" />
            <source>is not one of the tiers of {0}</source>
            <translation>er ikke ett av medlemsnivåene i {0}</translation>
        </message>
        <message>
            <location filename="accelerator/services/clusters.py" />
            <source>{0} is also tier {1}; each tier needs a name of its own</source>
            <translation>{0} er også medlemsnivå {1}; hvert nivå trenger sitt eget navn</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/clusters.py" />
            <source>{0} cannot be removed: %n memberships, past or present, are in that tier. Rename it instead.</source>
            <translation>
                <numerusform>{0} kan ikke fjernes: %n medlemskap, tidligere eller nåværende, er på dette nivået. Gi det heller et nytt navn.</numerusform>
                <numerusform>{0} kan ikke fjernes: %n medlemskap, tidligere eller nåværende, er på dette nivået. Gi det heller et nytt navn.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClustersDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/cluster_dialogs.py" />
            <source>Clusters</source>
            <translation>Klynger</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cluster_dialogs.py" />
            <source>Our own clusters come first, then our partners'. Each names the tiers of its members; a membership is in one of them.</source>
            <translation>Våre egne klynger står først, deretter partnernes. Hver klynge har sine egne medlemsnivåer; et medlemskap er på ett av dem.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cluster_dialogs.py" />
            <source>&amp;New cluster…</source>
            <translation>&amp;Ny klynge…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cluster_dialogs.py" />
            <source>&amp;Edit…</source>
            <translation>&amp;Rediger…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cluster_dialogs.py" />
            <source>No clusters yet. Add ours with New cluster; a partner cluster is also added as soon as a company names it as its home cluster.</source>
            <translation>Ingen klynger ennå. Legg til vår egen med «Ny klynge»; en partnerklynge legges også til så snart et selskap oppgir den som hjemmeklynge.</translation>
        </message>
    </context>
    <context>
        <name>CohortCharts</name>
        <message>
            <location filename="accelerator/ui/widgets/cohort_charts.py" />
            <source>Readiness across the cohort</source>
            <translation>Modenhet i kullet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_charts.py" />
            <source>Point at a cell or a bar to read the level's descriptor.</source>
            <translation>Pek på en celle eller en søyle for å lese beskrivelsen av nivået.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_charts.py" />
            <source>No assessments in this cohort yet: the chart appears after the mentors' first assessments.</source>
            <translation>Ingen vurderinger i dette kullet ennå: diagrammet vises etter mentorenes første vurderinger.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_charts.py" />
            <source>Companies by dimension</source>
            <translation>Selskaper per dimensjon</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_charts.py" />
            <source>Distribution per dimension</source>
            <translation>Fordeling per dimensjon</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_charts.py" />
            <source>Drawing the charts…</source>
            <translation>Tegner diagrammene…</translation>
        </message>
    </context>
    <context>
        <name>CohortCompanyModel</name>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Company</source>
            <translation>Selskap</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Readiness</source>
            <translation>Modenhet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Mean of the latest levels, on a scale of 1 to 9</source>
            <translation>Snitt av de siste nivåene, på en skala fra 1 til 9</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Gap</source>
            <translation>Gap</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Milestones</source>
            <translation>Milepæler</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Overdue</source>
            <translation>Forsinket</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Last assessed</source>
            <translation>Sist vurdert</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>never</source>
            <translation>aldri</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Risk</source>
            <translation>Risiko</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Not assessed yet</source>
            <translation>Ikke vurdert ennå</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Mentors: {0}</source>
            <translation>Mentorer: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Next steps: {0}</source>
            <translation>Neste steg: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Double-click to open the company</source>
            <translation>Dobbeltklikk for å åpne selskapet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>No assessment yet, so nothing is known of its levels. The first assessment is due within {0} weeks of joining, by {1}.</source>
            <translation>Ingen vurdering ennå, så nivåene er ukjente. Den første vurderingen skal være gjort innen {0} uker etter opptak, senest {1}.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>{0} flagged</source>
            <translation>{0} flagget</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>none</source>
            <translation>ingen</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>{0} of {1} ({2})</source>
            <translation>{0} av {1} ({2})</translation>
        </message>
    </context>
    <context>
        <name>CohortDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/cohort_dialog.py" />
            <source>Edit cohort {0}</source>
            <translation>Rediger kullet {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cohort_dialog.py" />
            <source>New cohort of {0}</source>
            <translation>Nytt kull i {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cohort_dialog.py" />
            <source>Save</source>
            <translation>Lagre</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cohort_dialog.py" />
            <source>Create cohort</source>
            <translation>Opprett kull</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cohort_dialog.py" />
            <source>e.g. Autumn {0}</source>
            <translation>f.eks. Høst {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cohort_dialog.py" />
            <source>The start date</source>
            <translation>Startdatoen</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cohort_dialog.py" />
            <source>The end date</source>
            <translation>Sluttdatoen</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cohort_dialog.py" />
            <source>Applying a changed milestone template updates the companies of planned and running cohorts; a finished cohort's checklists stay as they were.</source>
            <translation>Når en endret milepælsmal tas i bruk, oppdateres selskapene i planlagte og aktive kull; milepælslistene i et avsluttet kull forblir som de var.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cohort_dialog.py" />
            <source>to</source>
            <translation>til</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cohort_dialog.py" />
            <source>Programme:</source>
            <translation>Program:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cohort_dialog.py" />
            <source>&amp;Name:</source>
            <translation>&amp;Navn:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cohort_dialog.py" />
            <source>&amp;Runs from:</source>
            <translation>&amp;Periode:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cohort_dialog.py" />
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cohort_dialog.py" />
            <source>{0} weeks</source>
            <translation>{0} uker</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/cohort_dialog.py" />
            <source>{0} weeks {1} days</source>
            <translation>{0} uker og {1} dager</translation>
        </message>
    </context>
    <context>
        <name>CohortEnrolments</name>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>Ed&amp;it cohort…</source>
            <translation>Rediger ku&amp;ll…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>Dash&amp;board</source>
            <translation>&amp;Oversikt</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>Open this cohort's dashboard</source>
            <translation>Åpne kulloversikten</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>Enrol &amp;companies…</source>
            <translation>Ta opp &amp;selskaper…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>Enrol companies already in the database, or register a new one</source>
            <translation>Ta opp selskaper som allerede finnes i databasen, eller registrer et nytt</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>Set s&amp;tatus…</source>
            <translation>Angi s&amp;tatus…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>Active, graduated or withdrawn</source>
            <translation>Aktiv, fullført eller trukket seg</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>Assign &amp;mentor…</source>
            <translation>Tildel &amp;mentor…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>Remove mentor</source>
            <translation>Fjern mentor</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>Open compan&amp;y</source>
            <translation>Åp&amp;ne selskap</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>The company's profile and milestone checklist</source>
            <translation>Selskapets profil og milepælsliste</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>1 company</source>
            <translation>1 selskap</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>{0} companies</source>
            <translation>{0} selskaper</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>{0}  ·  {1}  ·  {2}</source>
            <translation>{0}  ·  {1}  ·  {2}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>No companies in {0} yet: enrol them with Enrol companies. You can pick companies already in the database, register a new one, or bring in a spreadsheet's list with Import from a file there (or drop the CSV file here).</source>
            <translation>Ingen selskaper i {0} ennå: ta dem opp med Ta opp selskaper. Du kan velge selskaper som allerede finnes i databasen, registrere et nytt, eller hente inn en liste fra et regneark med Importer fra fil der (eller slippe CSV-filen her).</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>There are no mentors in this database yet, so none can be assigned. Mentors are users in the mentor role; they are added under Users.</source>
            <translation>Det finnes ingen mentorer i denne databasen ennå, så ingen kan tildeles. Mentorer er brukere med mentorrollen; de legges til under Brukere.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>{0}: {1} {2}</source>
            <translation>{0}: {1} {2}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>{0}. {1}</source>
            <translation>{0}. {1}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>Remove one of {0}'s mentors</source>
            <translation>Fjern en av mentorene til {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>The selected company has no mentor to remove</source>
            <translation>Det valgte selskapet har ingen mentor å fjerne</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>Enrolled {0} in {1}, each with the programme's milestone checklist.</source>
            <translation>Tok opp {0} i {1}, hvert med programmets milepælsliste.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>Remove {0} as mentor of {1}? Their assessments and notes stay on record; they can no longer tick this company's milestones.</source>
            <translation>Vil du fjerne {0} som mentor for {1}? Vurderingene og notatene til mentoren blir liggende, men mentoren kan ikke lenger krysse av milepælene til dette selskapet.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/cohort_enrolments.py" />
            <source>Remove {0}</source>
            <translation>Fjern {0}</translation>
        </message>
    </context>
    <context>
        <name>CohortStatus</name>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Planned</source>
            <translation>Planlagt</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Running</source>
            <translation>Aktivt</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Finished</source>
            <translation>Avsluttet</translation>
        </message>
    </context>
    <context>
        <name>CohortTableModel</name>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Cohort</source>
            <translation>Kull</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Starts</source>
            <translation>Starter</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Ends</source>
            <translation>Slutter</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Companies</source>
            <translation>Selskaper</translation>
        </message>
    </context>
    <context>
        <name>CollaborationMap</name>
        <message>
            <location filename="accelerator/reports/collab_map.py" />
            <source>Cluster</source>
            <translation>Klynge</translation>
        </message>
        <message>
            <location filename="accelerator/reports/collab_map.py" />
            <source>No joint projects to show.</source>
            <translation>Ingen samarbeidsprosjekter å vise.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/collab_map.py" />
            <source>Member of {0}</source>
            <translation>Medlem av {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/reports/collab_map.py" />
            <source>Joint projects with %n others</source>
            <translation>
                <numerusform>Samarbeidsprosjekter med én annen</numerusform>
                <numerusform>Samarbeidsprosjekter med %n andre</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/reports/collab_map.py" />
            <source>Joint projects with %n members</source>
            <translation>
                <numerusform>Samarbeidsprosjekter med ett medlem</numerusform>
                <numerusform>Samarbeidsprosjekter med %n medlemmer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/reports/collab_map.py" />
            <source>%n meetings that led to a project</source>
            <translation>
                <numerusform>%n møte som førte til et prosjekt</numerusform>
                <numerusform>%n møter som førte til et prosjekt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/reports/collab_map.py" />
            <source>A cluster's members</source>
            <translation>En klynges medlemmer</translation>
        </message>
        <message>
            <location filename="accelerator/reports/collab_map.py" />
            <source>Joint projects (wider: more)</source>
            <translation>Samarbeidsprosjekter (bredere: flere)</translation>
        </message>
        <message>
            <location filename="accelerator/reports/collab_map.py" />
            <source>Meeting that led to a project</source>
            <translation>Møte som førte til et prosjekt</translation>
        </message>
    </context>
    <context>
        <name>CollaborationMapView</name>
        <message>
            <location filename="accelerator/ui/widgets/collab_map.py" />
            <source>Collaboration map</source>
            <translation>Samarbeidskart</translation>
        </message>
    </context>
    <context>
        <name>Companies</name>
        <message>
            <location filename="accelerator/services/companies.py" />
            <source>{0} is not a kind of organisation</source>
            <translation>{0} er ikke en organisasjonstype</translation>
        </message>
        <message>
            <location filename="accelerator/services/companies.py" />
            <source>{0} is already registered to {1}</source>
            <translation>{0} er allerede registrert på {1}</translation>
        </message>
        <message>
            <location filename="accelerator/services/companies.py" />
            <source>{0} is not a mentor of this company and may not see it</source>
            <translation>{0} er ikke mentor for dette selskapet og kan ikke se det</translation>
        </message>
        <message>
            <location filename="accelerator/services/companies.py" />
            <source>{0} is enrolled in a cohort, so it stays a company; it cannot be registered as {1}.</source>
            <translation>{0} er tatt opp i et kull og forblir derfor et selskap; det kan ikke registreres som {1}.</translation>
        </message>
        <message>
            <location filename="accelerator/services/companies.py" />
            <source>{0} is not an e-mail address</source>
            <translation>{0} er ikke en e-postadresse</translation>
        </message>
    </context>
    <context>
        <name>CompaniesPage</name>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>New company</source>
            <translation>Nytt selskap</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>Add a company (Ctrl+N)</source>
            <translation>Legg til et selskap (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>Companies</source>
            <translation>Selskaper</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>Filter companies (name, org. number, sector, cohort)</source>
            <translation>Filtrer selskaper (navn, org.nr., bransje, kull)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>Show all</source>
            <translation>Vis alle</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>Show every company again</source>
            <translation>Vis alle selskapene igjen</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>Company</source>
            <translation>Selskap</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>This company no longer exists; it may have been removed.</source>
            <translation>Dette selskapet finnes ikke lenger; det kan ha blitt fjernet.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>The company</source>
            <translation>Selskapet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>Unsaved changes</source>
            <translation>Ulagrede endringer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>The profile of {0} has changes that are not saved. Save them?</source>
            <translation>Profilen til {0} har endringer som ikke er lagret. Vil du lagre dem?</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>Loading companies…</source>
            <translation>Laster inn selskaper…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>{0} of 1 company matches</source>
            <translation>{0} av 1 selskap samsvarer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>{0} of {1} companies match</source>
            <translation>{0} av {1} selskaper samsvarer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>1 company</source>
            <translation>1 selskap</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>{0} companies</source>
            <translation>{0} selskaper</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>Showing 1 company</source>
            <translation>Viser 1 selskap</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>Showing {0} companies</source>
            <translation>Viser {0} selskaper</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>None of the companies shown matches {0}.</source>
            <translation>Ingen av de viste selskapene samsvarer med {0}.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>No company matches {0}.</source>
            <translation>Ingen selskaper samsvarer med {0}.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>Clear the filter</source>
            <translation>Tøm filteret</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>There are no companies to show here.</source>
            <translation>Det er ingen selskaper å vise her.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>Show all companies</source>
            <translation>Vis alle selskaper</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>No companies yet. A coordinator adds them.</source>
            <translation>Ingen selskaper ennå. En koordinator legger dem til.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>No companies yet. Add one with &lt;a href='new'&gt;New company&lt;/a&gt;, or &lt;a href='demo'&gt;load the demo programme&lt;/a&gt;.</source>
            <translation>Ingen selskaper ennå. Legg til et med &lt;a href='new'&gt;Nytt selskap&lt;/a&gt;, eller &lt;a href='demo'&gt;last inn demoprogrammet&lt;/a&gt;.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>Loading the demo programme…</source>
            <translation>Laster inn demoprogrammet…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/companies.py" />
            <source>Demo programme</source>
            <translation>Demoprogram</translation>
        </message>
    </context>
    <context>
        <name>CompanyContactTableModel</name>
        <message>
            <location filename="accelerator/ui/models/company_contact_table.py" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/company_contact_table.py" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/company_contact_table.py" />
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/company_contact_table.py" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
    </context>
    <context>
        <name>CompanyDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/company_dialog.py" />
            <source>New company</source>
            <translation>Nytt selskap</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/company_dialog.py" />
            <source>Create company</source>
            <translation>Opprett selskap</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/company_dialog.py" />
            <source>Only the name is required. Contacts are added on the company's page, and the company joins a cohort from Programmes and cohorts.</source>
            <translation>Bare navnet er påkrevd. Kontaktpersoner legges til på selskapets side, og selskapet tas opp i et kull fra «Programmer og kull».</translation>
        </message>
    </context>
    <context>
        <name>CompanyEnrolmentTableModel</name>
        <message>
            <location filename="accelerator/ui/models/company_enrolment_table.py" />
            <source>{0} {1}</source>
            <translation>{0} {1}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/company_enrolment_table.py" />
            <source>None assigned</source>
            <translation>Ingen tildelt</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/company_enrolment_table.py" />
            <source>Cohort</source>
            <translation>Kull</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/company_enrolment_table.py" />
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/company_enrolment_table.py" />
            <source>Joined</source>
            <translation>Tatt opp</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/company_enrolment_table.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/company_enrolment_table.py" />
            <source>Mentors</source>
            <translation>Mentorer</translation>
        </message>
    </context>
    <context>
        <name>CompanyEnrolments</name>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>Programme history</source>
            <translation>Programhistorikk</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>Not enrolled in any cohort yet. Enrol the company from a cohort under Programmes and cohorts; its milestones and assessments will show here.</source>
            <translation>Ikke tatt opp i noe kull ennå. Ta opp selskapet fra et kull under «Programmer og kull»; milepælene og vurderingene vises her.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>Open cohort</source>
            <translation>Åpne kull</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>Show this cohort under Programmes and cohorts</source>
            <translation>Vis dette kullet under «Programmer og kull»</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>Cohort dashboard</source>
            <translation>Kulloversikt</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>Readiness index</source>
            <translation>Modenhetsindeks</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>Business-orientation gap</source>
            <translation>Forretningsgap</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>Milestones done</source>
            <translation>Fullførte milepæler</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>Last assessment</source>
            <translation>Siste vurdering</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>Milestones</source>
            <translation>Milepæler</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>Assessments</source>
            <translation>Vurderinger</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>Not assessed</source>
            <translation>Ikke vurdert</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>The mean of the latest readiness levels (1 to 9)</source>
            <translation>Gjennomsnittet av de siste modenhetsnivåene (1 til 9)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>Not known</source>
            <translation>Ukjent</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>flagged</source>
            <translation>flagget</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>{0} of {1}</source>
            <translation>{0} av {1}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>{0} of the {1} milestones that apply are done; {2} overdue</source>
            <translation>{0} av de {1} aktuelle milepælene er fullført; {2} forsinket</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>None</source>
            <translation>Ingen</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>Never</source>
            <translation>Aldri</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_enrolments.py" />
            <source>At risk:</source>
            <translation>I faresonen:</translation>
        </message>
    </context>
    <context>
        <name>CompanyForm</name>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>Nine digits, e.g. 923 609 016</source>
            <translation>Ni sifre, f.eks. 923 609 016</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>Registered outside Norway</source>
            <translation>Registrert utenfor Norge</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>e.g. Denmark</source>
            <translation>f.eks. Danmark</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>The number in that country's register</source>
            <translation>Nummeret i det landets register</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>e.g. Marine sensors</source>
            <translation>f.eks. Marine sensorer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>Choose one, or type a new name</source>
            <translation>Velg en, eller skriv et nytt navn</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>Year</source>
            <translation>År</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>The technology the company builds on, in a sentence or two</source>
            <translation>Teknologien selskapet bygger på, i en setning eller to</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>What the company does and for whom; where it stands</source>
            <translation>Hva selskapet gjør og for hvem; hvor det står nå</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>&amp;Name</source>
            <translation>&amp;Navn</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>&amp;Kind</source>
            <translation>T&amp;ype</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>&amp;Org. number</source>
            <translation>&amp;Org.nr.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>&amp;Country</source>
            <translation>&amp;Land</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>&amp;Registry number</source>
            <translation>Re&amp;gistreringsnummer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>&amp;Sector</source>
            <translation>&amp;Bransje</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>Home &amp;cluster</source>
            <translation>Hjemme&amp;klynge</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>&amp;Website</source>
            <translation>Nett&amp;sted</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>Fo&amp;unded</source>
            <translation>Stift&amp;et</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>Em&amp;ployees</source>
            <translation>&amp;Ansatte</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>&amp;Technology focus</source>
            <translation>&amp;Teknologifokus</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_form.py" />
            <source>&amp;Description</source>
            <translation>Beskr&amp;ivelse</translation>
        </message>
    </context>
    <context>
        <name>CompanyProfile</name>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>All companies</source>
            <translation>Alle selskaper</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>Back to the company list (Alt+Left)</source>
            <translation>Tilbake til selskapslisten (Alt+Venstre)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>Revert</source>
            <translation>Tilbakestill</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>Forget the changes and show the saved profile</source>
            <translation>Forkast endringene og vis den lagrede profilen</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>Save</source>
            <translation>Lagre</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>Save the profile (Ctrl+S)</source>
            <translation>Lagre profilen (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>Only a coordinator can change a company's profile and contacts.</source>
            <translation>Bare en koordinator kan endre profilen og kontaktpersonene til et selskap.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>Add…</source>
            <translation>Legg til…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>Add a contact person</source>
            <translation>Legg til en kontaktperson</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>Edit…</source>
            <translation>Rediger…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>Remove</source>
            <translation>Fjern</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>Contacts</source>
            <translation>Kontaktpersoner</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>No contacts yet. Add the people the programme works with at the company.</source>
            <translation>Ingen kontaktpersoner ennå. Legg til personene i selskapet som programmet samarbeider med.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>{0} is registered as {1}. Only companies are enrolled in cohorts; a cluster's other members show their memberships under Memberships.</source>
            <translation>{0} er registrert som {1}. Bare selskaper tas opp i kull; klyngens andre medlemmer viser medlemskapene sine under «Medlemskap».</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>Save {0}</source>
            <translation>Lagre {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>Remove contact</source>
            <translation>Fjern kontaktperson</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>Remove {0} from the contacts of {1}?</source>
            <translation>Vil du fjerne {0} fra kontaktpersonene til {1}?</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>Org. no. {0}</source>
            <translation>Org.nr. {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/company_profile.py" />
            <source>No org. number</source>
            <translation>Uten org.nr.</translation>
        </message>
    </context>
    <context>
        <name>CompanyTableModel</name>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>{0} of {1}</source>
            <translation>{0} av {1}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>{0} of the {1} milestones that apply are done</source>
            <translation>{0} av de {1} aktuelle milepælene er fullført</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>Not assessed in {0} yet</source>
            <translation>Ikke vurdert i {0} ennå</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>Not enrolled in a cohort</source>
            <translation>Ikke tatt opp i noe kull</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>Never assessed</source>
            <translation>Aldri vurdert</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>Org. number</source>
            <translation>Org.nr.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>The Norwegian organisation number, or the foreign registry number</source>
            <translation>Norsk organisasjonsnummer, eller utenlandsk registreringsnummer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>Sector</source>
            <translation>Bransje</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>Cluster</source>
            <translation>Klynge</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>The company's home cluster</source>
            <translation>Selskapets hjemmeklynge</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>Current cohort</source>
            <translation>Nåværende kull</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>The cohort the company joined most recently</source>
            <translation>Kullet selskapet sist ble tatt opp i</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>Readiness index</source>
            <translation>Modenhetsindeks</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>The mean of the latest readiness levels (1 to 9) in the current cohort</source>
            <translation>Snittet av de siste modenhetsnivåene (1 til 9) i nåværende kull</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>Gap</source>
            <translation>Gap</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>Business-orientation gap: technology level minus the mean of the customer and business-model levels. A gap of 3 or more is flagged.</source>
            <translation>Forretningsgap: teknologinivået minus snittet av kunde- og forretningsmodellnivået. Et gap på 3 eller mer blir markert.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>Milestones done</source>
            <translation>Milepæler fullført</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>Milestones done of those that apply, in the current cohort</source>
            <translation>Fullførte milepæler av dem som er aktuelle, i nåværende kull</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>Last assessment</source>
            <translation>Siste vurdering</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>The date of the latest readiness assessment</source>
            <translation>Datoen for siste modenhetsvurdering</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>Readiness
index</source>
            <translation>Modenhets-
indeks</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>Milestones
done</source>
            <translation>Milepæler
fullført</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/company_table.py" />
            <source>Last
assessment</source>
            <translation>Siste
vurdering</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/conflict_dialog.py" />
            <source>Org. number</source>
            <translation>Org.nr.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/conflict_dialog.py" />
            <source>Registry number</source>
            <translation>Registreringsnummer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/conflict_dialog.py" />
            <source>Registered abroad</source>
            <translation>Registrert i utlandet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/conflict_dialog.py" />
            <source>Home cluster</source>
            <translation>Hjemmeklynge</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/conflict_dialog.py" />
            <source>Founded</source>
            <translation>Stiftet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/conflict_dialog.py" />
            <source>Technology focus</source>
            <translation>Teknologifokus</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/conflict_dialog.py" />
            <source>Weeks between assessments</source>
            <translation>Uker mellom vurderinger</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/conflict_dialog.py" />
            <source>Readiness framework</source>
            <translation>Modenhetsrammeverk</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/conflict_dialog.py" />
            <source>Status changed on</source>
            <translation>Status endret</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/conflict_dialog.py" />
            <source>Reason</source>
            <translation>Begrunnelse</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/conflict_dialog.py" />
            <source>Done on</source>
            <translation>Fullført</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/conflict_dialog.py" />
            <source>Blocked because</source>
            <translation>Årsak til blokkering</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/conflict_dialog.py" />
            <source>Next steps</source>
            <translation>Neste steg</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/conflict_dialog.py" />
            <source>Assessed on</source>
            <translation>Vurdert</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/conflict_dialog.py" />
            <source>Assessor</source>
            <translation>Vurdert av</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/conflict_dialog.py" />
            <source>Starts</source>
            <translation>Starter</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/conflict_dialog.py" />
            <source>Ends</source>
            <translation>Slutter</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/conflict_dialog.py" />
            <source>Due</source>
            <translation>Frist</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/conflict_dialog.py" />
            <source>(empty)</source>
            <translation>(tom)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/conflict_dialog.py" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/conflict_dialog.py" />
            <source>no</source>
            <translation>nei</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/conflict_dialog.py" />
            <source>reason</source>
            <translation>begrunnelse</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/conflict_dialog.py" />
            <source>Changed by someone else</source>
            <translation>Endret av noen andre</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/conflict_dialog.py" />
            <source>Someone else</source>
            <translation>Noen andre</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/conflict_dialog.py" />
            <source>at {0}</source>
            <translation>den {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/conflict_dialog.py" />
            <source>&lt;b&gt;{0} saved this {1}{2} while you were editing it.&lt;/b&gt; Nothing of yours has been saved yet.</source>
            <translation>&lt;b&gt;{0} lagret en endring i samme {1}{2} mens du redigerte.&lt;/b&gt; Ingenting av det du har gjort, er lagret ennå.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/conflict_dialog.py" />
            <source>Field</source>
            <translation>Felt</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/conflict_dialog.py" />
            <source>When you opened it</source>
            <translation>Da du åpnet skjemaet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/conflict_dialog.py" />
            <source>Now</source>
            <translation>Nå</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/conflict_dialog.py" />
            <source>What changed meanwhile:</source>
            <translation>Dette er endret i mellomtiden:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/conflict_dialog.py" />
            <source>The change was saved at the same moment as yours; reload to see it.</source>
            <translation>Endringen ble lagret i samme øyeblikk som din; last inn på nytt for å se den.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/conflict_dialog.py" />
            <source>&lt;i&gt;Reload&lt;/i&gt; shows their version in the form, for you to change again. &lt;i&gt;Overwrite&lt;/i&gt; saves your values over theirs.</source>
            <translation>&lt;i&gt;Last inn&lt;/i&gt; viser den andres versjon i skjemaet, slik at du kan endre den på nytt. &lt;i&gt;Overskriv&lt;/i&gt; lagrer dine verdier over den andres.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/conflict_dialog.py" />
            <source>&amp;Reload their version</source>
            <translation>&amp;Last inn den andres versjon</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/conflict_dialog.py" />
            <source>&amp;Overwrite with mine</source>
            <translation>&amp;Overskriv med mine</translation>
        </message>
    </context>
    <context>
        <name>ConnectServerDialog</name>
        <message>
            <location filename="accelerator/ui/team_actions.py" />
            <source>Connect to a shared server</source>
            <translation>Koble til en delt server</translation>
        </message>
        <message>
            <location filename="accelerator/ui/team_actions.py" />
            <source>asked when you sign in</source>
            <translation>oppgis når du logger inn</translation>
        </message>
        <message>
            <location filename="accelerator/ui/team_actions.py" />
            <source>Shared server</source>
            <translation>Delt server</translation>
        </message>
        <message>
            <location filename="accelerator/ui/team_actions.py" />
            <source>Your IT sets up the team's database (docs/team-mode.md) and tells you where it is. Accelerator opens it at every start from now on; the password is never saved.</source>
            <translation>IT-avdelingen din setter opp teamets database (docs/team-mode.md) og forteller deg hvor den er. Accelerator åpner den ved hver oppstart fra nå av; passordet lagres aldri.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/team_actions.py" />
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/team_actions.py" />
            <source>P&amp;ort:</source>
            <translation>P&amp;ort:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/team_actions.py" />
            <source>&amp;Database:</source>
            <translation>&amp;Database:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/team_actions.py" />
            <source>&amp;Login:</source>
            <translation>&amp;Brukernavn:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/team_actions.py" />
            <source>Connect…</source>
            <translation>Koble til…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/team_actions.py" />
            <source>Connect</source>
            <translation>Koble til</translation>
        </message>
        <message>
            <location filename="accelerator/ui/team_actions.py" />
            <source>Say which server and which database.</source>
            <translation>Angi hvilken server og hvilken database.</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/company_contact_dialog.py" />
            <source>Edit contact</source>
            <translation>Rediger kontaktperson</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/company_contact_dialog.py" />
            <source>New contact at {0}</source>
            <translation>Ny kontaktperson hos {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/company_contact_dialog.py" />
            <source>New contact</source>
            <translation>Ny kontaktperson</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/company_contact_dialog.py" />
            <source>Add contact</source>
            <translation>Legg til kontaktperson</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/company_contact_dialog.py" />
            <source>Save</source>
            <translation>Lagre</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/company_contact_dialog.py" />
            <source>e.g. CEO, Chief engineer</source>
            <translation>f.eks. daglig leder, sjefingeniør</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/company_contact_dialog.py" />
            <source>&amp;Name:</source>
            <translation>&amp;Navn:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/company_contact_dialog.py" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/company_contact_dialog.py" />
            <source>&amp;Role:</source>
            <translation>&amp;Rolle:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/company_contact_dialog.py" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/company_contact_dialog.py" />
            <source>&amp;E-mail:</source>
            <translation>&amp;E-post:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/company_contact_dialog.py" />
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/company_contact_dialog.py" />
            <source>&amp;Phone:</source>
            <translation>&amp;Telefon:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/company_contact_dialog.py" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
    </context>
    <context>
        <name>CredentialsDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/sign_in_dialog.py" />
            <source>Sign in</source>
            <translation>Logg inn</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/sign_in_dialog.py" />
            <source>your username</source>
            <translation>brukernavnet ditt</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/sign_in_dialog.py" />
            <source>&amp;Username:</source>
            <translation>&amp;Brukernavn:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/sign_in_dialog.py" />
            <source>&amp;Password:</source>
            <translation>&amp;Passord:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/sign_in_dialog.py" />
            <source>Type your username.</source>
            <translation>Skriv brukernavnet ditt.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/sign_in_dialog.py" />
            <source>Type your password.</source>
            <translation>Skriv passordet ditt.</translation>
        </message>
    </context>
    <context>
        <name>DamagedDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/damaged_dialog.py" />
            <source>the daily backup</source>
            <translation>den daglige sikkerhetskopien</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/damaged_dialog.py" />
            <source>made on request</source>
            <translation>tatt på forespørsel</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/damaged_dialog.py" />
            <source>taken before an upgrade</source>
            <translation>tatt før en oppgradering</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/damaged_dialog.py" />
            <source>taken before a restore</source>
            <translation>tatt før en gjenoppretting</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/damaged_dialog.py" />
            <source>The database is damaged</source>
            <translation>Databasen er skadet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/damaged_dialog.py" />
            <source>&lt;b&gt;{0} is damaged, so Accelerator did not open it.&lt;/b&gt;</source>
            <translation>&lt;b&gt;{0} er skadet, så Accelerator åpnet den ikke.&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/damaged_dialog.py" />
            <source>Nothing more was written to it. It was moved, with its journal files, to:</source>
            <translation>Ingenting mer ble skrevet til den. Den ble flyttet, sammen med journalfilene sine, til:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/damaged_dialog.py" />
            <source>It could not be moved aside; it is still at:</source>
            <translation>Den kunne ikke flyttes til side; den ligger fortsatt i:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/damaged_dialog.py" />
            <source>SQLite's check says: {0}</source>
            <translation>Kontrollen i SQLite sier: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/damaged_dialog.py" />
            <source>The newest good backup was taken {0} ({1}). Restoring it brings back the data as it was then; what was entered since is in the damaged file only.</source>
            <translation>Den nyeste gode sikkerhetskopien ble tatt {0} ({1}). Gjenoppretter du den, får du tilbake dataene slik de var da; det som er lagt inn siden, finnes bare i den skadde filen.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/damaged_dialog.py" />
            <source>There is no good backup to restore. Keep the damaged file: it may be partly recoverable (sqlite3's .recover command).</source>
            <translation>Det finnes ingen god sikkerhetskopi å gjenopprette. Ta vare på den skadde filen: den kan kanskje delvis reddes (kommandoen .recover i sqlite3).</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/damaged_dialog.py" />
            <source>Restore the newest good backup ({0})</source>
            <translation>Gjenopprett den nyeste gode sikkerhetskopien ({0})</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Cohort dashboard</source>
            <translation>Kulloversikt</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>&amp;Cohort:</source>
            <translation>&amp;Kull:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Open cohort</source>
            <translation>Åpne kullet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Show this cohort under Programmes and cohorts: dates, enrolments, mentors</source>
            <translation>Vis dette kullet under Programmer og kull: datoer, deltakende selskaper, mentorer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Dashboard</source>
            <translation>Oversikt</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Go to Programmes and cohorts</source>
            <translation>Gå til Programmer og kull</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>No cohorts yet</source>
            <translation>Ingen kull ennå</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>The dashboard follows one cohort at a time: its companies, their milestones and readiness levels, and who needs attention. Create a programme and a cohort under Programmes and cohorts, enrol companies, and the figures appear here.</source>
            <translation>Oversikten følger ett kull om gangen: selskapene, milepælene og modenhetsnivåene deres, og hvem som trenger oppfølging. Opprett et program og et kull under Programmer og kull, ta opp selskaper, så vises tallene her.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Companies</source>
            <translation>Selskaper</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Milestones done</source>
            <translation>Milepæler fullført</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Overdue milestones</source>
            <translation>Forsinkede milepæler</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Companies at risk</source>
            <translation>Selskaper i faresonen</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Business-orientation gaps</source>
            <translation>Forretningsgap</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Enrol companies…</source>
            <translation>Ta opp selskaper…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Open the cohort under Programmes and cohorts</source>
            <translation>Åpne kullet under Programmer og kull</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>{0}, {1} companies</source>
            <translation>{0}, {1} selskaper</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>How a cohort is doing: companies, milestones, readiness, attention.</source>
            <translation>Hvordan det går med et kull: selskaper, milepæler, modenhet, oppfølging.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>running, week {0} of {1}</source>
            <translation>aktivt, uke {0} av {1}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>planned</source>
            <translation>planlagt</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>finished</source>
            <translation>avsluttet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>{0} · {1} · {2} · figures as of {3}</source>
            <translation>{0} · {1} · {2} · tall per {3}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>No companies in {0} yet</source>
            <translation>Ingen selskaper i {0} ennå</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Enrol companies in the cohort, and their milestones, readiness levels and who needs attention appear here.</source>
            <translation>Ta opp selskaper i kullet, så vises milepælene og modenhetsnivåene deres, og hvem som trenger oppfølging, her.</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>%n active</source>
            <translation>
                <numerusform>%n aktiv</numerusform>
                <numerusform>%n aktive</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>%n graduated</source>
            <translation>
                <numerusform>%n fullført</numerusform>
                <numerusform>%n fullført</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>%n withdrawn</source>
            <translation>
                <numerusform>%n trukket seg</numerusform>
                <numerusform>%n trukket seg</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>none enrolled yet</source>
            <translation>ingen tatt opp ennå</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>{0} of {1}</source>
            <translation>{0} av {1}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>{0} done</source>
            <translation>{0} fullført</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>no milestones</source>
            <translation>ingen milepæler</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>at {0} companies</source>
            <translation>hos {0} selskaper</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>at 1 company</source>
            <translation>hos 1 selskap</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>nothing overdue</source>
            <translation>ingenting forsinket</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>not followed after the cohort finished</source>
            <translation>følges ikke opp etter at kullet er avsluttet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>of {0} companies</source>
            <translation>av {0} selskaper</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>nobody at risk; {0} not assessed yet</source>
            <translation>ingen i faresonen; {0} ikke vurdert ennå</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>nobody at risk</source>
            <translation>ingen i faresonen</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>technology {0}+ levels ahead</source>
            <translation>teknologi {0}+ nivåer foran</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>none flagged</source>
            <translation>ingen flagget</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Technology {0} or more levels ahead of the mean of customer and business model: a strong product without a validated market. {1}</source>
            <translation>Teknologi {0} eller flere nivåer foran gjennomsnittet av kunde og forretningsmodell: et sterkt produkt uten et validert marked. {1}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>No companies behind this figure</source>
            <translation>Ingen selskaper bak dette tallet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Open the company behind this figure</source>
            <translation>Åpne selskapet bak dette tallet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Show these {0} companies in the company list</source>
            <translation>Vis disse {0} selskapene i selskapslisten</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Readiness by dimension</source>
            <translation>Modenhet per dimensjon</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>No assessments in this cohort yet. The mean level per dimension, and the change since the baseline, appear after the mentors' first assessments.</source>
            <translation>Ingen vurderinger i dette kullet ennå. Gjennomsnittlig nivå per dimensjon, og endringen siden utgangspunktet, vises etter mentorenes første vurderinger.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>At risk ({0})</source>
            <translation>I faresonen ({0})</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>At risk</source>
            <translation>I faresonen</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Risk is followed while a cohort runs; this cohort has finished.</source>
            <translation>Risiko følges opp mens et kull pågår; dette kullet er avsluttet.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>No company is assessed yet: nothing is known of their levels.</source>
            <translation>Ingen selskaper er vurdert ennå: nivåene deres er ukjente.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Nothing is overdue and no levels fell, but {0} of {1} companies are not assessed yet: their levels are not known.</source>
            <translation>Ingenting er forsinket og ingen nivåer har falt, men {0} av {1} selskaper er ikke vurdert ennå: nivåene deres er ukjente.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>No company is at risk: every one has a recent assessment, nothing overdue and no falling levels.</source>
            <translation>Ingen selskaper er i faresonen: alle har en nylig vurdering, ingenting forsinket og ingen fallende nivåer.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Business-orientation gap ({0})</source>
            <translation>Forretningsgap ({0})</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Business-orientation gap</source>
            <translation>Forretningsgap</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>No gap flagged: no company's technology is {0} or more levels ahead of the mean of its customer and business-model levels.</source>
            <translation>Ingen gap flagget: ingen selskaper har teknologi som ligger {0} eller flere nivåer foran gjennomsnittet av kunde- og forretningsmodellnivåene.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>Companies in {0} ({1})</source>
            <translation>Selskaper i {0} ({1})</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>enrolled in {0}</source>
            <translation>tatt opp i {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>with milestones in {0}</source>
            <translation>med milepæler i {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>with overdue milestones in {0}</source>
            <translation>med forsinkede milepæler i {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>at risk in {0}</source>
            <translation>i faresonen i {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>with a business-orientation gap in {0}</source>
            <translation>med forretningsgap i {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/dashboard.py" />
            <source>scored on {0} in {1}</source>
            <translation>med nivå for {0} i {1}</translation>
        </message>
        <message>
            <source>active</source>
            <translation type="vanished">aktive</translation>
        </message>
        <message>
            <source>graduated</source>
            <translation type="vanished">fullført</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation type="vanished">trukket seg</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <location filename="accelerator/db/location.py" />
            <source>cloud storage</source>
            <translation>skylagring</translation>
        </message>
        <message>
            <location filename="accelerator/db/location.py" />
            <source>{0} is on a network drive ({1}). File locking is unreliable there, so a dropped connection or two computers writing at once can damage the database. Keep the database on this computer's own disk, and put the backups folder on the network drive instead.</source>
            <translation>{0} ligger på en nettverksstasjon ({1}). Fillåsing er upålitelig der, så et brudd i forbindelsen eller to datamaskiner som skriver samtidig, kan skade databasen. Ha databasen på den lokale disken på denne datamaskinen, og legg heller sikkerhetskopimappen på nettverksstasjonen.</translation>
        </message>
        <message>
            <location filename="accelerator/db/location.py" />
            <source>{0} is inside a {1} folder. A sync program can copy the database in the middle of a save, or put an older copy back over it, and damage it. Keep the database outside the synced folder (the backups folder may stay there).</source>
            <translation>{0} ligger i en synkronisert mappe ({1}). Et synkroniseringsprogram kan kopiere databasen midt i en lagring, eller legge en eldre kopi over den, og skade den. Ha databasen utenfor den synkroniserte mappen (sikkerhetskopimappen kan bli liggende der).</translation>
        </message>
        <message>
            <location filename="accelerator/db/lock.py" />
            <source>cannot create the lock file {0}: {1}. Check that the database's folder is writable.</source>
            <translation>kan ikke opprette låsefilen {0}: {1}. Sjekk at det går an å skrive til mappen databasen ligger i.</translation>
        </message>
        <message>
            <location filename="accelerator/db/lock.py" />
            <source>cannot lock {0}: {1}. The folder may not support file locks (a network or synced folder); move the database to this computer's disk.</source>
            <translation>kan ikke låse {0}: {1}. Mappen støtter kanskje ikke fillåser (en nettverksmappe eller synkronisert mappe); flytt databasen til disken på denne datamaskinen.</translation>
        </message>
        <message>
            <location filename="accelerator/db/lock.py" />
            <source>cannot write the lock file {0}: {1}</source>
            <translation>kan ikke skrive låsefilen {0}: {1}</translation>
        </message>
        <message>
            <location filename="accelerator/db/lock.py" />
            <source>{0} is already open in another Accelerator window on this computer. Switch to that window, or close it and try again.</source>
            <translation>{0} er allerede åpen i et annet Accelerator-vindu på denne datamaskinen. Bytt til det vinduet, eller lukk det og prøv igjen.</translation>
        </message>
        <message>
            <location filename="accelerator/db/lock.py" />
            <source>{0} is already open in Accelerator: process {1} of user {2} on {3}, since {4}. Switch to that window, or close it and try again.</source>
            <translation>{0} er allerede åpen i Accelerator: prosess {1} for brukeren {2} på {3}, siden {4}. Bytt til det vinduet, eller lukk det og prøv igjen.</translation>
        </message>
        <message>
            <location filename="accelerator/db/migrate.py" />
            <source>this database was not made by Accelerator (it has tables but no schema version)</source>
            <translation>denne databasen er ikke laget av Accelerator (den har tabeller, men ingen skjemaversjon)</translation>
        </message>
        <message>
            <location filename="accelerator/db/migrate.py" />
            <source>this database was written by a newer version of Accelerator (schema {0}); install the newer version to open it. The file has not been changed.</source>
            <translation>denne databasen er skrevet av en nyere versjon av Accelerator (skjema {0}); installer den nyere versjonen for å åpne den. Filen er ikke endret.</translation>
        </message>
        <message>
            <location filename="accelerator/db/migrate.py" />
            <source>the upgrade left {0} rows pointing at missing rows (first in {1}); nothing was changed</source>
            <translation>oppgraderingen etterlot {0} rader som peker på rader som mangler (først i {1}); ingenting ble endret</translation>
        </message>
        <message>
            <location filename="accelerator/db/open.py" />
            <source>{0} is a folder, not a database file</source>
            <translation>{0} er en mappe, ikke en databasefil</translation>
        </message>
        <message>
            <location filename="accelerator/db/open.py" />
            <source>the folder {0} does not exist</source>
            <translation>mappen {0} finnes ikke</translation>
        </message>
        <message>
            <location filename="accelerator/db/open.py" />
            <source>cannot create {0}: the folder is read-only</source>
            <translation>kan ikke opprette {0}: mappen er skrivebeskyttet</translation>
        </message>
        <message>
            <location filename="accelerator/db/open.py" />
            <source>cannot read {0}: permission denied</source>
            <translation>kan ikke lese {0}: ingen tilgang</translation>
        </message>
        <message>
            <location filename="accelerator/db/open.py" />
            <source>{0} is not an Accelerator database (not a SQLite file)</source>
            <translation>{0} er ikke en Accelerator-database (ikke en SQLite-fil)</translation>
        </message>
        <message>
            <location filename="accelerator/db/open.py" />
            <source>{0} is read-only; Accelerator needs to write to it (check the file's permissions)</source>
            <translation>{0} er skrivebeskyttet; Accelerator må kunne skrive til den (sjekk filens tillatelser)</translation>
        </message>
        <message>
            <location filename="accelerator/db/open.py" />
            <source>the database schema is at {0}, this program needs {1}</source>
            <translation>databasen har skjemaversjon {0}, men dette programmet trenger {1}</translation>
        </message>
        <message>
            <location filename="accelerator/db/open.py" />
            <source>nothing</source>
            <comment>no schema version</comment>
            <translation>(ingen)</translation>
        </message>
        <message>
            <location filename="accelerator/db/open.py" />
            <source>the server at {0} refused the connection: {1}</source>
            <translation>serveren på {0} avviste tilkoblingen: {1}</translation>
        </message>
        <message>
            <location filename="accelerator/db/open.py" />
            <source>{0} is damaged ({1}), so nothing is written to it.</source>
            <translation>{0} er skadet ({1}), så ingenting skrives til den.</translation>
        </message>
        <message>
            <location filename="accelerator/db/open.py" />
            <source>{0} needs an upgrade from schema {1} to {2}, but the backup before it could not be made: {3} Nothing was changed.</source>
            <translation>{0} må oppgraderes fra skjema {1} til {2}, men sikkerhetskopien før oppgraderingen kunne ikke tas: {3} Ingenting ble endret.</translation>
        </message>
        <message>
            <location filename="accelerator/db/open.py" />
            <source>the upgrade of {0} from schema {1} to {2} failed ({3}), and putting back the backup failed too ({4}). Copy {5} over {0} by hand before using it again.</source>
            <translation>oppgraderingen av {0} fra skjema {1} til {2} mislyktes ({3}), og det mislyktes også å legge tilbake sikkerhetskopien ({4}). Kopier {5} over {0} manuelt før du bruker den igjen.</translation>
        </message>
        <message>
            <location filename="accelerator/db/open.py" />
            <source>the upgrade of {0} from schema {1} to {2} failed ({3}). The database was put back as it was, from the backup taken just before ({4}). Please report this problem.</source>
            <translation>oppgraderingen av {0} fra skjema {1} til {2} mislyktes ({3}). Databasen ble satt tilbake slik den var, fra sikkerhetskopien som ble tatt rett før ({4}). Meld gjerne fra om dette problemet.</translation>
        </message>
        <message>
            <location filename="accelerator/db/open.py" />
            <source>{0} is damaged ({1}), so it was not opened.</source>
            <translation>{0} er skadet ({1}), så den ble ikke åpnet.</translation>
        </message>
        <message>
            <location filename="accelerator/db/open.py" />
            <source>It was moved to {0}, with its journal files, and is kept there.</source>
            <translation>Den ble flyttet til {0}, sammen med journalfilene sine, og blir oppbevart der.</translation>
        </message>
        <message>
            <location filename="accelerator/db/open.py" />
            <source>It could not be moved aside; do not use it.</source>
            <translation>Den kunne ikke flyttes til side; ikke bruk den.</translation>
        </message>
        <message>
            <location filename="accelerator/db/open.py" />
            <source>Restore the newest good backup, {0} (taken {1}).</source>
            <translation>Gjenopprett den nyeste gode sikkerhetskopien, {0} (tatt {1}).</translation>
        </message>
        <message>
            <location filename="accelerator/db/open.py" />
            <source>There is no good backup in {0}: the damaged file may be partly recoverable with sqlite3's .recover command.</source>
            <translation>Det finnes ingen god sikkerhetskopi i {0}: den skadde filen kan kanskje delvis reddes med kommandoen .recover i sqlite3.</translation>
        </message>
        <message>
            <location filename="accelerator/db/open.py" />
            <source>cannot read {0}: {1}</source>
            <translation>kan ikke lese {0}: {1}</translation>
        </message>
        <message>
            <location filename="accelerator/db/open.py" />
            <source>the journal file {0} beside it is cut short</source>
            <translation>journalfilen {0} ved siden av er avkortet</translation>
        </message>
        <message>
            <location filename="accelerator/db/open.py" />
            <source>the journal file {0} beside it is not a journal of this database</source>
            <translation>journalfilen {0} ved siden av er ikke en journal for denne databasen</translation>
        </message>
        <message>
            <location filename="accelerator/db/open.py" />
            <source>the journal file {0} beside it is damaged</source>
            <translation>journalfilen {0} ved siden av er skadet</translation>
        </message>
        <message>
            <location filename="accelerator/db/open.py" />
            <source>the journal file {0} beside it belongs to another database</source>
            <translation>journalfilen {0} ved siden av hører til en annen database</translation>
        </message>
        <message>
            <location filename="accelerator/db/open.py" />
            <source>the database {0} has no Accelerator tables yet, and this login may not create them. Whoever runs the server sets it up with 'accelerator server init' (see docs/team-mode.md).</source>
            <translation>databasen {0} har ingen Accelerator-tabeller ennå, og denne påloggingen har ikke lov til å opprette dem. Den som drifter serveren, setter den opp med 'accelerator server init' (se docs/team-mode.md).</translation>
        </message>
        <message>
            <location filename="accelerator/db/open.py" />
            <source>the database {0} is at schema {1}; this version of Accelerator needs {2}. Whoever runs the server upgrades it with 'accelerator server upgrade' (see docs/team-mode.md); nothing was changed.</source>
            <translation>databasen {0} har skjema {1}; denne versjonen av Accelerator trenger {2}. Den som drifter serveren, oppgraderer den med 'accelerator server upgrade' (se docs/team-mode.md); ingenting ble endret.</translation>
        </message>
        <message>
            <location filename="accelerator/db/open.py" />
            <source>{0} is read-only; Accelerator needs to write to it</source>
            <translation>{0} er skrivebeskyttet; Accelerator må kunne skrive til den</translation>
        </message>
        <message>
            <location filename="accelerator/db/open.py" />
            <source>{0} is locked by another program; close it and try again</source>
            <translation>{0} er låst av et annet program; lukk det og prøv igjen</translation>
        </message>
        <message>
            <location filename="accelerator/db/open.py" />
            <source>cannot open {0}: {1}</source>
            <translation>kan ikke åpne {0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>Database check</name>
        <message>
            <location filename="accelerator/services/database.py" />
            <source>schema version {0}: current</source>
            <translation>skjemaversjon {0}: gjeldende</translation>
        </message>
        <message>
            <location filename="accelerator/services/database.py" />
            <source>schema version {0}: expected {1}</source>
            <translation>skjemaversjon {0}: forventet {1}</translation>
        </message>
        <message>
            <location filename="accelerator/services/database.py" />
            <source>{0}: ok</source>
            <translation>{0}: ok</translation>
        </message>
        <message>
            <location filename="accelerator/services/database.py" />
            <source>foreign_key_check: {0} row {1} points to a missing {2}</source>
            <translation>foreign_key_check: {0} rad {1} peker på en manglende {2}</translation>
        </message>
    </context>
    <context>
        <name>Database copy</name>
        <message>
            <location filename="accelerator/db/copy.py" />
            <source>{0} and {1} are the same database: copy into a new file or an empty database</source>
            <translation>{0} og {1} er samme database: kopier til en ny fil eller en tom database</translation>
        </message>
        <message>
            <location filename="accelerator/db/copy.py" />
            <source>{0}: {1} in the source, {2} copied, {3} in the target</source>
            <translation>{0}: {1} i kilden, {2} kopiert, {3} i målet</translation>
        </message>
        <message>
            <location filename="accelerator/db/copy.py" />
            <source>the copy into {0} was committed, but its row counts differ from {1} ({2}); do not use the target until this is explained</source>
            <translation>kopieringen til {0} ble fullført, men antall rader avviker fra {1} ({2}); ikke bruk måldatabasen før dette er avklart</translation>
        </message>
        <message>
            <location filename="accelerator/db/copy.py" />
            <source>there is no database at {0} to copy</source>
            <translation>det finnes ingen database i {0} som kan kopieres</translation>
        </message>
        <message>
            <location filename="accelerator/db/copy.py" />
            <source>an in-memory database cannot be copied</source>
            <translation>en database i minnet kan ikke kopieres</translation>
        </message>
        <message>
            <location filename="accelerator/db/copy.py" />
            <source>{0} holds no Accelerator database: there is nothing to copy</source>
            <translation>{0} inneholder ingen Accelerator-database: det er ingenting å kopiere</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/db/copy.py" />
            <source>{0} and %n more tables</source>
            <translation>
                <numerusform>{0} og %n tabell til</numerusform>
                <numerusform>{0} og %n tabeller til</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/db/copy.py" />
            <source>the target {0} already has data ({1}); nothing was copied. Copy into a new file or an empty database</source>
            <translation>måldatabasen {0} inneholder allerede data ({1}); ingenting ble kopiert. Kopier til en ny fil eller en tom database</translation>
        </message>
        <message>
            <location filename="accelerator/db/copy.py" />
            <source>the copy from {0} to {1} failed: {2}; nothing was copied</source>
            <translation>kopieringen fra {0} til {1} mislyktes: {2}; ingenting ble kopiert</translation>
        </message>
        <message>
            <location filename="accelerator/db/copy.py" />
            <source>the rows were copied into {0}, but counting them in {1} afterwards failed ({2}); the counts were not checked</source>
            <translation>radene ble kopiert til {0}, men opptellingen av dem i {1} etterpå mislyktes ({2}); antallet ble ikke kontrollert</translation>
        </message>
        <message>
            <location filename="accelerator/db/copy.py" />
            <source>tables this program does not know: {0}</source>
            <translation>tabeller som programmet ikke kjenner: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/db/copy.py" />
            <source>no table {0}</source>
            <translation>tabellen {0} mangler</translation>
        </message>
        <message>
            <location filename="accelerator/db/copy.py" />
            <source>{0} lacks {1}</source>
            <translation>{0} mangler {1}</translation>
        </message>
        <message>
            <location filename="accelerator/db/copy.py" />
            <source>{0} has columns this program does not know: {1}</source>
            <translation>{0} har kolonner som programmet ikke kjenner: {1}</translation>
        </message>
        <message>
            <location filename="accelerator/db/copy.py" />
            <source>{0} does not have the tables this version of Accelerator expects ({1}); nothing was copied</source>
            <translation>{0} har ikke tabellene denne versjonen av Accelerator forventer ({1}); ingenting ble kopiert</translation>
        </message>
        <message>
            <location filename="accelerator/db/copy.py" />
            <source>on {0}, row-level security limits what {1} may read and write ({2}), so the copy would be incomplete; nothing was copied. Connect as the database's owner or an administrator</source>
            <translation>på {0} begrenser radnivåsikkerhet (row-level security) hva {1} kan lese og skrive ({2}), så kopien ville blitt ufullstendig; ingenting ble kopiert. Koble til som databasens eier eller en administrator</translation>
        </message>
        <message>
            <location filename="accelerator/db/copy.py" />
            <source>copying {0} failed after {1} of its rows: {2}; nothing was copied</source>
            <translation>kopieringen av {0} mislyktes etter {1} av radene: {2}; ingenting ble kopiert</translation>
        </message>
        <message>
            <location filename="accelerator/db/copy.py" />
            <source>the rows were copied into {0}, but counting them afterwards failed ({1}); the counts were not checked</source>
            <translation>radene ble kopiert til {0}, men opptellingen av dem etterpå mislyktes ({1}); antallet ble ikke kontrollert</translation>
        </message>
    </context>
    <context>
        <name>Database server</name>
        <message>
            <location filename="accelerator/db/server.py" />
            <source>{0} is not a PostgreSQL URL</source>
            <translation>{0} er ikke en PostgreSQL-URL</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="accelerator/ui/widgets/date_field.py" />
            <source>No date</source>
            <translation>Ingen dato</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/date_field.py" />
            <source>e.g. {0}</source>
            <translation>f.eks. {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/date_field.py" />
            <source>Type a date like {0}, 2026-11-01 or 1 Nov 2026; Alt+Down opens a calendar</source>
            <translation>Skriv en dato som {0}, 2026-11-01 eller 1. nov. 2026; Alt+Pil ned åpner en kalender</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/date_field.py" />
            <source>Pick the date from a calendar (Alt+Down)</source>
            <translation>Velg datoen i en kalender (Alt+Pil ned)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/date_field.py" />
            <source>Calendar</source>
            <translation>Kalender</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/date_field.py" />
            <source>Type a date, like {0}.</source>
            <translation>Skriv en dato, f.eks. {0}.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/date_field.py" />
            <source>{0} is before {1}, the earliest date allowed here.</source>
            <translation>{0} er før {1}, den tidligste datoen som er tillatt her.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/date_field.py" />
            <source>{0} is after {1}, the latest date allowed here.</source>
            <translation>{0} er etter {1}, den seneste datoen som er tillatt her.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/date_field.py" />
            <source>“{0}” has no year. Type the date like {1}.</source>
            <translation>«{0}» mangler år. Skriv datoen som {1}.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/date_field.py" />
            <source>“{0}” is not a month. Type the date like {1} or 1 Nov 2026.</source>
            <translation>«{0}» er ikke en måned. Skriv datoen som {1} eller 1. nov. 2026.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/date_field.py" />
            <source>There is no month {0}: dates are day.month.year here. Did you mean {1}?</source>
            <translation>Det finnes ingen måned {0}: datoer skrives dag.måned.år her. Mente du {1}?</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/date_field.py" />
            <source>There is no month {0}: dates are day.month.year, like {1}.</source>
            <translation>Det finnes ingen måned {0}: datoer skrives dag.måned.år, som {1}.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/date_field.py" />
            <source>“{0}” has day 0; days start at 1.</source>
            <translation>«{0}» har dag 0; dagene begynner på 1.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/date_field.py" />
            <source>“{0}” is not a date: {1} has {2} days.</source>
            <translation>«{0}» er ikke en dato: {1} har {2} dager.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/date_field.py" />
            <source>“{0}” could be {1} or {2}: slashes are read both ways. Type {3} or {4}, day first with dots.</source>
            <translation>«{0}» kan være {1} eller {2}: skråstreker kan leses begge veier. Skriv {3} eller {4}, med dagen først og punktum.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/date_field.py" />
            <source>Type dates day first with dots: {0}.</source>
            <translation>Skriv datoer med dagen først og punktum: {0}.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/date_field.py" />
            <source>Type dates day first with dots, like {0}.</source>
            <translation>Skriv datoer med dagen først og punktum, som {0}.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/date_field.py" />
            <source>“{0}” is not a date. Type it like {1} or 1 Nov 2026.</source>
            <translation>«{0}» er ikke en dato. Skriv den som {1} eller 1. nov. 2026.</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>A six-month acceleration programme for young companies in ocean technology: marine sensors, subsea robotics, aquaculture, offshore wind and seafood processing. Each company gets a mentor from the cluster, a milestone checklist and a readiness assessment every six weeks, and the cohort ends with a demo day for investors and industry partners.</source>
            <translation>Et seks måneders akseleratorprogram for unge selskaper innen havteknologi: marine sensorer, undervannsrobotikk, havbruk, havvind og sjømatforedling. Hvert selskap får en mentor fra klyngen, en milepælsliste og en modenhetsvurdering hver sjette uke, og kullet avsluttes med en demodag for investorer og industripartnere.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Business model canvas reviewed with mentor</source>
            <translation>Business Model Canvas gjennomgått med mentor</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>A complete canvas, walked through with the mentor in a working session.</source>
            <translation>Et komplett canvas, gjennomgått med mentoren i en arbeidsøkt.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Canvas v2 walked through in session; the changes are noted in the shared folder.</source>
            <translation>Canvas v2 gjennomgått i økten; endringene er notert i den delte mappen.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Customer discovery: 15 interviews</source>
            <translation>Kundeutforsking: 15 intervjuer</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Fifteen interviews with people who would buy or use the product, not with other engineers. Notes from each.</source>
            <translation>Femten intervjuer med folk som ville kjøpt eller brukt produktet, ikke med andre ingeniører. Notater fra hvert av dem.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Interview log with 15 conversations and a one-page summary of the strongest pains.</source>
            <translation>Intervjulogg med 15 samtaler og en ensides oppsummering av de største smertepunktene.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Technology roadmap and test plan</source>
            <translation>Teknologisk veikart og testplan</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>The road to a first product version, with the tests that show each step works.</source>
            <translation>Veien til en første produktversjon, med testene som viser at hvert steg fungerer.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Roadmap to first product version, with test plan and acceptance criteria.</source>
            <translation>Veikart til første produktversjon, med testplan og akseptansekriterier.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>IP ownership and freedom-to-operate review</source>
            <translation>Eierskap til IPR og FTO-analyse</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Who owns what (founders, university, employers) and a first patent search.</source>
            <translation>Hvem eier hva (gründere, universitet, arbeidsgivere), og et første patentsøk.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Assignment agreements signed by all founders; search memo from the patent agent.</source>
            <translation>Overdragelsesavtaler signert av alle gründerne; søkenotat fra patentfullmektigen.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Board with at least one external member</source>
            <translation>Styre med minst ett eksternt medlem</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>A working board with at least one member from outside the founding team.</source>
            <translation>Et fungerende styre med minst ett medlem fra utenfor gründerteamet.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Minutes of the first board meeting with the external chair.</source>
            <translation>Protokoll fra det første styremøtet med den eksterne styrelederen.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Funding plan for the next 18 months</source>
            <translation>Finansieringsplan for de neste 18 månedene</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Milestones, what each costs, and which grants, loans or investors pay for them.</source>
            <translation>Milepælene, hva hver av dem koster, og hvilke tilskudd, lån eller investorer som betaler for dem.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Funding plan linking milestones to a regional innovation grant and a seed round.</source>
            <translation>Finansieringsplan som knytter milepælene til et regionalt innovasjonstilskudd og en såkornrunde.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Pricing tested with three customers</source>
            <translation>Prising testet med tre kunder</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>A price quoted to at least three real prospects, and what they answered.</source>
            <translation>En pris tilbudt til minst tre reelle kundeemner, og hva de svarte.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Quotes sent to three prospects; two accepted the price range in writing.</source>
            <translation>Tilbud sendt til tre kundeemner; to godtok prisnivået skriftlig.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Letter of intent or paid pilot agreement</source>
            <translation>Intensjonsavtale eller betalt pilotavtale</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>A signed letter of intent or a pilot agreement that commits money.</source>
            <translation>En signert intensjonsavtale eller en pilotavtale med økonomisk forpliktelse.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Signed letter of intent for a pilot, filed with the programme.</source>
            <translation>Signert intensjonsavtale om en pilot, arkivert hos programmet.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Field test in operating conditions</source>
            <translation>Felttest under reelle driftsforhold</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>The product tested at sea, on a farm or in a plant, with a written test report.</source>
            <translation>Produktet testet på sjøen, på et anlegg eller i en fabrikk, med skriftlig testrapport.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Field test report with measured results, shared with the mentor.</source>
            <translation>Felttestrapport med målte resultater, delt med mentoren.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Investor pitch at demo day</source>
            <translation>Investorpitch på demodagen</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>A ten-minute pitch to investors and industry partners at the cohort's demo day.</source>
            <translation>En ti minutters pitch for investorer og industripartnere på kullets demodag.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Pitched at demo day; deck and the feedback forms are filed.</source>
            <translation>Pitchet på demodagen; presentasjonen og tilbakemeldingsskjemaene er arkivert.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Marine sensors</source>
            <translation>Marine sensorer</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Low-power wave and current buoys with edge processing; data delivered over 4G or satellite to ports and offshore operators.</source>
            <translation>Bølge- og strømbøyer med lavt strømforbruk og lokal databehandling; dataene leveres over 4G eller satellitt til havner og offshoreoperatører.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>University spin-out measuring waves and currents at berths and wind-farm sites.</source>
            <translation>Avknoppingsselskap fra universitetet som måler bølger og strøm ved kaier og i vindparkområder.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>CEO</source>
            <translation>Daglig leder</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>CTO</source>
            <translation>CTO</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Marine biotechnology</source>
            <translation>Marin bioteknologi</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Alginate and cellulose fibres from cultivated sugar kelp, for packaging and wound care.</source>
            <translation>Alginat- og cellulosefibre fra dyrket sukkertare, til emballasje og sårbehandling.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Grows kelp at two sites in Hordaland and turns it into biomaterials.</source>
            <translation>Dyrker tare på to lokaliteter i Hordaland og foredler den til biomaterialer.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Seafood processing</source>
            <translation>Sjømatforedling</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Machine vision that grades salmon fillets for colour and defects on the line.</source>
            <translation>Maskinsyn som sorterer laksefileter etter farge og feil, rett på produksjonslinjen.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Started by two process engineers from the fish-processing industry.</source>
            <translation>Startet av to prosessingeniører fra fiskeforedlingsindustrien.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Sales lead</source>
            <translation>Salgsansvarlig</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Offshore wind</source>
            <translation>Havvind</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Load monitoring of mooring lines for floating wind turbines.</source>
            <translation>Lastovervåking av fortøyningsliner for flytende vindturbiner.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Mooring-line sensors and analytics for floating offshore wind.</source>
            <translation>Sensorer og analyse for fortøyningsliner til flytende havvind.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Aquaculture technology</source>
            <translation>Havbruksteknologi</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Automated longline handling and depuration for blue-mussel farms.</source>
            <translation>Automatisert håndtering av langliner og rensing av blåskjell for skjelloppdrett.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Builds equipment that makes mussel farming pay at Norwegian wages.</source>
            <translation>Lager utstyr som gjør at skjelloppdrett lønner seg med norske lønninger.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Camera-based counting of sea lice on live salmon in the pen.</source>
            <translation>Kamerabasert telling av lakselus på levende laks i merden.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Fish-health analytics for salmon farmers.</source>
            <translation>Fiskehelseanalyse for lakseoppdrettere.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Head of product</source>
            <translation>Produktsjef</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Subsea robotics</source>
            <translation>Undervannsrobotikk</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Resident inspection drone that lives in a seabed docking station and charges there between missions.</source>
            <translation>Fast utplassert inspeksjonsdrone som bor i en dokkingstasjon på havbunnen og lader der mellom oppdragene.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Engineering team from subsea oil and gas, building a resident inspection drone.</source>
            <translation>Ingeniørteam fra subsea olje og gass som bygger en fast utplassert inspeksjonsdrone.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>CEO and CTO</source>
            <translation>Daglig leder og CTO</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Chief engineer</source>
            <translation>Sjefingeniør</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Broadband sonar that tells fish species and size apart in pens and in open water.</source>
            <translation>Bredbåndssonar som skiller fiskearter og -størrelser fra hverandre i merder og i åpent hav.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Hydroacoustics specialists with a sonar head well ahead of the market.</source>
            <translation>Hydroakustikkspesialister med et sonarhode langt foran markedet.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Marine environmental monitoring</source>
            <translation>Marin miljøovervåking</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Environmental DNA sampling from buoys, to monitor biodiversity around fish farms and offshore installations.</source>
            <translation>Prøvetaking av miljø-DNA fra bøyer, for å overvåke det biologiske mangfoldet rundt oppdrettsanlegg og offshoreinstallasjoner.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Monitors marine life from water samples instead of diver surveys.</source>
            <translation>Overvåker livet i havet ved hjelp av vannprøver i stedet for dykkerundersøkelser.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Lab lead</source>
            <translation>Laboratorieleder</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Semi-closed floating pens in recycled polyethylene that keep lice out.</source>
            <translation>Semilukkede flytende merder i resirkulert polyetylen som holder lusa ute.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Designs semi-closed salmon pens for sheltered coastal sites.</source>
            <translation>Designer semilukkede laksemerder for skjermede kystlokaliteter.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Aquaculture software</source>
            <translation>Havbruksprogramvare</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>A digital twin of a fish farm: feeding, oxygen and currents in one model.</source>
            <translation>En digital tvilling av et oppdrettsanlegg: fôring, oksygen og strøm i én modell.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Software for fish farmers who want to plan feeding from live sensor data.</source>
            <translation>Programvare for oppdrettere som vil planlegge fôringen ut fra sensordata i sanntid.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Superchilling units that keep fresh fish at -1.5 °C from boat to customer.</source>
            <translation>Superkjøleanlegg som holder fersk fisk på -1,5 °C fra båt til kunde.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Cold-chain equipment for seafood exporters.</source>
            <translation>Kjølekjedeutstyr for sjømateksportører.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>CFO</source>
            <translation>CFO</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Hull-cleaning robot for ships at anchor, with inspection video as a by-product.</source>
            <translation>Skrogrenserobot for skip til ankers, med inspeksjonsvideo som biprodukt.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Danish company joining for access to Norwegian ship owners and yards.</source>
            <translation>Dansk selskap som blir med for å få tilgang til norske redere og verft.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Marine research</source>
            <translation>Havforskning</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Ocean measurement, test tanks and marine biology.</source>
            <translation>Havmålinger, testbassenger og marinbiologi.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Research institute with test tanks and a field station; runs pilots with the cluster's companies.</source>
            <translation>Forskningsinstitutt med testbassenger og feltstasjon; kjører piloter med klyngens selskaper.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Research director</source>
            <translation>Forskningsdirektør</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Seafood research</source>
            <translation>Sjømatforskning</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Fish health, processing and food safety.</source>
            <translation>Fiskehelse, foredling og mattrygghet.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Research institute for the seafood industry in the north.</source>
            <translation>Forskningsinstitutt for sjømatnæringen i nord.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Head of research</source>
            <translation>Forskningssjef</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Higher education</source>
            <translation>Høyere utdanning</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Ocean engineering, aquaculture and maritime studies.</source>
            <translation>Havteknologi, havbruk og maritime fag.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>University college with ocean engineering and aquaculture programmes.</source>
            <translation>Høgskole med studier i havteknologi og havbruk.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Head of innovation</source>
            <translation>Innovasjonssjef</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Public administration</source>
            <translation>Offentlig forvaltning</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Business development and harbour planning.</source>
            <translation>Næringsutvikling og havneplanlegging.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>The municipality that hosts the cluster's test harbour.</source>
            <translation>Kommunen der klyngens testhavn ligger.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Business development adviser</source>
            <translation>Næringsrådgiver</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Venture capital</source>
            <translation>Risikokapital</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Early-stage investments in ocean technology.</source>
            <translation>Tidligfaseinvesteringer i havteknologi.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Seed fund that invests in the cluster's young companies.</source>
            <translation>Såkornfond som investerer i klyngens unge selskaper.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Investment manager</source>
            <translation>Investeringsansvarlig</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Industry association</source>
            <translation>Bransjeforening</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Networks and courses for coastal businesses.</source>
            <translation>Nettverk og kurs for bedrifter langs kysten.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Association of the businesses along the northern coast.</source>
            <translation>Forening for bedriftene langs kysten i nord.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Secretary general</source>
            <translation>Generalsekretær</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Target segment named and a list of people to call written down.</source>
            <translation>Målsegmentet er definert, og en liste over hvem som skal ringes, er skrevet ned.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>First interviews done; notes from each conversation shared with me.</source>
            <translation>De første intervjuene er gjort; notater fra hver samtale er delt med meg.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Same problem confirmed across a dozen independent interviews.</source>
            <translation>Det samme problemet er bekreftet i et dusin uavhengige intervjuer.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Prospects took a concrete step after a demo: a letter of intent is in.</source>
            <translation>Kundeemner tok et konkret steg etter en demo: en intensjonsavtale er på plass.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Customer trial ran, and the results show what the customer gained.</source>
            <translation>Kundeforsøket er gjennomført, og resultatene viser hva kunden fikk ut av det.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>First paid pilot signed.</source>
            <translation>Første betalte pilot er signert.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Several repeat customers and a sales pipeline that is measured weekly.</source>
            <translation>Flere gjenkjøpende kunder og en salgspipeline som måles ukentlig.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Concept and the main technical risks written down.</source>
            <translation>Konseptet og de viktigste tekniske risikoene er skrevet ned.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Critical function shown with a rough prototype.</source>
            <translation>Kritisk funksjon vist med en enkel prototyp.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Integrated prototype works in the lab; test log shared.</source>
            <translation>Integrert prototyp fungerer i laben; testloggen er delt.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Tested in realistic conditions: sea trial with real data.</source>
            <translation>Testet under realistiske forhold: sjøtest med reelle data.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Complete prototype ran on site with real users; report written up.</source>
            <translation>Komplett prototyp kjørt på stedet med reelle brukere; rapport er skrevet.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>First product version finished, with a list of known defects.</source>
            <translation>Første produktversjon er ferdig, med en liste over kjente feil.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Passed the certification needed to sell; production is repeatable.</source>
            <translation>Bestått sertifiseringen som trengs for å selge; produksjonen er repeterbar.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Offer, customers and market size written out, with sources.</source>
            <translation>Tilbud, kunder og markedsstørrelse er beskrevet, med kilder.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>First full canvas drafted and walked through in session.</source>
            <translation>Første fullstendige canvas er utarbeidet og gjennomgått i økten.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Riskiest assumptions (price, channel) listed and partly checked.</source>
            <translation>De mest risikable antakelsene (pris, kanal) er listet opp og delvis sjekket.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Pricing and cost model shows a path to profit; spreadsheet reviewed.</source>
            <translation>Pris- og kostnadsmodellen viser en vei til lønnsomhet; regnearket er gjennomgått.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Prices quoted to real customers; model adjusted after their answers.</source>
            <translation>Priser tilbudt til reelle kunder; modellen er justert etter svarene deres.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Customers pay the intended price; margins compared with the plan.</source>
            <translation>Kundene betaler tiltenkt pris; marginene er sammenlignet med planen.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Assets that may be worth protecting are listed.</source>
            <translation>Verdier som kan være verdt å beskytte, er listet opp.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Ownership clarified in writing, including the university's share.</source>
            <translation>Eierskapet er avklart skriftlig, inkludert universitetets andel.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Patent and product search done; findings in a short memo.</source>
            <translation>Patent- og produktsøk gjennomført; funnene er oppsummert i et kort notat.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>IP strategy drafted with the patent agent.</source>
            <translation>IPR-strategi utarbeidet sammen med patentfullmektigen.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>First patent application filed.</source>
            <translation>Første patentsøknad er levert.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Agreements with staff and partners reviewed; freedom to operate checked.</source>
            <translation>Avtaler med ansatte og partnere er gjennomgått; handlefriheten (FTO) er sjekket.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Skill gaps written down.</source>
            <translation>Kompetansehull er skrevet ned.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Core team committed, two of them full-time.</source>
            <translation>Kjerneteamet er forpliktet, to av dem på heltid.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Roles and shares agreed in a signed shareholders' agreement.</source>
            <translation>Roller og eierandeler er avtalt i en signert aksjonæravtale.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Recruiting for the missing commercial role; two advisers brought in.</source>
            <translation>Rekrutterer til den manglende kommersielle rollen; to rådgivere er hentet inn.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Team for the next stage in place, mostly full-time.</source>
            <translation>Team for neste fase er på plass, for det meste på heltid.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Board with outside members meets monthly.</source>
            <translation>Styre med eksterne medlemmer møtes månedlig.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Rough budget and a list of funding sources made.</source>
            <translation>Grovt budsjett og en liste over finansieringskilder er laget.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>First external money received: a regional innovation grant.</source>
            <translation>Første eksterne kapital er mottatt: et regionalt innovasjonstilskudd.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Written funding plan for the next 18 months.</source>
            <translation>Skriftlig finansieringsplan for de neste 18 månedene.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Pitch and forecast tested on three investors; deck revised.</source>
            <translation>Pitch og prognose testet på tre investorer; presentasjonen er revidert.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>In talks about a seed round; term sheet from a lead investor.</source>
            <translation>I samtaler om en såkornrunde; term sheet fra en hovedinvestor.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Seed round signed and paid out.</source>
            <translation>Såkornrunden er signert og innbetalt.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Solid buoy prototype out of the university lab. The team talks about specifications, not about who buys.</source>
            <translation>Solid bøyeprototyp ut av universitetslaben. Teamet snakker om spesifikasjoner, ikke om hvem som skal kjøpe.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Book ten interviews with port authorities and wind-farm O&amp;M planners.</source>
            <translation>Avtal ti intervjuer med havnemyndigheter og planleggere for drift og vedlikehold i vindparker.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Eleven of fourteen interviews asked for wave data at the berth, not offshore. Big shift in focus.</source>
            <translation>Elleve av fjorten intervjuer ba om bølgedata ved kaia, ikke til havs. Stort skifte i fokus.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Rewrite the offer for ports; get the university licence signed.</source>
            <translation>Skriv om tilbudet for havner; få universitetslisensen signert.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Eleven of fourteen interviews named the same need: wave data at the berth for mooring decisions.</source>
            <translation>Elleve av fjorten intervjuer pekte på det samme behovet: bølgedata ved kaia for fortøyningsbeslutninger.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Licence and ownership agreement with the university signed.</source>
            <translation>Lisens- og eierskapsavtale med universitetet er signert.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Port of a mid-size town wants a paid trial. First buoy survived the January storms.</source>
            <translation>Havna i en mellomstor by vil ha et betalt forsøk. Den første bøya overlevde januarstormene.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Price the trial as a subscription, not a hardware sale.</source>
            <translation>Pris forsøket som et abonnement, ikke som maskinvaresalg.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Trial data convinced the harbour master; subscription price accepted in principle.</source>
            <translation>Forsøksdataene overbeviste havnefogden; abonnementsprisen er godtatt i prinsippet.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Prepare the demo-day pitch around the trial results.</source>
            <translation>Bygg pitchen til demodagen rundt resultatene fra forsøket.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Graduates with a paying port customer and a finished product version. Strong demo day.</source>
            <translation>Fullfører med en betalende havnekunde og en ferdig produktversjon. Sterk demodag.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Follow up the two investors from demo day; hire a sales lead.</source>
            <translation>Følg opp de to investorene fra demodagen; ansett en salgsansvarlig.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>The port converted the trial into a paid one-year subscription.</source>
            <translation>Havna gjorde forsøket om til et betalt ettårsabonnement.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Completed the programme and pitched at demo day.</source>
            <translation>Fullførte programmet og pitchet på demodagen.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Good kelp, good chemistry, no customer yet. Packaging and wound care are both on the table.</source>
            <translation>God tare, god kjemi, ingen kunde ennå. Både emballasje og sårbehandling er aktuelt.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Pick one market for the next six weeks; interview packaging buyers first.</source>
            <translation>Velg ett marked for de neste seks ukene; intervju innkjøpere av emballasje først.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Packaging buyers are interested but price-sensitive; wound care is slower but pays better.</source>
            <translation>Innkjøpere av emballasje er interessert, men prisfølsomme; sårbehandling går saktere, men betaler bedre.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Draft the canvas for wound care; talk to two medical distributors.</source>
            <translation>Lag et utkast til canvas for sårbehandling; snakk med to medisinske distributører.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Wound care chosen. Fibre quality holds across two harvests.</source>
            <translation>Sårbehandling er valgt. Fiberkvaliteten holder seg over to innhøstinger.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Get the patent search done before the pitch.</source>
            <translation>Få patentsøket gjort før pitchen.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Distributor signed a letter of intent. Patent agent engaged.</source>
            <translation>En distributør har signert en intensjonsavtale. Patentfullmektig er engasjert.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Second harvest trial; cost per kilo of fibre.</source>
            <translation>Andre høsteforsøk; kostnad per kilo fiber.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Graduates with a distributor, an IP strategy and a seed round in talks. Storm damage delayed the second field trial.</source>
            <translation>Fullfører med en distributør, en IPR-strategi og en såkornrunde under forhandling. Stormskader forsinket det andre feltforsøket.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Re-anchor the trial rig in spring; close the seed round.</source>
            <translation>Forankre forsøksriggen på nytt til våren; sluttfør såkornrunden.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Trial rig damaged in a storm; second run moved to spring.</source>
            <translation>Forsøksriggen ble skadet i en storm; andre runde er flyttet til våren.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Completed the programme; field trial continues after the cohort.</source>
            <translation>Fullførte programmet; feltforsøket fortsetter etter kullet.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Founders know the industry inside out. Vision model works on photos, not yet on a running line.</source>
            <translation>Gründerne kjenner bransjen ut og inn. Maskinsynsmodellen fungerer på bilder, men ennå ikke på en linje i drift.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Install the camera rig on a customer's line for two weeks.</source>
            <translation>Monter kamerariggen på en kundes produksjonslinje i to uker.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Two processing plants asked for a trial after the line test.</source>
            <translation>To foredlingsanlegg ba om et forsøk etter linjetesten.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Decide between selling units and selling grading as a service.</source>
            <translation>Bestem dere mellom å selge enheter og å selge sortering som tjeneste.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Grading-as-a-service chosen. Accuracy 96 % on the line.</source>
            <translation>Sortering som tjeneste er valgt. Treffsikkerhet 96 % på linjen.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Write the funding plan; ask the bank about an equipment loan.</source>
            <translation>Skriv finansieringsplanen; spør banken om et utstyrslån.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>First plant quoted and accepted the monthly price.</source>
            <translation>Første anlegg har fått tilbud og godtatt månedsprisen.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Keep the process know-how as trade secret; tighten the NDAs.</source>
            <translation>Behold prosesskunnskapen som forretningshemmelighet; stram inn taushetserklæringene.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Graduates with a paying customer and a second one in trial.</source>
            <translation>Fullfører med en betalende kunde og en til i forsøk.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Hire a service technician before the second installation.</source>
            <translation>Ansett en servicetekniker før den andre installasjonen.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Process know-how is kept as a trade secret; nothing to file.</source>
            <translation>Prosesskunnskapen holdes som forretningshemmelighet; ingenting å søke patent på.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Good sensor, and two floating-wind developers already know them.</source>
            <translation>God sensor, og to utviklere av flytende havvind kjenner dem allerede.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Map the buying process at the developers: who signs for monitoring?</source>
            <translation>Kartlegg innkjøpsprosessen hos utviklerne: hvem signerer for overvåking?</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>The founders are split over an offer from a larger mooring supplier. Keep this out of cohort reports until they decide.</source>
            <translation>Gründerne er uenige om et tilbud fra en større leverandør av fortøyningsutstyr. Hold dette utenfor kullrapportene til de har bestemt seg.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Meet both founders separately; the programme can help with an adviser on the sale.</source>
            <translation>Møt begge gründerne hver for seg; programmet kan hjelpe med en rådgiver for salget.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Chief engineer and co-founder left in week 5 after the disagreement about the offer.</source>
            <translation>Sjefingeniør og medgründer sluttet i uke 5 etter uenigheten om tilbudet.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>The owners withdrew the bridge loan while sale talks go on.</source>
            <translation>Eierne trakk tilbake brolånet mens salgssamtalene pågår.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Shareholders cannot agree on an external chair while sale talks are going on.</source>
            <translation>Aksjonærene blir ikke enige om en ekstern styreleder mens salgssamtalene pågår.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Acquired by a larger mooring supplier that runs its own product development; the founders left the programme on good terms.</source>
            <translation>Kjøpt opp av en større leverandør av fortøyningsutstyr som har egen produktutvikling; gründerne forlot programmet i god tone.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Two founders with farming experience and a clever line-handling idea, early on everything.</source>
            <translation>To gründere med erfaring fra oppdrett og en smart idé for linehåndtering, tidlig på alt.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Build a rough rig for the line handler; talk to five mussel farmers.</source>
            <translation>Bygg en enkel rigg for linehåndtereren; snakk med fem blåskjelloppdrettere.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Rig works in the workshop. Farmers say the depuration step is the real bottleneck.</source>
            <translation>Riggen fungerer i verkstedet. Oppdretterne sier at rensingen er den egentlige flaskehalsen.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>List what could be protected; sketch the depuration unit.</source>
            <translation>List opp hva som kan beskyttes; skisser renseanlegget.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Canvas done; regional grant received for the depuration prototype.</source>
            <translation>Canvas ferdig; regionalt tilskudd mottatt til prototypen av renseanlegget.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Shareholders' agreement before bringing in an advisor.</source>
            <translation>Aksjonæravtale før en rådgiver hentes inn.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Depuration unit tested on a farm with real mussels.</source>
            <translation>Renseanlegget er testet på et anlegg med ekte blåskjell.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Written ownership of the design; plan for the next cohort.</source>
            <translation>Skriftlig eierskap til designet; plan for neste kull.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Graduates as a much clearer company, still early commercially. Recommended for the next cohort.</source>
            <translation>Fullfører som et mye tydeligere selskap, men fortsatt tidlig kommersielt. Anbefalt for neste kull.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Re-apply for the next cohort with a pilot customer in view.</source>
            <translation>Søk på nytt til neste kull med en pilotkunde i sikte.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Completed the programme; invited back for the next cohort.</source>
            <translation>Fullførte programmet; invitert tilbake til neste kull.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Lice counting works on recorded video; farmers are interested because manual counting is a legal chore.</source>
            <translation>Lusetellingen fungerer på innspilt video; oppdretterne er interessert fordi manuell telling er et lovpålagt ork.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Run the camera live in a pen for four weeks.</source>
            <translation>Kjør kameraet live i en merd i fire uker.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Live pen test: counts within 10 % of manual counts.</source>
            <translation>Live test i merd: tellingene ligger innenfor 10 % av de manuelle tellingene.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Write out pricing per pen and per site.</source>
            <translation>Skriv ut prising per merd og per lokalitet.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Pricing per site preferred by the farmers. Patent search done.</source>
            <translation>Oppdretterne foretrekker pris per lokalitet. Patentsøk gjennomført.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Hire the data scientist from the shortlist.</source>
            <translation>Ansett dataforskeren fra kortlisten.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Three farmers signed letters of intent.</source>
            <translation>Tre oppdrettere har signert intensjonsavtaler.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Pitch practice twice before demo day.</source>
            <translation>Øv på pitchen to ganger før demodagen.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Graduates with a paid pilot and strong investor interest.</source>
            <translation>Fullfører med en betalt pilot og sterk investorinteresse.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>File the patent application before publishing the accuracy study.</source>
            <translation>Send inn patentsøknaden før treffsikkerhetsstudien publiseres.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Impressive vehicle: the docking station works in the test basin. Nobody on the team has talked to an operator; all contacts are engineers.</source>
            <translation>Imponerende farkost: dokkingstasjonen fungerer i testbassenget. Ingen i teamet har snakket med en operatør; alle kontaktene er ingeniører.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Three operator interviews (not engineers) before the next session.</source>
            <translation>Tre intervjuer med operatører (ikke ingeniører) før neste økt.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Sea trial went well. Customer work still thin: four interviews, all friendly contacts.</source>
            <translation>Sjøtesten gikk bra. Kundearbeidet er fortsatt tynt: fire intervjuer, alle med vennligsinnede kontakter.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Bring a draft price per inspection hour; interview an O&amp;M buyer.</source>
            <translation>Ta med et utkast til pris per inspeksjonstime; intervju en innkjøper innen drift og vedlikehold.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Completed a 72-hour resident sea trial at 180 m.</source>
            <translation>Gjennomførte en 72 timers sjøtest som fast utplassert på 180 meters dyp.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>IP strategy drafted: patent on the docking latch, keep the navigation software secret.</source>
            <translation>IPR-strategi utarbeidet: patent på dokkingslåsen, navigasjonsprogramvaren holdes hemmelig.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Technology runs far ahead of the business. The team would rather build than sell; the pricing milestone is overdue.</source>
            <translation>Teknologien ligger langt foran forretningen. Teamet vil heller bygge enn selge; prismilepælen er forsinket.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Pair with a commercial adviser; pricing test with three operators by next session.</source>
            <translation>Sett dem sammen med en kommersiell rådgiver; pristest med tre operatører innen neste økt.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Brought in a commercial adviser one day a week.</source>
            <translation>Hentet inn en kommersiell rådgiver én dag i uka.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>9 of 15 interviews done, mostly with engineers.</source>
            <translation>9 av 15 intervjuer gjennomført, for det meste med ingeniører.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Second resident trial planned at a wind farm.</source>
            <translation>Et nytt forsøk med fast utplassering er planlagt i en vindpark.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Best sonar head I have seen at this stage. No clear buyer: fish farmers, fishing fleet and research are all mentioned.</source>
            <translation>Det beste sonarhodet jeg har sett på dette stadiet. Ingen tydelig kjøper: oppdrettere, fiskeflåten og forskning nevnes alle.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Choose one segment; five interviews in it.</source>
            <translation>Velg ett segment; fem intervjuer innenfor det.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Species detection certified for research use. Segment chosen: salmon farmers. Interviews have not started.</source>
            <translation>Artsgjenkjenning sertifisert for forskningsbruk. Segment valgt: lakseoppdrettere. Intervjuene har ikke startet.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Get interview dates with the farmers, even short calls.</source>
            <translation>Få avtalt intervjudatoer med oppdretterne, selv om det bare blir korte samtaler.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Passed the independent accuracy test for species detection.</source>
            <translation>Bestod den uavhengige treffsikkerhetstesten for artsgjenkjenning.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Interviews blocked by the lice-treatment season. Plenty of investor interest because of the technology.</source>
            <translation>Intervjuene er stanset av avlusingssesongen. Mye investorinteresse på grunn av teknologien.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Do not raise before customer evidence exists; use the wait to call feed suppliers instead.</source>
            <translation>Ikke hent kapital før det finnes bevis fra kunder; bruk ventetiden til å ringe fôrleverandører i stedet.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Two investors tested the pitch and asked for a follow-up meeting.</source>
            <translation>To investorer testet pitchen og ba om et oppfølgingsmøte.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>The fish farmers we lined up postponed until after the sea-lice treatment season; no new dates yet.</source>
            <translation>Oppdretterne vi hadde avtalt med, utsatte til etter avlusingssesongen; ingen nye datoer ennå.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Draft plan exists; costs still missing.</source>
            <translation>Et utkast til plan finnes; kostnadene mangler fortsatt.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Back for a second cohort, starting where the last final assessment left off. Goal this time: a paying farm.</source>
            <translation>Tilbake i et nytt kull, og starter der forrige sluttvurdering slapp. Målet denne gangen: et betalende anlegg.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Letter of intent from the farm that hosted the depuration test.</source>
            <translation>Intensjonsavtale fra anlegget som var vertskap for rensetesten.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Letter of intent signed. Depuration unit ran a full season.</source>
            <translation>Intensjonsavtalen er signert. Renseanlegget gikk en hel sesong.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Apply for the food-safety approval; price the unit per tonne.</source>
            <translation>Søk om mattrygghetsgodkjenning; prissett anlegget per tonn.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Farm agreed to a free trial with data sharing. Food-safety approval in progress.</source>
            <translation>Anlegget har sagt ja til et gratis forsøk mot deling av data. Mattrygghetsgodkjenningen er i gang.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Turn the trial into a paid pilot after the approval.</source>
            <translation>Gjør forsøket om til en betalt pilot etter godkjenningen.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Reviewed in the previous cohort; nothing has changed.</source>
            <translation>Gjennomgått i forrige kull; ingenting er endret.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Letter of intent from the host farm.</source>
            <translation>Intensjonsavtale fra vertsanlegget.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Food-safety approval of the depuration unit</source>
            <translation>Mattrygghetsgodkjenning av renseanlegget</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>The unit must be approved before mussels from it can be sold.</source>
            <translation>Anlegget må være godkjent før blåskjell fra det kan selges.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Application sent; inspection visit booked.</source>
            <translation>Søknad sendt; inspeksjonsbesøk er avtalt.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Sampling buoy works; lab turnaround is the weak spot. Fish farmers need the monitoring for their licences.</source>
            <translation>Prøvetakingsbøya fungerer; svartiden fra laben er det svake punktet. Oppdretterne trenger overvåkingen for konsesjonene sine.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Interview the environmental managers at three farming companies.</source>
            <translation>Intervju de miljøansvarlige i tre oppdrettsselskaper.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Interviews confirm the licence-driven need. Sea trial at one farm.</source>
            <translation>Intervjuene bekrefter at behovet er drevet av konsesjonskrav. Sjøtest på ett anlegg.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Canvas for monitoring-as-a-service.</source>
            <translation>Canvas for overvåking som tjeneste.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Farming company asked for an offer; model looks profitable from site 4.</source>
            <translation>Et oppdrettsselskap ba om et tilbud; modellen ser lønnsom ut fra fjerde lokalitet.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Send the offer; keep the letter-of-intent milestone on track.</source>
            <translation>Send tilbudet; hold milepælen om intensjonsavtale på sporet.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Offer sent to a farming company.</source>
            <translation>Tilbud sendt til et oppdrettsselskap.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Credible pen design and strong interest from farmers with lice problems.</source>
            <translation>Troverdig merddesign og stor interesse fra oppdrettere med luseproblemer.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Cost model per tonne produced, compared with an open pen.</source>
            <translation>Kostnadsmodell per produsert tonn, sammenlignet med en åpen merd.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Full-scale pen section tested at a host site. Cost model drafted.</source>
            <translation>Merdseksjon i full skala testet på en vertslokalitet. Utkast til kostnadsmodell er laget.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Funding plan for the first full pen.</source>
            <translation>Finansieringsplan for den første fullskala merden.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Two farmers want the pen next year, but the CTO has left and the design work has slowed.</source>
            <translation>To oppdrettere vil ha merden neste år, men CTO-en har sluttet, og designarbeidet har bremset opp.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Recruit a new CTO; a consultant covers the design meanwhile.</source>
            <translation>Rekrutter en ny CTO; en konsulent dekker designarbeidet i mellomtiden.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>A second farmer asked for an offer after visiting the host site.</source>
            <translation>En oppdretter til ba om tilbud etter å ha besøkt vertslokaliteten.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>The CTO left in week 10 for an oil-service job; a consultant covers design work until a replacement starts.</source>
            <translation>CTO-en sluttet i uke 10 for en jobb i oljeservice; en konsulent tar designarbeidet til en erstatter begynner.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Waiting for the new CTO's cost estimate for the full pen.</source>
            <translation>Venter på kostnadsoverslaget fra den nye CTO-en for en fullskala merd.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Small team with a strong model; only one farm has shared its data.</source>
            <translation>Lite team med en sterk modell; bare ett anlegg har delt dataene sine.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Data-sharing agreements with two more farms.</source>
            <translation>Avtaler om datadeling med to anlegg til.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Model ran on live data from one farm. The founder is stretched thin and missed the last session.</source>
            <translation>Modellen har kjørt på sanntidsdata fra ett anlegg. Gründeren er hardt presset og gikk glipp av forrige økt.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Reschedule the session; decide which milestones to drop for now.</source>
            <translation>Flytt økten; bestem hvilke milepæler dere dropper inntil videre.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Model ran for three weeks on live sensor data from a farm.</source>
            <translation>Modellen kjørte i tre uker på sensordata i sanntid fra et anlegg.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>One farm asked for a price; not answered yet.</source>
            <translation>Ett anlegg ba om en pris; ikke besvart ennå.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Established product in Norway; wants to sell to exporters in Asia.</source>
            <translation>Etablert produkt i Norge; vil selge til eksportører i Asia.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Interview three exporters about the Asian routes.</source>
            <translation>Intervju tre eksportører om rutene til Asia.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Exporters will pay for longer shelf life; price per container accepted.</source>
            <translation>Eksportørene vil betale for lengre holdbarhet; pris per container er godtatt.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Freedom-to-operate check before the Asian launch.</source>
            <translation>FTO-sjekk før lanseringen i Asia.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Exporter signed a letter of intent for a test route. Patent search found no blockers.</source>
            <translation>En eksportør signerte en intensjonsavtale om en testrute. Patentsøket fant ingen hindringer.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Plan the test route; hire the export sales manager.</source>
            <translation>Planlegg testruten; ansett eksportsalgssjefen.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Letter of intent from an exporter.</source>
            <translation>Intensjonsavtale fra en eksportør.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Joined three weeks late. Mature robot; new to the Norwegian market.</source>
            <translation>Kom med tre uker for sent. Moden robot; ny i det norske markedet.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Meet two ship owners and a yard in Bergen.</source>
            <translation>Møt to redere og et verft i Bergen.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Ship owner offered a trial on two vessels.</source>
            <translation>En reder tilbød forsøk på to fartøy.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Price hull cleaning per vessel-year for Norwegian owners.</source>
            <translation>Prissett skrogrensing per fartøyår for norske redere.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Trial on the first vessel done; inspection video impressed the owner.</source>
            <translation>Forsøket på det første fartøyet er gjennomført; inspeksjonsvideoen imponerte rederen.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Paid pilot on the second vessel.</source>
            <translation>Betalt pilot på det andre fartøyet.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Danish export grant granted for the Norwegian launch.</source>
            <translation>Dansk eksporttilskudd innvilget til lanseringen i Norge.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>The Danish parent company's board governs; no separate board.</source>
            <translation>Styret i det danske morselskapet styrer; ikke eget styre.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Kick-off: the programme's first day</source>
            <translation>Oppstart: programmets første dag</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>The companies meet their mentors and each other; milestones and the first assessment explained.</source>
            <translation>Selskapene møter mentorene sine og hverandre; milepælene og den første vurderingen blir forklart.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Workshop: customer discovery</source>
            <translation>Workshop: kundeinnsikt</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>How to find and interview the people who would buy: scripts, notes and what to listen for.</source>
            <translation>Hvordan finne og intervjue dem som ville kjøpt: manus, notater og hva du skal lytte etter.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Pitch training</source>
            <translation>Pitchetrening</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Ten minutes, one slide a minute, and the questions investors ask.</source>
            <translation>Ti minutter, ett lysbilde i minuttet, og spørsmålene investorene stiller.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Demo day for investors and industry partners</source>
            <translation>Demodag for investorer og industripartnere</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>The cohort's companies pitch; drinks and talks afterwards.</source>
            <translation>Kullets selskaper pitcher; mingling og samtaler etterpå.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Workshop: business model and pricing</source>
            <translation>Workshop: forretningsmodell og prising</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>From a canvas to a price a customer pays, with two founders who did it.</source>
            <translation>Fra et forretningsmodellkanvas til en pris en kunde betaler, med to gründere som har gjort det.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Investor readiness session</source>
            <translation>Samling om investorklarhet</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>What a seed investor reads first: the team, the market and the use of the money.</source>
            <translation>Det en såkornsinvestor leser først: teamet, markedet og hva pengene skal brukes til.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Seminar: the offshore wind supply chain</source>
            <translation>Seminar: leverandørkjeden i havvind</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>What the developers of floating wind will buy in the next five years, and from whom.</source>
            <translation>Hva utbyggerne av flytende havvind skal kjøpe de neste fem årene, og fra hvem.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Ocean Technology Conference</source>
            <translation>Havteknologikonferansen</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Two clusters' annual conference: talks from the industry, the research institutes and the funders, and a market of the members' products.</source>
            <translation>To klyngers årlige konferanse: innlegg fra næringen, forskningsinstituttene og finansiørene, og en markedsplass for medlemmenes produkter.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Webinar: public funding for young ocean companies</source>
            <translation>Webinar: offentlig finansiering for unge havselskaper</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Innovation grants, loans and the tax scheme for research: what fits which stage.</source>
            <translation>Innovasjonstilskudd, lån og skatteordningen for forskning: hva som passer i hvilken fase.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Matchmaking day: aquaculture meets subsea</source>
            <translation>Matchmakingdag: havbruk møter subsea</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Fish farmers bring their problems, subsea companies their tools: short meetings booked in advance, at numbered tables.</source>
            <translation>Oppdretterne kommer med problemene sine, subseaselskapene med verktøyene sine: korte møter booket på forhånd, ved nummererte bord.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Study trip to the Danish blue tech cluster</source>
            <translation>Studietur til den danske blå teknologiklyngen</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Two days in Aarhus with the Kattegat network: test sites, a port, and the companies that want Norwegian partners.</source>
            <translation>To dager i Aarhus med Kattegat-nettverket: testområder, en havn og selskapene som vil ha norske partnere.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>The demo programme is already loaded ({0}); nothing was changed.</source>
            <translation>Demoprogrammet er allerede lastet inn ({0}); ingenting ble endret.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>the demo cannot be dated after today</source>
            <translation>demoen kan ikke dateres etter i dag</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Loaded the demo programme {0} ({1}): 2 cohorts, {2} companies, {3} enrolments, {4} assessments and {5} users.</source>
            <translation>Lastet inn demoprogrammet {0} ({1}): 2 kull, {2} selskaper, {3} deltakelser, {4} vurderinger og {5} brukere.</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/demo.py" />
            <source>The cluster's year: %n events, with {0} registrations and who came.</source>
            <translation>
                <numerusform>Klyngens år: %n arrangement, med {0} påmeldinger og hvem som møtte.</numerusform>
                <numerusform>Klyngens år: %n arrangementer, med {0} påmeldinger og hvem som møtte.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/demo.py" />
            <source>%n joint projects, with their partners and funding.</source>
            <translation>
                <numerusform>%n samarbeidsprosjekt, med partnere og finansiering.</numerusform>
                <numerusform>%n samarbeidsprosjekter, med partnere og finansiering.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Spring {0}</source>
            <translation>Vår {0}</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Autumn {0}</source>
            <translation>Høst {0}</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>aquaculture</source>
            <translation>havbruk</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>seafood</source>
            <translation>sjømat</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>maritime</source>
            <translation>maritim</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>ocean technology</source>
            <translation>havteknologi</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>sensors</source>
            <translation>sensorer</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>underwater cameras</source>
            <translation>undervannskamera</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>underwater drones</source>
            <translation>undervannsdroner</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Norway</source>
            <translation>Norge</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>A fish farm where our net-pen camera can be tested through a winter</source>
            <translation>Et oppdrettsanlegg der merdkameraet vårt kan testes gjennom en vinter</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Our research fish farm for winter tests of cameras and sensors</source>
            <translation>Forskningsanlegget vårt for vintertester av kamera og sensorer</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>A fish farmer to pilot net inspection with our underwater drone</source>
            <translation>En oppdretter som vil prøve notinspeksjon med undervannsdronen vår</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Our farms can pilot net inspection with underwater drones</source>
            <translation>Anleggene våre kan prøve notinspeksjon med undervannsdroner</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Seed capital to take our oxygen sensor into series production</source>
            <translation>Såkornkapital for å sette oksygensensoren vår i serieproduksjon</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Seed capital for ocean technology companies ready for production</source>
            <translation>Såkornkapital til havteknologiselskaper som er klare for produksjon</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Competence in seaweed processing and food safety</source>
            <translation>Kompetanse i tareforedling og mattrygghet</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>seaweed processing</source>
            <translation>tareforedling</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Research on seafood processing, seaweed and food safety</source>
            <translation>Forskning på sjømatforedling, tare og mattrygghet</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>food safety</source>
            <translation>mattrygghet</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Introductions to Norwegian ship owners and yards</source>
            <translation>Introduksjoner til norske rederier og verft</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Introductions to ship owners, yards and fish farmers along the coast</source>
            <translation>Introduksjoner til rederier, verft og oppdrettere langs kysten</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>A sensor maker to feed live oxygen data into our farm software</source>
            <translation>En sensorprodusent som kan levere sanntids oksygendata til oppdrettsprogramvaren vår</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>software</source>
            <translation>programvare</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Hydroacoustic sensors with an open data interface for farm software</source>
            <translation>Hydroakustiske sensorer med åpent datagrensesnitt for oppdrettsprogramvare</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>hydroacoustics</source>
            <translation>hydroakustikk</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Student projects and master's theses on aquaculture and sensors</source>
            <translation>Studentprosjekter og masteroppgaver om havbruk og sensorer</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>A municipality to pilot seabed monitoring in its harbour</source>
            <translation>En kommune som vil prøve havbunnsovervåking i havnen sin</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>environmental monitoring</source>
            <translation>miljøovervåking</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Our harbour as a pilot site for environmental monitoring</source>
            <translation>Havnen vår som pilotområde for miljøovervåking</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>A processing line to test our superchilling unit on</source>
            <translation>En produksjonslinje å teste superkjøleenheten vår på</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>superchilling</source>
            <translation>superkjøling</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Table {0}</source>
            <translation>Bord {0}</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Winter test agreed from January; Havlaben sends a test plan.</source>
            <translation>Vintertest avtalt fra januar; Havlaben sender en testplan.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Pilot on two sites this spring, shared by both.</source>
            <translation>Pilot på to lokaliteter i vår, delt mellom begge.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Too early for the fund; come back with the first orders.</source>
            <translation>For tidlig for fondet; kom tilbake med de første ordrene.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>The harbour pilot starts in March.</source>
            <translation>Havnepiloten starter i mars.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Havbyen town hall</source>
            <translation>Havbyen rådhus</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Kystkapital's office, Bergen</source>
            <translation>Kystkapitals kontor, Bergen</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Online</source>
            <translation>Nett</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Lice counting with machine vision</source>
            <translation>Lusetelling med maskinsyn</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Cameras in the pens count lice on every fish that passes.</source>
            <translation>Kameraer i merdene teller lus på hver fisk som svømmer forbi.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Final report</source>
            <translation>Sluttrapport</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Grant letter</source>
            <translation>Tilsagnsbrev</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Cold chain for fresh fish to Asia</source>
            <translation>Kjølekjede for fersk fisk til Asia</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Superchilled salmon by sea instead of by air, tested on three shipments.</source>
            <translation>Superkjølt laks sjøveien i stedet for med fly, testet på tre forsendelser.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Subsea inspection drone for fish farms</source>
            <translation>Undervannsdrone for inspeksjon av oppdrettsanlegg</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>A research project on autonomous net inspection.</source>
            <translation>Et forskningsprosjekt om autonom notinspeksjon.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Drone pilot on two fish farms</source>
            <translation>Droneutprøving på to oppdrettsanlegg</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Dypvann's drone inspects the nets of Strømsund's two sites for a season.</source>
            <translation>Dronen til Dypvann inspiserer notene på Strømsunds to lokaliteter i en sesong.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Seaweed biomaterials for packaging</source>
            <translation>Biomaterialer fra tare til emballasje</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Trays and film from kelp, tested with a seafood packer.</source>
            <translation>Brett og folie av tare, testet hos et sjømatpakkeri.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Harbour emissions monitoring</source>
            <translation>Utslippsovervåking i havna</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Sensors on the quay measure what ships emit at berth.</source>
            <translation>Sensorer på kaia måler utslippene fra skip som ligger til kai.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Competence for aquaculture technicians</source>
            <translation>Kompetanseløft for havbruksteknikere</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Evening courses in sensors and data for farm staff.</source>
            <translation>Kveldskurs i sensorer og data for de ansatte på anleggene.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Remote mooring monitoring</source>
            <translation>Fjernovervåking av fortøyninger</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Load cells on moorings that report by satellite.</source>
            <translation>Lastceller på fortøyningene som rapporterer via satellitt.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Application draft</source>
            <translation>Søknadsutkast</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Open ocean data platform</source>
            <translation>Åpen plattform for havdata</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Sharing sensor data between farms, openly licensed.</source>
            <translation>Deling av sensordata mellom oppdrettsanlegg, med åpen lisens.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Shellfish hatchery automation</source>
            <translation>Automatisering av skjellklekkeri</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Robots sort and count mussel seed.</source>
            <translation>Roboter sorterer og teller blåskjellyngel.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Young talent in the coastal industries</source>
            <translation>Unge talenter i kystnæringene</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Summer jobs and school visits; stopped when the county's funds were cut.</source>
            <translation>Sommerjobber og skolebesøk; stoppet da fylkeskommunens midler ble kuttet.</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Hydroacoustic biomass estimation</source>
            <translation>Hydroakustisk biomasseestimering</translation>
        </message>
        <message>
            <location filename="accelerator/services/demo.py" />
            <source>Echo sounders that weigh the fish in a pen.</source>
            <translation>Ekkolodd som veier fisken i en merd.</translation>
        </message>
    </context>
    <context>
        <name>DimensionModel</name>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Dimension</source>
            <translation>Dimensjon</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Mean level</source>
            <translation>Snittnivå</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>no levels</source>
            <translation>ingen nivåer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Mean of the latest level of {0} companies, on a scale of 1 to 9</source>
            <translation>Gjennomsnittet av siste nivå for {0} selskaper, på en skala fra 1 til 9</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Since baseline</source>
            <translation>Siden startvurdering</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>no baseline</source>
            <translation>ingen startvurdering</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>No company has both a baseline and a later level here yet</source>
            <translation>Ingen selskaper har både en startvurdering og et senere nivå her ennå</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>up</source>
            <translation>opp</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>down</source>
            <translation>ned</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>On average {0} {1} levels since the baseline, over {2} companies</source>
            <translation>I snitt {0} {1} nivåer siden startvurderingen, for {2} selskaper</translation>
        </message>
    </context>
    <context>
        <name>DocumentTableModel</name>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EnrolDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>Enrol companies in {0}</source>
            <translation>Ta opp selskaper i {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>&amp;Existing companies</source>
            <translation>&amp;Eksisterende selskaper</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>&amp;New company</source>
            <translation>&amp;Nytt selskap</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>&amp;Joined on:</source>
            <translation>&amp;Deltar fra:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>The cohort runs {0}. Due dates count from the cohort's start.</source>
            <translation>Kullets periode er {0}. Fristene regnes fra kullets start.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>Enrol</source>
            <translation>Ta opp</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>&amp;Import from a file…</source>
            <translation>&amp;Importer fra fil…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>{0} has ended: companies are imported into a cohort that is running or planned. Tick them under Existing companies to enrol them here.</source>
            <translation>{0} er avsluttet: selskaper importeres til et kull som pågår eller er planlagt. Kryss dem av under «Eksisterende selskaper» for å ta dem opp her.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>Register the companies listed in a spreadsheet saved as CSV and enrol them all in {0}</source>
            <translation>Registrer selskapene i et regneark lagret som CSV, og ta dem alle opp i {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>Find a company by name or org. number</source>
            <translation>Finn et selskap etter navn eller org.nr.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>Showing the first {0} companies: type part of a name or number to find the one you want.</source>
            <translation>Viser de første {0} selskapene: skriv inn en del av et navn eller nummer for å finne det du leter etter.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>No company matches “{0}”. Check the spelling, or register it under New company.</source>
            <translation>Ingen selskaper samsvarer med «{0}». Sjekk stavemåten, eller registrer selskapet under «Nytt selskap».</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>There are no companies in the database yet. Register the first one under New company, or bring in a spreadsheet's list with Import from a file.</source>
            <translation>Det er ingen selskaper i databasen ennå. Registrer det første under «Nytt selskap», eller hent inn en liste fra et regneark med «Importer fra fil».</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>The registered name, e.g. Havbris AS</source>
            <translation>Det registrerte navnet, f.eks. Havbris AS</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>Registered outside Norway</source>
            <translation>Registrert utenfor Norge</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>9 digits, e.g. 912 345 678</source>
            <translation>9 siffer, f.eks. 912 345 678</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>e.g. Iceland</source>
            <translation>f.eks. Island</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>e.g. Aquaculture</source>
            <translation>f.eks. Havbruk</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>year</source>
            <translation>år</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>e.g. hyperspectral imaging of fish welfare</source>
            <translation>f.eks. hyperspektral avbildning for fiskevelferd</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>E&amp;mployees:</source>
            <translation>&amp;Ansatte:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>N&amp;ame:</source>
            <translation>Na&amp;vn:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>&amp;Org. number:</source>
            <translation>&amp;Org.nr.:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>Co&amp;untry:</source>
            <translation>&amp;Land:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>Re&amp;gistry number:</source>
            <translation>Re&amp;gistreringsnummer:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>&amp;Sector:</source>
            <translation>B&amp;ransje:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>Home &amp;cluster:</source>
            <translation>Hjemme&amp;klynge:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>&amp;Website:</source>
            <translation>Nett&amp;sted:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>&amp;Founded:</source>
            <translation>Eta&amp;blert:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>&amp;Technology:</source>
            <translation>&amp;Teknologi:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>Contacts and the rest of the profile can be filled in on the company's page afterwards.</source>
            <translation>Kontaktpersoner og resten av profilen kan fylles ut på selskapets side etterpå.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>{0} is already registered (org. number {1}). To enrol it, pick it under Existing companies.</source>
            <translation>{0} er allerede registrert (org.nr. {1}). Velg selskapet under «Eksisterende selskaper» for å ta det opp.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>none</source>
            <translation>ingen</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>Register and enrol</source>
            <translation>Registrer og ta opp</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>Tick the companies to enrol.</source>
            <translation>Kryss av for selskapene som skal tas opp.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>Enrol 1 company</source>
            <translation>Ta opp 1 selskap</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>Enrol {0} companies</source>
            <translation>Ta opp {0} selskaper</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrol_dialog.py" />
            <source>Chosen: {0}</source>
            <translation>Valgt: {0}</translation>
        </message>
    </context>
    <context>
        <name>EnrolmentStatus</name>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Graduated</source>
            <translation>Fullført</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Withdrawn</source>
            <translation>Trukket seg</translation>
        </message>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Taking part in the cohort.</source>
            <translation>Deltar i kullet.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Finished the programme.</source>
            <translation>Har fullført programmet.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Left before the end; say why.</source>
            <translation>Trakk seg før programmet var slutt; oppgi hvorfor.</translation>
        </message>
    </context>
    <context>
        <name>EnrolmentStatusDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/enrolment_status_dialog.py" />
            <source>Status of {0}</source>
            <translation>Status for {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrolment_status_dialog.py" />
            <source>Company:</source>
            <translation>Selskap:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrolment_status_dialog.py" />
            <source>{0}, {1}</source>
            <translation>{0}, {1}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrolment_status_dialog.py" />
            <source>Joined:</source>
            <translation>Tatt opp:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrolment_status_dialog.py" />
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrolment_status_dialog.py" />
            <source>&amp;On:</source>
            <translation>&amp;Dato:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrolment_status_dialog.py" />
            <source>&amp;Note:</source>
            <translation>&amp;Merknad:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrolment_status_dialog.py" />
            <source>&amp;Reason:</source>
            <translation>&amp;Årsak:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrolment_status_dialog.py" />
            <source>Why the company withdrew (required)</source>
            <translation>Hvorfor selskapet trakk seg (påkrevd)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/enrolment_status_dialog.py" />
            <source>Optional</source>
            <translation>Valgfritt</translation>
        </message>
    </context>
    <context>
        <name>EnrolmentTableModel</name>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Company</source>
            <translation>Selskap</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Joined</source>
            <translation>Tatt opp</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Mentors</source>
            <translation>Mentorer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Milestones done</source>
            <translation>Milepæler fullført</translation>
        </message>
    </context>
    <context>
        <name>Enrolments</name>
        <message>
            <location filename="accelerator/services/enrolments.py" />
            <source>choose at least one company to enrol</source>
            <translation>velg minst ett selskap å ta opp</translation>
        </message>
        <message>
            <location filename="accelerator/services/enrolments.py" />
            <source>say why the company withdrew</source>
            <translation>oppgi hvorfor selskapet trakk seg</translation>
        </message>
        <message>
            <location filename="accelerator/services/enrolments.py" />
            <source>must not be before the company joined ({0})</source>
            <translation>kan ikke være før selskapet ble tatt opp ({0})</translation>
        </message>
        <message>
            <location filename="accelerator/services/enrolments.py" />
            <source>{0} is a {1}; only mentors and coordinators can be assigned</source>
            <translation>{0} er {1}; bare mentorer og koordinatorer kan knyttes til et selskap</translation>
        </message>
        <message>
            <location filename="accelerator/services/enrolments.py" />
            <source>{0} is deactivated</source>
            <translation>{0} er deaktivert</translation>
        </message>
        <message>
            <location filename="accelerator/services/enrolments.py" />
            <source>must not be in the future</source>
            <translation>kan ikke være frem i tid</translation>
        </message>
        <message>
            <location filename="accelerator/services/enrolments.py" />
            <source>say what blocks this milestone</source>
            <translation>oppgi hva som blokkerer denne milepælen</translation>
        </message>
        <message>
            <location filename="accelerator/services/enrolments.py" />
            <source>{0} is not assigned to this company and may not change it</source>
            <translation>{0} er ikke knyttet til dette selskapet og kan ikke endre det</translation>
        </message>
        <message>
            <location filename="accelerator/services/enrolments.py" />
            <source>{0} is registered as {1}, not as a company; only companies can be enrolled in a cohort.</source>
            <translation>{0} er registrert som {1}, ikke som selskap; bare selskaper kan tas opp i et kull.</translation>
        </message>
        <message>
            <location filename="accelerator/services/enrolments.py" />
            <source>{0} is already enrolled in {1}</source>
            <translation>{0} er allerede tatt opp i {1}</translation>
        </message>
    </context>
    <context>
        <name>EntryDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>New funding scheme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Rename the scheme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>New strategic area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Rename the area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Rename</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="accelerator/ui/error_report.py" />
            <source>Something went wrong</source>
            <translation>Noe gikk galt</translation>
        </message>
        <message>
            <location filename="accelerator/ui/error_report.py" />
            <source>Something went wrong while Accelerator was carrying out an action.</source>
            <translation>Noe gikk galt mens Accelerator utførte en handling.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/error_report.py" />
            <source>Something went wrong while Accelerator was working in the background.</source>
            <translation>Noe gikk galt mens Accelerator arbeidet i bakgrunnen.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/error_report.py" />
            <source>You can go on working; check that what you were doing was done.</source>
            <translation>Du kan fortsette å jobbe; sjekk at det du holdt på med, ble gjort.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/error_report.py" />
            <source>The details are in the log file {0}</source>
            <translation>Detaljene står i loggfilen {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/error_report.py" />
            <source>No log file could be written; use Copy details to keep the details.</source>
            <translation>Kunne ikke skrive noen loggfil; bruk «Kopier detaljer» for å ta vare på detaljene.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/error_report.py" />
            <source>The details are on the clipboard.</source>
            <translation>Detaljene er kopiert til utklippstavlen.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/error_report.py" />
            <source>Copy details</source>
            <translation>Kopier detaljer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/error_report.py" />
            <source>One more error happened after this one; Copy details includes it.</source>
            <translation>Det oppstod én feil til etter denne; «Kopier detaljer» tar den med.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/error_report.py" />
            <source>{0} more errors happened after this one; Copy details includes them.</source>
            <translation>Det oppstod {0} feil til etter denne; «Kopier detaljer» tar dem med.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="accelerator/errors.py" />
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>Plan an event</source>
            <translation>Planlegg et arrangement</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>Change the event</source>
            <translation>Endre arrangementet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>Plan event</source>
            <translation>Planlegg arrangementet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>Save event</source>
            <translation>Lagre arrangementet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>Where it is held; empty when only online</source>
            <translation>Hvor det holdes; tomt når det bare er på nett</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>Held &amp;online (too)</source>
            <translation>Holdes på &amp;nett (også)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>https://… (a link makes it online)</source>
            <translation>https://… (en lenke gjør det til et nettarrangement)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>No limit</source>
            <translation>Ingen grense</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>How many may come; once every place is taken, newcomers join the waitlist</source>
            <translation>Hvor mange som kan komme; når alle plassene er tatt, havner nye på venteliste</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>None</source>
            <translation>Ingen</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>&amp;Public: open to anyone, not only the cluster's members</source>
            <translation>&amp;Åpent: for alle, ikke bare klyngens medlemmer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>&amp;Title:</source>
            <translation>&amp;Tittel:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>&amp;Kind:</source>
            <translation>T&amp;ype:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>&amp;Starts:</source>
            <translation>&amp;Starter:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>&amp;Ends:</source>
            <translation>Sl&amp;utter:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>Pla&amp;ce:</source>
            <translation>St&amp;ed:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>Online &amp;link:</source>
            <translation>Nett&amp;lenke:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>&amp;Hosted by:</source>
            <translation>Arrangert &amp;av:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>Pl&amp;aces:</source>
            <translation>&amp;Plasser:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>Coho&amp;rt:</source>
            <translation>&amp;Kull:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>&amp;Description:</source>
            <translation>&amp;Beskrivelse:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>Times are on the clock in Norway, whatever this computer's.</source>
            <translation>Tidene er norsk tid, uansett hva denne datamaskinen står på.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>A programme session is one of a cohort's: choose which.</source>
            <translation>En programsamling hører til et kull: velg hvilket.</translation>
        </message>
    </context>
    <context>
        <name>EventKind</name>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Conference</source>
            <translation>Konferanse</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Seminar</source>
            <translation>Seminar</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Matchmaking day</source>
            <translation>Matchmakingdag</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Demo day</source>
            <translation>Demodag</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Programme session</source>
            <translation>Programsamling</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Study trip</source>
            <translation>Studietur</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Webinar</source>
            <translation>Webinar</translation>
        </message>
    </context>
    <context>
        <name>EventTableModel</name>
        <message>
            <location filename="accelerator/ui/models/event_table.py" />
            <source>{0} + online</source>
            <translation>{0} + på nett</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/event_table.py" />
            <source>Online</source>
            <translation>På nett</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/event_table.py" />
            <source>no limit</source>
            <translation>ingen grense</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/event_table.py" />
            <source>Event</source>
            <translation>Arrangement</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/event_table.py" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/event_table.py" />
            <source>When</source>
            <translation>Når</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/event_table.py" />
            <source>On the clock in Norway</source>
            <translation>Norsk tid</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/event_table.py" />
            <source>Where</source>
            <translation>Hvor</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/event_table.py" />
            <source>Hosts</source>
            <translation>Arrangører</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/event_table.py" />
            <source>Places</source>
            <translation>Plasser</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/event_table.py" />
            <source>Reg.</source>
            <translation>Påm.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/event_table.py" />
            <source>Registered: with a place, not checked in (yet)</source>
            <translation>Påmeldt: har plass, ikke sjekket inn (ennå)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/event_table.py" />
            <source>Wait.</source>
            <translation>Vent.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/event_table.py" />
            <source>On the waitlist, for a place that comes free</source>
            <translation>På venteliste, til en plass blir ledig</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/event_table.py" />
            <source>Came</source>
            <translation>Møtte</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/event_table.py" />
            <source>Attended: checked in at the door, walk-ins included</source>
            <translation>Møtte: sjekket inn ved døra, også de uten påmelding</translation>
        </message>
    </context>
    <context>
        <name>Events</name>
        <message>
            <location filename="accelerator/domain/events.py" />
            <source>There is no {0} in Norway: the clocks go forward an hour that night, from {1} to {2}.</source>
            <translation>Tidspunktet {0} finnes ikke i Norge: klokken stilles en time frem den natten, fra {1} til {2}.</translation>
        </message>
        <message>
            <location filename="accelerator/domain/events.py" />
            <source>The event must end after it starts.</source>
            <translation>Arrangementet må slutte etter at det starter.</translation>
        </message>
        <message>
            <location filename="accelerator/domain/events.py" />
            <source>Give at least one place, or leave the capacity empty for no limit.</source>
            <translation>Oppgi minst én plass, eller la kapasiteten stå tom for ingen grense.</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/domain/events.py" />
            <source>%n people already have a place, so the capacity cannot be lower than that until some of them cancel.</source>
            <translation>
                <numerusform>%n person har allerede plass, så kapasiteten kan ikke være lavere enn det før vedkommende melder seg av.</numerusform>
                <numerusform>%n personer har allerede plass, så kapasiteten kan ikke være lavere enn det før noen av dem melder seg av.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/domain/events.py" />
            <source>{0} is already registered.</source>
            <translation>{0} er allerede påmeldt.</translation>
        </message>
        <message>
            <location filename="accelerator/domain/events.py" />
            <source>{0} is already on the waitlist.</source>
            <translation>{0} står allerede på venteliste.</translation>
        </message>
        <message>
            <location filename="accelerator/domain/events.py" />
            <source>{0} has already cancelled.</source>
            <translation>{0} har allerede meldt seg av.</translation>
        </message>
        <message>
            <location filename="accelerator/domain/events.py" />
            <source>{0} is already checked in.</source>
            <translation>{0} er allerede sjekket inn.</translation>
        </message>
        <message>
            <location filename="accelerator/domain/events.py" />
            <source>{0} is already marked as a no-show.</source>
            <translation>{0} er allerede registrert som ikke møtt.</translation>
        </message>
        <message>
            <location filename="accelerator/domain/events.py" />
            <source>Registration {0}</source>
            <translation>Påmelding {0}</translation>
        </message>
        <message>
            <location filename="accelerator/domain/events.py" />
            <source>{0} cannot be put on the waitlist: a person goes there by registering when the event is full.</source>
            <translation>{0} kan ikke settes på venteliste: man kommer dit ved å melde seg på når arrangementet er fullt.</translation>
        </message>
        <message>
            <location filename="accelerator/domain/events.py" />
            <source>{0} is checked in; undo the check-in before marking a no-show.</source>
            <translation>{0} er sjekket inn; angre innsjekkingen før du registrerer vedkommende som ikke møtt.</translation>
        </message>
        <message>
            <location filename="accelerator/domain/events.py" />
            <source>{0} had no place at the event, so cannot be a no-show.</source>
            <translation>{0} hadde ikke plass på arrangementet og kan derfor ikke registreres som ikke møtt.</translation>
        </message>
        <message>
            <location filename="accelerator/domain/events.py" />
            <source>{0} is checked in and cannot cancel; undo the check-in first.</source>
            <translation>{0} er sjekket inn og kan ikke melde seg av; angre innsjekkingen først.</translation>
        </message>
        <message>
            <location filename="accelerator/domain/events.py" />
            <source>{0} came as a walk-in without registering; cancel the walk-in instead.</source>
            <translation>{0} kom uanmeldt og har ingen påmelding å gå tilbake til; meld vedkommende av i stedet.</translation>
        </message>
        <message>
            <location filename="accelerator/domain/events.py" />
            <source>Registration {0} is not one of this event's.</source>
            <translation>Påmelding {0} hører ikke til dette arrangementet.</translation>
        </message>
        <message>
            <location filename="accelerator/domain/events.py" />
            <source>The event is full ({0} of {1} places taken), so {2} stays on the waitlist until someone cancels or the capacity is raised.</source>
            <translation>Arrangementet er fullt ({0} av {1} plasser tatt), så {2} blir stående på venteliste til noen melder seg av eller kapasiteten økes.</translation>
        </message>
        <message>
            <location filename="accelerator/services/events.py" />
            <source>Place</source>
            <translation>Sted</translation>
        </message>
        <message>
            <location filename="accelerator/services/events.py" />
            <source>Online link</source>
            <translation>Lenke til digital deltakelse</translation>
        </message>
        <message>
            <location filename="accelerator/services/events.py" />
            <source>Hosted by</source>
            <translation>Arrangør</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/events.py" />
            <source>{0} has %n registrations, so it cannot be removed; an event with registrations stays as the record of who registered and who came.</source>
            <translation>
                <numerusform>{0} har %n påmelding og kan derfor ikke fjernes; et arrangement med påmeldinger blir stående som oversikten over hvem som meldte seg på og hvem som møtte.</numerusform>
                <numerusform>{0} har %n påmeldinger og kan derfor ikke fjernes; et arrangement med påmeldinger blir stående som oversikten over hvem som meldte seg på og hvem som møtte.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/services/events.py" />
            <source>{0} is not a kind of event</source>
            <translation>{0} er ikke en type arrangement</translation>
        </message>
        <message>
            <location filename="accelerator/services/events.py" />
            <source>must be a whole number</source>
            <translation>må være et heltall</translation>
        </message>
        <message>
            <location filename="accelerator/services/events.py" />
            <source>cohort {0} does not exist (it may have been removed)</source>
            <translation>kull {0} finnes ikke (det kan ha blitt fjernet)</translation>
        </message>
        <message>
            <location filename="accelerator/services/events.py" />
            <source>A programme session is one of a cohort's: choose which.</source>
            <translation>En programsamling hører til et kull: velg hvilket.</translation>
        </message>
        <message>
            <location filename="accelerator/services/events.py" />
            <source>cluster {0} does not exist (it may have been removed)</source>
            <translation>klynge {0} finnes ikke (den kan ha blitt fjernet)</translation>
        </message>
        <message>
            <location filename="accelerator/services/events.py" />
            <source>{0} is already on the list for {1}: {2}.</source>
            <translation>{0} står allerede på listen for {1}: {2}.</translation>
        </message>
        <message>
            <location filename="accelerator/services/events.py" />
            <source>{0} is on the waitlist for {1}, number {2} in line: every place is taken or others were waiting.</source>
            <translation>{0} står på venteliste for {1}, nummer {2} i køen: alle plassene er tatt, eller andre ventet allerede.</translation>
        </message>
        <message>
            <location filename="accelerator/services/events.py" />
            <source>{0} is checked in at {1}.</source>
            <translation>{0} er sjekket inn på {1}.</translation>
        </message>
        <message>
            <location filename="accelerator/services/events.py" />
            <source>{0} is registered for {1}.</source>
            <translation>{0} er påmeldt {1}.</translation>
        </message>
        <message>
            <location filename="accelerator/services/events.py" />
            <source>{0} has not started yet ({1}); mark the no-shows once it is held.</source>
            <translation>{0} har ikke startet ennå ({1}); registrer dem som ikke møtte, når arrangementet er holdt.</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/events.py" />
            <source>%n people who were registered did not come.</source>
            <translation>
                <numerusform>%n påmeldt person møtte ikke.</numerusform>
                <numerusform>%n påmeldte personer møtte ikke.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/services/events.py" />
            <source>{0} was on the list already, and is checked in now.</source>
            <translation>{0} sto allerede på listen og er nå sjekket inn.</translation>
        </message>
        <message>
            <location filename="accelerator/services/events.py" />
            <source>{0} walked in and is checked in.</source>
            <translation>{0} kom uten påmelding og er sjekket inn.</translation>
        </message>
        <message>
            <location filename="accelerator/services/events.py" />
            <source>{0} is not checked in, so there is no check-in to undo.</source>
            <translation>{0} er ikke sjekket inn, så det er ingen innsjekking å angre.</translation>
        </message>
        <message>
            <location filename="accelerator/services/events.py" />
            <source>{0} registered again and waits for a place, number {1} in line.</source>
            <translation>{0} meldte seg på igjen og venter på plass, nummer {1} i køen.</translation>
        </message>
        <message>
            <location filename="accelerator/services/events.py" />
            <source>{0}'s check-in is undone; they are registered.</source>
            <translation>Innsjekkingen av {0} er angret; vedkommende er påmeldt.</translation>
        </message>
        <message>
            <location filename="accelerator/services/events.py" />
            <source>{0} is registered.</source>
            <translation>{0} er påmeldt.</translation>
        </message>
        <message>
            <location filename="accelerator/services/events.py" />
            <source>{0}, added at the door by mistake, is cancelled.</source>
            <translation>{0}, som ble lagt til ved døren ved en feil, er meldt av.</translation>
        </message>
        <message>
            <location filename="accelerator/services/events.py" />
            <source>{0} has cancelled.</source>
            <translation>{0} har meldt seg av.</translation>
        </message>
        <message>
            <location filename="accelerator/services/events.py" />
            <source>{0} is checked in.</source>
            <translation>{0} er sjekket inn.</translation>
        </message>
        <message>
            <location filename="accelerator/services/events.py" />
            <source>{0} did not come (no-show).</source>
            <translation>{0} møtte ikke.</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/events.py" />
            <source>Places came free for %n people on the waitlist: {0}. Let them know.</source>
            <translation>
                <numerusform>En plass ble ledig for %n person på ventelisten: {0}. Gi beskjed.</numerusform>
                <numerusform>Plasser ble ledige for %n personer på ventelisten: {0}. Gi dem beskjed.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/services/events.py" />
            <source>{0} cannot be checked in before the day of {1} ({2}).</source>
            <translation>{0} kan ikke sjekkes inn før dagen for {1} ({2}).</translation>
        </message>
        <message>
            <location filename="accelerator/services/events.py" />
            <source>{0} cannot be marked as a no-show before {1} has started ({2}).</source>
            <translation>{0} kan ikke registreres som ikke møtt før {1} har startet ({2}).</translation>
        </message>
        <message>
            <location filename="accelerator/services/registering.py" />
            <source>{0} is still to come; a registration is recorded once it happens.</source>
            <translation>{0} har ikke kommet ennå; en påmelding registreres når den skjer.</translation>
        </message>
        <message>
            <location filename="accelerator/services/registering.py" />
            <source>Time</source>
            <translation>Tidspunkt</translation>
        </message>
    </context>
    <context>
        <name>EventsPage</name>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>&amp;New event…</source>
            <translation>&amp;Nytt arrangement…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Plan an event: its kind, time, place and hosts</source>
            <translation>Planlegg et arrangement: type, tid, sted og arrangører</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Edi&amp;t…</source>
            <translation>&amp;Endre…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Change the chosen event</source>
            <translation>Endre det valgte arrangementet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>&amp;Delete…</source>
            <translation>S&amp;lett…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Remove an event made by mistake; one with registrations stays</source>
            <translation>Fjern et arrangement laget ved en feil; et med påmeldinger blir stående</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Print meetin&amp;g plan…</source>
            <translation>&amp;Skriv ut møteplan…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>The chosen event's meetings as a handout to print and pin up</source>
            <translation>Møtene på det valgte arrangementet som utdelingsark, til å skrive ut og henge opp</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Events</source>
            <translation>Arrangementer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Every kind</source>
            <translation>Alle typer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Filter (title, kind, place, host)</source>
            <translation>Filtrer (tittel, type, sted, arrangør)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>&amp;When:</source>
            <translation>&amp;Tid:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>&amp;Kind:</source>
            <translation>Ty&amp;pe:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Cl&amp;uster:</source>
            <translation>Kl&amp;ynge:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>&amp;Register…</source>
            <translation>&amp;Meld på…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Register a contact of an organisation on record, or a guest</source>
            <translation>Meld på en kontaktperson i en registrert organisasjon, eller en gjest</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>&amp;Cancel registration</source>
            <translation>Meld &amp;av</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>The person is not coming; their place goes to the first in line</source>
            <translation>Personen kommer ikke; plassen går til den første i køen</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Register &amp;again</source>
            <translation>Meld på &amp;igjen</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Someone who cancelled or did not come is registered again</source>
            <translation>Den som meldte seg av eller ikke møtte, meldes på igjen</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Mark no-&amp;shows…</source>
            <translation>Marker &amp;uteblitte…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Once the event is held: everyone still registered did not come</source>
            <translation>Når arrangementet er holdt: alle som fortsatt står som påmeldt, møtte ikke</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>&amp;Import…</source>
            <translation>Imp&amp;orter…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Register the people a registration tool's CSV file or workbook lists</source>
            <translation>Meld på personene i en CSV-fil eller arbeidsbok fra et påmeldingsverktøy</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>E&amp;xport attendees…</source>
            <translation>E&amp;ksporter deltakere…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Save the event's list of people for a spreadsheet, not those who cancelled</source>
            <translation>Lagre arrangementets deltakerliste for et regneark, uten dem som meldte seg av</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Check in at the d&amp;oor…</source>
            <translation>Innsjekking ved &amp;døra…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>A window for a laptop at the entrance: type a name, Enter checks them in</source>
            <translation>Et vindu for en bærbar ved inngangen: skriv et navn, Enter sjekker inn</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Upcoming</source>
            <translation>Kommende</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Past</source>
            <translation>Tidligere</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Every event</source>
            <translation>Alle arrangementer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Every cluster</source>
            <translation>Alle klynger</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Registrations</source>
            <translation>Påmeldinger</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Choose an event to see who registered.</source>
            <translation>Velg et arrangement for å se hvem som har meldt seg på.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Registrations for {0}</source>
            <translation>Påmeldinger til {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Nobody has registered yet: Register… adds a person, Import… a file.</source>
            <translation>Ingen har meldt seg på ennå: Meld på… legger til en person, Importer… en fil.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Nobody has registered yet.</source>
            <translation>Ingen har meldt seg på ennå.</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/events.py" />
            <source>%n registered</source>
            <translation>
                <numerusform>%n påmeldt</numerusform>
                <numerusform>%n påmeldt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/events.py" />
            <source>%n on the waitlist</source>
            <translation>
                <numerusform>%n på venteliste</numerusform>
                <numerusform>%n på venteliste</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/events.py" />
            <source>%n attended</source>
            <translation>
                <numerusform>%n møtte</numerusform>
                <numerusform>%n møtte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/events.py" />
            <source>%n no-shows</source>
            <translation>
                <numerusform>%n uteble</numerusform>
                <numerusform>%n uteble</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/events.py" />
            <source>%n cancelled</source>
            <translation>
                <numerusform>%n meldte seg av</numerusform>
                <numerusform>%n meldte seg av</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>no limit to the places</source>
            <translation>ingen grense for antall plasser</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/events.py" />
            <source>%n places left</source>
            <translation>
                <numerusform>%n plass igjen</numerusform>
                <numerusform>%n plasser igjen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Delete the event</source>
            <translation>Slett arrangementet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Delete {0} ({1})? This cannot be undone.</source>
            <translation>Slette {0} ({1})? Dette kan ikke angres.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Delete event</source>
            <translation>Slett arrangementet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Mark the no-shows</source>
            <translation>Marker de uteblitte</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/events.py" />
            <source>%n people are still registered for {0} and not checked in: mark them as no-shows?</source>
            <translation>
                <numerusform>%n person står fortsatt som påmeldt til {0} uten å være sjekket inn: marker som uteblitt?</numerusform>
                <numerusform>%n personer står fortsatt som påmeldt til {0} uten å være sjekket inn: marker dem som uteblitt?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Mark no-shows</source>
            <translation>Marker uteblitte</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Change the event…</source>
            <translation>Endre arrangementet…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Register a person…</source>
            <translation>Meld på en person…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Import registrations…</source>
            <translation>Importer påmeldinger…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Delete the event…</source>
            <translation>Slett arrangementet…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Check in at the door…</source>
            <translation>Innsjekking ved døra…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Export attendees…</source>
            <translation>Eksporter deltakere…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Cancel the registration</source>
            <translation>Meld av</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Register again</source>
            <translation>Meld på igjen</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>The no-shows are marked once it starts.</source>
            <translation>De uteblitte markeres når arrangementet har begynt.</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/events.py" />
            <source>{0} of %n events match</source>
            <translation>
                <numerusform>{0} av %n arrangement passer</numerusform>
                <numerusform>{0} av %n arrangementer passer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/events.py" />
            <source>%n events</source>
            <translation>
                <numerusform>%n arrangement</numerusform>
                <numerusform>%n arrangementer</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>No event matches {0}.</source>
            <translation>Ingen arrangementer passer med {0}.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Clear the filter</source>
            <translation>Tøm filteret</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>No event is as chosen: another time, kind or cluster?</source>
            <translation>Ingen arrangementer passer med valgene: en annen tid, type eller klynge?</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>Show every event</source>
            <translation>Vis alle arrangementer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>No events yet. A coordinator plans them.</source>
            <translation>Ingen arrangementer ennå. En koordinator planlegger dem.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/events.py" />
            <source>No events yet. Plan the first with &lt;a href='new'&gt;New event&lt;/a&gt;.</source>
            <translation>Ingen arrangementer ennå. Planlegg det første med &lt;a href='new'&gt;Nytt arrangement&lt;/a&gt;.</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>(confidential: left out)</source>
            <translation>(fortrolig: utelatt)</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/exporting.py" />
            <source>wrote %n companies to {0}</source>
            <translation>
                <numerusform>eksporterte %n selskap til {0}</numerusform>
                <numerusform>eksporterte %n selskaper til {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/exporting.py" />
            <source>wrote %n milestones to {0}</source>
            <translation>
                <numerusform>eksporterte %n milepæl til {0}</numerusform>
                <numerusform>eksporterte %n milepæler til {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/exporting.py" />
            <source>wrote %n memberships to {0}</source>
            <translation>
                <numerusform>skrev %n medlemskap til {0}</numerusform>
                <numerusform>skrev %n medlemskap til {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/exporting.py" />
            <source>wrote %n people to {0}</source>
            <translation>
                <numerusform>skrev %n person til {0}</numerusform>
                <numerusform>skrev %n personer til {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/exporting.py" />
            <source>wrote %n meetings to {0}</source>
            <translation>
                <numerusform>skrev %n møte til {0}</numerusform>
                <numerusform>skrev %n møter til {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/exporting.py" />
            <source>wrote %n assessments to {0}</source>
            <translation>
                <numerusform>eksporterte %n vurdering til {0}</numerusform>
                <numerusform>eksporterte %n vurderinger til {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/exporting.py" />
            <source>wrote %n assessments to {0} (notes left out of {1})</source>
            <translation>
                <numerusform>eksporterte %n vurdering til {0} (notater utelatt for {1})</numerusform>
                <numerusform>eksporterte %n vurderinger til {0} (notater utelatt for {1})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/exporting.py" />
            <source>%n confidential assessments</source>
            <translation>
                <numerusform>%n fortrolig vurdering</numerusform>
                <numerusform>%n fortrolige vurderinger</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>no</source>
            <translation>nei</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>[cut: {0} characters; the CSV export has all of them]</source>
            <translation>[avkortet: {0} tegn; CSV-eksporten har hele teksten]</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>{0} does not end in .csv or .xlsx, which chooses the format</source>
            <translation>{0} slutter ikke på .csv eller .xlsx, som bestemmer formatet</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>{0} cannot separate columns; use ',', ';' or tab</source>
            <translation>{0} kan ikke skille kolonner; bruk «,», «;» eller tabulator</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Sheet</source>
            <translation>Ark</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>say which event's attendees to export</source>
            <translation>si hvilket arrangements deltakere som skal eksporteres</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>say which event's meeting plan to export</source>
            <translation>si hvilket arrangements møteplan som skal eksporteres</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>{0} (mentor) may export only a cohort they mentor in; choose the cohort</source>
            <translation>{0} (mentor) kan bare eksportere et kull brukeren er mentor i; velg kullet</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Organisation number</source>
            <translation>Organisasjonsnummer</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Foreign registry number</source>
            <translation>Utenlandsk registreringsnummer</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Sector</source>
            <translation>Bransje</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Home cluster</source>
            <translation>Hjemmeklynge</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Website</source>
            <translation>Nettsted</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Founded</source>
            <translation>Stiftet</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Employees</source>
            <translation>Antall ansatte</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Technology focus</source>
            <translation>Teknologifokus</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Contact name</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Contact role</source>
            <translation>Kontaktpersonens rolle</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Contact e-mail</source>
            <translation>Kontaktpersonens e-post</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Contact phone</source>
            <translation>Kontaktpersonens telefon</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Other contacts</source>
            <translation>Andre kontaktpersoner</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Companies</source>
            <translation>Selskaper</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Organisation</source>
            <translation>Organisasjon</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Cluster</source>
            <translation>Klynge</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Tier</source>
            <translation>Medlemsnivå</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Joined</source>
            <translation>Innmeldt</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Left</source>
            <translation>Utmeldt</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Members</source>
            <translation>Medlemmer</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Registered</source>
            <translation>Påmeldt</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Checked in</source>
            <translation>Sjekket inn</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Walk-in</source>
            <translation>Uten påmelding</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>End</source>
            <translation>Slutt</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Table</source>
            <translation>Bord</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Meets</source>
            <translation>Møter</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Need</source>
            <translation>Behov</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Offer</source>
            <translation>Tilbud</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Enrolment status</source>
            <translation>Deltakerstatus</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Milestone</source>
            <translation>Milepæl</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Due</source>
            <translation>Frist</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Completed on</source>
            <translation>Dato fullført</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Overdue</source>
            <translation>Forsinket</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Evidence</source>
            <translation>Dokumentasjon</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Blocked because</source>
            <translation>Årsak til blokkering</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Milestones</source>
            <translation>Milepæler</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>{0} ({1}) may not export confidential notes; only a coordinator may</source>
            <translation>{0} ({1}) kan ikke eksportere fortrolige notater; det kan bare en koordinator</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Assessed on</source>
            <translation>Vurderingsdato</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Assessor</source>
            <translation>Vurdert av</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Framework</source>
            <translation>Rammeverk</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>{0} level</source>
            <translation>{0} – nivå</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>{0} reason</source>
            <translation>{0} – begrunnelse</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Notes</source>
            <translation>Notater</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Next steps</source>
            <translation>Neste steg</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Confidential</source>
            <translation>Fortrolig</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Corrected</source>
            <translation>Korrigert</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>{0} (version {1})</source>
            <translation>{0} (versjon {1})</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Assessments</source>
            <translation>Vurderinger</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Cohort</source>
            <translation>Kull</translation>
        </message>
        <message>
            <location filename="accelerator/services/exporting.py" />
            <source>Company</source>
            <translation>Selskap</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/export_dialog.py" />
            <source>Export</source>
            <translation>Eksporter</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/export_dialog.py" />
            <source>Choose &amp;file…</source>
            <translation>Velg &amp;fil…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/export_dialog.py" />
            <source>Companies</source>
            <translation>Selskaper</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/export_dialog.py" />
            <source>Milestones</source>
            <translation>Milepæler</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/export_dialog.py" />
            <source>Assessments</source>
            <translation>Vurderinger</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/export_dialog.py" />
            <source>Members</source>
            <translation>Medlemmer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/export_dialog.py" />
            <source>An event's attendees</source>
            <translation>Deltakerne på et arrangement</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/export_dialog.py" />
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/export_dialog.py" />
            <source>Every cluster</source>
            <translation>Alle klynger</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/export_dialog.py" />
            <source>Any day</source>
            <translation>Alle dager</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/export_dialog.py" />
            <source>Empty: every membership, those that ended too</source>
            <translation>Tom: alle medlemskap, også de som er avsluttet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/export_dialog.py" />
            <source>Excel workbook (.xlsx)</source>
            <translation>Excel-arbeidsbok (.xlsx)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/export_dialog.py" />
            <source>CSV, comma separated (.csv)</source>
            <translation>CSV, kommadelt (.csv)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/export_dialog.py" />
            <source>Include the notes of confidential assessments</source>
            <translation>Ta med notatene fra fortrolige vurderinger</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/export_dialog.py" />
            <source>&amp;Export:</source>
            <translation>&amp;Eksporter:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/export_dialog.py" />
            <source>&amp;Cohort:</source>
            <translation>&amp;Kull:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/export_dialog.py" />
            <source>C&amp;luster:</source>
            <translation>Kl&amp;ynge:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/export_dialog.py" />
            <source>Members &amp;on:</source>
            <translation>Medlemmer &amp;på:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/export_dialog.py" />
            <source>E&amp;vent:</source>
            <translation>&amp;Arrangement:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/export_dialog.py" />
            <source>&amp;As:</source>
            <translation>Fo&amp;rmat:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/export_dialog.py" />
            <source>Cells that a spreadsheet would run as formulas are written as text.</source>
            <translation>Celler som et regneark ville kjørt som formler, skrives som tekst.</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <location filename="accelerator/domain/events.py" />
            <location filename="accelerator/services/audit_log.py" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="accelerator/domain/events.py" />
            <location filename="accelerator/services/audit_log.py" />
            <source>End</source>
            <translation>Slutt</translation>
        </message>
        <message>
            <location filename="accelerator/domain/events.py" />
            <location filename="accelerator/services/audit_log.py" />
            <source>Capacity</source>
            <translation>Kapasitet</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Archived</source>
            <translation>Arkivert</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Assessed on</source>
            <translation>Vurderingsdato</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Assessment interval weeks</source>
            <translation>Vurderingsintervall (uker)</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Assessor</source>
            <translation>Vurdert av</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Assigned on</source>
            <translation>Tildelt</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Blocked reason</source>
            <translation>Årsak til blokkering</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Cluster</source>
            <translation>Klynge</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Cohort</source>
            <translation>Kull</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Company</source>
            <translation>Selskap</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Completed on</source>
            <translation>Dato fullført</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Confidential</source>
            <translation>Fortrolig</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Current</source>
            <translation>Nåværende passord</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Delimiter</source>
            <translation>Skilletegn</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Display name</source>
            <translation>Visningsnavn</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Due date</source>
            <translation>Frist</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Email</source>
            <translation>E-post</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Employees</source>
            <translation>Ansatte</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Encoding</source>
            <translation>Tegnkoding</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>End date</source>
            <translation>Sluttdato</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Evidence</source>
            <translation>Dokumentasjon</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Existing</source>
            <translation>Eksisterende selskaper</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Founded year</source>
            <translation>Stiftelsesår</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Framework</source>
            <translation>Rammeverk</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Home cluster</source>
            <translation>Hjemmeklynge</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Joined on</source>
            <translation>Tatt opp</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Key</source>
            <translation>Nøkkel</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Left on</source>
            <translation>Meldt ut</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Level</source>
            <translation>Nivå</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Licence</source>
            <translation>Lisens</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Mapping</source>
            <translation>Kolonnetilordning</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Mentor</source>
            <translation>Mentor</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Next steps</source>
            <translation>Neste steg</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Notes</source>
            <translation>Notater</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Org number</source>
            <translation>Org.nr.</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Organisation</source>
            <translation>Organisasjon</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Page size</source>
            <translation>Sidestørrelse</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <location filename="accelerator/services/audit_log.py" />
            <source>Password</source>
            <translation>Passord</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Password again</source>
            <translation>Gjenta passord</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Position</source>
            <translation>Plassering</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Reason</source>
            <translation>Begrunnelse</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Registry number</source>
            <translation>Registreringsnummer</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Sector</source>
            <translation>Bransje</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Short name</source>
            <translation>Kortnavn</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Start date</source>
            <translation>Startdato</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Status changed on</source>
            <translation>Status endret</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Technology focus</source>
            <translation>Teknologifokus</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Title</source>
            <translation>Tittel</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Today</source>
            <translation>Dagens dato</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>User</source>
            <translation>Bruker</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Username</source>
            <translation>Brukernavn</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Version</source>
            <translation>Versjon</translation>
        </message>
        <message>
            <location filename="accelerator/errors.py" />
            <source>Website</source>
            <translation>Nettsted</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Amount applied for</source>
            <translation>Omsøkt beløp</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Amount granted</source>
            <translation>Innvilget beløp</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Checked in</source>
            <translation>Sjekket inn</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Meets</source>
            <translation>Møter</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>From the meeting</source>
            <translation>Fra møtet</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Decided on</source>
            <translation>Vedtaksdato</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Decision</source>
            <translation>Vedtak</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Due after (weeks)</source>
            <translation>Frist (uker etter start)</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Foreign</source>
            <translation>Utenlandsk</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Label</source>
            <translation>Lenketekst</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Market tags</source>
            <translation>Markedsstikkord</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Need</source>
            <translation>Behov</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Note</source>
            <translation>Notat</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Offer</source>
            <translation>Tilbud</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Online</source>
            <translation>Digitalt</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Online link</source>
            <translation>Lenke til digital deltakelse</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Organisation (as typed)</source>
            <translation>Organisasjon (som skrevet)</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Our cluster</source>
            <translation>Vår klynge</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Outcome</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Own share (NOK)</source>
            <translation>Egenandel (kr)</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Place</source>
            <translation>Sted</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Open to the public</source>
            <translation>Åpent for alle</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Reached on</source>
            <translation>Statusdato</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Recorded</source>
            <translation>Registrert</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Reference</source>
            <translation>Referanse</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Registered</source>
            <translation>Påmeldt</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Taken out of the template</source>
            <translation>Tatt ut av malen</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Sector tags</source>
            <translation>Bransjestikkord</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Need or offer</source>
            <translation>Behov eller tilbud</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Registered through</source>
            <translation>Påmeldt via</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Reason for the status</source>
            <translation>Begrunnelse for status</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Summary</source>
            <translation>Sammendrag</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Table</source>
            <translation>Bord</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Technology tags</source>
            <translation>Teknologistikkord</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Texts in other languages</source>
            <translation>Tekster på andre språk</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Total budget (NOK)</source>
            <translation>Totalbudsjett (kr)</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Last corrected</source>
            <translation>Sist korrigert</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Link</source>
            <translation>Lenke</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>On the waitlist since</source>
            <translation>På venteliste siden</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>Walk-in</source>
            <translation>Uten påmelding</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <location filename="accelerator/services/atomic.py" />
            <source>cannot write {0}: {1}. Nothing was changed there.</source>
            <translation>kan ikke skrive {0}: {1}. Ingenting ble endret der.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/first_run_dialog.py" />
            <source>Welcome to Accelerator</source>
            <translation>Velkommen til Accelerator</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/first_run_dialog.py" />
            <source>Create coordinator and start</source>
            <translation>Opprett koordinator og start</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/first_run_dialog.py" />
            <source>Nobody can sign in to {0} yet. Create the first coordinator: the person who sets up programmes and adds the other users. Or explore the demo programme first.</source>
            <translation>Ingen kan logge inn i {0} ennå. Opprett den første koordinatoren: personen som setter opp programmer og legger til de andre brukerne. Eller utforsk demoprogrammet først.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/first_run_dialog.py" />
            <source>Create the first coordinator</source>
            <translation>Opprett den første koordinatoren</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/first_run_dialog.py" />
            <source>&amp;Password:</source>
            <translation>&amp;Passord:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/first_run_dialog.py" />
            <source>Password &amp;again:</source>
            <translation>Passord &amp;igjen:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/first_run_dialog.py" />
            <source>Or explore the demo programme</source>
            <translation>Eller utforsk demoprogrammet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/first_run_dialog.py" />
            <source>Loads an invented ocean-technology accelerator into this database, with cohorts, companies, mentors, milestones and assessments, and signs you in as its coordinator, {0}. To see the program as a mentor later, use File › Switch user with one of these accounts:</source>
            <translation>Laster inn en oppdiktet havteknologiakselerator i denne databasen, med kull, selskaper, mentorer, milepæler og vurderinger, og logger deg inn som koordinatoren, {0}. Vil du se programmet som mentor senere, velger du Fil › Bytt bruker og bruker en av disse kontoene:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/first_run_dialog.py" />
            <source>Explore the demo programme</source>
            <translation>Utforsk demoprogrammet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/first_run_dialog.py" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/first_run_dialog.py" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/first_run_dialog.py" />
            <source>Username</source>
            <translation>Brukernavn</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/first_run_dialog.py" />
            <source>Password</source>
            <translation>Passord</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/first_run_dialog.py" />
            <source>The demo programme could not be loaded: {0}</source>
            <translation>Demoprogrammet kunne ikke lastes inn: {0}</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/form.py" />
            <source>Save</source>
            <translation>Lagre</translation>
        </message>
    </context>
    <context>
        <name>Formats</name>
        <message>
            <location filename="accelerator/domain/formatting.py" />
            <source>no number given; type one like {0}</source>
            <translation>tall mangler; skriv det som {0}</translation>
        </message>
        <message>
            <location filename="accelerator/domain/formatting.py" />
            <source>{0} is not a number; type it like {1}</source>
            <translation>{0} er ikke et tall; skriv det som {1}</translation>
        </message>
        <message>
            <location filename="accelerator/domain/formatting.py" />
            <source>{0} and {1}</source>
            <translation>{0} og {1}</translation>
        </message>
        <message>
            <location filename="accelerator/domain/formatting.py" />
            <source>no date given; type one like {0}</source>
            <translation>dato mangler; skriv den som {0}</translation>
        </message>
        <message>
            <location filename="accelerator/domain/formatting.py" />
            <source>{0} has no year; type the date like {1}</source>
            <translation>{0} mangler år; skriv datoen som {1}</translation>
        </message>
        <message>
            <location filename="accelerator/domain/formatting.py" />
            <source>{0} in {1} is not a month; type the date like {2}</source>
            <translation>{0} i {1} er ikke en måned; skriv datoen som {2}</translation>
        </message>
        <message>
            <location filename="accelerator/domain/formatting.py" />
            <source>{0} has no month {1}: dates are day.month.year; did you mean {2}?</source>
            <translation>det finnes ingen måned {1} i {0}: datoer skrives dag.måned.år; mente du {2}?</translation>
        </message>
        <message>
            <location filename="accelerator/domain/formatting.py" />
            <source>{0} has no month {1}: dates are day.month.year</source>
            <translation>det finnes ingen måned {1} i {0}: datoer skrives dag.måned.år</translation>
        </message>
        <message>
            <location filename="accelerator/domain/formatting.py" />
            <source>{0} has day 0; days start at 1</source>
            <translation>{0} har dag 0; dagene begynner på 1</translation>
        </message>
        <message>
            <location filename="accelerator/domain/formatting.py" />
            <source>{0} is not a date: {1} {2} has {3} days</source>
            <translation>{0} er ikke en dato: {1} {2} har {3} dager</translation>
        </message>
        <message>
            <location filename="accelerator/domain/formatting.py" />
            <source>{0} could be {1} or {2}; type {3} or {4}</source>
            <translation>{0} kan være {1} eller {2}; skriv {3} eller {4}</translation>
        </message>
        <message>
            <location filename="accelerator/domain/formatting.py" />
            <source>{0}: write dates with dots, day first: type {1}</source>
            <translation>{0}: skriv datoer med punktum og dagen først: {1}</translation>
        </message>
        <message>
            <location filename="accelerator/domain/formatting.py" />
            <source>{0}: write dates with dots, day first, like {1}</source>
            <translation>{0}: skriv datoer med punktum og dagen først, som {1}</translation>
        </message>
        <message>
            <location filename="accelerator/domain/formatting.py" />
            <source>{0} is not a date; type it like {1} or {2}</source>
            <translation>{0} er ikke en dato; skriv den som {1} eller {2}</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <location filename="accelerator/ui/kit/formatting.py" />
            <source>{0} – {1}</source>
            <translation>{0} – {1}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/kit/formatting.py" />
            <source>{0}%</source>
            <translation>{0} %</translation>
        </message>
        <message>
            <location filename="accelerator/ui/kit/formatting.py" />
            <source>{0} B</source>
            <translation>{0} B</translation>
        </message>
        <message>
            <location filename="accelerator/ui/kit/formatting.py" />
            <source>{0} KB</source>
            <translation>{0} kB</translation>
        </message>
        <message>
            <location filename="accelerator/ui/kit/formatting.py" />
            <source>{0} MB</source>
            <translation>{0} MB</translation>
        </message>
        <message>
            <location filename="accelerator/ui/kit/formatting.py" />
            <source>today</source>
            <translation>i dag</translation>
        </message>
        <message>
            <location filename="accelerator/ui/kit/formatting.py" />
            <source>yesterday</source>
            <translation>i går</translation>
        </message>
        <message>
            <location filename="accelerator/ui/kit/formatting.py" />
            <source>tomorrow</source>
            <translation>i morgen</translation>
        </message>
        <message>
            <location filename="accelerator/ui/kit/formatting.py" />
            <source>{0} days ago</source>
            <translation>for {0} dager siden</translation>
        </message>
        <message>
            <location filename="accelerator/ui/kit/formatting.py" />
            <source>in {0} days</source>
            <translation>om {0} dager</translation>
        </message>
    </context>
    <context>
        <name>Framework file</name>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>{0} is not a valid framework file:</source>
            <translation>{0} er ikke en gyldig rammeverksfil:</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>{0} is not allowed in a framework file</source>
            <translation>{0} er ikke tillatt i en rammeverksfil</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>a number with {0} digits is far too long</source>
            <translation>et tall med {0} sifre er altfor langt</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>the file is empty</source>
            <translation>filen er tom</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>not valid JSON at line {0}, column {1}: {2}</source>
            <translation>ugyldig JSON på linje {0}, kolonne {1}: {2}</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>the JSON is nested too deeply</source>
            <translation>JSON-strukturen har for mange nivåer</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>not valid JSON: {0}</source>
            <translation>ugyldig JSON: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>the file cannot be read: {0}</source>
            <translation>filen kan ikke leses: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>the file is larger than {0} MB, far too large for a framework</source>
            <translation>filen er større enn {0} MB, altfor stor for et rammeverk</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>the file is not UTF-8 text (byte 0x{0:02x} at position {1})</source>
            <translation>filen er ikke UTF-8-tekst (byte 0x{0:02x} i posisjon {1})</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>the file could not be read</source>
            <translation>filen kunne ikke leses</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>the framework</source>
            <translation>rammeverket</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>the file must hold a JSON object {{...}} at the top, not {0}</source>
            <translation>filen må inneholde et JSON-objekt {{...}} øverst, ikke {0}</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>the "format" field is missing; a framework file starts with "format": "{0}"</source>
            <translation>feltet "format" mangler; en rammeverksfil begynner med "format": "{0}"</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>"format" must be "{0}", got {1}</source>
            <translation>"format" må være "{0}", men er {1}</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>the "format_version" field is missing; it should be {0}</source>
            <translation>feltet "format_version" mangler; det skal være {0}</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>"format_version" must be a whole number, got {0}</source>
            <translation>"format_version" må være et heltall, men er {0}</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>the file was made by a newer version of Accelerator (format version {0}, this version reads {1}); update Accelerator to open it</source>
            <translation>filen er laget av en nyere versjon av Accelerator (formatversjon {0}, denne versjonen leser {1}); oppdater Accelerator for å åpne den</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>"format_version" must be {0} or {1}, got {2}</source>
            <translation>"format_version" må være {0} eller {1}, men er {2}</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>"format_version" must be {0} for texts in several languages, such as "{1}" of {2}</source>
            <translation>"format_version" må være {0} for tekster på flere språk, som "{1}" i {2}</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>"version" must be a whole number of 1 or more, got {0}</source>
            <translation>"version" må være et heltall på 1 eller mer, men er {0}</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>a list</source>
            <translation>en liste</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>"dimensions" is empty; at least one dimension is needed</source>
            <translation>"dimensions" er tom; minst én dimensjon er påkrevd</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>there are {0} dimensions; at most {1} are allowed</source>
            <translation>det er {0} dimensjoner; høyst {1} er tillatt</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>dimensions {0} and {1} both use the key "{2}"; each dimension needs its own key</source>
            <translation>dimensjonene {0} og {1} bruker begge nøkkelen "{2}"; hver dimensjon må ha sin egen nøkkel</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>dimensions {0} and {1} all use the key "{2}"; each dimension needs its own key</source>
            <translation>dimensjonene {0} og {1} bruker alle nøkkelen "{2}"; hver dimensjon må ha sin egen nøkkel</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>"levels" is empty; levels {0} to {1} are needed</source>
            <translation>"levels" er tom; nivå {0} til {1} må være med</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>level {0} appears {1}; it must appear once</source>
            <translation>nivå {0} forekommer {1}; det skal bare forekomme én gang</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>level {0} is missing</source>
            <translation>nivå {0} mangler</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>levels {0} are missing</source>
            <translation>nivåene {0} mangler</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>{0}, levels entry {1}</source>
            <translation>{0}, oppføring {1} i "levels"</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>level must be a whole number, got {0}</source>
            <translation>nivået må være et heltall, men er {0}</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>level {0} is outside {1}..{2}</source>
            <translation>nivå {0} er utenfor {1}..{2}</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>{0}, level {1}</source>
            <translation>{0}, nivå {1}</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>"{0}" must be {1}, got {2}</source>
            <translation>"{0}" må være {1}, men er {2}</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>text</source>
            <translation>tekst</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>"key" may only use lowercase letters a-z, digits, "-" and "_", got {0}</source>
            <translation>"key" kan bare inneholde små bokstaver a-z, sifre, "-" og "_", men er {0}</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>"{0}" has no text in any language</source>
            <translation>"{0}" har ingen tekst på noe språk</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>"{0}" has a text in an unknown language, {1}; name each language by its two-letter code, such as "en" or "nb"</source>
            <translation>"{0}" har en tekst på et ukjent språk, {1}; angi hvert språk med tobokstavskoden, for eksempel "en" eller "nb"</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>"{0}" in "{1}" must be text, got {2}</source>
            <translation>"{0}" i "{1}" må være tekst, men er {2}</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>"{0}" in "{1}" is empty</source>
            <translation>"{0}" i "{1}" er tom</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>"{0}" in "{1}" holds a broken character (a lone UTF-16 surrogate)</source>
            <translation>"{0}" i "{1}" inneholder et ødelagt tegn (et enslig UTF-16-surrogat)</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>"{0}" in "{1}" is {2} characters long; at most {3} are allowed</source>
            <translation>"{0}" i "{1}" er {2} tegn langt; høyst {3} er tillatt</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>unknown field "{0}" (did you mean "{1}"?)</source>
            <translation>ukjent felt "{0}" (mente du "{1}"?)</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>unknown field "{0}" (allowed are {1}, and any name starting with "x-")</source>
            <translation>ukjent felt "{0}" (tillatt er {1}, og alle navn som begynner med "x-")</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>the key "{0}" appears {1}; keep only one</source>
            <translation>nøkkelen "{0}" forekommer {1}; behold bare én</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>the key "{0}" appears {1} in {2}; keep only one</source>
            <translation>nøkkelen "{0}" forekommer {1} i {2}; behold bare én</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>the key "{0}" appears {1} at the top of the file; keep only one</source>
            <translation>nøkkelen "{0}" forekommer {1} øverst i filen; behold bare én</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>dimension {0} ("{1}")</source>
            <translation>dimensjon {0} ("{1}")</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>dimension {0}</source>
            <translation>dimensjon {0}</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>twice</source>
            <translation>to ganger</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/domain/framework_file.py" />
            <source>%n times</source>
            <translation>
                <numerusform>%n gang</numerusform>
                <numerusform>%n ganger</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>the "{0}" field is missing</source>
            <translation>feltet "{0}" mangler</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>"{0}" is empty</source>
            <translation>"{0}" er tom</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>"{0}" holds a broken character (a lone UTF-16 surrogate)</source>
            <translation>"{0}" inneholder et ødelagt tegn (et enslig UTF-16-surrogat)</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>"{0}" is {1} characters long; at most {2} are allowed</source>
            <translation>"{0}" er {1} tegn langt; høyst {2} er tillatt</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>must be a JSON object {{...}}, got {0}</source>
            <translation>må være et JSON-objekt {{...}}, men er {0}</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>a number</source>
            <translation>et tall</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>an object</source>
            <translation>et objekt</translation>
        </message>
        <message>
            <location filename="accelerator/domain/framework_file.py" />
            <source>a number with thousands of digits</source>
            <translation>et tall med tusenvis av sifre</translation>
        </message>
    </context>
    <context>
        <name>FrameworkModel</name>
        <message>
            <location filename="accelerator/ui/models/framework_table.py" />
            <source>Framework</source>
            <translation>Rammeverk</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/framework_table.py" />
            <source>Version</source>
            <translation>Versjon</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/framework_table.py" />
            <source>Dimensions</source>
            <translation>Dimensjoner</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/framework_table.py" />
            <source>Assessments</source>
            <translation>Vurderinger</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/framework_table.py" />
            <source>Used by assessments: a change makes a new version</source>
            <translation>Brukt i vurderinger: en endring gir en ny versjon</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/framework_table.py" />
            <source>No assessment uses this version yet</source>
            <translation>Ingen vurderinger bruker denne versjonen ennå</translation>
        </message>
    </context>
    <context>
        <name>Frameworks</name>
        <message>
            <location filename="accelerator/services/frameworks.py" />
            <source>readiness framework {0} does not exist</source>
            <translation>modenhetsrammeverk {0} finnes ikke</translation>
        </message>
        <message>
            <location filename="accelerator/services/frameworks.py" />
            <source>a framework {0} version {1} is already in this database; give the file a new key or a higher version</source>
            <translation>rammeverket {0} versjon {1} finnes allerede i denne databasen; gi filen en ny nøkkel eller et høyere versjonsnummer</translation>
        </message>
        <message>
            <location filename="accelerator/services/records.py" />
            <source>{0} (version {1})</source>
            <translation>{0} (versjon {1})</translation>
        </message>
    </context>
    <context>
        <name>FrameworksPage</name>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>Framework files (*.json);;All files (*)</source>
            <translation>Rammeverksfiler (*.json);;Alle filer (*)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>E&amp;xport…</source>
            <translation>&amp;Eksporter…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>Readiness frameworks</source>
            <translation>Modenhetsrammeverk</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>The scales mentors judge a company's readiness on, 1 to 9 per dimension. A programme chooses its framework in the programme's settings. A framework that assessments use is never changed in place: a change becomes a new version, and old assessments keep the version they were made with.</source>
            <translation>Skalaene mentorene bedømmer et selskaps modenhet etter, fra 1 til 9 per dimensjon. Et program velger rammeverk i programmets innstillinger. Et rammeverk som brukes av vurderinger, endres aldri direkte: en endring blir en ny versjon, og gamle vurderinger beholder versjonen de ble gjort med.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>Add a framework from a JSON file; a faulty file changes nothing</source>
            <translation>Legg til et rammeverk fra en JSON-fil; en feilaktig fil endrer ingenting</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>No framework chosen</source>
            <translation>Ingen rammeverk valgt</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>Choose a framework in the list to read its levels.</source>
            <translation>Velg et rammeverk i listen for å lese nivåene.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>{0} assessments use this version, so a change makes a new version.</source>
            <translation>{0} vurderinger bruker denne versjonen, så en endring lager en ny versjon.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>No assessment uses this version yet.</source>
            <translation>Ingen vurderinger bruker denne versjonen ennå.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>Import a readiness framework</source>
            <translation>Importer et modenhetsrammeverk</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>Cannot import the framework</source>
            <translation>Kan ikke importere rammeverket</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>Imported {0} from {1}.</source>
            <translation>Importerte {0} fra {1}.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>Export a readiness framework</source>
            <translation>Eksporter et modenhetsrammeverk</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>Cannot export the framework</source>
            <translation>Kan ikke eksportere rammeverket</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>Exported {0} to {1}.</source>
            <translation>Eksporterte {0} til {1}.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>{0} is not a usable framework file; nothing was imported.</source>
            <translation>{0} er ikke en brukbar rammeverksfil; ingenting ble importert.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>Problems found ({0}):</source>
            <translation>Feil funnet ({0}):</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/frameworks.py" />
            <source>…and {0} more: see Show Details.</source>
            <translation>…og {0} til: se Vis detaljer.</translation>
        </message>
    </context>
    <context>
        <name>FundingDecision</name>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Pending</source>
            <translation>Til behandling</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Granted</source>
            <translation>Innvilget</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Rejected</source>
            <translation>Avslått</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Withdrawn</source>
            <translation>Trukket</translation>
        </message>
    </context>
    <context>
        <name>FundingDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Add a funding application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Change the funding application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Add application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Save application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>The funder's number for it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>S&amp;cheme:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>&amp;Applied for:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>kr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>&amp;Decision:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Decided &amp;on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>&amp;Granted:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>&amp;Reference:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FundingScheme</name>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>Innovation Norway grants</source>
            <translation>Tilskudd fra Innovasjon Norge</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>Research Council innovation project for the industrial sector (IPN)</source>
            <translation>Innovasjonsprosjekt i næringslivet (IPN), Forskningsrådet</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>Research Council collaborative project (KSP)</source>
            <translation>Kompetanse- og samarbeidsprosjekt (KSP), Forskningsrådet</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>SkatteFUNN</source>
            <translation>SkatteFUNN</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>Siva</source>
            <translation>Siva</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>Horizon Europe</source>
            <translation>Horisont Europa</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>Regional research fund (RFF)</source>
            <translation>Regionalt forskningsfond (RFF)</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>County and regional funds</source>
            <translation>Fylkeskommunale og regionale midler</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>Other</source>
            <translation>Annet</translation>
        </message>
    </context>
    <context>
        <name>FundingTableModel</name>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>Scheme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>Applied for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>Decided on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>Granted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>Reference</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GapModel</name>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Company</source>
            <translation>Selskap</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Gap</source>
            <translation>Gap</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/dashboard_models.py" />
            <source>Why it is flagged</source>
            <translation>Hvorfor det er markert</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <location filename="accelerator/ui/models/history_table.py" />
            <source>corrected</source>
            <translation>korrigert</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/history_table.py" />
            <source>confidential</source>
            <translation>fortrolig</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/history_table.py" />
            <source>Next steps: {0}</source>
            <translation>Neste steg: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/history_table.py" />
            <source>(confidential notes: only their author and coordinators see them)</source>
            <translation>(fortrolige notater: bare forfatteren og koordinatorene ser dem)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/history_table.py" />
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/history_table.py" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/history_table.py" />
            <source>Corrected after it was first saved; the audit trail keeps the old values</source>
            <translation>Korrigert etter at den ble lagret første gang; endringsloggen tar vare på de gamle verdiene</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/history_table.py" />
            <source>Assessed by</source>
            <translation>Vurdert av</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/history_table.py" />
            <source>Levels</source>
            <translation>Nivåer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/history_table.py" />
            <source>Notes and next steps</source>
            <translation>Notater, neste steg</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/history_table.py" />
            <source>Levels in the order: {0}</source>
            <translation>Nivåene i rekkefølge: {0}</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>Readiness history</source>
            <translation>Modenhetshistorikk</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>&amp;Log assessment…</source>
            <translation>&amp;Registrer vurdering…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>&amp;Correct…</source>
            <translation>&amp;Korriger…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>Next steps</source>
            <translation>Neste steg</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>Assessments</source>
            <translation>Vurderinger</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>Choose a company's enrolment to see its assessments.</source>
            <translation>Velg et selskaps deltakelse for å se vurderingene.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>Readiness history · {0}</source>
            <translation>Modenhetshistorikk · {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>{0} · {1} · joined {2} · framework: {3}</source>
            <translation>{0} · {1} · tatt opp {2} · rammeverk: {3}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>No assessments yet. Log the baseline with Log assessment…: the levels over time, the radar of baseline against latest and the business-orientation gap appear here after it.</source>
            <translation>Ingen vurderinger ennå. Registrer startvurderingen med Registrer vurdering…: nivåene over tid, radardiagrammet med startvurdering mot siste vurdering og forretningsgapet vises her etterpå.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>Assessments ({0})</source>
            <translation>Vurderinger ({0})</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>Business-orientation gap: not known yet</source>
            <translation>Forretningsgap: ikke kjent ennå</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>Business-orientation gap: {0} levels · flagged</source>
            <translation>Forretningsgap: {0} nivåer · flagget</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>Business-orientation gap: {0} levels</source>
            <translation>Forretningsgap: {0} nivåer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>No next steps written down yet.</source>
            <translation>Ingen neste steg er skrevet ned ennå.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>Next steps (from {0})</source>
            <translation>Neste steg (fra {0})</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>Log an assessment of this company in this cohort</source>
            <translation>Registrer en vurdering av dette selskapet i dette kullet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>Choose an assessment in the list to correct it</source>
            <translation>Velg en vurdering i listen for å korrigere den</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>Correct this assessment; the audit trail keeps the old values</source>
            <translation>Korriger denne vurderingen; endringsloggen tar vare på de gamle verdiene</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/history_panel.py" />
            <source>Only {0}, who made this assessment, or a coordinator may correct it</source>
            <translation>Bare {0}, som gjorde vurderingen, eller en koordinator kan korrigere den</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <location filename="accelerator/services/importing/fields.py" />
            <location filename="accelerator/services/importing/registrations.py" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/fields.py" />
            <location filename="accelerator/services/importing/registrations.py" />
            <source>Organisation number</source>
            <translation>Organisasjonsnummer</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/fields.py" />
            <source>Foreign registry number</source>
            <translation>Utenlandsk registreringsnummer</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/fields.py" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/fields.py" />
            <source>Sector</source>
            <translation>Bransje</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/fields.py" />
            <source>Home cluster</source>
            <translation>Hjemmeklynge</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/fields.py" />
            <source>Website</source>
            <translation>Nettside</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/fields.py" />
            <source>Founded (year)</source>
            <translation>Stiftet (år)</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/fields.py" />
            <source>Employees</source>
            <translation>Ansatte</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/fields.py" />
            <source>Technology focus</source>
            <translation>Teknologiområde</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/fields.py" />
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/fields.py" />
            <source>Contact name</source>
            <translation>Kontaktpersonens navn</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/fields.py" />
            <source>Contact role</source>
            <translation>Kontaktpersonens rolle</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/fields.py" />
            <source>Contact e-mail</source>
            <translation>Kontaktpersonens e-post</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/fields.py" />
            <source>Contact phone</source>
            <translation>Kontaktpersonens telefon</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/fields.py" />
            <source>row {0}, {1}: {2}</source>
            <translation>rad {0}, {1}: {2}</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/fields.py" />
            <source>row {0}: {1}</source>
            <translation>rad {0}: {1}</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/mapping.py" />
            <source>also looks like {0}, as {1} does</source>
            <translation>ligner også på {0}, i likhet med {1}</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/mapping.py" />
            <source>looks like {0}</source>
            <translation>ligner på {0}</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/mapping.py" />
            <source>looks like {0}, as {1} does; it will not be imported</source>
            <translation>ligner på {0}, i likhet med {1}; den blir ikke importert</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/mapping.py" />
            <source>matches no field; it will not be imported</source>
            <translation>passer ikke med noe felt; den blir ikke importert</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/mapping.py" />
            <location filename="accelerator/services/importing/registrations.py" />
            <source>column {0} does not exist; the file has {1}</source>
            <translation>kolonne {0} finnes ikke; filen har {1} kolonner</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/mapping.py" />
            <source>{0} is not a field a company can be given</source>
            <translation>{0} er ikke et felt et selskap kan ha</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/mapping.py" />
            <location filename="accelerator/services/importing/registrations.py" />
            <source>{0} is given to two columns: {1} and {2}; choose one</source>
            <translation>{0} er valgt for to kolonner: {1} og {2}; velg én</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/mapping.py" />
            <source>say which column holds the company's name</source>
            <translation>angi hvilken kolonne som inneholder selskapets navn</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/planning.py" />
            <source>{0}; and {1} more</source>
            <translation>{0}; og {1} til</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/planning.py" />
            <source>nothing was imported: {0}. {1}</source>
            <translation>ingenting ble importert: {0}. {1}</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/importing/planning.py" />
            <location filename="accelerator/services/importing/registrations.py" />
            <source>%n rows have problems</source>
            <translation>
                <numerusform>%n rad har feil</numerusform>
                <numerusform>%n rader har feil</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/planning.py" />
            <source>{0} to create, {1} to update, {2} unchanged, {3} to skip</source>
            <translation>{0} opprettes, {1} oppdateres, {2} uendret, {3} hoppes over</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/planning.py" />
            <source>{0}: a company already on record is either updated or skipped</source>
            <translation>{0}: et selskap som allerede er registrert, blir enten oppdatert eller hoppet over</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/planning.py" />
            <source>{0} is not a year</source>
            <translation>{0} er ikke et årstall</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/planning.py" />
            <source>{0} is not a whole number (write digits only, like 1200)</source>
            <translation>{0} er ikke et heltall (skriv bare sifre, som 1200)</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/planning.py" />
            <source>{0} is also on row {1}; a company may be in the file only once</source>
            <translation>{0} står også på rad {1}; et selskap kan bare stå én gang i filen</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/planning.py" />
            <source>the import was cancelled; nothing was written</source>
            <translation>importen ble avbrutt; ingenting ble lagret</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/planning.py" />
            <source>{0} has no organisation number, and a company of that name is already on record: it will be added as another company</source>
            <translation>{0} har ikke organisasjonsnummer, og et selskap med det navnet er allerede registrert: det blir lagt til som et nytt selskap</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/quoting.py" />
            <source>line {0}</source>
            <translation>linje {0}</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/quoting.py" />
            <source>lines {0} to {1}</source>
            <translation>linjene {0} til {1}</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/quoting.py" />
            <source>on line {0}, this cell has a quote character with no partner ({1}): is a quote missing or out of place? A cell that holds a quote is saved in quotes, with the quote written twice ("12"" rør")</source>
            <translation>på linje {0} har denne cellen et anførselstegn uten motstykke ({1}): mangler det et anførselstegn, eller står et på feil sted? En celle som inneholder et anførselstegn, lagres i anførselstegn, med anførselstegnet skrevet to ganger ("12"" rør")</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/quoting.py" />
            <source>the quote that opens on line {0} is never closed, so everything after it, to the end of the file (line {1}), was read into this cell: close the quote, or remove it</source>
            <translation>anførselstegnet som åpnes på linje {0}, lukkes aldri, så alt etter det, helt til slutten av filen (linje {1}), ble lest inn i denne cellen: lukk anførselstegnet, eller fjern det</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/quoting.py" />
            <source>the quote that opens on line {0} is never closed: close it, or remove it</source>
            <translation>anførselstegnet som åpnes på linje {0}, lukkes aldri: lukk det, eller fjern det</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/quoting.py" />
            <source>the quoted cell that opens on line {0} runs on to line {1}, which looks like a row of its own (it has {2}, as a row has): is a closing quote missing on line {0}?</source>
            <translation>cellen i anførselstegn som åpnes på linje {0}, fortsetter til linje {1}, som ser ut som en egen rad (den har {2}, slik en rad har): mangler det et avsluttende anførselstegn på linje {0}?</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/quoting.py" />
            <source>the quoted cell that opens on line {0} closes only on line {1}, and text follows its closing quote there: is a closing quote missing on line {0}?</source>
            <translation>cellen i anførselstegn som åpnes på linje {0}, lukkes først på linje {1}, og der følger det tekst etter det avsluttende anførselstegnet: mangler det et avsluttende anførselstegn på linje {0}?</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/quoting.py" />
            <source>on line {0}, text follows the closing quote of this cell ({1}): inside quotes, a quote character is written twice (""), not as \"; or is a quote out of place?</source>
            <translation>på linje {0} følger det tekst etter det avsluttende anførselstegnet i denne cellen ({1}): inne i anførselstegn skrives et anførselstegn to ganger (""), ikke som \"; eller står et anførselstegn på feil sted?</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/quoting.py" />
            <source>on line {0}, text follows the closing quote of this cell ({1}): inside quotes, a quote character is written twice (""); or is a quote out of place?</source>
            <translation>på linje {0} følger det tekst etter det avsluttende anførselstegnet i denne cellen ({1}): inne i anførselstegn skrives et anførselstegn to ganger (""); eller står et anførselstegn på feil sted?</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/importing/quoting.py" />
            <source>%n commas</source>
            <translation>
                <numerusform>%n komma</numerusform>
                <numerusform>%n kommaer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/importing/quoting.py" />
            <source>%n semicolons</source>
            <translation>
                <numerusform>%n semikolon</numerusform>
                <numerusform>%n semikoloner</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/importing/quoting.py" />
            <source>%n tabs</source>
            <translation>
                <numerusform>%n tabulator</numerusform>
                <numerusform>%n tabulatorer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/importing/quoting.py" />
            <source>%n vertical bars</source>
            <translation>
                <numerusform>%n loddrett strek</numerusform>
                <numerusform>%n loddrette streker</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/reading.py" />
            <source>UTF-8 (with BOM)</source>
            <translation>UTF-8 (med BOM)</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/reading.py" />
            <source>UTF-16 (little-endian, no BOM)</source>
            <translation>UTF-16 (little-endian, uten BOM)</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/reading.py" />
            <source>UTF-16 (big-endian, no BOM)</source>
            <translation>UTF-16 (big-endian, uten BOM)</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/reading.py" />
            <source>Windows-1252 (Western European)</source>
            <translation>Windows-1252 (vesteuropeisk)</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/reading.py" />
            <source>DOS Nordic (code page 865)</source>
            <translation>DOS nordisk (tegntabell 865)</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/reading.py" />
            <source>comma</source>
            <translation>komma</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/reading.py" />
            <source>semicolon</source>
            <translation>semikolon</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/reading.py" />
            <source>tab</source>
            <translation>tabulator</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/reading.py" />
            <source>vertical bar</source>
            <translation>loddrett strek</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/reading.py" />
            <location filename="accelerator/services/importing/service.py" />
            <source>the file has a header row but no companies under it</source>
            <translation>filen har en overskriftsrad, men ingen selskaper under den</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/reading.py" />
            <location filename="accelerator/services/importing/workbook.py" />
            <source>cannot read {0}: {1}</source>
            <translation>kan ikke lese {0}: {1}</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/reading.py" />
            <source>the file is empty</source>
            <translation>filen er tom</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/reading.py" />
            <source>this is an Excel workbook (or another zip file), not CSV: in the spreadsheet, save it as CSV first</source>
            <translation>dette er en Excel-arbeidsbok (eller en annen zip-fil), ikke CSV: lagre den som CSV i regnearket først</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/reading.py" />
            <source>line {0} holds a NUL character (a zero byte), so this does not look like text in {1}: save the spreadsheet as CSV, or choose the encoding</source>
            <translation>linje {0} inneholder et NUL-tegn (en nullbyte), så dette ser ikke ut som tekst i {1}: lagre regnearket som CSV, eller velg tegnkoding</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/reading.py" />
            <source>{0} is not an encoding this program knows; try utf-8, utf-16 or cp1252</source>
            <translation>{0} er ikke en tegnkoding dette programmet kjenner; prøv utf-8, utf-16 eller cp1252</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/reading.py" />
            <source>{0} cannot separate columns; use ',', ';' or tab</source>
            <translation>{0} kan ikke skille kolonner; bruk ',', ';' eller tabulator</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/reading.py" />
            <source>the file has no header row</source>
            <translation>filen har ingen overskriftsrad</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/reading.py" />
            <source>the header row cannot be read: {0}</source>
            <translation>overskriftsraden kan ikke leses: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/reading.py" />
            <location filename="accelerator/services/importing/workbook.py" />
            <source>Column {0}</source>
            <translation>Kolonne {0}</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/reading.py" />
            <source>the first row should name the columns; it is empty</source>
            <translation>den første raden skal inneholde kolonnenavnene, men den er tom</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/reading.py" />
            <source>has {0} cells on {1} but the header names {2}: is a delimiter or a quote out of place?</source>
            <translation>har {0} celler på {1}, men overskriftsraden har {2}: står et skilletegn eller et anførselstegn på feil sted?</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/importing/reading.py" />
            <source>%n columns</source>
            <translation>
                <numerusform>%n kolonne</numerusform>
                <numerusform>%n kolonner</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/reading.py" />
            <source>line {0} cannot be read as CSV: {1}</source>
            <translation>linje {0} kan ikke leses som CSV: {1}</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/reading.py" />
            <source>has {0} characters; at most {1} fit in a cell (is a closing quote missing?)</source>
            <translation>har {0} tegn; en celle kan ha høyst {1} (mangler det et avsluttende anførselstegn?)</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/reading.py" />
            <source>has bytes that are not {0} (shown as �): save the file as UTF-8, or choose its encoding</source>
            <translation>har byte som ikke er gyldig {0} (vises som �): lagre filen som UTF-8, eller velg tegnkodingen</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/reading.py" />
            <source>column {0}</source>
            <translation>kolonne {0}</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/registrations.py" />
            <source>First name</source>
            <translation>Fornavn</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/registrations.py" />
            <source>Last name</source>
            <translation>Etternavn</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/registrations.py" />
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/registrations.py" />
            <source>Organisation</source>
            <translation>Organisasjon</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/registrations.py" />
            <source>{0} is not something a registration is read from</source>
            <translation>{0} er ikke noe en påmelding leses fra</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/registrations.py" />
            <source>no column holds the person's name: call it Name (or Navn), or First name and Last name</source>
            <translation>ingen kolonne har personens navn: kall den Navn (eller Name), eller Fornavn og Etternavn</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/registrations.py" />
            <source>{0} to register ({1} of them on the waitlist), {2} on the list already; {3} new contacts, {4} new organisations</source>
            <translation>{0} skal meldes på ({1} av dem på venteliste), {2} står på listen allerede; {3} nye kontaktpersoner, {4} nye organisasjoner</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/registrations.py" />
            <source>{0} registered and {1} on the waitlist for {2}, {3} on the list already; {4} contacts and {5} organisations added</source>
            <translation>{0} påmeldt og {1} på venteliste for {2}, {3} sto på listen allerede; {4} kontaktpersoner og {5} organisasjoner lagt til</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/registrations.py" />
            <source>is {0} characters long; at most {1} fit</source>
            <translation>er {0} tegn lang; høyst {1} får plass</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/registrations.py" />
            <source>the file has a header row but nobody listed under it</source>
            <translation>filen har en overskriftsrad, men ingen personer under den</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/registrations.py" />
            <source>{0} is a contact of {1} on record, so they are registered from there; the file gives another organisation number</source>
            <translation>{0} er registrert som kontaktperson for {1} og meldes på derfra; filen oppgir et annet organisasjonsnummer</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/registrations.py" />
            <source>organisation number {0} is not on record: give the organisation's name too, and it will be added</source>
            <translation>organisasjonsnummer {0} er ikke registrert: oppgi organisasjonens navn også, så blir den lagt til</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/registrations.py" />
            <source>{0} is also on row {1}; a person may be in the file only once</source>
            <translation>{0} står også på rad {1}; en person kan bare stå én gang i filen</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/service.py" />
            <source>{0} is registered as {1}, not as a company; only companies can be enrolled in a cohort.</source>
            <translation>{0} er registrert som {1}, ikke som selskap; bare selskaper kan tas opp i et kull.</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/workbook.py" />
            <source>this is an Excel 97-2003 workbook (.xls), which cannot be read: in the spreadsheet, save it as an Excel workbook (.xlsx) or as CSV first</source>
            <translation>dette er en Excel 97-2003-arbeidsbok (.xls), som ikke kan leses: lagre den som Excel-arbeidsbok (.xlsx) eller som CSV i regnearket først</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/workbook.py" />
            <source>this zip file is not an Excel workbook this program can read: in the spreadsheet, save it as an Excel workbook (.xlsx) or as CSV</source>
            <translation>denne zip-filen er ikke en Excel-arbeidsbok programmet kan lese: lagre den som Excel-arbeidsbok (.xlsx) eller som CSV i regnearket</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/workbook.py" />
            <source>the workbook has no sheet</source>
            <translation>arbeidsboken har ingen ark</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/workbook.py" />
            <source>the workbook's first sheet is empty</source>
            <translation>det første arket i arbeidsboken er tomt</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/workbook.py" />
            <source>has cells beyond the last named column ({0}); name that column in the first row, or empty the cells</source>
            <translation>har celler etter den siste kolonnen med navn ({0}); gi kolonnen et navn i første rad, eller tøm cellene</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/writing.py" />
            <source>{0} created, {1} updated, {2} unchanged, {3} skipped</source>
            <translation>{0} opprettet, {1} oppdatert, {2} uendret, {3} hoppet over</translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/writing.py" />
            <source>contacts: {0} added, {1} updated</source>
            <translation>kontaktpersoner: {0} lagt til, {1} oppdatert</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/importing/writing.py" />
            <source>{0} enrolled in {1} (%n already were)</source>
            <translation>
                <numerusform>{0} tatt opp i {1} (%n var allerede med)</numerusform>
                <numerusform>{0} tatt opp i {1} (%n var allerede med)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/services/importing/writing.py" />
            <source>{0} enrolled in {1}</source>
            <translation>{0} tatt opp i {1}</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewModel</name>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Row</source>
            <translation>Rad</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Action</source>
            <translation>Handling</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Organisation number</source>
            <translation>Organisasjonsnummer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Problems</source>
            <translation>Feil</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Import companies into {0}</source>
            <translation>Importer selskaper til {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Import companies</source>
            <translation>Importer selskaper</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Tilbake</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>&amp;Next &gt;</source>
            <translation>&amp;Neste &gt;</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Type or paste the path of a CSV file, choose one, or drop one on the window</source>
            <translation>Skriv eller lim inn stien til en CSV-fil, velg en, eller slipp en i vinduet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>&amp;Choose…</source>
            <translation>&amp;Velg…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>&amp;File:</source>
            <translation>&amp;Fil:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>&amp;Encoding:</source>
            <translation>Te&amp;gnkoding:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>&amp;Columns separated by:</source>
            <translation>&amp;Kolonner skilt med:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Save the spreadsheet as CSV (comma, semicolon or tab). The first row names the columns, in English or Norwegian; a name column is required.</source>
            <translation>Lagre regnearket som CSV (komma, semikolon eller tabulator). Første rad gir navnene på kolonnene, på engelsk eller norsk; en kolonne med navn er påkrevd.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Import companies from</source>
            <translation>Importer selskaper fra</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV-filer (*.csv *.txt);;Alle filer (*)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>{0} rows, {1} columns: {2}.</source>
            <translation>{0} rader, {1} kolonner: {2}.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Some columns are unclear: the next step asks about them.</source>
            <translation>Noen kolonner er uklare: neste steg spør om dem.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>{0} is a folder: type the path of a CSV file in it, or choose one.</source>
            <translation>{0} er en mappe: skriv stien til en CSV-fil i den, eller velg en.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>There is no file at {0}.</source>
            <translation>Det finnes ingen fil med stien {0}.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Say which field each column of the file holds.</source>
            <translation>Angi hvilket felt hver kolonne i filen inneholder.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Column</source>
            <translation>Kolonne</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>First value</source>
            <translation>Første verdi</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Field</source>
            <translation>Felt</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>(leave out)</source>
            <translation>(ikke importer)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>No column seems to hold: {0}</source>
            <translation>Ingen kolonne ser ut til å inneholde: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Every column is recognised.</source>
            <translation>Alle kolonnene er gjenkjent.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Update them with the file's values</source>
            <translation>Oppdater dem med verdiene fra filen</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Skip them (leave them as they are)</source>
            <translation>Hopp over dem (la dem være som de er)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Companies already on record:</source>
            <translation>Selskaper som allerede er registrert:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>&amp;Enrol every company in:</source>
            <translation>Ta &amp;opp alle selskapene i:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>(no cohort)</source>
            <translation>(ingen kull)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>{0} / {1}</source>
            <translation>{0} / {1}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>{0} / {1} (finished)</source>
            <translation>{0} / {1} (avsluttet)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>{0} is finished: companies are not imported into it.</source>
            <translation>{0} er avsluttet: selskaper importeres ikke til det.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>{0} / {1} (ended {2})</source>
            <translation>{0} / {1} (sluttet {2})</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>{0} has ended: companies are not imported into it.</source>
            <translation>{0} er over: selskaper importeres ikke til det.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Each company will be enrolled in {0}. {1} has no milestones in its template yet, so their checklists start empty.</source>
            <translation>Hvert selskap blir tatt opp i {0}. {1} har ingen milepæler i malen ennå, så milepælslistene starter tomme.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Each company will be enrolled in {0} and get the {1} milestone checklist (1 milestone), due dates counted from the cohort's start on {2}. Companies already in {0} keep their enrolment and checklist.</source>
            <translation>Hvert selskap blir tatt opp i {0} og får milepælslisten til {1} (1 milepæl), med frister regnet fra kullets oppstart {2}. Selskaper som allerede er i {0}, beholder deltakelsen og milepælslisten sin.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Each company will be enrolled in {0} and get the {1} milestone checklist ({3} milestones), due dates counted from the cohort's start on {2}. Companies already in {0} keep their enrolment and checklist.</source>
            <translation>Hvert selskap blir tatt opp i {0} og får milepælslisten til {1} ({3} milepæler), med frister regnet fra kullets oppstart {2}. Selskaper som allerede er i {0}, beholder deltakelsen og milepælslisten sin.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>The companies are not enrolled in any cohort. Choose one above to enrol them all, each with its programme's milestone checklist.</source>
            <translation>Selskapene blir ikke tatt opp i noe kull. Velg et kull ovenfor for å ta opp alle, hvert med milepælslisten til sitt program.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>{0} is finished, so the companies cannot be enrolled in it.</source>
            <translation>{0} er avsluttet, så selskapene kan ikke tas opp i det.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>{0} ended on {1}, so the companies cannot be enrolled in it.</source>
            <translation>{0} sluttet {1}, så selskapene kan ikke tas opp i det.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Row {0}: {1}</source>
            <translation>Rad {0}: {1}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Fix the rows marked Error in the spreadsheet (the row numbers are the spreadsheet's), save it as CSV again, and go back to choose it.</source>
            <translation>Rett radene merket «Feil» i regnearket (radnumrene er regnearkets), lagre det som CSV igjen, og gå tilbake for å velge det.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Imported: {0}.</source>
            <translation>Importert: {0}.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Enrolled 1 company in {0}, with the {1} milestone checklist: {3} milestones.</source>
            <translation>1 selskap ble tatt opp i {0}, med milepælslisten til {1}: {3} milepæler.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Enrolled {2} companies in {0}, each with the {1} milestone checklist: {3} milestones in all.</source>
            <translation>{2} selskaper ble tatt opp i {0}, hvert med milepælslisten til {1}: {3} milepæler i alt.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>1 company was already in {0} and kept its checklist.</source>
            <translation>1 selskap var allerede i {0} og beholdt milepælslisten sin.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>{1} companies were already in {0} and kept their checklists.</source>
            <translation>{1} selskaper var allerede i {0} og beholdt milepælslistene sine.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Import cancelled: nothing was written.</source>
            <translation>Importen ble avbrutt: ingenting ble lagret.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Nothing was imported: {0}</source>
            <translation>Ingenting ble importert: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/import_wizard.py" />
            <source>Close</source>
            <translation>Lukk</translation>
        </message>
    </context>
    <context>
        <name>InvolvedClusterModel</name>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>Cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>Through</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Kit</name>
        <message>
            <location filename="accelerator/ui/kit/widgets.py" />
            <source>Dismiss</source>
            <translation>Lukk</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <location filename="accelerator/ui/language_actions.py" />
            <source>Norwegian bokmål</source>
            <translation>norsk bokmål</translation>
        </message>
        <message>
            <location filename="accelerator/ui/language_actions.py" />
            <source>English</source>
            <translation>engelsk</translation>
        </message>
        <message>
            <location filename="accelerator/ui/language_actions.py" />
            <source>&amp;Language</source>
            <translation>&amp;Språk</translation>
        </message>
        <message>
            <location filename="accelerator/ui/language_actions.py" />
            <source>Follow the &amp;system ({0})</source>
            <translation>Følg &amp;systemet ({0})</translation>
        </message>
        <message>
            <location filename="accelerator/ui/language_actions.py" />
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <location filename="accelerator/ui/language_actions.py" />
            <source>The language could not be saved: {0}</source>
            <translation>Språkvalget kunne ikke lagres: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/language_actions.py" />
            <source>Accelerator will follow the system's language from the next time it starts: {0} on this computer. This window stays as it is.</source>
            <translation>Fra neste oppstart følger Accelerator systemets språk: {0} på denne datamaskinen. Dette vinduet forblir som det er.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/language_actions.py" />
            <source>Accelerator will be in {0} from the next time it starts. This window stays as it is.</source>
            <translation>Fra neste oppstart er Accelerator på {0}. Dette vinduet forblir som det er.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/language_actions.py" />
            <source>ACCELERATOR_LANG is set to {0} on this computer and comes before this choice: while it is set, Accelerator starts in {1}.</source>
            <translation>ACCELERATOR_LANG er satt til {0} på denne datamaskinen og går foran dette valget: så lenge den er satt, starter Accelerator på {1}.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/language_actions.py" />
            <source>This window was started with --lang {0}, which comes before this choice: started that way, Accelerator is in {1}.</source>
            <translation>Dette vinduet ble startet med --lang {0}, som går foran dette valget: startet slik er Accelerator på {1}.</translation>
        </message>
    </context>
    <context>
        <name>LeaveDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/membership_dialogs.py" />
            <source>End the membership of {0}</source>
            <translation>Avslutt medlemskapet til {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/membership_dialogs.py" />
            <source>End membership</source>
            <translation>Avslutt medlemskap</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/membership_dialogs.py" />
            <source>Organisation:</source>
            <translation>Organisasjon:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/membership_dialogs.py" />
            <source>Cluster:</source>
            <translation>Klynge:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/membership_dialogs.py" />
            <source>{0}, as {1}</source>
            <translation>{0}, som {1}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/membership_dialogs.py" />
            <source>Member since:</source>
            <translation>Medlem siden:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/membership_dialogs.py" />
            <source>&amp;Last day as a member:</source>
            <translation>&amp;Siste dag som medlem:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/membership_dialogs.py" />
            <source>The membership stays in the register with its dates, as history; it is never deleted. The organisation can join again later.</source>
            <translation>Medlemskapet blir stående i registeret med datoene sine, som historikk; det slettes aldri. Organisasjonen kan melde seg inn igjen senere.</translation>
        </message>
    </context>
    <context>
        <name>LinkDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Add a document's link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Add link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Application to Innovation Norway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>https://… or a shared folder's path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>&amp;Address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Type the document's address</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>My companies</source>
            <translation>Mine selskaper</translation>
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>Dashboard</source>
            <translation>Oversikt</translation>
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>Programmes and cohorts</source>
            <translation>Programmer og kull</translation>
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>Companies</source>
            <translation>Selskaper</translation>
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>Members</source>
            <translation>Medlemmer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>Events</source>
            <translation>Arrangementer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>Matchmaking</source>
            <translation>Matchmaking</translation>
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>Reports</source>
            <translation>Rapporter</translation>
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>Readiness frameworks</source>
            <translation>Modenhetsrammeverk</translation>
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>Users</source>
            <translation>Brukere</translation>
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>Audit trail</source>
            <translation>Endringslogg</translation>
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>Accelerator</source>
            <translation>Accelerator</translation>
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>Database: {0}</source>
            <translation>Database: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>Signed in as {0} ({1})</source>
            <translation>Logget inn som {0} ({1})</translation>
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>Get started</source>
            <translation>Kom i gang</translation>
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>Unsaved changes</source>
            <translation>Ulagrede endringer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>{0} has changes that are not saved. Save them?</source>
            <translation>{0} har endringer som ikke er lagret. Vil du lagre dem?</translation>
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>Log assessment</source>
            <translation>Registrer vurdering</translation>
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>Open a company first, and choose the cohort in its programme history.</source>
            <translation>Åpne et selskap først, og velg kullet i programhistorikken.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>&amp;File</source>
            <translation>&amp;Fil</translation>
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>New &amp;company…</source>
            <translation>Nytt &amp;selskap…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>New &amp;programme…</source>
            <translation>Nytt &amp;program…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>&amp;Log assessment…</source>
            <translation>&amp;Registrer vurdering…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Avslutt</translation>
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>&amp;Edit</source>
            <translation>&amp;Rediger</translation>
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>&amp;Find company…</source>
            <translation>&amp;Finn selskap…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>&amp;View</source>
            <translation>&amp;Vis</translation>
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>&amp;Refresh</source>
            <translation>&amp;Oppdater</translation>
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>&amp;Help</source>
            <translation>&amp;Hjelp</translation>
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>&amp;About Accelerator</source>
            <translation>&amp;Om Accelerator</translation>
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>About Accelerator</source>
            <translation>Om Accelerator</translation>
        </message>
        <message>
            <location filename="accelerator/ui/main_window.py" />
            <source>&lt;h3&gt;Accelerator {0}&lt;/h3&gt;&lt;p&gt;Keeps a business acceleration programme on record: cohorts, milestones, readiness assessments and progress reports.&lt;/p&gt;&lt;p&gt;Database: {1}&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Accelerator {0}&lt;/h3&gt;&lt;p&gt;Dokumenterer et akseleratorprogram: kull, milepæler, modenhetsvurderinger og fremdriftsrapporter.&lt;/p&gt;&lt;p&gt;Database: {1}&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Matchmaking</name>
        <message>
            <location filename="accelerator/domain/matchmaking.py" />
            <source>Shared sector tags: {0}</source>
            <translation>Felles bransjestikkord: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/domain/matchmaking.py" />
            <source>Shared technology tags: {0}</source>
            <translation>Felles teknologistikkord: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/domain/matchmaking.py" />
            <source>Shared market tags: {0}</source>
            <translation>Felles markedsstikkord: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/domain/matchmaking.py" />
            <source>Words in common: {0}</source>
            <translation>Felles ord: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/domain/matchmaking.py" />
            <source>Across clusters: {0} meets {1}</source>
            <translation>På tvers av klynger: {0} møter {1}</translation>
        </message>
        <message>
            <location filename="accelerator/domain/matchmaking.py" />
            <source>Across kinds of organisation: {0} meets {1}</source>
            <translation>På tvers av organisasjonstyper: {0} møter {1}</translation>
        </message>
        <message>
            <location filename="accelerator/domain/matchmaking.py" />
            <source>Across industries: {0} meets {1}</source>
            <translation>På tvers av bransjer: {0} møter {1}</translation>
        </message>
    </context>
    <context>
        <name>MatchmakingPage</name>
        <message>
            <location filename="accelerator/ui/pages/matchmaking.py" />
            <source>&amp;Book a meeting…</source>
            <translation>&amp;Book et møte…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/matchmaking.py" />
            <source>Book a meeting between the two organisations of the chosen proposal</source>
            <translation>Book et møte mellom de to organisasjonene i det valgte forslaget</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/matchmaking.py" />
            <source>Matchmaking</source>
            <translation>Matchmaking</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/matchmaking.py" />
            <source>Every category</source>
            <translation>Alle kategorier</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/matchmaking.py" />
            <source>Cate&amp;gory:</source>
            <translation>Kate&amp;gori:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/matchmaking.py" />
            <source>Meetings requested</source>
            <translation>Forespurte møter</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/matchmaking.py" />
            <source>Held</source>
            <translation>Holdt</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/matchmaking.py" />
            <source>Across clusters</source>
            <translation>På tvers av klynger</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/matchmaking.py" />
            <source>No proposals: matchmaking pairs an open need with an open offer of another organisation, of the same category. Add needs and offers on an organisation's page.</source>
            <translation>Ingen forslag: matchmakingen parer et åpent behov med et åpent tilbud fra en annen organisasjon, i samme kategori. Legg til behov og tilbud på en organisasjons side.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/matchmaking.py" />
            <source>Mark he&amp;ld</source>
            <translation>Marker som ho&amp;ldt</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/matchmaking.py" />
            <source>The chosen meeting took place</source>
            <translation>Det valgte møtet ble holdt</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/matchmaking.py" />
            <source>Ca&amp;ncel meeting</source>
            <translation>Avl&amp;ys møtet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/matchmaking.py" />
            <source>The chosen meeting will not take place</source>
            <translation>Det valgte møtet blir ikke holdt</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/matchmaking.py" />
            <source>Record &amp;outcome…</source>
            <translation>Før opp &amp;utfall…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/matchmaking.py" />
            <source>What came of the chosen meeting: a follow-up, a project, or no fit</source>
            <translation>Hva det valgte møtet førte til: oppfølging, et prosjekt, eller ingen match</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/matchmaking.py" />
            <source>Print &amp;meeting plan…</source>
            <translation>&amp;Skriv ut møteplan…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/matchmaking.py" />
            <source>The meetings at the chosen meeting's event as a handout to print and pin up</source>
            <translation>Møtene på arrangementet til det valgte møtet som utdelingsark, til å skrive ut og henge opp</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/matchmaking.py" />
            <source>Meetings</source>
            <translation>Møter</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/matchmaking.py" />
            <source>No meetings yet: book one from a proposal above.</source>
            <translation>Ingen møter ennå: book et fra et forslag ovenfor.</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/matchmaking.py" />
            <source>%n proposal(s)</source>
            <translation>
                <numerusform>%n forslag</numerusform>
                <numerusform>%n forslag</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/matchmaking.py" />
            <source>in {0}, %n called off</source>
            <translation>
                <numerusform>i {0}, %n avlyst</numerusform>
                <numerusform>i {0}, %n avlyst</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/matchmaking.py" />
            <source>Every meeting asked for this year, those called off too</source>
            <translation>Alle møter som er forespurt i år, også de avlyste</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/matchmaking.py" />
            <source>%n without an outcome yet</source>
            <translation>
                <numerusform>%n uten utfall ennå</numerusform>
                <numerusform>%n uten utfall ennå</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/matchmaking.py" />
            <source>{0} of those held</source>
            <translation>{0} av holdte møter</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/matchmaking.py" />
            <source>no cluster in common</source>
            <translation>ingen felles klynge</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/matchmaking.py" />
            <source>Meetings not called off whose two organisations were members of clusters on the day, and of none in common</source>
            <translation>Møter som ikke er avlyst, der begge organisasjonene var medlem av en klynge den dagen, men ikke av noen felles</translation>
        </message>
    </context>
    <context>
        <name>MeetingOutcome</name>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Follow-up agreed</source>
            <translation>Oppfølging avtalt</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Project started</source>
            <translation>Prosjekt startet</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>No fit</source>
            <translation>Ikke match</translation>
        </message>
    </context>
    <context>
        <name>MeetingStatus</name>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Requested</source>
            <translation>Forespurt</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Booked</source>
            <translation>Avtalt</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Held</source>
            <translation>Holdt</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Cancelled</source>
            <translation>Avlyst</translation>
        </message>
    </context>
    <context>
        <name>MeetingTableModel</name>
        <message>
            <location filename="accelerator/ui/models/need_table.py" />
            <source>When</source>
            <translation>Når</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/need_table.py" />
            <source>Where</source>
            <translation>Hvor</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/need_table.py" />
            <source>Organisation</source>
            <translation>Organisasjon</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/need_table.py" />
            <source>Meets</source>
            <translation>Møter</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/need_table.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/need_table.py" />
            <source>Outcome</source>
            <translation>Utfall</translation>
        </message>
    </context>
    <context>
        <name>Meetings</name>
        <message>
            <location filename="accelerator/services/meetings.py" />
            <source>{0} is not a mentor of either organisation and may not see it</source>
            <translation>{0} er ikke mentor for noen av organisasjonene og kan ikke se det</translation>
        </message>
        <message>
            <location filename="accelerator/services/meetings.py" />
            <source>{0} is not a status of a meeting</source>
            <translation>{0} er ikke en status for et møte</translation>
        </message>
        <message>
            <location filename="accelerator/services/meetings.py" />
            <source>The meeting is already in that status.</source>
            <translation>Møtet har allerede den statusen.</translation>
        </message>
        <message>
            <location filename="accelerator/services/meetings.py" />
            <source>{0} is not an outcome of a meeting</source>
            <translation>{0} er ikke et resultat av et møte</translation>
        </message>
        <message>
            <location filename="accelerator/services/meetings.py" />
            <source>A cancelled meeting has no outcome; book it again first.</source>
            <translation>Et avlyst møte har ikke noe resultat; avtal det på nytt først.</translation>
        </message>
        <message>
            <location filename="accelerator/services/meetings.py" />
            <source>Table</source>
            <translation>Bord</translation>
        </message>
        <message>
            <location filename="accelerator/services/meetings.py" />
            <source>need or offer {0} does not exist (it may have been removed)</source>
            <translation>behov eller tilbud {0} finnes ikke (det kan ha blitt fjernet)</translation>
        </message>
        <message>
            <location filename="accelerator/services/meetings.py" />
            <source>This is an offer, not a need.</source>
            <translation>Dette er et tilbud, ikke et behov.</translation>
        </message>
        <message>
            <location filename="accelerator/services/meetings.py" />
            <source>This is a need, not an offer.</source>
            <translation>Dette er et behov, ikke et tilbud.</translation>
        </message>
        <message>
            <location filename="accelerator/services/meetings.py" />
            <source>The need is another organisation's.</source>
            <translation>Behovet tilhører en annen organisasjon.</translation>
        </message>
        <message>
            <location filename="accelerator/services/meetings.py" />
            <source>The offer is another organisation's.</source>
            <translation>Tilbudet tilhører en annen organisasjon.</translation>
        </message>
        <message>
            <location filename="accelerator/services/meetings.py" />
            <source>Choose the organisation.</source>
            <translation>Velg organisasjonen.</translation>
        </message>
        <message>
            <location filename="accelerator/services/meetings.py" />
            <source>Meets</source>
            <translation>Møter</translation>
        </message>
        <message>
            <location filename="accelerator/services/meetings.py" />
            <source>organisation {0} does not exist (it may have been removed)</source>
            <translation>organisasjon {0} finnes ikke (den kan ha blitt fjernet)</translation>
        </message>
        <message>
            <location filename="accelerator/services/meetings.py" />
            <source>An organisation does not meet itself: choose another.</source>
            <translation>En organisasjon møter ikke seg selv: velg en annen.</translation>
        </message>
        <message>
            <location filename="accelerator/services/meetings.py" />
            <source>The meeting must end after it starts.</source>
            <translation>Møtet må slutte etter at det begynner.</translation>
        </message>
        <message>
            <location filename="accelerator/services/meetings.py" />
            <source>event {0} does not exist (it may have been removed)</source>
            <translation>arrangement {0} finnes ikke (det kan ha blitt fjernet)</translation>
        </message>
        <message>
            <location filename="accelerator/services/meetings.py" />
            <source>The meeting must be within {0}'s times ({1} to {2}).</source>
            <translation>Møtet må ligge innenfor tidene til {0} ({1} til {2}).</translation>
        </message>
        <message>
            <location filename="accelerator/services/meetings.py" />
            <source>A table is one of an event's: choose the event, or say the place instead.</source>
            <translation>Et bord hører til et arrangement: velg arrangementet, eller oppgi stedet i stedet.</translation>
        </message>
        <message>
            <location filename="accelerator/services/meetings.py" />
            <source>A meeting is booked as requested or booked; it is held or cancelled afterwards.</source>
            <translation>Et møte registreres som forespurt eller avtalt; det holdes eller avlyses etterpå.</translation>
        </message>
        <message>
            <location filename="accelerator/services/meetings.py" />
            <source>{0} already meets {1} at {2} on {3}: choose another time.</source>
            <translation>{0} møter allerede {1} kl. {2} den {3}: velg et annet tidspunkt.</translation>
        </message>
        <message>
            <location filename="accelerator/services/meetings.py" />
            <source>{0} is taken at {1} by {2} and {3}: choose another table or time.</source>
            <translation>{0} er opptatt kl. {1} av {2} og {3}: velg et annet bord eller tidspunkt.</translation>
        </message>
        <message>
            <location filename="accelerator/services/meetings.py" />
            <source>The meeting is not over yet (it ends {0}); it is marked held, and its outcome recorded, after that.</source>
            <translation>Møtet er ikke over ennå (det slutter {0}); det markeres som holdt, og resultatet registreres, etter det.</translation>
        </message>
    </context>
    <context>
        <name>MemberTableModel</name>
        <message>
            <location filename="accelerator/ui/models/member_table.py" />
            <source>Still a member</source>
            <translation>Fortsatt medlem</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/member_table.py" />
            <source>{0} was a member until {1}, the last day</source>
            <translation>{0} var medlem til og med {1}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/member_table.py" />
            <source>Organisation</source>
            <translation>Organisasjon</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/member_table.py" />
            <source>Org. number</source>
            <translation>Org.nr.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/member_table.py" />
            <source>The Norwegian organisation number, or the foreign registry number</source>
            <translation>Det norske organisasjonsnummeret, eller registreringsnummeret i utlandet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/member_table.py" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/member_table.py" />
            <source>Cluster</source>
            <translation>Klynge</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/member_table.py" />
            <source>Tier</source>
            <translation>Medlemsnivå</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/member_table.py" />
            <source>Joined</source>
            <translation>Innmeldt</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/member_table.py" />
            <source>The first day as a member</source>
            <translation>Første dag som medlem</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/member_table.py" />
            <source>Left</source>
            <translation>Utmeldt</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/member_table.py" />
            <source>The last day as a member; empty while it is one</source>
            <translation>Siste dag som medlem; tom så lenge organisasjonen er medlem</translation>
        </message>
    </context>
    <context>
        <name>Members</name>
        <message>
            <location filename="accelerator/services/members.py" />
            <source>{0} is not a mentor of this organisation and may not see it</source>
            <translation>{0} er ikke mentor for denne organisasjonen og kan ikke se den</translation>
        </message>
        <message>
            <location filename="accelerator/services/members.py" />
            <source>{0} is not a kind of organisation</source>
            <translation>{0} er ikke en organisasjonstype</translation>
        </message>
        <message>
            <location filename="accelerator/services/members.py" />
            <source>{0} is already a member of {1} (since {2}).</source>
            <translation>{0} er allerede medlem av {1} (siden {2}).</translation>
        </message>
        <message>
            <location filename="accelerator/services/members.py" />
            <source>{0} was a member of {1} until {2}; a new membership starts after that.</source>
            <translation>{0} var medlem av {1} til og med {2}; et nytt medlemskap begynner etter det.</translation>
        </message>
        <message>
            <location filename="accelerator/services/members.py" />
            <source>This membership ended on {0}; it keeps the tier it ended in.</source>
            <translation>Dette medlemskapet tok slutt {0}; det beholder medlemsnivået det sluttet på.</translation>
        </message>
        <message>
            <location filename="accelerator/services/members.py" />
            <source>This membership already ended on {0}.</source>
            <translation>Dette medlemskapet tok allerede slutt {0}.</translation>
        </message>
        <message>
            <location filename="accelerator/services/members.py" />
            <source>must not be before the organisation joined ({0})</source>
            <translation>kan ikke være før organisasjonen meldte seg inn ({0})</translation>
        </message>
        <message>
            <location filename="accelerator/services/members.py" />
            <source>Tier</source>
            <translation>Medlemsnivå</translation>
        </message>
        <message>
            <location filename="accelerator/services/members.py" />
            <source>{0} has no tiers yet; add one to the cluster first.</source>
            <translation>{0} har ingen medlemsnivåer ennå; legg først til ett i klyngen.</translation>
        </message>
        <message>
            <location filename="accelerator/services/members.py" />
            <source>That tier is not one of the tiers of {0}.</source>
            <translation>Det medlemsnivået er ikke ett av nivåene i {0}.</translation>
        </message>
    </context>
    <context>
        <name>MembersPage</name>
        <message>
            <location filename="accelerator/ui/pages/members.py" />
            <source>&amp;Add membership…</source>
            <translation>&amp;Legg til medlemskap…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/members.py" />
            <source>Make an organisation, on record or new, a member of a cluster</source>
            <translation>Gjør en organisasjon, registrert eller ny, til medlem av en klynge</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/members.py" />
            <source>Change &amp;tier…</source>
            <translation>Endre medlems&amp;nivå…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/members.py" />
            <source>Move the chosen membership to another tier</source>
            <translation>Flytt det valgte medlemskapet til et annet medlemsnivå</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/members.py" />
            <source>End &amp;membership…</source>
            <translation>&amp;Avslutt medlemskap…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/members.py" />
            <source>End the chosen membership; it stays in the register as history</source>
            <translation>Avslutt det valgte medlemskapet; det blir stående i registeret som historikk</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/members.py" />
            <source>C&amp;lusters…</source>
            <translation>&amp;Klynger…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/members.py" />
            <source>The clusters, ours and our partners', and the tiers of their members</source>
            <translation>Klyngene, våre egne og partnernes, og medlemsnivåene deres</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/members.py" />
            <source>E&amp;xport…</source>
            <translation>&amp;Eksporter…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/members.py" />
            <source>Save the members shown for a spreadsheet (the cluster and day chosen)</source>
            <translation>Lagre medlemmene som vises, for et regneark (den valgte klyngen og dagen)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/members.py" />
            <source>Members</source>
            <translation>Medlemmer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/members.py" />
            <source>Members &amp;on:</source>
            <translation>Medlemmer &amp;på:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/members.py" />
            <source>Untick to see every membership there has been, those that ended too</source>
            <translation>Fjern haken for å se alle medlemskap som har vært, også de som er avsluttet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/members.py" />
            <source>&amp;Cluster:</source>
            <translation>Kl&amp;ynge:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/members.py" />
            <source>Every kind</source>
            <translation>Alle typer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/members.py" />
            <source>Filter (organisation, org. number, kind, cluster, tier)</source>
            <translation>Filtrer (organisasjon, org.nr., type, klynge, nivå)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/members.py" />
            <source>&amp;Kind:</source>
            <translation>&amp;Type:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/members.py" />
            <source>Tie&amp;r:</source>
            <translation>&amp;Medlemsnivå:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/members.py" />
            <source>Every cluster</source>
            <translation>Alle klynger</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/members.py" />
            <source>Every tier</source>
            <translation>Alle nivåer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/members.py" />
            <source>Open the organisation</source>
            <translation>Åpne organisasjonen</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/members.py" />
            <source>Change tier…</source>
            <translation>Endre medlemsnivå…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/members.py" />
            <source>End membership…</source>
            <translation>Avslutt medlemskap…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/members.py" />
            <source>This membership has ended; it is kept as history.</source>
            <translation>Dette medlemskapet er avsluttet; det tas vare på som historikk.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/members.py" />
            <source>Reading the member register…</source>
            <translation>Leser medlemsregisteret…</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/members.py" />
            <source>%n organisations have been members of {0}</source>
            <translation>
                <numerusform>%n organisasjon har vært medlem av {0}</numerusform>
                <numerusform>%n organisasjoner har vært medlemmer av {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/members.py" />
            <source>%n organisations have been members of a cluster</source>
            <translation>
                <numerusform>%n organisasjon har vært medlem av en klynge</numerusform>
                <numerusform>%n organisasjoner har vært medlemmer av en klynge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/members.py" />
            <source>%n members of {0} on {1}</source>
            <translation>
                <numerusform>%n medlem av {0} per {1}</numerusform>
                <numerusform>%n medlemmer av {0} per {1}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/members.py" />
            <source>%n members of a cluster on {0}</source>
            <translation>
                <numerusform>%n medlem av en klynge per {0}</numerusform>
                <numerusform>%n medlemmer av en klynge per {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/members.py" />
            <source>%n companies</source>
            <translation>
                <numerusform>%n selskap</numerusform>
                <numerusform>%n selskaper</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/members.py" />
            <source>%n research institutes</source>
            <translation>
                <numerusform>%n forskningsinstitutt</numerusform>
                <numerusform>%n forskningsinstitutter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/members.py" />
            <source>%n universities or colleges</source>
            <translation>
                <numerusform>%n universitet eller høgskole</numerusform>
                <numerusform>%n universiteter eller høgskoler</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/members.py" />
            <source>%n public bodies</source>
            <translation>
                <numerusform>%n offentlig virksomhet</numerusform>
                <numerusform>%n offentlige virksomheter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/members.py" />
            <source>%n investors</source>
            <translation>
                <numerusform>%n investor</numerusform>
                <numerusform>%n investorer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/members.py" />
            <source>%n other organisations</source>
            <translation>
                <numerusform>%n annen organisasjon</numerusform>
                <numerusform>%n andre organisasjoner</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/members.py" />
            <source>{0} of %n memberships match</source>
            <translation>
                <numerusform>{0} av %n medlemskap samsvarer</numerusform>
                <numerusform>{0} av %n medlemskap samsvarer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/members.py" />
            <source>%n memberships</source>
            <translation>
                <numerusform>%n medlemskap</numerusform>
                <numerusform>%n medlemskap</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/members.py" />
            <source>No membership matches {0}.</source>
            <translation>Ingen medlemskap samsvarer med {0}.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/members.py" />
            <source>Clear the filter</source>
            <translation>Tøm filteret</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/members.py" />
            <source>No membership is as chosen: another cluster, kind, tier or day?</source>
            <translation>Ingen medlemskap passer med valgene: en annen klynge, type, nivå eller dag?</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/members.py" />
            <source>Show every membership</source>
            <translation>Vis alle medlemskap</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/members.py" />
            <source>No members yet. A coordinator keeps the register.</source>
            <translation>Ingen medlemmer ennå. En koordinator fører registeret.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/members.py" />
            <source>No members yet. Add the first with &lt;a href='add'&gt;Add membership&lt;/a&gt;; the clusters and their tiers are kept under &lt;a href='clusters'&gt;Clusters&lt;/a&gt;.</source>
            <translation>Ingen medlemmer ennå. Legg til det første med &lt;a href='add'&gt;Legg til medlemskap&lt;/a&gt;; klyngene og medlemsnivåene deres holdes ved like under &lt;a href='clusters'&gt;Klynger&lt;/a&gt;.</translation>
        </message>
    </context>
    <context>
        <name>MentorDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/mentor_dialog.py" />
            <source>Assign a mentor to {0}</source>
            <translation>Tildel mentor til {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/mentor_dialog.py" />
            <source>Assign</source>
            <translation>Tildel</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/mentor_dialog.py" />
            <source>{0} (already assigned)</source>
            <translation>{0} (allerede tildelt)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/mentor_dialog.py" />
            <source>Assigned &amp;from:</source>
            <translation>Tildelt &amp;fra:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/mentor_dialog.py" />
            <source>There are no mentors in this database yet. Mentors are people with a user account in the mentor role; they are added under Users. Once someone has that role, you can assign them here.</source>
            <translation>Det finnes ingen mentorer i denne databasen ennå. Mentorer er personer med en brukerkonto i mentorrollen; de legges til under Brukere. Når noen har den rollen, kan du tildele dem her.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/mentor_dialog.py" />
            <source>Close</source>
            <translation>Lukk</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/mentor_dialog.py" />
            <source>Who mentors {0} in {1}?</source>
            <translation>Hvem er mentor for {0} i {1}?</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/mentor_dialog.py" />
            <source>Every mentor in the database is assigned to this company already. More mentors are added under Users.</source>
            <translation>Alle mentorene i databasen er allerede tildelt dette selskapet. Flere mentorer legges til under Brukere.</translation>
        </message>
    </context>
    <context>
        <name>Mentoring</name>
        <message>
            <location filename="accelerator/services/mentoring.py" />
            <source>Due: no assessment yet</source>
            <translation>Skal vurderes: ikke vurdert ennå</translation>
        </message>
        <message>
            <location filename="accelerator/services/mentoring.py" />
            <source>Due</source>
            <translation>Skal vurderes</translation>
        </message>
    </context>
    <context>
        <name>MilestoneBlockedDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>Milestone blocked</source>
            <translation>Milepælen er blokkert</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>Mark blocked</source>
            <translation>Merk som blokkert</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>What stands in the way, and who can clear it (for example: waiting for…)</source>
            <translation>Hva som står i veien, og hvem som kan løse det (for eksempel: venter på…)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>&amp;Reason:</source>
            <translation>&amp;Årsak:</translation>
        </message>
    </context>
    <context>
        <name>MilestoneCategory</name>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Business model</source>
            <translation>Forretningsmodell</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Technology</source>
            <translation>Teknologi</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>IP</source>
            <translation>IPR</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Funding</source>
            <translation>Finansiering</translation>
        </message>
    </context>
    <context>
        <name>MilestoneChecklist</name>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>Choose a company's enrolment to see its milestone checklist.</source>
            <translation>Velg et selskaps deltakelse for å se milepælslisten.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>This enrolment no longer exists.</source>
            <translation>Denne deltakelsen finnes ikke lenger.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>No milestones yet. The programme's template had none when this company was enrolled; add one with Add milestone.</source>
            <translation>Ingen milepæler ennå. Programmets milepælsmal hadde ingen da selskapet ble tatt opp; legg til en med «Legg til milepæl».</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>Mark &amp;done…</source>
            <translation>Merk som &amp;fullført…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>Tick the milestone done, with the date and evidence</source>
            <translation>Kryss av milepælen som fullført, med dato og dokumentasjon</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>&amp;In progress</source>
            <translation>&amp;Pågår</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>&amp;Blocked…</source>
            <translation>&amp;Blokkert…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>Mark the milestone blocked and say why</source>
            <translation>Merk milepælen som blokkert, og oppgi hvorfor</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>Not &amp;applicable</source>
            <translation>Ikke &amp;aktuelt</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>The milestone does not fit this company; it no longer counts</source>
            <translation>Milepælen passer ikke for dette selskapet; den telles ikke lenger med</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>Back to &amp;not started</source>
            <translation>Tilbake til &amp;ikke startet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>Add &amp;milestone…</source>
            <translation>Legg til &amp;milepæl…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>A milestone for this company only</source>
            <translation>En milepæl bare for dette selskapet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>More</source>
            <translation>Mer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>Not applicable, or back to not started</source>
            <translation>Ikke aktuelt, eller tilbake til ikke startet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>Milestones</source>
            <translation>Milepæler</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>{0} of {1} done</source>
            <translation>{0} av {1} fullført</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>{0} overdue</source>
            <translation>{0} forsinket</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>none overdue</source>
            <translation>ingen forsinket</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>{0} not applicable</source>
            <translation>{0} ikke aktuelle</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>{0} of {1} applicable milestones done</source>
            <translation>{0} av {1} aktuelle milepæler fullført</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>Select a milestone to see it in full, then tick it with the buttons above or its right-click menu.</source>
            <translation>Velg en milepæl for å se den i sin helhet, og kryss den av med knappene over eller med høyreklikkmenyen.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>due {0}</source>
            <translation>frist {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>completed {0}</source>
            <translation>fullført {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>Overdue</source>
            <translation>Forsinket</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>Blocked:</source>
            <translation>Blokkert:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>Evidence:</source>
            <translation>Dokumentasjon:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>Edit &amp;done…</source>
            <translation>Endre &amp;fullføring…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>Change the completion date or the evidence</source>
            <translation>Endre fullføringsdatoen eller dokumentasjonen</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>Un-tick milestone</source>
            <translation>Fjern avkrysning for milepæl</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/milestone_checklist.py" />
            <source>“{0}” was done on {1}. Mark it {2} instead? The completion date is cleared; the evidence note is kept.</source>
            <translation>«{0}» ble fullført {1}. Vil du sette den til «{2}» i stedet? Fullføringsdatoen fjernes; dokumentasjonen beholdes.</translation>
        </message>
    </context>
    <context>
        <name>MilestoneDoneDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>Mark milestone done</source>
            <translation>Merk milepælen som fullført</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>Mark done</source>
            <translation>Merk som fullført</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>Completed &amp;on:</source>
            <translation>Dato &amp;fullført:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>What shows it is done: a document, a signed letter, a meeting and its notes…</source>
            <translation>Hva som viser at den er fullført: et dokument, et signert brev, et møte og referatet fra det…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>&amp;Evidence:</source>
            <translation>&amp;Dokumentasjon:</translation>
        </message>
    </context>
    <context>
        <name>MilestoneStatus</name>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Not started</source>
            <translation>Ikke startet</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <location filename="accelerator/ui/kit/labels.py" />
            <source>In progress</source>
            <translation>Pågår</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Done</source>
            <translation>Fullført</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Blocked</source>
            <translation>Blokkert</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Not applicable</source>
            <translation>Ikke aktuelt</translation>
        </message>
    </context>
    <context>
        <name>MilestoneTableModel</name>
        <message>
            <location filename="accelerator/ui/models/milestone_model.py" />
            <source>Milestone</source>
            <translation>Milepæl</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/milestone_model.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/milestone_model.py" />
            <source>Due</source>
            <translation>Frist</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/milestone_model.py" />
            <source>Completed</source>
            <translation>Fullført</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/milestone_model.py" />
            <source>Evidence or reason</source>
            <translation>Dokumentasjon eller årsak</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/milestone_model.py" />
            <source>{0} of {1} done</source>
            <translation>{0} av {1} fullført</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/milestone_model.py" />
            <source>{0} overdue</source>
            <translation>{0} forsinket</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/milestone_model.py" />
            <source>Overdue · {0}</source>
            <translation>Forsinket · {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/milestone_model.py" />
            <source>Blocked: {0}</source>
            <translation>Blokkert: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/milestone_model.py" />
            <source>Was due {0} ({1}) and is not done</source>
            <translation>Fristen var {0} ({1}), og milepælen er ikke fullført</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/milestone_model.py" />
            <source>Due {0}</source>
            <translation>Frist {0}</translation>
        </message>
    </context>
    <context>
        <name>Milestones</name>
        <message>
            <location filename="accelerator/domain/milestones.py" />
            <source>{0} of {1}</source>
            <translation>{0} av {1}</translation>
        </message>
    </context>
    <context>
        <name>MyCompaniesModel</name>
        <message>
            <location filename="accelerator/ui/pages/my_companies.py" />
            <source>Company</source>
            <translation>Selskap</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/my_companies.py" />
            <source>Cohort</source>
            <translation>Kull</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/my_companies.py" />
            <source>Last assessed</source>
            <translation>Sist vurdert</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/my_companies.py" />
            <source>never</source>
            <translation>aldri</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/my_companies.py" />
            <source>Due</source>
            <translation>Skal vurderes</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/my_companies.py" />
            <source>Assess every {0} weeks in this programme</source>
            <translation>Vurder hver {0}. uke i dette programmet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/my_companies.py" />
            <source>Due: no assessment yet</source>
            <translation>Skal vurderes: ikke vurdert ennå</translation>
        </message>
    </context>
    <context>
        <name>MyCompaniesPage</name>
        <message>
            <location filename="accelerator/ui/pages/my_companies.py" />
            <source>Log assessment…</source>
            <translation>Registrer vurdering…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/my_companies.py" />
            <source>Log an assessment of the selected company (Ctrl+L)</source>
            <translation>Registrer en vurdering av det valgte selskapet (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/my_companies.py" />
            <source>My companies</source>
            <translation>Mine selskaper</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/my_companies.py" />
            <source>{0} companies, {1} due for assessment</source>
            <translation>{0} selskaper, {1} skal vurderes</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/my_companies.py" />
            <source>No companies are assigned to you in a running cohort. A coordinator assigns mentors to companies under Programmes and cohorts.</source>
            <translation>Ingen selskaper er tildelt deg i et kull som pågår. En koordinator tildeler mentorer til selskaper under «Programmer og kull».</translation>
        </message>
    </context>
    <context>
        <name>NeedCategory</name>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Pilot customer</source>
            <translation>Pilotkunde</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Test site</source>
            <translation>Testarena</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Technology partner</source>
            <translation>Teknologipartner</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Competence</source>
            <translation>Kompetanse</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Capital</source>
            <translation>Kapital</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Market access</source>
            <translation>Markedstilgang</translation>
        </message>
    </context>
    <context>
        <name>NeedDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/need_dialogs.py" />
            <source>Add a need</source>
            <translation>Legg til et behov</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/need_dialogs.py" />
            <source>Change the need</source>
            <translation>Endre behovet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/need_dialogs.py" />
            <source>Add need</source>
            <translation>Legg til behov</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/need_dialogs.py" />
            <source>Save need</source>
            <translation>Lagre behovet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/need_dialogs.py" />
            <source>Add an offer</source>
            <translation>Legg til et tilbud</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/need_dialogs.py" />
            <source>Change the offer</source>
            <translation>Endre tilbudet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/need_dialogs.py" />
            <source>Add offer</source>
            <translation>Legg til tilbud</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/need_dialogs.py" />
            <source>Save offer</source>
            <translation>Lagre tilbudet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/need_dialogs.py" />
            <source>What is asked for, in a sentence</source>
            <translation>Hva det spørres etter, i én setning</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/need_dialogs.py" />
            <source>What is offered, in a sentence</source>
            <translation>Hva som tilbys, i én setning</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/need_dialogs.py" />
            <source>Aquaculture, maritime, …</source>
            <translation>Havbruk, maritim, …</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/need_dialogs.py" />
            <source>Sensors, underwater drones, …</source>
            <translation>Sensorer, undervannsdroner, …</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/need_dialogs.py" />
            <source>Norway, Nordics, …</source>
            <translation>Norge, Norden, …</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/need_dialogs.py" />
            <source>&amp;Category:</source>
            <translation>&amp;Kategori:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/need_dialogs.py" />
            <source>&amp;Summary:</source>
            <translation>&amp;Sammendrag:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/need_dialogs.py" />
            <source>S&amp;ector tags:</source>
            <translation>Bra&amp;nsjestikkord:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/need_dialogs.py" />
            <source>&amp;Technology tags:</source>
            <translation>&amp;Teknologistikkord:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/need_dialogs.py" />
            <source>&amp;Market tags:</source>
            <translation>&amp;Markedsstikkord:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/need_dialogs.py" />
            <source>Separate tags with commas. Shared tags make a pair more likely.</source>
            <translation>Skill stikkordene med komma. Felles stikkord gjør et par mer sannsynlig.</translation>
        </message>
    </context>
    <context>
        <name>NeedSide</name>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Need</source>
            <translation>Behov</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Offer</source>
            <translation>Tilbud</translation>
        </message>
    </context>
    <context>
        <name>NeedStatus</name>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Open</source>
            <translation>Åpen</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Matched</source>
            <translation>Matchet</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Closed</source>
            <translation>Lukket</translation>
        </message>
    </context>
    <context>
        <name>NeedTableModel</name>
        <message>
            <location filename="accelerator/ui/models/need_table.py" />
            <source>Need or offer</source>
            <translation>Behov eller tilbud</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/need_table.py" />
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/need_table.py" />
            <source>Summary</source>
            <translation>Sammendrag</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/need_table.py" />
            <source>Tags</source>
            <translation>Stikkord</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/need_table.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>Needs</name>
        <message>
            <location filename="accelerator/services/needs.py" />
            <source>{0} is not a mentor of this organisation and may not see it</source>
            <translation>{0} er ikke mentor for denne organisasjonen og kan ikke se den</translation>
        </message>
        <message>
            <location filename="accelerator/services/needs.py" />
            <source>{0} is open already.</source>
            <translation>{0} er allerede åpen.</translation>
        </message>
        <message>
            <location filename="accelerator/services/needs.py" />
            <source>{0} is matched already.</source>
            <translation>{0} er allerede matchet.</translation>
        </message>
        <message>
            <location filename="accelerator/services/needs.py" />
            <source>{0} is closed already.</source>
            <translation>{0} er allerede lukket.</translation>
        </message>
        <message>
            <location filename="accelerator/services/needs.py" />
            <source>{0} is neither a need nor an offer</source>
            <translation>{0} er verken et behov eller et tilbud</translation>
        </message>
        <message>
            <location filename="accelerator/services/needs.py" />
            <source>{0} is not a category of needs and offers</source>
            <translation>{0} er ikke en kategori av behov og tilbud</translation>
        </message>
        <message>
            <location filename="accelerator/services/needs.py" />
            <source>too many tags: at most {0} characters together</source>
            <translation>for mange stikkord: høyst {0} tegn til sammen</translation>
        </message>
        <message>
            <location filename="accelerator/services/needs.py" />
            <source>organisation {0} does not exist (it may have been removed)</source>
            <translation>organisasjon {0} finnes ikke (den kan ha blitt fjernet)</translation>
        </message>
    </context>
    <context>
        <name>NewPasswordFields</name>
        <message>
            <location filename="accelerator/ui/dialogs/password_dialog.py" />
            <source>at least {0} characters</source>
            <translation>minst {0} tegn</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/password_dialog.py" />
            <source>&amp;New password:</source>
            <translation>&amp;Nytt passord:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/password_dialog.py" />
            <source>New password &amp;again:</source>
            <translation>Nytt passord &amp;igjen:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/password_dialog.py" />
            <source>the two passwords differ; type the same one twice</source>
            <translation>de to passordene er ulike; skriv det samme to ganger</translation>
        </message>
    </context>
    <context>
        <name>Offers</name>
        <message>
            <location filename="accelerator/ui/offers.py" />
            <source>Only a coordinator can set up and change programmes, their milestone templates and cohorts.</source>
            <translation>Bare en koordinator kan opprette og endre programmer, milepælsmalene deres og kull.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/offers.py" />
            <source>Only a coordinator can add and change companies.</source>
            <translation>Bare en koordinator kan legge til og endre selskaper.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/offers.py" />
            <source>Only a coordinator can enrol companies, change their status and assign mentors.</source>
            <translation>Bare en koordinator kan ta opp selskaper, endre statusen deres og tildele mentorer.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/offers.py" />
            <source>Only a coordinator or the company's mentor can change its milestones; a viewer reads them.</source>
            <translation>Bare en koordinator eller selskapets mentor kan endre milepælene; en leser kan se dem.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/offers.py" />
            <source>Only a coordinator or the company's mentor can assess it; a viewer reads the assessments.</source>
            <translation>Bare en koordinator eller selskapets mentor kan vurdere selskapet; en leser kan se vurderingene.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/offers.py" />
            <source>Only the mentor who made an assessment, or a coordinator, can correct it.</source>
            <translation>Bare mentoren som gjorde vurderingen, eller en koordinator, kan korrigere den.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/offers.py" />
            <source>Only a coordinator can import or change a readiness framework.</source>
            <translation>Bare en koordinator kan importere eller endre et modenhetsrammeverk.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/offers.py" />
            <source>Only a coordinator can keep the clusters, their tiers and their members.</source>
            <translation>Bare en koordinator kan endre klyngene, medlemsnivåene deres og medlemmene.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/offers.py" />
            <source>Only a coordinator can plan events and register people for them.</source>
            <translation>Bare en koordinator kan planlegge arrangementer og melde folk på dem.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/offers.py" />
            <source>Only a coordinator can check people in at the door: the list holds everyone registered.</source>
            <translation>Bare en koordinator kan sjekke inn folk ved døren: listen viser alle påmeldte.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/offers.py" />
            <source>Only a coordinator can keep needs and offers and book meetings.</source>
            <translation>Bare en koordinator kan føre behov og tilbud og avtale møter.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/offers.py" />
            <source>Only a coordinator can keep joint projects, their partners and their funding.</source>
            <translation>Bare en koordinator kan føre samarbeidsprosjekter med partnere og finansiering.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/offers.py" />
            <source>Only a coordinator can add users and change their access.</source>
            <translation>Bare en koordinator kan legge til brukere og endre tilgangen deres.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/offers.py" />
            <source>Only a coordinator can read the audit trail.</source>
            <translation>Bare en koordinator kan lese endringsloggen.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/offers.py" />
            <source>Only a coordinator can import companies.</source>
            <translation>Bare en koordinator kan importere selskaper.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/offers.py" />
            <source>Only a coordinator can restore a backup: it replaces everyone's data.</source>
            <translation>Bare en koordinator kan gjenopprette en sikkerhetskopi: den erstatter alles data.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/offers.py" />
            <source>Only a coordinator can read confidential notes.</source>
            <translation>Bare en koordinator kan lese fortrolige notater.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/offers.py" />
            <source>Only a coordinator can load the demo programme.</source>
            <translation>Bare en koordinator kan laste inn demoprogrammet.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/offers.py" />
            <source>You cannot do this in your role.</source>
            <translation>Du kan ikke gjøre dette med din rolle.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationEventModel</name>
        <message>
            <location filename="accelerator/ui/models/event_table.py" />
            <source>Event</source>
            <translation>Arrangement</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/event_table.py" />
            <source>When</source>
            <translation>Når</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/event_table.py" />
            <source>Who</source>
            <translation>Hvem</translation>
        </message>
    </context>
    <context>
        <name>OrganisationEvents</name>
        <message>
            <location filename="accelerator/ui/widgets/organisation_events.py" />
            <source>Events</source>
            <translation>Arrangementer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/organisation_events.py" />
            <source>Nobody from the organisation has registered for an event. Who registered, and who came, shows here.</source>
            <translation>Ingen fra organisasjonen har meldt seg på et arrangement. Hvem som meldte seg på, og hvem som møtte, vises her.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationKind</name>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Company</source>
            <translation>Selskap</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Research institute</source>
            <translation>Forskningsinstitutt</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>University or college</source>
            <translation>Universitet eller høgskole</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Public body</source>
            <translation>Offentlig virksomhet</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Investor</source>
            <translation>Investor</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Other</source>
            <translation>Annet</translation>
        </message>
    </context>
    <context>
        <name>OrganisationMeetingModel</name>
        <message>
            <location filename="accelerator/ui/models/need_table.py" />
            <source>When</source>
            <translation>Når</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/need_table.py" />
            <source>With</source>
            <translation>Med</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/need_table.py" />
            <source>Where</source>
            <translation>Hvor</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/need_table.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/need_table.py" />
            <source>Where the meeting stands, or what came of it once it was held</source>
            <translation>Hvor langt møtet har kommet, eller hva det førte til når det er holdt</translation>
        </message>
    </context>
    <context>
        <name>OrganisationMeetings</name>
        <message>
            <location filename="accelerator/ui/widgets/organisation_meetings.py" />
            <source>Meetings</source>
            <translation>Møter</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/organisation_meetings.py" />
            <source>Enter or a double-click opens the meeting on Matchmaking</source>
            <translation>Enter eller dobbeltklikk åpner møtet under Matchmaking</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/organisation_meetings.py" />
            <source>No meetings yet. Meetings booked with other organisations on the Matchmaking page show here.</source>
            <translation>Ingen møter ennå. Møter som avtales med andre organisasjoner under Matchmaking, vises her.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationMembershipModel</name>
        <message>
            <location filename="accelerator/ui/models/member_table.py" />
            <source>Cluster</source>
            <translation>Klynge</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/member_table.py" />
            <source>Tier</source>
            <translation>Medlemsnivå</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/member_table.py" />
            <source>Joined</source>
            <translation>Innmeldt</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/member_table.py" />
            <source>Left</source>
            <translation>Utmeldt</translation>
        </message>
    </context>
    <context>
        <name>OrganisationMemberships</name>
        <message>
            <location filename="accelerator/ui/widgets/organisation_memberships.py" />
            <source>Join…</source>
            <translation>Meld inn…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/organisation_memberships.py" />
            <source>Make the organisation a member of a cluster</source>
            <translation>Gjør organisasjonen til medlem av en klynge</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/organisation_memberships.py" />
            <source>Tier…</source>
            <translation>Nivå…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/organisation_memberships.py" />
            <source>Move the chosen membership to another tier</source>
            <translation>Flytt det valgte medlemskapet til et annet medlemsnivå</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/organisation_memberships.py" />
            <source>Leave…</source>
            <translation>Meld ut…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/organisation_memberships.py" />
            <source>End the chosen membership; it stays in the register as history</source>
            <translation>Avslutt det valgte medlemskapet; det blir stående i registeret som historikk</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/organisation_memberships.py" />
            <source>Memberships</source>
            <translation>Medlemskap</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/organisation_memberships.py" />
            <source>Not a member of any cluster. A member's tier and the days it joined and left show here.</source>
            <translation>Ikke medlem av noen klynge. Et medlems nivå og dagene det meldte seg inn og ut, vises her.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationNeeds</name>
        <message>
            <location filename="accelerator/ui/widgets/organisation_needs.py" />
            <source>Add need…</source>
            <translation>Nytt behov…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/organisation_needs.py" />
            <source>Record something the organisation is looking for</source>
            <translation>Før opp noe organisasjonen ser etter</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/organisation_needs.py" />
            <source>Add offer…</source>
            <translation>Nytt tilbud…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/organisation_needs.py" />
            <source>Record something the organisation has to give</source>
            <translation>Før opp noe organisasjonen har å by på</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/organisation_needs.py" />
            <source>Edit…</source>
            <translation>Endre…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/organisation_needs.py" />
            <source>Change the chosen need or offer</source>
            <translation>Endre det valgte behovet eller tilbudet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/organisation_needs.py" />
            <source>Close</source>
            <translation>Lukk</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/organisation_needs.py" />
            <source>Needs and offers</source>
            <translation>Behov og tilbud</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/organisation_needs.py" />
            <source>No needs or offers yet. What the organisation looks for and has to give shows here, and matchmaking pairs it with other organisations.</source>
            <translation>Ingen behov eller tilbud ennå. Det organisasjonen ser etter og har å by på, vises her, og matchmakingen parer det med andre organisasjoner.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/organisation_needs.py" />
            <source>Reopen</source>
            <translation>Åpne igjen</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/organisation_needs.py" />
            <source>Wanted again: open, and proposed again</source>
            <translation>Ønsket igjen: åpent, og foreslått igjen</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/organisation_needs.py" />
            <source>No longer wanted: kept, closed, and proposed no more</source>
            <translation>Ikke lenger ønsket: tas vare på, lukket, og foreslås ikke mer</translation>
        </message>
    </context>
    <context>
        <name>OutcomeDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/meeting_dialogs.py" />
            <source>Record the outcome</source>
            <translation>Før opp utfallet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/meeting_dialogs.py" />
            <source>Record outcome</source>
            <translation>Før opp utfall</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/meeting_dialogs.py" />
            <source>{0} and {1}, {2}</source>
            <translation>{0} og {1}, {2}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/meeting_dialogs.py" />
            <source>&amp;Outcome:</source>
            <translation>&amp;Utfall:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/meeting_dialogs.py" />
            <source>&amp;Note:</source>
            <translation>&amp;Merknad:</translation>
        </message>
    </context>
    <context>
        <name>PartnerDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Add a partner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Change the partner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Add partner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Save partner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Type a name or an org. number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>&amp;Organisation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Organisation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>&amp;Role:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Own &amp;share:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>kr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>{0}, {1}; a member of {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>{0}, {1}; a member of no cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>{0} is a partner already.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>%n organisations match: choose one from the list</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>No organisation on record is called {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Choose an organisation on record; register a new one under Members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Type the name of an organisation on record</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PartnerRole</name>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Lead</source>
            <translation>Prosjektansvarlig</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>R&amp;D partner</source>
            <translation>FoU-partner</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Subcontractor</source>
            <translation>Underleverandør</translation>
        </message>
    </context>
    <context>
        <name>PartnerTableModel</name>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>Own share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>What the partner puts into the budget itself</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>Clusters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>The clusters it was a member of on the project's start</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProgrammeDetails</name>
        <message>
            <location filename="accelerator/ui/widgets/programme_details.py" />
            <source>Readiness framework:</source>
            <translation>Modenhetsrammeverk:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/programme_details.py" />
            <source>Assessments:</source>
            <translation>Vurderinger:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/programme_details.py" />
            <source>Milestone template:</source>
            <translation>Milepælsmal:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/programme_details.py" />
            <source>Description:</source>
            <translation>Beskrivelse:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/programme_details.py" />
            <source>New &amp;cohort…</source>
            <translation>Nytt &amp;kull…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/programme_details.py" />
            <source>Ed&amp;it cohort…</source>
            <translation>Rediger ku&amp;ll…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/programme_details.py" />
            <source>Show e&amp;nrolments</source>
            <translation>Vis d&amp;eltakelser</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/programme_details.py" />
            <source>Cohorts</source>
            <translation>Kull</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/programme_details.py" />
            <source>every {0} weeks: mentors are reminded when a company's last assessment is older</source>
            <translation>hver {0}. uke: mentorene får en påminnelse når et selskaps siste vurdering er eldre</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/programme_details.py" />
            <source>every week</source>
            <translation>hver uke</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/programme_details.py" />
            <source>(no description)</source>
            <translation>(ingen beskrivelse)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/programme_details.py" />
            <source>No cohorts yet: create one with New cohort. A cohort is one run of the programme, with its start and end date and the companies enrolled in it.</source>
            <translation>Ingen kull ennå: opprett et med «Nytt kull». Et kull er én gjennomføring av programmet, med start- og sluttdato og selskapene som er tatt opp i det.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/programme_details.py" />
            <source>no milestones yet: list them under Milestone template</source>
            <translation>ingen milepæler ennå: legg dem inn under «Milepælsmal»</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/programme_details.py" />
            <source>1 milestone</source>
            <translation>1 milepæl</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/programme_details.py" />
            <source>{0} milestones</source>
            <translation>{0} milepæler</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/programme_details.py" />
            <source>{0} in {1} categories</source>
            <translation>{0} i {1} kategorier</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/programme_details.py" />
            <source>{0}, due from week {1} to week {2}</source>
            <translation>{0}, med frist fra uke {1} til uke {2}</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/programme_dialog.py" />
            <source>Edit programme</source>
            <translation>Rediger program</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/programme_dialog.py" />
            <source>New programme</source>
            <translation>Nytt program</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/programme_dialog.py" />
            <source>Save</source>
            <translation>Lagre</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/programme_dialog.py" />
            <source>Create programme</source>
            <translation>Opprett program</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/programme_dialog.py" />
            <source>e.g. Ocean Technology Accelerator</source>
            <translation>f.eks. Ocean Technology Accelerator</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/programme_dialog.py" />
            <source>e.g. Vestkyst Ocean Technology Cluster</source>
            <translation>f.eks. Vestkyst Ocean Technology Cluster</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/programme_dialog.py" />
            <source> weeks</source>
            <translation> uker</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/programme_dialog.py" />
            <source>Mentors are reminded when a company's last assessment is older.</source>
            <translation>Mentorene får en påminnelse når et selskaps siste vurdering er eldre enn dette.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/programme_dialog.py" />
            <source>What the programme offers, for whom, and how long it runs.</source>
            <translation>Hva programmet tilbyr, for hvem, og hvor lenge det varer.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/programme_dialog.py" />
            <source>&amp;Name:</source>
            <translation>&amp;Navn:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/programme_dialog.py" />
            <source>&amp;Cluster:</source>
            <translation>&amp;Klynge:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/programme_dialog.py" />
            <source>&amp;Readiness framework:</source>
            <translation>&amp;Modenhetsrammeverk:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/programme_dialog.py" />
            <source>&amp;Assess every:</source>
            <translation>&amp;Vurderingsintervall:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/programme_dialog.py" />
            <source>&amp;Description:</source>
            <translation>&amp;Beskrivelse:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/programme_dialog.py" />
            <source>No readiness framework is loaded</source>
            <translation>Ingen modenhetsrammeverk er lastet inn</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/programme_dialog.py" />
            <source>Import a framework file before creating a programme.</source>
            <translation>Importer en rammeverksfil før du oppretter et program.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/programme_dialog.py" />
            <source>{0} dimensions: {1}</source>
            <translation>{0} dimensjoner: {1}</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeModels</name>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Programme and cohorts</source>
            <translation>Program og kull</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Archived</source>
            <translation>Arkivert</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>{0} cohorts</source>
            <translation>{0} kull</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>1 cohort</source>
            <translation>1 kull</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Archived: hidden unless Show archived is ticked.</source>
            <translation>Arkivert: skjult med mindre «Vis arkiverte programmer» er krysset av.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>1 company</source>
            <translation>1 selskap</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>{0} companies</source>
            <translation>{0} selskaper</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>{0}
{1}
{2}, {3}</source>
            <translation>{0}
{1}
{2}, {3}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>{0} {1}</source>
            <translation>{0} {1}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>{0}, since {1}</source>
            <translation>{0}, siden {1}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>none</source>
            <translation>ingen</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>{0} of {1}</source>
            <translation>{0} av {1}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>{0}, {1} overdue</source>
            <translation>{0}, {1} forsinket</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Double-click to open {0}</source>
            <translation>Dobbeltklikk for å åpne {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>none assigned</source>
            <translation>ingen tildelt</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>{0} (already enrolled)</source>
            <translation>{0} (allerede tatt opp)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>{0} is already enrolled in this cohort</source>
            <translation>{0} er allerede tatt opp i dette kullet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>no due date</source>
            <translation>ingen frist</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>week {0}</source>
            <translation>uke {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>New: not saved yet</source>
            <translation>Ny: ikke lagret ennå</translation>
        </message>
    </context>
    <context>
        <name>Programmes</name>
        <message>
            <location filename="accelerator/services/programmes.py" />
            <source>{0} is not a mentor in this programme and may not see it</source>
            <translation>{0} er ikke mentor i dette programmet og har ikke tilgang til det</translation>
        </message>
        <message>
            <location filename="accelerator/services/programmes.py" />
            <source>no readiness framework is loaded in this database</source>
            <translation>det er ikke lastet inn noe modenhetsrammeverk i denne databasen</translation>
        </message>
        <message>
            <location filename="accelerator/services/programmes.py" />
            <source>framework {0} does not exist</source>
            <translation>rammeverk {0} finnes ikke</translation>
        </message>
        <message>
            <location filename="accelerator/services/programmes.py" />
            <source>a programme called {0} already exists</source>
            <translation>det finnes allerede et program som heter {0}</translation>
        </message>
        <message>
            <location filename="accelerator/services/programmes.py" />
            <source>Item {0} title</source>
            <translation>Tittel på punkt {0}</translation>
        </message>
        <message>
            <location filename="accelerator/services/programmes.py" />
            <source>Item {0} category</source>
            <translation>Kategori på punkt {0}</translation>
        </message>
        <message>
            <location filename="accelerator/services/programmes.py" />
            <source>Item {0} description</source>
            <translation>Beskrivelse av punkt {0}</translation>
        </message>
        <message>
            <location filename="accelerator/services/programmes.py" />
            <source>Item {0} due offset (weeks)</source>
            <translation>Frist for punkt {0} (uker fra start)</translation>
        </message>
        <message>
            <location filename="accelerator/services/programmes.py" />
            <source>template item {0} is not part of this programme</source>
            <translation>malpunkt {0} hører ikke til dette programmet</translation>
        </message>
        <message>
            <location filename="accelerator/services/programmes.py" />
            <source>both a start and an end date are required</source>
            <translation>både startdato og sluttdato må fylles ut</translation>
        </message>
        <message>
            <location filename="accelerator/services/programmes.py" />
            <source>programme {0} does not exist</source>
            <translation>program {0} finnes ikke</translation>
        </message>
        <message>
            <location filename="accelerator/services/programmes.py" />
            <source>{0} already has a cohort called {1}</source>
            <translation>{0} har allerede et kull som heter {1}</translation>
        </message>
    </context>
    <context>
        <name>ProgrammesPage</name>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>New &amp;programme…</source>
            <translation>Nytt &amp;program…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Set up a new programme (Ctrl+Shift+N)</source>
            <translation>Opprett et nytt program (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>New coh&amp;ort…</source>
            <translation>Nytt k&amp;ull…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Add a cohort to the selected programme</source>
            <translation>Legg til et kull i det valgte programmet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Show &amp;archived programmes</source>
            <translation>Vis &amp;arkiverte programmer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Programmes</source>
            <translation>Programmer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>No programmes yet</source>
            <translation>Ingen programmer ennå</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>A programme is one of your cluster's acceleration programmes. Give it a name and a cluster, choose the readiness framework its mentors assess with, and list the milestones every company should reach. Then add a cohort (one run of the programme, with its dates) and enrol companies in it.</source>
            <translation>Et program er et av klyngens akseleratorprogrammer. Gi det et navn og en klynge, velg modenhetsrammeverket mentorene vurderer etter, og list opp milepælene hvert selskap skal nå. Legg deretter til et kull (én gjennomføring av programmet, med egne datoer), og ta opp selskaper i det.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Create the first programme…</source>
            <translation>Opprett det første programmet…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Choose a programme or a cohort on the left.</source>
            <translation>Velg et program eller et kull til venstre.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>E&amp;dit programme…</source>
            <translation>Re&amp;diger program…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>A&amp;rchive</source>
            <translation>Ark&amp;iver</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Milestone template</source>
            <translation>Milepælsmal</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Enrolments</source>
            <translation>Deltakelser</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Programmes and cohorts</source>
            <translation>Programmer og kull</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>No programmes yet: create one with New programme.</source>
            <translation>Ingen programmer ennå: opprett et med Nytt program.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>No programmes, archived or not: create one with New programme.</source>
            <translation>Ingen programmer, verken arkiverte eller andre: opprett et med Nytt program.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Unsaved template</source>
            <translation>Ulagret mal</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>The milestone template of {0} has changes that are not saved. Save them?</source>
            <translation>Milepælsmalen for {0} har endringer som ikke er lagret. Vil du lagre dem?</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Archived: hidden from the lists until restored</source>
            <translation>Arkivert: skjult fra listene til det gjenopprettes</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Resto&amp;re</source>
            <translation>&amp;Gjenopprett</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Bring the programme back into the lists</source>
            <translation>Hent programmet tilbake til listene</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Hide the programme from the lists; nothing is deleted, and it can be restored under Show archived programmes</source>
            <translation>Skjul programmet fra listene; ingenting slettes, og det kan gjenopprettes under Vis arkiverte programmer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Enrolments in {0}</source>
            <translation>Deltakelser i {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Created {0}. Next, list its milestones here, then add a cohort with New cohort.</source>
            <translation>Opprettet {0}. List opp milepælene her, og legg deretter til et kull med Nytt kull.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Archived {0}. Nothing was deleted; tick Show archived programmes to see it again and restore it.</source>
            <translation>Arkiverte {0}. Ingenting ble slettet; kryss av for Vis arkiverte programmer for å se det igjen og gjenopprette det.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/programmes.py" />
            <source>Restored {0}.</source>
            <translation>Gjenopprettet {0}.</translation>
        </message>
    </context>
    <context>
        <name>ProjectDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>New joint project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Change the project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Create project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Save project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Strategic &amp;area:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>&amp;Status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Status &amp;reached on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Sta&amp;rts:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>&amp;Ends:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Total &amp;budget:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>kr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>&amp;Description:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>N&amp;otes:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProjectDialogs</name>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Type whole kroner, without øre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>The partner was removed from the project meanwhile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>The funding application was removed from the project meanwhile.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProjectStatus</name>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Idea</source>
            <translation>Idé</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Applying</source>
            <translation>Søknadsfase</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Granted</source>
            <translation>Innvilget</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Rejected</source>
            <translation>Avslått</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Running</source>
            <translation>Pågår</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Completed</source>
            <translation>Fullført</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Stopped</source>
            <translation>Stoppet</translation>
        </message>
    </context>
    <context>
        <name>ProjectTableModel</name>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>{0} kr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>{0} – {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>from {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>until {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>Since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>The day the project reached its status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>Area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>Strategic area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>Lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>Partners</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>How many organisations take part, the lead included</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>Clusters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>The partners' clusters and those added by hand; the icon marks a cross-cluster project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>Applied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>Funding applied for, every application together</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>Granted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>Funding granted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>Cross-cluster:
{0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>(a partner outside your cohorts)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>retired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>{0}; added by hand too</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/models/project_table.py" />
            <source>added by hand</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Projects</name>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>is required</source>
            <translation>må fylles ut</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>must be a whole number of kroner</source>
            <translation>må være et helt antall kroner</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>must not be negative</source>
            <translation>kan ikke være under null</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>is larger than any budget</source>
            <translation>er større enn noe budsjett kan være</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>joint project {0} does not exist (it may have been removed)</source>
            <translation>samarbeidsprosjekt {0} finnes ikke (det kan ha blitt fjernet)</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>{0} is not a mentor of any partner of this project and may not see it</source>
            <translation>{0} er ikke mentor for noen av partnerne i dette prosjektet og kan ikke se det</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>{0} is {1} already.</source>
            <translation>{0} har allerede statusen {1}.</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>must not be before the last step of the timeline ({0})</source>
            <translation>kan ikke være før siste steg i tidslinjen ({0})</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>Reached on</source>
            <translation>Statusdato</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>{0} was granted funding, which its funder accounts for: it stays on record. Set its status to stopped instead.</source>
            <translation>{0} har fått innvilget midler som finansiøren skal ha regnskap for, så prosjektet blir stående. Sett statusen til «Stoppet» i stedet.</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>Total budget</source>
            <translation>Totalbudsjett</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>must not be before the start ({0})</source>
            <translation>kan ikke være før starten ({0})</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>End</source>
            <translation>Slutt</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>strategic area {0} does not exist (it may have been removed)</source>
            <translation>innsatsområde {0} finnes ikke (det kan ha blitt fjernet)</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>Strategic area</source>
            <translation>Innsatsområde</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>{0} is retired; choose another</source>
            <translation>{0} er tatt ut av bruk; gjør et annet valg</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>meeting {0} does not exist (it may have been removed)</source>
            <translation>møte {0} finnes ikke (det kan ha blitt fjernet)</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>From the meeting</source>
            <translation>Fra møtet</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>a link needs its address</source>
            <translation>en lenke må ha en adresse</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>Link</source>
            <translation>Lenke</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>is too long</source>
            <translation>er for lang</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>a partner stays the organisation it is; remove it and add the other</source>
            <translation>en partner kan ikke bytte organisasjon; fjern partneren og legg til den andre</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>project partner {0} does not exist (it may have been removed)</source>
            <translation>prosjektpartner {0} finnes ikke (den kan ha blitt fjernet)</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>{0} is not a partner's role</source>
            <translation>{0} er ikke en partnerrolle</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>Own share</source>
            <translation>Egenandel</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>organisation {0} does not exist (it may have been removed)</source>
            <translation>organisasjon {0} finnes ikke (den kan ha blitt fjernet)</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>{0} is a partner of this project already</source>
            <translation>{0} er allerede partner i dette prosjektet</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>{0} leads this project already; a project has one lead</source>
            <translation>{0} er allerede prosjektansvarlig; et prosjekt har bare én prosjektansvarlig</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>cluster {0} does not exist (it may have been removed)</source>
            <translation>klynge {0} finnes ikke (den kan ha blitt fjernet)</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>{0} was added to this project already</source>
            <translation>{0} er allerede lagt til i dette prosjektet</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>this cluster was not added to the project by hand</source>
            <translation>denne klyngen er ikke lagt til i prosjektet manuelt</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>funding application {0} does not exist (it may have been removed)</source>
            <translation>finansieringssøknad {0} finnes ikke (den kan ha blitt fjernet)</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>Amount applied for</source>
            <translation>Omsøkt beløp</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>Amount granted</source>
            <translation>Innvilget beløp</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>{0} is not a decision</source>
            <translation>{0} er ikke et mulig vedtak</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>a grant needs its amount</source>
            <translation>en innvilget søknad må ha et beløp</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>only a granted application has an amount granted</source>
            <translation>bare en innvilget søknad kan ha innvilget beløp</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>an application not decided yet has no decision day</source>
            <translation>en søknad som ikke er avgjort ennå, har ingen vedtaksdato</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>Decided on</source>
            <translation>Vedtaksdato</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>must not be in the future</source>
            <translation>kan ikke være frem i tid</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>Reference</source>
            <translation>Referanse</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>funding scheme {0} does not exist (it may have been removed)</source>
            <translation>finansieringsordning {0} finnes ikke (den kan ha blitt fjernet)</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>Scheme</source>
            <translation>Ordning</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>{0} is in use: retire it instead</source>
            <translation>{0} er i bruk og kan bare tas ut av bruk, ikke slettes</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>{0} is in the list already</source>
            <translation>{0} står allerede på listen</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>{0} is not a project's status</source>
            <translation>{0} er ikke en prosjektstatus</translation>
        </message>
    </context>
    <context>
        <name>ProposalTableModel</name>
        <message>
            <location filename="accelerator/ui/models/need_table.py" />
            <source>Needed by</source>
            <translation>Behov hos</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/need_table.py" />
            <source>Need</source>
            <translation>Behov</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/need_table.py" />
            <source>Offered by</source>
            <translation>Tilbud fra</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/need_table.py" />
            <source>Offer</source>
            <translation>Tilbud</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/need_table.py" />
            <source>Why</source>
            <translation>Hvorfor</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/need_table.py" />
            <source>Score</source>
            <translation>Poeng</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/need_table.py" />
            <source>How well the two fit: the higher, the better</source>
            <translation>Hvor godt de to passer: jo høyere, jo bedre</translation>
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
        <message>
            <location filename="Qt" />
            <source>&amp;Look in:</source>
            <translation>&amp;Søk i:</translation>
        </message>
        <message>
            <location filename="Qt" />
            <source>Files of &amp;type:</source>
            <translation>Fil&amp;type:</translation>
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
        <message>
            <location filename="Qt" />
            <source>Page &amp;Set:</source>
            <translation>Si&amp;deutvalg:</translation>
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
        <name>Readiness</name>
        <message>
            <location filename="accelerator/domain/readiness.py" />
            <source>technology</source>
            <translation>teknologi</translation>
        </message>
        <message>
            <location filename="accelerator/domain/readiness.py" />
            <source>customer</source>
            <translation>kunde</translation>
        </message>
        <message>
            <location filename="accelerator/domain/readiness.py" />
            <source>business model</source>
            <translation>forretningsmodell</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/domain/readiness.py" />
            <source>%n levels</source>
            <translation>
                <numerusform>%n nivå</numerusform>
                <numerusform>%n nivåer</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/domain/readiness.py" />
            <source>{0} levels</source>
            <comment>a number with decimals</comment>
            <translation>{0} nivåer</translation>
        </message>
        <message>
            <location filename="accelerator/domain/readiness.py" />
            <source>Not enough levels to judge: {0} has no level yet.</source>
            <translation>For få nivåer til å vurdere: {0} har ikke noe nivå ennå.</translation>
        </message>
        <message>
            <location filename="accelerator/domain/readiness.py" />
            <source>Not enough levels to judge: {0} have no level yet.</source>
            <translation>For få nivåer til å vurdere: {0} har ikke noe nivå ennå.</translation>
        </message>
        <message>
            <location filename="accelerator/domain/readiness.py" />
            <source>{0} is at {1} while {2} and {3} average {4}: {5} ahead, flagged ({6} or more).</source>
            <translation>{0} ligger på {1}, mens {2} og {3} i snitt ligger på {4}: {5} foran, flagget ({6} eller mer).</translation>
        </message>
        <message>
            <location filename="accelerator/domain/readiness.py" />
            <source>No gap: {0} is at {1} while {2} and {3} average {4}: {5} ahead, under {6}.</source>
            <translation>Ikke noe gap: {0} ligger på {1}, mens {2} og {3} i snitt ligger på {4}: {5} foran, under {6}.</translation>
        </message>
        <message>
            <location filename="accelerator/domain/readiness.py" />
            <source>No gap: {0} is at {1} while {2} and {3} average {4}: {5} behind.</source>
            <translation>Ikke noe gap: {0} ligger på {1}, mens {2} og {3} i snitt ligger på {4}: {5} bak.</translation>
        </message>
        <message>
            <location filename="accelerator/domain/readiness.py" />
            <source>No gap: {0} is at {1} while {2} and {3} average {4}.</source>
            <translation>Ikke noe gap: {0} ligger på {1}, mens {2} og {3} i snitt ligger på {4}.</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>assessment notes</source>
            <translation>vurderingsnotater</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <location filename="accelerator/services/base.py" />
            <source>assessment</source>
            <translation>vurdering</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>member tier</source>
            <translation>medlemsnivå</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <location filename="accelerator/services/base.py" />
            <source>cluster</source>
            <translation>klynge</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <location filename="accelerator/services/base.py" />
            <source>cohort</source>
            <translation>kull</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <location filename="accelerator/services/base.py" />
            <source>company</source>
            <translation>selskap</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <location filename="accelerator/services/base.py" />
            <source>contact</source>
            <translation>kontaktperson</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>dimension</source>
            <translation>dimensjon</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <location filename="accelerator/services/base.py" />
            <source>enrolment</source>
            <translation>deltakelse</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>event host</source>
            <translation>arrangørklynge</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <location filename="accelerator/services/base.py" />
            <source>event</source>
            <translation>arrangement</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <location filename="accelerator/services/base.py" />
            <source>funding application</source>
            <translation>finansieringssøknad</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <location filename="accelerator/services/base.py" />
            <source>funding scheme</source>
            <translation>finansieringsordning</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>level description</source>
            <translation>nivåbeskrivelse</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <location filename="accelerator/services/base.py" />
            <source>meeting</source>
            <translation>møte</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <location filename="accelerator/services/base.py" />
            <source>membership</source>
            <translation>medlemskap</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>mentor assignment</source>
            <translation>mentortildeling</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>template item</source>
            <translation>malpunkt</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <location filename="accelerator/services/base.py" />
            <source>milestone</source>
            <translation>milepæl</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <location filename="accelerator/services/base.py" />
            <source>need or offer</source>
            <translation>behov eller tilbud</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <location filename="accelerator/services/base.py" />
            <source>programme</source>
            <translation>program</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>project cluster</source>
            <translation>prosjektklynge</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>project document</source>
            <translation>prosjektdokument</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <location filename="accelerator/services/base.py" />
            <source>project partner</source>
            <translation>prosjektpartner</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>project status change</source>
            <translation>statusendring for prosjekt</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <location filename="accelerator/services/base.py" />
            <source>joint project</source>
            <translation>samarbeidsprosjekt</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <location filename="accelerator/services/base.py" />
            <source>readiness framework</source>
            <translation>modenhetsrammeverk</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <location filename="accelerator/services/base.py" />
            <source>registration</source>
            <translation>påmelding</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <source>readiness level</source>
            <translation>modenhetsnivå</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <location filename="accelerator/services/base.py" />
            <source>strategic area</source>
            <translation>innsatsområde</translation>
        </message>
        <message>
            <location filename="accelerator/services/audit_log.py" />
            <location filename="accelerator/services/base.py" />
            <source>user</source>
            <translation>bruker</translation>
        </message>
        <message>
            <location filename="accelerator/services/base.py" />
            <source>organisation</source>
            <translation>organisasjon</translation>
        </message>
        <message>
            <location filename="accelerator/services/base.py" />
            <source>record</source>
            <translation>oppføring</translation>
        </message>
    </context>
    <context>
        <name>RegisterDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>Register for {0}</source>
            <translation>Påmelding til {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>Register</source>
            <translation>Meld på</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>A name or org. number; empty for none</source>
            <translation>Et navn eller org.nr.; tomt for ingen</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>A contact's name, or a guest's</source>
            <translation>Navnet på en kontaktperson eller gjest</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisasjon:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>&amp;Person:</source>
            <translation>&amp;Person:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>&amp;E-mail:</source>
            <translation>&amp;E-post:</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>%n places left; once every place is taken, newcomers join the waitlist.</source>
            <translation>
                <numerusform>%n plass igjen; når alle plassene er tatt, havner nye på venteliste.</numerusform>
                <numerusform>%n plasser igjen; når alle plassene er tatt, havner nye på venteliste.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>Not on record: registered as typed, with a guest.</source>
            <translation>Ikke registrert: føres opp slik den er skrevet, med en gjest.</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>On record: %n contacts to choose from.</source>
            <translation>
                <numerusform>Registrert: %n kontaktperson å velge.</numerusform>
                <numerusform>Registrert: %n kontaktpersoner å velge mellom.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>A contact on record: {0}</source>
            <translation>En registrert kontaktperson: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/event_dialogs.py" />
            <source>A guest: give their e-mail address below.</source>
            <translation>En gjest: skriv e-postadressen nedenfor.</translation>
        </message>
    </context>
    <context>
        <name>RegistrationImportDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/registration_import.py" />
            <source>Import registrations for {0}</source>
            <translation>Importer påmeldinger til {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/registration_import.py" />
            <source>A CSV file or Excel workbook from a registration tool: a name (or first and last name), e-mail, organisation and org. number. Nothing is registered until every row is right.</source>
            <translation>En CSV-fil eller Excel-arbeidsbok fra et påmeldingsverktøy: navn (eller fornavn og etternavn), e-post, organisasjon og org.nr. Ingen meldes på før alle radene er riktige.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/registration_import.py" />
            <source>Type or paste a path, or choose a file</source>
            <translation>Skriv eller lim inn en sti, eller velg en fil</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/registration_import.py" />
            <source>C&amp;hoose…</source>
            <translation>&amp;Velg…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/registration_import.py" />
            <source>&amp;File:</source>
            <translation>&amp;Fil:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/registration_import.py" />
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/registration_import.py" />
            <source>Import registrations from</source>
            <translation>Importer påmeldinger fra</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/registration_import.py" />
            <source>Registration files (*.csv *.txt *.xlsx);;All files (*)</source>
            <translation>Påmeldingsfiler (*.csv *.txt *.xlsx);;Alle filer (*)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/registration_import.py" />
            <source>There is no file at {0}.</source>
            <translation>Det finnes ingen fil på {0}.</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/dialogs/registration_import.py" />
            <source>%n rows from the workbook's first sheet.</source>
            <translation>
                <numerusform>%n rad fra arbeidsbokens første ark.</numerusform>
                <numerusform>%n rader fra arbeidsbokens første ark.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/dialogs/registration_import.py" />
            <source>%n rows, {0}, columns separated by {1}.</source>
            <translation>
                <numerusform>%n rad, {0}, kolonner skilt med {1}.</numerusform>
                <numerusform>%n rader, {0}, kolonner skilt med {1}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/registration_import.py" />
            <source>Read: {0}</source>
            <translation>Leses: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/registration_import.py" />
            <source>Not read: {0}</source>
            <translation>Leses ikke: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/dialogs/registration_import.py" />
            <source>and %n more</source>
            <translation>
                <numerusform>og %n til</numerusform>
                <numerusform>og %n til</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/registration_import.py" />
            <source>Nothing can be imported until these rows are put right:</source>
            <translation>Ingenting kan importeres før disse radene er rettet:</translation>
        </message>
    </context>
    <context>
        <name>RegistrationPreviewModel</name>
        <message>
            <location filename="accelerator/ui/dialogs/registration_import.py" />
            <source>Row</source>
            <translation>Rad</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/registration_import.py" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/registration_import.py" />
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/registration_import.py" />
            <source>Organisation</source>
            <translation>Organisasjon</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/registration_import.py" />
            <source>What happens</source>
            <translation>Hva som skjer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/registration_import.py" />
            <source>On the list already: left as they are</source>
            <translation>Står allerede på listen: blir stående som før</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/registration_import.py" />
            <source>{0}; the organisation is registered too</source>
            <translation>{0}; organisasjonen registreres også</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/registration_import.py" />
            <source>{0}; they become a contact of the organisation</source>
            <translation>{0}; personen blir kontaktperson i organisasjonen</translation>
        </message>
    </context>
    <context>
        <name>RegistrationSource</name>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Registered by hand</source>
            <translation>Påmeldt manuelt</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Imported</source>
            <translation>Importert</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>At the door</source>
            <translation>Ved døren</translation>
        </message>
    </context>
    <context>
        <name>RegistrationStatus</name>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Registered</source>
            <translation>Påmeldt</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Waitlisted</source>
            <translation>På venteliste</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Cancelled</source>
            <translation>Avmeldt</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Attended</source>
            <translation>Møtt</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>No-show</source>
            <translation>Møtte ikke</translation>
        </message>
    </context>
    <context>
        <name>RegistrationTableModel</name>
        <message>
            <location filename="accelerator/ui/models/event_table.py" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/event_table.py" />
            <source>Organisation</source>
            <translation>Organisasjon</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/event_table.py" />
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/event_table.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/event_table.py" />
            <source>Registered</source>
            <translation>Påmeldt</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/event_table.py" />
            <source>In line</source>
            <translation>I kø</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/event_table.py" />
            <source>Their place in the waitlist: 1 is offered first</source>
            <translation>Plassen i ventelisten: nummer 1 får tilbud først</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/event_table.py" />
            <source>Attended (walk-in)</source>
            <translation>Møtte (uten påmelding)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/event_table.py" />
            <source>A guest: not a contact on record</source>
            <translation>En gjest: ikke en registrert kontaktperson</translation>
        </message>
    </context>
    <context>
        <name>ReportActions</name>
        <message>
            <location filename="accelerator/ui/report_actions.py" />
            <source>P&amp;rint report…</source>
            <translation>Skriv &amp;ut rapport…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/report_actions.py" />
            <source>Generate, preview and print a cohort or company report</source>
            <translation>Lag, forhåndsvis og skriv ut en kullrapport eller selskapsrapport</translation>
        </message>
    </context>
    <context>
        <name>ReportPreview</name>
        <message>
            <location filename="accelerator/ui/widgets/report_preview.py" />
            <source>Previous page</source>
            <translation>Forrige side</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/report_preview.py" />
            <source>Next page</source>
            <translation>Neste side</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/report_preview.py" />
            <source>Zoom out</source>
            <translation>Zoom ut</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/report_preview.py" />
            <source>Zoom in</source>
            <translation>Zoom inn</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/report_preview.py" />
            <source>Fit to width</source>
            <translation>Tilpass til bredden</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/report_preview.py" />
            <source>Page {0} of {1}</source>
            <translation>Side {0} av {1}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/report_preview.py" />
            <source>No report</source>
            <translation>Ingen rapport</translation>
        </message>
    </context>
    <context>
        <name>Reporting</name>
        <message>
            <location filename="accelerator/services/cluster_reports.py" />
            <location filename="accelerator/services/collab_reports.py" />
            <location filename="accelerator/services/reporting.py" />
            <source>the page size must be A4 or Letter, not {0}</source>
            <translation>sidestørrelsen må være A4 eller Letter, ikke {0}</translation>
        </message>
        <message>
            <location filename="accelerator/services/cluster_reports.py" />
            <location filename="accelerator/services/collab_reports.py" />
            <location filename="accelerator/services/reporting.py" />
            <source>cannot write {0}: it is a folder. Give a file name.</source>
            <translation>kan ikke skrive {0}: det er en mappe. Oppgi et filnavn.</translation>
        </message>
        <message>
            <location filename="accelerator/services/collab_reports.py" />
            <source>the year must be a year from {0} to {1}, not {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/services/reporting.py" />
            <source>the period ends before it starts</source>
            <translation>perioden slutter før den starter</translation>
        </message>
        <message>
            <location filename="accelerator/services/reporting.py" />
            <source>the start – {0}</source>
            <translation>starten – {0}</translation>
        </message>
        <message>
            <location filename="accelerator/services/reporting.py" />
            <source>{0} – today</source>
            <translation>{0} – i dag</translation>
        </message>
        <message>
            <location filename="accelerator/services/reporting.py" />
            <source>{0} – {1}</source>
            <translation>{0} – {1}</translation>
        </message>
        <message>
            <location filename="accelerator/services/reporting.py" />
            <source>{0} ({1}) may not include confidential notes; only a coordinator may</source>
            <translation>{0} ({1}) kan ikke ta med fortrolige notater; det kan bare en koordinator</translation>
        </message>
        <message>
            <location filename="accelerator/services/reporting.py" />
            <source>a report can be written in {0}, not {1}</source>
            <translation>en rapport kan skrives på {0}, ikke {1}</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <location filename="accelerator/reports/kickoff.py" />
            <source>Companies</source>
            <translation>Selskaper</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <source>{0}: {1} kick-off report</source>
            <translation>{0}: oppstartsrapport for {1}</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <source>{0}: {1} cohort report</source>
            <translation>{0}: kullrapport for {1}</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <source>INTERNAL · CONFIDENTIAL</source>
            <translation>INTERN · FORTROLIG</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <source>all assessed</source>
            <translation>alle vurdert</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <source>Mean readiness</source>
            <translation>Gjennomsnittlig modenhet</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <location filename="accelerator/reports/company_report.py" />
            <source>{0} since baseline</source>
            <translation>{0} siden startvurderingen</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <source>Gap flagged</source>
            <translation>Flagget gap</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <source>ahead on technology</source>
            <translation>teknologien ligger foran</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <location filename="accelerator/reports/wording.py" />
            <source>At risk</source>
            <translation>I faresonen</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <source>see the summary</source>
            <translation>se sammendraget</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <location filename="accelerator/reports/company_report.py" />
            <source>Milestones done</source>
            <translation>Fullførte milepæler</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <location filename="accelerator/reports/company_report.py" />
            <source>{0} of {1}</source>
            <translation>{0} av {1}</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <location filename="accelerator/reports/kickoff.py" />
            <source>About the programme</source>
            <translation>Om programmet</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <source>How to read this report</source>
            <translation>Slik leser du rapporten</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <source>&lt;b&gt;Levels&lt;/b&gt; run from 1 to 9 on each dimension of the readiness framework ({0}); each level has a short description, printed beside the company's level in its section.</source>
            <translation>&lt;b&gt;Nivåene&lt;/b&gt; går fra 1 til 9 på hver dimensjon i modenhetsrammeverket ({0}); hvert nivå har en kort beskrivelse, som står ved siden av selskapets nivå i avsnittet om selskapet.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <source>&lt;b&gt;Levels&lt;/b&gt; run from 1 to 9 on each dimension of the readiness framework; each level has a short description, printed beside the company's level in its section.</source>
            <translation>&lt;b&gt;Nivåene&lt;/b&gt; går fra 1 til 9 på hver dimensjon i modenhetsrammeverket; hvert nivå har en kort beskrivelse, som står ved siden av selskapets nivå i avsnittet om selskapet.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <source>&lt;b&gt;Change since baseline&lt;/b&gt; compares the latest assessment with the first (baseline) one: ↑ up, ↓ down.</source>
            <translation>&lt;b&gt;Endring siden startvurderingen&lt;/b&gt; sammenligner den siste vurderingen med den første (startvurderingen): ↑ opp, ↓ ned.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <source>&lt;b&gt;Business-orientation gap&lt;/b&gt;: technology level minus the mean of the customer and business-model levels. ▲ marks a gap of 3 or more: technology running ahead of the business.</source>
            <translation>&lt;b&gt;Forretningsgap&lt;/b&gt;: teknologinivået minus gjennomsnittet av nivåene for kunde og forretningsmodell. ▲ markerer et gap på 3 eller mer: teknologien ligger foran forretningen.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <source>&lt;b&gt;At risk&lt;/b&gt;: no assessment for more than six weeks, milestones past their due date, or levels that fell in the latest assessment.</source>
            <translation>&lt;b&gt;I faresonen&lt;/b&gt;: ingen vurdering på mer enn seks uker, milepæler som har passert fristen, eller nivåer som falt i den siste vurderingen.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <source>Notes that mentors marked confidential are not included.</source>
            <translation>Notater som mentorene har merket som fortrolige, er ikke tatt med.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <location filename="accelerator/reports/company_report.py" />
            <source>Dimension</source>
            <translation>Dimensjon</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <source>Cohort mean level</source>
            <translation>Snittnivå i kullet</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <source>Mean change since baseline</source>
            <translation>Snittendring siden startvurderingen</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <source>The cohort at a glance</source>
            <translation>Kullet i korte trekk</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <source>Contents</source>
            <translation>Innhold</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <source>Summary</source>
            <translation>Sammendrag</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <source>Cohort charts</source>
            <translation>Diagrammer for kullet</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/reports/cohort_report.py" />
            <source>%n companies. Each level cell shows the current level with its change since the baseline (↑ up, ↓ down); ▲ flags a business-orientation gap of 3 or more; milestones count those done of those that apply.</source>
            <translation>
                <numerusform>%n selskap. Hver nivårute viser dagens nivå med endringen siden startvurderingen (↑ opp, ↓ ned); ▲ markerer et forretningsgap på 3 eller mer; milepæler viser hvor mange av de aktuelle som er fullført.</numerusform>
                <numerusform>%n selskaper. Hver nivårute viser dagens nivå med endringen siden startvurderingen (↑ opp, ↓ ned); ▲ markerer et forretningsgap på 3 eller mer; milepæler viser hvor mange av de aktuelle som er fullført.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <location filename="accelerator/reports/kickoff.py" />
            <source>Company</source>
            <translation>Selskap</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <source>Gap</source>
            <translation>Gap</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <location filename="accelerator/reports/company_report.py" />
            <source>Overdue</source>
            <translation>Forsinket</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <source>Business-orientation gap flagged</source>
            <translation>Flagget forretningsgap</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <source>Readiness levels by company and dimension</source>
            <translation>Modenhetsnivå per selskap og dimensjon</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <source>The current level of each company on each dimension; darker is further along.</source>
            <translation>Dagens nivå for hvert selskap på hver dimensjon; jo mørkere, desto lenger har selskapet kommet.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <source>Distribution of levels per dimension</source>
            <translation>Fordeling av nivåer per dimensjon</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <source>How many companies stand at each level (1 to 9) of each dimension.</source>
            <translation>Hvor mange selskaper som står på hvert nivå (1 til 9) i hver dimensjon.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <source>Milestones done per company</source>
            <translation>Fullførte milepæler per selskap</translation>
        </message>
        <message>
            <location filename="accelerator/reports/cohort_report.py" />
            <source>The share of applicable milestones done; milestones past their due date and still open are counted as overdue.</source>
            <translation>Andelen av de aktuelle milepælene som er fullført; milepæler som har passert fristen og fortsatt er åpne, telles som forsinket.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <source>{0}: joint projects {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <source>Joint projects {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <source>Collaboration report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <source>Every cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <source>{0}: collaboration report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <source>The joint projects active in {0}: running at some time in the year, or reaching a status in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <source>Projects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <source>active in the year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <location filename="accelerator/reports/company_report.py" />
            <location filename="accelerator/reports/event_report.py" />
            <source>Across clusters</source>
            <translation>På tvers av klynger</translation>
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <source>two clusters or more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <source>Applied for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <source>kroner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <source>Granted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <source>Only the projects of the companies you mentor are counted, and only their names are given: the clusters had others too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <source>Projects by status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <source>No joint project was active in {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <location filename="accelerator/reports/company_report.py" />
            <location filename="accelerator/reports/event_report.py" />
            <location filename="accelerator/reports/kickoff.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <source>Projects by strategic area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <source>Strategic area</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="accelerator/reports/collab_report.py" />
            <source>%n projects have no strategic area.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <source>Cross-cluster projects by pair of clusters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <source>No project crossed clusters in {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <location filename="accelerator/reports/event_report.py" />
            <location filename="accelerator/reports/member_report.py" />
            <source>Cluster</source>
            <translation>Klynge</translation>
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <source>With cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <source>A project of three clusters counts once for each of its pairs. A project's clusters are its partners' on its start date, and those added by hand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <source>Funding by scheme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <source>No funding was applied for by these projects.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <source>Scheme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <source>Applications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <source>Applied for (NOK)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <source>Granted (NOK)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <location filename="accelerator/reports/member_report.py" />
            <source>Total</source>
            <translation>Totalt</translation>
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <source>Every application of the year's projects, decided or pending; Granted counts the applications granted and the amounts granted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <source>The projects of {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <source>Project and partners</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <source>Lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <location filename="accelerator/reports/event_report.py" />
            <location filename="accelerator/reports/member_report.py" />
            <source>Clusters</source>
            <translation>Klynger</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/reports/collab_report.py" />
            <source>%n other partners</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <source>{0} and {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <source>No other partner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <source>With {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <source>Collaboration map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/collab_report.py" />
            <source>The organisations of the year's projects and the clusters involved. A line joins two partners of a project, wider the more projects they share; a dashed line, a meeting that led to one. A ring holds a cluster's members.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>why: {0}</source>
            <translation>begrunnelse: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>see note {0} below</source>
            <translation>se note {0} nedenfor</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Why:</source>
            <translation>Begrunnelse:</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>(continued in note {0} below)</source>
            <translation>(fortsetter i note {0} nedenfor)</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Note {0} ({1}): </source>
            <translation>Note {0} ({1}): </translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>At risk:</source>
            <translation>I faresonen:</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Readiness by dimension</source>
            <translation>Modenhet per dimensjon</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Business-orientation gap</source>
            <translation>Forretningsgap</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Next steps</source>
            <translation>Neste steg</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Milestones</source>
            <translation>Milepæler</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>No milestones on this company's checklist.</source>
            <translation>Ingen milepæler på selskapets milepælsliste.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Events and meetings</source>
            <translation>Arrangementer og møter</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>During the enrolment, {0} to {1}.</source>
            <translation>Under deltakelsen, fra {0} til {1}.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Since the company joined the cohort on {0}.</source>
            <translation>Siden selskapet ble tatt opp i kullet {0}.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Events attended</source>
            <translation>Arrangementer selskapet deltok på</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Event</source>
            <translation>Arrangement</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Who attended</source>
            <translation>Hvem som deltok</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>None: nobody from the company attended an event in this time.</source>
            <translation>Ingen: ingen fra selskapet deltok på noe arrangement i denne perioden.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Meetings held</source>
            <translation>Møter som ble holdt</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <location filename="accelerator/reports/meeting_plan.py" />
            <source>With</source>
            <translation>Med</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Where</source>
            <translation>Hvor</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <location filename="accelerator/reports/event_report.py" />
            <source>Outcome</source>
            <translation>Utfall</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <location filename="accelerator/reports/event_report.py" />
            <source>Not recorded yet</source>
            <translation>Ikke ført ennå</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>None: the company held no meetings with other organisations in this time.</source>
            <translation>Ingen: selskapet hadde ingen møter med andre organisasjoner i denne perioden.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Joint projects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>None: the company started or joined no joint project in this time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Yes: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Mentors: {0}</source>
            <translation>Mentorer: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Mentor: {0}</source>
            <translation>Mentor: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>No mentor assigned</source>
            <translation>Ingen mentor tildelt</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>{0} in {1}</source>
            <translation>{0} i {1}</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>joined {0}</source>
            <translation>tatt opp {0}</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>no baseline yet</source>
            <translation>ingen startvurdering ennå</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>not enough levels</source>
            <translation>for få nivåer</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>flagged: 3 or more</source>
            <translation>flagget: 3 eller mer</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>under the flag of 3</source>
            <translation>under grensen på 3</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <location filename="accelerator/reports/kickoff.py" />
            <source>{0} overdue</source>
            <translation>{0} forsinket</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>none overdue</source>
            <translation>ingen forsinket</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Readiness index</source>
            <translation>Modenhetsindeks</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/reports/company_report.py" />
            <source>%n reasons, see below</source>
            <translation>
                <numerusform>%n årsak, se nedenfor</numerusform>
                <numerusform>%n årsaker, se nedenfor</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>not assessed yet</source>
            <translation>ikke vurdert ennå</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>last assessed {0}</source>
            <translation>sist vurdert {0}</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Latest ({0})</source>
            <translation>Siste ({0})</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Latest</source>
            <translation>Siste</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Baseline ({0})</source>
            <translation>Startvurdering ({0})</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Baseline</source>
            <translation>Startvurdering</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Baseline and latest</source>
            <translation>Startvurdering og siste vurdering</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Levels over time</source>
            <translation>Nivåer over tid</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Level</source>
            <translation>Nivå</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Since
baseline</source>
            <translation>Siden
start</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>What the level means</source>
            <translation>Hva nivået betyr</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Not assessed yet.</source>
            <translation>Ikke vurdert ennå.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Why: {0}</source>
            <translation>Begrunnelse: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>why {0} is at {1}</source>
            <translation>begrunnelse for {0} på nivå {1}</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>{0}, level {1}</source>
            <translation>{0}, nivå {1}</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Not enough levels to judge</source>
            <translation>For få nivåer til å avgjøre</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>{0} levels: flagged</source>
            <translation>{0} nivåer: flagget</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>{0} levels: not flagged</source>
            <translation>{0} nivåer: ikke flagget</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>No gap</source>
            <translation>Ingen gap</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>The gap is the technology level minus the mean of the customer and business-model levels; 3 or more marks a company ahead on technology and behind on business.</source>
            <translation>Gapet er teknologinivået minus gjennomsnittet av nivåene for kunde og forretningsmodell; 3 eller mer markerer et selskap som ligger foran på teknologi og bak på forretning.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <location filename="accelerator/reports/kickoff.py" />
            <source>Milestone</source>
            <translation>Milepæl</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Dates</source>
            <translation>Datoer</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Evidence</source>
            <translation>Dokumentasjon</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Due {0}</source>
            <translation>Frist {0}</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Done {0}</source>
            <translation>Fullført {0}</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>why “{0}” is blocked</source>
            <translation>hvorfor «{0}» er blokkert</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Blocked:</source>
            <translation>Blokkert:</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>evidence for “{0}”</source>
            <translation>dokumentasjon for «{0}»</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Assessment notes</source>
            <translation>Vurderingsnotater</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>No notes recorded.</source>
            <translation>Ingen notater registrert.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>No notes recorded. Confidential notes are not included.</source>
            <translation>Ingen notater registrert. Fortrolige notater er ikke tatt med.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>CONFIDENTIAL</source>
            <translation>FORTROLIG</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Next steps:</source>
            <translation>Neste steg:</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Confidential notes are not included in this report.</source>
            <translation>Fortrolige notater er ikke tatt med i denne rapporten.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <location filename="accelerator/reports/member_report.py" />
            <source>Org. no.</source>
            <translation>Org.nr.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Registry no.</source>
            <translation>Registreringsnr.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <location filename="accelerator/reports/kickoff.py" />
            <source>Sector</source>
            <translation>Bransje</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Founded</source>
            <translation>Stiftet</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Employees</source>
            <translation>Ansatte</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Home cluster</source>
            <translation>Hjemmeklynge</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Website</source>
            <translation>Nettsted</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Contact</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Technology</source>
            <translation>Teknologi</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>{0}: progress report</source>
            <translation>{0}: fremdriftsrapport</translation>
        </message>
        <message>
            <location filename="accelerator/reports/company_report.py" />
            <source>Company progress report</source>
            <translation>Fremdriftsrapport for selskap</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Event report</source>
            <translation>Arrangementsrapport</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>{0}: event report</source>
            <translation>{0}: arrangementsrapport</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Not on record</source>
            <translation>Ikke registrert</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>When</source>
            <translation>Når</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>{0} (Norwegian time)</source>
            <translation>{0} (norsk tid)</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Place</source>
            <translation>Sted</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Hosted by</source>
            <translation>Arrangør</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>No host cluster recorded</source>
            <translation>Ingen arrangørklynge registrert</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Cohort</source>
            <translation>Kull</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Capacity</source>
            <translation>Kapasitet</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/reports/event_report.py" />
            <source>%n places</source>
            <translation>
                <numerusform>%n plass</numerusform>
                <numerusform>%n plasser</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>No limit</source>
            <translation>Ingen grense</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Open to</source>
            <translation>Åpent for</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Public</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Internal: by invitation</source>
            <translation>Internt: etter invitasjon</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>{0}, and online: {1}</source>
            <translation>{0}, og digitalt: {1}</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>{0}, and online</source>
            <translation>{0}, og digitalt</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Online: {0}</source>
            <translation>Digitalt: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Online</source>
            <translation>Digitalt</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Signed up</source>
            <translation>Påmeldinger</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>before the day</source>
            <translation>før dagen</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Attended</source>
            <translation>Møtt</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/reports/event_report.py" />
            <source>%n walk-ins among them</source>
            <translation>
                <numerusform>%n uten påmelding</numerusform>
                <numerusform>%n uten påmelding</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>No-shows</source>
            <translation>Møtte ikke</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>turnout {0}</source>
            <translation>oppmøte {0}</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Waitlisted</source>
            <translation>På venteliste</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Cancelled</source>
            <translation>Avmeldt</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Registered</source>
            <translation>Påmeldt</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>with a place</source>
            <translation>med plass</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Places left</source>
            <translation>Ledige plasser</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Only the people of the organisations you mentor are counted: the event had others too.</source>
            <translation>Bare folk fra organisasjonene du er mentor for, er talt med: arrangementet hadde også andre.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Registrations</source>
            <translation>Påmeldinger</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>waiting for a place</source>
            <translation>venter på plass</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>checked in at the door, walk-ins included</source>
            <translation>sjekket inn i døra, medregnet de uten påmelding</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Walk-ins</source>
            <translation>Uten påmelding</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>came without registering</source>
            <translation>kom uten å være påmeldt</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>had a place and did not come</source>
            <translation>hadde plass og kom ikke</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>cancelled before the day</source>
            <translation>meldte seg av før dagen</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>People</source>
            <translation>Personer</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>What it means</source>
            <translation>Hva det betyr</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>had a place and were neither checked in nor marked a no-show</source>
            <translation>hadde plass, men ble verken sjekket inn eller registrert som ikke møtt</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>have a place</source>
            <translation>har plass</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Attendance by organisation kind</source>
            <translation>Oppmøte etter organisasjonstype</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Attendance by cluster</source>
            <translation>Oppmøte etter klynge</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Registered by organisation kind</source>
            <translation>Påmeldte etter organisasjonstype</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Registered by cluster</source>
            <translation>Påmeldte etter klynge</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Nobody was checked in at this event.</source>
            <translation>Ingen ble sjekket inn på dette arrangementet.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Nobody has a place at this event yet.</source>
            <translation>Ingen har plass på dette arrangementet ennå.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <location filename="accelerator/reports/member_report.py" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/reports/event_report.py" />
            <source>%n people named no organisation; they are counted under Not on record.</source>
            <translation>
                <numerusform>%n person oppga ingen organisasjon og er talt med under Ikke registrert.</numerusform>
                <numerusform>%n personer oppga ingen organisasjon og er talt med under Ikke registrert.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Clusters the organisations were members of on {0}. An organisation that is a member of two clusters counts in each; one of none counts under No cluster.</source>
            <translation>Klyngene organisasjonene var medlem av {0}. En organisasjon som er medlem av to klynger, telles i begge; en som ikke er medlem av noen, telles under Ingen klynge.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>No cluster</source>
            <translation>Ingen klynge</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Organisations</source>
            <translation>Organisasjoner</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Organisations that attended</source>
            <translation>Organisasjoner som møtte</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Organisations registered</source>
            <translation>Påmeldte organisasjoner</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <location filename="accelerator/reports/meeting_plan.py" />
            <location filename="accelerator/reports/member_report.py" />
            <source>Organisation</source>
            <translation>Organisasjon</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/reports/event_report.py" />
            <source>People counts include walk-ins (%n in all).</source>
            <translation>
                <numerusform>Antallet personer omfatter dem som kom uten påmelding (%n i alt).</numerusform>
                <numerusform>Antallet personer omfatter dem som kom uten påmelding (%n i alt).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Meetings</source>
            <translation>Møter</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Requested</source>
            <translation>Forespurt</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>cancelled too</source>
            <translation>også avlyste</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Booked</source>
            <translation>Avtalt</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Held</source>
            <translation>Holdt</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Called off</source>
            <translation>Avlyst</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>no cluster in common</source>
            <translation>ingen felles klynge</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>Across clusters: the two organisations were members of clusters on the meeting's day, and of none in common.</source>
            <translation>På tvers av klynger: begge organisasjonene var medlem av en klynge den dagen møtet var, og ikke av noen felles.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <location filename="accelerator/reports/meeting_plan.py" />
            <source>Meeting plan</source>
            <translation>Møteplan</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <location filename="accelerator/reports/meeting_plan.py" />
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <location filename="accelerator/reports/meeting_plan.py" />
            <source>Table</source>
            <translation>Bord</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <location filename="accelerator/reports/meeting_plan.py" />
            <source>Meets</source>
            <translation>Møter</translation>
        </message>
        <message>
            <location filename="accelerator/reports/event_report.py" />
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/reports/kickoff.py" />
            <source>%n companies without one</source>
            <translation>
                <numerusform>%n selskap uten mentor</numerusform>
                <numerusform>%n selskaper uten mentor</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/reports/kickoff.py" />
            <source>every company has one</source>
            <translation>alle selskaper har mentor</translation>
        </message>
        <message>
            <location filename="accelerator/reports/kickoff.py" />
            <source>enrolled</source>
            <translation>tatt opp</translation>
        </message>
        <message>
            <location filename="accelerator/reports/kickoff.py" />
            <source>Mentors</source>
            <translation>Mentorer</translation>
        </message>
        <message>
            <location filename="accelerator/reports/kickoff.py" />
            <source>Milestones planned</source>
            <translation>Planlagte milepæler</translation>
        </message>
        <message>
            <location filename="accelerator/reports/kickoff.py" />
            <source>first due {0}</source>
            <translation>første frist {0}</translation>
        </message>
        <message>
            <location filename="accelerator/reports/kickoff.py" />
            <source>no due dates yet</source>
            <translation>ingen frister ennå</translation>
        </message>
        <message>
            <location filename="accelerator/reports/kickoff.py" />
            <source>Weeks</source>
            <translation>Uker</translation>
        </message>
        <message>
            <location filename="accelerator/reports/kickoff.py" />
            <source>from {0}</source>
            <translation>fra {0}</translation>
        </message>
        <message>
            <location filename="accelerator/reports/kickoff.py" />
            <source>About this report</source>
            <translation>Om denne rapporten</translation>
        </message>
        <message>
            <location filename="accelerator/reports/kickoff.py" />
            <source>The companies</source>
            <translation>Selskapene</translation>
        </message>
        <message>
            <location filename="accelerator/reports/kickoff.py" />
            <source>Mentor</source>
            <translation>Mentor</translation>
        </message>
        <message>
            <location filename="accelerator/reports/kickoff.py" />
            <source>Milestone plan</source>
            <translation>Milepælsplan</translation>
        </message>
        <message>
            <location filename="accelerator/reports/kickoff.py" />
            <source>Due</source>
            <translation>Frist</translation>
        </message>
        <message>
            <location filename="accelerator/reports/layout.py" />
            <source>the report was cancelled; no file was written</source>
            <translation>rapporten ble avbrutt; ingen fil ble skrevet</translation>
        </message>
        <message>
            <location filename="accelerator/reports/layout.py" />
            <source>the report could not be laid out: {0}</source>
            <translation>rapporten kunne ikke settes opp: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/reports/layout.py" />
            <source>Generated on {0} · Period {1}</source>
            <translation>Laget {0} · Periode {1}</translation>
        </message>
        <message>
            <location filename="accelerator/reports/layout.py" />
            <source>Generated on {0}</source>
            <translation>Laget {0}</translation>
        </message>
        <message>
            <location filename="accelerator/reports/layout.py" />
            <source>Internal: includes confidential notes</source>
            <translation>Intern: inneholder fortrolige notater</translation>
        </message>
        <message>
            <location filename="accelerator/reports/layout.py" />
            <source>Page {0} of {1}</source>
            <translation>Side {0} av {1}</translation>
        </message>
        <message>
            <location filename="accelerator/reports/layout.py" />
            <source>INTERNAL</source>
            <translation>INTERN</translation>
        </message>
        <message>
            <location filename="accelerator/reports/layout.py" />
            <source>(untitled)</source>
            <translation>(uten tittel)</translation>
        </message>
        <message>
            <location filename="accelerator/reports/meeting_plan.py" />
            <source>{0}: meeting plan</source>
            <translation>{0}: møteplan</translation>
        </message>
        <message>
            <location filename="accelerator/reports/meeting_plan.py" />
            <source>No meetings are booked at this event.</source>
            <translation>Ingen møter er avtalt på dette arrangementet.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/meeting_plan.py" />
            <source>Only the meetings of the organisations you mentor are shown: the event has others too.</source>
            <translation>Bare møtene til organisasjonene du er mentor for, vises: arrangementet har andre også.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/meeting_plan.py" />
            <source>Your meetings</source>
            <translation>Dine møter</translation>
        </message>
        <message>
            <location filename="accelerator/reports/meeting_plan.py" />
            <source>{0} (not confirmed yet)</source>
            <translation>{0} (ikke bekreftet ennå)</translation>
        </message>
        <message>
            <location filename="accelerator/reports/member_report.py" />
            <source>Member register</source>
            <translation>Medlemsregister</translation>
        </message>
        <message>
            <location filename="accelerator/reports/member_report.py" />
            <source>Members on {0}</source>
            <translation>Medlemmer per {0}</translation>
        </message>
        <message>
            <location filename="accelerator/reports/member_report.py" />
            <source>{0}: member register on {1}</source>
            <translation>{0}: medlemsregister per {1}</translation>
        </message>
        <message>
            <location filename="accelerator/reports/member_report.py" />
            <source>Members of the clusters</source>
            <translation>Klyngenes medlemmer</translation>
        </message>
        <message>
            <location filename="accelerator/reports/member_report.py" />
            <source>Members</source>
            <translation>Medlemmer</translation>
        </message>
        <message>
            <location filename="accelerator/reports/member_report.py" />
            <source>one in two clusters counts once</source>
            <translation>medlem av to klynger telles én gang</translation>
        </message>
        <message>
            <location filename="accelerator/reports/member_report.py" />
            <source>Joined in {0}</source>
            <translation>Meldt inn i {0}</translation>
        </message>
        <message>
            <location filename="accelerator/reports/member_report.py" />
            <source>Left in {0}</source>
            <translation>Meldt ut i {0}</translation>
        </message>
        <message>
            <location filename="accelerator/reports/member_report.py" />
            <source>The clusters</source>
            <translation>Klyngene</translation>
        </message>
        <message>
            <location filename="accelerator/reports/member_report.py" />
            <source>Ours or partner</source>
            <translation>Vår eller partner</translation>
        </message>
        <message>
            <location filename="accelerator/reports/member_report.py" />
            <source>Joined</source>
            <translation>Innmeldt</translation>
        </message>
        <message>
            <location filename="accelerator/reports/member_report.py" />
            <source>Left</source>
            <translation>Utmeldt</translation>
        </message>
        <message>
            <location filename="accelerator/reports/member_report.py" />
            <source>Our cluster</source>
            <translation>Vår klynge</translation>
        </message>
        <message>
            <location filename="accelerator/reports/member_report.py" />
            <source>Partner cluster</source>
            <translation>Partnerklynge</translation>
        </message>
        <message>
            <location filename="accelerator/reports/member_report.py" />
            <source>Joined and left count from 1 January {0} to {1}.</source>
            <translation>Inn- og utmeldte er talt fra 1. januar {0} til {1}.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/member_report.py" />
            <source>Only the organisations of the cohorts you mentor in are listed.</source>
            <translation>Bare organisasjonene i kullene du er mentor i, er med.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/member_report.py" />
            <source>on {0}</source>
            <translation>per {0}</translation>
        </message>
        <message>
            <location filename="accelerator/reports/member_report.py" />
            <source>{0} had no members on {1}.</source>
            <translation>{0} hadde ingen medlemmer per {1}.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/member_report.py" />
            <source>Members by kind and tier</source>
            <translation>Medlemmer etter type og medlemsnivå</translation>
        </message>
        <message>
            <location filename="accelerator/reports/member_report.py" />
            <source>Nobody joined from 1 January to {0}.</source>
            <translation>Ingen meldte seg inn fra 1. januar til {0}.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/member_report.py" />
            <source>Nobody left from 1 January to {0}.</source>
            <translation>Ingen meldte seg ut fra 1. januar til {0}.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/member_report.py" />
            <source>Tier</source>
            <translation>Medlemsnivå</translation>
        </message>
        <message>
            <location filename="accelerator/reports/member_report.py" />
            <source>Last day</source>
            <translation>Siste dag</translation>
        </message>
        <message>
            <location filename="accelerator/reports/wording.py" />
            <source>Baseline assessment</source>
            <translation>Startvurdering</translation>
        </message>
        <message>
            <location filename="accelerator/reports/wording.py" />
            <source>Progress assessment</source>
            <translation>Underveisvurdering</translation>
        </message>
        <message>
            <location filename="accelerator/reports/wording.py" />
            <source>Final assessment</source>
            <translation>Sluttvurdering</translation>
        </message>
        <message>
            <location filename="accelerator/reports/wording.py" />
            <source>On track</source>
            <translation>I rute</translation>
        </message>
        <message>
            <location filename="accelerator/reports/wording.py" />
            <source>Not assessed yet</source>
            <translation>Ikke vurdert ennå</translation>
        </message>
        <message>
            <location filename="accelerator/reports/wording.py" />
            <source>{0} assessment</source>
            <translation>Vurdering: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/reports/wording.py" />
            <source>Kick-off report</source>
            <translation>Oppstartsrapport</translation>
        </message>
        <message>
            <location filename="accelerator/reports/wording.py" />
            <source>Cohort report</source>
            <translation>Kullrapport</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/reports/wording.py" />
            <source>Status: {0} · %n companies</source>
            <translation>
                <numerusform>Status: {0} · %n selskap</numerusform>
                <numerusform>Status: {0} · %n selskaper</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/reports/wording.py" />
            <source>%n companies</source>
            <translation>
                <numerusform>%n selskap</numerusform>
                <numerusform>%n selskaper</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/reports/wording.py" />
            <source>%n milestones</source>
            <translation>
                <numerusform>%n milepæl</numerusform>
                <numerusform>%n milepæler</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/reports/wording.py" />
            <source>No company has been assessed yet.</source>
            <translation>Ingen selskaper er vurdert ennå.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/wording.py" />
            <source>No company had been assessed by {0}.</source>
            <translation>Ingen selskaper var vurdert per {0}.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/wording.py" />
            <source>This kick-off report shows who is in the cohort, who mentors them and the milestone plan. Readiness levels, charts and the summary of progress follow in the progress reports, once the mentors have made their first (baseline) assessments.</source>
            <translation>Denne oppstartsrapporten viser hvem som er med i kullet, hvem som er mentor for dem, og milepælsplanen. Modenhetsnivåer, diagrammer og sammendraget av fremdriften kommer i fremdriftsrapportene når mentorene har gjort de første vurderingene (startvurderingene).</translation>
        </message>
        <message>
            <location filename="accelerator/reports/wording.py" />
            <source>No companies are enrolled in this cohort yet.</source>
            <translation>Ingen selskaper er tatt opp i dette kullet ennå.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/wording.py" />
            <source>No mentor assigned yet</source>
            <translation>Ingen mentor tildelt ennå</translation>
        </message>
        <message>
            <location filename="accelerator/reports/wording.py" />
            <source>No mentor assigned yet: {0}.</source>
            <translation>Ingen mentor tildelt ennå: {0}.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/wording.py" />
            <source>Every company has the same checklist: {0}, due as below.</source>
            <translation>Alle selskapene har samme milepælsliste: {0}, med frister som nedenfor.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/wording.py" />
            <source>No milestones are on the companies' checklists yet.</source>
            <translation>Ingen milepæler står på selskapenes milepælslister ennå.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/wording.py" />
            <source>Checklist of {0}</source>
            <translation>Milepælsliste for {0}</translation>
        </message>
        <message>
            <location filename="accelerator/reports/wording.py" />
            <source>no due date</source>
            <translation>ingen frist</translation>
        </message>
        <message>
            <location filename="accelerator/reports/wording.py" />
            <source>No assessment of {0} has been made yet, so its readiness levels, their change since a baseline and its business-orientation gap are not known. They appear here after the first assessment.</source>
            <translation>{0} er ikke vurdert ennå, så modenhetsnivåene, endringen siden en startvurdering og forretningsgapet er ikke kjent. De vises her etter den første vurderingen.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/wording.py" />
            <source>No assessment of {0} had been made by {1}, so its readiness levels, their change since a baseline and its business-orientation gap were not known then.</source>
            <translation>{0} var ikke vurdert per {1}, så modenhetsnivåene, endringen siden en startvurdering og forretningsgapet var ikke kjent da.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/wording.py" />
            <source>Not assessed yet, so left out of this chart: {0}.</source>
            <translation>Ikke vurdert ennå, og derfor utelatt fra dette diagrammet: {0}.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/wording.py" />
            <source>The means leave out the companies not assessed yet: {0}.</source>
            <translation>Gjennomsnittene utelater selskapene som ikke er vurdert ennå: {0}.</translation>
        </message>
        <message>
            <location filename="accelerator/reports/wording.py" />
            <source>{0} of {1} assessed</source>
            <translation>{0} av {1} vurdert</translation>
        </message>
        <message>
            <location filename="accelerator/reports/wording.py" />
            <source>&lt;b&gt;Not assessed yet&lt;/b&gt;: no assessment has been made of the company, so it has no levels; it is left out of the readiness charts and the means.</source>
            <translation>&lt;b&gt;Ikke vurdert ennå&lt;/b&gt;: selskapet er ikke vurdert, så det har ingen nivåer; det er utelatt fra modenhetsdiagrammene og gjennomsnittene.</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Reports</source>
            <translation>Rapporter</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Reports as PDF: a cohort's or one company's progress for steering groups and funders, an event's attendance, and the member register.</source>
            <translation>Rapporter som PDF: fremdriften til et kull eller et selskap for styringsgrupper og finansiører, oppmøtet på et arrangement og medlemsregisteret.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>C&amp;ohort report</source>
            <translation>&amp;Kullrapport</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Compan&amp;y report</source>
            <translation>&amp;Selskapsrapport</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Event atten&amp;dance</source>
            <translation>Opp&amp;møte på arrangement</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Mem&amp;ber register</source>
            <translation>Me&amp;dlemsregister</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Meeting pl&amp;an</source>
            <translation>Møteplan per &amp;bord</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>An event's meetings to print and pin up, and each organisation's own</source>
            <translation>Møtene på et arrangement til å skrive ut og henge opp, og hver organisasjons egne</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>&amp;Cohort:</source>
            <translation>Kul&amp;l:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Com&amp;pany:</source>
            <translation>S&amp;elskap:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>I&amp;n cohort:</source>
            <translation>&amp;I kull:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Eve&amp;nt:</source>
            <translation>&amp;Arrangement:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Clus&amp;ter:</source>
            <translation>K&amp;lynge:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>The register as it stood on this day.</source>
            <translation>Registeret slik det var denne dagen.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>O&amp;n day:</source>
            <translation>Da&amp;to:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Options</source>
            <translation>Valg</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Page si&amp;ze:</source>
            <translation>Sidest&amp;ørrelse:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>The language of the report: its every heading, date and number, and its file name. The window keeps its own.</source>
            <translation>Rapportens språk: alle overskrifter, datoer og tall, og filnavnet. Vinduet beholder sitt eget.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>&amp;Language:</source>
            <translation>Spr&amp;åk:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Fro&amp;m</source>
            <translation>Fr&amp;a</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>&amp;To</source>
            <translation>&amp;Til</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Limit the report to a period: levels as they stood at its end, and the notes and next steps of the assessments made within it.</source>
            <translation>Avgrens rapporten til en periode: nivåene slik de var ved slutten av perioden, og notatene og neste steg fra vurderingene som ble gjort i den.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>&amp;Internal: include confidential notes</source>
            <translation>I&amp;ntern: ta med fortrolige notater</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Adds the notes of confidential assessments; every page is then marked Internal. Only coordinators may print these.</source>
            <translation>Tar med notatene fra fortrolige vurderinger; hver side merkes da som intern. Bare koordinatorer kan skrive ut disse.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>&amp;Generate</source>
            <translation>La&amp;g rapport</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>&amp;Save as…</source>
            <translation>Lagre s&amp;om…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>P&amp;rint…</source>
            <translation>Skriv &amp;ut…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Open in PDF vie&amp;wer</source>
            <translation>Åpne i &amp;PDF-leser</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Every cluster</source>
            <translation>Alle klynger</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Generating {0}…</source>
            <translation>Lager {0}…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>{0} {1} – meeting plan</source>
            <translation>{0} {1} – møteplan</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>{0} {1} – event report</source>
            <translation>{0} {1} – arrangementsrapport</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Member register {0}</source>
            <translation>Medlemsregister {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>{0} – member register {1}</source>
            <translation>{0} – medlemsregister {1}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source> (internal)</source>
            <translation> (intern)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>{0} – {1} – progress report{2}</source>
            <translation>{0} – {1} – fremdriftsrapport{2}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>{0} – kick-off report{1}</source>
            <translation>{0} – oppstartsrapport{1}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>{0} – cohort report{1}</source>
            <translation>{0} – kullrapport{1}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Cancelling…</source>
            <translation>Avbryter…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>{0}: {1} pages.</source>
            <translation>{0}: {1} sider.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>The report was generated but could not be shown.</source>
            <translation>Rapporten ble laget, men kunne ikke vises.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Could not generate the report: {0}</source>
            <translation>Kunne ikke lage rapporten: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Could not generate the report: an unexpected error ({0}). The log has the details.</source>
            <translation>Kunne ikke lage rapporten: en uventet feil ({0}). Detaljene står i loggen.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>The report was cancelled; nothing was saved.</source>
            <translation>Rapporten ble avbrutt; ingenting ble lagret.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Save report</source>
            <translation>Lagre rapporten</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF-filer (*.pdf)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Could not save the report: {0}</source>
            <translation>Kunne ikke lagre rapporten: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Saved to {0}</source>
            <translation>Lagret i {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Sent {0} pages to the printer.</source>
            <translation>Sendte {0} sider til skriveren.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Could not open the report: {0}</source>
            <translation>Kunne ikke åpne rapporten: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>No PDF viewer opened the report; it is at {0}</source>
            <translation>Ingen PDF-leser åpnet rapporten; den ligger i {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Opened in the PDF viewer.</source>
            <translation>Åpnet i PDF-leseren.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>{0} · {1} · {2} · {3} attended, {4} registered</source>
            <translation>{0} · {1} · {2} · {3} møtt, {4} påmeldt</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/ui/pages/reports.py" />
            <source>{0} · {1} · %n companies</source>
            <translation>
                <numerusform>{0} · {1} · %n selskap</numerusform>
                <numerusform>{0} · {1} · %n selskaper</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>{0} · joined {1}</source>
            <translation>{0} · tatt opp {1}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Cannot tell which report this would be: {0}</source>
            <translation>Kan ikke avgjøre hvilken rapport dette blir: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Kick-off report: no assessments by {0}. It lists the companies with their contacts and mentors, and the milestone plan.</source>
            <translation>Oppstartsrapport: ingen vurderinger per {0}. Den viser selskapene med kontaktpersoner og mentorer, og milepælsplanen.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Kick-off report: no assessments yet. It lists the companies with their contacts and mentors, and the milestone plan.</source>
            <translation>Oppstartsrapport: ingen vurderinger ennå. Den viser selskapene med kontaktpersoner og mentorer, og milepælsplanen.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Progress report.</source>
            <translation>Fremdriftsrapport.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Progress report: not assessed yet, so it shows the profile and milestones but no levels.</source>
            <translation>Fremdriftsrapport: ikke vurdert ennå, så den viser profilen og milepælene, men ingen nivåer.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Progress report: all {0} companies assessed.</source>
            <translation>Fremdriftsrapport: alle de {0} selskapene er vurdert.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Progress report: {0} of {1} companies assessed; the others are marked Not assessed yet.</source>
            <translation>Fremdriftsrapport: {0} av {1} selskaper er vurdert; de andre er merket «Ikke vurdert ennå».</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Generating the report…</source>
            <translation>Lager rapporten…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>No events yet: plan one under Events; its programme and who came are printed here.</source>
            <translation>Ingen arrangementer ennå: planlegg et under Arrangementer; programmet og hvem som kom, skrives ut her.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>No clusters yet: add them and their members under Members; the member register is printed here.</source>
            <translation>Ingen klynger ennå: legg dem og medlemmene inn under Medlemmer; medlemsregisteret skrives ut her.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>Choose a report and click Generate: the report appears here, and you can then save it, print it or open it in your PDF viewer.</source>
            <translation>Velg en rapport og klikk på «Lag rapport»: rapporten vises her, og du kan deretter lagre den, skrive den ut eller åpne den i PDF-leseren din.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>No cohorts yet: create a programme and a cohort under Programmes and cohorts and enrol companies in it; their reports are printed here.</source>
            <translation>Ingen kull ennå: opprett et program og et kull under Programmer og kull, og ta opp selskaper i kullet; rapportene deres skrives ut her.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>No company is enrolled in a cohort yet: enrol companies from a cohort under Programmes and cohorts, then print their progress reports here.</source>
            <translation>Ingen selskaper er tatt opp i et kull ennå: ta opp selskaper fra et kull under Programmer og kull, og skriv deretter ut fremdriftsrapportene deres her.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/reports.py" />
            <source>{0} has no companies enrolled yet: its report would have only the cover. Enrol companies under Programmes and cohorts.</source>
            <translation>{0} har ingen selskaper tatt opp ennå: rapporten ville bare hatt forsiden. Ta opp selskaper under Programmer og kull.</translation>
        </message>
        <message>
            <source>Progress reports for steering groups and funders, as PDF: a whole cohort, or one company in one cohort.</source>
            <translation type="vanished">Fremdriftsrapporter for styringsgrupper og finansiører, som PDF: et helt kull, eller ett selskap i ett kull.</translation>
        </message>
        <message>
            <source>running</source>
            <translation type="vanished">aktivt</translation>
        </message>
        <message>
            <source>planned</source>
            <translation type="vanished">planlagt</translation>
        </message>
        <message>
            <source>finished</source>
            <translation type="vanished">avsluttet</translation>
        </message>
        <message>
            <source>{0} · {1} · {2} companies</source>
            <translation type="vanished">{0} · {1} · {2} selskaper</translation>
        </message>
        <message>
            <source>{0} · joined {1:%d %b %Y}</source>
            <translation type="vanished">{0} · tatt opp {1:%d %b %Y}</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/password_dialog.py" />
            <source>Reset the password of {0}</source>
            <translation>Tilbakestill passordet til {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/password_dialog.py" />
            <source>Set password</source>
            <translation>Angi passord</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/password_dialog.py" />
            <source>{0} ({1}) signs in with this password from now on. Tell them in person and ask them to change it under File › Change password.</source>
            <translation>{0} ({1}) logger inn med dette passordet fra nå av. Gi vedkommende beskjed personlig, og be om at passordet endres under Fil › Endre passord.</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/restore_dialog.py" />
            <source>Daily</source>
            <translation>Daglig</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/restore_dialog.py" />
            <source>On request</source>
            <translation>På forespørsel</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/restore_dialog.py" />
            <source>Before an upgrade</source>
            <translation>Før en oppgradering</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/restore_dialog.py" />
            <source>Before a restore</source>
            <translation>Før en gjenoppretting</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/restore_dialog.py" />
            <source>Programmes</source>
            <translation>Programmer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/restore_dialog.py" />
            <source>Cohorts</source>
            <translation>Kull</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/restore_dialog.py" />
            <source>Companies</source>
            <translation>Selskaper</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/restore_dialog.py" />
            <source>Enrolments</source>
            <translation>Deltakelser</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/restore_dialog.py" />
            <source>Assessments</source>
            <translation>Vurderinger</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/restore_dialog.py" />
            <source>Users</source>
            <translation>Brukere</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/restore_dialog.py" />
            <source>Restore from backup</source>
            <translation>Gjenopprett fra sikkerhetskopi</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/restore_dialog.py" />
            <source>Restoring replaces all the programme's data with the backup's. The database as it is now is kept as a backup first, so a restore can be undone.</source>
            <translation>Gjenoppretting erstatter alle programmets data med dataene i sikkerhetskopien. Databasen slik den er nå, lagres først som en sikkerhetskopi, så en gjenoppretting kan angres.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/restore_dialog.py" />
            <source>&amp;Restore…</source>
            <translation>&amp;Gjenopprett…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/restore_dialog.py" />
            <source>No backups yet in {0}: make one with File ▸ Back up now.</source>
            <translation>Ingen sikkerhetskopier ennå i {0}: ta en med Fil ▸ Ta sikkerhetskopi nå.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/restore_dialog.py" />
            <source>This backup cannot be restored: {0}</source>
            <translation>Denne sikkerhetskopien kan ikke gjenopprettes: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/restore_dialog.py" />
            <source>Checked: sound. It holds:</source>
            <translation>Kontrollert: i orden. Den inneholder:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/restore_dialog.py" />
            <source>Schema {0}</source>
            <translation>Skjema {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/restore_dialog.py" />
            <source>Restore this backup?</source>
            <translation>Gjenopprette denne sikkerhetskopien?</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/restore_dialog.py" />
            <source>Replace all the data with the backup taken {0}?

The database as it is now is kept as a pre-restore backup.</source>
            <translation>Erstatte alle data med sikkerhetskopien tatt {0}?

Databasen slik den er nå, lagres som en sikkerhetskopi før gjenopprettingen.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/restore_dialog.py" />
            <source>Restore failed</source>
            <translation>Gjenopprettingen mislyktes</translation>
        </message>
    </context>
    <context>
        <name>Risk</name>
        <message numerus="yes">
            <location filename="accelerator/domain/risk.py" />
            <source>Never assessed since enrolment %n weeks ago</source>
            <translation>
                <numerusform>Aldri vurdert siden opptaket for %n uke siden</numerusform>
                <numerusform>Aldri vurdert siden opptaket for %n uker siden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/domain/risk.py" />
            <source>No assessment for %n weeks</source>
            <translation>
                <numerusform>Ingen vurdering på %n uke</numerusform>
                <numerusform>Ingen vurdering på %n uker</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/domain/risk.py" />
            <source>%n overdue milestones</source>
            <translation>
                <numerusform>%n forsinket milepæl</numerusform>
                <numerusform>%n forsinkede milepæler</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/domain/risk.py" />
            <source>{0} fell from {1} to {2}</source>
            <translation>{0} falt fra {1} til {2}</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Coordinator</source>
            <translation>Koordinator</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Mentor</source>
            <translation>Mentor</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Viewer</source>
            <translation>Leser</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>coordinator</source>
            <translation>koordinator</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>mentor</source>
            <translation>mentor</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>viewer</source>
            <translation>leser</translation>
        </message>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Does everything: programmes, cohorts, companies, users and the audit trail.</source>
            <translation>Gjør alt: programmer, kull, selskaper, brukere og endringsloggen.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Sees the cohorts they mentor in, logs assessments and ticks milestones for their assigned companies only.</source>
            <translation>Ser kullene der de er mentor, registrerer vurderinger og krysser av milepæler, men bare for selskapene de er tildelt.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Reads everything except confidential notes, and changes nothing.</source>
            <translation>Leser alt unntatt fortrolige notater, og endrer ingenting.</translation>
        </message>
    </context>
    <context>
        <name>RowAction</name>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Create</source>
            <translation>Opprettes</translation>
        </message>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Update</source>
            <translation>Oppdateres</translation>
        </message>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Unchanged</source>
            <translation>Uendret</translation>
        </message>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Skip</source>
            <translation>Hoppes over</translation>
        </message>
        <message>
            <location filename="accelerator/ui/kit/labels.py" />
            <source>Error</source>
            <translation>Feil</translation>
        </message>
    </context>
    <context>
        <name>SafetyActions</name>
        <message>
            <location filename="accelerator/ui/safety_actions.py" />
            <source>Export to</source>
            <translation>Eksporter til</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_actions.py" />
            <source>{0} files (*.{1})</source>
            <translation>{0}-filer (*.{1})</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_actions.py" />
            <source>Accelerator</source>
            <translation>Accelerator</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_actions.py" />
            <source>Exporting…</source>
            <translation>Eksporterer…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_actions.py" />
            <source>&amp;Back up now</source>
            <translation>&amp;Ta sikkerhetskopi nå</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_actions.py" />
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Gjenopprett fra sikkerhetskopi…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_actions.py" />
            <source>&amp;Import companies…</source>
            <translation>&amp;Importer selskaper…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_actions.py" />
            <source>E&amp;xport…</source>
            <translation>&amp;Eksporter…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_actions.py" />
            <source>The database is open read-only: nothing can be written to it.</source>
            <translation>Databasen er åpnet skrivebeskyttet: ingenting kan skrives til den.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_actions.py" />
            <source>The shared server's backups are your IT's (docs/team-mode.md).</source>
            <translation>Sikkerhetskopier av den delte serveren tas hånd om av IT-avdelingen din (docs/team-mode.md).</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_actions.py" />
            <source>Back up</source>
            <translation>Ta sikkerhetskopi</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_actions.py" />
            <source>Backing up…</source>
            <translation>Tar sikkerhetskopi…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_actions.py" />
            <source>Backed up to {0}</source>
            <translation>Sikkerhetskopi lagret i {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_actions.py" />
            <source>Restore</source>
            <translation>Gjenopprett</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_actions.py" />
            <source>Restored from {0}; the previous data is kept in {1}</source>
            <translation>Gjenopprettet fra {0}; de tidligere dataene er tatt vare på i {1}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_actions.py" />
            <source>Imported: {0}</source>
            <translation>Importert: {0}</translation>
        </message>
    </context>
    <context>
        <name>SafetyStart</name>
        <message>
            <location filename="accelerator/ui/safety_start.py" />
            <source>Cannot open the database</source>
            <translation>Kan ikke åpne databasen</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_start.py" />
            <source>Accelerator cannot open {target}.

{error}</source>
            <translation>Accelerator kan ikke åpne {target}.

{error}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_start.py" />
            <source>Database in use</source>
            <translation>Databasen er i bruk</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_start.py" />
            <source>Open read-only</source>
            <translation>Åpne skrivebeskyttet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_start.py" />
            <source>{host}, process {pid}</source>
            <translation>{host}, prosess {pid}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_start.py" />
            <source>, since {0}</source>
            <translation>, siden {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_start.py" />
            <source>Accelerator is already open on this database ({0}).</source>
            <translation>Accelerator har allerede denne databasen åpen ({0}).</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_start.py" />
            <source>Accelerator is already open on this database.</source>
            <translation>Accelerator har allerede denne databasen åpen.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_start.py" />
            <source>{path}

Only one window may change a database at a time. Switch to the window that has it open, or open it read-only here: you can look, but nothing can be saved.</source>
            <translation>{path}

Bare ett vindu kan endre en database om gangen. Bytt til vinduet som har den åpen, eller åpne den skrivebeskyttet her: da kan du se, men ingenting kan lagres.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_start.py" />
            <source>Restore failed</source>
            <translation>Gjenopprettingen mislyktes</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_start.py" />
            <source>The backup could not be restored.

{0}</source>
            <translation>Sikkerhetskopien kunne ikke gjenopprettes.

{0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_start.py" />
            <source>Read-only</source>
            <translation>Skrivebeskyttet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_start.py" />
            <source>Another Accelerator window has this database open: nothing is saved here.</source>
            <translation>Et annet Accelerator-vindu har denne databasen åpen: ingenting lagres her.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_start.py" />
            <source>{0} (read-only)</source>
            <translation>{0} (skrivebeskyttet)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_start.py" />
            <source>Checking the database…</source>
            <translation>Kontrollerer databasen…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_start.py" />
            <source>SQLite checks the database file, as at every start. What you save is written as soon as the check has passed.</source>
            <translation>SQLite kontrollerer databasefilen, som ved hver oppstart. Det du lagrer, skrives så snart kontrollen er bestått.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_start.py" />
            <source>The database is damaged</source>
            <translation>Databasen er skadet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_start.py" />
            <source>Accelerator checked the database after opening it and found a problem: {0}

Nothing was saved to it. Accelerator now starts again: it moves the file aside and offers its newest good backup.</source>
            <translation>Accelerator kontrollerte databasen etter å ha åpnet den og fant et problem: {0}

Ingenting ble lagret i den. Accelerator starter nå på nytt: filen flyttes til side, og du får tilbud om den nyeste gode sikkerhetskopien.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_start.py" />
            <source>Daily backup made: {0}</source>
            <translation>Daglig sikkerhetskopi er tatt: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_start.py" />
            <source>The daily backup failed: {0}</source>
            <translation>Den daglige sikkerhetskopieringen mislyktes: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_start.py" />
            <source>Warning</source>
            <translation>Advarsel</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_start.py" />
            <source>This database is in a risky place: {0} Move it to this computer's own disk.</source>
            <translation>Denne databasen ligger på et risikabelt sted: {0} Flytt den til datamaskinens egen disk.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/safety_start.py" />
            <source>Dismiss</source>
            <translation>Lukk</translation>
        </message>
    </context>
    <context>
        <name>ServerSignInDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/server_sign_in_dialog.py" />
            <source>Sign in to the server</source>
            <translation>Logg inn på serveren</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/server_sign_in_dialog.py" />
            <source>Shared database: {0}</source>
            <translation>Delt database: {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/server_sign_in_dialog.py" />
            <source>Your login on the server, given to you by your IT.</source>
            <translation>Brukernavnet og passordet ditt på serveren, som du har fått fra IT-avdelingen.</translation>
        </message>
    </context>
    <context>
        <name>Services</name>
        <message>
            <location filename="accelerator/services/base.py" />
            <source>someone else saved this record at the same moment; nothing was saved. Open it again to see their change.</source>
            <translation>noen andre lagret denne posten i samme øyeblikk; ingenting ble lagret. Åpne den på nytt for å se endringen deres.</translation>
        </message>
        <message>
            <location filename="accelerator/services/base.py" />
            <source>{0}'s account is deactivated; sign in as someone else</source>
            <translation>kontoen til {0} er deaktivert; logg inn som en annen bruker</translation>
        </message>
        <message>
            <location filename="accelerator/services/base.py" />
            <source>{0} is not a mentor in this cohort and may not see it</source>
            <translation>{0} er ikke mentor i dette kullet og har ikke tilgang til det</translation>
        </message>
        <message>
            <location filename="accelerator/services/base.py" />
            <source>{0} changed this {1} while you were editing it; nothing was saved</source>
            <translation>{0} endret samme {1} mens du holdt på å redigere; ingenting ble lagret</translation>
        </message>
        <message>
            <location filename="accelerator/services/base.py" />
            <source>someone else changed this {0} while you were editing it; nothing was saved</source>
            <translation>noen andre endret samme {0} mens du holdt på å redigere; ingenting ble lagret</translation>
        </message>
        <message>
            <location filename="accelerator/services/base.py" />
            <source>{0} ({1}) may not do this</source>
            <translation>{0} ({1}) har ikke tillatelse til å gjøre dette</translation>
        </message>
        <message>
            <location filename="accelerator/services/base.py" />
            <source>{0} {1} does not exist (it may have been removed)</source>
            <translation>{0} {1} finnes ikke (kan ha blitt fjernet)</translation>
        </message>
        <message>
            <location filename="accelerator/services/base.py" />
            <source>the disk is full: nothing was saved. Free some space and save again.</source>
            <translation>disken er full: ingenting ble lagret. Frigjør litt plass og lagre på nytt.</translation>
        </message>
        <message>
            <location filename="accelerator/services/base.py" />
            <source>the database is busy in another program: nothing was saved. Try again.</source>
            <translation>databasen er opptatt i et annet program: ingenting ble lagret. Prøv igjen.</translation>
        </message>
        <message>
            <location filename="accelerator/services/base.py" />
            <source>the database is read-only: nothing was saved.</source>
            <translation>databasen er skrivebeskyttet: ingenting ble lagret.</translation>
        </message>
        <message>
            <location filename="accelerator/services/base.py" />
            <source>the database refused the change: {0}. Nothing was saved.</source>
            <translation>databasen avviste endringen: {0}. Ingenting ble lagret.</translation>
        </message>
    </context>
    <context>
        <name>Sign-in</name>
        <message>
            <location filename="accelerator/services/auth.py" />
            <source>this database already has users; sign in instead</source>
            <translation>denne databasen har allerede brukere; logg inn i stedet</translation>
        </message>
        <message>
            <location filename="accelerator/services/auth.py" />
            <source>is required</source>
            <translation>må fylles ut</translation>
        </message>
        <message>
            <location filename="accelerator/services/auth.py" />
            <source>wrong username or password</source>
            <translation>feil brukernavn eller passord</translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/auth.py" />
            <source>too many wrong passwords: wait %n seconds, then try again</source>
            <translation>
                <numerusform>for mange feil passord: vent %n sekund, og prøv igjen</numerusform>
                <numerusform>for mange feil passord: vent %n sekunder, og prøv igjen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="accelerator/services/auth.py" />
            <source>wrong username or password; wait %n seconds before trying again</source>
            <translation>
                <numerusform>feil brukernavn eller passord; vent %n sekund før du prøver igjen</numerusform>
                <numerusform>feil brukernavn eller passord; vent %n sekunder før du prøver igjen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="accelerator/services/auth.py" />
            <source>this account is deactivated; a coordinator can activate it</source>
            <translation>denne kontoen er deaktivert; en koordinator kan aktivere den</translation>
        </message>
        <message>
            <location filename="accelerator/services/auth.py" />
            <source>{0} may connect to the server but is not a user of Accelerator. A user is added with 'accelerator server add-user' (docs/team-mode.md); the program does not work as the server's owner or administrator.</source>
            <translation>{0} kan koble til serveren, men er ikke bruker av Accelerator. En bruker legges til med 'accelerator server add-user' (docs/team-mode.md); programmet fungerer ikke som serverens eier eller administrator.</translation>
        </message>
        <message>
            <location filename="accelerator/services/auth.py" />
            <source>sign in first</source>
            <translation>logg inn først</translation>
        </message>
        <message>
            <location filename="accelerator/services/auth.py" />
            <source>is not your current password</source>
            <translation>er ikke ditt nåværende passord</translation>
        </message>
        <message>
            <location filename="accelerator/services/auth.py" />
            <source>{0}'s account is deactivated; a coordinator can activate it</source>
            <translation>kontoen til {0} er deaktivert; en koordinator kan aktivere den</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/sign_in_dialog.py" />
            <source>Sign in to Accelerator</source>
            <translation>Logg inn på Accelerator</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/sign_in_dialog.py" />
            <source>Database: {0}</source>
            <translation>Database: {0}</translation>
        </message>
    </context>
    <context>
        <name>StatusDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Change the status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Change status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>{0} is {1} since {2}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>{0} is {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>New &amp;status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>&amp;Reached on:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StrategicArea</name>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>Innovation</source>
            <translation>Innovasjon</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>Internationalisation</source>
            <translation>Internasjonalisering</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>Competence</source>
            <translation>Kompetanse</translation>
        </message>
        <message>
            <location filename="accelerator/services/projects.py" />
            <source>Attractiveness</source>
            <translation>Attraktivitet</translation>
        </message>
    </context>
    <context>
        <name>TagFacet</name>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Sector</source>
            <translation>Bransje</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Technology</source>
            <translation>Teknologi</translation>
        </message>
        <message>
            <location filename="accelerator/domain/enums.py" />
            <source>Market</source>
            <translation>Marked</translation>
        </message>
    </context>
    <context>
        <name>TeamActions</name>
        <message>
            <location filename="accelerator/ui/team_actions.py" />
            <source>Connect to a shared ser&amp;ver…</source>
            <translation>Koble til en delt ser&amp;ver…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/team_actions.py" />
            <source>Use the local file from the next start</source>
            <translation>Bruk den lokale filen fra neste oppstart</translation>
        </message>
        <message>
            <location filename="accelerator/ui/team_actions.py" />
            <source>Connected to {0}; Accelerator opens it at every start.</source>
            <translation>Koblet til {0}; Accelerator åpner den ved hver oppstart.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/team_actions.py" />
            <source>Local file</source>
            <translation>Lokal fil</translation>
        </message>
        <message>
            <location filename="accelerator/ui/team_actions.py" />
            <source>Accelerator opens the local file ({0}) at its next start. This window stays on the shared server until you close it.</source>
            <translation>Accelerator åpner den lokale filen ({0}) ved neste oppstart. Dette vinduet blir værende på den delte serveren til du lukker det.</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditor</name>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>title</source>
            <translation>tittel</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>category</source>
            <translation>kategori</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>description</source>
            <translation>beskrivelse</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>due offset (weeks)</source>
            <translation>frist (uker etter start)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>no due date</source>
            <translation>ingen frist</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>week </source>
            <translation>uke </translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Weeks after the cohort starts</source>
            <translation>Uker etter at kullet starter</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Milestone {0}: {1} {2}</source>
            <translation>Milepæl {0}: {1} {2}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Not saved. {0}</source>
            <translation>Ikke lagret. {0}</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Not saved.</source>
            <translation>Ikke lagret.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>The steps every company in this programme works through. A company gets them as its milestone checklist when it is enrolled, due the given number of weeks after its cohort starts. Drag a row to reorder.</source>
            <translation>Stegene alle selskaper i dette programmet går gjennom. Et selskap får dem som milepælsliste når det tas opp, med frist det angitte antallet uker etter at kullet starter. Dra en rad for å endre rekkefølgen.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>A&amp;dd milestone</source>
            <translation>Le&amp;gg til milepæl</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Add a milestone after the selected one</source>
            <translation>Legg til en milepæl etter den valgte</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Re&amp;move</source>
            <translation>&amp;Fjern</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Take the milestone out of the template. Checklists that already have it keep it while anything is recorded on it.</source>
            <translation>Ta milepælen ut av malen. Milepælslister som allerede har den, beholder den så lenge noe er registrert på den.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Move &amp;up</source>
            <translation>Flytt &amp;opp</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Alt+Up</source>
            <translation>Alt+pil opp</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Move do&amp;wn</source>
            <translation>Flytt &amp;ned</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Alt+Down</source>
            <translation>Alt+pil ned</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Revert</source>
            <translation>Tilbakestill</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Forget the changes since the last save</source>
            <translation>Forkast endringene siden sist du lagret</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>&amp;Save template</source>
            <translation>&amp;Lagre malen</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Save the template (Ctrl+S)</source>
            <translation>Lagre malen (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Apply to running enrolments</source>
            <translation>Oppdater aktive deltakelser</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Selected milestone</source>
            <translation>Valgt milepæl</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>What the company achieves, e.g. Ten customer interviews</source>
            <translation>Hva selskapet oppnår, f.eks. Ti kundeintervjuer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>What counts as done: the evidence a mentor looks for.</source>
            <translation>Hva som regnes som fullført: dokumentasjonen en mentor ser etter.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>&amp;Title:</source>
            <translation>&amp;Tittel:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Cate&amp;gory:</source>
            <translation>&amp;Kategori:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Descr&amp;iption:</source>
            <translation>Beskr&amp;ivelse:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Due:</source>
            <translation>Frist:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>after the cohort starts</source>
            <translation>etter at kullet starter</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>No milestones in the template yet.

Add the steps every company in this programme should take (customer interviews, a business model, a first pilot, funding) with Add milestone. Companies enrolled afterwards get them as their checklist.</source>
            <translation>Ingen milepæler i malen ennå.

Legg til stegene alle selskaper i dette programmet skal gjennom (kundeintervjuer, en forretningsmodell, en første pilot, finansiering) med «Legg til milepæl». Selskaper som tas opp etterpå, får dem som milepælsliste.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Choose a programme to see its milestone template.</source>
            <translation>Velg et program for å se milepælsmalen.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Unsaved changes</source>
            <translation>Ulagrede endringer</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Cannot save the template</source>
            <translation>Kan ikke lagre malen</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Template saved. {0} companies in planned and running cohorts still have the checklist from before.</source>
            <translation>Malen er lagret. {0} selskaper i planlagte og aktive kull har fortsatt den gamle milepælslisten.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Template saved. 1 company in a planned or running cohort still has the checklist from before.</source>
            <translation>Malen er lagret. 1 selskap i et planlagt eller aktivt kull har fortsatt den gamle milepælslisten.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Template saved. Companies enrolled from now on get this checklist; no cohort of this programme is running, so there is nothing else to update.</source>
            <translation>Malen er lagret. Selskaper som tas opp fra nå av, får denne milepælslisten; ingen kull i dette programmet er aktive, så det er ikke noe mer å oppdatere.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Save the template first.</source>
            <translation>Lagre malen først.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Bring the checklists of the {0} active companies in planned and running cohorts up to date with this template. Ticks, dates and evidence are kept.</source>
            <translation>Oppdater milepælslistene til de {0} aktive selskapene i planlagte og aktive kull etter denne malen. Avkrysninger, datoer og dokumentasjon beholdes.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>No active company in a planned or running cohort of this programme.</source>
            <translation>Ingen aktive selskaper i et planlagt eller aktivt kull i dette programmet.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Cannot apply the template</source>
            <translation>Kan ikke ta i bruk malen</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>No running enrolment to update: no checklist was changed.</source>
            <translation>Ingen pågående deltakelse å oppdatere: ingen milepælsliste ble endret.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>{0} checklists</source>
            <translation>{0} milepælslister</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>{0} checklist</source>
            <translation>{0} milepælsliste</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Checked {0}: all were up to date already.</source>
            <translation>Kontrollerte {0}: alle var allerede oppdatert.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Updated 1 checklist</source>
            <translation>Oppdaterte 1 milepælsliste</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>Updated {0} checklists</source>
            <translation>Oppdaterte {0} milepælslister</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>1 milestone added</source>
            <translation>1 milepæl lagt til</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>{0} milestones added</source>
            <translation>{0} milepæler lagt til</translation>
        </message>
        <message>
            <location filename="accelerator/ui/widgets/template_editor.py" />
            <source>{0}: {1}, {2} updated, {3} removed (ticks kept)</source>
            <translation>{0}: {1}, {2} oppdatert, {3} fjernet (avkrysninger beholdt)</translation>
        </message>
    </context>
    <context>
        <name>TemplateItemsModel</name>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Milestone</source>
            <translation>Milepæl</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Due</source>
            <translation>Frist</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Weeks after the cohort starts</source>
            <translation>Uker etter at kullet starter</translation>
        </message>
        <message>
            <location filename="accelerator/ui/models/programme_models.py" />
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/user_dialog.py" />
            <source>Add a user</source>
            <translation>Legg til en bruker</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/user_dialog.py" />
            <source>Add user</source>
            <translation>Legg til bruker</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/user_dialog.py" />
            <source>optional</source>
            <translation>valgfritt</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/user_dialog.py" />
            <source>&amp;Email:</source>
            <translation>&amp;E-post:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/user_dialog.py" />
            <source>&amp;Role:</source>
            <translation>&amp;Rolle:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/user_dialog.py" />
            <source>First &amp;password:</source>
            <translation>Første &amp;passord:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/user_dialog.py" />
            <source>Password &amp;again:</source>
            <translation>&amp;Gjenta passordet:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/user_dialog.py" />
            <source>Pass the first password on in person; they can change it under File › Change password.</source>
            <translation>Gi det første passordet videre personlig; brukeren kan endre det under Fil › Endre passord.</translation>
        </message>
    </context>
    <context>
        <name>Users</name>
        <message>
            <location filename="accelerator/services/users.py" />
            <source>must be at least {0} characters</source>
            <translation>må være minst {0} tegn</translation>
        </message>
        <message>
            <location filename="accelerator/services/users.py" />
            <source>must be at most {0} characters</source>
            <translation>må være høyst {0} tegn</translation>
        </message>
        <message>
            <location filename="accelerator/services/users.py" />
            <source>on a shared server each person's password is their login's: they change it themselves, or IT sets a new one with 'accelerator server add-user'</source>
            <translation>på en delt server er passordet knyttet til hver persons egen pålogging: hver enkelt endrer sitt eget, ellers setter IT et nytt med «accelerator server add-user»</translation>
        </message>
        <message>
            <location filename="accelerator/services/users.py" />
            <source>is required</source>
            <translation>må fylles ut</translation>
        </message>
        <message>
            <location filename="accelerator/services/users.py" />
            <source>must be one word of at most 64 characters</source>
            <translation>må være ett ord på høyst 64 tegn</translation>
        </message>
        <message>
            <location filename="accelerator/services/users.py" />
            <source>the username {0} is taken</source>
            <translation>brukernavnet {0} er opptatt</translation>
        </message>
        <message>
            <location filename="accelerator/services/users.py" />
            <source>you cannot deactivate yourself</source>
            <translation>du kan ikke deaktivere deg selv</translation>
        </message>
    </context>
    <context>
        <name>UsersModel</name>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>Username</source>
            <translation>Brukernavn</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>Email</source>
            <translation>E-post</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>Deactivated</source>
            <translation>Deaktivert</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>Active, no password yet</source>
            <translation>Aktiv, uten passord ennå</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>{0} (you)</source>
            <translation>{0} (deg)</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>Cannot sign in. Their assessments keep their name.</source>
            <translation>Kan ikke logge inn. Navnet står fortsatt på vurderingene brukeren har gjort.</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>Add user…</source>
            <translation>Legg til bruker…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>Users</source>
            <translation>Brukere</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>Coordinators do everything; mentors work on the companies assigned to them; viewers read without changing anything. Users are deactivated, never deleted, so their assessments keep their author.</source>
            <translation>Koordinatorer gjør alt; mentorer arbeider med selskapene de er tildelt; lesere leser uten å endre noe. Brukere deaktiveres, men slettes aldri, slik at det fortsatt går fram hvem som har gjort vurderingene deres.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>This is a shared server: each person signs in with their own login on it. Your IT adds people, and sets new passwords, with &lt;code&gt;accelerator server add-user&lt;/code&gt; (see docs/team-mode.md). Deactivating someone here shuts them out at once, on every desktop.</source>
            <translation>Dette er en delt server: hver person logger inn på den med sin egen bruker. IT-avdelingen legger til personer og setter nye passord med &lt;code&gt;accelerator server add-user&lt;/code&gt; (se docs/team-mode.md). Deaktiverer du noen her, blir de stengt ute med én gang, på alle maskiner.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>Deactivate</source>
            <translation>Deaktiver</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>Reset password…</source>
            <translation>Tilbakestill passord…</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>No users yet: add one with Add user.</source>
            <translation>Ingen brukere ennå: legg til en med «Legg til bruker».</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>{0} users, {1} active</source>
            <translation>{0} brukere, {1} aktive</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>Activate</source>
            <translation>Aktiver</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>You cannot deactivate yourself.</source>
            <translation>Du kan ikke deaktivere deg selv.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/users.py" />
            <source>A deactivated user cannot sign in; their records keep their name.</source>
            <translation>En deaktivert bruker kan ikke logge inn; det brukeren har registrert, står fortsatt med navnet deres.</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <location filename="accelerator/services/validation.py" />
            <source>must not contain NUL characters</source>
            <translation>kan ikke inneholde NUL-tegn</translation>
        </message>
        <message>
            <location filename="accelerator/services/validation.py" />
            <source>is required</source>
            <translation>må fylles ut</translation>
        </message>
        <message>
            <location filename="accelerator/services/validation.py" />
            <source>is {0} characters long; at most {1} fit</source>
            <translation>er på {0} tegn; høyst {1} får plass</translation>
        </message>
        <message>
            <location filename="accelerator/services/validation.py" />
            <source>{0} is not nine digits (a Norwegian organisation number)</source>
            <translation>{0} er ikke et norsk organisasjonsnummer på ni sifre</translation>
        </message>
        <message>
            <location filename="accelerator/services/validation.py" />
            <source>{0} has a wrong check digit; please check the number</source>
            <translation>{0} har feil kontrollsiffer; sjekk nummeret</translation>
        </message>
        <message>
            <location filename="accelerator/services/validation.py" />
            <source>must be a whole number</source>
            <translation>må være et heltall</translation>
        </message>
        <message>
            <location filename="accelerator/services/validation.py" />
            <source>must be between {0} and {1}, not {2}</source>
            <translation>må være mellom {0} og {1}, ikke {2}</translation>
        </message>
        <message>
            <location filename="accelerator/services/validation.py" />
            <source>must be after the start date ({0})</source>
            <translation>må være etter startdatoen ({0})</translation>
        </message>
    </context>
    <context>
        <name>WalkInDialog</name>
        <message>
            <location filename="accelerator/ui/checkin.py" />
            <source>Walk-in</source>
            <translation>Uten påmelding</translation>
        </message>
        <message>
            <location filename="accelerator/ui/checkin.py" />
            <source>Check in</source>
            <translation>Sjekk inn</translation>
        </message>
        <message>
            <location filename="accelerator/ui/checkin.py" />
            <source>optional</source>
            <translation>valgfritt</translation>
        </message>
        <message>
            <location filename="accelerator/ui/checkin.py" />
            <source>&amp;Name:</source>
            <translation>&amp;Navn:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/checkin.py" />
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisasjon:</translation>
        </message>
        <message>
            <location filename="accelerator/ui/checkin.py" />
            <source>&amp;E-mail:</source>
            <translation>&amp;E-post:</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="accelerator/ui/pages/welcome.py" />
            <source>Welcome to Accelerator</source>
            <translation>Velkommen til Accelerator</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/welcome.py" />
            <source>Accelerator keeps your acceleration programme on record: cohorts and the companies enrolled in them, their milestone checklists, the mentors' readiness assessments, and the progress reports for your steering group.</source>
            <translation>Accelerator holder orden på akseleratorprogrammet ditt: kullene og selskapene som er tatt opp i dem, milepælslistene deres, mentorenes vurderinger av modenhetsnivå og fremdriftsrapportene til styringsgruppen.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/welcome.py" />
            <source>This database is still empty. How would you like to begin?</source>
            <translation>Denne databasen er fortsatt tom. Hvordan vil du begynne?</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/welcome.py" />
            <source>Load the demo programme</source>
            <translation>Last inn demoprogrammet</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/welcome.py" />
            <source>An ocean-technology cluster's accelerator with a finished and a running cohort, thirteen companies, mentors, milestones and assessments. A good way to look around; it stays in this database.</source>
            <translation>Akseleratoren til en havteknologiklynge, med ett avsluttet og ett aktivt kull, tretten selskaper, mentorer, milepæler og vurderinger. En fin måte å se seg om på; den blir liggende i denne databasen.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/welcome.py" />
            <source>Create your first programme</source>
            <translation>Opprett ditt første program</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/welcome.py" />
            <source>Name the programme and its cluster, set up its milestone template, then add a cohort and enrol companies.</source>
            <translation>Gi programmet og klyngen et navn, sett opp milepælsmalen, og legg så til et kull og ta opp selskaper.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/welcome.py" />
            <source>Import companies from a spreadsheet</source>
            <translation>Importer selskaper fra et regneark</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/welcome.py" />
            <source>A CSV file saved from Excel or another spreadsheet, with a row per company. Every row is checked and shown before anything is saved.</source>
            <translation>En CSV-fil lagret fra Excel eller et annet regneark, med én rad per selskap. Hver rad blir kontrollert og vist før noe lagres.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/welcome.py" />
            <source>This database is still empty. A coordinator sets up the programme and its companies; they appear here once that is done.</source>
            <translation>Denne databasen er fortsatt tom. En koordinator setter opp programmet og selskapene; de vises her når det er gjort.</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/welcome.py" />
            <source>Welcome</source>
            <translation>Velkommen</translation>
        </message>
        <message>
            <location filename="accelerator/ui/pages/welcome.py" />
            <source>Demo programme</source>
            <translation>Demoprogram</translation>
        </message>
    </context>
    <context>
        <name>_CatalogueTab</name>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>&amp;Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Re&amp;name…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Re&amp;tire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Re&amp;move…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>In use: retire it instead, and it is offered no more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Re&amp;activate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Offered again for new projects and applications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Offered no more; the projects and applications that name it keep it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Remove from the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Remove {0} from the list? Nothing names it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="accelerator/ui/dialogs/project_dialogs.py" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_MilestoneDialog</name>
        <message>
            <location filename="accelerator/ui/dialogs/milestone_dialog.py" />
            <source>due {0}</source>
            <translation>frist {0}</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <location filename="Python: argparse.py" />
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: feil: %(message)s
</translation>
        </message>
        <message>
            <location filename="Python: argparse.py" />
            <source>%r is not callable</source>
            <translation>%r kan ikke kalles</translation>
        </message>
        <message>
            <location filename="Python: argparse.py" />
            <source>'required' is an invalid argument for positionals</source>
            <translation>'required' er et ugyldig argument for posisjonsargumenter</translation>
        </message>
        <message>
            <location filename="Python: argparse.py" />
            <source>.__call__() not defined</source>
            <translation>.__call__() er ikke definert</translation>
        </message>
        <message>
            <location filename="Python: argparse.py" />
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>tvetydig valg: %(option)s kan samsvare med %(matches)s</translation>
        </message>
        <message>
            <location filename="Python: argparse.py" />
            <source>argument "-" with mode %r</source>
            <translation>argument «-» med modus %r</translation>
        </message>
        <message>
            <location filename="Python: argparse.py" />
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <location filename="Python: argparse.py" />
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>kan ikke åpne «%(filename)s»: %(error)s</translation>
        </message>
        <message>
            <location filename="Python: argparse.py" />
            <source>cannot have multiple subparser arguments</source>
            <translation>kan ikke ha flere underparser-argumenter</translation>
        </message>
        <message>
            <location filename="Python: argparse.py" />
            <source>cannot merge actions - two groups are named %r</source>
            <translation>kan ikke slå sammen handlinger – to grupper heter %r</translation>
        </message>
        <message>
            <location filename="Python: argparse.py" />
            <source>conflicting option string: %s</source>
            <translation>valgstreng i konflikt: %s</translation>
        </message>
        <message>
            <location filename="Python: argparse.py" />
            <source>conflicting option strings: %s</source>
            <translation>valgstrenger i konflikt: %s</translation>
        </message>
        <message>
            <location filename="Python: argparse.py" />
            <source>conflicting subparser alias: %s</source>
            <translation>underparser-alias i konflikt: %s</translation>
        </message>
        <message>
            <location filename="Python: argparse.py" />
            <source>conflicting subparser: %s</source>
            <translation>underparser i konflikt: %s</translation>
        </message>
        <message>
            <location filename="Python: argparse.py" />
            <source>dest= is required for options like %r</source>
            <translation>dest= er påkrevd for valg som %r</translation>
        </message>
        <message>
            <location filename="Python: argparse.py" />
            <source>expected %s argument</source>
            <translation>forventet %s argument</translation>
        </message>
        <message>
            <location filename="Python: argparse.py" />
            <source>expected %s arguments</source>
            <translation>forventet %s argumenter</translation>
        </message>
        <message>
            <location filename="Python: argparse.py" />
            <source>expected at least one argument</source>
            <translation>forventet minst ett argument</translation>
        </message>
        <message>
            <location filename="Python: argparse.py" />
            <source>expected at most one argument</source>
            <translation>forventet høyst ett argument</translation>
        </message>
        <message>
            <location filename="Python: argparse.py" />
            <source>expected one argument</source>
            <translation>forventet ett argument</translation>
        </message>
        <message>
            <location filename="Python: argparse.py" />
            <source>ignored explicit argument %r</source>
            <translation>ignorerte eksplisitt argument %r</translation>
        </message>
        <message>
            <location filename="Python: argparse.py" />
            <source>invalid %(type)s value: %(value)r</source>
            <translation>ugyldig %(type)s-verdi: %(value)r</translation>
        </message>
        <message>
            <location filename="Python: argparse.py" />
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>ugyldig valg: %(value)r (velg blant %(choices)s)</translation>
        </message>
        <message>
            <location filename="Python: argparse.py" />
            <source>invalid conflict_resolution value: %r</source>
            <translation>ugyldig conflict_resolution-verdi: %r</translation>
        </message>
        <message>
            <location filename="Python: argparse.py" />
            <source>invalid option string %(option)r: must start with a character %(prefix_chars)r</source>
            <translation>ugyldig valgstreng %(option)r: må begynne med et tegn fra %(prefix_chars)r</translation>
        </message>
        <message>
            <location filename="Python: argparse.py" />
            <source>mutually exclusive arguments must be optional</source>
            <translation>gjensidig utelukkende argumenter må være valgfrie</translation>
        </message>
        <message>
            <location filename="Python: argparse.py" />
            <source>not allowed with argument %s</source>
            <translation>ikke tillatt sammen med argumentet %s</translation>
        </message>
        <message>
            <location filename="Python: argparse.py" />
            <source>one of the arguments %s is required</source>
            <translation>ett av argumentene %s er påkrevd</translation>
        </message>
        <message>
            <location filename="Python: argparse.py" />
            <source>options</source>
            <translation>valg</translation>
        </message>
        <message>
            <location filename="Python: argparse.py" />
            <source>positional arguments</source>
            <translation>posisjonsargumenter</translation>
        </message>
        <message>
            <location filename="Python: argparse.py" />
            <source>show this help message and exit</source>
            <translation>vis denne hjelpeteksten og avslutt</translation>
        </message>
        <message>
            <location filename="Python: argparse.py" />
            <source>the following arguments are required: %s</source>
            <translation>disse argumentene er påkrevd: %s</translation>
        </message>
        <message>
            <location filename="Python: argparse.py" />
            <source>unexpected option string: %s</source>
            <translation>uventet valgstreng: %s</translation>
        </message>
        <message>
            <location filename="Python: argparse.py" />
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>ukjent parser %(parser_name)r (valg: %(choices)s)</translation>
        </message>
        <message>
            <location filename="Python: argparse.py" />
            <source>unrecognized arguments: %s</source>
            <translation>ukjente argumenter: %s</translation>
        </message>
        <message>
            <location filename="Python: argparse.py" />
            <source>usage: </source>
            <translation>bruk: </translation>
        </message>
    </context>
    <context>
        <name>operations</name>
        <message>
            <location filename="accelerator/ui/operations.py" />
            <source>Changed by someone else</source>
            <translation>Endret av noen andre</translation>
        </message>
        <message>
            <location filename="accelerator/ui/operations.py" />
            <source>Cannot save</source>
            <translation>Kan ikke lagre</translation>
        </message>
        <message>
            <location filename="accelerator/ui/operations.py" />
            <source>Cannot reload</source>
            <translation>Kan ikke laste inn på nytt</translation>
        </message>
    </context>
</TS>
