// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "help/HelpWindow.h"

#include "help/HelpBrowser.h"

#include <QHBoxLayout>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace lev::ui {

HelpWindow::HelpWindow(QWidget* mainWindow) : QWidget(mainWindow, Qt::Window)
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("Leverscope Help"));
    setAttribute(Qt::WA_DeleteOnClose, false); // closing hides it; F1 brings it back
    m_browser = new HelpBrowser(mainWindow, this);

    auto* bar = new QHBoxLayout;
    auto button = [this, bar](const QString& text, const QString& name) {
        auto* b = new QToolButton(this);
        b->setText(text);
        b->setObjectName(name);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bar->addWidget(b);
        return b;
    };
    QToolButton* back = button(tr("\u2190 Back"), QStringLiteral("helpBack"));
    QToolButton* forward = button(tr("Forward \u2192"), QStringLiteral("helpForward"));
    back->setEnabled(false);
    forward->setEnabled(false);
    connect(back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QWidget::setEnabled);
    bar->addSpacing(12);
    const std::pair<Page, QString> pages[] = {{Page::Guide, tr("&Guide")},
                                              {Page::Shortcuts, tr("&Keyboard Shortcuts")},
                                              {Page::Glossary, tr("G&lossary")}};
    for (const auto& [page, text] : pages) {
        QToolButton* b = button(text, QStringLiteral("helpPage") + url(page).fileName());
        connect(b, &QToolButton::clicked, this, [this, page = page]() { showPage(page); });
    }
    bar->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);
    resize(680, 760);
}

QUrl HelpWindow::url(Page page)
{
    switch (page) {
    case Page::Guide:
        return QUrl(QStringLiteral("qrc:/help/guide.html"));
    case Page::Shortcuts:
        return QUrl(QStringLiteral("qrc:/help/shortcuts.html"));
    case Page::Glossary:
        return QUrl(QStringLiteral("qrc:/help/glossary.html"));
    }
    return {};
}

void HelpWindow::showPage(Page page)
{
    const QUrl target = url(page);
    if (m_browser->source() == target)
        m_browser->reload(); // the shortcuts may have changed
    else
        m_browser->setSource(target);
    show();
    raise();
    activateWindow();
}

} // namespace lev::ui
