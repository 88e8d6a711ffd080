// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Builds the linear-Gaussian SCM of each teaching generator (docs/math.md §2).

#include "model/LinearGaussianScm.h"
#include "model/ModelSettings.h"

namespace lev::core {

class ScmFactory
{
public:
    /// The SCM for valid settings (ModelSettings::validate() is empty).
    static LinearGaussianScm build(const ModelSettings& settings);

private:
    static LinearGaussianScm proxy(const ModelSettings& s);
    static LinearGaussianScm confounder(const ModelSettings& s);
    static LinearGaussianScm latent(const ModelSettings& s);
    static LinearGaussianScm chain(const ModelSettings& s);
    static LinearGaussianScm collider(const ModelSettings& s);
};

} // namespace lev::core
