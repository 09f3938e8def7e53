<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppHints</name>
    <message>
        <source>Or write your own kind: it is kept as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file whose name ends in its format&apos;s extension, such as .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To go back to a backup: File &gt; Restore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command &apos;custjournal check --rebuild-index&apos; rebuilds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To encrypt it: File &gt; Encrypt Journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change its passphrase: File &gt; Change Passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt or decrypt the journal first (File menu), then restore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupFlow</name>
    <message>
        <source>Backed up the journal to {path} ({size_text}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made today&apos;s backup of the journal ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made. {app_sentence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Journal backups (*.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t read the backup folder: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup taken {when_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the journal {name} with {what}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged journal is not lost: it is kept, under a name ending in “-damaged.sqlite3”, in {backup_dir}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything added or changed since then will be gone from the journal, but not lost: the journal as it is now is saved first, as a backup marked “before a restore”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the journal…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Bar chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefView</name>
    <message>
        <source>Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the brief of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent the brief of {name} to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief - {name}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the brief as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved to {path}: {strerror}. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the brief as {written}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>Set &amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Ta&amp;g…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Cadence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bring Back from Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief All as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of them has a tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefs {day}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no PDF was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved to {target}: {strerror}. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12-month value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in their own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why they buy:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column is which?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what the import would do (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Journal doesn&apos;t know the columns of {name}. Choose what each column holds; columns left out are not imported. A contact needs at least a name, a company, an email or a phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(column {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports {column} as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows, as they would be imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least the column that holds the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least the column that holds the name (or the company, an email or a phone).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>There is no customer #{id}: it may have been erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. wholesale, north</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often to stay in touch with this customer. 0: the stage&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cadence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From purchases (not pinned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tier} (pinned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archi&amp;ved: no reminders, hidden unless asked for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message>
        <source>not enough to tell yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n d overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %n d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A, B or C from the last 12 months&apos; value; * a tier pinned by hand, which takes no slot in the ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases in the last 12 months, in {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship health: the mean of knowledge, responsibility, respect and care (0-100); empty when there is not enough to tell yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier {tier}, pinned by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerMatcher</name>
    <message>
        <source>Type a few letters of the customer&apos;s name or company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches &apos;{query}&apos;: check the spelling, or add them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} and {more} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{query}&apos; matches {count} customers: {shown}. Type more, or pick one from the list with the arrow keys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a conversation with this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a fact about this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a promise to this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a gift for this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an invitation for this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a milestone for this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a purchase by this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {stage} since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier {tier} (pinned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12-month value &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last contact {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last contact never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next contact due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;overdue by {days}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due in {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promise {when}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What delights them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{side}, resolved {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet: log a conversation (Ctrl+L) or add a fact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delighted by: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain (competitor): {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain (us): {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they buy: “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for {occasion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reaction: {reaction}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation: {event} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: {stage} (from {previous})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>name or company; #12 for an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {who} (#{id}): Enter or Tab to pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{found} customers match: type more, or press ↓.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedJournalBox</name>
    <message>
        <source>The journal is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal {name} is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its integrity check found damaged pages: some of what it holds may be unreadable or wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Restore the latest good backup, taken {latest}? Changes made after it are lost. The damaged file is not overwritten: it is kept, under a name ending in “-damaged.sqlite3”, in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

There is no good backup to restore. The file is left exactly as it is; File &gt; Export… may still save most of it, and &apos;custjournal check&apos; tells more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Until then no automatic backup is made, so the damage can&apos;t replace a good backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore Latest Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a date as YYYY-MM-DD, or &apos;today&apos; or &apos;yesterday&apos;.
Up/Down: a day earlier or later; Page Up/Down: a month.
Alt+Down: pick from a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} can&apos;t be empty: write it as YYYY-MM-DD, or &apos;today&apos; or &apos;yesterday&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelightDialog</name>
    <message>
        <source>&amp;Delight:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueNotifier</name>
    <message>
        <source>{customer} needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for customers who are likely the same person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side: choose what to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold the right customer into the left one; every entry of both is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;wap Sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are different people: don&apos;t offer this pair again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer since {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>The journal {name} is encrypted. Type its passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three passphrases did not open the journal {path}, so Customer Journal closes. A lost passphrase can&apos;t be recovered (see docs/privacy.md); a backup made before the journal was encrypted opens without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open it: try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is encrypted. Type its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncryptionActions</name>
    <message>
        <source>E&amp;ncrypt Journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decrypt Journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the journal and its backups with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new passphrase for the encrypted journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the journal and its backups back into plain files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase for this journal. It and its backups are encrypted with it, and without it nobody can open them: not even you, if it is lost. It can&apos;t be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal and its backups are encrypted. Exports (File &gt; Export…) are still plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the new passphrase. The old one will no longer open the journal or its backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypt the journal and its backups? They become plain files that anyone who can read them can open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypting the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal and its backups are plain files again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversion failed; the journal was left as it was. The details are in {where}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryTree</name>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseFlow</name>
    <message>
        <source>There is no customer #{cid}: it may have been erased already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase {who} and everything logged about them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their conversations, promises, facts, gifts, invitations, milestones and purchases are removed from the journal for good. This can&apos;t be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> No backup holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file type for {name}: CSV (.csv), vCard (.vcf), JSON (.json) or iCalendar (.ics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {parent} does not exist: choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: {name} was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t write {target}: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactDialog</name>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Two daughters, Mia and Lou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MM-DD, e.g. 03-14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day of year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learned on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Enter, or Ctrl+Enter from any field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>Stage funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neglected (past their cadence)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GiftDialog</name>
    <message>
        <source>required, e.g. Tasting box of the new roast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>freebie, sample, loss leader, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Tenth order, birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occ&amp;asion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how it landed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reaction:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthBars</name>
    <message>
        <source>Relationship health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{element}: not enough to tell yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{element} {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{element}: {score} out of 100</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthChart</name>
    <message>
        <source>Distribution of relationship health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score {band}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough to tell yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{element}, {band}: {n} of {total} customers ({share})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email (work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email (home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (mobile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Journal can&apos;t tell what kind of file {name} is from its name: it imports vCard (.vcf), CSV (.csv) and Customer Journal JSON (.json) files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>CSV, with your column choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into customers you have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into the journal (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal has no customers yet, so it takes this file as it is: every customer with their ids, dates and the file&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the file ({warnings}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import would add {added} and merge {merged}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import would add {added}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import would merge {merged}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into {target} ({reason}): {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — already {target}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” — {name}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier {tier} ends: the top {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{buyers} of {customers} customers bought in the last 12 months: {total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers, best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* pinned to this tier by hand: it takes no slot in the ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The best customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* a tier pinned by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12-month value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the best customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}
Customers: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They bring {share} of the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best customers never asked why they buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best customers never asked why they buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What delights them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {open} open, {resolved} resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{open} open, {resolved} resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitors named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours, open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours, resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days to resolve ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitors&apos;, open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitors&apos;, resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised: last 90 days / the 90 before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: last 90 days / the 90 before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pains with us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pains with competitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed in the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 90 before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and generosity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Connection or Loyalty, never invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers never invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best customers with no gift in 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best customers with no gift in 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers given a gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of the gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts with a reaction noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations whose day has come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended, of those accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show, of those accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How gifts were received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}
Customers: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage}
Customers: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days in the stage: {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved in, last 90 days: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neglected: {n} ({rate})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved in (90 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neglected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neglect rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neglect per stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves in the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough to tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose health fell most in 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fell by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fell most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers whose health fell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag: {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{segment}: {n}, as of {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent the insights to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights - {day}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the insights as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved to {path}: {why}. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the insights as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <source>required, e.g. Spring open house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invited on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a &amp;guest, not as a speaker or exhibitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So far: {history}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalController</name>
    <message>
        <source>Delete {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer #{customer_id}: it may have been erased.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Something went wrong inside Customer Journal ({name}). Your journal is safe: every change is saved as it is made. The details are in {where}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Their details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pain point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Journal — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick &amp;Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a conversation, from anywhere (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Fact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add P&amp;romise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Gift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note a gift given (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite to an event (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Milestone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add P&amp;urchase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a purchase (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who are likely the same person: review and merge them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one-page brief before a meeting (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers and notes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadence per stage, currency, notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who needs your attention today (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the journal teaches across customers (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompanies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers grouped by company (Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lin&amp;k to Customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Customer Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Archived Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names and notes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neglected only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a customer, or press Ctrl+N to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify Me of Due Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier * pinned by hand · 12-month value in {currency} · Health 0-100, hover for why; empty: not enough to tell yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {what} ({n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of this stage change (YYYY-MM-DD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing a sample journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {name} in a new window…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the list (the first match opens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the customer&apos;s timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select every customer shown (Customer &gt; Selected Customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select several customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the entry (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the customer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the search field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a customer&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Customer Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Customer Journal {version}&lt;/h3&gt;&lt;p&gt;The story of each customer relationship, kept offline.&lt;/p&gt;&lt;p&gt;Journal: {journal}&lt;br&gt;Logs: {logs}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The milestone kind can&apos;t be empty: pick one from the list or write your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own kind, kept as written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenProblemBox</name>
    <message>
        <source>Customer Journal can&apos;t open the journal {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

The latest good backup was taken {latest}. Restoring it keeps a copy of the current file in {backup_dir}: nothing is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

There is no good backup of this journal to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore Latest Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Another Journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainPointDialog</name>
    <message>
        <source>&amp;Pain point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolved on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairModel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely the same as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParetoChart</name>
    <message>
        <source>Pareto curve of the value by customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. {rank}: {name}
The top {rank} ({customers}) bring {value} of the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the 12 months&apos; value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of customers, best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier {tier}: {customers} of the customers ({n}) bring {value} of the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tier}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier {tier}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the passphrase in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ: type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <source>required, e.g. Send the spring price list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Promise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;one on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. 40 kg house blend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases in another currency are kept, but left out of value and tiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source>Quick log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ada: loved the samples; pain: slow shipping; promised a quote by Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer, a colon, then parts separated by &apos;;&apos; — pain: …, pain BeanCo: …, why: …,
loved …, promised … by Friday, yesterday, meeting. Anything else is the summary.
The fields below are filled from the line. Ctrl+Enter saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In one line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the first letters to choose: m for Meeting, mes for Message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was it about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pains with us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pains with a c&amp;ompetitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why they buy, in their own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for buying:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what we promised, if anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;mise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given: start the line with the name and a colon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; matches {count} customers: type more of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos;, a new customer: saving offers to add them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is nobody in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer is called &apos;{name}&apos;. Add {name} as a new customer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation is then logged for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the journal with the chosen backup (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Before anything is replaced, the journal as it is now is saved as a backup too, so a restore can itself be undone (that copy is kept {SAFETY_DAYS} days, or until you delete it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this journal yet. They are made once a day while the app is used, and by File &gt; Back Up Now, in {folder}.

To restore a backup kept somewhere else, choose Other File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup kept somewhere else (a USB stick, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay-in-touch cadence and journal settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prospecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onsideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;urchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Loyalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact every 3650 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default {days} days; tier A customers get half, and a customer&apos;s own cadence wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage} cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three letters, such as EUR or USD. Purchases in another currency are kept, but left out of value and tiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;rrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System follows the desktop; Light and Dark keep this app so whatever the desktop is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language shows when you next start the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me when customers come due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Open a journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Journal (*.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore failed; the details are in {where}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupCheck</name>
    <message>
        <source>The journal {name} is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Something went wrong ({name}); details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Neglected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n d ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %n d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due item actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze a week (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss until the next touch (D); not for promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the promise kept, today (K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this item is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody needs you today. Well kept!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today — {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{customer} — {reason}: {detail} ({when}, {date})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts from vCard or CSV, or a journal from JSON (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export customers (CSV, vCard), the journal (JSON) or reminders (iCalendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the journal into its backup folder now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the journal with one of its backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;rase Customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this customer and everything logged about them, for good</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferBase</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source> and {value} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Show Customer Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Journal — {count} due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Journal — nobody due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dislikes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First personal disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted an invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave a testimonial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Became an advocate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to Customer Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the story of each customer relationship: what you talked about, what delights and troubles them, what you promised and gave. The journal reminds you whom you are neglecting and briefs you before a meeting. Everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add your first customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From vCard, CSV or a journal&apos;s JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;sample journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>200 made-up customers, in a separate file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;contact %n day(s) overdue&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next contact due in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stage default (%n day(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of customers who are likely the same person.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gift(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) need your attention, {promises} of them promises</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) need your attention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due %n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) still hold {name}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase them from the backup(s) too</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased them from %n backup(s) too.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) still hold them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of these would be skipped: no name, company, email or phone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind} · %n contact(s) in the file</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to import: every contact in the file is already in the journal or can&apos;t be imported (%n contact(s) skipped).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) into customers you have</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) are skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need your attention today</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) need your attention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That passphrase does not open the journal: try again (%n tries left).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected Customers (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected customers: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag to add to the selected customers (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag to remove from the selected customers (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stay in touch with the selected customers (%n) every … days:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changing the selected customers (%n)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save the briefs of the selected customers (%n) as one PDF</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing the briefs of the selected customers (%n)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the briefs of the selected customers (%n) to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_EntryDialog</name>
    <message>
        <source>{what} — {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} for {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New delight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit delight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pain point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit pain point</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_OpCommand</name>
    <message>
        <source>Redone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <source>Show figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the figures of {chart}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show them in the list ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
