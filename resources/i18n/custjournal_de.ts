<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppHints</name>
    <message>
        <source>Or write your own kind: it is kept as written.</source>
        <translation>Oder schreiben Sie Ihre eigene Art: Sie wird so übernommen, wie Sie sie schreiben.</translation>
    </message>
    <message>
        <source>Choose a file whose name ends in its format&apos;s extension, such as .csv.</source>
        <translation>Wählen Sie eine Datei, deren Name auf die Endung ihres Formats endet, etwa .csv.</translation>
    </message>
    <message>
        <source>To go back to a backup: File &gt; Restore from Backup…</source>
        <translation>Zurück zu einer Sicherung: Datei &gt; Aus Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>The command &apos;custjournal check --rebuild-index&apos; rebuilds them.</source>
        <translation>Der Befehl &apos;custjournal check --rebuild-index&apos; baut ihn neu auf.</translation>
    </message>
    <message>
        <source>To encrypt it: File &gt; Encrypt Journal…</source>
        <translation>Zum Verschlüsseln: Datei &gt; Journal verschlüsseln…</translation>
    </message>
    <message>
        <source>To change its passphrase: File &gt; Change Passphrase…</source>
        <translation>Zum Ändern der Passphrase: Datei &gt; Passphrase ändern…</translation>
    </message>
    <message>
        <source>Encrypt or decrypt the journal first (File menu), then restore.</source>
        <translation>Verschlüsseln oder entschlüsseln Sie zuerst das Journal (Menü Datei), dann stellen Sie wieder her.</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <source>preferences</source>
        <translation>Vorlieben</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>dislikes</source>
        <translation>Abneigungen</translation>
    </message>
    <message>
        <source>important date</source>
        <translation>wichtige Daten</translation>
    </message>
</context>
<context>
    <name>BackupFlow</name>
    <message>
        <source>Backed up {name} to {path} ({size_text}): a complete JSON export of the journal. The server&apos;s own backups (pg_dump) remain the team&apos;s safety net.</source>
        <translation>Gesichert: {name} nach {path} ({size_text}), ein vollständiger JSON-Export des Journals. Die eigenen Sicherungen des Servers (pg_dump) bleiben das Sicherheitsnetz des Teams.</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Backed up the journal to {path} ({size_text}).</source>
        <translation>Das Journal wurde in {path} gesichert ({size_text}).</translation>
    </message>
    <message>
        <source>Backup cancelled: nothing was written.</source>
        <translation>Sicherung abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Backing up the journal…</source>
        <translation>Das Journal wird gesichert…</translation>
    </message>
    <message>
        <source>Made today&apos;s backup of the journal ({name}).</source>
        <translation>Die heutige Sicherung des Journals ist erstellt ({name}).</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made. {app_sentence}</source>
        <translation>Die heutige automatische Sicherung konnte nicht erstellt werden. {app_sentence}</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Aus einer Sicherungsdatei wiederherstellen</translation>
    </message>
    <message>
        <source>Customer Journal backups (*.sqlite3 *.db);;All files (*)</source>
        <translation>Customer-Journal-Sicherungen (*.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Can&apos;t read the backup folder: {value}.</source>
        <translation>Der Sicherungsordner kann nicht gelesen werden: {value}.</translation>
    </message>
    <message>
        <source>the backup taken {when_text}</source>
        <translation>die Sicherung vom {when_text}</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the journal {name} with {what}?</source>
        <translation>Das Journal {name} durch {what} ersetzen?</translation>
    </message>
    <message>
        <source>The damaged journal is not lost: it is kept, under a name ending in “-damaged.sqlite3”, in {backup_dir}.</source>
        <translation>Das beschädigte Journal geht nicht verloren: Es wird unter einem Namen mit der Endung „-damaged.sqlite3“ in {backup_dir} aufbewahrt.</translation>
    </message>
    <message>
        <source>Anything added or changed since then will be gone from the journal, but not lost: the journal as it is now is saved first, as a backup marked “before a restore”.</source>
        <translation>Alles, was seitdem hinzugefügt oder geändert wurde, verschwindet aus dem Journal, geht aber nicht verloren: Das Journal wird in seinem jetzigen Stand zuerst gesichert, als Sicherung „vor einer Wiederherstellung“.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring the journal…</source>
        <translation>Das Journal wird wiederhergestellt…</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Bar chart</source>
        <translation>Balkendiagramm</translation>
    </message>
    <message>
        <source>{names} +{more}</source>
        <translation>{names} +{more}</translation>
    </message>
    <message>
        <source>{theme} ({competitors})</source>
        <translation>{theme} ({competitors})</translation>
    </message>
</context>
<context>
    <name>BriefText</name>
    <message>
        <source>What they value</source>
        <translation>Was ihnen wichtig ist</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Schmerzpunkte</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Persönliches</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Last conversations</source>
        <translation>Letzte Gespräche</translation>
    </message>
    <message>
        <source>Gifts and invitations</source>
        <translation>Geschenke und Einladungen</translation>
    </message>
    <message>
        <source>Trust milestones</source>
        <translation>Meilensteine des Vertrauens</translation>
    </message>
    <message>
        <source>{label} {name} (tier {tier}) in {year}</source>
        <translation>{label} {name} (Stufe {tier}) im Jahr {year}</translation>
    </message>
    <message>
        <source>{label} {name} (tier {tier}) since {year}</source>
        <translation>{label} {name} (Stufe {tier}) seit {year}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s) in {currency} ({amount})</source>
        <translation>
            <numerusform>%n Kauf in {currency} ({amount})</numerusform>
            <numerusform>%n Käufe in {currency} ({amount})</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out of value: {parts}, not in the journal&apos;s currency ({currency}).</source>
        <translation>Nicht im Wert enthalten: {parts}, nicht in der Währung des Journals ({currency}).</translation>
    </message>
    <message>
        <source>referred {name}: {note}</source>
        <translation>hat {name} empfohlen: {note}</translation>
    </message>
    <message>
        <source>referred {name}</source>
        <translation>hat {name} empfohlen</translation>
    </message>
    <message>
        <source>Moved to {stage} (from {before})</source>
        <translation>In die Phase {stage} gewechselt (von {before})</translation>
    </message>
    <message>
        <source>Ask why they bought: they have purchases but never said why.</source>
        <translation>Fragen Sie, warum sie gekauft haben: Es gibt Käufe, aber nie einen genannten Grund.</translation>
    </message>
    <message>
        <source>Awaiting an answer: invited to {event} on {day} ({when}), sent {sent}.</source>
        <translation>Antwort steht aus: eingeladen zu {event} am {day} ({when}), verschickt am {sent}.</translation>
    </message>
    <message>
        <source>And {more} more: {about}.</source>
        <translation>Und {more} weitere: {about}.</translation>
    </message>
    <message>
        <source>open promises</source>
        <translation>offene Versprechen</translation>
    </message>
    <message>
        <source>pain points</source>
        <translation>Schmerzpunkte</translation>
    </message>
    <message>
        <source>dates coming up</source>
        <translation>anstehende Daten</translation>
    </message>
    <message>
        <source>facts to ask about</source>
        <translation>Fakten zum Nachfragen</translation>
    </message>
    <message>
        <source>ask why they bought</source>
        <translation>nach dem Kaufgrund fragen</translation>
    </message>
    <message>
        <source>invitations awaiting an answer</source>
        <translation>Einladungen ohne Antwort</translation>
    </message>
    <message>
        <source>gifts</source>
        <translation>Geschenke</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und noch %n</numerusform>
            <numerusform>und noch %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{head}: {named}</source>
        <translation>{head}: {named}</translation>
    </message>
    <message>
        <source>{total} open complaints about competitors: {names}</source>
        <translation>{total} offene Beschwerden über Wettbewerber: {names}</translation>
    </message>
    <message>
        <source>{count} unresolved pain points with us</source>
        <translation>{count} ungelöste Schmerzpunkte mit uns</translation>
    </message>
    <message>
        <source>Unresolved pain point with us: {text}</source>
        <translation>Ungelöster Schmerzpunkt mit uns: {text}</translation>
    </message>
    <message>
        <source>Unresolved pain point with a competitor: {text}</source>
        <translation>Ungelöster Schmerzpunkt mit einem Wettbewerber: {text}</translation>
    </message>
    <message>
        <source>{point} (noted {times} times, last {day})</source>
        <translation>{point} ({times}-mal notiert, zuletzt am {day})</translation>
    </message>
    <message>
        <source>{count} overdue promises, the oldest due {day} ({when})</source>
        <translation>{count} überfällige Versprechen, das älteste fällig am {day} ({when})</translation>
    </message>
    <message>
        <source>{count} open promises</source>
        <translation>{count} offene Versprechen</translation>
    </message>
    <message>
        <source>{count} open promises, the next due {when} ({day})</source>
        <translation>{count} offene Versprechen, das nächste fällig {when} ({day})</translation>
    </message>
    <message>
        <source>Open promise (made {day}): {text}</source>
        <translation>Offenes Versprechen (gegeben am {day}): {text}</translation>
    </message>
    <message>
        <source>Overdue promise (due {day}, {when}): {text}</source>
        <translation>Überfälliges Versprechen (fällig am {day}, {when}): {text}</translation>
    </message>
    <message>
        <source>Open promise, due {when} ({day}): {text}</source>
        <translation>Offenes Versprechen, fällig {when} ({day}): {text}</translation>
    </message>
    <message>
        <source>Coming up {when} ({day}): {text}</source>
        <translation>Steht an, {when} ({day}): {text}</translation>
    </message>
    <message>
        <source>Ask about {area}: {text} (learned {day})</source>
        <translation>Nachfragen zu {area}: {text} (erfahren am {day})</translation>
    </message>
    <message>
        <source>{area}: {text}</source>
        <translation>{area}: {text}</translation>
    </message>
    <message>
        <source>Ask about {count} things learned lately</source>
        <translation>Nachfragen zu {count} kürzlich erfahrenen Dingen</translation>
    </message>
    <message>
        <source>Gift given {when} ({day}): {what}. Don&apos;t repeat it.</source>
        <translation>Geschenk gegeben {when} ({day}): {what}. Nicht wiederholen.</translation>
    </message>
    <message>
        <source>No gift ever given to this tier A customer: consider a small thank-you (a reward, not a bribe).</source>
        <translation>Dieser A-Kunde hat noch nie ein Geschenk bekommen: Denken Sie an ein kleines Dankeschön (eine Anerkennung, keine Bestechung).</translation>
    </message>
    <message>
        <source>invited, no answer yet</source>
        <translation>eingeladen, noch keine Antwort</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>zugesagt</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>teilgenommen</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>nicht erschienen</translation>
    </message>
    <message>
        <source>said {times} times</source>
        <translation>{times}-mal gesagt</translation>
    </message>
    <message>
        <source>Reason for buying</source>
        <translation>Kaufgrund</translation>
    </message>
    <message>
        <source>Delight</source>
        <translation>Begeisterung</translation>
    </message>
    <message>
        <source>Open, ours</source>
        <translation>Offen, bei uns</translation>
    </message>
    <message>
        <source>Open, competitor&apos;s</source>
        <translation>Offen, beim Wettbewerber</translation>
    </message>
    <message>
        <source>Resolved {day}, ours</source>
        <translation>Gelöst am {day}, bei uns</translation>
    </message>
    <message>
        <source>Resolved {day}, competitor&apos;s</source>
        <translation>Gelöst am {day}, beim Wettbewerber</translation>
    </message>
    <message>
        <source>noted {times} times</source>
        <translation>{times}-mal notiert</translation>
    </message>
    <message>
        <source>every year on {day}</source>
        <translation>jedes Jahr am {day}</translation>
    </message>
    <message>
        <source>learned {day}</source>
        <translation>erfahren am {day}</translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation>(keine Zusammenfassung)</translation>
    </message>
    <message>
        <source>for {occasion}</source>
        <translation>zum Anlass {occasion}</translation>
    </message>
    <message>
        <source>reaction: {reaction}</source>
        <translation>Reaktion: {reaction}</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <source>sent {day}</source>
        <translation>verschickt am {day}</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>{day} (overdue by {days} days)</source>
        <translation>{day} (seit {days} Tagen überfällig)</translation>
    </message>
    <message>
        <source>{day} ({when})</source>
        <translation>{day} ({when})</translation>
    </message>
    <message>
        <source>{stage} since {day}</source>
        <translation>{stage} seit {day}</translation>
    </message>
    <message>
        <source>{tier} (pinned)</source>
        <translation>{tier} (festgelegt)</translation>
    </message>
    <message>
        <source>{tier} · value {total} in all, {value_12m} in the last 12 months</source>
        <translation>{tier} · Wert {total} insgesamt, {value_12m} in den letzten 12 Monaten</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Nächster Kontakt fällig</translation>
    </message>
    <message>
        <source>Relationship health</source>
        <translation>Beziehungsqualität</translation>
    </message>
    <message numerus="yes">
        <source>and %n older entry(ies) in the journal</source>
        <translation>
            <numerusform>und %n älterer Eintrag im Journal</numerusform>
            <numerusform>und %n ältere Einträge im Journal</numerusform>
        </translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archiviert)</translation>
    </message>
    <message>
        <source>Brief of {day} · customer #{id}</source>
        <translation>Briefing vom {day} · Kunde #{id}</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Gesprächspunkte</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Nächster Schritt:</translation>
    </message>
    <message>
        <source>Brief: {name}</source>
        <translation>Briefing: {name}</translation>
    </message>
    <message>
        <source>Briefs</source>
        <translation>Briefings</translation>
    </message>
</context>
<context>
    <name>BriefView</name>
    <message>
        <source>Brief</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Als Markdown kopieren</translation>
    </message>
    <message>
        <source>The brief is on the clipboard, as Markdown.</source>
        <translation>Das Briefing liegt als Markdown in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Print the brief of {name}</source>
        <translation>Briefing zu {name} drucken</translation>
    </message>
    <message>
        <source>Sent the brief of {name} to print.</source>
        <translation>Das Briefing zu {name} wurde an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Brief - {name}.pdf</source>
        <translation>Briefing - {name}.pdf</translation>
    </message>
    <message>
        <source>Save the brief as PDF</source>
        <translation>Briefing als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved to {path}: {strerror}. Choose another folder.</source>
        <translation>Das PDF konnte nicht in {path} gespeichert werden: {strerror}. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Saved the brief as {written}.</source>
        <translation>Das Briefing wurde als {written} gespeichert.</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>Set &amp;Stage</source>
        <translation>&amp;Phase festlegen</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>&amp;Schlagwort hinzufügen…</translation>
    </message>
    <message>
        <source>Remove Ta&amp;g…</source>
        <translation>Schlag&amp;wort entfernen…</translation>
    </message>
    <message>
        <source>Set &amp;Cadence…</source>
        <translation>Kontakt&amp;rhythmus festlegen…</translation>
    </message>
    <message>
        <source>C&amp;lear Cadence</source>
        <translation>Kontaktrhythmus &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>&amp;Bring Back from Archive</source>
        <translation>Aus dem Archiv &amp;zurückholen</translation>
    </message>
    <message>
        <source>&amp;Export Selection…</source>
        <translation>Auswahl &amp;exportieren…</translation>
    </message>
    <message>
        <source>Brief All as &amp;PDF…</source>
        <translation>Briefings aller als &amp;PDF…</translation>
    </message>
    <message>
        <source>Selected Customers</source>
        <translation>Ausgewählte Kunden</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <source>None of them has a tag.</source>
        <translation>Keiner von ihnen hat ein Schlagwort.</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>Schlagwort entfernen</translation>
    </message>
    <message>
        <source>Set a cadence</source>
        <translation>Kontaktrhythmus festlegen</translation>
    </message>
    <message>
        <source>Briefs {day}.pdf</source>
        <translation>Briefings {day}.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Cancelled: no PDF was written.</source>
        <translation>Abgebrochen: Es wurde kein PDF geschrieben.</translation>
    </message>
    <message>
        <source>The PDF could not be saved to {target}: {strerror}. Choose another folder.</source>
        <translation>Das PDF konnte nicht in {target} gespeichert werden: {strerror}. Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>12-month value</source>
        <translation>Wert (12 Monate)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>ConversationDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>in their own words</source>
        <translation>in ihren eigenen Worten</translation>
    </message>
    <message>
        <source>&amp;Why they buy:</source>
        <translation>&amp;Warum sie kaufen:</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>Which column is which?</source>
        <translation>Welche Spalte ist welche?</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Show what the import would do (Enter)</source>
        <translation>Zeigen, was der Import tun würde (Eingabetaste)</translation>
    </message>
    <message>
        <source>Customer Journal doesn&apos;t know the columns of {name}. Choose what each column holds; columns left out are not imported. A contact needs at least a name, a company, an email or a phone.</source>
        <translation>Customer Journal kennt die Spalten von {name} nicht. Wählen Sie, was jede Spalte enthält; ausgelassene Spalten werden nicht importiert. Ein Kontakt braucht mindestens einen Namen, eine Firma, eine E-Mail oder eine Telefonnummer.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>(column {value})</source>
        <translation>(Spalte {value})</translation>
    </message>
    <message>
        <source>Imports {column} as</source>
        <translation>{column} importieren als</translation>
    </message>
    <message>
        <source>The first rows, as they would be imported:</source>
        <translation>Die ersten Zeilen, so wie sie importiert würden:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Choose at least the column that holds the name.</source>
        <translation>Wählen Sie mindestens die Spalte, die den Namen enthält.</translation>
    </message>
    <message>
        <source>Choose at least the column that holds the name (or the company, an email or a phone).</source>
        <translation>Wählen Sie mindestens die Spalte, die den Namen enthält (oder die Firma, eine E-Mail oder eine Telefonnummer).</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>There is no customer #{id}: it may have been erased.</source>
        <translation>Es gibt keinen Kunden #{id}: Er wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>required</source>
        <translation>Pflichtangabe</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>P&amp;hase:</translation>
    </message>
    <message>
        <source>comma-separated, e.g. wholesale, north</source>
        <translation>durch Kommas getrennt, z. B. Großhandel, Nord</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>How often to stay in touch with this customer. 0: the stage&apos;s.</source>
        <translation>Wie oft Sie mit diesem Kunden in Kontakt bleiben. 0: der Rhythmus der Phase.</translation>
    </message>
    <message>
        <source>&amp;Cadence:</source>
        <translation>&amp;Kontaktrhythmus:</translation>
    </message>
    <message>
        <source>From purchases (not pinned)</source>
        <translation>Aus den Käufen (nicht festgelegt)</translation>
    </message>
    <message>
        <source>{tier} (pinned)</source>
        <translation>{tier} (festgelegt)</translation>
    </message>
    <message>
        <source>T&amp;ier:</source>
        <translation>St&amp;ufe:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Archive&amp;d: no reminders, hidden unless asked for</source>
        <translation>&amp;Archiviert: keine Erinnerungen, nur auf Wunsch angezeigt</translation>
    </message>
    <message>
        <source>Someone else erased this customer while you were editing: there is nothing to save to. Copy what you typed if you need it, then close.</source>
        <translation>Jemand anderes hat diesen Kunden gelöscht, während Sie ihn bearbeitet haben: Es gibt nichts mehr, worin gespeichert werden könnte. Kopieren Sie Ihre Eingaben, falls Sie sie brauchen, und schließen Sie dann.</translation>
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message>
        <source>not enough to tell yet</source>
        <translation>noch nicht genug für eine Aussage</translation>
    </message>
    <message>
        <source>Next step: {step}</source>
        <translation>Nächster Schritt: {step}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>A, B or C from the last 12 months&apos; value; * a tier pinned by hand, which takes no slot in the ranking</source>
        <translation>A, B oder C nach dem Wert der letzten 12 Monate; * eine von Hand festgelegte Stufe, die keinen Platz in der Rangfolge belegt</translation>
    </message>
    <message>
        <source>Purchases in the last 12 months, in {currency}</source>
        <translation>Käufe der letzten 12 Monate, in {currency}</translation>
    </message>
    <message>
        <source>Relationship health: the mean of knowledge, responsibility, respect and care (0-100); empty when there is not enough to tell yet</source>
        <translation>Beziehungsqualität: der Mittelwert aus Wissen, Verantwortung, Respekt und Fürsorge (0–100); leer, solange es noch nicht genug für eine Aussage gibt</translation>
    </message>
    <message>
        <source>An open promise is due {day}, the next contact {contact}</source>
        <translation>Ein offenes Versprechen ist am {day} fällig, der nächste Kontakt am {contact}</translation>
    </message>
    <message>
        <source>Tier {tier}, pinned by hand</source>
        <translation>Stufe {tier}, von Hand festgelegt</translation>
    </message>
</context>
<context>
    <name>CustomerMatcher</name>
    <message>
        <source>Type a few letters of the customer&apos;s name or company.</source>
        <translation>Tippen Sie ein paar Buchstaben vom Namen oder der Firma des Kunden.</translation>
    </message>
    <message>
        <source>No customer matches &apos;{query}&apos;: check the spelling, or add them first.</source>
        <translation>Kein Kunde passt zu „{query}“: Prüfen Sie die Schreibweise oder legen Sie den Kunden zuerst an.</translation>
    </message>
    <message>
        <source>{shown} and {more} more</source>
        <translation>{shown} und {more} weitere</translation>
    </message>
    <message>
        <source>&apos;{query}&apos; matches {count} customers: {shown}. Type more, or pick one from the list with the arrow keys.</source>
        <translation>„{query}“ passt zu {count} Kunden: {shown}. Tippen Sie weiter oder wählen Sie einen mit den Pfeiltasten aus der Liste.</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>delight</source>
        <translation>Begeisterung</translation>
    </message>
    <message>
        <source>pain point</source>
        <translation>Schmerzpunkt</translation>
    </message>
    <message>
        <source>fact</source>
        <translation>Fakt</translation>
    </message>
    <message>
        <source>promise</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <source>invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>stage change</source>
        <translation>Phasenwechsel</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Add to this customer</source>
        <translation>Zu diesem Kunden hinzufügen</translation>
    </message>
    <message>
        <source>Log a conversation with this customer</source>
        <translation>Ein Gespräch mit diesem Kunden festhalten</translation>
    </message>
    <message>
        <source>Add a fact about this customer</source>
        <translation>Einen Fakt über diesen Kunden hinzufügen</translation>
    </message>
    <message>
        <source>Add a promise to this customer</source>
        <translation>Ein Versprechen an diesen Kunden hinzufügen</translation>
    </message>
    <message>
        <source>Add a gift for this customer</source>
        <translation>Ein Geschenk für diesen Kunden hinzufügen</translation>
    </message>
    <message>
        <source>Add an invitation for this customer</source>
        <translation>Eine Einladung für diesen Kunden hinzufügen</translation>
    </message>
    <message>
        <source>Add a milestone for this customer</source>
        <translation>Einen Meilenstein für diesen Kunden hinzufügen</translation>
    </message>
    <message>
        <source>Add a purchase by this customer</source>
        <translation>Einen Kauf dieses Kunden hinzufügen</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fakt</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Kunden bearbeiten</translation>
    </message>
    <message>
        <source>What we know</source>
        <translation>Was wir wissen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Go to timeline</source>
        <translation>Zum Verlauf</translation>
    </message>
    <message>
        <source>This customer was erased.</source>
        <translation>Dieser Kunde wurde gelöscht.</translation>
    </message>
    <message>
        <source>  (archived)</source>
        <translation>  (archiviert)</translation>
    </message>
    <message>
        <source>In {stage} since {date}</source>
        <translation>In {stage} seit {date}</translation>
    </message>
    <message>
        <source>Tier {tier} (pinned)</source>
        <translation>Stufe {tier} (festgelegt)</translation>
    </message>
    <message>
        <source>Tier {tier}</source>
        <translation>Stufe {tier}</translation>
    </message>
    <message>
        <source>12-month value &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>Wert (12 Monate) &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>last contact {date}</source>
        <translation>letzter Kontakt {date}</translation>
    </message>
    <message>
        <source>last contact never</source>
        <translation>letzter Kontakt: nie</translation>
    </message>
    <message>
        <source>next contact due today</source>
        <translation>nächster Kontakt heute fällig</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <source>promise {when}: {text}</source>
        <translation>Versprechen {when}: {text}</translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <translation>Schlagwörter: {tags}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Personal facts</source>
        <translation>Persönliche Fakten</translation>
    </message>
    <message>
        <source>Learned {date}</source>
        <translation>Erfahren am {date}</translation>
    </message>
    <message>
        <source>What delights them</source>
        <translation>Was sie begeistert</translation>
    </message>
    <message>
        <source>Open pain points</source>
        <translation>Offene Schmerzpunkte</translation>
    </message>
    <message>
        <source>Resolved pain points</source>
        <translation>Gelöste Schmerzpunkte</translation>
    </message>
    <message>
        <source>with a competitor</source>
        <translation>mit einem Wettbewerber</translation>
    </message>
    <message>
        <source>with us</source>
        <translation>mit uns</translation>
    </message>
    <message>
        <source>{side}, resolved {date}</source>
        <translation>{side}, gelöst am {date}</translation>
    </message>
    <message>
        <source>Why they buy</source>
        <translation>Warum sie kaufen</translation>
    </message>
    <message>
        <source>Nothing yet: log a conversation (Ctrl+L) or add a fact.</source>
        <translation>Noch nichts: Halten Sie ein Gespräch fest (Strg+L) oder fügen Sie einen Fakt hinzu.</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Noch nichts festgehalten.</translation>
    </message>
    <message>
        <source>Delighted by: {text}</source>
        <translation>Begeistert von: {text}</translation>
    </message>
    <message>
        <source>Pain (competitor): {text}</source>
        <translation>Schmerzpunkt (Wettbewerber): {text}</translation>
    </message>
    <message>
        <source>Pain (us): {text}</source>
        <translation>Schmerzpunkt (wir): {text}</translation>
    </message>
    <message>
        <source>resolved {date}</source>
        <translation>gelöst am {date}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Why they buy: “{text}”</source>
        <translation>Warum sie kaufen: „{text}“</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>fällig am {date}</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>ohne Fälligkeit</translation>
    </message>
    <message>
        <source>done {date}</source>
        <translation>erledigt am {date}</translation>
    </message>
    <message>
        <source>Promise: {text}</source>
        <translation>Versprechen: {text}</translation>
    </message>
    <message>
        <source>for {occasion}</source>
        <translation>zum Anlass {occasion}</translation>
    </message>
    <message>
        <source>reaction: {reaction}</source>
        <translation>Reaktion: {reaction}</translation>
    </message>
    <message>
        <source>Gift: {what}</source>
        <translation>Geschenk: {what}</translation>
    </message>
    <message>
        <source>Invitation: {event} on {date}</source>
        <translation>Einladung: {event} am {date}</translation>
    </message>
    <message>
        <source>Milestone: {kind}</source>
        <translation>Meilenstein: {kind}</translation>
    </message>
    <message>
        <source>Purchase: {amount}</source>
        <translation>Kauf: {amount}</translation>
    </message>
    <message>
        <source>Stage: {stage} (from {previous})</source>
        <translation>Phase: {stage} (vorher {previous})</translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation>Phase: {stage}</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Noch nichts festgehalten.</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>name or company; #12 for an id</source>
        <translation>Name oder Firma; #12 für eine ID</translation>
    </message>
    <message>
        <source>✓ {who} (#{id}): Enter or Tab to pick.</source>
        <translation>✓ {who} (#{id}): Eingabe- oder Tabulatortaste wählt ihn aus.</translation>
    </message>
    <message>
        <source>{found} customers match: type more, or press ↓.</source>
        <translation>{found} Kunden passen: Tippen Sie weiter oder drücken Sie ↓.</translation>
    </message>
</context>
<context>
    <name>DamagedJournalBox</name>
    <message>
        <source>The journal is damaged</source>
        <translation>Das Journal ist beschädigt</translation>
    </message>
    <message>
        <source>The journal {name} is damaged.</source>
        <translation>Das Journal {name} ist beschädigt.</translation>
    </message>
    <message>
        <source>Its integrity check found damaged pages: some of what it holds may be unreadable or wrong.</source>
        <translation>Die Integritätsprüfung hat beschädigte Seiten gefunden: Ein Teil des Inhalts ist womöglich unlesbar oder falsch.</translation>
    </message>
    <message>
        <source>

Restore the latest good backup, taken {latest}? Changes made after it are lost. The damaged file is not overwritten: it is kept, under a name ending in “-damaged.sqlite3”, in {folder}.</source>
        <translation>

Die letzte intakte Sicherung vom {latest} wiederherstellen? Änderungen danach gehen verloren. Die beschädigte Datei wird nicht überschrieben: Sie wird unter einem Namen mit der Endung „-damaged.sqlite3“ in {folder} aufbewahrt.</translation>
    </message>
    <message>
        <source>

There is no good backup to restore. The file is left exactly as it is; File &gt; Export… may still save most of it, and &apos;custjournal check&apos; tells more.</source>
        <translation>

Es gibt keine intakte Sicherung zum Wiederherstellen. Die Datei bleibt genau so, wie sie ist; mit Datei &gt; Exportieren… lässt sich vielleicht noch das meiste retten, und &apos;custjournal check&apos; sagt mehr.</translation>
    </message>
    <message>
        <source>

Until then no automatic backup is made, so the damage can&apos;t replace a good backup.</source>
        <translation>

Bis dahin wird keine automatische Sicherung erstellt, damit der Schaden keine intakte Sicherung ersetzt.</translation>
    </message>
    <message>
        <source>

The journal is open for reading only: nothing is written into it, by the app or the command line, until a check finds it sound or a backup is restored.</source>
        <translation>

Das Journal ist nur zum Lesen geöffnet: Weder die App noch die Befehlszeile schreibt etwas hinein, bis eine Prüfung es für intakt befindet oder eine Sicherung wiederhergestellt ist.</translation>
    </message>
    <message>
        <source>&amp;Restore Latest Backup</source>
        <translation>Letzte Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>The {what} can&apos;t be empty: write it as {pattern}, or &apos;{today}&apos; or &apos;{word}&apos;.</source>
        <translation>Das Feld „{what}“ darf nicht leer sein: Schreiben Sie es als {pattern}, oder „{today}“ bzw. „{word}“.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a valid {what}: write it as {pattern} (for example {example}), or &apos;{today}&apos; or &apos;{word}&apos;.</source>
        <translation>„{text}“ ist kein gültiges Datum ({what}): Schreiben Sie es als {pattern} (zum Beispiel {example}) oder „{today}“ bzw. „{word}“.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Type a date as {pattern} (for example {example}), or &apos;{today}&apos; or &apos;{yesterday}&apos;.
Up/Down: a day earlier or later; Page Up/Down: a month.
Alt+Down: pick from a calendar.</source>
        <translation>Geben Sie ein Datum als {pattern} ein (zum Beispiel {example}), oder „{today}“ bzw. „{yesterday}“.
Auf/Ab: einen Tag früher oder später; Bild auf/ab: einen Monat.
Alt+Ab: aus einem Kalender wählen.</translation>
    </message>
    <message>
        <source>Type a date as {pattern} (for example {example}) or YYYY-MM-DD, or &apos;{today}&apos; or &apos;{yesterday}&apos;.
Up/Down: a day earlier or later; Page Up/Down: a month.
Alt+Down: pick from a calendar.</source>
        <translation>Geben Sie ein Datum als {pattern} (zum Beispiel {example}) oder JJJJ-MM-TT ein, oder „{today}“ bzw. „{yesterday}“.
Auf/Ab: einen Tag früher oder später; Bild auf/ab: einen Monat.
Alt+Ab: aus einem Kalender wählen.</translation>
    </message>
    <message>
        <source>Pick from a calendar</source>
        <translation>Aus einem Kalender wählen</translation>
    </message>
    <message>
        <source>Write the year of &apos;{text}&apos; in full, as in {example}.</source>
        <translation>Schreiben Sie das Jahr von „{text}“ vollständig, wie in {example}.</translation>
    </message>
</context>
<context>
    <name>DatePattern</name>
    <message>
        <source>D</source>
        <comment>day</comment>
        <translation>T</translation>
    </message>
    <message>
        <source>M</source>
        <comment>month</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>Y</source>
        <comment>year</comment>
        <translation>J</translation>
    </message>
</context>
<context>
    <name>DateWords</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
</context>
<context>
    <name>DelightDialog</name>
    <message>
        <source>&amp;Delight:</source>
        <translation>&amp;Begeisterung:</translation>
    </message>
</context>
<context>
    <name>DueNotifier</name>
    <message>
        <source>{customer} needs your attention</source>
        <translation>{customer} braucht Ihre Aufmerksamkeit</translation>
    </message>
</context>
<context>
    <name>DueWords</name>
    <message>
        <source>Promise due today: {text}</source>
        <translation>Versprechen heute fällig: {text}</translation>
    </message>
    <message>
        <source>Promise due tomorrow: {text}</source>
        <translation>Versprechen morgen fällig: {text}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>Important date {when} ({day}): {text}</source>
        <translation>Wichtiges Datum {when} ({day}): {text}</translation>
    </message>
</context>
<context>
    <name>DuplicateText</name>
    <message>
        <source>same email {email}</source>
        <translation>gleiche E-Mail {email}</translation>
    </message>
    <message>
        <source>same phone {phone}</source>
        <translation>gleiche Telefonnummer {phone}</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>gleicher Name</translation>
    </message>
    <message>
        <source>names {similarity}% alike</source>
        <translation>Namen zu {similarity} % ähnlich</translation>
    </message>
    <message>
        <source>same company</source>
        <translation>gleiche Firma</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find Duplicates</source>
        <translation>Duplikate finden</translation>
    </message>
    <message>
        <source>Looking for customers who are likely the same person…</source>
        <translation>Suche nach Kunden, die wahrscheinlich dieselbe Person sind…</translation>
    </message>
    <message>
        <source>Side by side: choose what to keep</source>
        <translation>Nebeneinander: Wählen Sie, was bleiben soll</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Fold the right customer into the left one; every entry of both is kept</source>
        <translation>Den rechten Kunden in den linken übernehmen; jeder Eintrag beider bleibt erhalten</translation>
    </message>
    <message>
        <source>S&amp;wap Sides</source>
        <translation>Seiten &amp;tauschen</translation>
    </message>
    <message>
        <source>&amp;Not Duplicates</source>
        <translation>&amp;Keine Duplikate</translation>
    </message>
    <message>
        <source>They are different people: don&apos;t offer this pair again</source>
        <translation>Das sind verschiedene Personen: Dieses Paar nicht mehr vorschlagen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>Keine wahrscheinlichen Duplikate.</translation>
    </message>
    <message>
        <source>Why: {reason}.</source>
        <translation>Grund: {reason}.</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>bleibt</translation>
    </message>
    <message>
        <source>merged in</source>
        <translation>wird übernommen</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Own cadence</source>
        <translation>Eigener Kontaktrhythmus</translation>
    </message>
    <message>
        <source>Tier pin</source>
        <translation>Festgelegte Stufe</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>customer since {day}</source>
        <translation>Kunde seit {day}</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>no entries</source>
        <translation>keine Einträge</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>The journal {name} is encrypted. Type its passphrase to open it.</source>
        <translation>Das Journal {name} ist verschlüsselt. Geben Sie die Passphrase ein, um es zu öffnen.</translation>
    </message>
    <message>
        <source>Three passphrases did not open the journal {path}, so Customer Journal closes. A lost passphrase can&apos;t be recovered (see docs/privacy.md); a backup made before the journal was encrypted opens without one.</source>
        <translation>Drei Passphrasen haben das Journal {path} nicht geöffnet, daher wird Customer Journal beendet. Eine verlorene Passphrase lässt sich nicht wiederherstellen (siehe docs/privacy.md); eine Sicherung von vor der Verschlüsselung öffnet sich ohne.</translation>
    </message>
    <message>
        <source>That passphrase does not open it: try again.</source>
        <translation>Diese Passphrase öffnet es nicht: Versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>{name} is encrypted. Type its passphrase.</source>
        <translation>{name} ist verschlüsselt. Geben Sie die Passphrase ein.</translation>
    </message>
</context>
<context>
    <name>EncryptionActions</name>
    <message>
        <source>E&amp;ncrypt Journal…</source>
        <translation>Journal &amp;verschlüsseln…</translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation>&amp;Passphrase ändern…</translation>
    </message>
    <message>
        <source>&amp;Decrypt Journal…</source>
        <translation>Journal &amp;entschlüsseln…</translation>
    </message>
    <message>
        <source>Protect the journal and its backups with a passphrase</source>
        <translation>Das Journal und seine Sicherungen mit einer Passphrase schützen</translation>
    </message>
    <message>
        <source>Choose a new passphrase for the encrypted journal</source>
        <translation>Eine neue Passphrase für das verschlüsselte Journal wählen</translation>
    </message>
    <message>
        <source>Turn the journal and its backups back into plain files</source>
        <translation>Das Journal und seine Sicherungen wieder in unverschlüsselte Dateien umwandeln</translation>
    </message>
    <message>
        <source>Choose a passphrase for this journal. It and its backups are encrypted with it, and without it nobody can open them: not even you, if it is lost. It can&apos;t be recovered.</source>
        <translation>Wählen Sie eine Passphrase für dieses Journal. Das Journal und seine Sicherungen werden damit verschlüsselt, und ohne sie kann niemand sie öffnen – auch Sie nicht, wenn sie verloren geht. Sie lässt sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Encrypting the journal…</source>
        <translation>Das Journal wird verschlüsselt…</translation>
    </message>
    <message>
        <source>The journal and its backups are encrypted. Exports (File &gt; Export…) are still plain text.</source>
        <translation>Das Journal und seine Sicherungen sind verschlüsselt. Exporte (Datei &gt; Exportieren…) sind weiterhin Klartext.</translation>
    </message>
    <message>
        <source>Choose the new passphrase. The old one will no longer open the journal or its backups.</source>
        <translation>Wählen Sie die neue Passphrase. Die alte öffnet dann weder das Journal noch seine Sicherungen.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Die Passphrase wird geändert…</translation>
    </message>
    <message>
        <source>The passphrase is changed.</source>
        <translation>Die Passphrase ist geändert.</translation>
    </message>
    <message>
        <source>Decrypt the journal and its backups? They become plain files that anyone who can read them can open.</source>
        <translation>Das Journal und seine Sicherungen entschlüsseln? Sie werden zu unverschlüsselten Dateien, die jeder öffnen kann, der sie lesen kann.</translation>
    </message>
    <message>
        <source>&amp;Decrypt</source>
        <translation>&amp;Entschlüsseln</translation>
    </message>
    <message>
        <source>Decrypting the journal…</source>
        <translation>Das Journal wird entschlüsselt…</translation>
    </message>
    <message>
        <source>The journal and its backups are plain files again.</source>
        <translation>Das Journal und seine Sicherungen sind wieder unverschlüsselte Dateien.</translation>
    </message>
    <message>
        <source>The conversion failed; the journal was left as it was. The details are in {where}.</source>
        <translation>Die Umwandlung ist fehlgeschlagen; das Journal ist unverändert. Die Einzelheiten stehen in {where}.</translation>
    </message>
</context>
<context>
    <name>Entries</name>
    <message>
        <source>conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>delight</source>
        <translation>Begeisterung</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>Schmerzpunkt</translation>
    </message>
    <message>
        <source>fact</source>
        <translation>Fakt</translation>
    </message>
    <message>
        <source>promise</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <source>invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>stage change</source>
        <translation>Phasenwechsel</translation>
    </message>
    <message>
        <source>contact point</source>
        <translation>Kontaktangabe</translation>
    </message>
</context>
<context>
    <name>EntryTree</name>
    <message>
        <source>by {name}</source>
        <translation>von {name}</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Mark kept</source>
        <translation>Als eingehalten markieren</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Als gelöst markieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>EraseFlow</name>
    <message>
        <source>There is no customer #{cid}: it may have been erased already.</source>
        <translation>Es gibt keinen Kunden #{cid}: Er wurde möglicherweise schon gelöscht.</translation>
    </message>
    <message>
        <source>Looking into the JSON backups on this computer…</source>
        <translation>Die JSON-Sicherungen auf diesem Computer werden durchgesehen…</translation>
    </message>
    <message>
        <source>Erase Customer</source>
        <translation>Kunden löschen</translation>
    </message>
    <message>
        <source>Erase {who} and everything logged about them?</source>
        <translation>{who} und alles, was zu diesem Kunden festgehalten ist, löschen?</translation>
    </message>
    <message>
        <source>Their conversations, promises, facts, gifts, invitations, milestones and purchases are removed from the journal for good. This can&apos;t be undone.</source>
        <translation>Gespräche, Versprechen, Fakten, Geschenke, Einladungen, Meilensteine und Käufe werden endgültig aus dem Journal entfernt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>The server&apos;s own backups (pg_dump) and JSON backups on colleagues&apos; computers are not erased from here: erase them there as your team keeps those.</source>
        <translation>Die eigenen Sicherungen des Servers (pg_dump) und JSON-Sicherungen auf den Computern von Kollegen werden von hier aus nicht gelöscht: Löschen Sie sie dort, wo Ihr Team sie aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source> No backup holds them.</source>
        <translation> Keine Sicherung enthält diesen Kunden.</translation>
    </message>
    <message>
        <source>Erasing {name}…</source>
        <translation>{name} wird gelöscht…</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>comma</source>
        <translation>das Komma</translation>
    </message>
    <message>
        <source>dot</source>
        <translation>der Punkt</translation>
    </message>
    <message>
        <source>The {what} {day} is out of range: Customer Journal works with dates from {first} to {last}.</source>
        <translation>{what} {day} liegt außerhalb des Bereichs: Customer Journal arbeitet mit Daten vom {first} bis zum {last}.</translation>
    </message>
    <message>
        <source>The {what} is too long ({length} characters): it may hold at most {limit} characters. Shorten it and try again.</source>
        <translation>{what} ist zu lang ({length} Zeichen): erlaubt sind höchstens {limit} Zeichen. Bitte kürzen und noch einmal versuchen.</translation>
    </message>
    <message>
        <source>&apos;{shown}&apos; is not a valid {what}: write it as YYYY-MM-DD (for example 2026-11-22), or &apos;today&apos; or &apos;tomorrow&apos;.</source>
        <translation>„{shown}“ ist kein gültiges Datum ({what}): Schreiben Sie es als JJJJ-MM-TT (zum Beispiel 2026-11-22) oder „today“ bzw. „tomorrow“.</translation>
    </message>
    <message>
        <source>&apos;{shown}&apos; is not a valid {what}: write it as YYYY-MM-DD (for example 2026-11-22), or &apos;today&apos; or &apos;yesterday&apos;.</source>
        <translation>„{shown}“ ist kein gültiges Datum ({what}): Schreiben Sie es als JJJJ-MM-TT (zum Beispiel 2026-11-22) oder „today“ bzw. „yesterday“.</translation>
    </message>
    <message>
        <source>The {what} {day} is in the future: what already happened can only be dated today ({today}) or earlier.</source>
        <translation>{what} {day} liegt in der Zukunft: Was schon geschehen ist, kann nur auf heute ({today}) oder früher datiert werden.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid recurring date: write it as MM-DD (for example 03-14).</source>
        <translation>„{value}“ ist kein gültiges wiederkehrendes Datum: Schreiben Sie es als MM-TT (zum Beispiel 03-14).</translation>
    </message>
    <message>
        <source>The {what} {value} is too large: the most is {most}.</source>
        <translation>{what} {value} ist zu groß: höchstens {most}.</translation>
    </message>
    <message>
        <source>The {what} can&apos;t be negative ({value}).</source>
        <translation>{what} darf nicht negativ sein ({value}).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid {what}: write a whole number from 0 to {most}, such as 120 or 7004.</source>
        <translation>„{value}“ ist kein gültiger Wert für {what}: Schreiben Sie eine ganze Zahl von 0 bis {most}, etwa 120 oder 7004.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid {what}: write a number from 0 to {most}, such as 120, 99.50 or 99,50.</source>
        <translation>„{value}“ ist kein gültiger Wert für {what}: Schreiben Sie eine Zahl von 0 bis {most}, etwa 120, 99,50 oder 99.50.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; can be read two ways: {grouped} if the {name} groups thousands, or {decimal} if it is the decimal mark: write {grouped} or {cents}.</source>
        <translation>„{text}“ lässt sich auf zwei Arten lesen: {grouped}, wenn {name} die Tausender trennt, oder {decimal}, wenn es sich um das Dezimalzeichen handelt: Schreiben Sie {grouped} oder {cents}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; can be read two ways: {grouped} if the {name} groups thousands, or {decimal}, which has more than two decimals: write {grouped}.00 for the first, or round the second to cents ({cents}).</source>
        <translation>„{text}“ lässt sich auf zwei Arten lesen: {grouped}, wenn {name} die Tausender trennt, oder {decimal} mit mehr als zwei Nachkommastellen: Schreiben Sie {grouped}.00 für das Erste, oder runden Sie das Zweite auf Cent ({cents}).</translation>
    </message>
    <message>
        <source>The {what} can&apos;t be empty: write a number such as 120.</source>
        <translation>{what} darf nicht leer sein: Schreiben Sie eine Zahl, etwa 120.</translation>
    </message>
    <message>
        <source>The {what} {value} has more than two decimals: round it to cents.</source>
        <translation>{what} {value} hat mehr als zwei Nachkommastellen: Bitte auf Cent runden.</translation>
    </message>
    <message>
        <source>{currency} has no decimals: write a whole amount such as {whole}.</source>
        <translation>{currency} hat keine Nachkommastellen: Bitte einen ganzen Betrag schreiben, etwa {whole}.</translation>
    </message>
    <message>
        <source>The {what} can&apos;t be empty.</source>
        <translation>{what} darf nicht leer sein.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid cadence: give a whole number of days, such as 21.</source>
        <translation>„{value}“ ist kein gültiger Kontaktrhythmus: Geben Sie eine ganze Zahl von Tagen an, etwa 21.</translation>
    </message>
    <message>
        <source>A cadence of {days} days makes no sense: give between 1 and 3650 days.</source>
        <translation>Ein Kontaktrhythmus von {days} Tagen ergibt keinen Sinn: Geben Sie 1 bis 3650 Tage an.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a currency code: use three letters such as EUR or USD.</source>
        <translation>„{value}“ ist kein Währungscode: Verwenden Sie drei Buchstaben wie EUR oder USD.</translation>
    </message>
    <message>
        <source>That can&apos;t be undone any more: the journal changed since. Nothing was changed.</source>
        <translation>Das lässt sich nicht mehr rückgängig machen: Das Journal hat sich seitdem geändert. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>There is no customer #{id}: it may have been erased.</source>
        <translation>Es gibt keinen Kunden #{id}: Er wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>An important date needs its day of the year: write it as MM-DD, for example 03-14.</source>
        <translation>Ein wichtiges Datum braucht seinen Tag im Jahr: Schreiben Sie es als MM-TT, zum Beispiel 03-14.</translation>
    </message>
    <message>
        <source>A due date needs the promise itself: write what was promised.</source>
        <translation>Ein Fälligkeitsdatum braucht das Versprechen selbst: Schreiben Sie, was versprochen wurde.</translation>
    </message>
    <message>
        <source>The cost can&apos;t be negative.</source>
        <translation>Die Kosten dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>The amount can&apos;t be negative.</source>
        <translation>Der Betrag darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The {what} can&apos;t be negative.</source>
        <translation>{what} darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>That {entry} no longer exists.</source>
        <translation>Diesen Eintrag ({entry}) gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>No customer has the tag &apos;{tag}&apos; (tags: {tags}).</source>
        <translation>Kein Kunde hat das Schlagwort „{tag}“ (Schlagwörter: {tags}).</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; does not say which {reason}: write it as {reason}:ID, such as {reason}:12, or give the start of its text.</source>
        <translation>„{key}“ nennt keine Nummer: Schreiben Sie {reason}:ID, etwa {reason}:12, oder geben Sie den Anfang des Textes an.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a reminder: write just &apos;{reason}&apos;.</source>
        <translation>„{key}“ ist keine Erinnerung: Schreiben Sie nur „{reason}“.</translation>
    </message>
    <message>
        <source>Snooze until a day after today ({today}), not {until}: to put a reminder away until the next contact, dismiss it instead.</source>
        <translation>Zurückstellen bis zu einem Tag nach heute ({today}), nicht bis {until}: Um eine Erinnerung bis zum nächsten Kontakt wegzulegen, blenden Sie sie stattdessen aus.</translation>
    </message>
    <message>
        <source>&apos;{query}&apos; is not a customer id: write it as #12 or id:12.</source>
        <translation>„{query}“ ist keine Kundennummer: Schreiben Sie sie als #12 oder id:12.</translation>
    </message>
    <message>
        <source>The customer can&apos;t be empty: give a name or an id such as &apos;#12&apos;.</source>
        <translation>Der Kunde darf nicht leer sein: Geben Sie einen Namen oder eine Nummer wie „#12“ an.</translation>
    </message>
    <message>
        <source>There is no customer #{id}.</source>
        <translation>Es gibt keinen Kunden #{id}.</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> und {count} weitere</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{query}&apos; matches %n customer(s): {shown}{more}. Give more of the name, or the id such as &apos;#12&apos;.</source>
        <translation>
            <numerusform>„{query}“ passt zu %n Kunden: {shown}{more}. Geben Sie mehr vom Namen an, oder die Nummer wie „#12“.</numerusform>
            <numerusform>„{query}“ passt zu %n Kunden: {shown}{more}. Geben Sie mehr vom Namen an, oder die Nummer wie „#12“.</numerusform>
        </translation>
    </message>
    <message>
        <source> Did you mean {first}?</source>
        <translation> Meinten Sie {first}?</translation>
    </message>
    <message>
        <source> Did you mean {first} or {second}?</source>
        <translation> Meinten Sie {first} oder {second}?</translation>
    </message>
    <message>
        <source> Did you mean {first} or {second} or {third}?</source>
        <translation> Meinten Sie {first}, {second} oder {third}?</translation>
    </message>
    <message>
        <source>No customer matches &apos;{query}&apos;.{hint}</source>
        <translation>Kein Kunde passt zu „{query}“.{hint}</translation>
    </message>
    <message>
        <source>Line {line} of {name} has {values} values but the header names {columns} columns: check the line&apos;s quotes and separators. Nothing was imported.</source>
        <translation>Zeile {line} von {name} hat {values} Werte, die Kopfzeile nennt aber {columns} Spalten: Prüfen Sie die Anführungszeichen und Trennzeichen dieser Zeile. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Line {line} of {name} can&apos;t be read as CSV ({reason}). Nothing was imported.</source>
        <translation>Zeile {line} von {name} lässt sich nicht als CSV lesen ({reason}). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>{name} is empty: there is nothing to import.</source>
        <translation>{name} ist leer: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>The mapping &apos;{piece}&apos; has no &apos;=&apos;: write FIELD=COLUMN, for example &quot;name=Full name,email=E-mail 1&quot;.</source>
        <translation>Der Zuordnung „{piece}“ fehlt ein „=“: Schreiben Sie FELD=SPALTE, zum Beispiel „name=Full name,email=E-mail 1“.</translation>
    </message>
    <message>
        <source>Unknown field &apos;{name}&apos; in the mapping: use one of {fields}.</source>
        <translation>Unbekanntes Feld „{name}“ in der Zuordnung: Verwenden Sie eines von {fields}.</translation>
    </message>
    <message>
        <source>Only email, phone, address and url take a label in the mapping, not {field}.</source>
        <translation>In der Zuordnung nehmen nur email, phone, address und url eine Bezeichnung an, nicht {field}.</translation>
    </message>
    <message>
        <source>The mapping for {field} names no column.</source>
        <translation>Die Zuordnung für {field} nennt keine Spalte.</translation>
    </message>
    <message>
        <source>The mapping is empty: write FIELD=COLUMN pairs, such as name=Full name.</source>
        <translation>Die Zuordnung ist leer: Schreiben Sie Paare FELD=SPALTE, etwa name=Full name.</translation>
    </message>
    <message>
        <source>The file has no column &apos;{column}&apos;: its columns are {shown}.</source>
        <translation>Die Datei hat keine Spalte „{column}“: Ihre Spalten sind {shown}.</translation>
    </message>
    <message>
        <source>The columns ({shown}) are not a layout Customer Journal knows (its own, Google Contacts, Outlook).</source>
        <translation>Die Spalten ({shown}) entsprechen keinem Aufbau, den Customer Journal kennt (seinem eigenen, Google Contacts, Outlook).</translation>
    </message>
    <message>
        <source>Nothing in the mapping gives a name: map a column to name (or first_name and last_name, company, email or phone).</source>
        <translation>Nichts in der Zuordnung ergibt einen Namen: Ordnen Sie eine Spalte name zu (oder first_name und last_name, company, email oder phone).</translation>
    </message>
    <message>
        <source>Columns left out: {shown}{more}.</source>
        <translation>Ausgelassene Spalten: {shown}{more}.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>vCard file</source>
        <translation>vCard-Datei</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>JSON-Datei</translation>
    </message>
    <message>
        <source>There is no {what} at {path}: check the path.</source>
        <translation>Unter {path} gibt es keine {what}: Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>{path} is a folder: give the path of a {what}.</source>
        <translation>{path} ist ein Ordner: Geben Sie den Pfad einer {what} an.</translation>
    </message>
    <message>
        <source>{path} is larger than {size} MB: that is not a {what} Customer Journal can read.</source>
        <translation>{path} ist größer als {size} MB: Eine solche {what} kann Customer Journal nicht lesen.</translation>
    </message>
    <message>
        <source>Can&apos;t read {path}: {reason}.</source>
        <translation>{path} lässt sich nicht lesen: {reason}.</translation>
    </message>
    <message>
        <source>the journal itself</source>
        <translation>das Journal selbst</translation>
    </message>
    <message>
        <source>the journal&apos;s {side} file</source>
        <translation>die {side}-Datei des Journals</translation>
    </message>
    <message>
        <source>{target} is {what}: nothing was written. Choose another file name for the output.</source>
        <translation>{target} ist {what}: Es wurde nichts geschrieben. Wählen Sie einen anderen Dateinamen für die Ausgabe.</translation>
    </message>
    <message>
        <source>in the journal&apos;s backup folder</source>
        <translation>im Sicherungsordner des Journals</translation>
    </message>
    <message>
        <source>a backup of the journal ({name})</source>
        <translation>eine Sicherung des Journals ({name})</translation>
    </message>
    <message>
        <source>{path} is a folder: give the name of the file to write.</source>
        <translation>{path} ist ein Ordner: Geben Sie den Namen der Datei an, die geschrieben werden soll.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: create it first or pick another.</source>
        <translation>Den Ordner {folder} gibt es nicht: Legen Sie ihn zuerst an, oder wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Can&apos;t write to {folder}: {reason}.</source>
        <translation>In {folder} lässt sich nicht schreiben: {reason}.</translation>
    </message>
    <message>
        <source>Can&apos;t write {path}: {reason}.</source>
        <translation>{path} lässt sich nicht schreiben: {reason}.</translation>
    </message>
    <message>
        <source>The journal {path} is busy: another program is writing to it. Wait a moment and try again, or close the other program.</source>
        <translation>Das Journal {path} ist belegt: Ein anderes Programm schreibt gerade hinein. Warten Sie einen Moment und versuchen Sie es noch einmal, oder schließen Sie das andere Programm.</translation>
    </message>
    <message>
        <source>The journal {path} is read-only: check the file&apos;s permissions or copy it to a folder you can write to.</source>
        <translation>Das Journal {path} ist schreibgeschützt: Prüfen Sie die Berechtigungen der Datei, oder kopieren Sie sie in einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>The disk holding the journal {path} is full: free some space and try again. Nothing was changed.</source>
        <translation>Der Datenträger mit dem Journal {path} ist voll: Schaffen Sie etwas Platz und versuchen Sie es noch einmal. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The journal {path} could not be read or written (disk I/O error): check the disk.</source>
        <translation>Das Journal {path} ließ sich nicht lesen oder schreiben (Ein-/Ausgabefehler des Datenträgers): Prüfen Sie den Datenträger.</translation>
    </message>
    <message>
        <source>{path} is not a Customer Journal file, or it is damaged: check the path, or restore a backup.</source>
        <translation>{path} ist keine Customer-Journal-Datei, oder sie ist beschädigt: Prüfen Sie den Pfad, oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The journal {path} is damaged: restore a backup, and keep the damaged file for inspection.</source>
        <translation>Das Journal {path} ist beschädigt: Stellen Sie eine Sicherung wieder her, und bewahren Sie die beschädigte Datei zur Untersuchung auf.</translation>
    </message>
    <message>
        <source>The journal {path} can&apos;t be opened: check that the folder exists and that you may read and write it.</source>
        <translation>Das Journal {path} lässt sich nicht öffnen: Prüfen Sie, ob es den Ordner gibt und ob Sie darin lesen und schreiben dürfen.</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a Customer Journal (it lacks the journal&apos;s tables): choose another file. The file was left untouched.</source>
        <translation>{path} ist eine SQLite-Datei, aber kein Customer Journal (ihr fehlen die Tabellen des Journals): Wählen Sie eine andere Datei. Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>The journal {path} has lost its schema version (its alembic_version table is empty), so it can&apos;t be opened safely: restore a backup. The file was left untouched.</source>
        <translation>Das Journal {path} hat seine Schemaversion verloren (seine Tabelle alembic_version ist leer) und lässt sich daher nicht sicher öffnen: Stellen Sie eine Sicherung wieder her. Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>{path} can&apos;t be read as a journal ({reason}): check the path, or restore a backup.</source>
        <translation>{path} lässt sich nicht als Journal lesen ({reason}): Prüfen Sie den Pfad, oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The journal {path} was made by a newer version of Customer Journal (schema {revision}): update the app to open it. The file was left untouched.</source>
        <translation>Das Journal {path} wurde von einer neueren Version von Customer Journal angelegt (Schema {revision}): Aktualisieren Sie die App, um es zu öffnen. Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>The journal {path} is read-only: the file can&apos;t be written, so it is open for reading only. To change it, copy it to a folder you can write to, or ask for the right to write it.</source>
        <translation>Das Journal {path} ist schreibgeschützt: Die Datei kann nicht beschrieben werden, daher ist sie nur zum Lesen geöffnet. Um sie zu ändern, kopieren Sie sie in einen Ordner, in den Sie schreiben dürfen, oder lassen Sie sich das Recht geben, sie zu beschreiben.</translation>
    </message>
    <message>
        <source>The journal {path} is read-only: its folder can&apos;t be written, so it is open for reading only. To change it, copy it to a folder you can write to, or ask for the right to write there.</source>
        <translation>Das Journal {path} ist schreibgeschützt: In seinen Ordner kann nicht geschrieben werden, daher ist es nur zum Lesen geöffnet. Um es zu ändern, kopieren Sie es in einen Ordner, in den Sie schreiben dürfen, oder lassen Sie sich das Recht geben, dort zu schreiben.</translation>
    </message>
    <message>
        <source>The journal {path} is damaged, so it is open for reading only and nothing is written into it: restore a backup, or export what can still be read.</source>
        <translation>Das Journal {path} ist beschädigt, daher ist es nur zum Lesen geöffnet und es wird nichts hineingeschrieben: Stellen Sie eine Sicherung wieder her, oder exportieren Sie, was sich noch lesen lässt.</translation>
    </message>
    <message>
        <source>A change to the journal {path} could not be written (disk I/O error), so it is open for reading only and nothing more is written into it: close Customer Journal and open the journal again, which checks it.</source>
        <translation>Eine Änderung am Journal {path} konnte nicht geschrieben werden (Ein-/Ausgabefehler des Datenträgers), daher ist es nur zum Lesen geöffnet und es wird nichts mehr hineingeschrieben: Schließen Sie Customer Journal und öffnen Sie das Journal erneut; dabei wird es geprüft.</translation>
    </message>
    <message>
        <source>The journal {path} was replaced (restored from a backup) while this program had it open, so this change was not saved: open the journal again and repeat it.</source>
        <translation>Das Journal {path} wurde ersetzt (aus einer Sicherung wiederhergestellt), während dieses Programm es geöffnet hatte; diese Änderung wurde daher nicht gespeichert: Öffnen Sie das Journal erneut und wiederholen Sie sie.</translation>
    </message>
    <message>
        <source>This Python uses SQLite {version}, and Customer Journal needs {needed} or newer (window functions): install a newer Python, or start the app with the one its installer set up.</source>
        <translation>Dieses Python verwendet SQLite {version}, Customer Journal braucht aber {needed} oder neuer (Fensterfunktionen): Installieren Sie ein neueres Python, oder starten Sie die App mit dem, das ihr Installationsprogramm eingerichtet hat.</translation>
    </message>
    <message>
        <source>The journal path {path} is not UTF-8 text, which SQLite needs: rename the file or its folder, or choose another path.</source>
        <translation>Der Journalpfad {path} ist kein UTF-8-Text, den SQLite aber braucht: Benennen Sie die Datei oder ihren Ordner um, oder wählen Sie einen anderen Pfad.</translation>
    </message>
    <message>
        <source>{path} is a folder: give the path of a journal file.</source>
        <translation>{path} ist ein Ordner: Geben Sie den Pfad einer Journaldatei an.</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device, pipe or socket): give the path of a journal file.</source>
        <translation>{path} ist keine gewöhnliche Datei (sondern ein Gerät, eine Pipe oder ein Socket): Geben Sie den Pfad einer Journaldatei an.</translation>
    </message>
    <message>
        <source>No journal at {path}: add a customer to start one, or give the path of an existing journal.</source>
        <translation>Unter {path} gibt es kein Journal: Legen Sie einen Kunden an, um eines zu beginnen, oder geben Sie den Pfad eines vorhandenen Journals an.</translation>
    </message>
    <message>
        <source>Can&apos;t create the journal {path}: {reason}.</source>
        <translation>Das Journal {path} lässt sich nicht anlegen: {reason}.</translation>
    </message>
    <message>
        <source>{path} holds no journal yet (it is empty): add a customer to start one, or give the path of an existing journal.</source>
        <translation>{path} enthält noch kein Journal (die Datei ist leer): Legen Sie einen Kunden an, um eines zu beginnen, oder geben Sie den Pfad eines vorhandenen Journals an.</translation>
    </message>
    <message>
        <source>The journal {path} was made by an older version of Customer Journal and must be upgraded to be opened, but its file or folder can&apos;t be written: copy it to a folder you can write to and open the copy. The file was left untouched.</source>
        <translation>Das Journal {path} stammt von einer älteren Version von Customer Journal und muss zum Öffnen aktualisiert werden, aber seine Datei oder sein Ordner kann nicht beschrieben werden: Kopieren Sie es in einen Ordner, in den Sie schreiben dürfen, und öffnen Sie die Kopie. Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>A new journal could not be created at {path} ({reason}): free some space on that disk, or choose another place. No file was left behind.</source>
        <translation>Unter {path} ließ sich kein neues Journal anlegen ({reason}): Schaffen Sie Platz auf diesem Datenträger, oder wählen Sie einen anderen Ort. Es wurde keine Datei zurückgelassen.</translation>
    </message>
    <message>
        <source>Unknown format &apos;{given}&apos;: use one of {allowed}.</source>
        <translation>Unbekanntes Format „{given}“: Verwenden Sie eines von {allowed}.</translation>
    </message>
    <message>
        <source>Can&apos;t tell the format of {name} from its name: it can be csv, json, vcard or ics.</source>
        <translation>Das Format von {name} lässt sich am Namen nicht erkennen: Es kann csv, json, vcard oder ics sein.</translation>
    </message>
    <message>
        <source>The JSON export is the whole journal: only CSV and vCard take a tag.</source>
        <translation>Der JSON-Export ist das ganze Journal: Nur CSV und vCard lassen sich auf ein Schlagwort beschränken.</translation>
    </message>
    <message>
        <source>The {format} export can&apos;t be written to a stream.</source>
        <translation>Der {format}-Export lässt sich nicht in einen Datenstrom schreiben.</translation>
    </message>
    <message>
        <source>The iCalendar export has every reminder: only CSV and vCard take a tag.</source>
        <translation>Der iCalendar-Export enthält jede Erinnerung: Nur CSV und vCard lassen sich auf ein Schlagwort beschränken.</translation>
    </message>
    <message>
        <source>This version of Customer Journal can&apos;t export iCalendar yet.</source>
        <translation>Diese Version von Customer Journal kann noch nicht nach iCalendar exportieren.</translation>
    </message>
    <message>
        <source>Unknown {what} &apos;{value}&apos;: use one of {allowed}.</source>
        <translation>Unbekannter Wert für {what}: „{value}“. Verwenden Sie einen von {allowed}.</translation>
    </message>
    <message>
        <source>A custom milestone kind can&apos;t be empty.</source>
        <translation>Eine eigene Meilensteinart darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Unknown milestone kind &apos;{value}&apos;: use one of {allowed}.</source>
        <translation>Unbekannte Meilensteinart „{value}“: Verwenden Sie eine von {allowed}.</translation>
    </message>
    <message>
        <source>A cadence of {value} days is outside 1 to 3650 days.</source>
        <translation>Ein Kontaktrhythmus von {value} Tagen liegt außerhalb von 1 bis 3650 Tagen.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line {line}, column {column}: {reason}). Nothing was imported.</source>
        <translation>Die Datei ist kein gültiges JSON (Zeile {line}, Spalte {column}: {reason}). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file is not valid JSON text (UTF-8). Nothing was imported.</source>
        <translation>Die Datei ist kein gültiger JSON-Text (UTF-8). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The JSON file holds a number with more than 4,300 digits, which no field of a journal can take: check the file. Nothing was imported.</source>
        <translation>Die JSON-Datei enthält eine Zahl mit mehr als 4.300 Ziffern, die kein Feld eines Journals aufnehmen kann: Prüfen Sie die Datei. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The JSON file can&apos;t be imported: {where} {problem}. Nothing was imported.</source>
        <translation>Die JSON-Datei lässt sich nicht importieren: {where} {problem}. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Can&apos;t tell the format of {name} from its name: it can be {formats} or {last}.</source>
        <translation>Das Format von {name} lässt sich am Namen nicht erkennen: Es kann {formats} oder {last} sein.</translation>
    </message>
    <message>
        <source>A column mapping is only for CSV files.</source>
        <translation>Eine Spaltenzuordnung gibt es nur für CSV-Dateien.</translation>
    </message>
    <message>
        <source>{name} can&apos;t be imported: the {what} of {source} is too long ({length} characters; at most {limit} are kept). Shorten it in the file and try again. Nothing was imported.</source>
        <translation>{name} lässt sich nicht importieren: {what} von {source} ist zu lang ({length} Zeichen; höchstens {limit} werden übernommen). Kürzen Sie den Wert in der Datei und versuchen Sie es noch einmal. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The journal {path} stayed busy (another program is writing to it): try again in a moment.</source>
        <translation>Das Journal {path} blieb belegt (ein anderes Programm schreibt hinein): Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was written.</source>
        <translation>Die Sicherung wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>the disk holding it is full: free some space there or choose another folder</source>
        <translation>der Datenträger ist voll: Schaffen Sie dort Platz, oder wählen Sie einen anderen Ordner</translation>
    </message>
    <message>
        <source>the folder is read-only or not yours: choose another folder</source>
        <translation>der Ordner ist schreibgeschützt oder gehört Ihnen nicht: Wählen Sie einen anderen Ordner</translation>
    </message>
    <message>
        <source>the file grew past the size this system allows: choose another folder</source>
        <translation>die Datei wurde größer, als dieses System erlaubt: Wählen Sie einen anderen Ordner</translation>
    </message>
    <message>
        <source>Nothing could be written in {folder}: {why}. Nothing was changed.</source>
        <translation>In {folder} ließ sich nichts schreiben: {why}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>No journal at {path}: there is nothing to back up.</source>
        <translation>Unter {path} gibt es kein Journal: Es gibt nichts zu sichern.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: create it first.</source>
        <translation>Den Ordner {folder} gibt es nicht: Legen Sie ihn zuerst an.</translation>
    </message>
    <message>
        <source>A backup can&apos;t replace the journal itself: choose another file.</source>
        <translation>Eine Sicherung kann nicht das Journal selbst ersetzen: Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>{path} can&apos;t be read ({reason}).</source>
        <translation>{path} lässt sich nicht lesen ({reason}).</translation>
    </message>
    <message>
        <source>{path} exists and is not a backup: choose another file name.</source>
        <translation>{path} gibt es schon, und es ist keine Sicherung: Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>The backup of {path} failed ({reason}).</source>
        <translation>Die Sicherung von {path} ist fehlgeschlagen ({reason}).</translation>
    </message>
    <message>
        <source>The copy of {path} did not pass its check: the journal may be damaged.</source>
        <translation>Die Kopie von {path} hat die Prüfung nicht bestanden: Das Journal ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>No journal at {path}: check the path.</source>
        <translation>Unter {path} gibt es kein Journal: Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>There is no backup at {path}: check the path.</source>
        <translation>Unter {path} gibt es keine Sicherung: Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a journal.</source>
        <translation>{path} ist ein Ordner, kein Journal.</translation>
    </message>
    <message>
        <source>That file is the journal itself: choose a backup to restore.</source>
        <translation>Diese Datei ist das Journal selbst: Wählen Sie eine Sicherung zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>{path} can&apos;t be restored: {problems}. The journal was left as it was.</source>
        <translation>{path} lässt sich nicht wiederherstellen: {problems}. Das Journal blieb, wie es war.</translation>
    </message>
    <message>
        <source>{backup} is encrypted and the journal {path} is not: both must be alike to restore. The journal was left as it was.</source>
        <translation>{backup} ist verschlüsselt, das Journal {path} aber nicht: Zum Wiederherstellen müssen beide gleich sein. Das Journal blieb, wie es war.</translation>
    </message>
    <message>
        <source>{backup} is not encrypted and the journal {path} is not: both must be alike to restore. The journal was left as it was.</source>
        <translation>{backup} ist nicht verschlüsselt, das Journal {path} aber schon: Zum Wiederherstellen müssen beide gleich sein. Das Journal blieb, wie es war.</translation>
    </message>
    <message>
        <source>The restore of {path} failed ({reason}): the journal was left as it was.</source>
        <translation>Die Wiederherstellung von {path} ist fehlgeschlagen ({reason}): Das Journal blieb, wie es war.</translation>
    </message>
    <message>
        <source>{first} and {second} are already linked that way ({how}). Nothing was changed.</source>
        <translation>{first} und {second} sind bereits so verknüpft ({how}). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source> as &apos;{kind}&apos;</source>
        <translation> als „{kind}“</translation>
    </message>
    <message>
        <source>{first} and {second} are not linked{how}: nothing to remove. Nothing was changed.</source>
        <translation>{first} und {second} sind nicht verknüpft{how}: Es gibt nichts zu entfernen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>That link was removed meanwhile. Nothing was changed.</source>
        <translation>Diese Verknüpfung wurde inzwischen entfernt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is no company name (nothing is left once punctuation is taken off): give the firm&apos;s name.</source>
        <translation>„{value}“ ist kein Firmenname (ohne Satzzeichen bleibt nichts übrig): Geben Sie den Namen der Firma an.</translation>
    </message>
    <message>
        <source>they are written alike</source>
        <translation>sie werden gleich geschrieben</translation>
    </message>
    <message>
        <source>you said so before</source>
        <translation>das haben Sie schon früher angegeben</translation>
    </message>
    <message>
        <source>&apos;{first}&apos; and &apos;{second}&apos; are already one firm ({how}). Nothing was changed.</source>
        <translation>„{first}“ und „{second}“ sind bereits eine Firma ({how}). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source> (they are written alike, which always makes them one)</source>
        <translation> (sie werden gleich geschrieben, das macht sie immer zu einer)</translation>
    </message>
    <message>
        <source>You never said &apos;{first}&apos; and &apos;{second}&apos; are one firm{why}: nothing to take back. Nothing was changed.</source>
        <translation>Sie haben nie angegeben, dass „{first}“ und „{second}“ eine Firma sind{why}: Es gibt nichts zurückzunehmen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>No customers are selected: select one or more first.</source>
        <translation>Es sind keine Kunden ausgewählt: Wählen Sie zuerst einen oder mehrere aus.</translation>
    </message>
    <message>
        <source>There is no customer {shown} any more: they may have been erased. Nothing was changed.</source>
        <translation>Kunden {shown} gibt es nicht mehr: Sie wurden möglicherweise gelöscht. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A tag can&apos;t be empty: type the tag.</source>
        <translation>Ein Schlagwort darf nicht leer sein: Geben Sie das Schlagwort ein.</translation>
    </message>
    <message>
        <source>A customer can&apos;t be merged with itself: name two different customers. Nothing was changed.</source>
        <translation>Ein Kunde lässt sich nicht mit sich selbst zusammenführen: Nennen Sie zwei verschiedene Kunden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The notes of both come to more than {limit} characters: keep the notes of one of them, or shorten them first. Nothing was changed.</source>
        <translation>Die Notizen beider ergeben zusammen mehr als {limit} Zeichen: Behalten Sie die Notizen eines der beiden, oder kürzen Sie sie zuerst. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A customer is always the same person as themself. Nothing was changed.</source>
        <translation>Ein Kunde ist immer dieselbe Person wie er selbst. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {least} characters: choose a longer one (a few unrelated words are easy to remember and hard to guess).</source>
        <translation>Eine Passphrase braucht mindestens {least} Zeichen: Wählen Sie eine längere (ein paar Wörter, die nichts miteinander zu tun haben, sind leicht zu merken und schwer zu erraten).</translation>
    </message>
    <message>
        <source>The journal {path} is already encrypted.</source>
        <translation>Das Journal {path} ist bereits verschlüsselt.</translation>
    </message>
    <message>
        <source>The journal {path} is not encrypted: there is nothing to decrypt.</source>
        <translation>Das Journal {path} ist nicht verschlüsselt: Es gibt nichts zu entschlüsseln.</translation>
    </message>
    <message>
        <source>The journal {path} is not encrypted.</source>
        <translation>Das Journal {path} ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>The journal {path} is open in another program (the app, or a command still running): close it, then try again. Nothing was changed.</source>
        <translation>Das Journal {path} ist in einem anderen Programm geöffnet (der App oder einem Befehl, der noch läuft): Schließen Sie es und versuchen Sie es dann noch einmal. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Unknown relationship kind &apos;{value}&apos;: use one of {allowed}.</source>
        <translation>Unbekannte Beziehungsart „{value}“: Verwenden Sie eine von {allowed}.</translation>
    </message>
    <message>
        <source>A customer can&apos;t be linked to themselves: choose two different customers. Nothing was changed.</source>
        <translation>Ein Kunde lässt sich nicht mit sich selbst verknüpfen: Wählen Sie zwei verschiedene Kunden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Customer #{id} does not exist (it may have been erased).</source>
        <translation>Kunde #{id} existiert nicht (er wurde möglicherweise gelöscht).</translation>
    </message>
    <message>
        <source>Unknown segment &apos;{segment}&apos;: use all, tag:TAG, stage:STAGE or tier:A, B or C.</source>
        <translation>Unbekanntes Segment „{segment}“: Verwenden Sie all, tag:SCHLAGWORT, stage:PHASE oder tier:A, B oder C.</translation>
    </message>
    <message>
        <source>Unknown segment &apos;{segment}&apos;: use {kind}: with one of {allowed}.</source>
        <translation>Unbekanntes Segment „{segment}“: Verwenden Sie {kind}: mit einer von {allowed}.</translation>
    </message>
    <message>
        <source>{path} is a folder: give the path of a .ics file to write.</source>
        <translation>{path} ist ein Ordner: Geben Sie den Pfad der .ics-Datei an, die geschrieben werden soll.</translation>
    </message>
    <message>
        <source>Can&apos;t write {path}: the folder {folder} does not exist.</source>
        <translation>{path} lässt sich nicht schreiben: Den Ordner {folder} gibt es nicht.</translation>
    </message>
    <message>
        <source>Line {line} ends a card that never began (END:VCARD without BEGIN:VCARD). Nothing was imported.</source>
        <translation>Zeile {line} beendet eine Karte, die nie begonnen hat (END:VCARD ohne BEGIN:VCARD). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Line {line} is outside any card (&apos;{text}&apos;): a vCard file holds cards from BEGIN:VCARD to END:VCARD. Nothing was imported.</source>
        <translation>Zeile {line} steht außerhalb jeder Karte („{text}“): Eine vCard-Datei enthält Karten von BEGIN:VCARD bis END:VCARD. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file holds no vCard (no BEGIN:VCARD line): is it a contact file?</source>
        <translation>Die Datei enthält keine vCard (keine Zeile BEGIN:VCARD): Ist es eine Kontaktdatei?</translation>
    </message>
    <message>
        <source>Card {card} (from line {line}) can&apos;t be read: {reason}. Nothing was imported.</source>
        <translation>Karte {card} (ab Zeile {line}) lässt sich nicht lesen: {reason}. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The connection to the team database was lost: check the network and the server, then try again.</source>
        <translation>Die Verbindung zur Teamdatenbank ist abgebrochen: Prüfen Sie das Netzwerk und den Server und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>A colleague was saving to the same customers at the same moment; nothing was changed: try again.</source>
        <translation>Ein Kollege hat im selben Moment dieselben Kunden gespeichert; es wurde nichts geändert: Versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>That team database address is not a valid PostgreSQL URL: write it as postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation>Diese Adresse einer Teamdatenbank ist keine gültige PostgreSQL-URL: Schreiben Sie sie als postgresql://BENUTZER@SERVER[:PORT]/DATENBANK.</translation>
    </message>
    <message>
        <source>The other settings are not PostgreSQL connection settings: write them as name=value, separated by spaces, such as sslmode=require.</source>
        <translation>Die weiteren Einstellungen sind keine PostgreSQL-Verbindungseinstellungen: Schreiben Sie sie als name=wert, durch Leerzeichen getrennt, etwa sslmode=require.</translation>
    </message>
    <message>
        <source>A password does not belong in the settings, where it would be kept: put it in your ~/.pgpass file (or PGPASSWORD), where PostgreSQL finds it.</source>
        <translation>Ein Passwort gehört nicht in die Einstellungen, wo es gespeichert würde: Tragen Sie es in Ihre Datei ~/.pgpass ein (oder in PGPASSWORD), wo PostgreSQL es findet.</translation>
    </message>
    <message>
        <source>The port {port} is not a number: PostgreSQL&apos;s usual port is 5432.</source>
        <translation>Der Port {port} ist keine Zahl: Der übliche Port von PostgreSQL ist 5432.</translation>
    </message>
    <message>
        <source>Give the name of the team&apos;s database (or a service name).</source>
        <translation>Geben Sie den Namen der Teamdatenbank an (oder einen Dienstnamen).</translation>
    </message>
    <message>
        <source>Team databases need psycopg, which is not installed: {hint}.</source>
        <translation>Teamdatenbanken brauchen psycopg, das nicht installiert ist: {hint}.</translation>
    </message>
    <message>
        <source>the team database {db} on {where}</source>
        <translation>die Teamdatenbank {db} auf {where}</translation>
    </message>
    <message>
        <source>The team database {db} on {where}</source>
        <translation>Die Teamdatenbank {db} auf {where}</translation>
    </message>
    <message>
        <source>the role {user}</source>
        <translation>die Rolle {user}</translation>
    </message>
    <message>
        <source>your user name</source>
        <translation>Ihren Benutzernamen</translation>
    </message>
    <message>
        <source>The password for {who} was not accepted by {name}: correct it in your ~/.pgpass file (or PGPASSWORD) and try again.</source>
        <translation>Das Passwort für {who} wurde nicht angenommen ({name}): Korrigieren Sie es in Ihrer Datei ~/.pgpass (oder in PGPASSWORD) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{Name} asks for a password for {who}: put it in your ~/.pgpass file (or PGPASSWORD), never in the address.</source>
        <translation>{Name} verlangt ein Passwort für {who}: Tragen Sie es in Ihre Datei ~/.pgpass ein (oder in PGPASSWORD), niemals in die Adresse.</translation>
    </message>
    <message>
        <source>There is no database {db} on {where}: check the name, or ask the server&apos;s administrator to create it (createdb).</source>
        <translation>Auf {where} gibt es keine Datenbank {db}: Prüfen Sie den Namen, oder bitten Sie den Administrator des Servers, sie anzulegen (createdb).</translation>
    </message>
    <message>
        <source>{Name} does not let {who} in: check the user name, or ask the server&apos;s administrator for access.</source>
        <translation>{Name} lässt {who} nicht herein: Prüfen Sie den Benutzernamen, oder bitten Sie den Administrator des Servers um Zugang.</translation>
    </message>
    <message>
        <source>The role {user} may not connect to {name}: ask its owner to grant it CONNECT.</source>
        <translation>Die Rolle {user} darf keine Verbindung aufbauen ({name}): Bitten Sie den Eigentümer der Datenbank, ihr CONNECT zu gewähren.</translation>
    </message>
    <message>
        <source>Your user name may not connect to {name}: ask its owner to grant it CONNECT.</source>
        <translation>Ihr Benutzername darf keine Verbindung aufbauen ({name}): Bitten Sie den Eigentümer der Datenbank, ihm CONNECT zu gewähren.</translation>
    </message>
    <message>
        <source>Can&apos;t reach the PostgreSQL server at {where}: check that it is running and that the address is right, or ask the server&apos;s administrator.</source>
        <translation>Der PostgreSQL-Server auf {where} ist nicht erreichbar: Prüfen Sie, ob er läuft und die Adresse stimmt, oder fragen Sie den Administrator des Servers.</translation>
    </message>
    <message>
        <source>This works on a journal file only, not yet on {name}: give a journal file.</source>
        <translation>Das geht bisher nur mit einer Journaldatei, nicht für {name}: Geben Sie eine Journaldatei an.</translation>
    </message>
    <message>
        <source>{Role} may not read and change the journal in {name}: ask its owner ({owner}) to grant it the rights to read, add, change and delete rows in its tables (docs/team.md shows how). Nothing was changed.</source>
        <translation>{Role} darf das Journal nicht lesen und ändern ({name}): Bitten Sie den Eigentümer ({owner}), das Lesen, Hinzufügen, Ändern und Löschen von Zeilen in seinen Tabellen zu erlauben (docs/team.md zeigt, wie). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The role {user}</source>
        <translation>Die Rolle {user}</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Ihre Rolle</translation>
    </message>
    <message>
        <source>your role</source>
        <translation>Ihre Rolle</translation>
    </message>
    <message>
        <source>{Name} holds other tables than a Customer Journal&apos;s: give an empty database, or the one your team uses. Nothing was changed.</source>
        <translation>{Name} enthält andere Tabellen als die eines Customer Journals: Geben Sie eine leere Datenbank an oder die, die Ihr Team verwendet. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{Name} has lost its schema version (its alembic_version table is empty): ask its administrator to restore it from a backup. Nothing was changed.</source>
        <translation>{Name} hat ihre Schemaversion verloren (ihre Tabelle alembic_version ist leer): Bitten Sie ihren Administrator, sie aus einer Sicherung wiederherzustellen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{Name} was set up by a newer version of Customer Journal (schema {revision}): update the app to use it. Nothing was changed.</source>
        <translation>{Name} wurde von einer neueren Version von Customer Journal eingerichtet (Schema {revision}): Aktualisieren Sie die App, um sie zu verwenden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{Name} holds no journal yet: add a customer to set it up, or give the database your team uses.</source>
        <translation>{Name} enthält noch kein Journal: Legen Sie einen Kunden an, um es einzurichten, oder geben Sie die Datenbank an, die Ihr Team verwendet.</translation>
    </message>
    <message>
        <source>{Name} is empty, and {role} may not create tables in it: ask its owner ({owner}) to start Customer Journal on it once, which sets it up. Nothing was changed.</source>
        <translation>{Name} ist leer, und {role} darf darin keine Tabellen anlegen: Bitten Sie den Eigentümer ({owner}), Customer Journal einmal damit zu starten, was sie einrichtet. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{Name} is at schema {revision} and this version needs {head}, which {role} may not make: ask its owner ({owner}) to start this version on it once, which upgrades it. Nothing was changed.</source>
        <translation>{Name} hat das Schema {revision}, und diese Version braucht {head}, was {role} nicht einrichten darf: Bitten Sie den Eigentümer ({owner}), diese Version einmal damit zu starten, was sie aktualisiert. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>the database&apos;s owner</source>
        <translation>der Eigentümer der Datenbank</translation>
    </message>
    <message>
        <source>&apos;custjournal {command}&apos; does not work on a team database yet (docs/team.md lists what does): use it on a journal file for now. Nothing was changed.</source>
        <translation>„custjournal {command}“ funktioniert mit einer Teamdatenbank noch nicht (docs/team.md führt auf, was funktioniert): Verwenden Sie es vorerst mit einer Journaldatei. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{owner} has no open promises.</source>
        <translation>{owner} hat keine offenen Versprechen.</translation>
    </message>
    <message>
        <source>No open promise of {owner} starts with &apos;{text}&apos;.</source>
        <translation>Kein offenes Versprechen von {owner} beginnt mit „{text}“.</translation>
    </message>
    <message numerus="yes">
        <source>{owner} has %n open promise(s): {listed}. Give the start of the one you mean.</source>
        <translation>
            <numerusform>{owner} hat %n offenes Versprechen: {listed}. Geben Sie den Anfang des gemeinten an.</numerusform>
            <numerusform>{owner} hat %n offene Versprechen: {listed}. Geben Sie den Anfang des gemeinten an.</numerusform>
        </translation>
    </message>
    <message>
        <source>{owner} has no open pain points.</source>
        <translation>{owner} hat keine offenen Schmerzpunkte.</translation>
    </message>
    <message>
        <source>No open pain point of {owner} starts with &apos;{text}&apos;.</source>
        <translation>Kein offener Schmerzpunkt von {owner} beginnt mit „{text}“.</translation>
    </message>
    <message numerus="yes">
        <source>{owner} has %n open pain point(s): {listed}. Give the start of the one you mean.</source>
        <translation>
            <numerusform>{owner} hat %n offenen Schmerzpunkt: {listed}. Geben Sie den Anfang des gemeinten an.</numerusform>
            <numerusform>{owner} hat %n offene Schmerzpunkte: {listed}. Geben Sie den Anfang des gemeinten an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{owner} has %n open promise(s): {listed}. Give the start of the one you mean, or its key.</source>
        <translation>
            <numerusform>{owner} hat %n offenes Versprechen: {listed}. Geben Sie den Anfang des gemeinten an oder seinen Schlüssel.</numerusform>
            <numerusform>{owner} hat %n offene Versprechen: {listed}. Geben Sie den Anfang des gemeinten an oder seinen Schlüssel.</numerusform>
        </translation>
    </message>
    <message>
        <source>{owner} has no important dates.</source>
        <translation>{owner} hat keine wichtigen Daten.</translation>
    </message>
    <message>
        <source>No important date of {owner} starts with &apos;{text}&apos;.</source>
        <translation>Kein wichtiges Datum von {owner} beginnt mit „{text}“.</translation>
    </message>
    <message numerus="yes">
        <source>{owner} has %n important date(s): {listed}. Give the start of the one you mean, or its key.</source>
        <translation>
            <numerusform>{owner} hat %n wichtiges Datum: {listed}. Geben Sie den Anfang des gemeinten an oder seinen Schlüssel.</numerusform>
            <numerusform>{owner} hat %n wichtige Daten: {listed}. Geben Sie den Anfang des gemeinten an oder seinen Schlüssel.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase given is empty: put it on the first line.</source>
        <translation>Die angegebene Passphrase ist leer: Schreiben Sie sie in die erste Zeile.</translation>
    </message>
    <message>
        <source>{variable} names {name}, which can&apos;t be read: check the path.</source>
        <translation>{variable} nennt {name}, das nicht gelesen werden kann: Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>{variable} names {name}, which others may read (mode {mode}): make it private with &apos;chmod 600 {name}&apos;.</source>
        <translation>{variable} nennt {name}, das andere lesen dürfen (Modus {mode}): Machen Sie es privat mit „chmod 600 {name}“.</translation>
    </message>
    <message>
        <source>{variable} names {name}, which can&apos;t be read: check the file.</source>
        <translation>{variable} nennt {name}, das nicht gelesen werden kann: Prüfen Sie die Datei.</translation>
    </message>
    <message>
        <source>{Name} already holds customers: a copy goes only into a new or empty journal. Nothing was changed.</source>
        <translation>{Name} enthält bereits Kunden: Eine Kopie geht nur in ein neues oder leeres Journal. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Only the team database&apos;s owner can put in a whole journal with its ids kept ({who} may not move the id sequences past them, so the next new entry would collide with one): ask the owner to import or copy it. Nothing was changed.</source>
        <translation>Nur der Eigentümer der Team-Datenbank kann ein ganzes Journal mit seinen IDs übernehmen ({who} darf die ID-Sequenzen nicht dahinter weiterstellen, sodass der nächste neue Eintrag mit einer davon kollidieren würde): Bitten Sie den Eigentümer, es zu importieren oder zu kopieren. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Choose a file type for {name}: CSV (.csv), vCard (.vcf), JSON (.json) or iCalendar (.ics).</source>
        <translation>Wählen Sie einen Dateityp für {name}: CSV (.csv), vCard (.vcf), JSON (.json) oder iCalendar (.ics).</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist: choose another place.</source>
        <translation>Der Ordner {parent} existiert nicht: Wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>Export cancelled: {name} was not written.</source>
        <translation>Export abgebrochen: {name} wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Can&apos;t write {target}: {value}.</source>
        <translation>{target} kann nicht geschrieben werden: {value}.</translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>Export nach {name}…</translation>
    </message>
</context>
<context>
    <name>FactDialog</name>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>e.g. Two daughters, Mia and Lou</source>
        <translation>z. B. Zwei Töchter, Mia und Lou</translation>
    </message>
    <message>
        <source>&amp;Fact:</source>
        <translation>&amp;Fakt:</translation>
    </message>
    <message>
        <source>MM-DD, e.g. 03-14</source>
        <translation>MM-TT, z. B. 03-14</translation>
    </message>
    <message>
        <source>&amp;Day of year:</source>
        <translation>&amp;Jahrestag:</translation>
    </message>
    <message>
        <source>&amp;Learned on:</source>
        <translation>&amp;Erfahren am:</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>promise</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <source>fact</source>
        <translation>Fakt</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>event date</source>
        <translation>Veranstaltungsdatum</translation>
    </message>
    <message>
        <source>invitation date</source>
        <translation>Einladungsdatum</translation>
    </message>
    <message>
        <source>stage change date</source>
        <translation>Datum des Phasenwechsels</translation>
    </message>
    <message>
        <source>date done</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>date resolved</source>
        <translation>Gelöst am</translation>
    </message>
    <message>
        <source>date learned</source>
        <translation>Erfahren am</translation>
    </message>
    <message>
        <source>conversation date</source>
        <translation>Gesprächsdatum</translation>
    </message>
    <message>
        <source>promise date</source>
        <translation>Datum des Versprechens</translation>
    </message>
    <message>
        <source>gift date</source>
        <translation>Geschenkdatum</translation>
    </message>
    <message>
        <source>purchase date</source>
        <translation>Kaufdatum</translation>
    </message>
    <message>
        <source>milestone date</source>
        <translation>Datum des Meilensteins</translation>
    </message>
    <message>
        <source>relationship date</source>
        <translation>Datum der Verbindung</translation>
    </message>
    <message>
        <source>important date</source>
        <translation>wichtiges Datum</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>milestone kind</source>
        <translation>Art des Meilensteins</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>ticked</source>
        <translation>angehakt</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>nicht angehakt</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save (Enter, or Ctrl+Enter from any field)</source>
        <translation>Speichern (Eingabetaste, oder Strg+Eingabe aus jedem Feld)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Schließen, ohne zu speichern (Esc)</translation>
    </message>
    <message>
        <source>Use Their &amp;Version</source>
        <translation>Deren &amp;Version übernehmen</translation>
    </message>
    <message>
        <source>Put what the other person saved into the fields you both changed</source>
        <translation>Übernimmt, was die andere Person gespeichert hat, in die Felder, die Sie beide geändert haben</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>Eingaben verwerfen?</translation>
    </message>
    <message>
        <source>Nothing has been saved yet.</source>
        <translation>Es wurde noch nichts gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Changed by someone else meanwhile.</source>
        <translation>Inzwischen von jemand anderem geändert.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Someone else saved: {value}</source>
        <translation>Von jemand anderem gespeichert: {value}</translation>
    </message>
    <message>
        <source>Someone else saved this while you were editing, and changed what you changed: what they saved is under those fields, your text is still in them. Save again to keep yours, or use theirs. Nothing was saved yet.</source>
        <translation>Jemand anderes hat dies gespeichert, während Sie es bearbeitet haben, und dabei dasselbe geändert wie Sie: Was die andere Person gespeichert hat, steht unter diesen Feldern, Ihr Text steht weiterhin darin. Speichern Sie erneut, um Ihren zu behalten, oder übernehmen Sie deren Version. Es wurde noch nichts gespeichert.</translation>
    </message>
    <message>
        <source>Someone else saved this while you were editing: their changes are shown now, and yours are kept. Check, then Save again. Nothing was saved yet.</source>
        <translation>Jemand anderes hat dies gespeichert, während Sie es bearbeitet haben: Deren Änderungen werden jetzt angezeigt, Ihre bleiben erhalten. Prüfen Sie alles und speichern Sie dann erneut. Es wurde noch nichts gespeichert.</translation>
    </message>
    <message>
        <source>Use My &amp;Version</source>
        <translation>Meine &amp;Version übernehmen</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>Stage funnel</source>
        <translation>Phasentrichter</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Neglected (past their cadence)</source>
        <translation>Vernachlässigt (Kontaktrhythmus überschritten)</translation>
    </message>
</context>
<context>
    <name>GiftDialog</name>
    <message>
        <source>required, e.g. Tasting box of the new roast</source>
        <translation>Pflichtfeld, z. B. Probierbox der neuen Röstung</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>freebie, sample, loss leader, ...</source>
        <translation>Werbegeschenk, Muster, Lockangebot, …</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Geschenkt am:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation>&amp;Kosten:</translation>
    </message>
    <message>
        <source>e.g. Tenth order, birthday</source>
        <translation>z. B. zehnte Bestellung, Geburtstag</translation>
    </message>
    <message>
        <source>Occ&amp;asion:</source>
        <translation>A&amp;nlass:</translation>
    </message>
    <message>
        <source>how it landed</source>
        <translation>wie es ankam</translation>
    </message>
    <message>
        <source>&amp;Reaction:</source>
        <translation>&amp;Reaktion:</translation>
    </message>
    <message>
        <source>Gift costs in another currency are kept, but left out of the cost of gifts.</source>
        <translation>Geschenkkosten in einer anderen Währung bleiben erhalten, zählen aber nicht zu den Kosten der Geschenke.</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Wä&amp;hrung:</translation>
    </message>
</context>
<context>
    <name>HealthBars</name>
    <message>
        <source>Relationship health</source>
        <translation>Beziehungsqualität</translation>
    </message>
    <message>
        <source>Next step: {step}</source>
        <translation>Nächster Schritt: {step}</translation>
    </message>
    <message>
        <source>{element}: not enough to tell yet</source>
        <translation>{element}: noch nicht genug für eine Aussage</translation>
    </message>
    <message>
        <source>{element} –</source>
        <translation>{element} –</translation>
    </message>
    <message>
        <source>{element} {score}</source>
        <translation>{element} {score}</translation>
    </message>
    <message>
        <source>{element}: {score} out of 100</source>
        <translation>{element}: {score} von 100</translation>
    </message>
</context>
<context>
    <name>HealthChart</name>
    <message>
        <source>Distribution of relationship health</source>
        <translation>Verteilung der Beziehungsqualität</translation>
    </message>
    <message>
        <source>score {band}</source>
        <translation>Wert {band}</translation>
    </message>
    <message>
        <source>not enough to tell yet</source>
        <translation>noch nicht genug für eine Aussage</translation>
    </message>
    <message>
        <source>{element}, {band}: {n} of {total} customers ({share})</source>
        <translation>{element}, {band}: {n} von {total} Kunden ({share})</translation>
    </message>
    <message>
        <source>not enough</source>
        <translation>zu wenig</translation>
    </message>
</context>
<context>
    <name>HealthText</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough to tell yet: nothing learned yet, in %n conversation(s).</source>
        <translation>
            <numerusform>Noch nicht genug für eine Aussage: noch nichts erfahren, in %n Gespräch.</numerusform>
            <numerusform>Noch nicht genug für eine Aussage: noch nichts erfahren, in %n Gesprächen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Talk with them and note what you learn: their family, interests and goals.</source>
        <translation>Sprechen Sie mit ihnen und notieren Sie, was Sie erfahren: Familie, Interessen und Ziele.</translation>
    </message>
    <message>
        <source>Personal facts known in {known} of {areas} areas: {names}.</source>
        <translation>Persönliches bekannt in {known} von {areas} Bereichen: {names}.</translation>
    </message>
    <message>
        <source>No personal fact known yet.</source>
        <translation>Noch nichts Persönliches bekannt.</translation>
    </message>
    <message numerus="yes">
        <source>Asked why they buy: %n answer(s), the last {ago}.</source>
        <translation>
            <numerusform>Nach dem Kaufgrund gefragt: %n Antwort, die letzte {ago}.</numerusform>
            <numerusform>Nach dem Kaufgrund gefragt: %n Antworten, die letzte {ago}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Never asked why they buy.</source>
        <translation>Nie nach dem Kaufgrund gefragt.</translation>
    </message>
    <message numerus="yes">
        <source>%n delight(s) recorded.</source>
        <translation>
            <numerusform>%n Begeisterung notiert.</numerusform>
            <numerusform>%n Begeisterungen notiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No delight recorded yet.</source>
        <translation>Noch keine Begeisterung notiert.</translation>
    </message>
    <message>
        <source>Last learned something new {ago}.</source>
        <translation>Zuletzt etwas Neues erfahren: {ago}.</translation>
    </message>
    <message>
        <source>Ask them why they buy from you, and write down their answer in their words.</source>
        <translation>Fragen Sie, warum sie bei Ihnen kaufen, und notieren Sie die Antwort in ihren Worten.</translation>
    </message>
    <message>
        <source>Learn more about them: {areas}.</source>
        <translation>Erfahren Sie mehr über sie: {areas}.</translation>
    </message>
    <message>
        <source>Catch up with them: ask what has changed since you last learned something new.</source>
        <translation>Bringen Sie sich auf den neuesten Stand: Fragen Sie, was sich geändert hat, seit Sie zuletzt etwas Neues erfahren haben.</translation>
    </message>
    <message>
        <source>Next time you talk, note what delights them.</source>
        <translation>Notieren Sie beim nächsten Gespräch, was sie begeistert.</translation>
    </message>
    <message>
        <source>Not enough to tell yet: no promise with a due date has come due.</source>
        <translation>Noch nicht genug für eine Aussage: Noch kein Versprechen mit Fälligkeitsdatum ist fällig geworden.</translation>
    </message>
    <message>
        <source>Make them a promise with a date, and keep it before it is due.</source>
        <translation>Geben Sie ihnen ein Versprechen mit Datum und halten Sie es vor der Fälligkeit.</translation>
    </message>
    <message numerus="yes">
        <source>{kept} of %n promise(s) due kept on time.</source>
        <translation>
            <numerusform>{kept} von %n fälligen Versprechen pünktlich gehalten.</numerusform>
            <numerusform>{kept} von %n fälligen Versprechen pünktlich gehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>{late} kept late.</source>
        <translation>{late} verspätet gehalten.</translation>
    </message>
    <message>
        <source>{overdue} overdue now.</source>
        <translation>{overdue} jetzt überfällig.</translation>
    </message>
    <message>
        <source>The oldest, {promise}, was due {ago}.</source>
        <translation>Das älteste, {promise}, war fällig {ago}.</translation>
    </message>
    <message>
        <source>Keep the overdue promise {promise}, or tell them when you will.</source>
        <translation>Halten Sie das überfällige Versprechen {promise} oder sagen Sie ihnen, wann Sie es tun.</translation>
    </message>
    <message>
        <source>Give each promise a date you can keep, and keep it before it is due.</source>
        <translation>Geben Sie jedem Versprechen ein Datum, das Sie halten können, und halten Sie es vor der Fälligkeit.</translation>
    </message>
    <message>
        <source>In their own words: {heard}.</source>
        <translation>In ihren eigenen Worten: {heard}.</translation>
    </message>
    <message>
        <source>None of their own words recorded.</source>
        <translation>Keine eigenen Worte von ihnen notiert.</translation>
    </message>
    <message>
        <source>Not enough to tell yet: no pain point with us raised and fewer than {least} conversations.</source>
        <translation>Noch nicht genug für eine Aussage: kein Schmerzpunkt mit uns genannt und weniger als {least} Gespräche.</translation>
    </message>
    <message>
        <source>Ask what troubles them, with you or with others, and write it in their words.</source>
        <translation>Fragen Sie, was sie stört, bei Ihnen oder bei anderen, und notieren Sie es in ihren Worten.</translation>
    </message>
    <message>
        <source>No pain point with us raised.</source>
        <translation>Kein Schmerzpunkt mit uns genannt.</translation>
    </message>
    <message>
        <source>Write down their own words next time: what delights them and what troubles them.</source>
        <translation>Notieren Sie beim nächsten Mal ihre eigenen Worte: was sie begeistert und was sie stört.</translation>
    </message>
    <message numerus="yes">
        <source>{resolved} of %n pain point(s) with us resolved.</source>
        <translation>
            <numerusform>{resolved} von %n Schmerzpunkt mit uns gelöst.</numerusform>
            <numerusform>{resolved} von %n Schmerzpunkten mit uns gelöst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolved in %n day(s) (median).</source>
        <translation>
            <numerusform>Gelöst in %n Tag (Median).</numerusform>
            <numerusform>Gelöst in %n Tagen (Median).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the longest: {pain}, raised {ago}.</source>
        <translation>Am längsten offen: {pain}, genannt {ago}.</translation>
    </message>
    <message numerus="yes">
        <source>%n pain point(s) with competitors heard.</source>
        <translation>
            <numerusform>%n Schmerzpunkt mit Wettbewerbern gehört.</numerusform>
            <numerusform>%n Schmerzpunkte mit Wettbewerbern gehört.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer their open pain point {pain}, and tell them.</source>
        <translation>Lösen Sie ihren offenen Schmerzpunkt {pain} und sagen Sie es ihnen.</translation>
    </message>
    <message>
        <source>Answer their next pain point within two weeks.</source>
        <translation>Lösen Sie ihren nächsten Schmerzpunkt innerhalb von zwei Wochen.</translation>
    </message>
    <message numerus="yes">
        <source>Not enough to tell yet: known for %n day(s), less than one cadence ({cadence}).</source>
        <translation>
            <numerusform>Noch nicht genug für eine Aussage: seit %n Tag bekannt, weniger als ein Kontaktrhythmus ({cadence}).</numerusform>
            <numerusform>Noch nicht genug für eine Aussage: seit %n Tagen bekannt, weniger als ein Kontaktrhythmus ({cadence}).</numerusform>
        </translation>
    </message>
    <message>
        <source>in the last 12 months</source>
        <translation>in den letzten 12 Monaten</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touch(es) {period}, about {expected} expected ({cadence}).</source>
        <translation>
            <numerusform>%n Kontakt {period}, etwa {expected} erwartet ({cadence}).</numerusform>
            <numerusform>%n Kontakte {period}, etwa {expected} erwartet ({cadence}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Last contact {ago}.</source>
        <translation>Letzter Kontakt {ago}.</translation>
    </message>
    <message>
        <source>Never contacted.</source>
        <translation>Noch nie kontaktiert.</translation>
    </message>
    <message numerus="yes">
        <source>{met} of %n important date(s) met with a touch.</source>
        <translation>
            <numerusform>{met} von %n wichtigen Datum mit einem Kontakt bedacht.</numerusform>
            <numerusform>{met} von %n wichtigen Daten mit einem Kontakt bedacht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gift(s) and invitation(s) {period}; a {stage} customer calls for {wanted}.</source>
        <translation>
            <numerusform>%n Geschenk oder Einladung {period}; ein Kunde in der Phase {stage} verdient {wanted}.</numerusform>
            <numerusform>%n Geschenke und Einladungen {period}; ein Kunde in der Phase {stage} verdient {wanted}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Get in touch: never contacted in the %n day(s) since they were added.</source>
        <translation>
            <numerusform>Melden Sie sich: noch nie kontaktiert in dem %n Tag seit dem Anlegen.</numerusform>
            <numerusform>Melden Sie sich: noch nie kontaktiert in den %n Tagen seit dem Anlegen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Get in touch: the last contact was %n day(s) ago, more than the {cadence} of their cadence.</source>
        <translation>
            <numerusform>Melden Sie sich: Der letzte Kontakt war vor %n Tag, mehr als die {cadence} ihres Kontaktrhythmus.</numerusform>
            <numerusform>Melden Sie sich: Der letzte Kontakt war vor %n Tagen, mehr als die {cadence} ihres Kontaktrhythmus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark their important dates with a call or a card, from a week before.</source>
        <translation>Bedenken Sie ihre wichtigen Daten mit einem Anruf oder einer Karte, ab einer Woche vorher.</translation>
    </message>
    <message>
        <source>Invite them to an event or send a small gift, as a {stage} customer deserves.</source>
        <translation>Laden Sie sie zu einer Veranstaltung ein oder schicken Sie ein kleines Geschenk, wie es ein Kunde in der Phase {stage} verdient.</translation>
    </message>
    <message numerus="yes">
        <source>Get in touch about every {cadence}: %n touch(es) {period} against about {expected} expected.</source>
        <translation>
            <numerusform>Melden Sie sich etwa alle {cadence}: %n Kontakt {period} statt etwa {expected} erwarteter.</numerusform>
            <numerusform>Melden Sie sich etwa alle {cadence}: %n Kontakte {period} statt etwa {expected} erwarteter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep in touch every %n day(s), as you do.</source>
        <translation>
            <numerusform>Bleiben Sie weiter jeden Tag in Kontakt, wie bisher.</numerusform>
            <numerusform>Bleiben Sie weiter alle %n Tage in Kontakt, wie bisher.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough to tell yet: {reason}</source>
        <translation>Noch nicht genug für eine Aussage: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Leave out</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Name prefix</source>
        <translation>Namenspräfix</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>Namenssuffix</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Email (work)</source>
        <translation>E-Mail (geschäftlich)</translation>
    </message>
    <message>
        <source>Email (home)</source>
        <translation>E-Mail (privat)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Phone (mobile)</source>
        <translation>Telefon (mobil)</translation>
    </message>
    <message>
        <source>Phone (work)</source>
        <translation>Telefon (geschäftlich)</translation>
    </message>
    <message>
        <source>Phone (home)</source>
        <translation>Telefon (privat)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Customer Journal can&apos;t tell what kind of file {name} is from its name: it imports vCard (.vcf), CSV (.csv) and Customer Journal JSON (.json) files.</source>
        <translation>Customer Journal kann am Namen nicht erkennen, was für eine Datei {name} ist: Es importiert vCard- (.vcf), CSV- (.csv) und Customer-Journal-JSON-Dateien (.json).</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>{name} wird importiert…</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>CSV, with your column choices</source>
        <translation>CSV, mit Ihrer Spaltenzuordnung</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Neue Kunden</translation>
    </message>
    <message>
        <source>Merged into customers you have</source>
        <translation>In vorhandene Kunden übernommen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>{name} importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import into the journal (Enter)</source>
        <translation>In das Journal importieren (Eingabetaste)</translation>
    </message>
    <message>
        <source>The journal has no customers yet, so it takes this file as it is: every customer with their ids, dates and the file&apos;s settings.</source>
        <translation>Das Journal hat noch keine Kunden, daher übernimmt es diese Datei so, wie sie ist: jeden Kunden mit seinen IDs, Daten und den Einstellungen der Datei.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Was der Import tun würde</translation>
    </message>
    <message>
        <source>Notes on the file ({warnings}):</source>
        <translation>Hinweise zur Datei ({warnings}):</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The import would add {added} and merge {merged}.</source>
        <translation>Der Import würde {added} hinzufügen und {merged} übernehmen.</translation>
    </message>
    <message>
        <source>The import would add {added}.</source>
        <translation>Der Import würde {added} hinzufügen.</translation>
    </message>
    <message>
        <source>The import would merge {merged}.</source>
        <translation>Der Import würde {merged} übernehmen.</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Into {target} ({reason}): {changes}</source>
        <translation>In {target} ({reason}): {changes}</translation>
    </message>
    <message>
        <source> — already {target}</source>
        <translation> — bereits {target}</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>“{text}” — {name}, {date}</source>
        <translation>„{text}“ — {name}, {date}</translation>
    </message>
    <message>
        <source>{theme} — {summary}</source>
        <translation>{theme} — {summary}</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Best customers</source>
        <translation>Beste Kunden</translation>
    </message>
    <message>
        <source>Tier {tier} ends: the top {n}</source>
        <translation>Stufe {tier} endet: die besten {n}</translation>
    </message>
    <message>
        <source>The top {n}</source>
        <translation>Die besten {n}</translation>
    </message>
    <message>
        <source>Customers, best first</source>
        <translation>Kunden, die besten zuerst</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Anteil der Kunden</translation>
    </message>
    <message>
        <source>Share of value</source>
        <translation>Anteil am Wert</translation>
    </message>
    <message>
        <source>* pinned to this tier by hand: it takes no slot in the ranking</source>
        <translation>* von Hand auf diese Stufe festgelegt: belegt keinen Platz in der Rangfolge</translation>
    </message>
    <message>
        <source>The best customers</source>
        <translation>Die besten Kunden</translation>
    </message>
    <message>
        <source>* a tier pinned by hand.</source>
        <translation>* eine von Hand festgelegte Stufe.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>12-month value</source>
        <translation>Wert in 12 Monaten</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>the best customers</source>
        <translation>die besten Kunden</translation>
    </message>
    <message>
        <source>{name}
Customers: {n}</source>
        <translation>{name}
Kunden: {n}</translation>
    </message>
    <message>
        <source>They bring {share} of the value</source>
        <translation>Sie bringen {share} des Werts</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Nennungen</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>In ihren Worten</translation>
    </message>
    <message>
        <source>Why they buy</source>
        <translation>Warum sie kaufen</translation>
    </message>
    <message>
        <source>Best customers never asked why they buy</source>
        <translation>Beste Kunden, die nie gefragt wurden, warum sie kaufen</translation>
    </message>
    <message>
        <source>best customers never asked why they buy</source>
        <translation>beste Kunden, die nie gefragt wurden, warum sie kaufen</translation>
    </message>
    <message>
        <source>Buying reasons</source>
        <translation>Kaufgründe</translation>
    </message>
    <message>
        <source>What delights them</source>
        <translation>Was sie begeistert</translation>
    </message>
    <message>
        <source>Delights</source>
        <translation>Begeisterung</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>{name}: {open} open, {resolved} resolved</source>
        <translation>{name}: {open} offen, {resolved} gelöst</translation>
    </message>
    <message>
        <source>Named: {names}</source>
        <translation>Genannt: {names}</translation>
    </message>
    <message>
        <source>{customers}, {share} of the value</source>
        <translation>{customers}, {share} des Werts</translation>
    </message>
    <message>
        <source>{open} open, {resolved} resolved</source>
        <translation>{open} offen, {resolved} gelöst</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Competitors named</source>
        <translation>Genannte Wettbewerber</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Nichts festgehalten.</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Schmerzpunkte</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Ours, open</source>
        <translation>Unsere, offen</translation>
    </message>
    <message>
        <source>Ours, resolved</source>
        <translation>Unsere, gelöst</translation>
    </message>
    <message>
        <source>Median days to resolve ours</source>
        <translation>Median der Tage bis zur Lösung unserer</translation>
    </message>
    <message>
        <source>Competitors&apos;, open</source>
        <translation>Die der Wettbewerber, offen</translation>
    </message>
    <message>
        <source>Competitors&apos;, resolved</source>
        <translation>Die der Wettbewerber, gelöst</translation>
    </message>
    <message>
        <source>Raised: last 90 days / the 90 before</source>
        <translation>Genannt: letzte 90 Tage / die 90 davor</translation>
    </message>
    <message>
        <source>Resolved: last 90 days / the 90 before</source>
        <translation>Gelöst: letzte 90 Tage / die 90 davor</translation>
    </message>
    <message>
        <source>Pains with us</source>
        <translation>Schmerzpunkte mit uns</translation>
    </message>
    <message>
        <source>Pains with competitors</source>
        <translation>Schmerzpunkte mit Wettbewerbern</translation>
    </message>
    <message>
        <source>What changed in the last 90 days</source>
        <translation>Was sich in den letzten 90 Tagen geändert hat</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>The 90 before</source>
        <translation>Die 90 davor</translation>
    </message>
    <message>
        <source>us</source>
        <translation>uns</translation>
    </message>
    <message>
        <source>a competitor</source>
        <translation>einem Wettbewerber</translation>
    </message>
    <message>
        <source>Trust and generosity</source>
        <translation>Vertrauen und Großzügigkeit</translation>
    </message>
    <message>
        <source>In Connection or Loyalty, never invited</source>
        <translation>In Bindung oder Treue, nie eingeladen</translation>
    </message>
    <message>
        <source>customers never invited</source>
        <translation>Kunden, nie eingeladen</translation>
    </message>
    <message>
        <source>Best customers with no gift in 12 months</source>
        <translation>Beste Kunden ohne Geschenk in 12 Monaten</translation>
    </message>
    <message>
        <source>best customers with no gift in 12 months</source>
        <translation>beste Kunden ohne Geschenk in 12 Monaten</translation>
    </message>
    <message>
        <source>Gifts given</source>
        <translation>Überreichte Geschenke</translation>
    </message>
    <message>
        <source>Customers given a gift</source>
        <translation>Kunden mit einem Geschenk</translation>
    </message>
    <message>
        <source>Cost of the gifts</source>
        <translation>Kosten der Geschenke</translation>
    </message>
    <message>
        <source>Gifts with a reaction noted</source>
        <translation>Geschenke mit festgehaltener Reaktion</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <source>Invitations whose day has come</source>
        <translation>Einladungen, deren Tag gekommen ist</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Attended, of those accepted</source>
        <translation>Erschienen, von den Zusagen</translation>
    </message>
    <message>
        <source>No-show, of those accepted</source>
        <translation>Nicht erschienen, von den Zusagen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>How gifts were received</source>
        <translation>Wie Geschenke ankamen</translation>
    </message>
    <message>
        <source>Gift reactions</source>
        <translation>Reaktionen auf Geschenke</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Geschenke</translation>
    </message>
    <message>
        <source>Milestones reached</source>
        <translation>Erreichte Meilensteine</translation>
    </message>
    <message>
        <source>{label}
Customers: {n}</source>
        <translation>{label}
Kunden: {n}</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>{stage}
Customers: {n}</source>
        <translation>{stage}
Kunden: {n}</translation>
    </message>
    <message>
        <source>Median days in the stage: {days}</source>
        <translation>Median der Tage in der Phase: {days}</translation>
    </message>
    <message>
        <source>Moved in, last 90 days: {n}</source>
        <translation>Neu hinzugekommen, letzte 90 Tage: {n}</translation>
    </message>
    <message>
        <source>Neglected: {n} ({rate})</source>
        <translation>Vernachlässigt: {n} ({rate})</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Median days in it</source>
        <translation>Median der Tage darin</translation>
    </message>
    <message>
        <source>Moved in (90 days)</source>
        <translation>Zugänge (90 Tage)</translation>
    </message>
    <message>
        <source>Neglected</source>
        <translation>Vernachlässigt</translation>
    </message>
    <message>
        <source>Neglect rate</source>
        <translation>Anteil vernachlässigt</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Neglect per stage</source>
        <translation>Vernachlässigung je Phase</translation>
    </message>
    <message>
        <source>Moves in the last 90 days</source>
        <translation>Wechsel in den letzten 90 Tagen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>(added)</source>
        <translation>(angelegt)</translation>
    </message>
    <message>
        <source>Relationship health</source>
        <translation>Beziehungsqualität</translation>
    </message>
    <message>
        <source>Not enough to tell</source>
        <translation>Zu wenige Daten</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Whose health fell most in 90 days</source>
        <translation>Wessen Beziehungsqualität in 90 Tagen am stärksten gesunken ist</translation>
    </message>
    <message>
        <source>90 days ago</source>
        <translation>Vor 90 Tagen</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Fell by</source>
        <translation>Gesunken um</translation>
    </message>
    <message>
        <source>Fell most</source>
        <translation>Am stärksten gesunken</translation>
    </message>
    <message>
        <source>customers whose health fell</source>
        <translation>Kunden mit gesunkener Beziehungsqualität</translation>
    </message>
</context>
<context>
    <name>InsightsText</name>
    <message>
        <source>there are no tags yet</source>
        <translation>es gibt noch keine Schlagwörter</translation>
    </message>
    <message>
        <source>No purchases in the 12 months up to {today}: value and tiers appear once you log purchases.</source>
        <translation>Keine Käufe in den 12 Monaten bis zum {today}: Wert und Stufen erscheinen, sobald Sie Käufe erfassen.</translation>
    </message>
    <message numerus="yes">
        <source>Your top %n customer(s) ({customers} of those who bought) bring {value} of the last 12 months&apos; value.</source>
        <translation>
            <numerusform>Ihr bester Kunde ({customers} der Käufer) bringt {value} des Werts der letzten 12 Monate.</numerusform>
            <numerusform>Ihre besten %n Kunden ({customers} der Käufer) bringen {value} des Werts der letzten 12 Monate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) bought in the last 12 months; none of them is tier A.</source>
        <translation>
            <numerusform>%n Kunde hat in den letzten 12 Monaten gekauft; keiner davon ist in Stufe A.</numerusform>
            <numerusform>%n Kunden haben in den letzten 12 Monaten gekauft; keiner davon ist in Stufe A.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Within these customers, the top %n customer(s) by value ({customers} of those who bought) bring {value} of their last 12 months&apos; value; tier A across the journal: {tier_a}.</source>
        <translation>
            <numerusform>Unter diesen Kunden bringt der wertvollste ({customers} der Käufer) {value} ihres Werts der letzten 12 Monate; Stufe A im ganzen Journal: {tier_a}.</numerusform>
            <numerusform>Unter diesen Kunden bringen die %n wertvollsten ({customers} der Käufer) {value} ihres Werts der letzten 12 Monate; Stufe A im ganzen Journal: {tier_a}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n best customer(s) (tier A) never said why they buy: ask them first.</source>
        <translation>
            <numerusform>%n bester Kunde (Stufe A) hat nie gesagt, warum er kauft: Fragen Sie ihn zuerst.</numerusform>
            <numerusform>%n beste Kunden (Stufe A) haben nie gesagt, warum sie kaufen: Fragen Sie sie zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>No reasons for buying recorded yet: ask your customers why they buy from you and note their own words.</source>
        <translation>Noch keine Kaufgründe notiert: Fragen Sie Ihre Kunden, warum sie bei Ihnen kaufen, und notieren Sie ihre eigenen Worte.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s), {share} of the value</source>
        <translation>
            <numerusform>%n Kunde, {share} des Werts</numerusform>
            <numerusform>%n Kunden, {share} des Werts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) told you why they buy; the reason most give is &apos;{reason}&apos; ({giving}).</source>
        <translation>
            <numerusform>%n Kunde hat Ihnen gesagt, warum er kauft; der häufigste Grund ist „{reason}“ ({giving}).</numerusform>
            <numerusform>%n Kunden haben Ihnen gesagt, warum sie kaufen; der häufigste Grund ist „{reason}“ ({giving}).</numerusform>
        </translation>
    </message>
    <message>
        <source>No delights recorded yet: note what pleases your customers when they say it.</source>
        <translation>Noch keine Begeisterung notiert: Notieren Sie, was Ihre Kunden freut, wenn sie es sagen.</translation>
    </message>
    <message numerus="yes">
        <source>What delights customers most: &apos;{delight}&apos; (%n customer(s)); start your marketing there.</source>
        <translation>
            <numerusform>Was Kunden am meisten begeistert: „{delight}“ (%n Kunde); setzen Sie Ihr Marketing dort an.</numerusform>
            <numerusform>Was Kunden am meisten begeistert: „{delight}“ (%n Kunden); setzen Sie Ihr Marketing dort an.</numerusform>
        </translation>
    </message>
    <message>
        <source>No pain points recorded yet: note what troubles your customers, with you or with a competitor.</source>
        <translation>Noch keine Schmerzpunkte notiert: Notieren Sie, was Ihre Kunden stört, bei Ihnen oder bei einem Wettbewerber.</translation>
    </message>
    <message numerus="yes">
        <source>In the last 90 days customers raised %n pain(s) with you ({before} in the 90 days before) and you resolved {resolved} ({resolved_before} before).</source>
        <translation>
            <numerusform>In den letzten 90 Tagen haben Kunden %n Schmerzpunkt bei Ihnen genannt ({before} in den 90 Tagen davor), und Sie haben {resolved} gelöst ({resolved_before} davor).</numerusform>
            <numerusform>In den letzten 90 Tagen haben Kunden %n Schmerzpunkte bei Ihnen genannt ({before} in den 90 Tagen davor), und Sie haben {resolved} gelöst ({resolved_before} davor).</numerusform>
        </translation>
    </message>
    <message>
        <source>{change} Rising most: &apos;{pain}&apos; ({now} against {before}).</source>
        <translation>{change} Am stärksten gestiegen: „{pain}“ ({now} gegenüber {before}).</translation>
    </message>
    <message>
        <source>{change} Rising most: &apos;{pain}&apos;, with competitors ({now} against {before}).</source>
        <translation>{change} Am stärksten gestiegen: „{pain}“, bei Wettbewerbern ({now} gegenüber {before}).</translation>
    </message>
    <message numerus="yes">
        <source>{open} of %n pain(s) with you are open, resolved in {days} days (median)</source>
        <translation>
            <numerusform>{open} von %n Schmerzpunkt bei Ihnen offen, gelöst in {days} Tagen (Median)</numerusform>
            <numerusform>{open} von %n Schmerzpunkten bei Ihnen offen, gelöst in {days} Tagen (Median)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{open} of %n pain(s) with you are open</source>
        <translation>
            <numerusform>{open} von %n Schmerzpunkt bei Ihnen offen</numerusform>
            <numerusform>{open} von %n Schmerzpunkten bei Ihnen offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No purchases in the 12 months up to {today}: value appears once you log purchases. %n customer(s) pinned to tier A by hand count as best customers meanwhile.</source>
        <translation>
            <numerusform>Keine Käufe in den 12 Monaten bis zum {today}: Der Wert erscheint, sobald Sie Käufe erfassen. %n Kunde, von Hand auf Stufe A festgelegt, gilt bis dahin als bester Kunde.</numerusform>
            <numerusform>Keine Käufe in den 12 Monaten bis zum {today}: Der Wert erscheint, sobald Sie Käufe erfassen. %n Kunden, von Hand auf Stufe A festgelegt, gelten bis dahin als beste Kunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{meaning} %n more customer(s) pinned to tier A by hand bought nothing in that time.</source>
        <translation>
            <numerusform>{meaning} %n weiterer Kunde, von Hand auf Stufe A festgelegt, hat in dieser Zeit nichts gekauft.</numerusform>
            <numerusform>{meaning} %n weitere Kunden, von Hand auf Stufe A festgelegt, haben in dieser Zeit nichts gekauft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{open} of %n pain(s) with you is open</source>
        <translation>
            <numerusform>{open} von %n Schmerzpunkt bei Ihnen offen</numerusform>
            <numerusform>{open} von %n Schmerzpunkten bei Ihnen offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{open} of %n pain(s) with you is open, resolved in {days} days (median)</source>
        <translation>
            <numerusform>{open} von %n Schmerzpunkt bei Ihnen offen, gelöst in {days} Tagen (Median)</numerusform>
            <numerusform>{open} von %n Schmerzpunkten bei Ihnen offen, gelöst in {days} Tagen (Median)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{ours}; {open} of %n pain(s) with competitors is open — their pains are your opportunity.</source>
        <translation>
            <numerusform>{ours}; {open} von %n Schmerzpunkt bei Wettbewerbern offen — deren Schwächen sind Ihre Chance.</numerusform>
            <numerusform>{ours}; {open} von %n Schmerzpunkten bei Wettbewerbern offen — deren Schwächen sind Ihre Chance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{ours}; {open} of %n pain(s) with competitors are open — their pains are your opportunity.</source>
        <translation>
            <numerusform>{ours}; {open} von %n Schmerzpunkt bei Wettbewerbern offen — deren Schwächen sind Ihre Chance.</numerusform>
            <numerusform>{ours}; {open} von %n Schmerzpunkten bei Wettbewerbern offen — deren Schwächen sind Ihre Chance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) in Connection or Loyalty never had an invitation.</source>
        <translation>
            <numerusform>%n Kunde in Bindung oder Treue wurde nie eingeladen.</numerusform>
            <numerusform>%n Kunden in Bindung oder Treue wurden nie eingeladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n best customer(s) (tier A) had no gift in 12 months.</source>
        <translation>
            <numerusform>%n bester Kunde (Stufe A) hat in 12 Monaten kein Geschenk bekommen.</numerusform>
            <numerusform>%n beste Kunden (Stufe A) haben in 12 Monaten kein Geschenk bekommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No gifts, invitations or milestones recorded yet: trust grows through generosity and invitations, so note them as they happen.</source>
        <translation>Noch keine Geschenke, Einladungen oder Meilensteine notiert: Vertrauen wächst durch Großzügigkeit und Einladungen, also notieren Sie sie, wenn sie geschehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n gift(s) to {customers}</source>
        <translation>
            <numerusform>%n Geschenk an {customers}</numerusform>
            <numerusform>%n Geschenke an {customers}</numerusform>
        </translation>
    </message>
    <message>
        <source>{accepted} of invitations accepted, {attended} of those attended</source>
        <translation>{accepted} der Einladungen angenommen, davon {attended} teilgenommen</translation>
    </message>
    <message numerus="yes">
        <source>%n trust milestone(s) reached</source>
        <translation>
            <numerusform>%n Meilenstein des Vertrauens erreicht</numerusform>
            <numerusform>%n Meilensteine des Vertrauens erreicht</numerusform>
        </translation>
    </message>
    <message>
        <source>{parts}.</source>
        <translation>{parts}.</translation>
    </message>
    <message>
        <source>Left out of the cost of gifts: {parts}, not in the journal&apos;s currency ({currency}).</source>
        <translation>Nicht in den Kosten der Geschenke enthalten: {parts}, nicht in der Währung des Journals ({currency}).</translation>
    </message>
    <message numerus="yes">
        <source>%n gift(s) in {currency} ({amount})</source>
        <translation>
            <numerusform>%n Geschenk in {currency} ({amount})</numerusform>
            <numerusform>%n Geschenke in {currency} ({amount})</numerusform>
        </translation>
    </message>
    <message>
        <source>No customers here yet: stages appear once you add customers.</source>
        <translation>Hier noch keine Kunden: Die Phasen erscheinen, sobald Sie Kunden anlegen.</translation>
    </message>
    <message numerus="yes">
        <source>Most customers are in {stage} ({customers} of {all}); %n stage move(s) in the last 90 days.</source>
        <translation>
            <numerusform>Die meisten Kunden sind in {stage} ({customers} von {all}); %n Phasenwechsel in den letzten 90 Tagen.</numerusform>
            <numerusform>Die meisten Kunden sind in {stage} ({customers} von {all}); %n Phasenwechsel in den letzten 90 Tagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customers are spread evenly over {stages}, {customers} in each; %n stage move(s) in the last 90 days.</source>
        <translation>
            <numerusform>Die Kunden verteilen sich gleichmäßig auf {stages}, je {customers}; %n Phasenwechsel in den letzten 90 Tagen.</numerusform>
            <numerusform>Die Kunden verteilen sich gleichmäßig auf {stages}, je {customers}; %n Phasenwechsel in den letzten 90 Tagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most customers are in {stages}, {customers} in each ({all} in all); %n stage move(s) in the last 90 days.</source>
        <translation>
            <numerusform>Die meisten Kunden sind in {stages}, je {customers} (von {all}); %n Phasenwechsel in den letzten 90 Tagen.</numerusform>
            <numerusform>Die meisten Kunden sind in {stages}, je {customers} (von {all}); %n Phasenwechsel in den letzten 90 Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>{stage} is the most neglected stage: {share} of its customers are past their stay-in-touch cadence.</source>
        <translation>{stage} ist die am meisten vernachlässigte Phase: Bei {share} ihrer Kunden ist der Kontaktrhythmus überschritten.</translation>
    </message>
    <message>
        <source>Relationship health is not available in this version.</source>
        <translation>Die Beziehungsqualität ist in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <source>No customers here yet: health appears once you add some.</source>
        <translation>Hier noch keine Kunden: Die Beziehungsqualität erscheint, sobald Sie Kunden anlegen.</translation>
    </message>
    <message>
        <source>Not enough to tell yet: health needs conversations, promises and facts.</source>
        <translation>Noch nicht genug für eine Aussage: Die Beziehungsqualität braucht Gespräche, Versprechen und Fakten.</translation>
    </message>
    <message>
        <source>{element} is the weakest element across these customers (median {median} of 100).</source>
        <translation>{element} ist bei diesen Kunden das schwächste Element (Median {median} von 100).</translation>
    </message>
    <message numerus="yes">
        <source>Health fell in the last 90 days for %n customer(s); most for {name} ({before} → {now}).</source>
        <translation>
            <numerusform>Die Beziehungsqualität ist in den letzten 90 Tagen bei %n Kunden gesunken; am stärksten bei {name} ({before} → {now}).</numerusform>
            <numerusform>Die Beziehungsqualität ist in den letzten 90 Tagen bei %n Kunden gesunken; am stärksten bei {name} ({before} → {now}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody&apos;s health fell in the last 90 days.</source>
        <translation>Bei niemandem ist die Beziehungsqualität in den letzten 90 Tagen gesunken.</translation>
    </message>
    <message>
        <source>all customers</source>
        <translation>alle Kunden</translation>
    </message>
    <message>
        <source>customers tagged &apos;{tag}&apos;</source>
        <translation>Kunden mit dem Schlagwort „{tag}“</translation>
    </message>
    <message>
        <source>customers in {stage}</source>
        <translation>Kunden in der Phase {stage}</translation>
    </message>
    <message>
        <source>tier {tier} customers</source>
        <translation>Kunden der Stufe {tier}</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <source>Show figures</source>
        <translation>Zahlen zeigen</translation>
    </message>
    <message>
        <source>Show the figures of {chart}</source>
        <translation>Die Zahlen zu {chart} zeigen</translation>
    </message>
    <message>
        <source>Hide figures</source>
        <translation>Zahlen ausblenden</translation>
    </message>
    <message>
        <source>Show them in the list ({n})</source>
        <translation>In der Liste zeigen ({n})</translation>
    </message>
    <message>
        <source>Show all {n}</source>
        <translation>Alle {n} zeigen</translation>
    </message>
    <message>
        <source>Show the first {n} only</source>
        <translation>Nur die ersten {n} zeigen</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Tier {tier}</source>
        <translation>Stufe {tier}</translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation>Phase: {stage}</translation>
    </message>
    <message>
        <source>Tag: {tag}</source>
        <translation>Schlagwort: {tag}</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>Die Zahlen werden berechnet…</translation>
    </message>
    <message>
        <source>Customers tagged &apos;{tag}&apos;</source>
        <translation>Kunden mit dem Schlagwort „{tag}“</translation>
    </message>
    <message>
        <source>Customers in {stage}</source>
        <translation>Kunden in der Phase {stage}</translation>
    </message>
    <message>
        <source>Tier {tier} customers</source>
        <translation>Kunden der Stufe {tier}</translation>
    </message>
    <message>
        <source>{segment} as of {day}: {count}.</source>
        <translation>{segment} am {day}: {count}.</translation>
    </message>
    <message>
        <source>Print the insights</source>
        <translation>Einblicke drucken</translation>
    </message>
    <message>
        <source>Sent the insights to print.</source>
        <translation>Die Einblicke wurden an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Insights - {day}.pdf</source>
        <translation>Einblicke - {day}.pdf</translation>
    </message>
    <message>
        <source>C&amp;ustomers:</source>
        <translation>K&amp;unden:</translation>
    </message>
    <message>
        <source>Tag {tag}</source>
        <translation>Schlagwort {tag}</translation>
    </message>
    <message>
        <source>Insights - {segment} - {day}.pdf</source>
        <translation>Einblicke - {segment} - {day}.pdf</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Save the insights as PDF</source>
        <translation>Einblicke als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved to {path}: {why}. Choose another folder.</source>
        <translation>Das PDF konnte nicht in {path} gespeichert werden: {why}. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Saved the insights as {path}.</source>
        <translation>Die Einblicke wurden als {path} gespeichert.</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <source>required, e.g. Spring open house</source>
        <translation>Pflichtfeld, z. B. Tag der offenen Tür im Frühjahr</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>Ve&amp;ranstaltung:</translation>
    </message>
    <message>
        <source>Event &amp;date:</source>
        <translation>&amp;Datum der Veranstaltung:</translation>
    </message>
    <message>
        <source>&amp;Invited on:</source>
        <translation>&amp;Eingeladen am:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>As a &amp;guest, not as a speaker or exhibitor</source>
        <translation>Als &amp;Gast, nicht als Redner oder Aussteller</translation>
    </message>
    <message>
        <source>So far: {history}</source>
        <translation>Bisher: {history}</translation>
    </message>
</context>
<context>
    <name>JournalController</name>
    <message>
        <source>Delete {label}</source>
        <translation>{label} löschen</translation>
    </message>
    <message>
        <source>There is no customer #{customer_id}: it may have been erased.</source>
        <translation>Es gibt keinen Kunden #{customer_id}: Er wurde möglicherweise gelöscht.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Something went wrong inside Customer Journal ({name}). Your journal is safe: every change is saved as it is made. The details are in {where}.</source>
        <translation>In Customer Journal ist etwas schiefgegangen ({name}). Ihr Journal ist sicher: Jede Änderung wird gespeichert, sobald sie gemacht wird. Die Einzelheiten stehen in {where}.</translation>
    </message>
</context>
<context>
    <name>LinkText</name>
    <message>
        <source>Referred by</source>
        <translation>Empfohlen von</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Hat empfohlen:</translation>
    </message>
    <message>
        <source>Works with</source>
        <translation>Arbeitet mit</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Berichtet an</translation>
    </message>
    <message>
        <source>Manages</source>
        <translation>Leitet</translation>
    </message>
    <message>
        <source>Partner of</source>
        <translation>Partner von</translation>
    </message>
    <message>
        <source>Family of</source>
        <translation>Familie von</translation>
    </message>
    <message>
        <source>referred by</source>
        <translation>empfohlen von</translation>
    </message>
    <message>
        <source>works with</source>
        <translation>arbeitet mit</translation>
    </message>
    <message>
        <source>reports to</source>
        <translation>berichtet an</translation>
    </message>
    <message>
        <source>partner of</source>
        <translation>Partner von</translation>
    </message>
    <message>
        <source>family of</source>
        <translation>Familie von</translation>
    </message>
    <message>
        <source>Was referred by</source>
        <translation>Wurde empfohlen von</translation>
    </message>
    <message>
        <source>Is the partner of</source>
        <translation>Ist Partner von</translation>
    </message>
    <message>
        <source>Is family of</source>
        <translation>Ist Familie von</translation>
    </message>
    <message>
        <source>{first} — {how} {second}</source>
        <translation>{first} — {how} {second}</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>Link {name}</source>
        <translation>{name} verknüpfen</translation>
    </message>
    <message>
        <source>Link {name} to another customer</source>
        <translation>{name} mit einem anderen Kunden verknüpfen</translation>
    </message>
    <message>
        <source>How they are linked</source>
        <translation>Wie sie verbunden sind</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Wie:</translation>
    </message>
    <message>
        <source>Other customer</source>
        <translation>Anderer Kunde</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Seit:</translation>
    </message>
    <message>
        <source>how it came about, in a few words</source>
        <translation>wie es dazu kam, in wenigen Worten</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Verknüpfen…</translation>
    </message>
    <message>
        <source>Link this customer to another (who referred whom, …)</source>
        <translation>Diesen Kunden mit einem anderen verknüpfen (wer wen empfohlen hat, …)</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <source>Remove a link (Ctrl+Z brings it back)</source>
        <translation>Eine Verknüpfung entfernen (Strg+Z holt sie zurück)</translation>
    </message>
    <message>
        <source>at {company}</source>
        <translation>bei {company}</translation>
    </message>
    <message>
        <source>No connections yet.</source>
        <translation>Noch keine Verbindungen.</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <source>Customers grouped by their company. Spellings that differ only in case, accents or a legal form (GmbH, Ltd, Inc, SA…) are one company. For other names, Same Firm As… says that two are one firm.</source>
        <translation>Kunden nach ihrer Firma gruppiert. Schreibweisen, die sich nur in Groß- und Kleinschreibung, Akzenten oder der Rechtsform (GmbH, Ltd, Inc, SA…) unterscheiden, sind eine Firma. Für andere Namen hält „Dieselbe Firma wie…“ fest, dass zwei eine Firma sind.</translation>
    </message>
    <message>
        <source>Filter companies</source>
        <translation>Firmen filtern</translation>
    </message>
    <message>
        <source>Same Firm As…</source>
        <translation>Dieselbe Firma wie…</translation>
    </message>
    <message>
        <source>Say that the selected company and another are one firm</source>
        <translation>Festhalten, dass die gewählte Firma und eine andere eine Firma sind</translation>
    </message>
    <message>
        <source>Not the Same Firm…</source>
        <translation>Nicht dieselbe Firma…</translation>
    </message>
    <message>
        <source>Take back that two names are one firm</source>
        <translation>Zurücknehmen, dass zwei Namen eine Firma sind</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>12-month value</source>
        <translation>Wert (12 Monate)</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <source>No customer has a company yet: give one in a customer&apos;s details (Ctrl+E).</source>
        <translation>Noch hat kein Kunde eine Firma: Tragen Sie sie in den Angaben eines Kunden ein (Strg+E).</translation>
    </message>
    <message>
        <source>(late)</source>
        <translation>(überfällig)</translation>
    </message>
    <message>
        <source>Overdue since {day}</source>
        <translation>Überfällig seit {day}</translation>
    </message>
    <message>
        <source>Next due {day}</source>
        <translation>Nächste Fälligkeit {day}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Written as: {names}</source>
        <translation>Geschrieben als: {names}</translation>
    </message>
    <message>
        <source>Company written as: {name}</source>
        <translation>Firma geschrieben als: {name}</translation>
    </message>
    <message>
        <source>Same Firm</source>
        <translation>Dieselbe Firma</translation>
    </message>
    <message>
        <source>{name} is the same firm as:</source>
        <translation>{name} ist dieselbe Firma wie:</translation>
    </message>
    <message>
        <source>{a} = {b}</source>
        <translation>{a} = {b}</translation>
    </message>
    <message>
        <source>Not the Same Firm</source>
        <translation>Nicht dieselbe Firma</translation>
    </message>
    <message>
        <source>Take back that these are one firm:</source>
        <translation>Zurücknehmen, dass dies eine Firma ist:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Their details</source>
        <translation>Kundenangaben</translation>
    </message>
    <message>
        <source>A conversation</source>
        <translation>Ein Gespräch</translation>
    </message>
    <message>
        <source>A delight</source>
        <translation>Eine Begeisterung</translation>
    </message>
    <message>
        <source>A pain point</source>
        <translation>Ein Schmerzpunkt</translation>
    </message>
    <message>
        <source>A fact</source>
        <translation>Ein Fakt</translation>
    </message>
    <message>
        <source>A promise</source>
        <translation>Ein Versprechen</translation>
    </message>
    <message>
        <source>A gift</source>
        <translation>Ein Geschenk</translation>
    </message>
    <message>
        <source>An invitation</source>
        <translation>Eine Einladung</translation>
    </message>
    <message>
        <source>A milestone</source>
        <translation>Ein Meilenstein</translation>
    </message>
    <message>
        <source>A purchase</source>
        <translation>Ein Kauf</translation>
    </message>
    <message>
        <source>Customer Journal — {name}</source>
        <translation>Customer Journal — {name}</translation>
    </message>
    <message>
        <source>Opening the journal…</source>
        <translation>Das Journal wird geöffnet…</translation>
    </message>
    <message>
        <source>Customer Journal — {name} (read-only)</source>
        <translation>Customer Journal — {name} (schreibgeschützt)</translation>
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation>&amp;Neuer Kunde…</translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+N)</source>
        <translation>Einen Kunden anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>Quick &amp;Log…</source>
        <translation>&amp;Schnellnotiz…</translation>
    </message>
    <message>
        <source>Log a conversation, from anywhere (Ctrl+L)</source>
        <translation>Ein Gespräch festhalten, von überall aus (Strg+L)</translation>
    </message>
    <message>
        <source>&amp;Edit Customer…</source>
        <translation>Kunden &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Add &amp;Fact…</source>
        <translation>&amp;Fakt hinzufügen…</translation>
    </message>
    <message>
        <source>Add P&amp;romise…</source>
        <translation>&amp;Versprechen hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;Gift…</source>
        <translation>&amp;Geschenk hinzufügen…</translation>
    </message>
    <message>
        <source>Note a gift given (Ctrl+G)</source>
        <translation>Ein überreichtes Geschenk festhalten (Strg+G)</translation>
    </message>
    <message>
        <source>Add &amp;Invitation…</source>
        <translation>&amp;Einladung hinzufügen…</translation>
    </message>
    <message>
        <source>Invite to an event (Ctrl+I)</source>
        <translation>Zu einer Veranstaltung einladen (Strg+I)</translation>
    </message>
    <message>
        <source>Add &amp;Milestone…</source>
        <translation>&amp;Meilenstein hinzufügen…</translation>
    </message>
    <message>
        <source>Add P&amp;urchase…</source>
        <translation>K&amp;auf hinzufügen…</translation>
    </message>
    <message>
        <source>Record a purchase (Ctrl+U)</source>
        <translation>Einen Kauf erfassen (Strg+U)</translation>
    </message>
    <message>
        <source>Change &amp;Stage…</source>
        <translation>&amp;Phase ändern…</translation>
    </message>
    <message>
        <source>&amp;Archive Customer</source>
        <translation>Kunden a&amp;rchivieren</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>&amp;Duplikate finden…</translation>
    </message>
    <message>
        <source>Customers who are likely the same person: review and merge them</source>
        <translation>Kunden, die wahrscheinlich dieselbe Person sind: prüfen und zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Brief</source>
        <translation>&amp;Briefing</translation>
    </message>
    <message>
        <source>The one-page brief before a meeting (Ctrl+B)</source>
        <translation>Das einseitige Briefing vor einem Termin (Strg+B)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Search customers and notes (Ctrl+F)</source>
        <translation>Kunden und Notizen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Cadence per stage, currency, notifications</source>
        <translation>Kontaktrhythmus je Phase, Währung, Benachrichtigungen</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Who needs your attention today (Ctrl+1)</source>
        <translation>Wer heute Ihre Aufmerksamkeit braucht (Strg+1)</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <source>&amp;Insights</source>
        <translation>&amp;Einblicke</translation>
    </message>
    <message>
        <source>What the journal teaches across customers (Ctrl+3)</source>
        <translation>Was das Journal über alle Kunden hinweg zeigt (Strg+3)</translation>
    </message>
    <message>
        <source>C&amp;ompanies</source>
        <translation>&amp;Firmen</translation>
    </message>
    <message>
        <source>Customers grouped by company (Ctrl+4)</source>
        <translation>Kunden nach Firma gruppiert (Strg+4)</translation>
    </message>
    <message>
        <source>Lin&amp;k to Customer…</source>
        <translation>Mit Kunden &amp;verknüpfen…</translation>
    </message>
    <message>
        <source>Open &amp;Team Database…</source>
        <translation>&amp;Team-Datenbank öffnen…</translation>
    </message>
    <message>
        <source>Work on your team&apos;s shared journal on a PostgreSQL server</source>
        <translation>Mit dem gemeinsamen Journal Ihres Teams auf einem PostgreSQL-Server arbeiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Customer Journal</source>
        <translation>Ü&amp;ber Customer Journal</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Show &amp;Archived Customers</source>
        <translation>&amp;Archivierte Kunden anzeigen</translation>
    </message>
    <message>
        <source>Search names and notes (Ctrl+F)</source>
        <translation>Namen und Notizen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Go to the list</source>
        <translation>Zur Liste</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Tier {tier}</source>
        <translation>Stufe {tier}</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>&amp;Neglected only</source>
        <translation>&amp;Nur vernachlässigte</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Select a customer, or press Ctrl+N to add one.</source>
        <translation>Wählen Sie einen Kunden oder drücken Sie Strg+N, um einen anzulegen.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Notify Me of Due Items</source>
        <translation>Bei fälligen Einträgen be&amp;nachrichtigen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Tier * pinned by hand · 12-month value in {currency} · Health 0-100, hover for why; empty: not enough to tell yet</source>
        <translation>Stufe * von Hand festgelegt · Wert (12 Monate) in {currency} · Beziehung 0–100, Mauszeiger darauf zeigt warum; leer: noch nicht genug für eine Aussage</translation>
    </message>
    <message>
        <source>No customer matches “{text}”.</source>
        <translation>Kein Kunde passt zu „{text}“.</translation>
    </message>
    <message>
        <source>No customer fits the filters.</source>
        <translation>Kein Kunde passt zu den Filtern.</translation>
    </message>
    <message>
        <source>The filters above the list narrow it: set them back to All (and untick Neglected only) to look among every customer.</source>
        <translation>Die Filter über der Liste schränken sie ein: Stellen Sie sie auf Alle zurück (und entfernen Sie das Häkchen bei Nur vernachlässigte), um unter allen Kunden zu suchen.</translation>
    </message>
    <message>
        <source>Archived customers are left out: View &gt; Show Archived Customers includes them.</source>
        <translation>Archivierte Kunden sind ausgenommen: Ansicht &gt; Archivierte Kunden anzeigen bezieht sie ein.</translation>
    </message>
    <message>
        <source>&amp;Today ({count})</source>
        <translation>&amp;Heute ({count})</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>Only {what} ({n}).</source>
        <translation>Nur {what} ({n}).</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>Phasenwechsel</translation>
    </message>
    <message>
        <source>Date of this stage change ({pattern}):</source>
        <translation>Datum dieses Phasenwechsels ({pattern}):</translation>
    </message>
    <message>
        <source>Writing a sample journal…</source>
        <translation>Ein Beispieljournal wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Opening the team database in a new window…</source>
        <translation>Die Team-Datenbank wird in einem neuen Fenster geöffnet…</translation>
    </message>
    <message>
        <source>Opening {name} in a new window…</source>
        <translation>{name} wird in einem neuen Fenster geöffnet…</translation>
    </message>
    <message>
        <source>click</source>
        <comment>a mouse click with a key held: Shift+click</comment>
        <translation>Klick</translation>
    </message>
    <message>
        <source>Go to the list (the first match opens)</source>
        <translation>Zur Liste (der erste Treffer öffnet sich)</translation>
    </message>
    <message>
        <source>Clear the search; again: go to the list</source>
        <translation>Suche leeren; erneut: zur Liste</translation>
    </message>
    <message>
        <source>Open the customer&apos;s timeline</source>
        <translation>Den Verlauf des Kunden öffnen</translation>
    </message>
    <message>
        <source>Select and open the first or last customer</source>
        <translation>Den ersten oder letzten Kunden auswählen und öffnen</translation>
    </message>
    <message>
        <source>Select every customer shown (Customer &gt; Selected Customers)</source>
        <translation>Alle angezeigten Kunden auswählen (Kunde &gt; Ausgewählte Kunden)</translation>
    </message>
    <message>
        <source>Select several customers</source>
        <translation>Mehrere Kunden auswählen</translation>
    </message>
    <message>
        <source>Edit the entry</source>
        <translation>Den Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Delete the entry (Ctrl+Z brings it back)</source>
        <translation>Den Eintrag löschen (Strg+Z holt ihn zurück)</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>In the customer list</source>
        <translation>In der Kundenliste</translation>
    </message>
    <message>
        <source>In the search field</source>
        <translation>Im Suchfeld</translation>
    </message>
    <message>
        <source>In Today</source>
        <translation>In Heute</translation>
    </message>
    <message>
        <source>On a customer&apos;s page</source>
        <translation>Auf der Seite eines Kunden</translation>
    </message>
    <message>
        <source>In the brief</source>
        <translation>Im Briefing</translation>
    </message>
    <message>
        <source>In Insights</source>
        <translation>In den Einblicken</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About Customer Journal</source>
        <translation>Über Customer Journal</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Customer Journal {version}&lt;/h3&gt;&lt;p&gt;The story of each customer relationship, kept offline.&lt;/p&gt;&lt;p&gt;Journal: {journal}&lt;br&gt;Logs: {logs}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Customer Journal {version}&lt;/h3&gt;&lt;p&gt;Die Geschichte jeder Kundenbeziehung, offline geführt.&lt;/p&gt;&lt;p&gt;Journal: {journal}&lt;br&gt;Protokolle: {logs}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>The milestone kind can&apos;t be empty: pick one from the list or write your own.</source>
        <translation>Die Art des Meilensteins darf nicht leer sein: Wählen Sie eine aus der Liste oder schreiben Sie Ihre eigene.</translation>
    </message>
    <message>
        <source>Your own kind, kept as written.</source>
        <translation>Ihre eigene Art, so übernommen, wie Sie sie schreiben.</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>{number}%</source>
        <translation>{number}&#xa0;%</translation>
    </message>
</context>
<context>
    <name>OpenProblemBox</name>
    <message>
        <source>Customer Journal can&apos;t open the journal {name}.</source>
        <translation>Customer Journal kann das Journal {name} nicht öffnen.</translation>
    </message>
    <message>
        <source>

The latest good backup was taken {latest}. Restoring it keeps a copy of the current file in {backup_dir}: nothing is overwritten.</source>
        <translation>

Die letzte intakte Sicherung stammt vom {latest}. Beim Wiederherstellen wird eine Kopie der aktuellen Datei in {backup_dir} aufbewahrt: Nichts wird überschrieben.</translation>
    </message>
    <message>
        <source>

There is no good backup of this journal to restore.</source>
        <translation>

Es gibt keine intakte Sicherung dieses Journals zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>&amp;Restore Latest Backup</source>
        <translation>Letzte Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Open Another Journal…</source>
        <translation>Anderes Journal ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>OpsText</name>
    <message>
        <source>Added {name} (#{id}).</source>
        <translation>{name} angelegt (#{id}).</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation>
    </message>
    <message>
        <source>{name} is already in {stage}.</source>
        <translation>{name} ist bereits in der Phase {stage}.</translation>
    </message>
    <message>
        <source>{name} is now in {stage} (since {day}).</source>
        <translation>{name} ist jetzt in der Phase {stage} (seit {day}).</translation>
    </message>
    <message>
        <source>Archived {name}.</source>
        <translation>{name} archiviert.</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>{name} wiederhergestellt.</translation>
    </message>
    <message>
        <source>Erased {name} and everything logged about them.</source>
        <translation>{name} und alles, was zu diesem Kunden festgehalten war, gelöscht.</translation>
    </message>
    <message>
        <source>Logged {what} with {name} on {day}.</source>
        <translation>{what} mit {name} am {day} erfasst.</translation>
    </message>
    <message>
        <source>Noted the promise to {name}.</source>
        <translation>Versprechen an {name} notiert.</translation>
    </message>
    <message>
        <source>Noted about {name}: {text}.</source>
        <translation>Zu {name} notiert: {text}.</translation>
    </message>
    <message>
        <source>Gave {name}: {what}.</source>
        <translation>{name} geschenkt: {what}.</translation>
    </message>
    <message>
        <source>{name}&apos;s invitation to {event} is already {status}.</source>
        <translation>Die Einladung von {name} zu {event} ist bereits: {status}.</translation>
    </message>
    <message>
        <source>{name}&apos;s invitation to {event}: now {status}.</source>
        <translation>Einladung von {name} zu {event}: jetzt {status}.</translation>
    </message>
    <message>
        <source>Invited {name} to {event} on {day} ({status}).</source>
        <translation>{name} zu {event} am {day} eingeladen ({status}).</translation>
    </message>
    <message>
        <source>Milestone for {name}: {kind}.</source>
        <translation>Meilenstein für {name}: {kind}.</translation>
    </message>
    <message>
        <source>{name} bought {amount}.</source>
        <translation>{name} hat für {amount} gekauft.</translation>
    </message>
    <message>
        <source>Kept the promise to {name}: {text}.</source>
        <translation>Versprechen an {name} gehalten: {text}.</translation>
    </message>
    <message>
        <source>Resolved for {name}: {text}.</source>
        <translation>Für {name} gelöst: {text}.</translation>
    </message>
    <message>
        <source>Saved the {entry}.</source>
        <translation>Gespeichert: {entry}.</translation>
    </message>
    <message>
        <source>Deleted the {entry}.</source>
        <translation>Gelöscht: {entry}.</translation>
    </message>
    <message>
        <source>Restored the {entry}.</source>
        <translation>Wiederhergestellt: {entry}.</translation>
    </message>
    <message>
        <source>{stage} cadence is now {days} days.</source>
        <translation>Der Kontaktrhythmus für {stage} beträgt jetzt {days} Tage.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s)</source>
        <translation>
            <numerusform>%n Kauf</numerusform>
            <numerusform>%n Käufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gift(s) with a cost</source>
        <translation>
            <numerusform>%n Geschenk mit Kosten</numerusform>
            <numerusform>%n Geschenke mit Kosten</numerusform>
        </translation>
    </message>
    <message>
        <source>{entries} is in {old}: it will no longer count toward value or tiers in {new}.</source>
        <translation>{entries} ist in {old} und zählt in {new} nicht mehr zum Wert und zu den Stufen.</translation>
    </message>
    <message>
        <source>{entries} are in {old}: they will no longer count toward value or tiers in {new}.</source>
        <translation>{entries} sind in {old} und zählen in {new} nicht mehr zum Wert und zu den Stufen.</translation>
    </message>
    <message>
        <source>{entries} is in {old}: it will no longer count toward the cost of gifts in {new}.</source>
        <translation>{entries} ist in {old} und zählt in {new} nicht mehr zu den Kosten der Geschenke.</translation>
    </message>
    <message>
        <source>{entries} are in {old}: they will no longer count toward the cost of gifts in {new}.</source>
        <translation>{entries} sind in {old} und zählen in {new} nicht mehr zu den Kosten der Geschenke.</translation>
    </message>
    <message>
        <source>{entries} are in {old}: they will no longer count toward value, tiers or the cost of gifts in {new}.</source>
        <translation>{entries} sind in {old} und zählen in {new} nicht mehr zum Wert, zu den Stufen und zu den Kosten der Geschenke.</translation>
    </message>
    <message>
        <source>The journal&apos;s currency is {code}.</source>
        <translation>Die Währung des Journals ist {code}.</translation>
    </message>
    <message>
        <source>Updated the link: {said}.</source>
        <translation>Verknüpfung aktualisiert: {said}.</translation>
    </message>
    <message>
        <source>Linked: {said}.</source>
        <translation>Verknüpft: {said}.</translation>
    </message>
    <message>
        <source>Removed the link between {first} and {second}.</source>
        <translation>Die Verknüpfung zwischen {first} und {second} wurde entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Removed the %n links between {first} and {second}.</source>
        <translation>
            <numerusform>Die %n Verknüpfung zwischen {first} und {second} wurde entfernt.</numerusform>
            <numerusform>Die %n Verknüpfungen zwischen {first} und {second} wurden entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed the link: {said}.</source>
        <translation>Verknüpfung entfernt: {said}.</translation>
    </message>
    <message>
        <source>&apos;{first}&apos; and &apos;{second}&apos; are now one firm.</source>
        <translation>„{first}“ und „{second}“ sind jetzt eine Firma.</translation>
    </message>
    <message>
        <source>&apos;{first}&apos; and &apos;{second}&apos; are no longer counted as one firm.</source>
        <translation>„{first}“ und „{second}“ zählen nicht mehr als eine Firma.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n Kunden</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n were {what} already)</source>
        <translation>
            <numerusform> (%n war bereits {what})</numerusform>
            <numerusform> (%n waren bereits {what})</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage set to {stage} for {customers}{already}.</source>
        <translation>Phase {stage} für {customers} gesetzt{already}.</translation>
    </message>
    <message>
        <source>in {stage}</source>
        <translation>in der Phase {stage}</translation>
    </message>
    <message>
        <source>Tag {tag} added to {customers}{already}.</source>
        <translation>Schlagwort {tag} für {customers} hinzugefügt{already}.</translation>
    </message>
    <message>
        <source>tagged</source>
        <translation>so verschlagwortet</translation>
    </message>
    <message>
        <source>Tag {tag} removed from {customers}.</source>
        <translation>Schlagwort {tag} bei {customers} entfernt.</translation>
    </message>
    <message>
        <source>Own cadence cleared for {customers}.</source>
        <translation>Eigener Kontaktrhythmus für {customers} entfernt.</translation>
    </message>
    <message>
        <source>Cadence set to every {days} days for {customers}.</source>
        <translation>Kontaktrhythmus für {customers} auf alle {days} Tage gesetzt.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>Archived {customers}{already}.</source>
        <translation>{customers} archiviert{already}.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Brought back {customers}{already}.</source>
        <translation>{customers} zurückgeholt{already}.</translation>
    </message>
    <message>
        <source>Merged {other} (#{other_id}) into {keep} (#{keep_id}).</source>
        <translation>{other} (#{other_id}) mit {keep} (#{keep_id}) zusammengeführt.</translation>
    </message>
    <message>
        <source>{names} are already marked as different people.</source>
        <translation>{names} sind bereits als verschiedene Personen markiert.</translation>
    </message>
    <message>
        <source>{names} won&apos;t be offered as duplicates again.</source>
        <translation>{names} werden nicht mehr als Duplikate vorgeschlagen.</translation>
    </message>
    <message>
        <source>Restored {path} from {backup}. The journal as it was is kept in {safety}.</source>
        <translation>{path} aus {backup} wiederhergestellt. Das Journal, wie es vorher war, liegt in {safety}.</translation>
    </message>
    <message>
        <source>Restored {path} from {backup}.</source>
        <translation>{path} aus {backup} wiederhergestellt.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n reminder(s) to {path} (iCalendar).</source>
        <translation>
            <numerusform>%n Erinnerung nach {path} exportiert (iCalendar).</numerusform>
            <numerusform>%n Erinnerungen nach {path} exportiert (iCalendar).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported the journal (%n customer(s)) to {path} ({format}).</source>
        <translation>
            <numerusform>Das Journal (%n Kunde) nach {path} exportiert ({format}).</numerusform>
            <numerusform>Das Journal (%n Kunden) nach {path} exportiert ({format}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to {path} ({format}).</source>
        <translation>
            <numerusform>%n Kunde nach {path} exportiert ({format}).</numerusform>
            <numerusform>%n Kunden nach {path} exportiert ({format}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: the journal was left as it was.</source>
        <translation>Import abgebrochen: Das Journal blieb, wie es war.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message numerus="yes">
        <source>Imported {name}: %n customer(s) added, {merged} merged, {skipped} skipped.</source>
        <translation>
            <numerusform>{name} importiert: %n Kunde hinzugefügt, {merged} zusammengeführt, {skipped} übersprungen.</numerusform>
            <numerusform>{name} importiert: %n Kunden hinzugefügt, {merged} zusammengeführt, {skipped} übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase is kept in the system keyring.</source>
        <translation>Die Passphrase wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>The keyring package is not installed: the passphrase was not kept.</source>
        <translation>Das Paket keyring ist nicht installiert: Die Passphrase wurde nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>No system keyring is available here (keyring found no backend): the passphrase was not kept.</source>
        <translation>Hier ist kein Schlüsselbund des Systems verfügbar (keyring fand kein Backend): Die Passphrase wurde nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>The system keyring refused the passphrase ({error}): it was not kept.</source>
        <translation>Der Schlüsselbund des Systems hat die Passphrase abgelehnt ({error}): Sie wurde nicht aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>PainPointDialog</name>
    <message>
        <source>&amp;Pain point:</source>
        <translation>S&amp;chmerzpunkt:</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;Mit:</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <source>&amp;Resolved on:</source>
        <translation>&amp;Gelöst am:</translation>
    </message>
</context>
<context>
    <name>PairModel</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Likely the same as</source>
        <translation>Wahrscheinlich dieselbe Person wie</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>ParetoChart</name>
    <message>
        <source>Pareto curve of the value by customer</source>
        <translation>Pareto-Kurve des Werts nach Kunden</translation>
    </message>
    <message>
        <source>No. {rank}: {name}
The top {rank} ({customers}) bring {value} of the value</source>
        <translation>Nr. {rank}: {name}
Die besten {rank} ({customers}) bringen {value} des Werts</translation>
    </message>
    <message>
        <source>Share of the 12 months&apos; value</source>
        <translation>Anteil am Wert der 12 Monate</translation>
    </message>
    <message>
        <source>Share of customers, best first</source>
        <translation>Anteil der Kunden, die besten zuerst</translation>
    </message>
    <message>
        <source>Tier {tier}: {customers} of the customers ({n}) bring {value} of the value</source>
        <translation>Stufe {tier}: {customers} der Kunden ({n}) bringen {value} des Werts</translation>
    </message>
    <message>
        <source>Tier {tier}</source>
        <translation>Stufe {tier}</translation>
    </message>
    <message>
        <source>{tier}: {value}</source>
        <translation>{tier}: {value}</translation>
    </message>
    <message>
        <source>tier {tier}</source>
        <translation>Stufe {tier}</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Noch einmal dieselbe</translation>
    </message>
    <message>
        <source>&amp;Keep the passphrase in the system keyring</source>
        <translation>Passphrase im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type them again.</source>
        <translation>Die beiden Passphrasen unterscheiden sich: Geben Sie sie noch einmal ein.</translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message>
        <source>what delights them</source>
        <translation>was sie begeistert</translation>
    </message>
    <message>
        <source>what troubles them</source>
        <translation>was sie stört</translation>
    </message>
    <message>
        <source>why they buy</source>
        <translation>warum sie kaufen</translation>
    </message>
    <message>
        <source>a call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>a meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>a visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>an email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>a message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>a conversation</source>
        <translation>Gespräch</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <source>required, e.g. Send the spring price list</source>
        <translation>Pflichtfeld, z. B. Die Frühjahrspreisliste schicken</translation>
    </message>
    <message>
        <source>&amp;Promise:</source>
        <translation>Ve&amp;rsprechen:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>D&amp;one on:</source>
        <translation>&amp;Erledigt am:</translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>optional, e.g. 40 kg house blend</source>
        <translation>optional, z. B. 40 kg Hausmischung</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>Purchases in another currency are kept, but left out of value and tiers.</source>
        <translation>Käufe in einer anderen Währung bleiben erhalten, zählen aber nicht zu Wert und Stufen.</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Wä&amp;hrung:</translation>
    </message>
    <message>
        <source>e.g. {amount}</source>
        <translation>z. B. {amount}</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source>Quick log</source>
        <translation>Schnellnotiz</translation>
    </message>
    <message>
        <source>Log a conversation</source>
        <translation>Ein Gespräch festhalten</translation>
    </message>
    <message>
        <source>Ada: loved the samples; pain: slow shipping; promised a quote by Friday</source>
        <translation>Ada: loved the samples; pain: slow shipping; promised a quote by Friday</translation>
    </message>
    <message>
        <source>Customer, a colon, then parts separated by &apos;;&apos; — pain: …, pain BeanCo: …, why: …,
loved …, promised … by Friday, yesterday, meeting. Anything else is the summary.
The fields below are filled from the line. Ctrl+Enter saves.</source>
        <translation>Kunde, ein Doppelpunkt, dann Teile getrennt durch &apos;;&apos; — pain: …, pain BeanCo: …, why: …,
loved …, promised … by Friday, yesterday, meeting. Alles andere ist die Zusammenfassung.
Die Felder unten werden aus der Zeile gefüllt. Strg+Eingabe speichert.</translation>
    </message>
    <message>
        <source>&amp;In one line:</source>
        <translation>&amp;In einer Zeile:</translation>
    </message>
    <message>
        <source>What will be saved</source>
        <translation>Was gespeichert wird</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Type the first letters to choose: m for Meeting, mes for Message.</source>
        <translation>Tippen Sie die ersten Buchstaben: t für Treffen, n für Nachricht.</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>K&amp;anal:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>What was it about?</source>
        <translation>Worum ging es?</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>De&amp;lights</source>
        <translation>&amp;Begeisterung</translation>
    </message>
    <message>
        <source>one per line</source>
        <translation>eine pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Pains with us</source>
        <translation>S&amp;chmerzpunkte mit uns</translation>
    </message>
    <message>
        <source>Pains with a c&amp;ompetitor</source>
        <translation>Schmerzpunkte mit einem &amp;Wettbewerber</translation>
    </message>
    <message>
        <source>why they buy, in their own words</source>
        <translation>warum sie kaufen, in ihren eigenen Worten</translation>
    </message>
    <message>
        <source>&amp;Reason for buying:</source>
        <translation>Kaufg&amp;rund:</translation>
    </message>
    <message>
        <source>what we promised, if anything</source>
        <translation>was wir versprochen haben, falls etwas</translation>
    </message>
    <message>
        <source>Pro&amp;mise:</source>
        <translation>V&amp;ersprechen:</translation>
    </message>
    <message>
        <source>Du&amp;e:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>(not given: type the name in the Customer field)</source>
        <translation>(fehlt: Geben Sie den Namen im Feld Kunde ein)</translation>
    </message>
    <message>
        <source>(not given: start the line with the name and a colon)</source>
        <translation>(fehlt: Beginnen Sie die Zeile mit dem Namen und einem Doppelpunkt)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; matches {count} customers: type more of the name</source>
        <translation>„{text}“ passt zu {count} Kunden: Tippen Sie mehr vom Namen</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;, a new customer: saving offers to add them</source>
        <translation>„{text}“, ein neuer Kunde: Beim Speichern wird angeboten, ihn anzulegen</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is nobody in the journal</source>
        <translation>„{text}“ gibt es im Journal nicht</translation>
    </message>
    <message>
        <source>No customer is called &apos;{name}&apos;. Add {name} as a new customer?</source>
        <translation>Kein Kunde heißt „{name}“. {name} als neuen Kunden anlegen?</translation>
    </message>
    <message>
        <source>The conversation is then logged for them.</source>
        <translation>Das Gespräch wird dann für diesen Kunden festgehalten.</translation>
    </message>
    <message>
        <source>&amp;Add {name}</source>
        <translation>{name} &amp;anlegen</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>QuickLogText</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>{channel}, {day}</source>
        <translation>{channel}, {day}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Delight</source>
        <translation>Begeisterung</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerzpunkt</translation>
    </message>
    <message>
        <source>{text} (ours)</source>
        <translation>{text} (bei uns)</translation>
    </message>
    <message>
        <source>{text} (with a competitor)</source>
        <translation>{text} (bei einem Wettbewerber)</translation>
    </message>
    <message>
        <source>Why they buy</source>
        <translation>Warum sie kaufen</translation>
    </message>
    <message>
        <source>{promise}, due {day}</source>
        <translation>{promise}, fällig am {day}</translation>
    </message>
    <message>
        <source>{promise}, no due date</source>
        <translation>{promise}, ohne Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Read-only: the journal is damaged</source>
        <translation>Schreibgeschützt: das Journal ist beschädigt</translation>
    </message>
    <message>
        <source>Read-only: the file can&apos;t be written</source>
        <translation>Schreibgeschützt: die Datei ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>Read-only: the folder can&apos;t be written</source>
        <translation>Schreibgeschützt: der Ordner ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Read-only: nothing was changed.</source>
        <translation>Schreibgeschützt: Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ReminderText</name>
    <message>
        <source>the reminder to get in touch</source>
        <translation>die Erinnerung, sich zu melden</translation>
    </message>
    <message>
        <source>the buying-stopped reminder</source>
        <translation>die Erinnerung an ausbleibende Käufe</translation>
    </message>
    <message>
        <source>the promise reminder</source>
        <translation>die Erinnerung an das Versprechen</translation>
    </message>
    <message>
        <source>the important-date reminder</source>
        <translation>die Erinnerung an das wichtige Datum</translation>
    </message>
    <message>
        <source>The reminder to get in touch</source>
        <translation>Die Erinnerung, sich zu melden</translation>
    </message>
    <message>
        <source>The buying-stopped reminder</source>
        <translation>Die Erinnerung an ausbleibende Käufe</translation>
    </message>
    <message>
        <source>The promise reminder</source>
        <translation>Die Erinnerung an das Versprechen</translation>
    </message>
    <message>
        <source>The important-date reminder</source>
        <translation>Die Erinnerung an das wichtige Datum</translation>
    </message>
    <message>
        <source>Snoozed {item} for {customer} until {until}.</source>
        <translation>Für {customer} {item} bis zum {until} zurückgestellt.</translation>
    </message>
    <message>
        <source>Dismissed {item} for {customer} until the next contact.</source>
        <translation>Für {customer} {item} bis zum nächsten Kontakt ausgeblendet.</translation>
    </message>
    <message>
        <source>{item} for {customer} was not put away.</source>
        <translation>{item} für {customer} war weder zurückgestellt noch ausgeblendet.</translation>
    </message>
    <message>
        <source>{item} for {customer} is back.</source>
        <translation>{item} für {customer} ist wieder da.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Replace the journal with the chosen backup (asks first)</source>
        <translation>Das Journal durch die gewählte Sicherung ersetzen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Before anything is replaced, the journal as it is now is saved as a backup too, so a restore can itself be undone (that copy is kept {SAFETY_DAYS} days, or until you delete it).</source>
        <translation>Wählen Sie die Sicherung, zu der Sie zurückkehren möchten. Bevor etwas ersetzt wird, wird auch das Journal in seinem jetzigen Stand gesichert, sodass sich eine Wiederherstellung selbst rückgängig machen lässt (diese Kopie bleibt {SAFETY_DAYS} Tage erhalten oder bis Sie sie löschen).</translation>
    </message>
    <message>
        <source>There are no backups of this journal yet. They are made once a day while the app is used, and by File &gt; Back Up Now, in {folder}.

To restore a backup kept somewhere else, choose Other File…</source>
        <translation>Es gibt noch keine Sicherungen dieses Journals. Sie werden einmal am Tag erstellt, solange die App benutzt wird, und mit Datei &gt; Jetzt sichern, in {folder}.

Um eine anderswo aufbewahrte Sicherung wiederherzustellen, wählen Sie Andere Datei…</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Other File…</source>
        <translation>&amp;Andere Datei…</translation>
    </message>
    <message>
        <source>Restore a backup kept somewhere else (a USB stick, ...)</source>
        <translation>Eine anderswo aufbewahrte Sicherung wiederherstellen (ein USB-Stick, …)</translation>
    </message>
    <message>
        <source>Choose the backup to restore.</source>
        <translation>Wählen Sie die Sicherung, die wiederhergestellt werden soll.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Stay-in-touch cadence and journal settings</source>
        <translation>Kontaktrhythmus und Einstellungen des Journals</translation>
    </message>
    <message>
        <source>&amp;Prospecting</source>
        <translation>&amp;Akquise</translation>
    </message>
    <message>
        <source>C&amp;onsideration</source>
        <translation>Ab&amp;wägung</translation>
    </message>
    <message>
        <source>P&amp;urchase</source>
        <translation>&amp;Kauf</translation>
    </message>
    <message>
        <source>Co&amp;nnection</source>
        <translation>&amp;Bindung</translation>
    </message>
    <message>
        <source>&amp;Loyalty</source>
        <translation>&amp;Treue</translation>
    </message>
    <message>
        <source>contact every </source>
        <translation>Kontakt alle </translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>contact every 3650 days</source>
        <translation>Kontakt alle 3650 Tage</translation>
    </message>
    <message>
        <source>Default {days} days; tier A customers get half, and a customer&apos;s own cadence wins.</source>
        <translation>Standard: {days} Tage; A-Kunden bekommen die Hälfte, und ein eigener Kontaktrhythmus des Kunden geht vor.</translation>
    </message>
    <message>
        <source>{stage} cadence</source>
        <translation>Kontaktrhythmus {stage}</translation>
    </message>
    <message>
        <source>{stage}:</source>
        <translation>{stage}:</translation>
    </message>
    <message>
        <source>Three letters, such as EUR or USD. Purchases in another currency are kept, but left out of value and tiers.</source>
        <translation>Drei Buchstaben, etwa EUR oder USD. Käufe in einer anderen Währung bleiben erhalten, zählen aber nicht zu Wert und Stufen.</translation>
    </message>
    <message>
        <source>Cu&amp;rrency:</source>
        <translation>Wä&amp;hrung:</translation>
    </message>
    <message>
        <source>System follows the desktop; Light and Dark keep this app so whatever the desktop is.</source>
        <translation>System folgt dem Desktop; Hell und Dunkel behalten diese Darstellung, egal wie der Desktop aussieht.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s language.</source>
        <translation>System folgt der Sprache des Desktops.</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>The new language shows when you next start the app.</source>
        <translation>Die neue Sprache erscheint beim nächsten Start der App.</translation>
    </message>
    <message>
        <source>the database role, {role}</source>
        <translation>die Datenbankrolle, {role}</translation>
    </message>
    <message>
        <source>none: entries name nobody</source>
        <translation>leer: Einträge nennen niemanden</translation>
    </message>
    <message>
        <source>The name your new entries are written by, shown in the timeline.</source>
        <translation>Der Name, der bei Ihren neuen Einträgen steht, auch im Verlauf.</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>Ihr Na&amp;me:</translation>
    </message>
    <message>
        <source>Notify me when customers come due</source>
        <translation>Benachrichtigen, wenn Kunden fällig werden</translation>
    </message>
    <message>
        <source>Change the currency?</source>
        <translation>Währung ändern?</translation>
    </message>
    <message>
        <source>Change the journal&apos;s currency from {old} to {new}?</source>
        <translation>Die Währung des Journals von {old} auf {new} ändern?</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Open a journal</source>
        <translation>Ein Journal öffnen</translation>
    </message>
    <message>
        <source>Customer Journal (*.sqlite3 *.db);;All files (*)</source>
        <translation>Customer Journal (*.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The restore failed; the details are in {where}.</source>
        <translation>Die Wiederherstellung ist fehlgeschlagen; die Einzelheiten stehen in {where}.</translation>
    </message>
</context>
<context>
    <name>StartupCheck</name>
    <message>
        <source>The journal {name} is damaged.</source>
        <translation>Das Journal {name} ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>Statuses</name>
    <message>
        <source>invited</source>
        <translation>eingeladen</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>zugesagt</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>teilgenommen</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>nicht erschienen</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Something went wrong ({name}); details are in the log.</source>
        <translation>Etwas ist schiefgegangen ({name}); die Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>{database} on {server} (team database)</source>
        <translation>{database} auf {server} (Team-Datenbank)</translation>
    </message>
    <message>
        <source>Open Team Database</source>
        <translation>Team-Datenbank öffnen</translation>
    </message>
    <message>
        <source>Work on your team&apos;s shared journal, kept in a PostgreSQL database. Ask whoever runs the server for these details.</source>
        <translation>Arbeiten Sie mit dem gemeinsamen Journal Ihres Teams, das in einer PostgreSQL-Datenbank liegt. Die Angaben dafür erhalten Sie von der Person, die den Server betreut.</translation>
    </message>
    <message>
        <source>(choose one opened before)</source>
        <translation>(eine schon einmal geöffnete wählen)</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Zuletzt geöffnet:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>A name from your PostgreSQL service file (~/.pg_service.conf or PGSERVICEFILE), which may hold every other setting.</source>
        <translation>Ein Name aus Ihrer PostgreSQL-Dienstdatei (~/.pg_service.conf oder PGSERVICEFILE), die auch alle übrigen Angaben enthalten kann.</translation>
    </message>
    <message>
        <source>Other libpq settings, as name=value separated by spaces.</source>
        <translation>Weitere libpq-Einstellungen, als name=wert, durch Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>D&amp;ienst:</translation>
    </message>
    <message>
        <source>Ot&amp;her settings:</source>
        <translation>&amp;Weitere Einstellungen:</translation>
    </message>
    <message>
        <source>{database} on {server}</source>
        <translation>{database} auf {server}</translation>
    </message>
    <message>
        <source>The team database can&apos;t be opened.</source>
        <translation>Die Team-Datenbank lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>No password is asked for or kept here. PostgreSQL finds it in your ~/.pgpass file (one line: server:port:database:user:password), in a service file, or in PGPASSWORD.</source>
        <translation>Hier wird kein Passwort abgefragt oder gespeichert. PostgreSQL findet es in Ihrer Datei ~/.pgpass (eine Zeile: server:port:datenbank:benutzer:passwort), in einer Dienstdatei oder in PGPASSWORD.</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>Verbindung zu {server} wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to {where}. It holds no journal yet: opening it sets one up.</source>
        <translation>Verbunden mit {where}. Die Datenbank enthält noch kein Journal: Beim Öffnen wird eines angelegt.</translation>
    </message>
    <message>
        <source>Connected to {where}. Its journal was set up by an earlier version: opening it upgrades it.</source>
        <translation>Verbunden mit {where}. Das Journal darin stammt von einer früheren Version: Beim Öffnen wird es aktualisiert.</translation>
    </message>
    <message>
        <source>Connected to {where}. Its journal is ready to open.</source>
        <translation>Verbunden mit {where}. Das Journal darin kann geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>TeamMenus</name>
    <message>
        <source>Save a complete JSON export of the team database into your backups folder now; the server&apos;s own backups (pg_dump) remain the team&apos;s safety net</source>
        <translation>Jetzt einen vollständigen JSON-Export der Teamdatenbank in Ihren Sicherungsordner schreiben; die eigenen Sicherungen des Servers (pg_dump) bleiben das Sicherheitsnetz des Teams</translation>
    </message>
    <message>
        <source>Not for a team database: it is restored from the server&apos;s own backups (pg_dump), by whoever runs the server</source>
        <translation>Nicht für eine Teamdatenbank: Sie wird aus den eigenen Sicherungen des Servers (pg_dump) wiederhergestellt, von der Person, die den Server betreut</translation>
    </message>
    <message>
        <source>Undo is not available on a team database in this version</source>
        <translation>Rückgängig machen ist bei einer Teamdatenbank in dieser Version nicht verfügbar</translation>
    </message>
    <message>
        <source>A sample journal is a file of its own: open it from a window on a journal file</source>
        <translation>Ein Beispieljournal ist eine eigene Datei: Öffnen Sie es aus einem Fenster mit einer Journaldatei</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Neglected</source>
        <translation>Vernachlässigt</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <source>Important date</source>
        <translation>Wichtiges Datum</translation>
    </message>
    <message>
        <source>Buying stopped</source>
        <translation>Kauft nicht mehr</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <source>Important dates</source>
        <translation>Wichtige Daten</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Due item actions</source>
        <translation>Aktionen für fällige Einträge</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Snooze a week (S)</source>
        <translation>Eine Woche zurückstellen (S)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss until the next touch (D); not for promises</source>
        <translation>Bis zum nächsten Kontakt ausblenden (D); nicht für Versprechen</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Mark the promise kept, today (K)</source>
        <translation>Das Versprechen als heute eingehalten markieren (K)</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Why this item is here</source>
        <translation>Warum dieser Eintrag hier steht</translation>
    </message>
    <message>
        <source>Nobody needs you today. Well kept!</source>
        <translation>Heute braucht Sie niemand. Gut gepflegt!</translation>
    </message>
    <message>
        <source>Today — {weekday} {date}</source>
        <translation>Heute — {weekday}, {date}</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <source>{customer} — {reason}: {detail} ({when}, {date})</source>
        <translation>{customer} — {reason}: {detail} ({when}, {date})</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import contacts from vCard or CSV, or a journal from JSON (Ctrl+Shift+I)</source>
        <translation>Kontakte aus vCard oder CSV importieren, oder ein Journal aus JSON (Strg+Umschalt+I)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export customers (CSV, vCard), the journal (JSON) or reminders (iCalendar)</source>
        <translation>Kunden (CSV, vCard), das Journal (JSON) oder Erinnerungen (iCalendar) exportieren</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Back up the journal into its backup folder now</source>
        <translation>Das Journal jetzt in seinen Sicherungsordner sichern</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Replace the journal with one of its backups</source>
        <translation>Das Journal durch eine seiner Sicherungen ersetzen</translation>
    </message>
    <message>
        <source>E&amp;rase Customer…</source>
        <translation>Kunden &amp;löschen…</translation>
    </message>
    <message>
        <source>Erase this customer and everything logged about them, for good</source>
        <translation>Diesen Kunden und alles, was zu ihm festgehalten ist, endgültig löschen</translation>
    </message>
</context>
<context>
    <name>TransferBase</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source> and {value} more</source>
        <translation> und {value} weitere</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Show Customer Journal</source>
        <translation>Customer Journal anzeigen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Customer Journal — {count} due</source>
        <translation>Customer Journal — {count} fällig</translation>
    </message>
    <message>
        <source>Customer Journal — nobody due</source>
        <translation>Customer Journal — niemand fällig</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Knowledge</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Verantwortung</translation>
    </message>
    <message>
        <source>Respect</source>
        <translation>Respekt</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>Fürsorge</translation>
    </message>
    <message>
        <source>Prospecting</source>
        <translation>Akquise</translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation>Abwägung</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Bindung</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Treue</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Vorlieben</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Dislikes</source>
        <translation>Abneigungen</translation>
    </message>
    <message>
        <source>Important date</source>
        <translation>Wichtiges Datum</translation>
    </message>
    <message>
        <source>Important dates</source>
        <translation>Wichtige Daten</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Erschienen</translation>
    </message>
    <message>
        <source>No show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Us</source>
        <translation>Wir</translation>
    </message>
    <message>
        <source>A competitor</source>
        <translation>Ein Wettbewerber</translation>
    </message>
    <message>
        <source>First personal disclosure</source>
        <translation>Erstes persönliches Detail anvertraut</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Erster Kauf</translation>
    </message>
    <message>
        <source>Accepted an invitation</source>
        <translation>Eine Einladung angenommen</translation>
    </message>
    <message>
        <source>Gave a referral</source>
        <translation>Eine Empfehlung gegeben</translation>
    </message>
    <message>
        <source>Gave a testimonial</source>
        <translation>Ein Referenzzitat gegeben</translation>
    </message>
    <message>
        <source>Became an advocate</source>
        <translation>Zum Fürsprecher geworden</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to Customer Journal</source>
        <translation>Willkommen bei Customer Journal</translation>
    </message>
    <message>
        <source>Keep the story of each customer relationship: what you talked about, what delights and troubles them, what you promised and gave. The journal reminds you whom you are neglecting and briefs you before a meeting. Everything stays on this computer.</source>
        <translation>Halten Sie die Geschichte jeder Kundenbeziehung fest: worüber Sie gesprochen haben, was Ihre Kunden begeistert und was sie stört, was Sie versprochen und geschenkt haben. Das Journal erinnert Sie daran, wen Sie vernachlässigen, und bereitet Sie mit einem Briefing auf jeden Termin vor. Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>&amp;Add your first customer</source>
        <translation>Ersten Kunden &amp;anlegen</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>Kontakte &amp;importieren…</translation>
    </message>
    <message>
        <source>From vCard, CSV or a journal&apos;s JSON export</source>
        <translation>Aus vCard, CSV oder dem JSON-Export eines Journals</translation>
    </message>
    <message>
        <source>Open a &amp;sample journal</source>
        <translation>Ein &amp;Beispieljournal öffnen</translation>
    </message>
    <message>
        <source>200 made-up customers, in a separate file</source>
        <translation>200 erfundene Kunden, in einer eigenen Datei</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;contact %n day(s) overdue&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Kontakt seit %n Tag überfällig&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Kontakt seit %n Tagen überfällig&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next contact due in %n day(s)</source>
        <translation>
            <numerusform>nächster Kontakt fällig in %n Tag</numerusform>
            <numerusform>nächster Kontakt fällig in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;overdue by %n day(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;überfällig seit %n Tag&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;überfällig seit %n Tagen&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing learned yet from %n conversation(s): next time, ask about their family, interests and goals.</source>
        <translation>
            <numerusform>Aus %n Gespräch noch nichts erfahren: Fragen Sie beim nächsten Mal nach Familie, Interessen und Zielen.</numerusform>
            <numerusform>Aus %n Gesprächen noch nichts erfahren: Fragen Sie beim nächsten Mal nach Familie, Interessen und Zielen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stage default (%n day(s))</source>
        <translation>
            <numerusform>Standard der Phase (%n Tag)</numerusform>
            <numerusform>Standard der Phase (%n Tage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of customers who are likely the same person.</source>
        <translation>
            <numerusform>%n Kundenpaar, das wahrscheinlich dieselbe Person ist.</numerusform>
            <numerusform>%n Kundenpaare, die wahrscheinlich dieselbe Person sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n Gespräch</numerusform>
            <numerusform>%n Gespräche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s)</source>
        <translation>
            <numerusform>%n Versprechen</numerusform>
            <numerusform>%n Versprechen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n Fakt</numerusform>
            <numerusform>%n Fakten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gift(s)</source>
        <translation>
            <numerusform>%n Geschenk</numerusform>
            <numerusform>%n Geschenke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s)</source>
        <translation>
            <numerusform>%n Einladung</numerusform>
            <numerusform>%n Einladungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n Meilenstein</numerusform>
            <numerusform>%n Meilensteine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s)</source>
        <translation>
            <numerusform>%n Kauf</numerusform>
            <numerusform>%n Käufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact point(s)</source>
        <translation>
            <numerusform>%n Kontaktangabe</numerusform>
            <numerusform>%n Kontaktangaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{buyers} of %Ln customer(s) bought in the last 12 months: {total}.</source>
        <translation>
            <numerusform>In den letzten 12 Monaten gekauft: {buyers} von %Ln Kunden, zusammen {total}.</numerusform>
            <numerusform>In den letzten 12 Monaten gekauft: {buyers} von %Ln Kunden, zusammen {total}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) ({archived} archived hidden)</source>
        <translation>
            <numerusform>%Ln Kunde ({archived} archivierte ausgeblendet)</numerusform>
            <numerusform>%Ln Kunden ({archived} archivierte ausgeblendet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln customer(s) ({archived} archived hidden)</source>
        <translation>
            <numerusform>{shown} von %Ln Kunde ({archived} archivierte ausgeblendet)</numerusform>
            <numerusform>{shown} von %Ln Kunden ({archived} archivierte ausgeblendet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln customer(s)</source>
        <translation>
            <numerusform>{shown} von %Ln Kunde</numerusform>
            <numerusform>{shown} von %Ln Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>vor %n T.</numerusform>
            <numerusform>vor %n T.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) need your attention, {promises} of them promises</source>
        <translation>
            <numerusform>%Ln Eintrag braucht Ihre Aufmerksamkeit, davon {promises} Versprechen</numerusform>
            <numerusform>%Ln Einträge brauchen Ihre Aufmerksamkeit, davon {promises} Versprechen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) need your attention</source>
        <translation>
            <numerusform>%Ln Eintrag braucht Ihre Aufmerksamkeit</numerusform>
            <numerusform>%Ln Einträge brauchen Ihre Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due %n day(s) ago</source>
        <translation>
            <numerusform>seit %n Tag fällig</numerusform>
            <numerusform>seit %n Tagen fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>fällig in %n Tag</numerusform>
            <numerusform>fällig in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) still hold {name}.</source>
        <translation>
            <numerusform>%n Sicherung enthält {name} noch.</numerusform>
            <numerusform>%n Sicherungen enthalten {name} noch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase them from the backup(s) too</source>
        <translation>
            <numerusform>Auch aus der Sicherung löschen</numerusform>
            <numerusform>Auch aus den Sicherungen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n JSON backup(s) of the team database on this computer still hold {name}.</source>
        <translation>
            <numerusform>%n JSON-Sicherung der Team-Datenbank auf diesem Computer enthält {name} noch.</numerusform>
            <numerusform>%n JSON-Sicherungen der Team-Datenbank auf diesem Computer enthalten {name} noch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase them from the JSON backup(s) on this computer too</source>
        <translation>
            <numerusform>Auch aus dieser JSON-Sicherung löschen</numerusform>
            <numerusform>Auch aus diesen JSON-Sicherungen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased them from %n backup(s) too.</source>
        <translation>
            <numerusform>Auch aus %n Sicherung gelöscht.</numerusform>
            <numerusform>Auch aus %n Sicherungen gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged copies that could not be edited were deleted instead.</source>
        <translation>
            <numerusform>%n beschädigte Kopie, die nicht bearbeitet werden konnte, wurde stattdessen gelöscht.</numerusform>
            <numerusform>%n beschädigte Kopien, die nicht bearbeitet werden konnten, wurden stattdessen gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) still hold them.</source>
        <translation>
            <numerusform>%n Sicherung enthält diesen Kunden noch.</numerusform>
            <numerusform>%n Sicherungen enthalten diesen Kunden noch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased them from %n JSON backup(s) on this computer too.</source>
        <translation>
            <numerusform>Auch aus %n JSON-Sicherung auf diesem Computer gelöscht.</numerusform>
            <numerusform>Auch aus %n JSON-Sicherungen auf diesem Computer gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them could not be read as an export and held the name: deleted instead.</source>
        <translation>
            <numerusform>%n davon war als Export nicht lesbar und enthielt den Namen: stattdessen gelöscht.</numerusform>
            <numerusform>%n davon waren als Export nicht lesbar und enthielten den Namen: stattdessen gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n JSON backup(s) on this computer still hold them.</source>
        <translation>
            <numerusform>%n JSON-Sicherung auf diesem Computer enthält sie noch.</numerusform>
            <numerusform>%n JSON-Sicherungen auf diesem Computer enthalten sie noch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of these would be skipped: no name, company, email or phone.</source>
        <translation>
            <numerusform>%n dieser Zeilen würde übersprungen: kein Name, keine Firma, keine E-Mail, kein Telefon.</numerusform>
            <numerusform>%n dieser Zeilen würden übersprungen: kein Name, keine Firma, keine E-Mail, kein Telefon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind} · %n contact(s) in the file</source>
        <translation>
            <numerusform>{kind} · %n Kontakt in der Datei</numerusform>
            <numerusform>{kind} · %n Kontakte in der Datei</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to import: every contact in the file is already in the journal or can&apos;t be imported (%n contact(s) skipped).</source>
        <translation>
            <numerusform>Nichts zu importieren: Jeder Kontakt der Datei ist schon im Journal oder kann nicht importiert werden (%n Kontakt übersprungen).</numerusform>
            <numerusform>Nichts zu importieren: Jeder Kontakt der Datei ist schon im Journal oder kann nicht importiert werden (%n Kontakte übersprungen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new customer(s)</source>
        <translation>
            <numerusform>%n neuen Kunden</numerusform>
            <numerusform>%n neue Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) into customers you have</source>
        <translation>
            <numerusform>%n Kontakt in einen vorhandenen Kunden</numerusform>
            <numerusform>%n Kontakte in vorhandene Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) are skipped.</source>
        <translation>
            <numerusform>%n Kontakt wird übersprungen.</numerusform>
            <numerusform>%n Kontakte werden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need your attention today</source>
        <translation>
            <numerusform>%n Eintrag braucht heute Ihre Aufmerksamkeit</numerusform>
            <numerusform>%n Einträge brauchen heute Ihre Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) need your attention</source>
        <translation>
            <numerusform>%n neuer Eintrag braucht Ihre Aufmerksamkeit</numerusform>
            <numerusform>%n neue Einträge brauchen Ihre Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That passphrase does not open the journal: try again (%n tries left).</source>
        <translation>
            <numerusform>Diese Passphrase öffnet das Journal nicht: Versuchen Sie es noch einmal (noch %n Versuch).</numerusform>
            <numerusform>Diese Passphrase öffnet das Journal nicht: Versuchen Sie es noch einmal (noch %n Versuche).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected Customers (%n)</source>
        <translation>
            <numerusform>Ausgewählter Kunde (%n)</numerusform>
            <numerusform>Ausgewählte Kunden (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected customers: %n</source>
        <translation>
            <numerusform>Ausgewählte Kunden: %n</numerusform>
            <numerusform>Ausgewählte Kunden: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag to add to the selected customers (%n):</source>
        <translation>
            <numerusform>Schlagwort für den ausgewählten Kunden (%n):</numerusform>
            <numerusform>Schlagwort für die ausgewählten Kunden (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag to remove from the selected customers (%n):</source>
        <translation>
            <numerusform>Schlagwort, das vom ausgewählten Kunden (%n) entfernt wird:</numerusform>
            <numerusform>Schlagwort, das von den ausgewählten Kunden (%n) entfernt wird:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stay in touch with the selected customers (%n) every … days:</source>
        <translation>
            <numerusform>Mit dem ausgewählten Kunden (%n) in Kontakt bleiben, alle … Tage:</numerusform>
            <numerusform>Mit den ausgewählten Kunden (%n) in Kontakt bleiben, alle … Tage:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changing the selected customers (%n)…</source>
        <translation>
            <numerusform>Der ausgewählte Kunde (%n) wird geändert…</numerusform>
            <numerusform>Die ausgewählten Kunden (%n) werden geändert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save the briefs of the selected customers (%n) as one PDF</source>
        <translation>
            <numerusform>Das Briefing des ausgewählten Kunden (%n) als ein PDF speichern</numerusform>
            <numerusform>Die Briefings der ausgewählten Kunden (%n) als ein PDF speichern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing the briefs of the selected customers (%n)…</source>
        <translation>
            <numerusform>Das Briefing des ausgewählten Kunden (%n) wird geschrieben…</numerusform>
            <numerusform>Die Briefings der ausgewählten Kunden (%n) werden geschrieben…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the briefs of the selected customers (%n) to {path}.</source>
        <translation>
            <numerusform>Das Briefing des ausgewählten Kunden (%n) wurde in {path} gespeichert.</numerusform>
            <numerusform>Die Briefings der ausgewählten Kunden (%n) wurden in {path} gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d overdue</source>
        <translation>
            <numerusform>%n T. überfällig</numerusform>
            <numerusform>%n T. überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n d</source>
        <translation>
            <numerusform>in %n T.</numerusform>
            <numerusform>in %n T.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>own cadence: %n day(s)</source>
        <translation>
            <numerusform>eigener Kontaktrhythmus: %n Tag</numerusform>
            <numerusform>eigener Kontaktrhythmus: %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{stage} cadence, halved for tier A: %n day(s)</source>
        <translation>
            <numerusform>Kontaktrhythmus {stage}, halbiert für Stufe A: %n Tag</numerusform>
            <numerusform>Kontaktrhythmus {stage}, halbiert für Stufe A: %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{stage} cadence: %n day(s)</source>
        <translation>
            <numerusform>Kontaktrhythmus {stage}: %n Tag</numerusform>
            <numerusform>Kontaktrhythmus {stage}: %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n day(s) — {cadence}</source>
        <translation>
            <numerusform>Seit %n Tag kein Kontakt — {cadence}</numerusform>
            <numerusform>Seit %n Tagen kein Kontakt — {cadence}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Never contacted, added %n day(s) ago — {cadence}</source>
        <translation>
            <numerusform>Noch nie kontaktiert, vor %n Tag angelegt — {cadence}</numerusform>
            <numerusform>Noch nie kontaktiert, vor %n Tagen angelegt — {cadence}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promise overdue by %n day(s) (due {date}): {text}</source>
        <translation>
            <numerusform>Versprechen seit %n Tag überfällig (fällig am {date}): {text}</numerusform>
            <numerusform>Versprechen seit %n Tagen überfällig (fällig am {date}): {text}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No purchase for %n day(s) — usually buys every {median} days</source>
        <translation>
            <numerusform>Seit %n Tag kein Kauf — kauft sonst alle {median} Tage</numerusform>
            <numerusform>Seit %n Tagen kein Kauf — kauft sonst alle {median} Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_EntryDialog</name>
    <message>
        <source>{what} — {who}</source>
        <translation>{what} — {who}</translation>
    </message>
    <message>
        <source>{what} for {who}</source>
        <translation>{what} für {who}</translation>
    </message>
    <message>
        <source>New fact</source>
        <translation>Neuer Fakt</translation>
    </message>
    <message>
        <source>Edit fact</source>
        <translation>Fakt bearbeiten</translation>
    </message>
    <message>
        <source>New gift</source>
        <translation>Neues Geschenk</translation>
    </message>
    <message>
        <source>Edit gift</source>
        <translation>Geschenk bearbeiten</translation>
    </message>
    <message>
        <source>New invitation</source>
        <translation>Neue Einladung</translation>
    </message>
    <message>
        <source>Edit invitation</source>
        <translation>Einladung bearbeiten</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Neuer Meilenstein</translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation>Meilenstein bearbeiten</translation>
    </message>
    <message>
        <source>New purchase</source>
        <translation>Neuer Kauf</translation>
    </message>
    <message>
        <source>Edit purchase</source>
        <translation>Kauf bearbeiten</translation>
    </message>
    <message>
        <source>New promise</source>
        <translation>Neues Versprechen</translation>
    </message>
    <message>
        <source>Edit promise</source>
        <translation>Versprechen bearbeiten</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neues Gespräch</translation>
    </message>
    <message>
        <source>Edit conversation</source>
        <translation>Gespräch bearbeiten</translation>
    </message>
    <message>
        <source>New delight</source>
        <translation>Neue Begeisterung</translation>
    </message>
    <message>
        <source>Edit delight</source>
        <translation>Begeisterung bearbeiten</translation>
    </message>
    <message>
        <source>New pain point</source>
        <translation>Neuer Schmerzpunkt</translation>
    </message>
    <message>
        <source>Edit pain point</source>
        <translation>Schmerzpunkt bearbeiten</translation>
    </message>
    <message>
        <source>Someone else deleted this entry while you were editing: there is nothing to save to. Copy what you typed if you need it, then close.</source>
        <translation>Jemand anderes hat diesen Eintrag gelöscht, während Sie ihn bearbeitet haben: Es gibt nichts mehr, worin gespeichert werden könnte. Kopieren Sie Ihre Eingaben, falls Sie sie brauchen, und schließen Sie dann.</translation>
    </message>
</context>
<context>
    <name>_OpCommand</name>
    <message>
        <source>Redone</source>
        <translation>Wiederholt</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
</context>
</TS>
