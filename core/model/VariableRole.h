// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once

namespace lev::core {

/// What a variable of a structural model is to the estimator: hidden, offered as a feature, or
/// the outcome to be predicted.
enum class VariableRole
{
    Latent,
    Feature,
    Outcome
};

} // namespace lev::core
