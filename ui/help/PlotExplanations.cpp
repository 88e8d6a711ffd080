// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "help/PlotExplanations.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWidget>

namespace lev::ui {

namespace {

const QString kTable = QStringLiteral(":/help/plots.json");

QJsonObject table()
{
    QFile file(kTable);
    const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT_X(opened, "PlotExplanations", "the help resources are compiled in");
    if (!opened)
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    Q_ASSERT_X(error.error == QJsonParseError::NoError, "PlotExplanations",
               "resources/help/plots.json is valid JSON");
    return document.object();
}

PlotExplanations::Explanation explanationIn(const QJsonObject& table, const QString& name)
{
    const QJsonObject entry = table.value(name).toObject();
    return {entry.value(QStringLiteral("toolTip")).toString(),
            entry.value(QStringLiteral("whatsThis")).toString()};
}

} // namespace

PlotExplanations::Explanation PlotExplanations::of(const QString& objectName)
{
    return explanationIn(table(), objectName);
}

QStringList PlotExplanations::apply(const QList<QWidget*>& plots)
{
    const QJsonObject all = table();
    QStringList missing;
    for (QWidget* plot : plots) {
        const Explanation explanation = explanationIn(all, plot->objectName());
        if (explanation.isEmpty()) {
            missing << plot->objectName();
            continue;
        }
        plot->setToolTip(explanation.toolTip);
        plot->setWhatsThis(explanation.whatsThis);
    }
    return missing;
}

} // namespace lev::ui
