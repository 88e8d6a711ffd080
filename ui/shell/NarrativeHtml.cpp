// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "shell/NarrativeHtml.h"

namespace lev::ui {

QString NarrativeHtml::story(const QString& title, const QStringList& story)
{
    return QStringLiteral("<p><b>%1</b><br>%2</p>")
        .arg(title.toHtmlEscaped(), story.join(QLatin1Char(' ')).toHtmlEscaped());
}

QString NarrativeHtml::list(const QStringList& sentences, int italic)
{
    QString html = QStringLiteral("<ul style='margin-left:-20px'>");
    for (int i = 0; i < int(sentences.size()); ++i)
        html += (i < italic ? QStringLiteral("<li><i>%1</i></li>") : QStringLiteral("<li>%1</li>"))
                    .arg(sentences.at(i).toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

} // namespace lev::ui
