#pragma once

#include "plot/PlotExport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace gb {

/// Asks where and how to export a figure: file and format (PDF, SVG, PNG), a journal preset
/// (single column 85 mm, double column 175 mm, custom) or a custom size, 300 or 600 dpi for
/// PNG, font size, and whether to write the plotted data as CSV beside it. Remembers the last
/// choices (QSettings).
class PlotExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit PlotExportDialog(const QString &suggestedName, QWidget *parent = nullptr);

    FigureSpec spec() const;
    QString filePath() const;
    void setFilePath(const QString &path);
    void setSpec(const FigureSpec &spec);

    void accept() override;

private:
    void browse();
    void presetChosen();
    void formatChosen();
    void sizeEdited();
    void updateSummary();

    QLineEdit *m_path = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_preset = nullptr;
    QDoubleSpinBox *m_width = nullptr;
    QDoubleSpinBox *m_height = nullptr;
    QComboBox *m_dpi = nullptr;
    QDoubleSpinBox *m_font = nullptr;
    QCheckBox *m_csv = nullptr;
    QLabel *m_summary = nullptr;
    bool m_updating = false;
};

} // namespace gb
