<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BriefText</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s) in {currency} ({amount})</source>
        <translation>
            <numerusform>%n purchase in {currency} ({amount})</numerusform>
            <numerusform>%n purchases in {currency} ({amount})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n older entry(ies) in the journal</source>
        <translation>
            <numerusform>and %n older entry in the journal</numerusform>
            <numerusform>and %n older entries in the journal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message numerus="yes">
        <source>&apos;{query}&apos; matches %n customer(s): {shown}{more}. Give more of the name, or the id such as &apos;#12&apos;.</source>
        <translation>
            <numerusform>&apos;{query}&apos; matches %n customer: {shown}{more}. Give more of the name, or the id such as &apos;#12&apos;.</numerusform>
            <numerusform>&apos;{query}&apos; matches %n customers: {shown}{more}. Give more of the name, or the id such as &apos;#12&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{owner} has %n open promise(s): {listed}. Give the start of the one you mean.</source>
        <translation>
            <numerusform>{owner} has %n open promise: {listed}. Give the start of the one you mean.</numerusform>
            <numerusform>{owner} has %n open promises: {listed}. Give the start of the one you mean.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{owner} has %n open pain point(s): {listed}. Give the start of the one you mean.</source>
        <translation>
            <numerusform>{owner} has %n open pain point: {listed}. Give the start of the one you mean.</numerusform>
            <numerusform>{owner} has %n open pain points: {listed}. Give the start of the one you mean.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{owner} has %n open promise(s): {listed}. Give the start of the one you mean, or its key.</source>
        <translation>
            <numerusform>{owner} has %n open promise: {listed}. Give the start of the one you mean, or its key.</numerusform>
            <numerusform>{owner} has %n open promises: {listed}. Give the start of the one you mean, or its key.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{owner} has %n important date(s): {listed}. Give the start of the one you mean, or its key.</source>
        <translation>
            <numerusform>{owner} has %n important date: {listed}. Give the start of the one you mean, or its key.</numerusform>
            <numerusform>{owner} has %n important dates: {listed}. Give the start of the one you mean, or its key.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthText</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough to tell yet: nothing learned yet, in %n conversation(s).</source>
        <translation>
            <numerusform>Not enough to tell yet: nothing learned yet, in %n conversation.</numerusform>
            <numerusform>Not enough to tell yet: nothing learned yet, in %n conversations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asked why they buy: %n answer(s), the last {ago}.</source>
        <translation>
            <numerusform>Asked why they buy: %n answer, the last {ago}.</numerusform>
            <numerusform>Asked why they buy: %n answers, the last {ago}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delight(s) recorded.</source>
        <translation>
            <numerusform>%n delight recorded.</numerusform>
            <numerusform>%n delights recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kept} of %n promise(s) due kept on time.</source>
        <translation>
            <numerusform>{kept} of %n promise due kept on time.</numerusform>
            <numerusform>{kept} of %n promises due kept on time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{resolved} of %n pain point(s) with us resolved.</source>
        <translation>
            <numerusform>{resolved} of %n pain point with us resolved.</numerusform>
            <numerusform>{resolved} of %n pain points with us resolved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolved in %n day(s) (median).</source>
        <translation>
            <numerusform>Resolved in %n day (median).</numerusform>
            <numerusform>Resolved in %n days (median).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pain point(s) with competitors heard.</source>
        <translation>
            <numerusform>%n pain point with competitors heard.</numerusform>
            <numerusform>%n pain points with competitors heard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough to tell yet: known for %n day(s), less than one cadence ({cadence}).</source>
        <translation>
            <numerusform>Not enough to tell yet: known for %n day, less than one cadence ({cadence}).</numerusform>
            <numerusform>Not enough to tell yet: known for %n days, less than one cadence ({cadence}).</numerusform>
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
        <source>%n touch(es) {period}, about {expected} expected ({cadence}).</source>
        <translation>
            <numerusform>%n touch {period}, about {expected} expected ({cadence}).</numerusform>
            <numerusform>%n touches {period}, about {expected} expected ({cadence}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{met} of %n important date(s) met with a touch.</source>
        <translation>
            <numerusform>{met} of %n important date met with a touch.</numerusform>
            <numerusform>{met} of %n important dates met with a touch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gift(s) and invitation(s) {period}; a {stage} customer calls for {wanted}.</source>
        <translation>
            <numerusform>%n gift or invitation {period}; a {stage} customer calls for {wanted}.</numerusform>
            <numerusform>%n gifts and invitations {period}; a {stage} customer calls for {wanted}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Get in touch: never contacted in the %n day(s) since they were added.</source>
        <translation>
            <numerusform>Get in touch: never contacted in the %n day since they were added.</numerusform>
            <numerusform>Get in touch: never contacted in the %n days since they were added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Get in touch: the last contact was %n day(s) ago, more than the {cadence} of their cadence.</source>
        <translation>
            <numerusform>Get in touch: the last contact was %n day ago, more than the {cadence} of their cadence.</numerusform>
            <numerusform>Get in touch: the last contact was %n days ago, more than the {cadence} of their cadence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Get in touch about every {cadence}: %n touch(es) {period} against about {expected} expected.</source>
        <translation>
            <numerusform>Get in touch about every {cadence}: %n touch {period} against about {expected} expected.</numerusform>
            <numerusform>Get in touch about every {cadence}: %n touches {period} against about {expected} expected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep in touch every %n day(s), as you do.</source>
        <translation>
            <numerusform>Keep in touch every %n day, as you do.</numerusform>
            <numerusform>Keep in touch every %n days, as you do.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsText</name>
    <message numerus="yes">
        <source>Your top %n customer(s) ({customers} of those who bought) bring {value} of the last 12 months&apos; value.</source>
        <translation>
            <numerusform>Your top %n customer ({customers} of those who bought) brings {value} of the last 12 months&apos; value.</numerusform>
            <numerusform>Your top %n customers ({customers} of those who bought) bring {value} of the last 12 months&apos; value.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) bought in the last 12 months; none of them is tier A.</source>
        <translation>
            <numerusform>%n customer bought in the last 12 months; none of them is tier A.</numerusform>
            <numerusform>%n customers bought in the last 12 months; none of them is tier A.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Within these customers, the top %n customer(s) by value ({customers} of those who bought) bring {value} of their last 12 months&apos; value; tier A across the journal: {tier_a}.</source>
        <translation>
            <numerusform>Within these customers, the top %n customer by value ({customers} of those who bought) brings {value} of their last 12 months&apos; value; tier A across the journal: {tier_a}.</numerusform>
            <numerusform>Within these customers, the top %n customers by value ({customers} of those who bought) bring {value} of their last 12 months&apos; value; tier A across the journal: {tier_a}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n best customer(s) (tier A) never said why they buy: ask them first.</source>
        <translation>
            <numerusform>%n best customer (tier A) never said why they buy: ask them first.</numerusform>
            <numerusform>%n best customers (tier A) never said why they buy: ask them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s), {share} of the value</source>
        <translation>
            <numerusform>%n customer, {share} of the value</numerusform>
            <numerusform>%n customers, {share} of the value</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) told you why they buy; the reason most give is &apos;{reason}&apos; ({giving}).</source>
        <translation>
            <numerusform>%n customer told you why they buy; the reason most give is &apos;{reason}&apos; ({giving}).</numerusform>
            <numerusform>%n customers told you why they buy; the reason most give is &apos;{reason}&apos; ({giving}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What delights customers most: &apos;{delight}&apos; (%n customer(s)); start your marketing there.</source>
        <translation>
            <numerusform>What delights customers most: &apos;{delight}&apos; (%n customer); start your marketing there.</numerusform>
            <numerusform>What delights customers most: &apos;{delight}&apos; (%n customers); start your marketing there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the last 90 days customers raised %n pain(s) with you ({before} in the 90 days before) and you resolved {resolved} ({resolved_before} before).</source>
        <translation>
            <numerusform>In the last 90 days customers raised %n pain with you ({before} in the 90 days before) and you resolved {resolved} ({resolved_before} before).</numerusform>
            <numerusform>In the last 90 days customers raised %n pains with you ({before} in the 90 days before) and you resolved {resolved} ({resolved_before} before).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{open} of %n pain(s) with you are open, resolved in {days} days (median)</source>
        <translation>
            <numerusform>{open} of %n pain with you is open, resolved in {days} days (median)</numerusform>
            <numerusform>{open} of %n pains with you are open, resolved in {days} days (median)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{open} of %n pain(s) with you are open</source>
        <translation>
            <numerusform>{open} of %n pain with you is open</numerusform>
            <numerusform>{open} of %n pains with you are open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No purchases in the 12 months up to {today}: value appears once you log purchases. %n customer(s) pinned to tier A by hand count as best customers meanwhile.</source>
        <translation>
            <numerusform>No purchases in the 12 months up to {today}: value appears once you log purchases. %n customer pinned to tier A by hand counts as a best customer meanwhile.</numerusform>
            <numerusform>No purchases in the 12 months up to {today}: value appears once you log purchases. %n customers pinned to tier A by hand count as best customers meanwhile.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{meaning} %n more customer(s) pinned to tier A by hand bought nothing in that time.</source>
        <translation>
            <numerusform>{meaning} %n more customer pinned to tier A by hand bought nothing in that time.</numerusform>
            <numerusform>{meaning} %n more customers pinned to tier A by hand bought nothing in that time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{open} of %n pain(s) with you is open</source>
        <translation>
            <numerusform>{open} of %n pain with you is open</numerusform>
            <numerusform>{open} of %n pains with you is open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{open} of %n pain(s) with you is open, resolved in {days} days (median)</source>
        <translation>
            <numerusform>{open} of %n pain with you is open, resolved in {days} days (median)</numerusform>
            <numerusform>{open} of %n pains with you is open, resolved in {days} days (median)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{ours}; {open} of %n pain(s) with competitors is open — their pains are your opportunity.</source>
        <translation>
            <numerusform>{ours}; {open} of %n pain with competitors is open — their pains are your opportunity.</numerusform>
            <numerusform>{ours}; {open} of %n pains with competitors is open — their pains are your opportunity.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{ours}; {open} of %n pain(s) with competitors are open — their pains are your opportunity.</source>
        <translation>
            <numerusform>{ours}; {open} of %n pain with competitors is open — their pains are your opportunity.</numerusform>
            <numerusform>{ours}; {open} of %n pains with competitors are open — their pains are your opportunity.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) in Connection or Loyalty never had an invitation.</source>
        <translation>
            <numerusform>%n customer in Connection or Loyalty never had an invitation.</numerusform>
            <numerusform>%n customers in Connection or Loyalty never had an invitation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n best customer(s) (tier A) had no gift in 12 months.</source>
        <translation>
            <numerusform>%n best customer (tier A) had no gift in 12 months.</numerusform>
            <numerusform>%n best customers (tier A) had no gift in 12 months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gift(s) to {customers}</source>
        <translation>
            <numerusform>%n gift to {customers}</numerusform>
            <numerusform>%n gifts to {customers}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trust milestone(s) reached</source>
        <translation>
            <numerusform>%n trust milestone reached</numerusform>
            <numerusform>%n trust milestones reached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gift(s) in {currency} ({amount})</source>
        <translation>
            <numerusform>%n gift in {currency} ({amount})</numerusform>
            <numerusform>%n gifts in {currency} ({amount})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most customers are in {stage} ({customers} of {all}); %n stage move(s) in the last 90 days.</source>
        <translation>
            <numerusform>Most customers are in {stage} ({customers} of {all}); %n stage move in the last 90 days.</numerusform>
            <numerusform>Most customers are in {stage} ({customers} of {all}); %n stage moves in the last 90 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customers are spread evenly over {stages}, {customers} in each; %n stage move(s) in the last 90 days.</source>
        <translation>
            <numerusform>Customers are spread evenly over {stages}, {customers} in each; %n stage move in the last 90 days.</numerusform>
            <numerusform>Customers are spread evenly over {stages}, {customers} in each; %n stage moves in the last 90 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most customers are in {stages}, {customers} in each ({all} in all); %n stage move(s) in the last 90 days.</source>
        <translation>
            <numerusform>Most customers are in {stages}, {customers} in each ({all} in all); %n stage move in the last 90 days.</numerusform>
            <numerusform>Most customers are in {stages}, {customers} in each ({all} in all); %n stage moves in the last 90 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Health fell in the last 90 days for %n customer(s); most for {name} ({before} → {now}).</source>
        <translation>
            <numerusform>Health fell in the last 90 days for %n customer; most for {name} ({before} → {now}).</numerusform>
            <numerusform>Health fell in the last 90 days for %n customers; most for {name} ({before} → {now}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpsText</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n were {what} already)</source>
        <translation>
            <numerusform> (%n was {what} already)</numerusform>
            <numerusform> (%n were {what} already)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n reminder(s) to {path} (iCalendar).</source>
        <translation>
            <numerusform>Exported %n reminder to {path} (iCalendar).</numerusform>
            <numerusform>Exported %n reminders to {path} (iCalendar).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported the journal (%n customer(s)) to {path} ({format}).</source>
        <translation>
            <numerusform>Exported the journal (%n customer) to {path} ({format}).</numerusform>
            <numerusform>Exported the journal (%n customers) to {path} ({format}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to {path} ({format}).</source>
        <translation>
            <numerusform>Exported %n customer to {path} ({format}).</numerusform>
            <numerusform>Exported %n customers to {path} ({format}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {name}: %n customer(s) added, {merged} merged, {skipped} skipped.</source>
        <translation>
            <numerusform>Imported {name}: %n customer added, {merged} merged, {skipped} skipped.</numerusform>
            <numerusform>Imported {name}: %n customers added, {merged} merged, {skipped} skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the %n links between {first} and {second}.</source>
        <translation>
            <numerusform>Removed the %n links between {first} and {second}.</numerusform>
            <numerusform>Removed the %n links between {first} and {second}.</numerusform>
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
        <source>%n gift(s) with a cost</source>
        <translation>
            <numerusform>%n gift with a cost</numerusform>
            <numerusform>%n gifts with a cost</numerusform>
        </translation>
    </message>
</context>
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
        <source>Nothing learned yet from %n conversation(s): next time, ask about their family, interests and goals.</source>
        <translation>
            <numerusform>Nothing learned yet from %n conversation: next time, ask about their family, interests and goals.</numerusform>
            <numerusform>Nothing learned yet from %n conversations: next time, ask about their family, interests and goals.</numerusform>
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
        <source>{buyers} of %Ln customer(s) bought in the last 12 months: {total}.</source>
        <translation>
            <numerusform>{buyers} of %Ln customer bought in the last 12 months: {total}.</numerusform>
            <numerusform>{buyers} of %Ln customers bought in the last 12 months: {total}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) ({archived} archived hidden)</source>
        <translation>
            <numerusform>%Ln customer ({archived} archived hidden)</numerusform>
            <numerusform>%Ln customers ({archived} archived hidden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln customer(s) ({archived} archived hidden)</source>
        <translation>
            <numerusform>{shown} of %Ln customer ({archived} archived hidden)</numerusform>
            <numerusform>{shown} of %Ln customers ({archived} archived hidden)</numerusform>
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
        <source>%n JSON backup(s) of the team database on this computer still hold {name}.</source>
        <translation>
            <numerusform>%n JSON backup of the team database on this computer still holds {name}.</numerusform>
            <numerusform>%n JSON backups of the team database on this computer still hold {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase them from the JSON backup(s) on this computer too</source>
        <translation>
            <numerusform>Erase them from that JSON backup too</numerusform>
            <numerusform>Erase them from those JSON backups too</numerusform>
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
        <source>%n damaged copies that could not be edited were deleted instead.</source>
        <translation>
            <numerusform>%n damaged copy that could not be edited was deleted instead.</numerusform>
            <numerusform>%n damaged copies that could not be edited were deleted instead.</numerusform>
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
        <source>Erased them from %n JSON backup(s) on this computer too.</source>
        <translation>
            <numerusform>Erased them from %n JSON backup on this computer too.</numerusform>
            <numerusform>Erased them from %n JSON backups on this computer too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them could not be read as an export and held the name: deleted instead.</source>
        <translation>
            <numerusform>%n of them could not be read as an export and held the name: deleted instead.</numerusform>
            <numerusform>%n of them could not be read as an export and held the name: deleted instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n JSON backup(s) on this computer still hold them.</source>
        <translation>
            <numerusform>%n JSON backup on this computer still holds them.</numerusform>
            <numerusform>%n JSON backups on this computer still hold them.</numerusform>
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
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
