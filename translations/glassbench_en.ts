<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddRowsCommand</name>
    <message numerus="yes">
        <source>Import %n file(s)</source>
        <translation>
            <numerusform>Import %n file</numerusform>
            <numerusform>Import %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gb::CampaignTreeModel</name>
    <message numerus="yes">
        <source>%n curve(s)</source>
        <translation>
            <numerusform>%n curve</numerusform>
            <numerusform>%n curves</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gb::IssuesModel</name>
    <message numerus="yes">
        <source>%1 (%n time(s))</source>
        <translation>
            <numerusform>%1 (%n time)</numerusform>
            <numerusform>%1 (%n times)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gb::MainWindow</name>
    <message numerus="yes">
        <source>Wrote %n table(s) to %1</source>
        <translation>
            <numerusform>Wrote %n table to %1</numerusform>
            <numerusform>Wrote %n tables to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gb::ProjectController</name>
    <message numerus="yes">
        <source>Importing %n file(s)</source>
        <translation>
            <numerusform>Importing %n file</numerusform>
            <numerusform>Importing %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n dataset(s).</source>
        <translation>
            <numerusform>Imported %n dataset.</numerusform>
            <numerusform>Imported %n datasets.</numerusform>
        </translation>
    </message>
</context>
</TS>
