// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "io/DataExample.h"

namespace lev::core {

const std::vector<DataExample>& DataExample::all()
{
    static const std::vector<DataExample> examples{
        {"longley", "Longley (1967): employment and six economic series", ":/examples/longley.csv",
         "TOTEMP",
         "Longley (1967): total US employment 1947\u20131962 against six macroeconomic series "
         "that all move together over those years (GNP deflator, GNP, unemployment, armed "
         "forces, population, year). Famous for breaking least-squares programs: the computers "
         "of the day printed weights with few or no correct digits. NIST keeps certified "
         "values for it (StRD); the data are public domain."},
    };
    return examples;
}

std::optional<DataExample> DataExample::byId(const std::string& id)
{
    for (const DataExample& example : all())
        if (example.id == id)
            return example;
    return std::nullopt;
}

} // namespace lev::core
