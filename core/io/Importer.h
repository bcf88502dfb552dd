#pragma once

#include "data/Dataset.h"
#include "support/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QMap>
#include <QString>
#include <QStringList>

#include <string_view>
#include <vector>

namespace gb {

/// The first bytes of a file and its name: what an importer judges a file by.
struct FileProbe {
    QString fileName; ///< name or path; only the name and suffix are looked at
    QByteArray head;  ///< first bytes as stored (up to 64 KiB)
    QByteArray text;  ///< `head` decoded to UTF-8 (see decodeText)
    /// Where the letters of `text` end (set by makeFileProbe): past it are only bytes below 'A'
    /// (digits, signs, points, commas, blanks: the numbers of a table), so a marker with a
    /// letter in it lies before letterEnd + its length (see probeContains).
    qsizetype letterEnd = 0;

    std::string_view textView() const { return std::string_view(text.constData(), std::size_t(text.size())); }
};

FileProbe makeFileProbe(const QString &fileName, const QByteArray &head);

/// Options an importer may honour. Keys are importer-specific ("delimiter", "decimal",
/// "header_row", "units_row", "column.<n>.quantity", ...); unknown keys are ignored.
using ImportOptions = QMap<QString, QString>;

struct ImportOutput {
    std::vector<DatasetPtr> datasets;
    std::vector<Diagnostic> diagnostics;
};

/// Reads one instrument file layout. Implementations are stateless and thread-safe: `read`
/// may run on many files at once. Every failure is an Error naming the file and the line;
/// nothing is thrown.
class Importer {
public:
    virtual ~Importer() = default;

    /// Stable identifier, e.g. "mettler-stare"; stored in projects.
    virtual QString id() const = 0;
    /// Name shown to people, e.g. "Mettler Toledo STARe export".
    virtual QString displayName() const = 0;
    /// File name patterns for open dialogs, e.g. {"*.txt", "*.csv"}.
    virtual QStringList filePatterns() const = 0;
    /// 0 (certainly not this format) to 100 (certainly this format).
    virtual int confidence(const FileProbe &probe) const = 0;
    /// True for a catch-all reader (generic delimited text) that any table satisfies: the
    /// registry asks it only when no format-specific importer is sure of a file.
    virtual bool isFallback() const { return false; }
    /// Reads the whole device (opened for reading by the caller). `fileName` is used in
    /// datasets and messages.
    virtual Result<ImportOutput> read(QIODevice &device, const QString &fileName,
                                      const ImportOptions &options) const = 0;
};

} // namespace gb
