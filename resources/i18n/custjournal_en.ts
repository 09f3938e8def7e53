<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;contact %n day(s) overdue&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;contact %n day overdue&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;contact %n days overdue&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next contact due in %n day(s)</source>
        <translation>
            <numerusform>next contact due in %n day</numerusform>
            <numerusform>next contact due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;overdue by %n day(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;overdue by %n day&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;overdue by %n days&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stage default (%n day(s))</source>
        <translation>
            <numerusform>Stage default (%n day)</numerusform>
            <numerusform>Stage default (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of customers who are likely the same person.</source>
        <translation>
            <numerusform>%n pair of customers who are likely the same person.</numerusform>
            <numerusform>%n pairs of customers who are likely the same person.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s)</source>
        <translation>
            <numerusform>%n promise</numerusform>
            <numerusform>%n promises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n fact</numerusform>
            <numerusform>%n facts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gift(s)</source>
        <translation>
            <numerusform>%n gift</numerusform>
            <numerusform>%n gifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s)</source>
        <translation>
            <numerusform>%n invitation</numerusform>
            <numerusform>%n invitations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n milestone</numerusform>
            <numerusform>%n milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s)</source>
        <translation>
            <numerusform>%n purchase</numerusform>
            <numerusform>%n purchases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact point(s)</source>
        <translation>
            <numerusform>%n contact point</numerusform>
            <numerusform>%n contact points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln customer(s)</source>
        <translation>
            <numerusform>{shown} of %Ln customer</numerusform>
            <numerusform>{shown} of %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>%n d ago</numerusform>
            <numerusform>%n d ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) need your attention, {promises} of them promises</source>
        <translation>
            <numerusform>%Ln item needs your attention, {promises} of them promises</numerusform>
            <numerusform>%Ln items need your attention, {promises} of them promises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) need your attention</source>
        <translation>
            <numerusform>%Ln item needs your attention</numerusform>
            <numerusform>%Ln items need your attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due %n day(s) ago</source>
        <translation>
            <numerusform>due %n day ago</numerusform>
            <numerusform>due %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) still hold {name}.</source>
        <translation>
            <numerusform>%n backup still holds {name}.</numerusform>
            <numerusform>%n backups still hold {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase them from the backup(s) too</source>
        <translation>
            <numerusform>Erase them from that backup too</numerusform>
            <numerusform>Erase them from those backups too</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased them from %n backup(s) too.</source>
        <translation>
            <numerusform>Erased them from %n backup too.</numerusform>
            <numerusform>Erased them from %n backups too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) still hold them.</source>
        <translation>
            <numerusform>%n backup still holds them.</numerusform>
            <numerusform>%n backups still hold them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of these would be skipped: no name, company, email or phone.</source>
        <translation>
            <numerusform>%n row of these would be skipped: no name, company, email or phone.</numerusform>
            <numerusform>%n rows of these would be skipped: no name, company, email or phone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind} · %n contact(s) in the file</source>
        <translation>
            <numerusform>{kind} · %n contact in the file</numerusform>
            <numerusform>{kind} · %n contacts in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to import: every contact in the file is already in the journal or can&apos;t be imported (%n contact(s) skipped).</source>
        <translation>
            <numerusform>Nothing to import: every contact in the file is already in the journal or can&apos;t be imported (%n contact skipped).</numerusform>
            <numerusform>Nothing to import: every contact in the file is already in the journal or can&apos;t be imported (%n contacts skipped).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new customer(s)</source>
        <translation>
            <numerusform>%n new customer</numerusform>
            <numerusform>%n new customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) into customers you have</source>
        <translation>
            <numerusform>%n contact into a customer you have</numerusform>
            <numerusform>%n contacts into customers you have</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) are skipped.</source>
        <translation>
            <numerusform>%n contact is skipped.</numerusform>
            <numerusform>%n contacts are skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need your attention today</source>
        <translation>
            <numerusform>%n item needs your attention today</numerusform>
            <numerusform>%n items need your attention today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) need your attention</source>
        <translation>
            <numerusform>%n new item needs your attention</numerusform>
            <numerusform>%n new items need your attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That passphrase does not open the journal: try again (%n tries left).</source>
        <translation>
            <numerusform>That passphrase does not open the journal: try again (%n try left).</numerusform>
            <numerusform>That passphrase does not open the journal: try again (%n tries left).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected Customers (%n)</source>
        <translation>
            <numerusform>Selected Customers (%n)</numerusform>
            <numerusform>Selected Customers (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected customers: %n</source>
        <translation>
            <numerusform>Selected customers: %n</numerusform>
            <numerusform>Selected customers: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag to add to the selected customers (%n):</source>
        <translation>
            <numerusform>Tag to add to the selected customers (%n):</numerusform>
            <numerusform>Tag to add to the selected customers (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag to remove from the selected customers (%n):</source>
        <translation>
            <numerusform>Tag to remove from the selected customers (%n):</numerusform>
            <numerusform>Tag to remove from the selected customers (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stay in touch with the selected customers (%n) every … days:</source>
        <translation>
            <numerusform>Stay in touch with the selected customers (%n) every … days:</numerusform>
            <numerusform>Stay in touch with the selected customers (%n) every … days:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changing the selected customers (%n)…</source>
        <translation>
            <numerusform>Changing the selected customers (%n)…</numerusform>
            <numerusform>Changing the selected customers (%n)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save the briefs of the selected customers (%n) as one PDF</source>
        <translation>
            <numerusform>Save the briefs of the selected customers (%n) as one PDF</numerusform>
            <numerusform>Save the briefs of the selected customers (%n) as one PDF</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing the briefs of the selected customers (%n)…</source>
        <translation>
            <numerusform>Writing the briefs of the selected customers (%n)…</numerusform>
            <numerusform>Writing the briefs of the selected customers (%n)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the briefs of the selected customers (%n) to {path}.</source>
        <translation>
            <numerusform>Saved the briefs of the selected customers (%n) to {path}.</numerusform>
            <numerusform>Saved the briefs of the selected customers (%n) to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d overdue</source>
        <translation>
            <numerusform>%n d overdue</numerusform>
            <numerusform>%n d overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n d</source>
        <translation>
            <numerusform>in %n d</numerusform>
            <numerusform>in %n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>own cadence: %n day(s)</source>
        <translation>
            <numerusform>own cadence: %n day</numerusform>
            <numerusform>own cadence: %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{stage} cadence, halved for tier A: %n day(s)</source>
        <translation>
            <numerusform>{stage} cadence, halved for tier A: %n day</numerusform>
            <numerusform>{stage} cadence, halved for tier A: %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{stage} cadence: %n day(s)</source>
        <translation>
            <numerusform>{stage} cadence: %n day</numerusform>
            <numerusform>{stage} cadence: %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n day(s) — {cadence}</source>
        <translation>
            <numerusform>No contact for %n day — {cadence}</numerusform>
            <numerusform>No contact for %n days — {cadence}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Never contacted, added %n day(s) ago — {cadence}</source>
        <translation>
            <numerusform>Never contacted, added %n day ago — {cadence}</numerusform>
            <numerusform>Never contacted, added %n days ago — {cadence}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promise overdue by %n day(s) (due {date}): {text}</source>
        <translation>
            <numerusform>Promise overdue by %n day (due {date}): {text}</numerusform>
            <numerusform>Promise overdue by %n days (due {date}): {text}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No purchase for %n day(s) — usually buys every {median} days</source>
        <translation>
            <numerusform>No purchase for %n day — usually buys every {median} days</numerusform>
            <numerusform>No purchase for %n days — usually buys every {median} days</numerusform>
        </translation>
    </message>
</context>
</TS>
