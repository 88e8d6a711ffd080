// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "export/ReportDocument.h"

#include "io/AtomicWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QUrl>

#include <cmath>

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

/// Device pixels (at 300 per inch) kept off the foot of a page's clip.
constexpr double kPageEdge = 1.0;

/// The name of image `index` inside the PDF's QTextDocument.
QUrl imageResource(std::size_t index)
{
    return QUrl(QStringLiteral("report-image:%1").arg(index));
}

/// The page (from 0) of the top of `block`'s first or last line in a paginated document.
int pageOf(const QTextDocument& document, const QTextBlock& block, bool lastLine)
{
    const QTextLayout* layout = block.layout();
    const QRectF bounds = document.documentLayout()->blockBoundingRect(block);
    double top = bounds.top();
    if (layout && layout->lineCount() > 0) // a line moved to the next page keeps its block's top
        top += layout->lineAt(lastLine ? layout->lineCount() - 1 : 0).y();
    return static_cast<int>(std::floor(top / document.pageSize().height()));
}

/// Breaks the page before each heading that would be the last thing on its page, so that a
/// heading stays with what follows it (a run of headings moves together).
void keepHeadingsWithWhatFollows(QTextDocument* document)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        QTextBlock follows = block.next();
        while (follows.isValid() && follows.blockFormat().headingLevel() > 0)
            follows = follows.next();
        if (!follows.isValid() ||
            pageOf(*document, follows, false) == pageOf(*document, block, true))
            continue;
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
        // The whole document laid out anew: an edit lays out only part of a paginated one,
        // and leaves later blocks unlaid (not drawn).
        document->setPageSize(document->pageSize());
    }
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
    // Laid out on the writer's pages (its pixels; images keep their size in inches), less a
    // line at the foot for the page number.
    document.documentLayout()->setPaintDevice(&writer);
    document.setDocumentMargin(0);
    document.setHtml(QStringLiteral("<h1>%1</h1>\n%2").arg(m_title.toHtmlEscaped(), body(false)));
    const QFontMetricsF footerFont(document.defaultFont(), &writer);
    const double footer = 2.0 * footerFont.height();
    const QSizeF page(writer.width(), writer.height() - footer);
    document.setPageSize(page);
    keepHeadingsWithWhatFollows(&document);

    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("%1: the PDF could not be made").arg(m_title);
        return false;
    }
    painter.setFont(document.defaultFont());
    const int pages = document.pageCount();
    for (int k = 0; k < pages; ++k) {
        if (k > 0)
            writer.newPage();
        painter.save();
        painter.translate(0.0, -k * page.height());
        // A block that starts exactly at the next page's top is that page's: the layout draws
        // what touches the clip, and text drawn clipped would still be in the page's text.
        document.drawContents(
            &painter, QRectF(0.0, k * page.height(), page.width(), page.height() - kPageEdge));
        painter.restore();
        painter.drawText(QRectF(0.0, page.height(), page.width(), footer),
                         Qt::AlignRight | Qt::AlignBottom, tr("%1 / %2").arg(k + 1).arg(pages));
    }
    painter.end();
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
