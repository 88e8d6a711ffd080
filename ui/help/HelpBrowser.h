// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The help window's text browser: the guide and the glossary come from the resources
// (qrc:/help/*.html); "shortcuts.html" is made on request from the main window's actions.

#include <QPointer>
#include <QTextBrowser>

namespace lev::ui {

class HelpBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    /// The shortcut page lists the actions of `window`.
    explicit HelpBrowser(QWidget* window, QWidget* parent = nullptr);

    QVariant loadResource(int type, const QUrl& name) override;

private:
    QPointer<QWidget> m_window;
};

} // namespace lev::ui
