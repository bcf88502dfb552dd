#pragma once

#include "support/Result.h"

#include <QString>

#include <memory>

namespace gb {

/// One cell of an Excel 97 (BIFF) sheet as libfreexl reports it.
struct XlsCell {
    enum class Kind { Empty, Number, Text };
    Kind kind = Kind::Empty;
    double number = 0.0; ///< for Number (integers too)
    QString text;        ///< for Text; dates and times come as text ("2019-04-29", "01:58:37")
};

/// A read-only `.xls` workbook opened with libfreexl. Not copyable; closes the file when
/// destroyed. One object must not be used from two threads at once; separate objects may.
class FreeXlWorkbook {
public:
    /// Opens `path` (a file on disk: libfreexl reads by path). Errors name the file and say
    /// why libfreexl refused it (not a BIFF file, corrupt, password-protected, ...).
    static Result<std::shared_ptr<FreeXlWorkbook>> open(const QString &path, const QString &displayName);

    FreeXlWorkbook(const FreeXlWorkbook &) = delete;
    FreeXlWorkbook &operator=(const FreeXlWorkbook &) = delete;
    ~FreeXlWorkbook();

    int sheetCount() const { return m_sheetCount; }
    QString sheetName(int sheet) const;
    /// Makes `sheet` the one cell() reads and returns its size; false when libfreexl cannot.
    bool selectSheet(int sheet, unsigned &rows, unsigned &columns);
    /// Cell of the selected sheet (0-based row and column); Empty when out of range.
    XlsCell cell(unsigned row, unsigned column) const;

private:
    FreeXlWorkbook() = default;
    const void *m_handle = nullptr;
    int m_sheetCount = 0;
};

} // namespace gb
