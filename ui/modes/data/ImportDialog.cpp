// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/data/ImportDialog.h"

#include "exploration/FitLimits.h"
#include "io/CsvNumber.h"
#include "io/CsvSelection.h"
#include "io/CsvTextCells.h"
#include "io/FactorDesign.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QVBoxLayout>
#include <algorithm>

namespace lev::ui {

namespace {

/// Marks a feature-list item whose column holds text.
constexpr int kTextColumnRole = Qt::UserRole + 1;
/// Marks a numeric column the user chose to treat as categorical.
constexpr int kCategoricalRole = Qt::UserRole + 2;
/// The reference level picked for a categorical column (absent: the first level).
constexpr int kReferenceRole = Qt::UserRole + 3;

} // namespace

ImportDialog::ImportDialog(const core::CsvTable& table, const QString& name, QWidget* parent)
    : QDialog(parent), m_rows(static_cast<int>(table.values.rows())), m_table(table)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import %1").arg(name));

    auto* about = new QLabel(tr("<b>%1</b>: %2 rows, %3 columns. Choose the column to predict "
                                "and the features to fit it with.")
                                 .arg(name.toHtmlEscaped())
                                 .arg(table.values.rows())
                                 .arg(table.columns.size()));
    about->setWordWrap(true);

    m_target = new QComboBox;
    m_target->setObjectName(QStringLiteral("targetCombo"));
    m_target->setToolTip(tr("The column to predict (y)"));
    m_features = new QListWidget;
    m_features->setObjectName(QStringLiteral("featureList"));
    m_features->setToolTip(tr("The features (X): checked columns are fitted"));
    // A very wide file starts with as many features checked as can be fitted together.
    // A text column is a categorical feature, unchecked at first; it cannot be the target.
    long long checked = 0;
    int lastNumeric = -1;
    auto* targets = qobject_cast<QStandardItemModel*>(m_target->model());
    for (int j = 0; j < static_cast<int>(table.columns.size()); ++j) {
        const QString text = QString::fromStdString(table.columns[std::size_t(j)]);
        m_target->addItem(text);
        auto* item = new QListWidgetItem(text, m_features);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        if (!table.isNumeric(j)) {
            item->setCheckState(Qt::Unchecked);
            item->setData(kTextColumnRole, true);
            if (QStandardItem* entry = targets ? targets->item(j) : nullptr) {
                entry->setEnabled(false);
                entry->setToolTip(
                    QString::fromStdString(core::CsvSelection::textProblem(table, j)) +
                    tr(": the target must be numeric"));
            }
            continue;
        }
        lastNumeric = j;
        const bool check = checked++ < core::FitLimits::kMaxFeatures;
        item->setCheckState(check ? Qt::Checked : Qt::Unchecked);
    }
    // By habit the outcome comes last: the last numeric column.
    m_target->setCurrentIndex(lastNumeric >= 0 ? lastNumeric : m_target->count() - 1);

    auto* all = new QPushButton(tr("&All"));
    all->setToolTip(tr("Check every column but the target"));
    auto* none = new QPushButton(tr("&None"));
    none->setToolTip(tr("Uncheck every column"));
    auto* checks = new QHBoxLayout;
    checks->addWidget(all);
    checks->addWidget(none);
    checks->addStretch(1);

    m_standardize = new QCheckBox(tr("&Standardize the features (weights per SD)"));
    m_standardize->setObjectName(QStringLiteral("standardizeCheck"));
    m_standardize->setToolTip(tr("Scale every feature to unit standard deviation first, so that "
                                 "weights are comparable across features; the target keeps its "
                                 "units"));
    m_dropMissing = new QCheckBox(tr("&Drop rows with missing values"));
    m_dropMissing->setObjectName(QStringLiteral("dropMissingCheck"));
    m_dropMissing->setToolTip(tr("Leave out every row with an empty, NA, NaN or '.' cell in the "
                                 "target or a checked feature; the rows left out are counted"));
    m_categorical = new QCheckBox(tr("&Categorical"));
    m_categorical->setObjectName(QStringLiteral("categoricalCheck"));
    m_categorical->setToolTip(tr("Treat the selected column as categories: one 0/1 column per "
                                 "level but the reference, named column[level]. A text column "
                                 "always is categorical."));
    m_reference = new QComboBox;
    m_reference->setObjectName(QStringLiteral("referenceCombo"));
    m_reference->setToolTip(tr("The reference level of the selected categorical column: the "
                               "weights of its indicator columns are differences from it"));
    m_reference->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_reference->setMinimumContentsLength(12);
    auto* referenceLabel = new QLabel(tr("&reference level"));
    referenceLabel->setBuddy(m_reference);
    auto* factorRow = new QHBoxLayout;
    factorRow->addWidget(m_categorical);
    factorRow->addWidget(referenceLabel);
    factorRow->addWidget(m_reference, 1);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Explore"));

    auto* form = new QFormLayout;
    auto* targetLabel = new QLabel(tr("&Target"));
    targetLabel->setBuddy(m_target);
    form->addRow(targetLabel, m_target);
    auto* featuresLabel = new QLabel(tr("&Features"));
    featuresLabel->setBuddy(m_features);
    form->addRow(featuresLabel, m_features);
    form->addRow(QString(), checks);
    form->addRow(tr("Selected"), factorRow);
    form->addRow(QString(), m_standardize);
    form->addRow(QString(), m_dropMissing);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    resize(440, 520);

    connect(m_target, &QComboBox::currentIndexChanged, this, &ImportDialog::onTargetChanged);
    connect(m_features, &QListWidget::itemChanged, this, &ImportDialog::updateSummary);
    connect(m_dropMissing, &QCheckBox::toggled, this, &ImportDialog::updateSummary);
    connect(m_features, &QListWidget::currentRowChanged, this,
            &ImportDialog::onCurrentColumnChanged);
    connect(m_categorical, &QCheckBox::toggled, this, [this](bool on) {
        if (const int column = m_features->currentRow(); column >= 0)
            setCategorical(column, on);
    });
    connect(m_reference, &QComboBox::activated, this, [this](int index) {
        if (const int column = m_features->currentRow(); column >= 0 && index >= 0)
            setReference(column, m_reference->itemText(index));
    });
    connect(all, &QPushButton::clicked, this, [this]() { checkAll(true); });
    connect(none, &QPushButton::clicked, this, [this]() { checkAll(false); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    onTargetChanged();
    onCurrentColumnChanged();
}

int ImportDialog::target() const
{
    return m_target->currentIndex();
}

std::vector<int> ImportDialog::features() const
{
    std::vector<int> columns;
    for (int i = 0; i < m_features->count(); ++i)
        if (i != target() && m_features->item(i)->checkState() == Qt::Checked)
            columns.push_back(i);
    return columns;
}

std::vector<int> ImportDialog::factors() const
{
    std::vector<int> columns;
    for (int j : features())
        if (isCategorical(j))
            columns.push_back(j);
    return columns;
}

std::map<std::string, std::string> ImportDialog::references() const
{
    std::map<std::string, std::string> chosen;
    for (int j : factors())
        if (const QVariant level = m_features->item(j)->data(kReferenceRole); level.isValid())
            chosen[m_table.columns[std::size_t(j)]] = level.toString().toStdString();
    return chosen;
}

bool ImportDialog::isCategorical(int column) const
{
    const QListWidgetItem* item = m_features->item(column);
    return item->data(kTextColumnRole).toBool() || item->data(kCategoricalRole).toBool();
}

void ImportDialog::setCategorical(int column, bool on)
{
    QListWidgetItem* item = m_features->item(column);
    if (!item || item->data(kTextColumnRole).toBool())
        return;
    item->setData(kCategoricalRole, on);
    if (!on)
        item->setData(kReferenceRole, QVariant());
    const QString name = QString::fromStdString(m_table.columns[std::size_t(column)]);
    item->setText(on ? tr("%1 (categorical)").arg(name) : name);
    if (column == m_features->currentRow())
        showColumnState(column);
    updateSummary();
}

void ImportDialog::setReference(int column, const QString& level)
{
    if (QListWidgetItem* item = m_features->item(column); item && isCategorical(column))
        item->setData(kReferenceRole, level);
    if (column == m_features->currentRow())
        showColumnState(column);
}

void ImportDialog::onCurrentColumnChanged()
{
    showColumnState(m_features->currentRow());
}

void ImportDialog::showColumnState(int column)
{
    const QSignalBlocker categoricalBlocker(m_categorical);
    const QSignalBlocker referenceBlocker(m_reference);
    m_reference->clear();
    const bool valid = column >= 0 && column < m_features->count() && column != target();
    const bool text = valid && m_features->item(column)->data(kTextColumnRole).toBool();
    m_categorical->setChecked(valid && isCategorical(column));
    m_categorical->setEnabled(valid && !text);
    if (!valid || !isCategorical(column)) {
        m_reference->setEnabled(false);
        return;
    }
    const QStringList names = levels(column);
    m_reference->addItems(names);
    m_reference->setEnabled(!names.isEmpty());
    m_reference->setToolTip(names.isEmpty() ? m_levelsError : QString());
    const QVariant chosen = m_features->item(column)->data(kReferenceRole);
    if (chosen.isValid())
        m_reference->setCurrentIndex(std::max(0, int(names.indexOf(chosen.toString()))));
}

QStringList ImportDialog::levels(int column)
{
    if (const auto known = m_levels.constFind(column); known != m_levels.constEnd())
        return *known;
    QStringList names;
    core::CsvTextCells cells;
    if (m_path.isEmpty() || m_path.startsWith(QLatin1Char(':'))) {
        m_levelsError = tr("The levels are read from the file when the data are explored");
    } else if (!cells.readFile(QFile::encodeName(m_path).toStdString(), {column})) {
        m_levelsError = QString::fromStdString(cells.errorString());
    } else {
        std::vector<std::string> distinct = cells.cells().front();
        std::sort(distinct.begin(), distinct.end());
        distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
        distinct.erase(std::remove_if(distinct.begin(), distinct.end(),
                                      [](const std::string& cell) {
                                          return core::CsvNumber::isMissing(cell);
                                      }),
                       distinct.end());
        core::FactorDesign::sortLevels(distinct);
        for (const std::string& level : distinct)
            names << QString::fromStdString(level);
    }
    m_levels.insert(column, names);
    return names;
}

bool ImportDialog::standardize() const
{
    return m_standardize->isChecked();
}

bool ImportDialog::dropMissing() const
{
    return m_dropMissing->isChecked();
}

void ImportDialog::setDropMissing(bool on)
{
    m_dropMissing->setChecked(on);
}

void ImportDialog::setTarget(int column)
{
    if (column >= 0 && column < m_target->count())
        m_target->setCurrentIndex(column);
}

void ImportDialog::setFeatures(const std::vector<int>& columns)
{
    const QSignalBlocker blocker(m_features);
    for (int i = 0; i < m_features->count(); ++i) {
        QListWidgetItem* item = m_features->item(i);
        if (item->flags() & Qt::ItemIsEnabled)
            item->setCheckState(std::find(columns.begin(), columns.end(), i) != columns.end()
                                    ? Qt::Checked
                                    : Qt::Unchecked);
    }
    updateSummary();
}

void ImportDialog::setStandardize(bool on)
{
    m_standardize->setChecked(on);
}

void ImportDialog::onTargetChanged()
{
    const QSignalBlocker blocker(m_features);
    for (int i = 0; i < m_features->count(); ++i) {
        QListWidgetItem* item = m_features->item(i);
        const bool isTarget = i == target();
        Qt::ItemFlags flags = item->flags();
        flags.setFlag(Qt::ItemIsEnabled, !isTarget);
        item->setFlags(flags);
        if (isTarget) // the previous target stays unchecked: predicting y from y is no choice
            item->setCheckState(Qt::Unchecked);
        item->setToolTip(isTarget ? tr("This is the target")
                         : item->data(kTextColumnRole).toBool()
                             ? QString::fromStdString(core::CsvSelection::textProblem(m_table, i)) +
                                   tr(": checked, it is a categorical feature (one indicator "
                                      "column per level but the reference)")
                             : QString());
    }
    showColumnState(m_features->currentRow());
    updateSummary();
}

void ImportDialog::checkAll(bool on)
{
    const QSignalBlocker blocker(m_features);
    for (int i = 0; i < m_features->count(); ++i)
        if (i != target() && (!on || !m_features->item(i)->data(kTextColumnRole).toBool()))
            m_features->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    updateSummary();
}

void ImportDialog::updateSummary()
{
    const int p = static_cast<int>(features().size());
    QString text;
    const bool tooMany = p > core::FitLimits::kMaxFeatures;
    std::vector<int> chosen = features();
    chosen.push_back(target());
    // A text column's cells are NaN in the table: only the numeric ones count complete rows.
    std::vector<int> numeric;
    std::copy_if(chosen.begin(), chosen.end(), std::back_inserter(numeric),
                 [this](int j) { return m_table.isNumeric(j); });
    const bool textTarget = !m_table.isNumeric(target());
    const std::string missing =
        textTarget ? std::string() : core::CsvSelection::missingProblem(m_table, chosen);
    const int rows = missing.empty() || !dropMissing()
                         ? m_rows
                         : static_cast<int>(core::CsvSelection::completeRows(m_table, numeric));
    const bool blocked = textTarget || (!missing.empty() && (!dropMissing() || rows == 0));
    if (textTarget)
        text = QString::fromStdString(core::CsvSelection::textProblem(m_table, target())) +
               tr(": choose a numeric target.");
    else if (!missing.empty() && !dropMissing()) // the file's name is in the title already
        text = QString::fromStdString(missing.substr(m_table.source.size() + 2)) +
               tr(". Tick “Drop rows with missing values” to leave those rows out.");
    else if (rows == 0)
        text = tr("Every row has a missing value in the chosen columns.");
    else if (p == 0)
        text = tr("Check at least one feature.");
    else if (tooMany)
        text = tr("%1 features: at most %2 can be fitted together. Uncheck some (None, then "
                  "check the ones you need).")
                   .arg(p)
                   .arg(core::FitLimits::kMaxFeatures);
    else if (rows <= p + 1)
        text = tr("%1 features but only %2 rows: least squares cannot separate the weights "
                  "(n ≤ p + 1); the spectrum and the penalized fits still show.")
                   .arg(p)
                   .arg(rows);
    else if (const auto categorical = factors().size(); categorical > 0)
        text = tr("%1 features (%2 categorical: indicator columns against a reference level), "
                  "%3 rows.")
                   .arg(p)
                   .arg(categorical)
                   .arg(rows);
    else
        text = tr("%1 features, %2 rows.").arg(p).arg(rows);
    if (!blocked && rows < m_rows)
        text += QLatin1Char(' ') +
                (m_rows - rows == 1
                     ? tr("1 row with a missing value will be dropped.")
                     : tr("%1 rows with missing values will be dropped.").arg(m_rows - rows));
    m_summary->setText(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p > 0 && !tooMany && !blocked);
}

} // namespace lev::ui
