// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The built-in guide: a non-modal window beside the main one, a text browser on three pages
// (the guide, the keyboard shortcuts, the glossary) with back and forward.

#include <QUrl>
#include <QWidget>

namespace lev::ui {

class HelpBrowser;

class HelpWindow : public QWidget
{
    Q_OBJECT

public:
    enum class Page
    {
        Guide,
        Shortcuts,
        Glossary
    };

    /// A window of its own, owned by `mainWindow`, whose shortcuts it lists.
    explicit HelpWindow(QWidget* mainWindow);

    /// Shows the page (and the window, raised).
    void showPage(Page page);
    static QUrl url(Page page);
    HelpBrowser* browser() const { return m_browser; }

private:
    HelpBrowser* m_browser = nullptr;
};

} // namespace lev::ui
