// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "blackbox/XGBoostMatrix.h"

#include <xgboost/c_api.h>

#include <cassert>
#include <limits>
#include <new>
#include <vector>

namespace lev::core {

XGBoostMatrix::~XGBoostMatrix()
{
    release();
}

void XGBoostMatrix::release()
{
    if (m_handle)
        XGDMatrixFree(m_handle);
    m_handle = nullptr;
}

std::string XGBoostMatrix::lastError()
{
    const char* text = XGBGetLastError();
    std::string line = text && *text ? text : "XGBoost failed without a message";
    // XGBoost's messages carry the source location and a stack on later lines: keep the gist.
    if (const auto newline = line.find('\n'); newline != std::string::npos)
        line.resize(newline);
    return "XGBoost: " + line;
}

bool XGBoostMatrix::assign(const Eigen::MatrixXd& x, int threads)
{
    release();
    try {
        using RowMajor = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
        const RowMajor rows = x.cast<float>();
        DMatrixHandle handle = nullptr;
        if (XGDMatrixCreateFromMat_omp(rows.data(), static_cast<bst_ulong>(rows.rows()),
                                       static_cast<bst_ulong>(rows.cols()),
                                       std::numeric_limits<float>::quiet_NaN(), &handle,
                                       threads) != 0) {
            m_error = lastError();
            return false;
        }
        m_handle = handle;
    } catch (const std::bad_alloc&) {
        m_error = "out of memory converting the rows for XGBoost";
        return false;
    }
    return true;
}

bool XGBoostMatrix::setLabel(const Eigen::VectorXd& y)
{
    assert(m_handle && "assign() first");
    const std::vector<float> label(y.data(), y.data() + y.size());
    if (XGDMatrixSetFloatInfo(m_handle, "label", label.data(),
                              static_cast<bst_ulong>(label.size())) != 0) {
        m_error = lastError();
        return false;
    }
    return true;
}

} // namespace lev::core
