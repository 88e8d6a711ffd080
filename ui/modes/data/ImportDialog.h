// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// File ▸ Import CSV…: after the file is read, the user picks the column to predict and the
// features (checkboxes; every other numeric column by default), whether to standardize them and
// whether to drop rows with missing values. Text columns are listed but cannot be chosen.

#include "io/CsvTable.h"

#include <QDialog>
#include <vector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace lev::ui {

class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    /// `name` is the file name shown in the title.
    ImportDialog(const core::CsvTable& table, const QString& name, QWidget* parent = nullptr);

    int target() const;
    std::vector<int> features() const;
    bool standardize() const;
    bool dropMissing() const;

    void setTarget(int column);
    void setFeatures(const std::vector<int>& columns);
    void setStandardize(bool on);
    void setDropMissing(bool on);

private:
    void onTargetChanged();
    void updateSummary();
    void checkAll(bool on);

    QComboBox* m_target = nullptr;
    QListWidget* m_features = nullptr;
    QCheckBox* m_standardize = nullptr;
    QCheckBox* m_dropMissing = nullptr;
    QLabel* m_summary = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    int m_rows = 0;
    const core::CsvTable& m_table;
};

} // namespace lev::ui
