// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "CommandLine.h"

#include "io/SettingsJson.h"

#include <algorithm>
#include <cmath>

namespace lev::app {

using core::RecomputeSettings;

void CommandLine::addGeneratorOptions(QCommandLineParser& parser,
                                      const QHash<QString, QString>& descriptions)
{
    QList<QCommandLineOption> options({
        {"generator",
         "Data generator: proxy, confounder, latent (alias manifold), chain, collider. "
         "Default: proxy.",
         "NAME"},
        {"collinearity", "Collinearity c in [0, 1). Default: 0.9.", "C"},
        {"noise", "Noise sigma >= 0 of the outcome's own equation. Default: 1.", "S"},
        {"n", "Training rows per replication (and in the displayed draw). Default: 200.", "N"},
        {"p", "Number of features (latent: default 20; confounder: default 2; others: 2 only).",
         "P"},
        {"k", "Latent dimension of the latent generator. Default: 3.", "K"},
        {"levers",
         "Latent generator: how many of the first features have causal weight b. "
         "Default: 2.",
         "L"},
        {"effect", "Causal effect b of each lever on Y. Default: 1.", "B"},
        {"confounding", "Effect g of the latent confounder Z on Y. Default: 1.", "G"},
        {"estimator", "ols, ridge, lasso or pcr. Default: ols.", "NAME"},
        {"lambda",
         "Penalty of ridge (alpha of scikit-learn Ridge) or lasso (alpha of Lasso). "
         "Default: 1.",
         "L"},
        {"components", "Principal components kept by pcr. Default: 1.", "K"},
        {"standardize", "Scale features to unit SD before fitting (ridge, lasso, pcr)."},
        {"reps", "Monte-Carlo replications R. Default: 200.", "R"},
        {"seed", "Random seed (draws and latent loadings). Default: 1.", "S"},
        {"sweep", "Comma-separated collinearity grid: adds a 'sweep' entry per value.",
         "C1,C2,..."},
        {"sweep-reps", "Replications per sweep point. Default: the same as --reps.", "R"},
        {"threads", "Worker threads for the replications. Default: all cores.", "T"},
    });
    for (QCommandLineOption& option : options)
        if (const auto found = descriptions.constFind(option.names().first());
            found != descriptions.constEnd())
            option.setDescription(*found);
    parser.addOptions(options);
}

bool CommandLine::parse(QCommandLineParser& parser, const QStringList& arguments, QString* error)
{
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error =
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first());
        return false;
    }
    return true;
}

namespace {

constexpr int kQuotedLimit = 40;
constexpr int kWordLimit = 80;
constexpr int kLineLimit = 400;

QString cut(const QString& text, int limit)
{
    if (text.size() <= limit)
        return text;
    int length = limit - 3;
    if (text.at(length - 1).isHighSurrogate())
        --length;
    return text.left(length) + QStringLiteral("...");
}

/// A quote opens after the start, a space or '(' and closes before the end, a space or
/// punctuation, so that an apostrophe inside a word ("isn't") is left alone.
bool opensQuote(const QString& text, int i)
{
    return i == 0 || text.at(i - 1) == ' ' || text.at(i - 1) == '(';
}

bool closesQuote(const QString& text, int i)
{
    return i + 1 == text.size() || QStringLiteral(" :,.;)").contains(text.at(i + 1));
}

} // namespace

QString CommandLine::shortened(const QString& message)
{
    QString text = message;
    for (QChar& c : text)
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            c = ' ';
    QString out;
    int i = 0;
    while (i < text.size()) {
        int open = text.indexOf('\'', i);
        while (open >= 0 && !opensQuote(text, open))
            open = text.indexOf('\'', open + 1);
        int close = open < 0 ? -1 : text.indexOf('\'', open + 1);
        while (close >= 0 && !closesQuote(text, close))
            close = text.indexOf('\'', close + 1);
        if (close < 0) {
            out += text.mid(i);
            break;
        }
        out += text.mid(i, open + 1 - i);
        out += cut(text.mid(open + 1, close - open - 1), kQuotedLimit + 3);
        out += '\'';
        i = close + 1;
    }
    QStringList words = out.split(' ');
    for (QString& word : words)
        word = cut(word, kWordLimit);
    return cut(words.join(' ').trimmed(), kLineLimit);
}

std::optional<double> CommandLine::number(const QCommandLineParser& parser, const QString& name,
                                          QString* error)
{
    const QString text = parser.value(name).trimmed();
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        *error = QStringLiteral("--%1: '%2' is not a finite number").arg(name, text);
        return std::nullopt;
    }
    return value;
}

std::optional<long long> CommandLine::integer(const QCommandLineParser& parser, const QString& name,
                                              QString* error)
{
    const QString text = parser.value(name).trimmed();
    bool ok = false;
    const long long value = text.toLongLong(&ok);
    if (!ok) {
        *error = QStringLiteral("--%1: '%2' is not a whole number").arg(name, text);
        return std::nullopt;
    }
    return value;
}

std::optional<std::uint64_t> CommandLine::seed(const QCommandLineParser& parser, QString* error)
{
    const QString text = parser.value("seed").trimmed();
    const bool negative = text.startsWith(QLatin1Char('-'));
    const QString digits = negative || text.startsWith(QLatin1Char('+')) ? text.mid(1) : text;
    const bool whole = !digits.isEmpty() && std::all_of(digits.begin(), digits.end(), [](QChar ch) {
        return ch >= QLatin1Char('0') && ch <= QLatin1Char('9');
    });
    if (!whole) {
        *error = QStringLiteral("--seed: '%1' is not a whole number").arg(text);
        return std::nullopt;
    }
    const auto seed = negative ? std::nullopt : core::SettingsJson::parseSeed(digits);
    if (!seed) {
        *error = QStringLiteral("--seed: %1 is out of range (0 to %2)")
                     .arg(text)
                     .arg(qulonglong{core::SettingsJson::kMaxSeed});
        return std::nullopt;
    }
    return seed;
}

namespace {

bool fitsInt(long long value)
{
    return value >= -2147483647LL && value <= 2147483647LL;
}

} // namespace

std::optional<RecomputeSettings> CommandLine::generatorSettings(const QCommandLineParser& parser,
                                                                QString* error)
{
    core::GeneratorKind kind = core::GeneratorKind::Proxy;
    if (parser.isSet("generator")) {
        const auto parsed = core::generatorFromName(parser.value("generator").toStdString());
        if (!parsed) {
            *error = QStringLiteral("--generator: unknown generator '%1' (proxy, confounder, "
                                    "latent, chain, collider)")
                         .arg(parser.value("generator"));
            return std::nullopt;
        }
        kind = *parsed;
    }
    RecomputeSettings settings = RecomputeSettings::defaultsFor(kind);

    const std::pair<const char*, double*> numbers[] = {
        {"collinearity", &settings.model.collinearity},
        {"noise", &settings.model.noise},
        {"effect", &settings.model.effect},
        {"confounding", &settings.model.confounding},
        {"lambda", &settings.estimator.lambda},
    };
    for (const auto& [name, target] : numbers) {
        if (!parser.isSet(name))
            continue;
        const auto value = number(parser, name, error);
        if (!value)
            return std::nullopt;
        *target = *value;
    }
    const std::pair<const char*, int*> integers[] = {
        {"n", &settings.n},
        {"p", &settings.model.features},
        {"k", &settings.model.latentDimension},
        {"levers", &settings.model.levers},
        {"components", &settings.estimator.components},
        {"reps", &settings.replications},
        {"sweep-reps", &settings.sweepReplications},
        {"threads", &settings.threads},
    };
    for (const auto& [name, target] : integers) {
        if (!parser.isSet(name))
            continue;
        const auto value = integer(parser, name, error);
        if (!value)
            return std::nullopt;
        if (!fitsInt(*value)) {
            *error = QStringLiteral("--%1: %2 is out of range").arg(name).arg(*value);
            return std::nullopt;
        }
        *target = static_cast<int>(*value);
    }
    if (parser.isSet("seed")) {
        const auto seed = CommandLine::seed(parser, error);
        if (!seed)
            return std::nullopt;
        settings.seed = *seed;
    }
    settings.model.loadingSeed = settings.seed;
    if (parser.isSet("estimator")) {
        const auto estimator = core::estimatorFromName(parser.value("estimator").toStdString());
        if (!estimator) {
            *error = QStringLiteral("--estimator: unknown estimator '%1' (ols, ridge, lasso, pcr)")
                         .arg(parser.value("estimator"));
            return std::nullopt;
        }
        settings.estimator.kind = *estimator;
    }
    settings.estimator.standardize = parser.isSet("standardize");
    if (parser.isSet("sweep")) {
        for (const QString& item : parser.value("sweep").split(',')) {
            bool ok = false;
            const double c = item.trimmed().toDouble(&ok);
            if (!ok || !std::isfinite(c)) {
                *error = QStringLiteral("--sweep: '%1' is not a number").arg(item.trimmed());
                return std::nullopt;
            }
            settings.sweep.push_back(c);
        }
    }
    if (const std::string problem = settings.validate(); !problem.empty()) {
        *error = QString::fromStdString(problem);
        return std::nullopt;
    }
    return settings;
}

QList<CommandLine::IneffectiveOption>
CommandLine::ineffectiveOptions(const QCommandLineParser& parser, const RecomputeSettings& settings,
                                bool sweepComputed)
{
    using core::EstimatorKind;
    using core::GeneratorKind;
    const EstimatorKind estimator = settings.estimator.kind;
    const GeneratorKind generator = settings.model.generator;
    const QString withEstimator =
        QStringLiteral("--estimator ") + QString::fromStdString(core::estimatorName(estimator));
    const QString withGenerator =
        QStringLiteral("--generator ") + QString::fromStdString(core::generatorName(generator));
    struct Rule
    {
        const char* option;
        bool applies;
        const QString& context;
        const char* what;
    };
    const Rule rules[] = {
        {"lambda", estimator == EstimatorKind::Ridge || estimator == EstimatorKind::Lasso,
         withEstimator, "it is the penalty of ridge and lasso"},
        {"components", estimator == EstimatorKind::Pcr, withEstimator,
         "it is the number of components of pcr"},
        {"standardize", estimator != EstimatorKind::Ols, withEstimator,
         "OLS weights in the original units do not depend on the features' scale"},
        {"k", generator == GeneratorKind::Latent, withGenerator,
         "it is the latent generator's dimension"},
        {"levers", generator == GeneratorKind::Latent, withGenerator,
         "it counts the latent generator's features with effect b"},
        {"confounding", generator == GeneratorKind::Confounder, withGenerator,
         "it is the confounder generator's effect g of Z on Y"},
    };
    QList<IneffectiveOption> ineffective;
    for (const Rule& rule : rules)
        if (!rule.applies && parser.isSet(rule.option))
            ineffective.append(
                {QLatin1String(rule.option),
                 QStringLiteral("--%1 has no effect with %2: %3")
                     .arg(QLatin1String(rule.option), rule.context, QLatin1String(rule.what))});
    if (!sweepComputed && parser.isSet("sweep-reps"))
        ineffective.append({QStringLiteral("sweep-reps"),
                            QStringLiteral("--sweep-reps has no effect without --sweep")});
    return ineffective;
}

} // namespace lev::app
