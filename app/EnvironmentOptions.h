// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The options of `leverscope fit` for data from several environments (docs/math.md §10):
// --anchors with --gamma (anchor regression) and --environment with --icp and --alpha
// (invariant causal prediction); their checks, and their JSON sections.

#include "io/CsvTable.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <optional>
#include <string>
#include <vector>

namespace lev::app {

class EnvironmentOptions
{
public:
    static QList<QCommandLineOption> options();

    /// Reads the options; false and `error` (a usage error, exit 2) when they are misused.
    bool read(const QCommandLineParser& parser, QString* error);
    /// Whether anchor regression or ICP was asked for.
    bool requested() const { return m_anchorRegression || m_icp; }
    /// Whether `column` is an anchor or the environment: never a feature by default.
    bool usesColumn(const std::string& column) const;

    /// Runs the methods asked for on the rows of `file` complete in the `chosen` columns (the
    /// features, then the target) and in the anchors and environment. The JSON object with the
    /// "anchor_regression" and "icp" keys, or std::nullopt with `error` and `exitCode` set.
    std::optional<std::string> run(const core::CsvTable& file, const std::vector<int>& chosen,
                                   bool dropMissing, QString* error, int* exitCode) const;

private:
    bool m_anchorRegression = false;
    bool m_icp = false;
    std::vector<std::string> m_anchors;
    std::string m_environment;
    double m_gamma = 5.0;
    double m_alpha = 0.05;
};

} // namespace lev::app
