#pragma once
// A tiny instrument format for tests of projects and the window, so that they do not depend on
// any real importer: a first line "#xy-test", optional "curve: NAME" lines that start a new
// curve, and "x y" number pairs (x temperature in K, y heat flow in mW).

#include "io/ImporterRegistry.h"

#include <QIODevice>
#include <QTextStream>

#include <memory>

namespace gb::test {

class XyTestImporter : public Importer {
public:
    QString id() const override { return QStringLiteral("xy-test"); }
    QString displayName() const override { return QStringLiteral("XY test format"); }
    QStringList filePatterns() const override { return {QStringLiteral("*.xy")}; }
    int confidence(const FileProbe &probe) const override
    {
        return probe.text.startsWith("#xy-test") ? 90 : 0;
    }
    Result<ImportOutput> read(QIODevice &device, const QString &fileName,
                              const ImportOptions &options) const override
    {
        ImportOutput output;
        std::shared_ptr<Dataset> current;
        const double scale = options.value(QStringLiteral("scale"), QStringLiteral("1")).toDouble();
        auto finish = [&] {
            if (current && !current->columns[0].values.empty())
                output.datasets.push_back(current);
            current.reset();
        };
        auto start = [&](const QString &name) {
            finish();
            current = std::make_shared<Dataset>();
            current->sourceFile = fileName;
            current->formatId = id();
            current->curveName = name;
            current->segment = int(output.datasets.size()) + 1;
            current->columns = {
                Column{
                    QStringLiteral("T"), Quantity::Temperature, QStringLiteral("K"), QStringLiteral("K"), {}},
                Column{QStringLiteral("Heat flow"),
                       Quantity::HeatFlow,
                       QStringLiteral("mW"),
                       QStringLiteral("mW"),
                       {}}};
        };
        QTextStream in(&device);
        qint64 line = 0;
        while (!in.atEnd()) {
            const QString text = in.readLine().trimmed();
            ++line;
            if (text.isEmpty() || text.startsWith(u'#'))
                continue;
            if (text.startsWith(QLatin1String("curve:"))) {
                start(text.mid(6).trimmed());
                continue;
            }
            if (!current)
                start(QString());
            const QStringList fields = text.split(u' ', Qt::SkipEmptyParts);
            bool okX = false, okY = false;
            const double x = fields.value(0).toDouble(&okX);
            const double y = fields.value(1).toDouble(&okY);
            if (fields.size() != 2 || !okX || !okY) {
                output.diagnostics.push_back(Diagnostic{Severity::Warning, QStringLiteral("bad_row"),
                                                        QStringLiteral("not two numbers"), fileName, line,
                                                        1});
                continue;
            }
            auto *dataset = current.get();
            dataset->columns[0].values.push_back(x);
            dataset->columns[1].values.push_back(y * scale);
        }
        finish();
        return output;
    }
};

/// A registry holding only the XY test importer.
inline const ImporterRegistry &xyTestRegistry()
{
    static const ImporterRegistry *registry = [] {
        auto *r = new ImporterRegistry;
        r->add(std::make_unique<XyTestImporter>());
        return r;
    }();
    return *registry;
}

/// The text of an XY test file with one curve per entry of `curves`, each a peak-shaped
/// series of `points` points whose height is the curve's number (so every curve differs).
inline QByteArray xyTestFile(const QStringList &curves, int points = 50)
{
    QByteArray text = "#xy-test\n";
    for (int c = 0; c < curves.size(); ++c) {
        if (!curves[c].isEmpty())
            text += "curve: " + curves[c].toUtf8() + '\n';
        for (int i = 0; i < points; ++i) {
            const double x = 300.0 + i * 0.5;
            const double y = (c + 1) * 0.1 / (1.0 + (x - 312.0) * (x - 312.0) / 9.0) - 0.01 * i / points;
            text += QByteArray::number(x, 'g', 17) + ' ' + QByteArray::number(y, 'g', 17) + '\n';
        }
    }
    return text;
}

} // namespace gb::test
