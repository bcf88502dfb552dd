#include "SettingsDialog.h"

#include "AutosaveManager.h"
#include "Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gb {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_autosave(new QSpinBox(this))
{
    setWindowTitle(tr("Settings"));
    m_language->addItem(tr("System language"), QString());
    for (const QString &code : Translations::languages())
        m_language->addItem(Translations::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(Translations::chosen())));
    m_autosave->setRange(0, 60);
    m_autosave->setSuffix(tr(" min"));
    m_autosave->setSpecialValueText(tr("Off"));
    m_autosave->setValue(AutosaveManager::intervalMinutes());
    auto *form = new QFormLayout;
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Autosave every:"), m_autosave);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

void SettingsDialog::accept()
{
    const QString language = m_language->currentData().toString();
    if (language != Translations::chosen()) {
        Translations::choose(language);
        QMessageBox::information(this, tr("Settings"),
                                 tr("The new language is used from the next start of Glassbench."));
    }
    AutosaveManager::setIntervalMinutes(m_autosave->value());
    QDialog::accept();
}

} // namespace gb
