// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// A mode page's centre, the same in every mode: presentation mode's headline (the story's title
// in large type, the current state beside it, the story below; hidden outside presentation mode)
// above the page's plots, each plot with the export menu reporting to the page's status line.

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>

class QAction;
class QCustomPlot;
class QKeySequence;
class QLabel;
class QWidget;

namespace lev::ui {

class ModePage;

class PresentationLayout : public QObject
{
    Q_OBJECT

public:
    /// Lays out `page`: the headline (object name `headlineName`) above `plots`. Each of
    /// `exportable` gets the right-click export menu, its dialogs over `window`.
    PresentationLayout(ModePage* page, QWidget* plots, const QList<QCustomPlot*>& exportable,
                       QWidget* window, const QString& headlineName);

    /// Shows the headline (on) or hides it; the page shows its story's plots itself.
    void setPresenting(bool on);
    bool isPresenting() const { return m_presenting; }
    /// The headline: `title` large and bold, `state` beside it in grey, `body` below, all in
    /// PlotStyle's current scale.
    void setHeadline(const QString& title, const QString& state, const QStringList& body);
    QLabel* headline() const { return m_headline; }

    /// A window-wide key that works in presentation mode only (where no text field has the
    /// focus): the window enables keys() there.
    void addKey(const QKeySequence& key, const std::function<void()>& triggered);
    void addKeys(const QList<QAction*>& keys) { m_keys << keys; }
    const QList<QAction*>& keys() const { return m_keys; }

private:
    QLabel* m_headline = nullptr;
    QList<QAction*> m_keys;
    bool m_presenting = false;
};

} // namespace lev::ui
