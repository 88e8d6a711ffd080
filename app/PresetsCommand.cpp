// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "PresetsCommand.h"

#include "Subcommand.h"
#include "io/Preset.h"

#include <QJsonDocument>

namespace lev::app {

int PresetsCommand::run(const QStringList& arguments)
{
    Subcommand command("presets",
                       "Prints every bundled preset as one JSON array: id, title, settings (the "
                       "keys of a session's settings), three to five sentences of story, the plots "
                       "that carry it in presentation mode and, where it is not X1, the feature "
                       "of the conditioning plot. The parables are toy models, not models of the "
                       "real data.",
                       "presets");
    int exitCode = 0;
    if (!command.parse(arguments, &exitCode))
        return exitCode;
    QJsonArray presets;
    QString error;
    if (!core::Preset::allAsJson(&presets, &error))
        return command.fail(error);
    return Subcommand::printDocument(
        QJsonDocument(presets).toJson(QJsonDocument::Indented).toStdString());
}

} // namespace lev::app
