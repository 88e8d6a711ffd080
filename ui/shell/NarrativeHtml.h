// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The "What to notice" pane's HTML, the same in every mode: a preset's title and story as a
// paragraph, the sentences about the current result as a list.

#include <QString>
#include <QStringList>

namespace lev::ui {

class NarrativeHtml
{
public:
    /// "<p><b>title</b><br>story</p>", escaped.
    static QString story(const QString& title, const QStringList& story);
    /// The sentences as a list, escaped; the first `italic` of them in italics.
    static QString list(const QStringList& sentences, int italic = 0);
};

} // namespace lev::ui
