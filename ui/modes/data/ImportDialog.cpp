// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/data/ImportDialog.h"

#include "exploration/FitLimits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <algorithm>

namespace lev::ui {

ImportDialog::ImportDialog(const core::CsvTable& table, const QString& name, QWidget* parent)
    : QDialog(parent), m_rows(static_cast<int>(table.values.rows()))
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
    long long checked = 0;
    for (const std::string& column : table.columns) {
        const QString text = QString::fromStdString(column);
        m_target->addItem(text);
        auto* item = new QListWidgetItem(text, m_features);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        const bool check = checked++ < core::FitLimits::kMaxFeatures;
        item->setCheckState(check ? Qt::Checked : Qt::Unchecked);
    }
    m_target->setCurrentIndex(m_target->count() - 1); // by habit the outcome comes last

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

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    resize(440, 520);

    connect(m_target, &QComboBox::currentIndexChanged, this, &ImportDialog::onTargetChanged);
    connect(m_features, &QListWidget::itemChanged, this, &ImportDialog::updateSummary);
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
        if (i != target() && m_features->item(i)->checkState() == Qt::Checked)
            columns.push_back(i);
    return columns;
}

bool ImportDialog::standardize() const
{
    return m_standardize->isChecked();
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
        item->setToolTip(isTarget ? tr("This is the target") : QString());
    }
    updateSummary();
}

void ImportDialog::checkAll(bool on)
{
    const QSignalBlocker blocker(m_features);
    for (int i = 0; i < m_features->count(); ++i)
        if (i != target())
            m_features->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    updateSummary();
}

void ImportDialog::updateSummary()
{
    const int p = static_cast<int>(features().size());
    QString text;
    const bool tooMany = p > core::FitLimits::kMaxFeatures;
    if (p == 0)
        text = tr("Check at least one feature.");
    else if (tooMany)
        text = tr("%1 features: at most %2 can be fitted together. Uncheck some (None, then "
                  "check the ones you need).")
                   .arg(p)
                   .arg(core::FitLimits::kMaxFeatures);
    else if (m_rows <= p + 1)
        text = tr("%1 features but only %2 rows: least squares cannot separate the weights "
                  "(n ≤ p + 1); the spectrum and the penalized fits still show.")
                   .arg(p)
                   .arg(m_rows);
    else
        text = tr("%1 features, %2 rows.").arg(p).arg(m_rows);
    m_summary->setText(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p > 0 && !tooMany);
}

} // namespace lev::ui
