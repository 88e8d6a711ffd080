// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// libFuzzer target: SessionFile::parse on arbitrary bytes must accept only settings that
// validate, or refuse with a one-line message naming the source; never crash or hang.

#include "io/SessionFile.h"

#include <QByteArray>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char*>(data), static_cast<int>(size));
    lev::core::RecomputeSettings settings;
    QString error;
    if (lev::core::SessionFile::parse(text, QStringLiteral("fuzz.leverscope"), &settings, &error)) {
        if (!settings.validate().empty())
            std::abort();
        // What was accepted must survive a round trip unchanged.
        lev::core::RecomputeSettings again;
        if (!lev::core::SessionFile::parse(lev::core::SessionFile::serialize(settings),
                                           QStringLiteral("again"), &again, &error) ||
            !(again == settings))
            std::abort();
    } else if (error.isEmpty() || error.contains('\n') || !error.startsWith("fuzz.leverscope")) {
        std::abort();
    }
    return 0;
}
