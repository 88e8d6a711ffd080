// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "LearnerOptions.h"

#include "CommandLine.h"

namespace lev::app {

namespace {

const char* const kLearnerOnly[] = {"trees", "depth", "learning-rate", "pdp"};

} // namespace

void LearnerOptions::addTo(QCommandLineParser& parser, const QString& pdpHelp)
{
    parser.addOptions({
        {"learner",
         "xgboost: gradient-boosted trees (XGBoost, tree_method hist, every other parameter at "
         "XGBoost's defaults) instead of a linear estimator; adds the interpretation tools "
         "(mean |SHAP|, permutation importance, partial dependence) beside the truth.",
         "NAME"},
        {"trees",
         "With --learner xgboost: boosting rounds (n_estimators, 1..100000). Default: 200.", "N"},
        {"depth", "With --learner xgboost: max_depth of each tree (1..20). Default: 4.", "D"},
        {"learning-rate", "With --learner xgboost: eta, in (0, 1]. Default: 0.1.", "E"},
        {"pdp", pdpHelp, "COLUMN"},
    });
}

bool LearnerOptions::requested(const QCommandLineParser& parser)
{
    return parser.isSet("learner");
}

std::optional<core::LearnerSettings> LearnerOptions::read(const QCommandLineParser& parser,
                                                          QString* error)
{
    const QString name = parser.value("learner").trimmed();
    if (name != QLatin1String("xgboost")) {
        *error = QStringLiteral("--learner: unknown learner '%1' (xgboost)").arg(name);
        return std::nullopt;
    }
    core::LearnerSettings learner;
    const std::pair<const char*, int*> integers[] = {{"trees", &learner.trees},
                                                     {"depth", &learner.depth}};
    for (const auto& [option, target] : integers) {
        if (!parser.isSet(option))
            continue;
        const auto value = CommandLine::integer(parser, option, error);
        if (!value)
            return std::nullopt;
        if (*value < 1 || *value > (target == &learner.trees ? 100000 : 20)) {
            *error = QStringLiteral("--%1: %2 is out of range (%3)")
                         .arg(QLatin1String(option))
                         .arg(*value)
                         .arg(target == &learner.trees ? "1 to 100000" : "1 to 20");
            return std::nullopt;
        }
        *target = static_cast<int>(*value);
    }
    if (parser.isSet("learning-rate")) {
        const auto eta = CommandLine::number(parser, "learning-rate", error);
        if (!eta)
            return std::nullopt;
        if (!(*eta > 0.0 && *eta <= 1.0)) {
            *error = QStringLiteral("--learning-rate: %1 is out of range (0 < eta <= 1)")
                         .arg(parser.value("learning-rate").trimmed());
            return std::nullopt;
        }
        learner.learningRate = *eta;
    }
    return learner;
}

QString LearnerOptions::inapplicable(const QCommandLineParser& parser,
                                     const QStringList& linearOnly)
{
    if (!requested(parser)) {
        for (const char* option : kLearnerOnly)
            if (parser.isSet(option))
                return QStringLiteral("--%1 has no effect without --learner xgboost")
                    .arg(QLatin1String(option));
        return {};
    }
    for (const QString& option : linearOnly)
        if (parser.isSet(option))
            return QStringLiteral("--%1 has no effect with --learner xgboost (it belongs to the "
                                  "linear estimators)")
                .arg(option);
    return {};
}

QStringList LearnerOptions::curvedAsLatent(const QStringList& arguments, bool* curved)
{
    *curved = false;
    QStringList out = arguments;
    for (int i = 1; i < out.size(); ++i) {
        if (out[i] == QLatin1String("--")) // what follows is positional
            break;
        if ((out[i] == QLatin1String("--generator") || out[i] == QLatin1String("-generator")) &&
            i + 1 < out.size() && out[i + 1].trimmed() == QLatin1String("curved")) {
            out[i + 1] = QStringLiteral("latent");
            *curved = true;
            ++i;
        } else if (out[i] == QLatin1String("--generator=curved")) {
            out[i] = QStringLiteral("--generator=latent");
            *curved = true;
        }
    }
    return out;
}

} // namespace lev::app
