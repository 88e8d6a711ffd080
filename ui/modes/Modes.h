// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The list of modes: one entry per mode folder. The first is the page the window starts on
// and returns to. Adding a mode is a folder under ui/modes plus one line in Modes.cpp.

#include <QList>

class QWidget;

namespace lev::ui {

class ModePage;
class SessionState;

class Modes
{
public:
    /// Creates every mode's page, observing `state`; dialogs open over `window`.
    static QList<ModePage*> create(SessionState& state, QWidget* window);
};

} // namespace lev::ui
