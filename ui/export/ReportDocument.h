// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// A report as one self-contained document: headings, paragraphs, lists, tables and images,
// written as HTML (images inline as base64 data URIs) or as PDF (the same HTML laid out by
// QTextDocument on numbered A4 pages of a QPdfWriter, no heading left at the foot of a page),
// through core::AtomicWriter. Holds no statistics.

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>
#include <vector>

namespace lev::ui {

class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(lev::ui::ReportDocument)

public:
    enum class Format
    {
        Html,
        Pdf
    };

    /// The format a file name asks for: .pdf, .html or .htm (any case); none otherwise.
    static std::optional<Format> formatOf(const QString& path);

    explicit ReportDocument(const QString& title);

    /// A section heading; the sections are listed in headings().
    void addHeading(const QString& text);
    /// A heading inside a section.
    void addSubheading(const QString& text);
    /// Plain text (escaped).
    void addParagraph(const QString& text);
    /// A paragraph that is already rich text (the caller escaped what it took from outside).
    void addRichParagraph(const QString& html);
    void addList(const QStringList& items);
    /// A table of plain text cells under a header row that repeats on every page it spans:
    /// numbers right-aligned on one line, text left-aligned; '\n' breaks a header cell.
    void addTable(const QStringList& header, const QList<QStringList>& rows);
    /// An image shown `width` layout pixels wide (about 96 per inch) with a caption below it.
    void addImage(const QImage& image, const QString& caption, int width);

    QString title() const { return m_title; }
    QStringList headings() const { return m_headings; }

    /// The whole document as HTML, images inline.
    QByteArray html() const;
    /// The document printed to PDF pages, each heading on the page of what follows it; false
    /// and `error` on failure.
    bool pdf(QByteArray* contents, QString* error) const;
    /// Writes the document in `format` to `path`, all or nothing; false and `error` on failure.
    bool write(const QString& path, Format format, QString* error) const;

private:
    struct Image
    {
        QImage image;
        QByteArray png;
        QString caption;
        int width = 0;
    };
    /// The HTML of the body; images as data URIs or as "report-image:N" resources.
    QString body(bool inlineImages) const;

    QString m_title;
    QStringList m_headings;
    std::vector<std::variant<QString, Image>> m_blocks;
};

} // namespace lev::ui
