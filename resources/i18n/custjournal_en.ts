<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CustomerDialog</name>
    <message numerus="yes">
        <source>Stage default (%n day(s))</source>
        <translation>
            <numerusform>Stage default (%n day)</numerusform>
            <numerusform>Stage default (%n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
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
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n pair(s) of customers who are likely the same person.</source>
        <translation>
            <numerusform>%n pair of customers who are likely the same person.</numerusform>
            <numerusform>%n pairs of customers who are likely the same person.</numerusform>
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
</context>
<context>
    <name>MainWindow</name>
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
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <source>%Ln item(s) need your attention, {promises} of them promises</source>
        <translation>
            <numerusform>%Ln item need your attention, {promises} of them promises</numerusform>
            <numerusform>%Ln items need your attention, {promises} of them promises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) need your attention</source>
        <translation>
            <numerusform>%Ln item need your attention</numerusform>
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
</context>
</TS>
