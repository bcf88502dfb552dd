#include "docks/PropertiesView.h"

#include "analysis/indentation/IndentationCampaign.h"
#include "models/ResultTableValues.h"

#include "common/QuantityNames.h"

#include <QCheckBox>
#include <QDir>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gb {

PropertiesView::PropertiesView(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_title(new QLabel(this)), m_signFlip(new QCheckBox(this)),
      m_rejected(new QCheckBox(this)), m_details(new QTreeWidget(this))
{
    m_title->setWordWrap(true);
    m_title->setProperty("gbData", true); // shows a dataset's name: data, not interface text
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_signFlip->setText(tr("Flip the sign of the signal"));
    m_signFlip->setToolTip(tr("Multiply the signal by −1 before analysis (e.g. exothermic-up heat flow)"));
    m_rejected->setText(tr("Reject this dataset"));
    m_rejected->setToolTip(tr("Leave it out of the analyses (kept in the project, shown struck out)"));
    m_details->setColumnCount(2);
    m_details->setHeaderLabels({tr("Property"), tr("Value")});
    m_details->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_details->setRootIsDecorated(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_signFlip);
    layout->addWidget(m_rejected);
    layout->addWidget(m_details, 1);

    connect(m_signFlip, &QCheckBox::toggled, this, &PropertiesView::signFlipToggled);
    connect(m_rejected, &QCheckBox::toggled, this, &PropertiesView::rejectedToggled);
    connect(document, &Document::currentCurveChanged, this, &PropertiesView::refresh);
    connect(document, &Document::documentReset, this, &PropertiesView::refresh);
    connect(document, &Document::settingChanged, this, &PropertiesView::refresh);
    connect(document, &Document::cellsChanged, this, &PropertiesView::refresh);
    connect(document, &Document::resultsChanged, this, &PropertiesView::refresh);
    refresh();
}

void PropertiesView::refresh()
{
    m_refreshing = true;
    m_details->clear();
    const CurveRef ref = m_document->currentCurve();
    const int row = m_document->rowIndex(ref.rowId);
    const DatasetPtr dataset = m_document->curve(ref);
    const bool any = row >= 0;
    m_signFlip->setEnabled(any);
    m_rejected->setEnabled(any && dataset);
    if (!any) {
        m_title->setText(tr("No dataset selected"));
        m_signFlip->setChecked(false);
        m_rejected->setChecked(false);
        m_refreshing = false;
        return;
    }
    m_title->setText(m_document->curveLabel(ref));
    const DatasetSettings &settings = m_document->settings();
    m_signFlip->setChecked(settings.get(ref.rowId, settings::kSignFlip, false));
    const bool many = m_document->rowData(row).datasets.size() > 1;
    m_rejected->setText(many ? tr("Reject this indent") : tr("Reject this dataset"));
    m_rejected->setChecked(
        many ? settings.get(ref.rowId, settings::kRejectedCurves, QList<int>{}).contains(ref.index + 1)
             : settings.get(ref.rowId, settings::kRejected, false));

    auto add = [this](QTreeWidgetItem *parent, const QString &key, const QString &value) {
        auto *item =
            parent ? new QTreeWidgetItem(parent, {key, value}) : new QTreeWidgetItem(m_details, {key, value});
        item->setToolTip(1, value);
        return item;
    };
    add(nullptr, tr("Dataset id"), ref.rowId);
    const QString fileCell = m_document->cell(row, QStringLiteral("file")).trimmed();
    add(nullptr, tr("File"), QDir::toNativeSeparators(m_document->project().resolvedPath(fileCell)));
    const RowData &data = m_document->rowData(row);
    add(nullptr, tr("Read as"), data.formatId.isEmpty() ? tr("(not read)") : data.formatId);
    if (data.loadError)
        add(nullptr, tr("Problem"), data.loadError->message);
    if (dataset) {
        if (many)
            add(nullptr, tr("Indent file"), QDir::toNativeSeparators(dataset->sourceFile));
        if (!dataset->curveName.isEmpty())
            add(nullptr, tr("Curve"), dataset->curveName);
        add(nullptr, tr("Points"), QString::number(dataset->rowCount()));
        if (!dataset->metadata.sampleName.isEmpty())
            add(nullptr, tr("Sample (file)"), dataset->metadata.sampleName);
        if (dataset->metadata.massMg)
            add(nullptr, tr("Mass (file)"), tr("%1 mg").arg(*dataset->metadata.massMg));
        if (!dataset->metadata.instrument.isEmpty())
            add(nullptr, tr("Instrument"), dataset->metadata.instrument);
        QTreeWidgetItem *columns = add(nullptr, tr("Columns"), QString::number(dataset->columns.size()));
        for (const Column &column : dataset->columns) {
            QString unit = column.unit;
            if (!column.originalUnit.isEmpty() && column.originalUnit != column.unit)
                unit = tr("%1 (file: %2)").arg(column.unit, column.originalUnit);
            add(columns, column.name,
                QStringLiteral("%1 · %2").arg(QuantityNames::name(column.quantity), unit));
        }
        columns->setExpanded(true);
        if (!dataset->metadata.header.isEmpty()) {
            QTreeWidgetItem *header =
                add(nullptr, tr("File header"), QString::number(dataset->metadata.header.size()));
            for (const auto &[key, value] : dataset->metadata.header)
                add(header, key, value);
        }
    }
    QTreeWidgetItem *cells = add(nullptr, tr("Manifest"), QString());
    for (const QString &column : m_document->columns())
        if (!m_document->cell(row, column).isEmpty())
            add(cells, column, m_document->cell(row, column));
    cells->setExpanded(true);
    addResults(ref.rowId, many && dataset ? fileCell + u'#' + indentName(*dataset) : QString());
    const QJsonObject own = settings.settingsOf(ref.rowId);
    if (!own.isEmpty()) {
        QTreeWidgetItem *group = add(nullptr, tr("Analysis settings"), QString::number(own.size()));
        for (auto it = own.begin(); it != own.end(); ++it)
            add(group, it.key(),
                QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact))
                    .mid(1)
                    .chopped(1));
        group->setExpanded(true);
    }
    m_refreshing = false;
}

void PropertiesView::addResults(const QString &datasetId, const QString &indentFile)
{
    // The current dataset's rows of the per-dataset result tables (dsc_peaks.csv, sr_kww.csv,
    // ni_indents.csv), every non-empty cell, as the campaign analysis wrote them.
    for (const AnalysisTables::NamedTable &named : m_document->results().tables) {
        const ResultTable &table = named.table;
        if (!table.columns().contains(QStringLiteral("file")))
            continue;
        for (qsizetype r = 0; r < table.rowCount(); ++r) {
            const bool mine = indentFile.isEmpty()
                                  ? resultDatasetId(table, r) == datasetId
                                  : resultText(table, r, QStringLiteral("file")) == indentFile;
            if (!mine)
                continue;
            auto *group =
                new QTreeWidgetItem(m_details, {tr("Results in %1").arg(named.fileName), QString()});
            for (const QString &column : table.columns())
                if (const QString value = table.text(r, column);
                    !value.isEmpty() && column != QLatin1String("file"))
                    new QTreeWidgetItem(group, {column, value});
            group->setExpanded(true);
        }
    }
}

void PropertiesView::signFlipToggled(bool on)
{
    if (m_refreshing)
        return;
    const CurveRef ref = m_document->currentCurve();
    m_document->setSetting(
        ref.rowId, QString::fromLatin1(settings::kSignFlip.name), on ? QJsonValue(true) : QJsonValue(),
        on ? tr("Flip sign of %1").arg(ref.rowId) : tr("Unflip sign of %1").arg(ref.rowId));
}

void PropertiesView::rejectedToggled(bool on)
{
    if (m_refreshing)
        return;
    const CurveRef ref = m_document->currentCurve();
    const int row = m_document->rowIndex(ref.rowId);
    if (row < 0)
        return;
    const QString text = on ? tr("Reject %1").arg(m_document->curveLabel(ref))
                            : tr("Accept %1").arg(m_document->curveLabel(ref));
    if (m_document->rowData(row).datasets.size() > 1) {
        QList<int> rejected = m_document->settings().get(ref.rowId, settings::kRejectedCurves, QList<int>{});
        rejected.removeAll(ref.index + 1);
        if (on)
            rejected << ref.index + 1;
        std::sort(rejected.begin(), rejected.end());
        m_document->setSetting(ref.rowId, settings::kRejectedCurves.id(),
                               rejected.isEmpty() ? QJsonValue() : settingToJson(rejected), text);
    } else {
        m_document->setSetting(ref.rowId, settings::kRejected.id(), on ? QJsonValue(true) : QJsonValue(),
                               text);
    }
}

} // namespace gb
