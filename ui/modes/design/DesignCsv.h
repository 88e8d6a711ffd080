// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The numbers behind the designer's plots as CSV tables (C locale, 17 significant digits, empty
// cells where a value does not exist): per strategy and feature, the curves against π and n,
// the power curves and the allocation.

#include <QByteArray>
#include <QList>
#include <QString>

namespace lev::core {
struct DesignResult;
}

namespace lev::ui {

class DesignCsv
{
public:
    struct Table
    {
        QString fileName;
        QByteArray contents;
    };
    static QList<Table> tables(const core::DesignResult& result);
};

} // namespace lev::ui
