// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Tolerance checks shared by the core tests: each returns whether `actual` is near `expected`
// and explains the comparison in `why`, so a failure prints both numbers to 17 digits.

#include <Eigen/Dense>
#include <QString>
#include <QTest>
#include <algorithm>
#include <cmath>

namespace lev::test {

inline QString vectorText(const Eigen::VectorXd& v)
{
    QString text = QStringLiteral("(");
    for (Eigen::Index i = 0; i < v.size(); ++i)
        text += (i ? QStringLiteral(", ") : QString()) + QString::number(v[i], 'g', 17);
    return text + QStringLiteral(")");
}

/// |actual - expected| <= tolerance * max(1, |expected|).
inline bool scalarNear(double actual, double expected, double tolerance, QString* why)
{
    *why = QStringLiteral("got %1, expected %2 (tolerance %3)")
               .arg(actual, 0, 'g', 17)
               .arg(expected, 0, 'g', 17)
               .arg(tolerance);
    return std::abs(actual - expected) <= tolerance * std::max(1.0, std::abs(expected));
}

/// |actual_i - expected_i| <= tolerance * max(1, |expected_i|) for every i, sizes equal.
inline bool vectorsNear(const Eigen::VectorXd& actual, const Eigen::VectorXd& expected,
                        double tolerance, QString* why)
{
    *why = QStringLiteral("got %1, expected %2 (tolerance %3)")
               .arg(vectorText(actual), vectorText(expected))
               .arg(tolerance);
    if (actual.size() != expected.size())
        return false;
    for (Eigen::Index i = 0; i < actual.size(); ++i)
        if (!(std::abs(actual[i] - expected[i]) <=
              tolerance * std::max(1.0, std::abs(expected[i]))))
            return false;
    return true;
}

/// ||actual - expected|| <= tolerance * ||expected|| (or <= tolerance when expected is 0).
inline bool relativelyNear(const Eigen::VectorXd& actual, const Eigen::VectorXd& expected,
                           double tolerance, QString* why)
{
    *why = QStringLiteral("got %1, expected %2 (relative tolerance %3)")
               .arg(vectorText(actual), vectorText(expected))
               .arg(tolerance);
    if (actual.size() != expected.size())
        return false;
    return (actual - expected).norm() <= tolerance * std::max(expected.norm(), 1e-300) ||
           (expected.norm() == 0.0 && actual.norm() <= tolerance);
}

/// |actual_i - expected_i| <= tolerance for every i.
inline bool absolutelyNear(const Eigen::VectorXd& actual, const Eigen::VectorXd& expected,
                           double tolerance, QString* why)
{
    *why = QStringLiteral("got %1, expected %2 (absolute tolerance %3)")
               .arg(vectorText(actual), vectorText(expected))
               .arg(tolerance);
    return actual.size() == expected.size() &&
           ((actual - expected).cwiseAbs().array() <= tolerance).all();
}

/// Entrywise as vectorsNear; names the first entry that is off.
inline bool matricesNear(const Eigen::MatrixXd& actual, const Eigen::MatrixXd& expected,
                         double tolerance, QString* why)
{
    if (actual.rows() != expected.rows() || actual.cols() != expected.cols()) {
        *why = QStringLiteral("size %1x%2, expected %3x%4")
                   .arg(actual.rows())
                   .arg(actual.cols())
                   .arg(expected.rows())
                   .arg(expected.cols());
        return false;
    }
    for (Eigen::Index i = 0; i < actual.rows(); ++i) {
        for (Eigen::Index j = 0; j < actual.cols(); ++j) {
            const double scale = std::max(1.0, std::abs(expected(i, j)));
            if (!(std::abs(actual(i, j) - expected(i, j)) <= tolerance * scale)) {
                *why = QStringLiteral("entry (%1,%2): got %3, expected %4 (tolerance %5)")
                           .arg(i)
                           .arg(j)
                           .arg(actual(i, j), 0, 'g', 17)
                           .arg(expected(i, j), 0, 'g', 17)
                           .arg(tolerance);
                return false;
            }
        }
    }
    return true;
}

} // namespace lev::test

/// QVERIFY2 with one of the checks above; the message names the expression.
#define VERIFY_NEAR(check, actual, expected, tolerance)                                            \
    do {                                                                                           \
        QString why_;                                                                              \
        QVERIFY2(lev::test::check((actual), (expected), (tolerance), &why_),                       \
                 qPrintable(QStringLiteral(#actual ": ") + why_));                                 \
    } while (false)

#define VERIFY_SCALAR(actual, expected, tolerance)                                                 \
    VERIFY_NEAR(scalarNear, actual, expected, tolerance)
#define VERIFY_VECTOR(actual, expected, tolerance)                                                 \
    VERIFY_NEAR(vectorsNear, actual, expected, tolerance)
#define VERIFY_MATRIX(actual, expected, tolerance)                                                 \
    VERIFY_NEAR(matricesNear, actual, expected, tolerance)
#define VERIFY_RELATIVE(actual, expected, tolerance)                                               \
    VERIFY_NEAR(relativelyNear, actual, expected, tolerance)
#define VERIFY_ABSOLUTE(actual, expected, tolerance)                                               \
    VERIFY_NEAR(absolutelyNear, actual, expected, tolerance)
