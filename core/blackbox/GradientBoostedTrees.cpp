// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "blackbox/GradientBoostedTrees.h"

#include "blackbox/XGBoostMatrix.h"

#include <xgboost/c_api.h>

#include <cassert>
#include <cstdio>
#include <new>

namespace lev::core {

GradientBoostedTrees::~GradientBoostedTrees()
{
    release();
}

void GradientBoostedTrees::release()
{
    if (m_booster)
        XGBoosterFree(m_booster);
    m_booster = nullptr;
}

namespace {

/// A number as XGBoost's parameter parser reads it back exactly.
std::string exact(double value)
{
    char text[40];
    std::snprintf(text, sizeof text, "%.17g", value);
    return text;
}

} // namespace

bool GradientBoostedTrees::train(const Eigen::MatrixXd& x, const Eigen::VectorXd& y,
                                 const LearnerSettings& settings)
{
    assert(x.rows() == y.size() && settings.validate().empty());
    release();
    m_features = static_cast<int>(x.cols());
    m_threads = settings.threads;
    m_shapThreads = settings.shapThreads;
    XGBoostMatrix train;
    if (!train.assign(x, settings.threads) || !train.setLabel(y)) {
        m_error = train.errorString();
        return false;
    }
    DMatrixHandle matrices[] = {train.handle()};
    BoosterHandle booster = nullptr;
    if (XGBoosterCreate(matrices, 1, &booster) != 0) {
        m_error = XGBoostMatrix::lastError();
        return false;
    }
    m_booster = booster;
    const std::pair<const char*, std::string> parameters[] = {
        {"objective", "reg:squarederror"},
        {"tree_method", "hist"},
        {"max_depth", std::to_string(settings.depth)},
        {"eta", exact(settings.learningRate)},
        {"seed", std::to_string(settings.seed % 2147483648ULL)},
        {"nthread", std::to_string(settings.threads)},
        {"verbosity", "0"},
    };
    for (const auto& [name, value] : parameters)
        if (XGBoosterSetParam(m_booster, name, value.c_str()) != 0) {
            m_error = XGBoostMatrix::lastError();
            release();
            return false;
        }
    for (int round = 0; round < settings.trees; ++round)
        if (XGBoosterUpdateOneIter(m_booster, round, train.handle()) != 0) {
            m_error = XGBoostMatrix::lastError();
            release();
            return false;
        }
    return true;
}

bool GradientBoostedTrees::predictWith(const Eigen::MatrixXd& x, int optionMask,
                                       Eigen::MatrixXd& out) const
{
    assert(m_booster && x.cols() == m_features);
    XGBoostMatrix rows;
    if (!rows.assign(x, m_threads)) {
        m_error = rows.errorString();
        return false;
    }
    bst_ulong length = 0;
    const float* values = nullptr;
    if (XGBoosterPredict(m_booster, rows.handle(), optionMask, 0, 0, &length, &values) != 0) {
        m_error = XGBoostMatrix::lastError();
        return false;
    }
    const auto n = x.rows();
    const auto columns = n == 0 ? 0 : static_cast<Eigen::Index>(length) / n;
    assert(columns * n == static_cast<Eigen::Index>(length));
    try {
        using RowMajor = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
        out = Eigen::Map<const RowMajor>(values, n, columns).cast<double>();
    } catch (const std::bad_alloc&) {
        m_error = "out of memory reading XGBoost's predictions";
        return false;
    }
    return true;
}

bool GradientBoostedTrees::predict(const Eigen::MatrixXd& x, Eigen::VectorXd& prediction) const
{
    Eigen::MatrixXd out;
    if (!predictWith(x, 0, out))
        return false;
    prediction = out.col(0);
    return true;
}

bool GradientBoostedTrees::setThreads(int threads) const
{
    if (XGBoosterSetParam(m_booster, "nthread", std::to_string(threads).c_str()) != 0) {
        m_error = XGBoostMatrix::lastError();
        return false;
    }
    return true;
}

bool GradientBoostedTrees::contributions(const Eigen::MatrixXd& x, Eigen::MatrixXd& shap) const
{
    constexpr int kPredictContributions = 4;
    if (m_shapThreads == m_threads)
        return predictWith(x, kPredictContributions, shap);
    if (!setThreads(m_shapThreads))
        return false;
    const bool ok = predictWith(x, kPredictContributions, shap);
    return setThreads(m_threads) && ok;
}

} // namespace lev::core
