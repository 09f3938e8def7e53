<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BarChart</name>
    <message>
        <source>Bar chart</source>
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
    <message numerus="yes">
        <source>%n pair(s) of customers who are likely the same person.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n day(s)</source>
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
    <name>Language</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who are likely the same person: review and merge them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier * pinned by hand · 12-month value in {currency} · Health 0-100, hover for why; empty: not enough to tell yet</source>
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
    <name>SettingsDialog</name>
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
