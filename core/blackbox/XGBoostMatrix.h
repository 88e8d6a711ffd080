// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// An owned XGBoost DMatrix (C API): the rows of a dense matrix converted to float, as XGBoost's
// Python package does, with an optional label. Errors become a message, never an exception.

#include <Eigen/Dense>
#include <string>

namespace lev::core {

class XGBoostMatrix
{
public:
    XGBoostMatrix() = default;
    ~XGBoostMatrix();
    XGBoostMatrix(const XGBoostMatrix&) = delete;
    XGBoostMatrix& operator=(const XGBoostMatrix&) = delete;

    /// Copies x (rows are observations); false and errorString() on failure.
    bool assign(const Eigen::MatrixXd& x, int threads);
    /// Sets the label (one per row); false and errorString() on failure.
    bool setLabel(const Eigen::VectorXd& y);

    void* handle() const { return m_handle; }
    const std::string& errorString() const { return m_error; }

    /// XGBoost's last error as one line (for a call that returned non-zero).
    static std::string lastError();

private:
    void release();

    void* m_handle = nullptr;
    std::string m_error;
};

} // namespace lev::core
