#include "dialogs/ExtractFromNamesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gb {

ExtractFromNamesDialog::ExtractFromNamesDialog(Document *document, const QList<int> &rows, QWidget *parent)
    : QDialog(parent), m_document(document), m_rows(rows)
{
    setWindowTitle(tr("Extract from Names"));
    resize(720, 480);
    m_pattern = new QLineEdit(this);
    m_pattern->setPlaceholderText(examplePattern());
    m_pattern->setToolTip(tr("A regular expression; each named group (?<column>...) fills that column"));
    m_source = new QComboBox(this);
    m_source->addItem(tr("File names"), int(NameSource::FileName));
    m_source->addItem(tr("Curve names"), int(NameSource::CurveName));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_preview = new QTableWidget(this);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setVisible(false);
    m_preview->horizontalHeader()->setStretchLastSection(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Pattern:"), m_pattern);
    form->addRow(tr("Apply to:"), m_source);
    auto *hint = new QLabel(tr("Example: %1 reads T_a_K = 393 and t_a_s = 60 from “Vit_Ta393_ta60s.txt”.")
                                .arg(examplePattern().toHtmlEscaped()),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_status);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);

    connect(m_pattern, &QLineEdit::textChanged, this, &ExtractFromNamesDialog::updatePreview);
    connect(m_source, &QComboBox::currentIndexChanged, this, &ExtractFromNamesDialog::updatePreview);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExtractFromNamesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExtractFromNamesDialog::reject);

    QSettings settings;
    setPattern(settings.value(QStringLiteral("extractFromNames/pattern"), examplePattern()).toString());
}

QString ExtractFromNamesDialog::examplePattern()
{
    return QStringLiteral("Ta(?<T_a_K>\\d+)_ta(?<t_a_s>[\\d.]+)s");
}

void ExtractFromNamesDialog::setPattern(const QString &pattern)
{
    m_pattern->setText(pattern);
    updatePreview();
}

void ExtractFromNamesDialog::setSource(NameSource source)
{
    m_source->setCurrentIndex(m_source->findData(int(source)));
}

QList<CellEdit> ExtractFromNamesDialog::edits() const
{
    const Result<NamePattern> pattern = NamePattern::compile(m_pattern->text());
    if (!pattern.ok())
        return {};
    return extractFromNamesEdits(*m_document, *pattern, NameSource(m_source->currentData().toInt()), m_rows);
}

void ExtractFromNamesDialog::updatePreview()
{
    m_preview->clear();
    const Result<NamePattern> pattern = NamePattern::compile(m_pattern->text());
    if (!pattern.ok()) {
        m_status->setText(pattern.error().message);
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        return;
    }
    const NameSource source = NameSource(m_source->currentData().toInt());
    const QStringList columns = pattern->columns();
    m_preview->setColumnCount(int(columns.size()) + 1);
    m_preview->setHorizontalHeaderLabels(QStringList{tr("Name")} + columns);
    m_preview->setRowCount(int(m_rows.size()));
    int matched = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        const QString name = nameOfRow(*m_document, m_rows[i], source);
        m_preview->setItem(i, 0, new QTableWidgetItem(name));
        const auto cells = pattern->extract(name);
        if (cells)
            ++matched;
        for (int c = 0; c < columns.size(); ++c) {
            auto *item = new QTableWidgetItem(cells ? cells->value(columns[c]) : QString());
            if (!cells)
                item->setBackground(QColor(253, 226, 226));
            m_preview->setItem(i, c + 1, item);
        }
    }
    m_preview->resizeColumnToContents(0);
    m_status->setText(tr("%1 of %2 names match; the columns %3 will be filled.")
                          .arg(matched)
                          .arg(m_rows.size())
                          .arg(columns.join(QStringLiteral(", "))));
}

void ExtractFromNamesDialog::accept()
{
    const QList<CellEdit> changes = edits();
    if (!changes.isEmpty()) {
        m_document->editCells(changes, tr("Extract from names"));
        QSettings().setValue(QStringLiteral("extractFromNames/pattern"), m_pattern->text());
    }
    QDialog::accept();
}

} // namespace gb
