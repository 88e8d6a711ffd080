// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The text of a PDF file's pages as poppler's pdftotext reads it (NFKC, so that ligatures read as
// their letters), and the pages that end with a heading: for the tests of the report.

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace lev::test {

/// The text of `path`'s pages `first` to `last` (from 1; 0: every page), a line break between
/// pages; empty when pdftotext fails.
inline QString pdfText(const QString& path, int first = 0, int last = 0)
{
    QProcess process;
    QStringList arguments;
    if (first > 0)
        arguments << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l")
                  << QString::number(last);
    process.start(QStringLiteral("pdftotext"), arguments << path << QStringLiteral("-"));
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .replace(QLatin1Char('\f'), QLatin1Char('\n')); // the form feed between pages
}

/// The number of pages of `path` (pdfinfo), or -1.
inline int pdfPages(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return -1;
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                           .match(QString::fromUtf8(process.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

/// "page K ends with 'HEADING'" for each page of `path` whose last line, the page number
/// ("K / N") aside, is one of `headings`; "page K is empty" for a page without text.
inline QStringList pagesEndingWithAHeading(const QString& path, const QStringList& headings)
{
    static const QRegularExpression pageNumber(QStringLiteral("^\\d+ ?/ ?\\d+$"));
    QStringList problems;
    const int pages = pdfPages(path);
    for (int k = 1; k <= pages; ++k) {
        QString last;
        for (const QString& line : pdfText(path, k, k).split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty() && !pageNumber.match(line.trimmed()).hasMatch())
                last = line.trimmed();
        if (last.isEmpty())
            problems << QStringLiteral("page %1 is empty").arg(k);
        else if (headings.contains(last))
            problems << QStringLiteral("page %1 ends with '%2'").arg(k).arg(last);
    }
    return problems;
}

} // namespace lev::test
