<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActorTreeModel</name>
    <message numerus="yes">
        <source>%n claim(s), %1</source>
        <translation>
            <numerusform>%n claim, %1</numerusform>
            <numerusform>%n claims, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n denial(s)</source>
        <translation>
            <numerusform>%n denial</numerusform>
            <numerusform>%n denials</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimAnalysis</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n outlet(s)</source>
        <translation>
            <numerusform>from %n outlet</numerusform>
            <numerusform>from %n outlets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>graded %1, %n ungraded</source>
        <translation>
            <numerusform>graded %1, %n ungraded</numerusform>
            <numerusform>graded %1, %n ungraded</numerusform>
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
        <source>within %n day(s)</source>
        <translation>
            <numerusform>within %n day</numerusform>
            <numerusform>within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailDocument</name>
    <message numerus="yes">
        <source>%n more not shown here: the search, the timeline and the stance matrix find them.</source>
        <translation>
            <numerusform>%n more not shown here: the search, the timeline and the stance matrix find it.</numerusform>
            <numerusform>%n more not shown here: the search, the timeline and the stance matrix find them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message numerus="yes">
        <source>%n file(s) could not be opened; nothing that was open has changed.</source>
        <translation>
            <numerusform>%n file could not be opened; nothing that was open has changed.</numerusform>
            <numerusform>%n files could not be opened; nothing that was open has changed.</numerusform>
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
<context>
    <name>HeadlessModes</name>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n denial(s)</source>
        <translation>
            <numerusform>%n denial</numerusform>
            <numerusform>%n denials</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeSummary</name>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) added</source>
        <translation>
            <numerusform>%n statement added</numerusform>
            <numerusform>%n statements added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) changed</source>
        <translation>
            <numerusform>%n statement changed</numerusform>
            <numerusform>%n statements changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) unchanged</source>
        <translation>
            <numerusform>%n statement unchanged</numerusform>
            <numerusform>%n statements unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) added</source>
        <translation>
            <numerusform>%n source added</numerusform>
            <numerusform>%n sources added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) changed</source>
        <translation>
            <numerusform>%n source changed</numerusform>
            <numerusform>%n sources changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) unchanged</source>
        <translation>
            <numerusform>%n source unchanged</numerusform>
            <numerusform>%n sources unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) added</source>
        <translation>
            <numerusform>%n actor added</numerusform>
            <numerusform>%n actors added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) changed</source>
        <translation>
            <numerusform>%n actor changed</numerusform>
            <numerusform>%n actors changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) unchanged</source>
        <translation>
            <numerusform>%n actor unchanged</numerusform>
            <numerusform>%n actors unchanged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cited by %n statement(s)</source>
        <translation>
            <numerusform>cited by %n statement</numerusform>
            <numerusform>cited by %n statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) took part in the claims, too many for a column each: each claim names those who took part.</source>
        <translation>
            <numerusform>%n actor took part in the claims, too many for a column each: each claim names those who took part.</numerusform>
            <numerusform>%n actors took part in the claims, too many for a column each: each claim names those who took part.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StanceMatrixModel</name>
    <message numerus="yes">
        <source>%n denial(s)</source>
        <translation>
            <numerusform>%n denial</numerusform>
            <numerusform>%n denials</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reaction(s)</source>
        <translation>
            <numerusform>%n reaction</numerusform>
            <numerusform>%n reactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outlet(s)</source>
        <translation>
            <numerusform>%n outlet</numerusform>
            <numerusform>%n outlets</numerusform>
        </translation>
    </message>
</context>
</TS>
