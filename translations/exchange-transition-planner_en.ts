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
    <name>etp::ui::MainWindow</name>
    <message numerus="yes">
        <source>Read-only. %n Exchange server(s)</source>
        <translation>
            <numerusform>Read-only. %n Exchange server</numerusform>
            <numerusform>Read-only. %n Exchange servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n AD site(s).</source>
        <translation>
            <numerusform>%n AD site.</numerusform>
            <numerusform>%n AD sites.</numerusform>
        </translation>
    </message>
</context>
</TS>
