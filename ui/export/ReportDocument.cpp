// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "export/ReportDocument.h"

#include "io/AtomicWriter.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QUrl>

namespace lev::ui {

namespace {

/// The style sheet both formats share; QTextDocument reads the subset it knows.
const char* const kStyle =
    "body { font-family: sans-serif; font-size: 10pt; color: #000; "
    "background: #fff; }\n"
    "h1 { font-size: 17pt; margin-bottom: 2px; }\n"
    "h2 { font-size: 13pt; margin-top: 16px; margin-bottom: 4px; }\n"
    "h3 { font-size: 11pt; margin-top: 10px; margin-bottom: 3px; }\n"
    "p.meta { color: #555; margin-top: 0px; }\n"
    "table.report { border-collapse: collapse; margin: 2px 0 8px 0; width: 100%; }\n"
    "table.report th, table.report td { border: 1px solid #999; "
    "padding: 2px 6px; }\n"
    "table.report th { background-color: #e8e8e8; }\n"
    "td.number { text-align: right; }\n"
    "p.caption { color: #333; font-style: italic; margin-top: 2px; }\n";

/// The name of image `index` inside the PDF's QTextDocument.
QUrl imageResource(std::size_t index)
{
    return QUrl(QStringLiteral("report-image:%1").arg(index));
}

} // namespace

std::optional<ReportDocument::Format> ReportDocument::formatOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Format::Html;
    return std::nullopt;
}

ReportDocument::ReportDocument(const QString& title) : m_title(title)
{
}

void ReportDocument::addHeading(const QString& text)
{
    m_headings << text;
    m_blocks.emplace_back(QStringLiteral("<h2>%1</h2>\n").arg(text.toHtmlEscaped()));
}

void ReportDocument::addSubheading(const QString& text)
{
    m_blocks.emplace_back(QStringLiteral("<h3>%1</h3>\n").arg(text.toHtmlEscaped()));
}

void ReportDocument::addParagraph(const QString& text)
{
    addRichParagraph(text.toHtmlEscaped());
}

void ReportDocument::addRichParagraph(const QString& html)
{
    m_blocks.emplace_back(QStringLiteral("<p>%1</p>\n").arg(html));
}

void ReportDocument::addList(const QStringList& items)
{
    QString html = QStringLiteral("<ul>\n");
    for (const QString& item : items)
        html += QStringLiteral("<li>%1</li>\n").arg(item.toHtmlEscaped());
    m_blocks.emplace_back(html + QStringLiteral("</ul>\n"));
}

void ReportDocument::addTable(const QStringList& header, const QList<QStringList>& rows)
{
    // A number (with its unit) stays on one line, right-aligned; text wraps. A header breaks
    // only where it says ('\n'), so that no word is split.
    static const QRegularExpression number(
        QStringLiteral("^([−+-]?[0-9.]+(e[+-]?[0-9]+)?( %|×)?|–|[−-]?∞)$"));
    QString html = QStringLiteral("<table class=\"report\" width=\"100%\" border=\"1\" "
                                  "cellspacing=\"0\" cellpadding=\"3\">\n<thead><tr>");
    for (const QString& cell : header)
        html += QStringLiteral("<th style=\"white-space: nowrap\">%1</th>")
                    .arg(cell.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
    html += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const QStringList& row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString& cell : row)
            html += number.match(cell).hasMatch()
                        ? QStringLiteral("<td class=\"number\" align=\"right\" "
                                         "style=\"white-space: nowrap\">%1</td>")
                              .arg(cell.toHtmlEscaped())
                        : QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
        html += QStringLiteral("</tr>\n");
    }
    m_blocks.emplace_back(html + QStringLiteral("</tbody></table>\n"));
}

void ReportDocument::addImage(const QImage& image, const QString& caption, int width)
{
    Image block{image, {}, caption, width};
    QBuffer buffer(&block.png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    m_blocks.emplace_back(std::move(block));
}

QString ReportDocument::body(bool inlineImages) const
{
    QString html;
    std::size_t index = 0;
    for (const auto& block : m_blocks) {
        if (const auto* text = std::get_if<QString>(&block)) {
            html += *text;
            continue;
        }
        const Image& image = std::get<Image>(block);
        const QString source = inlineImages ? QStringLiteral("data:image/png;base64,") +
                                                  QString::fromLatin1(image.png.toBase64())
                                            : imageResource(index).toString();
        const int height =
            image.image.width() > 0
                ? qRound(double(image.width) * image.image.height() / image.image.width())
                : 0;
        html += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\"></p>\n"
                               "<p class=\"caption\">%4</p>\n")
                    .arg(source)
                    .arg(image.width)
                    .arg(height)
                    .arg(image.caption.toHtmlEscaped());
        ++index;
    }
    return html;
}

QByteArray ReportDocument::html() const
{
    const QString page =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<title>%1</title>\n<style>\n%2</style>\n</head>\n<body>\n"
                       "<h1>%1</h1>\n%3</body>\n</html>\n")
            .arg(m_title.toHtmlEscaped(), QLatin1String(kStyle), body(true));
    return page.toUtf8();
}

bool ReportDocument::pdf(QByteArray* contents, QString* error) const
{
    contents->clear();
    QBuffer buffer(contents);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(m_title);
    writer.setCreator(QStringLiteral("Leverscope"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    writer.setResolution(300);

    QTextDocument document;
    document.setDefaultStyleSheet(QLatin1String(kStyle));
    std::size_t index = 0;
    for (const auto& block : m_blocks)
        if (const auto* image = std::get_if<Image>(&block))
            document.addResource(QTextDocument::ImageResource, imageResource(index++),
                                 QVariant(image->image));
    document.setHtml(QStringLiteral("<h1>%1</h1>\n%2").arg(m_title.toHtmlEscaped(), body(false)));
    document.print(&writer);
    buffer.close();
    if (contents->isEmpty() || !contents->startsWith("%PDF")) {
        *error = tr("%1: the PDF could not be made").arg(m_title);
        return false;
    }
    return true;
}

bool ReportDocument::write(const QString& path, Format format, QString* error) const
{
    QByteArray contents;
    if (format == Format::Html)
        contents = html();
    else if (!pdf(&contents, error))
        return false;
    return core::AtomicWriter::write(path, contents, error);
}

} // namespace lev::ui
