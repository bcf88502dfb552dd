#include "dialogs/PlotExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace gb {

namespace {
const QString kSettingsGroup = QStringLiteral("figureExport");

QString suffixOf(FigureFormat format)
{
    switch (format) {
    case FigureFormat::Pdf: return QStringLiteral("pdf");
    case FigureFormat::Svg: return QStringLiteral("svg");
    case FigureFormat::Png: return QStringLiteral("png");
    }
    return {};
}
} // namespace

PlotExportDialog::PlotExportDialog(const QString &suggestedName, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Export Figure"));
    auto *form = new QFormLayout;

    m_path = new QLineEdit(this);
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    form->addRow(tr("File:"), pathRow);

    m_format = new QComboBox(this);
    m_format->addItem(tr("PDF (vector)"), int(FigureFormat::Pdf));
    m_format->addItem(tr("SVG (vector)"), int(FigureFormat::Svg));
    m_format->addItem(tr("PNG (bitmap)"), int(FigureFormat::Png));
    form->addRow(tr("Format:"), m_format);

    m_preset = new QComboBox(this);
    m_preset->addItem(tr("Single column (85 mm)"), QString::fromLatin1(kSingleColumn.id));
    m_preset->addItem(tr("Double column (175 mm)"), QString::fromLatin1(kDoubleColumn.id));
    m_preset->addItem(tr("Custom"), QStringLiteral("custom"));
    form->addRow(tr("Size:"), m_preset);

    m_width = new QDoubleSpinBox(this);
    m_height = new QDoubleSpinBox(this);
    for (QDoubleSpinBox *box : {m_width, m_height}) {
        box->setRange(10.0, 500.0);
        box->setDecimals(1);
        box->setSuffix(tr(" mm"));
    }
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    form->addRow(tr("Width × height:"), sizeRow);

    m_dpi = new QComboBox(this);
    m_dpi->addItem(tr("300 dpi"), 300);
    m_dpi->addItem(tr("600 dpi"), 600);
    form->addRow(tr("Resolution:"), m_dpi);

    m_font = new QDoubleSpinBox(this);
    m_font->setRange(5.0, 24.0);
    m_font->setDecimals(1);
    m_font->setSingleStep(0.5);
    m_font->setSuffix(tr(" pt"));
    form->addRow(tr("Font size:"), m_font);

    m_csv = new QCheckBox(tr("Also write the plotted data as CSV beside the figure"), this);
    form->addRow(QString(), m_csv);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    form->addRow(QString(), m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(browseButton, &QPushButton::clicked, this, &PlotExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &PlotExportDialog::formatChosen);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &PlotExportDialog::presetChosen);
    connect(m_width, &QDoubleSpinBox::valueChanged, this, &PlotExportDialog::sizeEdited);
    connect(m_height, &QDoubleSpinBox::valueChanged, this, &PlotExportDialog::sizeEdited);
    connect(m_dpi, &QComboBox::currentIndexChanged, this, &PlotExportDialog::updateSummary);
    connect(m_font, &QDoubleSpinBox::valueChanged, this, &PlotExportDialog::updateSummary);
    connect(buttons, &QDialogButtonBox::accepted, this, &PlotExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlotExportDialog::reject);

    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    FigureSpec remembered;
    remembered.format =
        FigureFormat(settings.value(QStringLiteral("format"), int(FigureFormat::Pdf)).toInt());
    remembered.widthMm = settings.value(QStringLiteral("widthMm"), kSingleColumn.widthMm).toDouble();
    remembered.heightMm = settings.value(QStringLiteral("heightMm"), kSingleColumn.heightMm).toDouble();
    remembered.dpi = settings.value(QStringLiteral("dpi"), 300).toInt();
    remembered.fontPt = settings.value(QStringLiteral("fontPt"), 8.0).toDouble();
    remembered.writeCsv = settings.value(QStringLiteral("csv"), true).toBool();
    const QString folder = settings
                               .value(QStringLiteral("folder"),
                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    settings.endGroup();
    setSpec(remembered);
    setFilePath(QDir(folder).filePath(suggestedName + u'.' + suffixOf(remembered.format)));
}

FigureSpec PlotExportDialog::spec() const
{
    FigureSpec spec;
    spec.format = FigureFormat(m_format->currentData().toInt());
    spec.widthMm = m_width->value();
    spec.heightMm = m_height->value();
    spec.dpi = m_dpi->currentData().toInt();
    spec.fontPt = m_font->value();
    spec.writeCsv = m_csv->isChecked();
    return spec;
}

void PlotExportDialog::setSpec(const FigureSpec &spec)
{
    m_updating = true;
    m_format->setCurrentIndex(m_format->findData(int(spec.format)));
    m_width->setValue(spec.widthMm);
    m_height->setValue(spec.heightMm);
    m_dpi->setCurrentIndex(std::max(0, m_dpi->findData(spec.dpi)));
    m_font->setValue(spec.fontPt);
    m_csv->setChecked(spec.writeCsv);
    m_updating = false;
    sizeEdited();
    formatChosen();
}

QString PlotExportDialog::filePath() const
{
    return m_path->text().trimmed();
}

void PlotExportDialog::setFilePath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    if (const auto format = figureFormatForPath(path))
        m_format->setCurrentIndex(m_format->findData(int(*format)));
}

void PlotExportDialog::browse()
{
    const QString filter = tr("PDF (*.pdf);;SVG (*.svg);;PNG (*.png)");
    QString selected;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Figure"), filePath(), filter, &selected);
    if (!path.isEmpty())
        setFilePath(path);
}

void PlotExportDialog::presetChosen()
{
    if (m_updating)
        return;
    const QString id = m_preset->currentData().toString();
    m_updating = true;
    if (id == QLatin1String(kSingleColumn.id)) {
        m_width->setValue(kSingleColumn.widthMm);
        m_height->setValue(kSingleColumn.heightMm);
    } else if (id == QLatin1String(kDoubleColumn.id)) {
        m_width->setValue(kDoubleColumn.widthMm);
        m_height->setValue(kDoubleColumn.heightMm);
    }
    m_updating = false;
    updateSummary();
}

void PlotExportDialog::sizeEdited()
{
    if (m_updating)
        return;
    m_updating = true;
    int preset = m_preset->findData(QStringLiteral("custom"));
    if (m_width->value() == kSingleColumn.widthMm)
        preset = m_preset->findData(QString::fromLatin1(kSingleColumn.id));
    else if (m_width->value() == kDoubleColumn.widthMm)
        preset = m_preset->findData(QString::fromLatin1(kDoubleColumn.id));
    m_preset->setCurrentIndex(preset);
    m_updating = false;
    updateSummary();
}

void PlotExportDialog::formatChosen()
{
    const FigureFormat format = FigureFormat(m_format->currentData().toInt());
    m_dpi->setEnabled(format == FigureFormat::Png);
    const QFileInfo info(filePath());
    if (!filePath().isEmpty() && figureFormatForPath(filePath()) != format)
        m_path->setText(
            QDir::toNativeSeparators(info.dir().filePath(info.completeBaseName() + u'.' + suffixOf(format))));
    updateSummary();
}

void PlotExportDialog::updateSummary()
{
    const FigureSpec current = spec();
    if (current.format == FigureFormat::Png) {
        const QSize pixels = figurePixelSize(current);
        m_summary->setText(tr("%1 × %2 pixels").arg(pixels.width()).arg(pixels.height()));
    } else {
        m_summary->setText(tr("Vector figure of %1 × %2 mm").arg(current.widthMm).arg(current.heightMm));
    }
}

void PlotExportDialog::accept()
{
    if (filePath().isEmpty()) {
        QMessageBox::warning(this, tr("Export Figure"), tr("Choose a file to export to."));
        return;
    }
    const FigureSpec current = spec();
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(QStringLiteral("format"), int(current.format));
    settings.setValue(QStringLiteral("widthMm"), current.widthMm);
    settings.setValue(QStringLiteral("heightMm"), current.heightMm);
    settings.setValue(QStringLiteral("dpi"), current.dpi);
    settings.setValue(QStringLiteral("fontPt"), current.fontPt);
    settings.setValue(QStringLiteral("csv"), current.writeCsv);
    settings.setValue(QStringLiteral("folder"), QFileInfo(filePath()).absolutePath());
    settings.endGroup();
    QDialog::accept();
}

} // namespace gb
