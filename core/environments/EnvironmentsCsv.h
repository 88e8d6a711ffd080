// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The numbers behind the environments mode's plots as CSV tables: anchor_path.csv (per gamma
// the population and sample weights), shift_risk.csv (per shift strength each curve's risk),
// icp.csv (per subset its p-value and verdict) and icp_features.csv (per feature its causal
// weight and ICP interval). Cells as ResultCsv writes them; empty where a value does not exist.

#include "io/ResultCsv.h"

#include <vector>

namespace lev::core {

struct EnvironmentsResult;

class EnvironmentsCsv
{
public:
    /// The tables of a valid result; the ICP tables only once ICP has run.
    static std::vector<ResultCsv::Table> tables(const EnvironmentsResult& result);
};

} // namespace lev::core
