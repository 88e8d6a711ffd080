// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// Tests the HC3 standard errors against statsmodels (cov_type="HC3") on stack loss and Longley
// (tests/data/hc3_reference.json, written by make_hc3_reference.py) and against the closed form
// of a mean: se = sqrt(sum e_i^2 / (1 - 1/n)^2) / n.

#include "diagnostics/RobustStandardErrors.h"
#include "io/CsvReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using lev::core::RobustStandardErrors;
using lev::core::RobustStandardErrorsReport;

class TestHc3 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statsmodels_data();
    void statsmodels();
    void meanClosedForm();
    void leverageOneIsRefused();

private:
    QJsonObject m_cases;
};

void TestHc3::initTestCase()
{
    QFile file(QStringLiteral(LEVERSCOPE_TEST_DATA "/hc3_reference.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    m_cases = QJsonDocument::fromJson(file.readAll()).object().value("cases").toObject();
    QCOMPARE(m_cases.size(), 2);
}

void TestHc3::statsmodels_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<double>("tolerance");
    QTest::newRow("stack loss") << QStringLiteral("stackloss.csv") << 1e-10;
    // Longley's design has condition number ~1e8 (unit columns: 43275^2 in X^T X): statsmodels'
    // pseudo-inverse agrees to about 9 digits.
    QTest::newRow("Longley") << QStringLiteral("longley.csv") << 1e-7;
}

void TestHc3::statsmodels()
{
    QFETCH(QString, file);
    QFETCH(double, tolerance);
    const QJsonObject expected = m_cases.value(file).toObject();
    QVERIFY(!expected.isEmpty());
    lev::core::CsvReader reader;
    QVERIFY(reader.readFile((QStringLiteral(LEVERSCOPE_TEST_DATA "/") + file).toStdString()));
    const auto& table = reader.table();
    const QJsonArray features = expected.value("features").toArray();
    Eigen::MatrixXd x(table.values.rows(), features.size());
    for (int k = 0; k < features.size(); ++k) {
        const int j = table.columnIndex(features[k].toString().toStdString());
        QVERIFY(j >= 0);
        x.col(k) = table.values.col(j);
    }
    const int target = table.columnIndex(expected.value("target").toString().toStdString());
    QVERIFY(target >= 0);
    const RobustStandardErrorsReport r =
        RobustStandardErrors::hc3(x, table.values.col(target), true);
    QVERIFY2(r.ok, r.message.c_str());
    const auto check = [&](double actual, double reference, const QString& what) {
        QVERIFY2(std::abs(actual / reference - 1.0) <= tolerance,
                 qPrintable(QStringLiteral("%1: %2 vs statsmodels %3")
                                .arg(what)
                                .arg(actual, 0, 'g', 17)
                                .arg(reference, 0, 'g', 17)));
    };
    QVERIFY(r.intercept);
    check(*r.intercept, expected.value("intercept_se").toDouble(), QStringLiteral("intercept"));
    const QJsonObject se = expected.value("standard_errors").toObject();
    for (int k = 0; k < features.size(); ++k)
        check(r.coefficients(k), se.value(features[k].toString()).toDouble(),
              features[k].toString());
}

void TestHc3::meanClosedForm()
{
    // No features: the intercept is the mean, h_ii = 1/n.
    Eigen::VectorXd y(5);
    y << 1.0, 4.0, 2.0, 8.0, 5.0;
    const double mean = y.mean();
    const double n = 5.0;
    const double expected =
        std::sqrt((y.array() - mean).square().sum() / std::pow(1.0 - 1.0 / n, 2)) / n;
    const RobustStandardErrorsReport r = RobustStandardErrors::hc3(Eigen::MatrixXd(5, 0), y, true);
    QVERIFY2(r.ok, r.message.c_str());
    QVERIFY(r.intercept);
    QVERIFY2(std::abs(*r.intercept / expected - 1.0) < 1e-14,
             qPrintable(QStringLiteral("%1 vs %2").arg(*r.intercept).arg(expected)));
}

void TestHc3::leverageOneIsRefused()
{
    // An indicator of a single row fits that row exactly: h = 1 and HC3 divides by zero.
    Eigen::MatrixXd x(6, 2);
    x << 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 1;
    Eigen::VectorXd y(6);
    y << 1, 3, 2, 5, 4, 9;
    const RobustStandardErrorsReport r = RobustStandardErrors::hc3(x, y, true);
    QVERIFY(!r.ok);
    QVERIFY2(r.message.find("row 6 has leverage 1") != std::string::npos, r.message.c_str());
}

QTEST_GUILESS_MAIN(TestHc3)
#include "tst_hc3.moc"
