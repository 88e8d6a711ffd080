// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/data/ImportDialog.h"

#include "exploration/FitLimits.h"
#include "io/CsvSelection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
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
    // A text column is listed, greyed, with a tooltip saying why it cannot be chosen.
    long long checked = 0;
    int lastNumeric = -1;
    auto* targets = qobject_cast<QStandardItemModel*>(m_target->model());
    for (int j = 0; j < static_cast<int>(table.columns.size()); ++j) {
        const QString text = QString::fromStdString(table.columns[std::size_t(j)]);
        m_target->addItem(text);
        auto* item = new QListWidgetItem(text, m_features);
        if (!table.isNumeric(j)) {
            const QString why = QString::fromStdString(core::CsvSelection::textProblem(table, j)) +
                                tr(": only numeric columns can be features or the target");
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
            item->setToolTip(why);
            item->setData(kTextColumnRole, true);
            if (QStandardItem* entry = targets ? targets->item(j) : nullptr) {
                entry->setEnabled(false);
                entry->setToolTip(why);
            }
            continue;
        }
        lastNumeric = j;
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
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
    connect(all, &QPushButton::clicked, this, [this]() { checkAll(true); });
    connect(none, &QPushButton::clicked, this, [this]() { checkAll(false); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    onTargetChanged();
}

int ImportDialog::target() const
{
    return m_target->currentIndex();
}

std::vector<int> ImportDialog::features() const
{
    std::vector<int> columns;
    for (int i = 0; i < m_features->count(); ++i)
        if (i != target() && m_features->item(i)->checkState() == Qt::Checked &&
            !m_features->item(i)->data(kTextColumnRole).toBool())
            columns.push_back(i);
    return columns;
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
        if (item->data(kTextColumnRole).toBool())
            continue; // stays greyed with its tooltip
        const bool isTarget = i == target();
        Qt::ItemFlags flags = item->flags();
        flags.setFlag(Qt::ItemIsEnabled, !isTarget);
        item->setFlags(flags);
        if (isTarget) // the previous target stays unchecked: predicting y from y is no choice
            item->setCheckState(Qt::Unchecked);
        item->setToolTip(isTarget ? tr("This is the target") : QString());
    }
    updateSummary();
}

void ImportDialog::checkAll(bool on)
{
    const QSignalBlocker blocker(m_features);
    for (int i = 0; i < m_features->count(); ++i)
        if (i != target() && !m_features->item(i)->data(kTextColumnRole).toBool())
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
    const bool textTarget = !m_table.isNumeric(target());
    const std::string missing =
        textTarget ? std::string() : core::CsvSelection::missingProblem(m_table, chosen);
    const int rows = missing.empty() || !dropMissing()
                         ? m_rows
                         : static_cast<int>(core::CsvSelection::completeRows(m_table, chosen));
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
