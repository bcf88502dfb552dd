#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace gb {

/// Preferences: the language of the interface (applied at the next start) and how often the
/// work is autosaved.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QComboBox *m_language;
    QSpinBox *m_autosave;
};

} // namespace gb
