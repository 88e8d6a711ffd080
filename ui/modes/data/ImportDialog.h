// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// File ▸ Import CSV…: after the file is read, the user picks the column to predict and the
// features (checkboxes; every other numeric column by default), whether to standardize them and
// whether to drop rows with missing values. A text column, or a numeric one marked categorical,
// is a categorical feature: indicator columns against a reference level the user may pick.

#include "io/CsvTable.h"

#include <QDialog>
#include <QHash>
#include <QStringList>
#include <map>
#include <string>
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
    /// The chosen features to encode as indicator columns (text columns and those marked).
    std::vector<int> factors() const;
    /// The reference level picked for a factor, by column name (absent: the first level).
    std::map<std::string, std::string> references() const;

    void setTarget(int column);
    void setFeatures(const std::vector<int>& columns);
    void setStandardize(bool on);
    void setDropMissing(bool on);
    /// The file the table was read from: the levels of a categorical column are read from it.
    void setPath(const QString& path) { m_path = path; }
    /// Marks numeric column `column` categorical (text columns always are).
    void setCategorical(int column, bool on);
    /// Picks the reference level of categorical column `column`.
    void setReference(int column, const QString& level);

private:
    void onTargetChanged();
    void updateSummary();
    void checkAll(bool on);
    void onCurrentColumnChanged();
    void showColumnState(int column);
    /// The levels of `column` in sorted order, read once from the file; empty on a problem.
    QStringList levels(int column);
    bool isCategorical(int column) const;

    QComboBox* m_target = nullptr;
    QListWidget* m_features = nullptr;
    QCheckBox* m_standardize = nullptr;
    QCheckBox* m_dropMissing = nullptr;
    QCheckBox* m_categorical = nullptr;
    QComboBox* m_reference = nullptr;
    QLabel* m_summary = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    int m_rows = 0;
    QString m_path;
    QHash<int, QStringList> m_levels;
    QString m_levelsError;
    const core::CsvTable& m_table;
};

} // namespace lev::ui
