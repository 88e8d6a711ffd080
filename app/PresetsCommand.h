#pragma once

#include <QStringList>

namespace lev::app {

/// `leverscope presets`: prints every bundled preset as one JSON array.
class PresetsCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace lev::app
