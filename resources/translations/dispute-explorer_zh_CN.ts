<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActorKind</name>
    <message>
        <source>group</source>
        <translation>群体</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>government</source>
        <translation>政府</translation>
    </message>
</context>
<context>
    <name>ActorTreeModel</name>
    <message>
        <source>Also known as: %1</source>
        <translation>又称：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s), %1</source>
        <translation>
            <numerusform>%n 条说法，%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n denial(s)</source>
        <translation>
            <numerusform>%n 条否认</numerusform>
        </translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>行动者</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>说法</translation>
    </message>
    <message>
        <source>Denials</source>
        <translation>否认</translation>
    </message>
    <message>
        <source>Claims this actor made</source>
        <translation>该行动者提出的说法</translation>
    </message>
    <message>
        <source>Denials this actor made</source>
        <translation>该行动者作出的否认</translation>
    </message>
</context>
<context>
    <name>ActorTreePanel</name>
    <message>
        <source>Search actors and statements (Ctrl+F)</source>
        <translation>搜索行动者和陈述（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Filters the actor tree by name, alias, role and statement text</source>
        <translation>按名称、别名、职务和陈述文本筛选行动者树</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>行动者</translation>
    </message>
    <message>
        <source>The people and organisations of the dispute, with their claims and denials</source>
        <translation>本争议涉及的人物与机构，及其说法和否认</translation>
    </message>
</context>
<context>
    <name>AdmiraltyGrade</name>
    <message>
        <source>completely reliable</source>
        <translation>完全可靠</translation>
    </message>
    <message>
        <source>usually reliable</source>
        <translation>通常可靠</translation>
    </message>
    <message>
        <source>fairly reliable</source>
        <translation>较为可靠</translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation>通常不可靠</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>不可靠</translation>
    </message>
    <message>
        <source>reliability cannot be judged</source>
        <translation>可靠性无法判断</translation>
    </message>
    <message>
        <source>confirmed by other sources</source>
        <translation>经其他来源证实</translation>
    </message>
    <message>
        <source>probably true</source>
        <translation>很可能属实</translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation>可能属实</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>存疑</translation>
    </message>
    <message>
        <source>improbable</source>
        <translation>不大可能属实</translation>
    </message>
    <message>
        <source>truth cannot be judged</source>
        <translation>真实性无法判断</translation>
    </message>
    <message>
        <source>ungraded</source>
        <translation>未评级</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>grade, then its meaning</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>BackgroundRead</name>
    <message>
        <source>Opening</source>
        <translation>正在打开</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
</context>
<context>
    <name>ClaimAnalysis</name>
    <message>
        <source>no source</source>
        <translation>无来源</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n 个来源</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n outlet(s)</source>
        <translation>
            <numerusform>出自 %n 家媒体机构</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 named, %2 anonymous</source>
        <translation>%1 个具名，%2 个匿名</translation>
    </message>
    <message>
        <source>ungraded</source>
        <translation>未评级</translation>
    </message>
    <message>
        <source>graded %1</source>
        <translation>评级 %1</translation>
    </message>
    <message numerus="yes">
        <source>graded %1, %n ungraded</source>
        <translation>
            <numerusform>评级 %1，%n 个未评级</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2; %3</source>
        <comment>counts: named and anonymous; grades</comment>
        <translation>%1：%2；%3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>before the claim</source>
        <translation>早于该说法</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>当天</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within %n day(s)</source>
        <translation>
            <numerusform>%n 天内</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 days</source>
        <translation>%1 至 %2 天</translation>
    </message>
    <message>
        <source>%1 (dates uncertain)</source>
        <translation>%1（日期不确定）</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Try &apos;--help&apos; for more information.</source>
        <translation>使用 &apos;--help&apos; 查看更多信息。</translation>
    </message>
    <message>
        <source>Explore a contested news story: who claimed what, who denied it, on which evidence, and when.</source>
        <translation>剖析一则有争议的新闻：谁提出了什么说法，谁否认了它，依据什么证据，发生在何时。</translation>
    </message>
    <message>
        <source>Check the data files and exit: one line per file on stdout, diagnostics on stderr.</source>
        <translation>检查数据文件后退出：每个文件在 stdout 上输出一行，诊断信息输出到 stderr。</translation>
    </message>
    <message>
        <source>Render the window offscreen into &lt;out&gt; (.png, .svg or .pdf) and exit.</source>
        <translation>在屏幕外将窗口渲染到 &lt;out&gt;（.png、.svg 或 .pdf）后退出。</translation>
    </message>
    <message>
        <source>out</source>
        <translation>out</translation>
    </message>
    <message>
        <source>Write the report of the current dataset into &lt;out&gt; (.pdf or .html) and exit.</source>
        <translation>将当前数据集的报告写入 &lt;out&gt;（.pdf 或 .html）后退出。</translation>
    </message>
    <message>
        <source>With --screenshot: window, tree, detail, timeline or matrix.</source>
        <translation>与 --screenshot 一起使用：window、tree、detail、timeline 或 matrix。</translation>
    </message>
    <message>
        <source>view</source>
        <translation>view</translation>
    </message>
    <message>
        <source>With --screenshot: select the actor or statement &lt;id&gt; first.</source>
        <translation>与 --screenshot 一起使用：先选中标识为 &lt;id&gt; 的行动者或陈述。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>With --screenshot: window size in pixels, e.g. 1400x900.</source>
        <translation>与 --screenshot 一起使用：窗口尺寸（像素），例如 1400x900。</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>With --screenshot: device pixel ratio of the image (1 to 4).</source>
        <translation>与 --screenshot 一起使用：图像的设备像素比（1 至 4）。</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>factor</translation>
    </message>
    <message>
        <source>Use the light or dark palette instead of the system&apos;s.</source>
        <translation>使用浅色或深色配色，而不跟随系统。</translation>
    </message>
    <message>
        <source>light|dark</source>
        <translation>light|dark</translation>
    </message>
    <message>
        <source>With --screenshot or --report: leave out the line naming the data, its date and hash.</source>
        <translation>与 --screenshot 或 --report 一起使用：省略注明数据及其日期和哈希值的那一行。</translation>
    </message>
    <message>
        <source>Open a new window even if the program is running.</source>
        <translation>即使程序已在运行，也打开一个新窗口。</translation>
    </message>
    <message>
        <source>files</source>
        <translation>files</translation>
    </message>
    <message>
        <source>Dispute data files (JSON) to open.</source>
        <translation>要打开的争议数据文件（JSON）。</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[FILE...]</translation>
    </message>
    <message>
        <source>--theme must be light or dark</source>
        <translation>--theme 只能是 light 或 dark</translation>
    </message>
    <message>
        <source>--validate, --screenshot and --report cannot be combined</source>
        <translation>--validate、--screenshot 和 --report 不能同时使用</translation>
    </message>
    <message>
        <source>--validate needs at least one FILE</source>
        <translation>--validate 至少需要一个 FILE</translation>
    </message>
    <message>
        <source>--view, --select, --size and --scale need --screenshot</source>
        <translation>--view、--select、--size 和 --scale 需要与 --screenshot 一起使用</translation>
    </message>
    <message>
        <source>--report needs a file ending in .pdf or .html</source>
        <translation>--report 需要一个以 .pdf 或 .html 结尾的文件</translation>
    </message>
    <message>
        <source>--no-provenance needs --screenshot or --report</source>
        <translation>--no-provenance 需要与 --screenshot 或 --report 一起使用</translation>
    </message>
    <message>
        <source>--screenshot needs a file ending in .png, .svg or .pdf</source>
        <translation>--screenshot 需要一个以 .png、.svg 或 .pdf 结尾的文件</translation>
    </message>
    <message>
        <source>--view must be one of window, tree, detail, timeline, matrix</source>
        <translation>--view 必须是 window、tree、detail、timeline、matrix 之一</translation>
    </message>
    <message>
        <source>--size must be WxH between 200x150 and 8000x8000, e.g. 1400x900</source>
        <translation>--size 必须是介于 200x150 与 8000x8000 之间的 WxH，例如 1400x900</translation>
    </message>
    <message>
        <source>--scale must be a number from 1 to 4</source>
        <translation>--scale 必须是 1 至 4 之间的数字</translation>
    </message>
</context>
<context>
    <name>DatasetWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>DetailDocument</name>
    <message>
        <source>ungraded</source>
        <translation>未评级</translation>
    </message>
    <message>
        <source>reliability %1</source>
        <translation>可靠性 %1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>credibility %1</source>
        <translation>可信度 %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a verbatim quote</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Responds to:</source>
        <translation>回应：</translation>
    </message>
    <message>
        <source>lag: %1</source>
        <translation>间隔：%1</translation>
    </message>
    <message>
        <source>Answered by:</source>
        <translation>回应方：</translation>
    </message>
    <message>
        <source>No denial or reaction answers this claim.</source>
        <translation>没有任何否认或反应回应这一说法。</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>证据：</translation>
    </message>
    <message>
        <source>Never answered by:</source>
        <translation>未回应方：</translation>
    </message>
    <message>
        <source>Claims nobody answered (%1)</source>
        <translation>无人回应的说法（%1）</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>隶属于</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>又称：%1</translation>
    </message>
    <message>
        <source>Includes:</source>
        <translation>包括：</translation>
    </message>
    <message>
        <source>What %1 said</source>
        <translation>%1 的陈述</translation>
    </message>
    <message>
        <source>What was said about %1</source>
        <translation>关于 %1 的陈述</translation>
    </message>
    <message>
        <source>No statement by or about this actor.</source>
        <translation>没有该行动者发表的或与其有关的陈述。</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Select an actor in the tree or a mark on the timeline to see what was said, by whom, and on which evidence.</source>
        <translation>在树中选择一个行动者，或在时间线上选择一个标记，即可查看说了什么、由谁所说、依据哪些证据。</translation>
    </message>
    <message>
        <source>Claims and their answers</source>
        <translation>说法及其回应</translation>
    </message>
    <message numerus="yes">
        <source>%n more not shown here: the search, the timeline and the stance matrix find them.</source>
        <translation>
            <numerusform>另有 %n 条未在此显示：可通过搜索、时间线和立场矩阵找到。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ↗</source>
        <comment>a link that opens the web page of a source</comment>
        <translation>%1 ↗</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>What the selected actor said and what was said about it</source>
        <translation>所选行动者的陈述，以及关于它的陈述</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <source>Problems with the data files</source>
        <translation>数据文件存在问题</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>诊断信息</translation>
    </message>
    <message>
        <source>&amp;Copy All</source>
        <translation>全部复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Dispute data (*.json);;All files (*)</source>
        <translation>争议数据 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Save Dataset &amp;As…</source>
        <translation>数据集另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Nothing was opened: the drop held no file.</source>
        <translation>未打开任何内容：拖放的内容中没有文件。</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be opened; nothing that was open has changed.</source>
        <translation>
            <numerusform>%n 个文件无法打开；已打开的内容均未改变。</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened, with warnings.</source>
        <translation>已打开，但有警告。</translation>
    </message>
    <message>
        <source>%1: cannot be opened</source>
        <translation>%1：无法打开</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>%1 has errors: it will not be opened</source>
        <translation>%1 有错误：不会打开</translation>
    </message>
    <message>
        <source>Merge %1 into “%2”</source>
        <translation>将 %1 合并到“%2”</translation>
    </message>
    <message>
        <source>Open %1 as a new dispute: “%2”</source>
        <translation>将 %1 作为新争议打开：“%2”</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to open here</source>
        <translation>这里没有可打开的内容</translation>
    </message>
    <message>
        <source>Nothing to open</source>
        <translation>没有可打开的内容</translation>
    </message>
    <message>
        <source>Open Dispute Data</source>
        <translation>打开争议数据</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save Dataset As</source>
        <translation>数据集另存为</translation>
    </message>
    <message>
        <source>Could Not Save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Discard Merged Data?</source>
        <translation>放弃合并的数据？</translation>
    </message>
    <message>
        <source>Merged data has not been saved: %1.

Close anyway and discard it?</source>
        <translation>合并的数据尚未保存：%1。

仍要关闭并放弃这些数据吗？</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清空菜单(&amp;C)</translation>
    </message>
    <message>
        <source>“%1” changed on disk but can no longer be read; the previous state is kept.</source>
        <translation>“%1”已在磁盘上更改，但无法再读取；保留之前的状态。</translation>
    </message>
    <message>
        <source>Reloaded “%1”: a file changed on disk.</source>
        <translation>已重新载入“%1”：有文件在磁盘上发生了更改。</translation>
    </message>
    <message>
        <source>Opening cancelled: nothing more was opened.</source>
        <translation>已取消打开：未再打开任何内容。</translation>
    </message>
</context>
<context>
    <name>DocumentStore</name>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>合并 %1</translation>
    </message>
</context>
<context>
    <name>DroppedFiles</name>
    <message>
        <source>the file does not exist (it may have been moved or deleted)</source>
        <translation>文件不存在（可能已被移动或删除）</translation>
    </message>
    <message>
        <source>the folder holds no .json file</source>
        <translation>该文件夹中没有 .json 文件</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>the file cannot be read (permission denied)</source>
        <translation>无法读取该文件（权限被拒绝）</translation>
    </message>
    <message>
        <source>not a dataset: the file is %1, not JSON</source>
        <translation>不是数据集：该文件是%1，而不是 JSON</translation>
    </message>
    <message>
        <source>only files on this computer can be opened, not a web address; download the file first</source>
        <translation>只能打开本机上的文件，不能打开网址；请先下载该文件</translation>
    </message>
    <message>
        <source>the symbolic link leads to no file (its target is missing, or the link points back to itself)</source>
        <translation>该符号链接不指向任何文件（目标不存在，或链接指回自身）</translation>
    </message>
</context>
<context>
    <name>EdtfDate</name>
    <message>
        <source>&quot;%1&quot; is not an EDTF date</source>
        <translation>“%1”不是 EDTF 日期</translation>
    </message>
    <message>
        <source>month %1 is out of range</source>
        <translation>月份 %1 超出范围</translation>
    </message>
    <message>
        <source>day %1 is out of range for %2-%3</source>
        <translation>日 %1 超出 %2-%3 的范围</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>day, month, year</comment>
        <translation>%3年%2%1日</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month, year</comment>
        <translation>%2年%1</translation>
    </message>
    <message>
        <source>spring %1</source>
        <translation>%1年春季</translation>
    </message>
    <message>
        <source>summer %1</source>
        <translation>%1年夏季</translation>
    </message>
    <message>
        <source>autumn %1</source>
        <translation>%1年秋季</translation>
    </message>
    <message>
        <source>winter %1</source>
        <translation>%1年冬季</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>year</comment>
        <translation>%1年</translation>
    </message>
    <message>
        <source>uncertain and approximate</source>
        <translation>不确定，近似</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>近似</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>日期为空</translation>
    </message>
    <message>
        <source>an interval needs at least one known end</source>
        <translation>区间至少需要一个已知的端点</translation>
    </message>
    <message>
        <source>the interval ends before it starts</source>
        <translation>区间的结束早于开始</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, qualifier</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>date, qualifier</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>直至 %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>interval: start, end</comment>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;Export View…</source>
        <translation>导出视图(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy View as Image</source>
        <translation>将视图复制为图片(&amp;C)</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Write the report of this dispute as a PDF document or an HTML page</source>
        <translation>将此争议的报告写成 PDF 文档或 HTML 网页</translation>
    </message>
    <message>
        <source>Copied the %1 as an image</source>
        <translation>已将视图（%1）复制为图片</translation>
    </message>
    <message>
        <source>Export View</source>
        <translation>导出视图</translation>
    </message>
    <message>
        <source>Whole window</source>
        <translation>整个窗口</translation>
    </message>
    <message>
        <source>Actor tree</source>
        <translation>行动者树</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Stance matrix</source>
        <translation>立场矩阵</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>SVG 绘图（矢量）</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>PDF 文档（矢量）</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Stamp the data&apos;s title, date and hash under it</source>
        <translation>在下方注明数据的标题、日期和哈希值</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>视图(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>缩放(&amp;S)：</translation>
    </message>
    <message>
        <source>Could Not Export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML 网页 (*.html)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Could Not Export the Report</source>
        <translation>无法导出报告</translation>
    </message>
    <message>
        <source>Wrote the report to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <source>Canceled the report</source>
        <translation>已取消报告</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>data %1</source>
        <translation>数据 %1</translation>
    </message>
    <message>
        <source>exported %1</source>
        <translation>导出于 %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>cannot export to %1: use .png, .svg or .pdf</source>
        <translation>无法导出到 %1：请使用 .png、.svg 或 .pdf</translation>
    </message>
</context>
<context>
    <name>HeadlessModes</name>
    <message>
        <source>%1: ok, %2, %3, %4</source>
        <comment>file, then counts of actors, statements, sources</comment>
        <translation>%1：有效，%2，%3，%4</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n 个行动者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n 条陈述</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n 个来源</numerusform>
        </translation>
    </message>
    <message>
        <source>dispute-explorer: --select: no actor or statement &quot;%1&quot; in &quot;%2&quot;</source>
        <translation>dispute-explorer：--select：“%2”中没有行动者或陈述“%1”</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Show &amp;Disputed Statements</source>
        <translation>显示有争议的陈述(&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;Context and Status</source>
        <translation>显示背景与现状(&amp;C)</translation>
    </message>
    <message>
        <source>Claims, denials and reactions on the timeline</source>
        <translation>时间线上的说法、否认与反应</translation>
    </message>
    <message>
        <source>Context facts and the state of play on the timeline</source>
        <translation>时间线上的背景事实与事态现状</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>时间线(&amp;T)</translation>
    </message>
    <message>
        <source>Stance &amp;Matrix</source>
        <translation>立场矩阵(&amp;M)</translation>
    </message>
    <message>
        <source>Timeline and stance matrix</source>
        <translation>时间线与立场矩阵</translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <comment>window title: dataset title, application name</comment>
        <translation>%1[*] — %2</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>Claims and answers</source>
        <translation>说法与回应</translation>
    </message>
    <message>
        <source>Context and status</source>
        <translation>背景与现状</translation>
    </message>
    <message>
        <source>Timeline lanes</source>
        <translation>时间线泳道</translation>
    </message>
    <message>
        <source>One lane per actor</source>
        <translation>每个行动者一条泳道</translation>
    </message>
    <message>
        <source>One lane per stance</source>
        <translation>每种立场一条泳道</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全览</translation>
    </message>
    <message>
        <source>Show the whole timeline (0)</source>
        <translation>显示整条时间线 (0)</translation>
    </message>
    <message>
        <source>Fit the timeline</source>
        <translation>全览时间线</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Search Actors and Statements</source>
        <translation>搜索行动者和陈述(&amp;S)</translation>
    </message>
    <message>
        <source>Timeline Lanes by &amp;Actor</source>
        <translation>时间线按行动者分泳道(&amp;A)</translation>
    </message>
    <message>
        <source>Timeline Lanes by S&amp;tance</source>
        <translation>时间线按立场分泳道(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Fit Timeline</source>
        <translation>全览时间线(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Dispute Explorer</source>
        <translation>关于 Dispute Explorer(&amp;A)</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>争议</translation>
    </message>
    <message>
        <source>Dispute:</source>
        <translation>争议：</translation>
    </message>
    <message>
        <source>Open disputes</source>
        <translation>已打开的争议</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n 个行动者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n 条说法</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n denial(s)</source>
        <translation>
            <numerusform>%n 条否认</numerusform>
        </translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Showing &lt;b&gt;%1&lt;/b&gt;%2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;当前显示：&lt;b&gt;%1&lt;/b&gt;%2。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, as of %1</source>
        <translation>，截至 %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Its sources: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;其来源：%1。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Dispute Explorer</source>
        <translation>关于 Dispute Explorer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dispute Explorer %1&lt;/h3&gt;&lt;p&gt;Explore a contested news story: who claimed what, who denied it, on which evidence, and when.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dispute Explorer %1&lt;/h3&gt;&lt;p&gt;剖析一则有争议的新闻：谁提出了什么说法，谁否认了它，依据什么证据，发生在何时。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Preparing the views…</source>
        <translation>正在准备视图…</translation>
    </message>
    <message>
        <source>Preparing the views</source>
        <translation>正在准备视图</translation>
    </message>
</context>
<context>
    <name>MergeSummary</name>
    <message numerus="yes">
        <source>%n statement(s) added</source>
        <translation>
            <numerusform>陈述：新增 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) changed</source>
        <translation>
            <numerusform>陈述：更改 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) unchanged</source>
        <translation>
            <numerusform>陈述：未变 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) added</source>
        <translation>
            <numerusform>来源：新增 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) changed</source>
        <translation>
            <numerusform>来源：更改 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) unchanged</source>
        <translation>
            <numerusform>来源：未变 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) added</source>
        <translation>
            <numerusform>行动者：新增 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) changed</source>
        <translation>
            <numerusform>行动者：更改 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) unchanged</source>
        <translation>
            <numerusform>行动者：未变 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>更改 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>未变 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>separates the counts of one kind of item</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>dataset information updated</source>
        <translation>数据集信息已更新</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>没有新内容</translation>
    </message>
    <message>
        <source>; </source>
        <comment>separates kinds of items</comment>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>MergeSummaryDialog</name>
    <message>
        <source>Merged into %1</source>
        <translation>已合并到 %1</translation>
    </message>
    <message>
        <source>%1 was merged into “%2”: %3.</source>
        <translation>%1 已合并到“%2”：%3。</translation>
    </message>
    <message>
        <source>Edit ▸ Undo takes it back.</source>
        <translation>可用“编辑 ▸ 撤销”撤回。</translation>
    </message>
    <message>
        <source>Changed statements:</source>
        <translation>已更改的陈述：</translation>
    </message>
    <message>
        <source>Changed statements</source>
        <translation>已更改的陈述</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n 个行动者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n 条陈述</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n 个来源</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>One lane per actor. A point is a statement dated to the day; a bar spans a coarser or uncertain date, dashed where an end is open or unknown.</source>
        <translation>每个行动者一条泳道。圆点表示日期精确到日的陈述；横条表示较粗略或不确定的日期跨度，某一端开放或未知时以虚线表示。</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>又称：%1</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>行动者</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>source title, then its kind and grade</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>lag: %1</source>
        <translation>间隔：%1</translation>
    </message>
    <message>
        <source>credibility %1</source>
        <translation>可信度 %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a verbatim quote</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Claims and their answers</source>
        <translation>说法及其回应</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>证据：%1</translation>
    </message>
    <message>
        <source>No denial or reaction in the data answers this claim.</source>
        <translation>数据中没有任何否认或反应回应这一说法。</translation>
    </message>
    <message>
        <source>Never answered by: %1</source>
        <translation>未回应方：%1</translation>
    </message>
    <message>
        <source>The data holds no claim.</source>
        <translation>数据中没有说法。</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>Claims nobody answered</source>
        <translation>无人回应的说法</translation>
    </message>
    <message>
        <source>Who did what with each claim</source>
        <translation>各方对每条说法的立场</translation>
    </message>
    <message>
        <source>Context and status</source>
        <translation>背景与现状</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>The data names no source.</source>
        <translation>数据中未列出来源。</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>作者：%1</translation>
    </message>
    <message>
        <source>reliability %1</source>
        <translation>可靠性 %1</translation>
    </message>
    <message numerus="yes">
        <source>cited by %n statement(s)</source>
        <translation>
            <numerusform>被 %n 条陈述引用</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline of the statements</source>
        <translation>陈述时间线</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) took part in the claims, too many for a column each: each claim names those who took part.</source>
        <translation>
            <numerusform>%n 个行动者参与了这些说法，多到无法各占一列：每条说法列出参与其中的各方。</numerusform>
        </translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>参与各方</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Timeline of %1</source>
        <translation>%1时间线</translation>
    </message>
    <message>
        <source>cannot write a report to %1: use .pdf or .html</source>
        <translation>无法将报告写入 %1：请使用 .pdf 或 .html</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>无法开始生成 PDF</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>正在排版页面…</translation>
    </message>
    <message>
        <source>the report was canceled</source>
        <translation>报告已取消</translation>
    </message>
    <message>
        <source>Writing the pages…</source>
        <translation>正在写入页面…</translation>
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <source>report</source>
        <translation>报道</translation>
    </message>
    <message>
        <source>article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>post</source>
        <translation>帖子</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>remarks</source>
        <translation>讲话</translation>
    </message>
    <message>
        <source>filing</source>
        <translation>申报文件</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <source>claim</source>
        <translation>说法</translation>
    </message>
    <message>
        <source>denial</source>
        <translation>否认</translation>
    </message>
    <message>
        <source>context</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>reaction</source>
        <translation>反应</translation>
    </message>
    <message>
        <source>status</source>
        <translation>现状</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>说法</translation>
    </message>
    <message>
        <source>Denials</source>
        <translation>否认</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>反应</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>现状</translation>
    </message>
</context>
<context>
    <name>StanceMatrixModel</name>
    <message>
        <source>unanswered</source>
        <translation>无人回应</translation>
    </message>
    <message numerus="yes">
        <source>%n denial(s)</source>
        <translation>
            <numerusform>%n 条否认</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reaction(s)</source>
        <translation>
            <numerusform>%n 条反应</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outlet(s)</source>
        <translation>
            <numerusform>%n 家媒体机构</numerusform>
        </translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>提出</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>否认</translation>
    </message>
    <message>
        <source>reacted</source>
        <translation>作出反应</translation>
    </message>
    <message>
        <source>subject, no answer</source>
        <translation>当事方，未回应</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>当事方</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a verbatim quote</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 is what this claim is about, and never answered it</source>
        <translation>这一说法涉及 %1，但其从未回应</translation>
    </message>
    <message>
        <source>%1 is what this claim is about</source>
        <translation>这一说法涉及 %1</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>说法</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回应</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
</context>
<context>
    <name>StanceMatrixView</name>
    <message>
        <source>Filter claims</source>
        <translation>筛选说法</translation>
    </message>
    <message>
        <source>Filter the claims of the stance matrix</source>
        <translation>筛选立场矩阵中的说法</translation>
    </message>
    <message>
        <source>Stance matrix</source>
        <translation>立场矩阵</translation>
    </message>
    <message>
        <source>One row per claim and one column per actor: whether the actor made, denied, reacted to or was the subject of the claim. Enter selects the statement behind a cell.</source>
        <translation>每条说法一行，每个行动者一列：显示该行动者是提出、否认了这一说法，对其作出反应，还是这一说法的当事方。按 Enter 键选中单元格对应的陈述。</translation>
    </message>
</context>
<context>
    <name>StatementModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>行动者</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>陈述</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>TimelineChartView</name>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Statements over time, one lane per actor or per stance. Left and Right step through the statements; plus and minus zoom; 0 fits everything.</source>
        <translation>按时间排列的陈述，每个行动者或每种立场一条泳道。左、右方向键逐条切换陈述；加号和减号缩放；0 显示全部。</translation>
    </message>
    <message>
        <source>%1 — %2
%3
%4</source>
        <translation>%1 — %2
%3
%4</translation>
    </message>
    <message>
        <source>yyyy</source>
        <comment>time axis label: a year (QDateTime format)</comment>
        <translation>yyyy年</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>time axis label: a month (QDateTime format)</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>time axis label: a day (QDateTime format)</comment>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
</TS>
