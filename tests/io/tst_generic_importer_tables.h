#pragma once
// Data tables of tst_generic_importer: the inputs made in memory and the rows of its
// data-driven tests (each addXxxRows() declares its columns and adds its rows).

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace gb::test {

/// A testing-machine export: Chinese names, a units row in parentheses, UTF-8, comma, CRLF.
QByteArray chineseTestingMachineText();
/// Twelve rows of three comma-separated columns, header on line 1; line n holds row n - 2.
QByteArray twelveRowTable();
/// "a|b|" -> {"a", "b", ""}: short lists of names, units and role ids.
QStringList bars(const char *text);

void addMethodsTableRows(); ///< methods.md §6.5 P7–P13 and neighbours
void addLayoutRows();       ///< what sniffDelimitedTable must find
void addHeaderFormRows();   ///< Name (unit), Name [unit], Name/unit, units rows, other languages
void addOptionRows();       ///< ImportOptions honoured
void addBadInputRows();     ///< errors and counted warnings, with their lines

} // namespace gb::test
