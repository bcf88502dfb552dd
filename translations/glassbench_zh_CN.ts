<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddRowsCommand</name>
    <message numerus="yes">
        <source>Import %n file(s)</source>
        <translation>
            <numerusform>导入 %n 个文件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoCampaign</name>
    <message>
        <source>The simulated demo campaign is not bundled with this build of Glassbench. Build it with the demo files in resources/demo/, or set GLASSBENCH_DEMO_DIR to a folder holding a campaign manifest.</source>
        <translation>此版本的 Glassbench 未附带模拟演示实验集。请将演示文件放入 resources/demo/ 后重新构建，或将环境变量 GLASSBENCH_DEMO_DIR 设为包含实验清单的文件夹。</translation>
    </message>
</context>
<context>
    <name>ImporterRegistry</name>
    <message>
        <source>file not found</source>
        <translation>未找到文件</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>no importer called &quot;%1&quot;</source>
        <translation>没有名为“%1”的导入器</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>not a file format Glassbench can read</source>
        <translation>不是 Glassbench 能读取的文件格式</translation>
    </message>
    <message>
        <source>no curve with data found (read as %1)</source>
        <translation>未找到含数据的曲线（按 %1 读取）</translation>
    </message>
</context>
<context>
    <name>NamePattern</name>
    <message>
        <source>the pattern is not valid at character %1: %2</source>
        <translation>模式在第 %1 个字符处无效：%2</translation>
    </message>
    <message>
        <source>the pattern names no column: write groups such as (?&lt;T_a_K&gt;\d+)</source>
        <translation>模式中没有命名列：请写出形如 (?&lt;T_a_K&gt;\d+) 的命名分组</translation>
    </message>
</context>
<context>
    <name>QuantityNames</name>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>index</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>program temperature</source>
        <translation>程序温度</translation>
    </message>
    <message>
        <source>heat flow</source>
        <translation>热流</translation>
    </message>
    <message>
        <source>specific heat flow</source>
        <translation>比热流</translation>
    </message>
    <message>
        <source>stress</source>
        <translation>应力</translation>
    </message>
    <message>
        <source>strain</source>
        <translation>应变</translation>
    </message>
    <message>
        <source>modulus</source>
        <translation>模量</translation>
    </message>
    <message>
        <source>load</source>
        <translation>载荷</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>mass</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>频率</translation>
    </message>
    <message>
        <source>voltage</source>
        <translation>电压</translation>
    </message>
</context>
<context>
    <name>SetPlotStyleCommand</name>
    <message>
        <source>Change plot style</source>
        <translation>更改绘图样式</translation>
    </message>
</context>
<context>
    <name>gb</name>
    <message>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>the figure size, resolution and font must be positive</source>
        <translation>图的尺寸、分辨率和字号必须为正数</translation>
    </message>
    <message>
        <source>no indent file of the folder could be read</source>
        <translation>该文件夹中没有可读取的压痕文件</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>already in the campaign</source>
        <translation>已在实验集中</translation>
    </message>
    <message>
        <source>not a valid project file: %1</source>
        <translation>不是有效的项目文件：%1</translation>
    </message>
    <message>
        <source>not a Glassbench project file</source>
        <translation>不是 Glassbench 项目文件</translation>
    </message>
    <message>
        <source>the project file has no valid version number</source>
        <translation>项目文件没有有效的版本号</translation>
    </message>
    <message>
        <source>the project was written by a newer Glassbench (format version %1; this version reads up to %2)</source>
        <translation>该项目由更新版本的 Glassbench 写入（格式版本 %1；本版本最高只能读取 %2）</translation>
    </message>
    <message>
        <source>campaign row %1 has no dataset id</source>
        <translation>实验集第 %1 行没有数据集标识</translation>
    </message>
    <message>
        <source>cannot open the project: %1</source>
        <translation>无法打开项目：%1</translation>
    </message>
    <message>
        <source>cannot write the project: %1</source>
        <translation>无法写入项目：%1</translation>
    </message>
    <message>
        <source>the data file was not read</source>
        <translation>未读取该数据文件</translation>
    </message>
    <message>
        <source>raw file &quot;%1&quot; is not where the project expects it</source>
        <translation>原始文件“%1”不在项目记录的位置</translation>
    </message>
    <message>
        <source>raw file &quot;%1&quot; changed since the project was saved (SHA-256 differs)</source>
        <translation>原始文件“%1”自项目保存后已被修改（SHA-256 不一致）</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>unknown technique &quot;%1&quot; (use dsc, stress_relaxation or nanoindentation)</source>
        <translation>未知的测试技术“%1”（可用 dsc、stress_relaxation 或 nanoindentation）</translation>
    </message>
    <message>
        <source>unknown thermal path &quot;%1&quot; (use isothermal, isochronal or, for DSC, reference)</source>
        <translation>未知的热历史路径“%1”（可用 isothermal、isochronal，DSC 还可用 reference）</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot; is not a number</source>
        <translation>%1 = “%2” 不是数字</translation>
    </message>
    <message>
        <source>the file cell is empty</source>
        <translation>file 单元格为空</translation>
    </message>
    <message>
        <source>data file &quot;%1&quot; not found</source>
        <translation>未找到数据文件“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file</source>
        <translation>“%1”不是文件</translation>
    </message>
    <message>
        <source>cannot open the manifest: %1</source>
        <translation>无法打开实验清单：%1</translation>
    </message>
    <message>
        <source>the header names a column twice</source>
        <translation>表头中有重复的列名</translation>
    </message>
    <message>
        <source>a quoted cell is not closed</source>
        <translation>带引号的单元格没有闭合</translation>
    </message>
    <message>
        <source>the row has %1 cells but the header only %2; the extra cells are ignored</source>
        <translation>该行有 %1 个单元格，而表头只有 %2 列；多余的单元格被忽略</translation>
    </message>
    <message>
        <source>the manifest has no header row</source>
        <translation>实验清单没有表头行</translation>
    </message>
    <message>
        <source>loading was cancelled</source>
        <translation>读取已取消</translation>
    </message>
    <message>
        <source>no curves found</source>
        <translation>未找到曲线</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no curve &quot;%2&quot; (it has %3)</source>
        <translation>“%1”中没有曲线“%2”（共有 %3 条）</translation>
    </message>
</context>
<context>
    <name>gb::CampaignTreeModel</name>
    <message>
        <source>(no technique)</source>
        <translation>（未指定技术）</translation>
    </message>
    <message>
        <source>%1 (unknown technique)</source>
        <translation>%1（未知技术）</translation>
    </message>
    <message>
        <source>DSC</source>
        <translation>DSC</translation>
    </message>
    <message>
        <source>Stress relaxation</source>
        <translation>应力弛豫</translation>
    </message>
    <message>
        <source>Nanoindentation</source>
        <translation>纳米压痕</translation>
    </message>
    <message>
        <source>%1 (unknown path)</source>
        <translation>%1（未知路径）</translation>
    </message>
    <message>
        <source>(no thermal path)</source>
        <translation>（未指定热历史路径）</translation>
    </message>
    <message>
        <source>Isothermal</source>
        <translation>等温</translation>
    </message>
    <message>
        <source>Isochronal</source>
        <translation>等时（连续冷却）</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参比</translation>
    </message>
    <message>
        <source>(no sample)</source>
        <translation>（未指定样品）</translation>
    </message>
    <message numerus="yes">
        <source>%n curve(s)</source>
        <translation>
            <numerusform>%n 条曲线</numerusform>
        </translation>
    </message>
    <message>
        <source>read as %1</source>
        <translation>按 %1 读取</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点数</translation>
    </message>
</context>
<context>
    <name>gb::CampaignTreeView</name>
    <message>
        <source>Find datasets (file, sample, Tₐ…)</source>
        <translation>查找数据集（文件、样品、Tₐ……）</translation>
    </message>
</context>
<context>
    <name>gb::ColumnMappingDialog</name>
    <message>
        <source>Column Roles</source>
        <translation>列的含义</translation>
    </message>
    <message>
        <source>Glassbench could not tell what the columns of “%1” hold. Choose a role for each column; the project remembers the answer for this file.</source>
        <translation>Glassbench 无法判断“%1”各列的含义。请为每一列选择含义；项目会为该文件记住您的选择。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>前几个值</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Use these roles</source>
        <translation>使用这些含义</translation>
    </message>
    <message>
        <source>Keep as read</source>
        <translation>保持原样</translation>
    </message>
</context>
<context>
    <name>gb::CurvePlot</name>
    <message>
        <source>simulated data</source>
        <translation>模拟数据</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <source>Logarithmic x axis</source>
        <translation>x 轴取对数</translation>
    </message>
    <message>
        <source>Logarithmic y axis</source>
        <translation>y 轴取对数</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Export figure…</source>
        <translation>导出图……</translation>
    </message>
    <message>
        <source>Copy figure</source>
        <translation>复制图</translation>
    </message>
</context>
<context>
    <name>gb::CurvesPanel</name>
    <message>
        <source>Select datasets in the Campaign tree to plot them.</source>
        <translation>在“实验集”树中选择数据集即可绘图。</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>曲线</translation>
    </message>
    <message>
        <source>Showing %1 of %2 selected curves.</source>
        <translation>显示所选 %2 条曲线中的 %1 条。</translation>
    </message>
    <message>
        <source>Open a campaign, or drop instrument files here.</source>
        <translation>打开一个实验集，或将仪器数据文件拖放到这里。</translation>
    </message>
</context>
<context>
    <name>gb::Document</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>gb::ExtractFromNamesDialog</name>
    <message>
        <source>Extract from Names</source>
        <translation>从名称提取</translation>
    </message>
    <message>
        <source>A regular expression; each named group (?&lt;column&gt;...) fills that column</source>
        <translation>正则表达式；每个命名分组 (?&lt;列名&gt;...) 填入同名的列</translation>
    </message>
    <message>
        <source>File names</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Curve names</source>
        <translation>曲线名</translation>
    </message>
    <message>
        <source>Pattern:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>Apply to:</source>
        <translation>应用于：</translation>
    </message>
    <message>
        <source>Example: %1 reads T_a_K = 393 and t_a_s = 60 from “Vit_Ta393_ta60s.txt”.</source>
        <translation>示例：%1 从“Vit_Ta393_ta60s.txt”中读出 T_a_K = 393 和 t_a_s = 60。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>%1 of %2 names match; the columns %3 will be filled.</source>
        <translation>%2 个名称中有 %1 个匹配；将填写列 %3。</translation>
    </message>
    <message>
        <source>Extract from names</source>
        <translation>从名称提取</translation>
    </message>
</context>
<context>
    <name>gb::IssuesModel</name>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n time(s))</source>
        <translation>
            <numerusform>%1（%n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
</context>
<context>
    <name>gb::JobProgressBar</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the work in progress</source>
        <translation>停止正在进行的工作</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消……</translation>
    </message>
</context>
<context>
    <name>gb::MainWindow</name>
    <message>
        <source>Campaign</source>
        <translation>实验集</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Issues (%1 errors, %2 warnings)</source>
        <translation>问题（%1 个错误，%2 个警告）</translation>
    </message>
    <message>
        <source>Simulated data — this demo campaign was generated by Glassbench&apos;s simulator, not measured on an instrument.</source>
        <translation>模拟数据——此演示实验集由 Glassbench 的模拟器生成，并非仪器实测。</translation>
    </message>
    <message>
        <source>Glassbench</source>
        <translation>Glassbench</translation>
    </message>
    <message>
        <source>simulated data</source>
        <translation>模拟数据</translation>
    </message>
    <message>
        <source>an unsaved campaign</source>
        <translation>一个未保存的实验集</translation>
    </message>
    <message>
        <source>Recover Work</source>
        <translation>恢复工作</translation>
    </message>
    <message>
        <source>Glassbench did not close properly last time. Recover the autosaved work on %1 from %2?</source>
        <translation>Glassbench 上次未正常关闭。是否恢复 %2 自动保存的“%1”？</translation>
    </message>
    <message>
        <source>&amp;New Campaign</source>
        <translation>新建实验集(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)……</translation>
    </message>
    <message>
        <source>Open a project, a campaign manifest or instrument files</source>
        <translation>打开项目、实验清单或仪器数据文件</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)……</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)……</translation>
    </message>
    <message>
        <source>Open &amp;Demo Campaign</source>
        <translation>打开演示实验集(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)……</translation>
    </message>
    <message>
        <source>&amp;Export Figure…</source>
        <translation>导出图(&amp;E)……</translation>
    </message>
    <message>
        <source>&amp;Copy Figure</source>
        <translation>复制图(&amp;C)</translation>
    </message>
    <message>
        <source>Export &amp;Tables…</source>
        <translation>导出结果表(&amp;T)……</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)……</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
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
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)……</translation>
    </message>
    <message>
        <source>&amp;Reset Plot View</source>
        <translation>重置绘图视图(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Run Analysis</source>
        <translation>运行分析(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel Background Work</source>
        <translation>取消后台工作(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About Glassbench</source>
        <translation>关于 Glassbench(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
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
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>Projects and manifests (*.gbproj *.csv);;Instrument files (%1);;All files (*)</source>
        <translation>项目和实验清单 (*.gbproj *.csv);;仪器数据文件 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Import Instrument Files</source>
        <translation>导入仪器数据文件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation>导出图</translation>
    </message>
    <message>
        <source>The panel in front has no figure to export.</source>
        <translation>当前面板没有可导出的图。</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>The figure is on the clipboard.</source>
        <translation>图已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Export Tables</source>
        <translation>导出结果表</translation>
    </message>
    <message>
        <source>There are no result tables to export yet.</source>
        <translation>还没有可导出的结果表。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n table(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个表写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>About Glassbench</source>
        <translation>关于 Glassbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Glassbench %1&lt;/h3&gt;&lt;p&gt;A workbench for glass relaxation experiments: Flash DSC, stress relaxation and nanoindentation, from instrument files to the tables and figures of a paper.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later. Plots use QCustomPlot.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Glassbench %1&lt;/h3&gt;&lt;p&gt;玻璃弛豫实验工作台：快速扫描 DSC、应力弛豫和纳米压痕，从仪器数据文件直到论文中的表格与插图。&lt;/p&gt;&lt;p&gt;依据 GNU GPL 第 3 版或更高版本授权。绘图使用 QCustomPlot。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>gb::MetadataTableModel</name>
    <message>
        <source>Edit %1 of %2</source>
        <translation>编辑 %2 的 %1</translation>
    </message>
    <message>
        <source>Data file, relative to the manifest&apos;s folder</source>
        <translation>数据文件，相对于实验清单所在文件夹</translation>
    </message>
    <message>
        <source>Which curve of a multi-curve file: 1-based index or curve name</source>
        <translation>多曲线文件中的哪一条：从 1 开始的序号或曲线名</translation>
    </message>
    <message>
        <source>dsc, stress_relaxation or nanoindentation</source>
        <translation>dsc、stress_relaxation 或 nanoindentation</translation>
    </message>
    <message>
        <source>Sample or material; analyses group by it</source>
        <translation>样品或材料；分析按它分组</translation>
    </message>
    <message>
        <source>Thermal path: isothermal, isochronal or (DSC) reference</source>
        <translation>热历史路径：isothermal（等温）、isochronal（等时）或 reference（DSC 参比）</translation>
    </message>
    <message>
        <source>Annealing temperature (K)</source>
        <translation>退火温度 (K)</translation>
    </message>
    <message>
        <source>Isothermal annealing time (s)</source>
        <translation>等温退火时间 (s)</translation>
    </message>
    <message>
        <source>Cooling rate of continuous cooling (K/s)</source>
        <translation>连续冷却的冷却速率 (K/s)</translation>
    </message>
    <message>
        <source>Start temperature of continuous cooling (K)</source>
        <translation>连续冷却的起始温度 (K)</translation>
    </message>
    <message>
        <source>Heating rate of the DSC scan (K/s)</source>
        <translation>DSC 扫描的升温速率 (K/s)</translation>
    </message>
    <message>
        <source>DSC sample mass (ng)</source>
        <translation>DSC 样品质量 (ng)</translation>
    </message>
    <message>
        <source>Temperature of the stress-relaxation test (K)</source>
        <translation>应力弛豫测试温度 (K)</translation>
    </message>
    <message>
        <source>Applied step strain (fraction)</source>
        <translation>施加的阶跃应变（分数）</translation>
    </message>
    <message>
        <source>Indenter tip radius (nm)</source>
        <translation>压头尖端半径 (nm)</translation>
    </message>
    <message>
        <source>Glass transition temperature (K)</source>
        <translation>玻璃化转变温度 (K)</translation>
    </message>
    <message>
        <source>DSC: the reference scan to subtract, as file or file#segment</source>
        <translation>DSC：要扣除的参比扫描，写作 file 或 file#segment</translation>
    </message>
    <message>
        <source>Free metadata column (kept as written)</source>
        <translation>自由元数据列（按原样保留）</translation>
    </message>
    <message>
        <source>file</source>
        <translation>数据文件</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>曲线段</translation>
    </message>
    <message>
        <source>technique</source>
        <translation>测试技术</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>样品</translation>
    </message>
    <message>
        <source>path</source>
        <translation>热历史路径</translation>
    </message>
    <message>
        <source>T_a_K</source>
        <translation>退火温度 Tₐ (K)</translation>
    </message>
    <message>
        <source>t_a_s</source>
        <translation>退火时间 tₐ (s)</translation>
    </message>
    <message>
        <source>phi_K_per_s</source>
        <translation>冷却速率 φ (K/s)</translation>
    </message>
    <message>
        <source>T_s_K</source>
        <translation>冷却起始温度 (K)</translation>
    </message>
    <message>
        <source>heating_rate_K_per_s</source>
        <translation>升温速率 (K/s)</translation>
    </message>
    <message>
        <source>mass_ng</source>
        <translation>样品质量 (ng)</translation>
    </message>
    <message>
        <source>T_test_K</source>
        <translation>测试温度 (K)</translation>
    </message>
    <message>
        <source>strain</source>
        <translation>应变</translation>
    </message>
    <message>
        <source>tip_radius_nm</source>
        <translation>针尖半径 (nm)</translation>
    </message>
    <message>
        <source>Tg_K</source>
        <translation>玻璃化温度 Tg (K)</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>参比扫描</translation>
    </message>
</context>
<context>
    <name>gb::MetadataTableView</name>
    <message>
        <source>Fill Down</source>
        <translation>向下填充</translation>
    </message>
    <message>
        <source>Copy Cells</source>
        <translation>复制单元格</translation>
    </message>
    <message>
        <source>Paste Cells</source>
        <translation>粘贴单元格</translation>
    </message>
    <message>
        <source>Clear Cells</source>
        <translation>清除单元格</translation>
    </message>
    <message>
        <source>Extract from Names…</source>
        <translation>从名称提取……</translation>
    </message>
    <message>
        <source>Fill down</source>
        <translation>向下填充</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>清除单元格</translation>
    </message>
</context>
<context>
    <name>gb::PlotExportDialog</name>
    <message>
        <source>Export Figure</source>
        <translation>导出图</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览……</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation>PDF（矢量）</translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation>SVG（矢量）</translation>
    </message>
    <message>
        <source>PNG (bitmap)</source>
        <translation>PNG（位图）</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Single column (85 mm)</source>
        <translation>单栏（85 毫米）</translation>
    </message>
    <message>
        <source>Double column (175 mm)</source>
        <translation>双栏（175 毫米）</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <source>Width × height:</source>
        <translation>宽 × 高：</translation>
    </message>
    <message>
        <source>300 dpi</source>
        <translation>300 dpi</translation>
    </message>
    <message>
        <source>600 dpi</source>
        <translation>600 dpi</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>分辨率：</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>字号：</translation>
    </message>
    <message>
        <source>Also write the plotted data as CSV beside the figure</source>
        <translation>同时把绘图数据以 CSV 写在图旁边</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;SVG (*.svg);;PNG (*.png)</source>
        <translation>PDF (*.pdf);;SVG (*.svg);;PNG (*.png)</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>Vector figure of %1 × %2 mm</source>
        <translation>矢量图，%1 × %2 毫米</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
</context>
<context>
    <name>gb::ProjectController</name>
    <message>
        <source>Analysing the campaign</source>
        <translation>正在分析实验集</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>Wait until “%1” has finished, or cancel it.</source>
        <translation>请等待“%1”完成，或将其取消。</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation>“%1”有未保存的更改。要先保存吗？</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
    <message>
        <source>Open Manifest</source>
        <translation>打开实验清单</translation>
    </message>
    <message>
        <source>Demo Campaign</source>
        <translation>演示实验集</translation>
    </message>
    <message>
        <source>Opening was cancelled; the campaign was left as it was.</source>
        <translation>打开已取消；实验集保持原样。</translation>
    </message>
    <message>
        <source>Reading relocated files</source>
        <translation>正在读取重新定位的文件</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>There is nothing to import there.</source>
        <translation>那里没有可导入的内容。</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)</source>
        <translation>
            <numerusform>正在导入 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>导入已取消；没有添加任何内容。</translation>
    </message>
    <message>
        <source>Reading files with the chosen column roles</source>
        <translation>正在按所选列含义读取文件</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>没有导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n dataset(s).</source>
        <translation>
            <numerusform>已导入 %n 个数据集。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Glassbench projects (*.gbproj)</source>
        <translation>Glassbench 项目 (*.gbproj)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>gb::PropertiesView</name>
    <message>
        <source>Flip the sign of the signal</source>
        <translation>信号取反</translation>
    </message>
    <message>
        <source>Multiply the signal by −1 before analysis (e.g. exothermic-up heat flow)</source>
        <translation>分析前把信号乘以 −1（例如放热向上的热流）</translation>
    </message>
    <message>
        <source>Reject this dataset</source>
        <translation>剔除此数据集</translation>
    </message>
    <message>
        <source>Leave it out of the analyses (kept in the project, shown struck out)</source>
        <translation>不参与分析（仍保留在项目中，以删除线显示）</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>No dataset selected</source>
        <translation>未选择数据集</translation>
    </message>
    <message>
        <source>Reject this indent</source>
        <translation>剔除此压痕</translation>
    </message>
    <message>
        <source>Dataset id</source>
        <translation>数据集标识</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>读取格式</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>（未读取）</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Indent file</source>
        <translation>压痕文件</translation>
    </message>
    <message>
        <source>Curve</source>
        <translation>曲线</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>Sample (file)</source>
        <translation>样品（文件）</translation>
    </message>
    <message>
        <source>Mass (file)</source>
        <translation>质量（文件）</translation>
    </message>
    <message>
        <source>%1 mg</source>
        <translation>%1 mg</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>仪器</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>%1 (file: %2)</source>
        <translation>%1（文件中：%2）</translation>
    </message>
    <message>
        <source>File header</source>
        <translation>文件头</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>实验清单</translation>
    </message>
    <message>
        <source>Analysis settings</source>
        <translation>分析设置</translation>
    </message>
    <message>
        <source>Flip sign of %1</source>
        <translation>将 %1 的信号取反</translation>
    </message>
    <message>
        <source>Unflip sign of %1</source>
        <translation>取消 %1 的信号取反</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>剔除 %1</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>接受 %1</translation>
    </message>
    <message>
        <source>Results in %1</source>
        <translation>%1 中的结果</translation>
    </message>
</context>
<context>
    <name>gb::RawFilesDialog</name>
    <message>
        <source>Raw Files Moved or Changed</source>
        <translation>原始文件已移动或修改</translation>
    </message>
    <message>
        <source>Some raw files of this project are not what it recorded. Files that are missing can be located; their datasets are read again from the new place. Changed files were read as they are now, so results may differ from when the project was saved.</source>
        <translation>本项目的部分原始文件与记录不符。缺失的文件可以重新定位，其数据集将从新位置重新读取。已修改的文件按当前内容读取，因此结果可能与保存项目时不同。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>定位……</translation>
    </message>
    <message>
        <source>Search Folder…</source>
        <translation>搜索文件夹……</translation>
    </message>
    <message>
        <source>Use These Locations</source>
        <translation>使用这些位置</translation>
    </message>
    <message>
        <source>Continue Without Them</source>
        <translation>不使用它们，继续</translation>
    </message>
    <message>
        <source>Search Folder</source>
        <translation>搜索文件夹</translation>
    </message>
    <message>
        <source>located</source>
        <translation>已定位</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>Locate %1</source>
        <translation>定位 %1</translation>
    </message>
</context>
<context>
    <name>gb::ResultsPanel</name>
    <message>
        <source>Table:</source>
        <translation>表：</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>No result tables yet: the analyses of this campaign give none.</source>
        <translation>尚无结果表：本实验集的分析没有给出结果。</translation>
    </message>
</context>
<context>
    <name>gb::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Autosave every:</source>
        <translation>自动保存间隔：</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Glassbench.</source>
        <translation>新语言将在下次启动 Glassbench 时生效。</translation>
    </message>
</context>
<context>
    <name>DscPanel</name>
    <message>
        <source>Not a relaxed DSC scan (isothermal or isochronal), or rejected.</source>
        <translation>不是弛豫 DSC 扫描（等温或等时），或已被剔除。</translation>
    </message>
    <message>
        <source>No curve was loaded.</source>
        <translation>未载入曲线。</translation>
    </message>
    <message>
        <source>No reference scan for this scan.</source>
        <translation>此扫描没有参比扫描。</translation>
    </message>
    <message>
        <source>The reference %1 could not be read.</source>
        <translation>无法读取参比 %1。</translation>
    </message>
</context>
<context>
    <name>gb::DscPanel</name>
    <message>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Move integration limit</source>
        <translation>移动积分限</translation>
    </message>
    <message>
        <source>Move glass baseline window</source>
        <translation>移动玻璃态基线窗口</translation>
    </message>
    <message>
        <source>Move liquid baseline window</source>
        <translation>移动液态基线窗口</translation>
    </message>
    <message>
        <source>DSC</source>
        <translation>DSC</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>t_a (s)</source>
        <translation>t_a (s)</translation>
    </message>
    <message>
        <source>φ (K/s)</source>
        <translation>φ (K/s)</translation>
    </message>
    <message>
        <source>ΔH (µJ)</source>
        <translation>ΔH (µJ)</translation>
    </message>
    <message>
        <source>T_p (K)</source>
        <translation>T_p (K)</translation>
    </message>
    <message>
        <source>FWHM (K)</source>
        <translation>半高宽 FWHM (K)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>gb::DscScanView</name>
    <message>
        <source>Temperature (K)</source>
        <translation>温度 (K)</translation>
    </message>
    <message>
        <source>Heat flow, endo up (mW)</source>
        <translation>热流，吸热向上 (mW)</translation>
    </message>
    <message>
        <source>Relaxed − reference (mW)</source>
        <translation>弛豫 − 参比 (mW)</translation>
    </message>
    <message>
        <source>No relaxed DSC scan in this campaign.</source>
        <translation>此实验集中没有弛豫 DSC 扫描。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Relaxed</source>
        <translation>弛豫</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参比</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>参比：%1</translation>
    </message>
    <message>
        <source>ΔH = %1 µJ</source>
        <translation>ΔH = %1 µJ</translation>
    </message>
    <message>
        <source> (%1 J/g)</source>
        <translation>（%1 J/g）</translation>
    </message>
    <message>
        <source> ± %1 µJ</source>
        <translation> ± %1 µJ</translation>
    </message>
    <message>
        <source>   T_p = %1 K</source>
        <translation>   T_p = %1 K</translation>
    </message>
    <message>
        <source>   FWHM = %1 K</source>
        <translation>   半高宽 = %1 K</translation>
    </message>
    <message>
        <source>   limits %1–%2 K</source>
        <translation>   积分限 %1–%2 K</translation>
    </message>
    <message>
        <source>   status: %1 — %2</source>
        <translation>   状态：%1 — %2</translation>
    </message>
    <message>
        <source>Drag the dashed lines (integration limits) or the window edges; Ctrl+Z undoes.</source>
        <translation>拖动虚线（积分限）或窗口边缘；Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>ΔH (integrated)</source>
        <translation>ΔH（积分面积）</translation>
    </message>
    <message>
        <source>T_p</source>
        <translation>T_p</translation>
    </message>
    <message>
        <source>T_p = %1 K</source>
        <translation>T_p = %1 K</translation>
    </message>
    <message>
        <source>FWHM</source>
        <translation>半高宽</translation>
    </message>
    <message>
        <source>FWHM = %1 K</source>
        <translation>半高宽 = %1 K</translation>
    </message>
</context>
<context>
    <name>gb::DscSeriesView</name>
    <message>
        <source>ΔH against cooling rate φ (isochronal)</source>
        <translation>ΔH 对冷却速率 φ（等时）</translation>
    </message>
    <message>
        <source>ΔH against aging time t_a (isothermal)</source>
        <translation>ΔH 对老化时间 t_a（等温）</translation>
    </message>
    <message>
        <source>FWHM against ΔH, both paths</source>
        <translation>半高宽对 ΔH，两种路径</translation>
    </message>
    <message>
        <source>Kissinger plots</source>
        <translation>Kissinger 图</translation>
    </message>
    <message>
        <source>Activation energy against ΔH</source>
        <translation>活化能对 ΔH</translation>
    </message>
    <message>
        <source>Isothermal vs isochronal at matched ΔH</source>
        <translation>等焓 ΔH 下的等温与等时对比</translation>
    </message>
    <message>
        <source>Plot:</source>
        <translation>图：</translation>
    </message>
    <message>
        <source>No points yet: this plot needs more scans in the campaign's DSC results.</source>
        <translation>尚无数据点：此图需要实验集 DSC 结果中有更多扫描。</translation>
    </message>
    <message>
        <source>Aging time t_a (s)</source>
        <translation>老化时间 t_a (s)</translation>
    </message>
    <message>
        <source>Cooling rate φ (K/s)</source>
        <translation>冷却速率 φ (K/s)</translation>
    </message>
    <message>
        <source>ΔH (µJ)</source>
        <translation>ΔH (µJ)</translation>
    </message>
    <message>
        <source>%1, T_a = %2 K, β = %3 K/s</source>
        <translation>%1，T_a = %2 K，β = %3 K/s</translation>
    </message>
    <message>
        <source>FWHM (K)</source>
        <translation>半高宽 FWHM (K)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>isothermal</source>
        <translation>等温</translation>
    </message>
    <message>
        <source>isochronal</source>
        <translation>等时</translation>
    </message>
    <message>
        <source>1000/T_p (1/K)</source>
        <translation>1000/T_p (1/K)</translation>
    </message>
    <message>
        <source>ln[(β/T_p²)/(K⁻¹ s⁻¹)]</source>
        <translation>ln[(β/T_p²)/(K⁻¹ s⁻¹)]</translation>
    </message>
    <message>
        <source>φ = %1 K/s</source>
        <translation>φ = %1 K/s</translation>
    </message>
    <message>
        <source>t_a = %1 s</source>
        <translation>t_a = %1 s</translation>
    </message>
    <message>
        <source>: E = %1 ± %2 kJ/mol</source>
        <translation>：E = %1 ± %2 kJ/mol</translation>
    </message>
    <message>
        <source>Lines: the Kissinger fits of dsc_kissinger.csv (slope −E/R).</source>
        <translation>直线：dsc_kissinger.csv 中的 Kissinger 拟合（斜率 −E/R）。</translation>
    </message>
    <message>
        <source>Mean ΔH of the group (µJ)</source>
        <translation>组内平均 ΔH (µJ)</translation>
    </message>
    <message>
        <source>Activation energy E (kJ/mol)</source>
        <translation>活化能 E (kJ/mol)</translation>
    </message>
    <message>
        <source>Error bars: standard error of E.</source>
        <translation>误差棒：E 的标准误差。</translation>
    </message>
    <message>
        <source>Isochronal (measured)</source>
        <translation>等时（测量值）</translation>
    </message>
    <message>
        <source>Isothermal at the same ΔH (interpolated)</source>
        <translation>同一 ΔH 下的等温（插值）</translation>
    </message>
    <message>
        <source>Each isochronal scan against the isothermal series of its sample, T_a and heating rate at the same ΔH; the pairs are listed below (dsc_matched.csv): click one to compare its peaks.</source>
        <translation>每个等时扫描与其样品、T_a 和升温速率相同的等温系列在相同 ΔH 下对比；配对列于下方（dsc_matched.csv）：点击一对可比较其峰。</translation>
    </message>
    <message>
        <source>Path comparison: the peaks of a matched pair</source>
        <translation>路径比较：匹配对的峰</translation>
    </message>
</context>
<context>
    <name>gb::DscPathComparisonView</name>
    <message>
        <source>Side by side</source>
        <translation>并排</translation>
    </message>
    <message>
        <source>Overlaid</source>
        <translation>叠加</translation>
    </message>
    <message>
        <source>Isochronal and isothermal peaks of equal ΔH:</source>
        <translation>等 ΔH 的等时峰与等温峰：</translation>
    </message>
    <message>
        <source>Temperature (K)</source>
        <translation>温度 (K)</translation>
    </message>
    <message>
        <source>ΔΦ − baseline (mW)</source>
        <translation>ΔΦ − 基线 (mW)</translation>
    </message>
    <message>
        <source>Pair %1: sample %2, T_a = %3 K, β = %4 K/s.</source>
        <translation>第 %1 对：样品 %2，T_a = %3 K，β = %4 K/s。</translation>
    </message>
    <message>
        <source>Isochronal, φ = %1 K/s (measured)
ΔH = %2 µJ, T_p = %3 K, FWHM = %4 K</source>
        <translation>等时，φ = %1 K/s（测量值）
ΔH = %2 µJ，T_p = %3 K，FWHM = %4 K</translation>
    </message>
    <message>
        <source>Isothermal, t_a,equiv = %1 s (interpolated)
ΔH = %2 µJ, T_p = %3 K, FWHM = %4 K</source>
        <translation>等温，t_a,equiv = %1 s（插值）
ΔH = %2 µJ，T_p = %3 K，FWHM = %4 K</translation>
    </message>
    <message>
        <source>%1 (t_a = %2 s, weight %3, shifted by %4 K)</source>
        <translation>%1（t_a = %2 s，权重 %3，平移 %4 K）</translation>
    </message>
    <message>
        <source>%1 (t_a = %2 s, weight %3)</source>
        <translation>%1（t_a = %2 s，权重 %3）</translation>
    </message>
    <message>
        <source>Isothermal curve: the measured scans %1, each moved to the interpolated T_p and weighted as in the linear interpolation in (log t_a, ΔH) that gives t_a,equiv; a picture of the interpolation, not a measurement. The interpolated T_p and FWHM (dsc_matched.csv) are the numbers of record.</source>
        <translation>等温曲线：测量扫描 %1，各自平移到插值 T_p，并按给出 t_a,equiv 的 (log t_a, ΔH) 线性插值加权；它是插值的示意，不是测量。以插值得到的 T_p 与 FWHM（dsc_matched.csv）为准。</translation>
    </message>
    <message>
        <source>Isothermal curve: interpolated between the measured scans %1, linearly in (log t_a, ΔH) as for t_a,equiv; a picture of the interpolation, not a measurement. The interpolated T_p and FWHM (dsc_matched.csv) are the numbers of record.</source>
        <translation>等温曲线：在测量扫描 %1 之间按 (log t_a, ΔH) 线性插值（与 t_a,equiv 相同）；它是插值的示意，不是测量。以插值得到的 T_p 与 FWHM（dsc_matched.csv）为准。</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 与 </translation>
    </message>
    <message>
        <source>Isothermal, t_a = %1 s: nearest measured scan, ΔH not equal
ΔH = %2 µJ, T_p = %3 K, FWHM = %4 K</source>
        <translation>等温，t_a = %1 s：ΔH 最接近的测量扫描，ΔH 不相等
ΔH = %2 µJ，T_p = %3 K，FWHM = %4 K</translation>
    </message>
    <message>
        <source>No isothermal peak of equal ΔH: %1. The isothermal plot shows the measured scan of nearest ΔH, %2 (t_a = %3 s, ΔH = %4 µJ), with its own T_p and FWHM.</source>
        <translation>没有等 ΔH 的等温峰：%1。等温图显示 ΔH 最接近的测量扫描 %2（t_a = %3 s，ΔH = %4 µJ）及其自身的 T_p 与 FWHM。</translation>
    </message>
    <message>
        <source>The scans analysed now do not reproduce this row of dsc_matched.csv: the campaign is probably being analysed again after a change.</source>
        <translation>当前分析的扫描与 dsc_matched.csv 的这一行不一致：实验集可能正在因更改而重新分析。</translation>
    </message>
</context>
<context>
    <name>DscMatchedPair</name>
    <message>
        <source>Select a matched pair in the list below.</source>
        <translation>请在下方列表中选择一个匹配对。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>MatchedPeakCurves</name>
    <message>
        <source>the isochronal scan has no ΔH</source>
        <translation>该等时扫描没有 ΔH</translation>
    </message>
    <message>
        <source>no isothermal scan of the series has a ΔH</source>
        <translation>该系列中没有带 ΔH 的等温扫描</translation>
    </message>
    <message>
        <source>interpolated between the isothermal scans of t_a = %1 s and %2 s (weight %3 on the longer); the interpolated T_p and FWHM are the numbers of record</source>
        <translation>在 t_a = %1 s 与 %2 s 的等温扫描之间插值（较长者权重 %3）；以插值得到的 T_p 与 FWHM 为准</translation>
    </message>
    <message>
        <source>no isothermal scan of equal ΔH (%1); the measured scan of nearest ΔH, t_a = %2 s, is shown</source>
        <translation>没有等 ΔH 的等温扫描（%1）；显示 ΔH 最接近的测量扫描，t_a = %2 s</translation>
    </message>
    <message>
        <source>the isothermal scan %1 has no integrated peak to draw</source>
        <translation>等温扫描 %1 没有可绘制的积分峰</translation>
    </message>
</context>
<context>
    <name>gb::IndentStatisticsView</name>
    <message>
        <source>τc/mean histograms per aging time, with Gaussian fits</source>
        <translation>各老化时间的 τc/平均值直方图及高斯拟合</translation>
    </message>
    <message>
        <source>Cumulative distributions of τc/mean</source>
        <translation>τc/平均值的累积分布</translation>
    </message>
    <message>
        <source>Mean τc against aging time</source>
        <translation>平均 τc 对老化时间</translation>
    </message>
    <message>
        <source>Normalised FWHM of τc against aging time</source>
        <translation>τc 归一化半高宽对老化时间</translation>
    </message>
    <message>
        <source>No pop-ins yet: these plots need indents with a pop-in in the campaign's results.</source>
        <translation>尚无突进：这些图需要实验集结果中有发生突进的压痕。</translation>
    </message>
    <message>
        <source>τc / mean τc</source>
        <translation>τc / 平均 τc</translation>
    </message>
    <message>
        <source>Cumulative probability</source>
        <translation>累积概率</translation>
    </message>
    <message>
        <source>Indents per bin</source>
        <translation>每个区间的压痕数</translation>
    </message>
    <message>
        <source>%1, t_a = %2 s</source>
        <translation>%1，t_a = %2 s</translation>
    </message>
    <message>
        <source>: FWHM = %1</source>
        <translation>：半高宽 = %1</translation>
    </message>
    <message>
        <source>Median ranks of τc/mean per aging time.</source>
        <translation>各老化时间 τc/平均值的中位秩。</translation>
    </message>
    <message>
        <source>Freedman–Diaconis bins; lines: least-squares Gaussians (Poisson weights). The tables' tau_c_norm_fwhm is the maximum-likelihood FWHM.</source>
        <translation>Freedman–Diaconis 分箱；曲线：最小二乘高斯拟合（泊松权重）。表中 tau_c_norm_fwhm 为最大似然半高宽。</translation>
    </message>
    <message>
        <source>Aging time t_a (s)</source>
        <translation>老化时间 t_a (s)</translation>
    </message>
    <message>
        <source>Normalised FWHM of τc</source>
        <translation>τc 归一化半高宽</translation>
    </message>
    <message>
        <source>Mean τc (GPa)</source>
        <translation>平均 τc (GPa)</translation>
    </message>
    <message>
        <source>%1, T_a = %2 K</source>
        <translation>%1，T_a = %2 K</translation>
    </message>
    <message>
        <source>tau_c_norm_fwhm of ni_summary.csv (maximum-likelihood Gaussian of τc/mean).</source>
        <translation>ni_summary.csv 中的 tau_c_norm_fwhm（τc/平均值的最大似然高斯）。</translation>
    </message>
    <message>
        <source>Error bars: standard deviation of τc.</source>
        <translation>误差棒：τc 的标准差。</translation>
    </message>
</context>
<context>
    <name>gb::IndentView</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一个</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一个 ▶</translation>
    </message>
    <message>
        <source>Reject indent</source>
        <translation>剔除压痕</translation>
    </message>
    <message>
        <source>Previous indent (Page Up)</source>
        <translation>上一个压痕（Page Up）</translation>
    </message>
    <message>
        <source>Next indent (Page Down)</source>
        <translation>下一个压痕（Page Down）</translation>
    </message>
    <message>
        <source>Leave this indent out of every statistic; Ctrl+Z undoes</source>
        <translation>在所有统计中排除此压痕；Ctrl+Z 撤销</translation>
    </message>
    <message>
        <source>Depth h (nm)</source>
        <translation>深度 h (nm)</translation>
    </message>
    <message>
        <source>Load P (µN)</source>
        <translation>载荷 P (µN)</translation>
    </message>
    <message>
        <source>Accept indent</source>
        <translation>接受压痕</translation>
    </message>
    <message>
        <source>%1 (rejected)</source>
        <translation>%1（已剔除）</translation>
    </message>
    <message>
        <source>Hertz fit, E_r = %1 GPa</source>
        <translation>Hertz 拟合，E_r = %1 GPa</translation>
    </message>
    <message>
        <source>First pop-in</source>
        <translation>第一次突进</translation>
    </message>
    <message>
        <source>P = %1 µN, Δh = %2 nm</source>
        <translation>P = %1 µN，Δh = %2 nm</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>   E_r = %1 ± %2 GPa   h₀ = %3 nm</source>
        <translation>   E_r = %1 ± %2 GPa   h₀ = %3 nm</translation>
    </message>
    <message>
        <source>   τc = %1 GPa</source>
        <translation>   τc = %1 GPa</translation>
    </message>
    <message>
        <source>   R = %1 nm</source>
        <translation>   R = %1 nm</translation>
    </message>
</context>
<context>
    <name>gb::IndentationPanel</name>
    <message>
        <source>Indent</source>
        <translation>压痕</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Nanoindentation</source>
        <translation>纳米压痕</translation>
    </message>
    <message>
        <source>Reject indent</source>
        <translation>剔除压痕</translation>
    </message>
    <message>
        <source>Accept indent</source>
        <translation>接受压痕</translation>
    </message>
    <message>
        <source>No nanoindentation curve in this campaign.</source>
        <translation>此实验集中没有纳米压痕曲线。</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（第 %2 个，共 %3 个）</translation>
    </message>
    <message>
        <source>t_a (s)</source>
        <translation>t_a (s)</translation>
    </message>
    <message>
        <source>E_r (GPa)</source>
        <translation>折合模量 E_r (GPa)</translation>
    </message>
    <message>
        <source>P pop-in (µN)</source>
        <translation>突进载荷 P (µN)</translation>
    </message>
    <message>
        <source>τc (GPa)</source>
        <translation>临界剪应力 τc (GPa)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>gb::RelaxationAgingView</name>
    <message>
        <source>β_KWW against aging time</source>
        <translation>β_KWW 对老化时间</translation>
    </message>
    <message>
        <source>τ_KWW against aging time, with the aging laws</source>
        <translation>τ_KWW 对老化时间及老化规律</translation>
    </message>
    <message>
        <source>Arrhenius plot of τ_KWW</source>
        <translation>τ_KWW 的 Arrhenius 图</translation>
    </message>
    <message>
        <source>Activation energy against aging time</source>
        <translation>活化能对老化时间</translation>
    </message>
    <message>
        <source>No points yet: this plot needs more curves in the campaign's stress-relaxation results.</source>
        <translation>尚无数据点：此图需要实验集应力松弛结果中有更多曲线。</translation>
    </message>
    <message>
        <source>Aging time t_a (s)</source>
        <translation>老化时间 t_a (s)</translation>
    </message>
    <message>
        <source>β_KWW</source>
        <translation>β_KWW</translation>
    </message>
    <message>
        <source>%1, T_a = %2 K</source>
        <translation>%1，T_a = %2 K</translation>
    </message>
    <message>
        <source>Dotted lines: the aging time at which β_KWW peaks (sr_aging.csv).</source>
        <translation>点线：β_KWW 达到峰值的老化时间（sr_aging.csv）。</translation>
    </message>
    <message>
        <source>τ_KWW (s)</source>
        <translation>τ_KWW (s)</translation>
    </message>
    <message>
        <source>τ = A·t_a^μ, μ = %1</source>
        <translation>τ = A·t_a^μ，μ = %1</translation>
    </message>
    <message>
        <source>two-stage: μ₁ = %1, μ₂ = %2, t_break = %3 s</source>
        <translation>两段律：μ₁ = %1，μ₂ = %2，t_break = %3 s</translation>
    </message>
    <message>
        <source>The break is not supported by the data (BIC); the single power law suffices.</source>
        <translation>数据不支持转折（BIC）；单一幂律已足够。</translation>
    </message>
    <message>
        <source>Dashed: single power law; solid: two-stage law; dotted: its turning point t_break.</source>
        <translation>虚线：单一幂律；实线：两段律；点线：其转折点 t_break。</translation>
    </message>
    <message>
        <source>1000/T (1/K)</source>
        <translation>1000/T (1/K)</translation>
    </message>
    <message>
        <source>ln(τ_KWW/s)</source>
        <translation>ln(τ_KWW/s)</translation>
    </message>
    <message>
        <source>%1, t_a = %2 s</source>
        <translation>%1，t_a = %2 s</translation>
    </message>
    <message>
        <source>: Ea = %1 ± %2 kJ/mol</source>
        <translation>：Ea = %1 ± %2 kJ/mol</translation>
    </message>
    <message>
        <source>Lines: τ_KWW = τ_E·exp(Ea/RT) fitted per aging time (sr_arrhenius.csv).</source>
        <translation>直线：按老化时间拟合的 τ_KWW = τ_E·exp(Ea/RT)（sr_arrhenius.csv）。</translation>
    </message>
    <message>
        <source>Ea (kJ/mol)</source>
        <translation>Ea (kJ/mol)</translation>
    </message>
    <message>
        <source>Error bars: standard error of Ea.</source>
        <translation>误差棒：Ea 的标准误差。</translation>
    </message>
</context>
<context>
    <name>gb::RelaxationCurveView</name>
    <message>
        <source>Time since the step t (s)</source>
        <translation>阶跃后时间 t (s)</translation>
    </message>
    <message>
        <source>G(t)/G₀</source>
        <translation>G(t)/G₀</translation>
    </message>
    <message>
        <source>σ/σ₀</source>
        <translation>σ/σ₀</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>残差</translation>
    </message>
    <message>
        <source>KWW fit</source>
        <translation>KWW 拟合</translation>
    </message>
    <message>
        <source>Data − fit</source>
        <translation>数据 − 拟合</translation>
    </message>
    <message>
        <source>β = %1 ± %2   τ = %3 s (95 %: %4–%5 s)   r² = %6</source>
        <translation>β = %1 ± %2   τ = %3 s（95 %：%4–%5 s）   r² = %6</translation>
    </message>
    <message>
        <source>   window %1–%2 s</source>
        <translation>   窗口 %1–%2 s</translation>
    </message>
    <message>
        <source>   status: %1 — %2</source>
        <translation>   状态：%1 — %2</translation>
    </message>
    <message>
        <source>Drag the dashed lines to change the fit window; Ctrl+Z undoes.</source>
        <translation>拖动虚线以改变拟合窗口；Ctrl+Z 撤销。</translation>
    </message>
</context>
<context>
    <name>gb::RelaxationPanel</name>
    <message>
        <source>Curve</source>
        <translation>曲线</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>老化</translation>
    </message>
    <message>
        <source>Change fit window</source>
        <translation>更改拟合窗口</translation>
    </message>
    <message>
        <source>Stress relaxation</source>
        <translation>应力松弛</translation>
    </message>
    <message>
        <source>No stress-relaxation curve in this campaign.</source>
        <translation>此实验集中没有应力松弛曲线。</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>T_a (K)</source>
        <translation>T_a (K)</translation>
    </message>
    <message>
        <source>t_a (s)</source>
        <translation>t_a (s)</translation>
    </message>
    <message>
        <source>β</source>
        <translation>β</translation>
    </message>
    <message>
        <source>τ (s)</source>
        <translation>τ (s)</translation>
    </message>
    <message>
        <source>r²</source>
        <translation>r²</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>t_a = %1 s</source>
        <translation>t_a = %1 s</translation>
    </message>
</context>
<context>
    <name>gb::SeriesPlotView</name>
    <message>
        <source>Plot:</source>
        <translation>图：</translation>
    </message>
</context>
</TS>
