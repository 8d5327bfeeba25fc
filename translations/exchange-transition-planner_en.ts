<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>etp::Discovery</name>
    <message numerus="yes">
        <source>Read %n entries</source>
        <translation>
            <numerusform>Read %n entry</numerusform>
            <numerusform>Read %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etp::InventoryText</name>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etp::app::AnswerCommand</name>
    <message numerus="yes">
        <source>%1: answered yes by %2; it no longer holds its %n phase(s).</source>
        <translation>
            <numerusform>%1: answered yes by %2; it no longer holds its %n phase.</numerusform>
            <numerusform>%1: answered yes by %2; it no longer holds its %n phases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: answered no by %2; it still holds %n phase(s).</source>
        <translation>
            <numerusform>%1: answered no by %2; it still holds %n phase.</numerusform>
            <numerusform>%1: answered no by %2; it still holds %n phases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etp::app::ImportLdifCommand</name>
    <message numerus="yes">
        <source>%n lines or records were skipped:</source>
        <translation>
            <numerusform>%n line or record was skipped:</numerusform>
            <numerusform>%n lines or records were skipped:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etp::document</name>
    <message numerus="yes">
        <source>%1 and %n more phase(s)</source>
        <translation>
            <numerusform>%1 and %n more phase</numerusform>
            <numerusform>%1 and %n more phases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etp::report</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etp::rules</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The organization has %n legacy routing groups. Setup of the first Hub Transport server creates one routing group connector pair; before any further pair to Exchange 2007 is created, link-state suppression must be set on every Exchange 2003 and Exchange 2000 server, or routing loops can occur. The directory cannot show this registry setting.</source>
        <translation>
            <numerusform>The organization has %n legacy routing group. Setup of the first Hub Transport server creates one routing group connector pair; before any further pair to Exchange 2007 is created, link-state suppression must be set on every Exchange 2003 and Exchange 2000 server, or routing loops can occur. The directory cannot show this registry setting.</numerusform>
            <numerusform>The organization has %n legacy routing groups. Setup of the first Hub Transport server creates one routing group connector pair; before any further pair to Exchange 2007 is created, link-state suppression must be set on every Exchange 2003 and Exchange 2000 server, or routing loops can occur. The directory cannot show this registry setting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etp::ui::FindingsModel</name>
    <message numerus="yes">
        <source>%1 (%n finding(s))</source>
        <translation>
            <numerusform>%1 (%n finding)</numerusform>
            <numerusform>%1 (%n findings)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etp::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n Exchange server(s)</source>
        <translation>
            <numerusform>%n Exchange server</numerusform>
            <numerusform>%n Exchange servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n AD site(s)</source>
        <translation>
            <numerusform>%n AD site</numerusform>
            <numerusform>%n AD sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s)</source>
        <translation>
            <numerusform>%n phase</numerusform>
            <numerusform>%n phases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etp::ui::OverviewPage</name>
    <message numerus="yes">
        <source>%n Exchange server(s)</source>
        <translation>
            <numerusform>%n Exchange server</numerusform>
            <numerusform>%n Exchange servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routing group(s)</source>
        <translation>
            <numerusform>%n routing group</numerusform>
            <numerusform>%n routing groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n AD site(s)</source>
        <translation>
            <numerusform>%n AD site</numerusform>
            <numerusform>%n AD sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s) in the plan</source>
        <translation>
            <numerusform>%n phase in the plan</numerusform>
            <numerusform>%n phases in the plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s)</source>
        <translation>
            <numerusform>%n blocker</numerusform>
            <numerusform>%n blockers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open question(s)</source>
        <translation>
            <numerusform>%n open question</numerusform>
            <numerusform>%n open questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 phase(s) held</source>
        <translation>
            <numerusform>%n of %1 phases held</numerusform>
            <numerusform>%n of %1 phases held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etp::ui::PlanPage</name>
    <message numerus="yes">
        <source>%n warning(s) concern this phase.</source>
        <translation>
            <numerusform>%n warning concerns this phase.</numerusform>
            <numerusform>%n warnings concern this phase.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etp::ui::PlanTreeModel</name>
    <message numerus="yes">
        <source>No longer in the plan (%n task(s))</source>
        <translation>
            <numerusform>No longer in the plan (%n task)</numerusform>
            <numerusform>No longer in the plan (%n tasks)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held by %n finding(s)</source>
        <translation>
            <numerusform>Held by %n finding</numerusform>
            <numerusform>Held by %n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etp::ui::ProgressModel</name>
    <message numerus="yes">
        <source>%n mailbox(es)</source>
        <translation>
            <numerusform>%n mailbox</numerusform>
            <numerusform>%n mailboxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n night</numerusform>
            <numerusform>%n nights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n store(s) without a size left out)</source>
        <translation>
            <numerusform>(%n store without a size left out)</numerusform>
            <numerusform>(%n stores without a size left out)</numerusform>
        </translation>
    </message>
</context>
</TS>
