// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// Tests least squares against NIST StRD Longley (1967), the classic ill-conditioned design:
// docs/math.md §3 asks for >= 12 correct significant digits in every coefficient and standard
// error; digits = -log10(|estimate - certified| / |certified|), the NIST "LRE".

#include "estimators/PreciseLeastSquares.h"
#include "exploration/DataFit.h"
#include "io/CsvReader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

using lev::core::CsvReader;
using lev::core::CsvTable;
using lev::core::DataFit;
using lev::core::DataFitReport;
using lev::core::EstimatorKind;
using lev::core::EstimatorSettings;
using lev::core::FitStatus;
using lev::core::LeastSquaresReport;
using lev::core::PreciseLeastSquares;

namespace {

// A double carries at most ~15.95 digits; an exact match is reported as this many.
constexpr double kExactDigits = 17.0;

double correctDigits(double estimate, double certified)
{
    const double error = std::abs(estimate - certified);
    if (error == 0.0)
        return kExactDigits;
    return std::min(kExactDigits, -std::log10(error / std::abs(certified)));
}

/// The certified values, and the data, in the column order of the certificate.
struct Longley
{
    CsvTable table;
    std::vector<std::string> featureNames; ///< GNPDEFL, GNP, UNEMP, ARMED, POP, YEAR
    std::vector<int> featureColumns;
    int targetColumn = -1;
    double intercept = 0.0;
    double interceptSe = 0.0;
    std::vector<double> coefficients;
    std::vector<double> standardErrors;
    double rss = 0.0;
};

/// Reads both files; an empty string on success, else what went wrong.
QString load(Longley& longley)
{
    CsvReader reader;
    if (!reader.readFile(LEVERSCOPE_TEST_DATA "/longley.csv"))
        return QString::fromStdString(reader.errorString());
    longley.table = reader.table();

    QFile file(QStringLiteral(LEVERSCOPE_TEST_DATA "/longley_certified.json"));
    if (!file.open(QIODevice::ReadOnly))
        return file.errorString();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return error.errorString();
    const QJsonObject root = document.object();
    const QJsonObject coefficients = root.value(QStringLiteral("coefficients")).toObject();
    const QJsonObject errors = root.value(QStringLiteral("standard_errors")).toObject();
    const QString interceptKey = QStringLiteral("(intercept)");
    if (!coefficients.contains(interceptKey) || !errors.contains(interceptKey))
        return QStringLiteral("certificate has no intercept");
    longley.intercept = coefficients.value(interceptKey).toDouble();
    longley.interceptSe = errors.value(interceptKey).toDouble();
    longley.rss = root.value(QStringLiteral("residual_sum_of_squares")).toDouble();
    longley.targetColumn =
        longley.table.columnIndex(root.value(QStringLiteral("target")).toString().toStdString());
    if (longley.targetColumn < 0)
        return QStringLiteral("target column missing from the CSV");
    // QJsonObject iterates its keys sorted; the certificate's order is the CSV's column order.
    for (std::size_t c = 0; c < longley.table.columns.size(); ++c) {
        const std::string& name = longley.table.columns[c];
        if (static_cast<int>(c) == longley.targetColumn)
            continue;
        const QString key = QString::fromStdString(name);
        if (!coefficients.contains(key) || !errors.contains(key))
            return QStringLiteral("no certified value for column %1").arg(key);
        longley.featureNames.push_back(name);
        longley.featureColumns.push_back(static_cast<int>(c));
        longley.coefficients.push_back(coefficients.value(key).toDouble());
        longley.standardErrors.push_back(errors.value(key).toDouble());
    }
    return {};
}

} // namespace

class TestLongley : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void preciseLeastSquaresDigits();
    void dataFitMatchesPrecise();

private:
    Longley m_longley;
    Eigen::MatrixXd m_features;
    Eigen::VectorXd m_target;
};

void TestLongley::initTestCase()
{
    const QString problem = load(m_longley);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // NIST: 16 observations, 6 predictors, intercept.
    QCOMPARE(m_longley.table.values.rows(), Eigen::Index(16));
    QCOMPARE(m_longley.featureColumns.size(), std::size_t(6));
    m_features.resize(16, 6);
    for (int j = 0; j < 6; ++j)
        m_features.col(j) = m_longley.table.values.col(m_longley.featureColumns[j]);
    m_target = m_longley.table.values.col(m_longley.targetColumn);
}

// docs/math.md §3: >= 12 digits in every coefficient (intercept included) and every standard error;
// >= 11 in the residual sum of squares (certified to 15 digits, it is computed from residuals
// that are ~1e-4 of y, so a few more digits cancel).
void TestLongley::preciseLeastSquaresDigits()
{
    const LeastSquaresReport report = PreciseLeastSquares::fit(m_features, m_target, true);
    QVERIFY(report.identifiable);
    QCOMPARE(report.effectiveRank, 6);
    QCOMPARE(report.coefficients.size(), Eigen::Index(6));
    QCOMPARE(report.standardErrors.size(), Eigen::Index(6));
    QVERIFY(report.intercept.has_value());
    QVERIFY(report.interceptStandardError.has_value());
    QVERIFY(report.residualSumOfSquares.has_value());

    double worstCoefficient = correctDigits(*report.intercept, m_longley.intercept);
    QString worstCoefficientName = QStringLiteral("(intercept)");
    double worstError = correctDigits(*report.interceptStandardError, m_longley.interceptSe);
    QString worstErrorName = QStringLiteral("(intercept)");
    qInfo("Longley %-11s coefficient %5.2f digits, standard error %5.2f digits", "(intercept)",
          worstCoefficient, worstError);
    for (int j = 0; j < 6; ++j) {
        const QString name = QString::fromStdString(m_longley.featureNames[j]);
        const double digits = correctDigits(report.coefficients[j], m_longley.coefficients[j]);
        const double errorDigits =
            correctDigits(report.standardErrors[j], m_longley.standardErrors[j]);
        qInfo("Longley %-11s coefficient %5.2f digits, standard error %5.2f digits",
              qPrintable(name), digits, errorDigits);
        if (digits < worstCoefficient) {
            worstCoefficient = digits;
            worstCoefficientName = name;
        }
        if (errorDigits < worstError) {
            worstError = errorDigits;
            worstErrorName = name;
        }
    }
    const double rssDigits = correctDigits(*report.residualSumOfSquares, m_longley.rss);
    qInfo("Longley worst coefficient: %.2f digits (%s); worst standard error: %.2f digits (%s); "
          "residual sum of squares: %.2f digits",
          worstCoefficient, qPrintable(worstCoefficientName), worstError,
          qPrintable(worstErrorName), rssDigits);

    QVERIFY2(worstCoefficient >= 12.0, qPrintable(QStringLiteral("%1: only %2 correct digits")
                                                      .arg(worstCoefficientName)
                                                      .arg(worstCoefficient)));
    QVERIFY2(worstError >= 12.0, qPrintable(QStringLiteral("SE of %1: only %2 correct digits")
                                                .arg(worstErrorName)
                                                .arg(worstError)));
    QVERIFY2(rssDigits >= 11.0,
             qPrintable(QStringLiteral("RSS: only %1 correct digits").arg(rssDigits)));
}

// The `fit` command's path (DataFit with OLS) must be PreciseLeastSquares itself, bit for bit,
// and must report the design as ill-conditioned: the correlation matrix of the Longley
// predictors has a condition number well above 1e3 (GNP, POP and YEAR are nearly collinear;
// NIST rates Longley "higher difficulty").
void TestLongley::dataFitMatchesPrecise()
{
    EstimatorSettings ols;
    ols.kind = EstimatorKind::Ols;
    const DataFitReport report =
        DataFit::run(m_longley.table, m_longley.targetColumn, m_longley.featureColumns, ols, true);
    const LeastSquaresReport precise = PreciseLeastSquares::fit(m_features, m_target, true);
    QVERIFY2(report.status == FitStatus::Ok, report.message.c_str());
    QCOMPARE(report.rows, 16);
    QCOMPARE(report.features, m_longley.featureNames);
    QCOMPARE(report.coefficients.size(), precise.coefficients.size());
    for (Eigen::Index j = 0; j < precise.coefficients.size(); ++j) {
        // Exact equality: QCOMPARE on doubles would be fuzzy.
        QVERIFY2(report.coefficients[j] == precise.coefficients[j],
                 qPrintable(QStringLiteral("coefficient %1: %2 != %3")
                                .arg(j)
                                .arg(report.coefficients[j], 0, 'g', 17)
                                .arg(precise.coefficients[j], 0, 'g', 17)));
        QVERIFY(report.standardErrors[j] == precise.standardErrors[j]);
    }
    QVERIFY(report.interceptValue.has_value());
    QVERIFY(*report.interceptValue == *precise.intercept);
    QVERIFY(report.interceptStandardError.has_value());
    QVERIFY(*report.interceptStandardError == *precise.interceptStandardError);
    QVERIFY(report.residualSumOfSquares.has_value());
    QVERIFY(*report.residualSumOfSquares == *precise.residualSumOfSquares);

    const auto& condition = report.correlationSpectrum.conditionNumber;
    QVERIFY2(condition.has_value(), "Longley is ill-conditioned, not singular");
    qInfo("Longley condition number of the predictors' correlation matrix: %.4g", *condition);
    QVERIFY2(*condition > 1e3, qPrintable(QStringLiteral("condition number %1").arg(*condition)));
}

QTEST_GUILESS_MAIN(TestLongley)
#include "tst_longley.moc"
