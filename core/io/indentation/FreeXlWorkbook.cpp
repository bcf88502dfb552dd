#include "io/indentation/FreeXlWorkbook.h"

#include <QCoreApplication>
#include <QFile>

#include <freexl.h>

namespace gb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FreeXlWorkbook", text);
}

QString freexlReason(int code)
{
    switch (code) {
    case FREEXL_FILE_NOT_FOUND: return tr("the file cannot be opened");
    case FREEXL_INSUFFICIENT_MEMORY: return tr("not enough memory");
    case FREEXL_INVALID_CFBF_HEADER:
    case FREEXL_CFBF_INVALID_SIGNATURE:
    case FREEXL_CFBF_INVALID_SECTOR_SIZE: return tr("not an Excel 97 (OLE/BIFF) file");
    case FREEXL_CFBF_READ_ERROR:
    case FREEXL_CFBF_SEEK_ERROR:
    case FREEXL_CFBF_EMPTY_FAT_CHAIN:
    case FREEXL_CFBF_ILLEGAL_FAT_ENTRY:
    case FREEXL_INVALID_MINI_STREAM:
    case FREEXL_CFBF_ILLEGAL_MINI_FAT_ENTRY: return tr("the OLE container is truncated or corrupt");
    case FREEXL_BIFF_INVALID_BOF:
    case FREEXL_BIFF_INVALID_SST:
    case FREEXL_BIFF_ILLEGAL_SST_INDEX:
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND: return tr("no valid Excel workbook inside the file");
    case FREEXL_INVALID_CHARACTER:
    case FREEXL_UNSUPPORTED_CHARSET: return tr("text in an unsupported character set");
    case FREEXL_CRAFTED_FILE: return tr("the file is severely corrupt");
    default: break;
    }
    return tr("libfreexl error %1").arg(code);
}

} // namespace

Result<std::shared_ptr<FreeXlWorkbook>> FreeXlWorkbook::open(const QString &path, const QString &displayName)
{
    std::shared_ptr<FreeXlWorkbook> book(new FreeXlWorkbook);
    const QByteArray encoded = QFile::encodeName(path);
    const int rc = freexl_open(encoded.constData(), &book->m_handle);
    if (rc != FREEXL_OK)
        return makeError(QStringLiteral("read_error"),
                         tr("cannot read the workbook: %1").arg(freexlReason(rc)), displayName);
    unsigned int info = 0;
    if (freexl_get_info(book->m_handle, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK &&
        info == FREEXL_BIFF_OBFUSCATED)
        return makeError(QStringLiteral("read_error"), tr("the workbook is password-protected"), displayName);
    if (freexl_get_info(book->m_handle, FREEXL_BIFF_SHEET_COUNT, &info) != FREEXL_OK)
        return makeError(QStringLiteral("read_error"), tr("cannot count the sheets of the workbook"),
                         displayName);
    book->m_sheetCount = int(info);
    return book;
}

FreeXlWorkbook::~FreeXlWorkbook()
{
    // libfreexl wants freexl_close() even after a failed open.
    if (m_handle)
        freexl_close(m_handle);
}

QString FreeXlWorkbook::sheetName(int sheet) const
{
    const char *name = nullptr;
    if (sheet < 0 || sheet >= m_sheetCount ||
        freexl_get_worksheet_name(m_handle, static_cast<unsigned short>(sheet), &name) != FREEXL_OK || !name)
        return {};
    return QString::fromUtf8(name);
}

bool FreeXlWorkbook::selectSheet(int sheet, unsigned &rows, unsigned &columns)
{
    unsigned int r = 0;
    unsigned short c = 0;
    if (sheet < 0 || sheet >= m_sheetCount ||
        freexl_select_active_worksheet(m_handle, static_cast<unsigned short>(sheet)) != FREEXL_OK ||
        freexl_worksheet_dimensions(m_handle, &r, &c) != FREEXL_OK)
        return false;
    rows = r;
    columns = c;
    return true;
}

XlsCell FreeXlWorkbook::cell(unsigned row, unsigned column) const
{
    XlsCell result;
    FreeXL_CellValue value;
    if (column > 0xFFFF ||
        freexl_get_cell_value(m_handle, row, static_cast<unsigned short>(column), &value) != FREEXL_OK)
        return result;
    switch (value.type) {
    case FREEXL_CELL_INT:
        result.kind = XlsCell::Kind::Number;
        result.number = value.value.int_value;
        break;
    case FREEXL_CELL_DOUBLE:
        result.kind = XlsCell::Kind::Number;
        result.number = value.value.double_value;
        break;
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
    case FREEXL_CELL_TIME:
        result.kind = XlsCell::Kind::Text;
        result.text = QString::fromUtf8(value.value.text_value ? value.value.text_value : "");
        break;
    default: break;
    }
    return result;
}

} // namespace gb
